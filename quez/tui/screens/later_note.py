"""A note written afterwards, about the whole session or one question."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Select, Static

from quez.tui.screens.dialog import cancel_and, error_line, help_line, title
from quez.tui.screens.form_modal import FormModal
from quez.tui.widgets.editors import TextArea

WHOLE_SESSION = "__session__"



class LaterNoteScreen(FormModal[tuple[str | None, str] | None]):
    """``LaterNoteScreen(questions)`` with ``questions`` as ``[(label, question id)]``.

    Dismisses with ``(question id or None, text)``, or None when cancelled.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Annuleren", id="later_note.cancel"),
        Binding("ctrl+s", "save", "Bewaren", id="later_note.save", priority=True),
    ]

    DEFAULT_CSS = """
    LaterNoteScreen > Vertical { max-height: 90%; }
    LaterNoteScreen TextArea { height: 6; margin-top: 1; }
    """

    def __init__(self, questions: list[tuple[str, str]]) -> None:
        super().__init__()
        self.questions = questions

    def compose(self) -> ComposeResult:
        with Vertical():
            yield title("Notitie achteraf", id="later-title")
            yield help_line("Wordt bewaard als 'later toegevoegd', met datum; het gesprek zelf verandert niet.",
                            id="later-help")
            yield Select(
                [("Over het hele gesprek", WHOLE_SESSION), *self.questions],
                value=WHOLE_SESSION,
                allow_blank=False,
                id="later-about",
            )
            yield TextArea("", soft_wrap=True, show_line_numbers=False, tab_behavior="focus", id="later-text")
            yield error_line("later-error")
            yield cancel_and("Bewaren (Ctrl+S)")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def submit(self) -> None:
        text = self.query_one(TextArea).text.strip()
        if not text:
            self.query_one("#later-error", Static).update("Typ eerst de notitie.")
            return
        about = self.query_one("#later-about", Select).value
        self.dismiss((None if about == WHOLE_SESSION else str(about), text))
