"""The question itself, large and calm, and the worker's hint panel."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Static

from quez.tui.safe import shown


class QuestionView(Static):
    """The question text as the worker reads it out."""

    DEFAULT_CSS = """
    QuestionView {
        width: 1fr;
        height: auto;
        padding: 1 2 1 2;
        text-style: bold;
        color: $text;
    }
    QuestionView.-follow-up { padding: 1 2 1 4; }
    """

    def __init__(self, text: str = "", **kwargs) -> None:
        super().__init__(shown(text), **kwargs)

    def show(self, text: str, follow_up: bool = False) -> None:
        self.update(shown(text))
        self.set_class(follow_up, "-follow-up")


class HintPanel(Static):
    """The worker's hint and the phase intro: discreet, and hidden when the screen faces the client.

    Longer than ``max_lines`` (the screen sets it by its height), it folds to those lines ending in
    ``…``; a click unfolds it (and folds it again)."""

    DEFAULT_CSS = """
    HintPanel {
        width: 1fr;
        height: auto;
        max-height: 40%;
        margin: 0 2 1 2;
        padding: 0 1;
        color: $text-muted;
        border-left: outer $accent 40%;
        overflow-y: auto;
    }
    HintPanel.-empty, HintPanel.-hidden { display: none; }
    """

    hidden: reactive[bool] = reactive(False)
    max_lines: reactive[int] = reactive(8)
    unfolded: reactive[bool] = reactive(False)

    def __init__(self, **kwargs) -> None:
        super().__init__("", markup=False, **kwargs)
        self._text = ""
        self.folded = False

    def show(self, *parts: str | None) -> None:
        self._text = "\n".join(p.strip() for p in parts if p and p.strip())
        self.unfolded = False
        self._refold()
        self.set_class(not self._text, "-empty")

    def _refold(self) -> None:
        import textwrap

        width = self.content_size.width
        if width <= 2 or self.unfolded:
            self.folded = False
            self.update(shown(self._text))
            return
        lines: list[str] = []
        for paragraph in self._text.split("\n"):
            lines.extend(textwrap.wrap(paragraph, width) or [""])
        self.folded = len(lines) > self.max_lines
        if self.folded:
            lines = lines[: self.max_lines]
            lines[-1] = lines[-1][: width - 2].rstrip() + " …"  # more below: a click shows it
        self.update(shown("\n".join(lines)))

    @property
    def text(self) -> str:
        return self._text

    def watch_hidden(self, hidden: bool) -> None:
        self.set_class(hidden, "-hidden")

    def watch_max_lines(self) -> None:
        self._refold()

    def watch_unfolded(self) -> None:
        self._refold()

    def on_resize(self) -> None:
        self._refold()

    def on_click(self) -> None:
        if self.folded or self.unfolded:
            self.unfolded = not self.unfolded
