"""Where to write the summary report, and in which format."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Select, Static

from quez.tui.safe import shown
from quez.tui.screens.form_modal import FormModal
from quez.tui.widgets.editors import Input

FORMATS = [("Markdown (.md)", "markdown"), ("HTML, om te printen (.html)", "html"), ("JSON (.json)", "json")]
SUFFIXES = {"markdown": ".md", "html": ".html", "json": ".json", "json-age": ".json.age", "csv": ".csv"}


class ExportReportScreen(FormModal[tuple[str, Path] | None]):
    """``ExportReportScreen(default_path)``; dismisses with ``(format, path)`` or None.

    ``title`` and ``formats`` (``[(label, format)]``, the first is chosen) let
    other screens use it too (the review screen's export of a client's data).
    """

    BINDINGS = [Binding("escape", "cancel", "Annuleren", id="export_report.cancel")]

    DEFAULT_CSS = """
    ExportReportScreen { align: center middle; }
    ExportReportScreen > Vertical {
        width: 76; max-width: 95%; height: auto; padding: 1 2; background: $surface; border: round $primary;
    }
    ExportReportScreen #export-title { text-style: bold; color: $text-primary; }
    ExportReportScreen #export-help { color: $text-muted; padding-bottom: 1; height: auto; }
    ExportReportScreen #export-error { color: $text-error; height: auto; }
    ExportReportScreen Horizontal { height: auto; align-horizontal: right; padding-top: 1; }
    ExportReportScreen Button { margin-left: 2; }
    """

    def __init__(self, default_path: Path, title: str = "Samenvatting opslaan",
                 formats: list[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.default_path = default_path
        self.title_text = title
        self.formats = formats or FORMATS

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(shown(self.title_text), id="export-title")
            yield Static("Het bestand bevat cliëntgegevens: kies een veilige plek.", id="export-help")
            yield Select(self.formats, value=self.formats[0][1], allow_blank=False, id="export-format")
            yield Input(str(self.default_path), id="export-path")
            yield Static("", id="export-error")
            with Horizontal():
                yield Button("Annuleren", id="cancel")
                yield Button("Opslaan", id="save", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        field = self.query_one("#export-path", Input)
        path = Path(field.value.strip() or str(self.default_path))
        suffix = SUFFIXES.get(str(event.value), f".{event.value}")
        known = {*SUFFIXES.values(), *(f".{f}" for _label, f in self.formats)}
        for old in sorted(known, key=len, reverse=True):  # ".json.age" before ".age"
            if path.name.endswith(old) and len(path.name) > len(old):
                field.value = str(path.with_name(path.name[: -len(old)] + suffix))
                break

    def submit(self) -> None:
        text = self.query_one("#export-path", Input).value.strip()
        if not text:
            self.query_one("#export-error", Static).update("Geef een bestandsnaam op.")
            return
        path = Path(text).expanduser()
        if path.is_dir():
            self.query_one("#export-error", Static).update(shown(f"{path} is een map; geef een bestandsnaam op."))
            return
        self.dismiss((str(self.query_one("#export-format", Select).value), path))
