"""A note written afterwards, about the whole session or one question."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Select, Static

from quez.tui.screens.base import QuezModal
from quez.tui.widgets.editors import TextArea

WHOLE_SESSION = "__session__"



class LaterNoteScreen(QuezModal[tuple[str | None, str] | None]):
    """``LaterNoteScreen(questions)`` with ``questions`` as ``[(label, question id)]``.

    Dismisses with ``(question id or None, text)``, or None when cancelled.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Annuleren", id="later_note.cancel"),
        Binding("ctrl+s", "save", "Bewaren", id="later_note.save", priority=True),
    ]

    DEFAULT_CSS = """
    LaterNoteScreen { align: center middle; }
    LaterNoteScreen > Vertical {
        width: 76; max-width: 95%; height: auto; max-height: 90%;
        padding: 1 2; background: $surface; border: round $primary;
    }
    LaterNoteScreen #later-title { text-style: bold; color: $text-primary; }
    LaterNoteScreen #later-help { color: $text-muted; padding-bottom: 1; }
    LaterNoteScreen TextArea { height: 6; margin-top: 1; }
    LaterNoteScreen #later-error { color: $text-error; height: auto; }
    LaterNoteScreen Horizontal { height: auto; align-horizontal: right; padding-top: 1; }
    LaterNoteScreen Button { margin-left: 2; }
    """

    def __init__(self, questions: list[tuple[str, str]]) -> None:
        super().__init__()
        self.questions = questions

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Notitie achteraf", id="later-title")
            yield Static(
                "Wordt bewaard als 'later toegevoegd', met datum; het gesprek zelf verandert niet.", id="later-help"
            )
            yield Select(
                [("Over het hele gesprek", WHOLE_SESSION), *self.questions],
                value=WHOLE_SESSION,
                allow_blank=False,
                id="later-about",
            )
            yield TextArea("", soft_wrap=True, show_line_numbers=False, tab_behavior="focus", id="later-text")
            yield Static("", id="later-error")
            with Horizontal():
                yield Button("Annuleren", id="cancel")
                yield Button("Bewaren (Ctrl+S)", id="save", variant="primary")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.dismiss(None)

    def action_save(self) -> None:
        text = self.query_one(TextArea).text.strip()
        if not text:
            self.query_one("#later-error", Static).update("Typ eerst de notitie.")
            return
        about = self.query_one("#later-about", Select).value
        self.dismiss((None if about == WHOLE_SESSION else str(about), text))

    def action_cancel(self) -> None:
        self.dismiss(None)
