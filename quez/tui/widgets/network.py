"""The network picture in the terminal: the client at the centre, persons by category and closeness."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from quez.network import legend, render_text

#: one colour per relation category (theme-independent, readable on dark and light)
CATEGORY_STYLES = {
    "family": "bold red",
    "friends": "bold dodger_blue2",
    "neighbours": "bold green",
    "work_school": "bold dark_orange",
    "professionals": "bold magenta",
    "other": "bold",
    "sector": "italic grey50",
}


class NetworkView(Widget):
    """``NetworkView()``; set :attr:`persons` (objects with name, category, closeness, group_id)."""

    DEFAULT_CSS = """
    NetworkView { height: 1fr; min-height: 9; }
    """

    persons: reactive[tuple] = reactive(tuple, layout=False)

    def render(self) -> Text:
        width, height = self.size.width, max(self.size.height - 1, 9)
        picture = render_text(self.persons, width, height)
        text = Text()
        labels: dict[int, list[tuple[int, int, str]]] = {}
        for row, first, last, category, _key in picture.labels:
            labels.setdefault(row, []).append((first, last, category))
        for row, line in enumerate(picture.lines):
            styled = Text(line, style="grey50")
            for first, last, category in labels.get(row, []):
                styled.stylize(CATEGORY_STYLES.get(category, "bold"), first, last)
            text.append_text(styled)
            text.append("\n")
        note = legend()
        if picture.overflow:
            note = f"Niet getekend (te vol): {', '.join(picture.overflow)}"
        text.append(note[:width], style="italic")
        return text
