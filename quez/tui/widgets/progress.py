"""The calm line at the top of the question screen: phase, progress, elapsed time."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widgets import Static

from quez.tui.safe import shown, shown_line


def format_elapsed(seconds: int) -> str:
    """Minutes only, so the clock does not tick in the client's face: ``0 min``, ``1 u 05 min``."""
    minutes = max(0, int(seconds)) // 60
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} u {minutes % 60:02d} min"


class ProgressHeader(Horizontal):
    """``Probleem accepteren        Fase 1 van 3 · vraag 2 van 9 · 4 min``."""

    DEFAULT_CSS = """
    ProgressHeader {
        height: 1;
        dock: top;
        background: $panel;
        padding: 0 1;
        #phase-title {
            width: 1fr; text-style: bold; color: $text-primary;
            text-wrap: nowrap; text-overflow: ellipsis; padding-right: 2;
        }
        #progress { width: auto; color: $text-muted; }
        #note-mark { width: auto; color: $text-accent; padding: 0 1 0 0; }
        #elapsed { width: auto; color: $text-muted; padding-left: 1; }
        #note-mark.-hidden { display: none; }
    }
    """

    phase_title: reactive[str] = reactive("")
    progress: reactive[str] = reactive("")
    elapsed: reactive[int] = reactive(0)
    has_note: reactive[bool] = reactive(False)

    def compose(self) -> ComposeResult:
        yield Static(id="phase-title", markup=False)
        yield Static("✎ notitie", id="note-mark", classes="-hidden")
        yield Static(id="progress", markup=False)
        yield Static(id="elapsed", markup=False)

    def watch_phase_title(self, value: str) -> None:
        self.query_one("#phase-title", Static).update(shown_line(value, 200))

    def watch_progress(self, value: str) -> None:
        self._show_progress()

    def on_resize(self) -> None:
        self._show_progress()

    def _show_progress(self) -> None:
        """On a narrow screen ``Fase 1/3 · vraag 2/9``: the time and a bit of the phase stay in view."""
        value = self.progress
        room = (self.size.width or self.app.size.width) - len(format_elapsed(self.elapsed)) - 16
        if len(value) > room:
            value = value.replace(" van ", "/")
        self.query_one("#progress", Static).update(shown(value))

    def watch_elapsed(self, value: int) -> None:
        self.query_one("#elapsed", Static).update("· " + format_elapsed(value))

    def watch_has_note(self, value: bool) -> None:
        self.query_one("#note-mark", Static).set_class(not value, "-hidden")
