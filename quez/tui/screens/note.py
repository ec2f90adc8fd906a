"""A free note for the worker on the current question."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from quez.textsafety import clean_for_editing
from quez.tui.safe import shown
from quez.tui.screens.base import QuezModal
from quez.tui.widgets.editors import TextArea


class NoteScreen(QuezModal[str | None]):
    """Dismisses with the note text (saved), or None when cancelled."""

    BINDINGS = [
        Binding("escape,ctrl+t", "save", "Bewaren", id="note.save", priority=True),
    ]

    DEFAULT_CSS = """
    NoteScreen { align: center middle; }
    NoteScreen > Vertical {
        width: 76; max-width: 95%; height: auto; max-height: 90%;
        padding: 1 2; background: $surface; border: round $primary;
    }
    NoteScreen #note-title { text-style: bold; color: $text-primary; }
    NoteScreen #note-help { color: $text-muted; padding-bottom: 1; }
    NoteScreen TextArea { height: 8; }
    NoteScreen Horizontal { height: auto; align-horizontal: right; padding-top: 1; }
    NoteScreen Button { margin-left: 2; }
    """

    def __init__(self, question: str, note: str = "") -> None:
        super().__init__()
        self.question = question
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Notitie bij deze vraag", id="note-title")
            yield Static(shown(self.question), id="note-help")
            yield TextArea(clean_for_editing(self.note), soft_wrap=True, show_line_numbers=False,
                           tab_behavior="focus", id="note-text")
            with Horizontal():
                yield Button("Annuleren", id="cancel")
                yield Button("Bewaren (Esc)", id="save", variant="primary")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.dismiss(None)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)
