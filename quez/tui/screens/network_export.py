"""Where to write the network (letter, plan, GraphML, CSV), and the worker's name for the letter."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, Select, Static

from quez.network.files import FORMATS
from quez.textsafety import display_safe
from quez.tui.safe import FAILED, attempt
from quez.tui.screens.dialog import cancel_and, error_line, help_line, title
from quez.tui.screens.form_modal import FormModal
from quez.tui.widgets.editors import Input


class NetworkExportScreen(FormModal[list | None]):
    """``NetworkExportScreen(network)``; writes the file itself and dismisses with the paths written."""

    BINDINGS = [Binding("escape", "cancel", "Annuleren", id="network_export.cancel")]

    DEFAULT_CSS = """
    NetworkExportScreen .dialog-help { padding-bottom: 0; }
    NetworkExportScreen Label { color: $text-muted; height: auto; }
    """

    def __init__(self, network, directory: Path | None = None) -> None:
        super().__init__()
        self.network = network
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in network.client_code)
        self.stem = (directory or Path.home()) / f"quez-netwerk-{safe}"

    def compose(self) -> ComposeResult:
        with Vertical():
            yield title("Netwerk opslaan", id="nexport-title")
            yield help_line("Het bestand bevat cliëntgegevens: kies een veilige plek.", id="nexport-help")
            yield Select([(label, key) for key, (label, _suffix) in FORMATS.items()], value="letter",
                         allow_blank=False, id="nexport-format")
            yield Input(str(self.stem.with_name(self.stem.name + "-brief.html")), id="nexport-path")
            yield Label("Naam hulpverlener op de brief (mag leeg: dan een lijn om in te vullen)")
            yield Input("", id="nexport-worker")
            yield error_line("nexport-error")
            yield cancel_and("Opslaan")

    def on_mount(self) -> None:
        self.query_one("#nexport-path", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        fmt = str(event.value)
        name = {"letter": "-brief", "kaart": "-kaart", "uitnodiging": "-uitnodiging",
                "familiegroepsplan": "-plan"}.get(fmt, "")
        self.query_one("#nexport-path", Input).value = str(self.stem.with_name(self.stem.name + name
                                                                               + FORMATS[fmt][1]))

    def submit(self) -> None:
        from quez.network.files import write_network

        text = self.query_one("#nexport-path", Input).value.strip()
        error = self.query_one("#nexport-error", Static)
        if not text:
            error.update("Geef een bestandsnaam op.")
            return
        path = Path(text).expanduser()
        if path.is_dir():
            error.update(display_safe(f"{path} is een map; geef een bestandsnaam op."))
            return
        fmt = str(self.query_one("#nexport-format", Select).value)
        written = attempt(self, write_network, self.network, fmt, path, self.query_one("#nexport-worker", Input).value)
        if written is FAILED:
            return
        shown = ", ".join(str(p) for p in written)
        self.app.notify(display_safe(f"Opgeslagen: {shown}. Het bevat cliëntgegevens."), timeout=8)
        self.dismiss(written)
