"""A footer that wraps onto more rows on narrow terminals; on a small screen it shows fewer keys
(the essential ones first), never a cut label. Every key stays in the command palette."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, cast

from textual.widgets import Footer

from quez.tui import compat

if TYPE_CHECKING:
    from quez.tui.compat import FooterKey


class KeyFooter(Footer):
    """Textual's footer laid out as a grid, so every key stays visible at 80 columns.

    A screen may name the actions that must stay in view on a small screen (``FOOTER_ESSENTIAL``)."""

    CELL_WIDTH = 12

    DEFAULT_CSS = """
    KeyFooter {
        layout: grid;
        grid-gutter: 0 0;
        height: auto;
        max-height: 3;
    }
    KeyFooter FooterKey { width: 1fr; }
    """

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("compact", True)
        kwargs.setdefault("show_command_palette", False)
        super().__init__(**kwargs)

    def _signature(self) -> tuple:
        """What the footer shows: the visible keys, their labels, whether they are enabled."""
        active = self.screen.active_bindings
        shown = tuple((b.key, b.action, b.description, enabled, tooltip or b.tooltip)
                      for _node, b, enabled, tooltip in active.values() if b.show)
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        return shown, (palette[2] if palette else None)

    def bindings_changed(self, screen) -> None:
        """Recompose only when what the footer shows changed.

        Textual's footer rebuilds all its keys after every focus change or
        binding refresh; moving to the next question does several of those,
        and rebuilding (new widgets, styles) cost more than the rest of the move.
        """
        compat.set_bindings_ready(self)
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        if not self.is_attached:
            return
        signature = self._signature()
        if signature != getattr(self, "_shown", None):
            await self.recompose()

    def compose(self):
        if compat.bindings_ready(self):
            self._shown = self._signature()
        children = cast("list[FooterKey]", list(super().compose()))  # Footer composes its keys
        if children and self.app.ENABLE_COMMAND_PALETTE:
            # the palette key as one more cell (Footer would dock it to the right)
            active = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
            if active is not None:
                _node, binding, enabled, tooltip = active
                footer_key = compat.footer_key_class()
                children.append(
                    footer_key(binding.key, self.app.get_key_display(binding), binding.description, binding.action,
                               disabled=not enabled, tooltip=tooltip or binding.tooltip)
                    .data_bind(compact=Footer.compact)
                )
        self._keys = [(k.action, len(k.key_display) + len(k.description) + 3) for k in children]
        kept = self._fit(self._keys)
        self._kept = kept
        self._count = max(1, len(kept))
        self._apply_columns()
        yield from (k for k in children if k.action in kept)

    def _room(self) -> tuple[int, int]:
        return self.size.width or self.app.size.width, self.app.size.height

    def _fit(self, keys: list[tuple[str, int]]) -> list[str]:
        """The actions shown: all that fit in the rows there is room for, every label whole. On a
        small screen the screen's ``FOOTER_ESSENTIAL`` actions (and the palette, where all are) stay;
        the others go from the end. The palette lists every key."""
        width, height = self._room()
        max_rows = 1 if height < 12 else 2 if height < 24 else 3
        essential = set(getattr(self.screen, "FOOTER_ESSENTIAL", ())) | {"command_palette", "app.command_palette"}
        if keys and not getattr(self.screen, "FOOTER_ESSENTIAL", ()):
            essential.add(keys[0][0])
        kept = list(keys)
        while kept:
            cell = max(self.CELL_WIDTH, *(w for _, w in kept))
            columns = max(1, width // cell)
            if math.ceil(len(kept) / columns) <= max_rows:
                break
            droppable = [i for i, (action, _) in enumerate(kept) if action not in essential]
            if not droppable:
                break
            del kept[droppable[-1]]
        self._cell = max([self.CELL_WIDTH, *(w for _, w in kept)])
        return [action for action, _ in kept]

    def _apply_columns(self) -> None:
        count = getattr(self, "_count", 1)
        width, _height = self._room()
        columns = max(1, min(count, width // getattr(self, "_cell", self.CELL_WIDTH)))
        # as few rows as possible, spread evenly
        rows = math.ceil(count / columns)
        self.styles.grid_size_columns = math.ceil(count / rows)

    def on_resize(self) -> None:
        if hasattr(self, "_keys") and self._fit(self._keys) != getattr(self, "_kept", None):
            self.call_later(self.recompose)  # more or fewer keys fit now
            return
        self._apply_columns()
