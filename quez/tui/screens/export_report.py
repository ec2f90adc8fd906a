"""Where to write the summary report, and in which format."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Select, Static

from quez.tui.safe import shown
from quez.tui.screens.dialog import cancel_and, error_line, help_line, title
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

    def __init__(self, default_path: Path, title: str = "Samenvatting opslaan",
                 formats: list[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.default_path = default_path
        self.title_text = title
        self.formats = formats or FORMATS

    def compose(self) -> ComposeResult:
        with Vertical():
            yield title(shown(self.title_text), id="export-title")
            yield help_line("Het bestand bevat cliëntgegevens: kies een veilige plek.", id="export-help")
            yield Select(self.formats, value=self.formats[0][1], allow_blank=False, id="export-format")
            yield Input(str(self.default_path), id="export-path")
            yield error_line("export-error")
            yield cancel_and("Opslaan")

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
