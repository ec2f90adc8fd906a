"""A footer that wraps onto a second row on narrow terminals instead of hiding keys."""

from __future__ import annotations

import math

from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class KeyFooter(Footer):
    """Textual's footer laid out as a grid, so every key stays visible at 80 columns."""

    CELL_WIDTH = 16

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
        self._bindings_ready = True
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
        if self._bindings_ready:
            self._shown = self._signature()
        children = list(super().compose())
        if children and self.app.ENABLE_COMMAND_PALETTE:
            # the palette key as one more cell (Footer would dock it to the right)
            active = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
            if active is not None:
                _node, binding, enabled, tooltip = active
                children.append(
                    FooterKey(binding.key, self.app.get_key_display(binding), binding.description, binding.action,
                              disabled=not enabled, tooltip=tooltip or binding.tooltip)
                    .data_bind(compact=Footer.compact)
                )
        self._count = max(1, len(children))
        self._apply_columns()
        yield from children

    def _apply_columns(self) -> None:
        count = getattr(self, "_count", 1)
        width = self.size.width or self.app.size.width
        columns = max(1, min(count, width // self.CELL_WIDTH))
        # as few rows as possible, spread evenly
        rows = math.ceil(count / columns)
        self.styles.grid_size_columns = math.ceil(count / rows)

    def on_resize(self) -> None:
        self._apply_columns()
