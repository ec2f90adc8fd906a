"""The netwerkcirkel with ties, support letters and relation quality (see :mod:`quez.network.picture`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from quez.network.picture import network_legend, render_network
from quez.tui.widgets.network import CATEGORY_STYLES

if TYPE_CHECKING:
    from quez.network.model import Network

STROKE_STYLES = {"tie": "grey62", "tense": "bold dark_orange", "broken": "bold red"}


class NetworkPicture(Widget):
    """``NetworkPicture()``; set :attr:`network` (a :class:`quez.network.model.Network`) and :attr:`selected`."""

    DEFAULT_CSS = """
    NetworkPicture { height: 1fr; min-height: 9; }
    """

    network: reactive[Network | None] = reactive(None, layout=False, always_update=True)
    selected: reactive[str | None] = reactive(None, layout=False)

    def __init__(self, for_client: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self.for_client = for_client

    def render(self) -> Text:
        if self.network is None:
            return Text("")
        import textwrap

        net = self.network
        width = self.size.width
        note = textwrap.wrap(network_legend(self.for_client), max(width, 20))
        height = max(self.size.height - len(note), 9)
        picture = render_network(net.persons, net.ties, net.layout, width, height, for_client=self.for_client,
                                 tie_quality=net.tie_quality)
        by_row: dict[int, list[tuple[int, int, str]]] = {}
        for row, first, last, category, key in picture.labels:
            style = CATEGORY_STYLES.get(category, "bold")
            if key == self.selected and not self.for_client:
                style += " reverse"
            by_row.setdefault(row, []).append((first, last, style))
        for row, first, last in picture.sector_labels:
            by_row.setdefault(row, []).append((first, last, CATEGORY_STYLES["sector"]))
        for row, col, kind in picture.strokes:
            by_row.setdefault(row, []).append((col, col + 1, STROKE_STYLES[kind]))
        text = Text()
        for row, line in enumerate(picture.lines):
            styled = Text(line, style="grey50")
            for first, last, style in by_row.get(row, []):
                styled.stylize(style, first, last)
            text.append_text(styled)
            text.append("\n")
        if picture.overflow:
            note = textwrap.wrap(f"Niet getekend (te vol): {', '.join(picture.overflow)}", max(width, 20))
        text.append("\n".join(note), style="italic")
        return text
