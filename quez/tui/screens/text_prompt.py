"""Ask for one line of text (a name, a new question), optionally with a choice."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Select, Static

from quez.tui.safe import shown
from quez.tui.screens.dialog import cancel_and, error_line, help_line, title
from quez.tui.screens.form_modal import FormModal
from quez.tui.widgets.editors import Input


class TextPromptScreen(FormModal[tuple[str, str | None] | None]):
    """``TextPromptScreen(title, help, placeholder="", choices=None)``.

    Dismisses with ``(text, choice)`` (choice None without choices), or None when cancelled.
    """

    BINDINGS = [Binding("escape", "cancel", "Annuleren", id="prompt.cancel")]

    def __init__(self, title: str, help: str, placeholder: str = "", choices: list[tuple[str, str]] | None = None,
                 value: str = ""):
        super().__init__()
        self.title_text, self.help, self.placeholder, self.choices = title, help, placeholder, choices
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield title(shown(self.title_text), id="prompt-title")
            yield help_line(shown(self.help), id="prompt-help")
            yield Input(self.value, placeholder=self.placeholder, id="prompt-text")
            if self.choices:
                yield Select(self.choices, value=self.choices[0][1], allow_blank=False, id="prompt-choice")
            yield error_line("prompt-error")
            yield cancel_and("OK", id="ok")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def submit(self) -> None:
        text = self.query_one(Input).value.strip()
        if not text:
            self.query_one("#prompt-error", Static).update("Typ eerst iets.")
            return
        choice = str(self.query_one(Select).value) if self.choices else None
        self.dismiss((text, choice))
