"""A calm yes/no question in a dialog."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Static

from quez.tui.safe import shown
from quez.tui.screens.dialog import Dialog, buttons, title


class ConfirmScreen(Dialog[bool]):
    """``ConfirmScreen(title, body, yes="Ja", no="Nee", careful=False)``; dismisses with True or False.

    ``careful``: the focus starts on *no*, so an Enter typed on by accident changes nothing."""

    BINDINGS = [
        Binding("escape", "answer(False)", "Terug", id="confirm.no"),
        # the two buttons sit side by side: the arrow keys move between them, as Tab does
        Binding("left", "app.focus_previous", show=False, id="confirm.left"),
        Binding("right", "app.focus_next", show=False, id="confirm.right"),
    ]

    DEFAULT_CSS = """
    ConfirmScreen > Vertical { width: 70; max-height: 90%; }
    ConfirmScreen #confirm-body { padding: 1 0; height: auto; }
    ConfirmScreen .dialog-buttons { padding-top: 0; }
    """

    def __init__(self, title: str, body: str, yes: str = "Ja", no: str = "Nee", careful: bool = False) -> None:
        super().__init__()
        self.title_text, self.body, self.yes, self.no = title, body, yes, no
        self.careful = careful

    def compose(self) -> ComposeResult:
        with Vertical():
            yield title(shown(self.title_text), id="confirm-title")
            yield Static(shown(self.body), id="confirm-body")
            yield buttons(Button(self.no, id="no"), Button(self.yes, id="yes", variant="primary"))

    def on_mount(self) -> None:
        self.query_one("#no" if self.careful else "#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


def confirm_reopen(app, session_id: int, info) -> None:
    """Continue a conversation; a finished one only after the worker says so (it is recorded as reopened)."""
    if info.status != "finished":
        app.open_conversation(session_id)
        return
    from quez.wording import local_time

    def answered(yes: bool | None) -> None:
        if yes:
            app.open_conversation(session_id)

    ended = f" op {local_time(info.ended_at)}" if info.ended_at else ""
    app.push_screen(
        ConfirmScreen("Gesprek heropenen?",
                      f"Dit gesprek is afgerond{ended}. Heropenen om verder te gaan? Bij het gesprek wordt "
                      "bewaard dat en wanneer het heropend is.",
                      yes="Heropenen", no="Terug"),
        answered,
    )
