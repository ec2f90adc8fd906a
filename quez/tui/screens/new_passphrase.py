"""Choose a passphrase for an encrypted export: typed twice, hidden."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from quez.tui.screens.dialog import cancel_and, error_line, help_line, title
from quez.tui.screens.form_modal import FormModal
from quez.tui.widgets.editors import Input

MIN_LENGTH = 8


class NewPassphraseScreen(FormModal[str | None]):
    """``NewPassphraseScreen(title)``; dismisses with the passphrase, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Annuleren", id="new_passphrase.cancel")]

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical():
            yield title(self.title_text, id="passphrase-title", markup=False)
            yield help_line(
                f"Kies een wachtwoord van minstens {MIN_LENGTH} tekens (een zin van een paar woorden is het "
                "sterkst). Geef het apart door aan wie het bestand krijgt, bijvoorbeeld telefonisch; "
                "zonder wachtwoord is het bestand niet te openen.",
                id="passphrase-help",
            )
            yield Input(password=True, placeholder="Wachtwoord", id="passphrase-first")
            yield Input(password=True, placeholder="Nog een keer", id="passphrase-second")
            yield error_line("passphrase-error")
            yield cancel_and("Versleutelen", id="ok")

    def on_mount(self) -> None:
        self.query_one("#passphrase-first", Input).focus()

    def submit(self) -> None:
        first = self.query_one("#passphrase-first", Input)
        second = self.query_one("#passphrase-second", Input)
        error = self.query_one("#passphrase-error", Static)
        if len(first.value) < MIN_LENGTH:
            error.update(f"Het wachtwoord is te kort: minstens {MIN_LENGTH} tekens.")
            first.focus()
            return
        if self.focused is first and not second.value:
            second.focus()  # Enter in the first field goes on to the second
            return
        if second.value != first.value:
            error.update("De twee wachtwoorden verschillen; typ het nog een keer.")
            second.value = ""
            second.focus()
            return
        self.dismiss(first.value)
