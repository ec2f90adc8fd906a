"""A free note for the worker on the current question."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical

from quez.textsafety import clean_for_editing
from quez.tui.safe import shown
from quez.tui.screens.dialog import cancel_and, help_line, title
from quez.tui.screens.form_modal import FormModal
from quez.tui.widgets.editors import TextArea


class NoteScreen(FormModal[str | None]):
    """Dismisses with the note text (saved), or None when cancelled."""

    BINDINGS = [
        Binding("escape,ctrl+t", "save", "Bewaren", id="note.save", priority=True),
    ]

    DEFAULT_CSS = """
    NoteScreen > Vertical { max-height: 90%; }
    NoteScreen TextArea { height: 8; }
    """

    def __init__(self, question: str, note: str = "") -> None:
        super().__init__()
        self.question = question
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical():
            yield title("Notitie bij deze vraag", id="note-title")
            yield help_line(shown(self.question), id="note-help")
            yield TextArea(clean_for_editing(self.note), soft_wrap=True, show_line_numbers=False,
                           tab_behavior="focus", id="note-text")
            yield cancel_and("Bewaren (Esc)")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def submit(self) -> None:
        self.dismiss(self.query_one(TextArea).text)
