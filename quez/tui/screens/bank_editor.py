"""Editing a bank's TOML directly, checked as you type; saved only when valid.

Problems are listed with their line; choosing one (or F8) puts the cursor
on that line, and the line the cursor is on shows its own problem. A save
writes atomically and keeps the previous version as a backup.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import Static

from quez.textsafety import one_line
from quez.tui.safe import FAILED, attempt, shown, shown_line
from quez.tui.screens.bank_file import BankFileEditor
from quez.tui.screens.base import QuezScreen
from quez.tui.widgets.editors import TextArea
from quez.tui.widgets.keys import KeyFooter
from quez.tui.widgets.problem_list import ProblemList
from quez.wording import plural

CHECK_DELAY = 0.3


class BankEditorScreen(BankFileEditor, QuezScreen):
    """``BankEditorScreen(path)``: the TOML editor for one own bank."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Opslaan", id="toml.save", priority=True),
        Binding("f8", "next_problem", "Volgende fout", id="toml.next"),
        Binding("escape", "close", "Terug", id="toml.close", priority=True),
    ]

    UNSAVED_BODY = "Je hebt dingen veranderd die nog niet zijn opgeslagen. Het bestand blijft dan zoals het was."

    DEFAULT_CSS = """
    BankEditorScreen #toml-text { height: 1fr; margin: 0 1; }
    BankEditorScreen #toml-status { padding: 0 2; height: auto; }
    BankEditorScreen #toml-status.-ok { color: $text-success; }
    BankEditorScreen #toml-status.-bad { color: $text-error; }
    BankEditorScreen #toml-here { padding: 0 2; height: auto; color: $text-warning; }
    BankEditorScreen #toml-here.-empty { display: none; }  /* no empty row under the editor */
    BankEditorScreen #toml-problems { margin: 0 1; }
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)
        self.saved_text: str | None = None
        self.problems: list = []
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static(shown(f"TOML bewerken: {one_line(self.path.name, 60)}"), classes="screen-title")
        yield TextArea.code_editor("", language=None, theme="css", id="toml-text", soft_wrap=False)
        yield Static("", id="toml-here")
        yield Static("", id="toml-status")
        yield ProblemList(id="toml-problems")
        yield KeyFooter()

    def on_mount(self) -> None:
        text = self.read_bank()
        if text is None:
            return
        area = self.query_one(TextArea)
        try:
            area.language = "toml"
        except Exception:  # no TOML highlighting installed: still a fine plain editor
            pass
        from quez.textsafety import clean_for_editing

        shown_text = clean_for_editing(text)  # a file's escape sequences must not reach the terminal
        with self.prevent(TextArea.Changed):
            area.load_text(shown_text)
        self.saved_text = text
        if shown_text != text:
            self.notify("Het bestand bevatte onzichtbare stuurtekens; die zijn uit de tekst gehaald. "
                        "Sla op om het zo te bewaren.", severity="warning", timeout=10)
        self.check()
        area.focus()

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    @property
    def dirty(self) -> bool:
        return self.saved_text is not None and self.text != self.saved_text

    # -- live validation ---------------------------------------------------------------
    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(CHECK_DELAY, self.check)

    def check(self) -> None:
        from quez.banks.editing import validate_text

        bank, problems = validate_text(self.text, self.path)
        self.problems = problems
        self.query_one(ProblemList).show(problems)
        status = self.query_one("#toml-status", Static)
        if bank is not None:
            changed = " (nog niet opgeslagen)" if self.dirty else ""
            size = f"{plural(bank.question_count, 'vraag', 'vragen')} in {plural(len(bank.phases), 'fase', 'fasen')}"
            status.update(f"In orde: {size}{changed}.")
        else:
            status.update(f"{len(problems)} probleem/problemen; opslaan kan als alles in orde is.")
        status.set_class(bank is not None, "-ok")
        status.set_class(bank is None, "-bad")
        self._show_here()  # (the editor keeps the line being typed in view when the problem list comes)

    def on_text_area_selection_changed(self, event: TextArea.SelectionChanged) -> None:
        event.stop()
        self._show_here()

    def _show_here(self) -> None:
        line = self.query_one(TextArea).cursor_location[0] + 1
        here = [p for p in self.problems if p.line == line]
        here_line = self.query_one("#toml-here", Static)
        here_line.update(shown_line(f"Regel {line}: {here[0].message}", 200) if here else "")
        here_line.set_class(not here, "-empty")

    def go_to_line(self, line: int | None) -> None:
        if not line:
            return
        area = self.query_one(TextArea)
        area.move_cursor((max(0, line - 1), 0), center=True)
        area.focus()

    def on_problem_list_chosen(self, event: ProblemList.Chosen) -> None:
        event.stop()
        self.go_to_line(event.line)

    def action_next_problem(self) -> None:
        lines = sorted({p.line for p in self.problems if p.line})
        if not lines:
            return
        current = self.query_one(TextArea).cursor_location[0] + 1
        self.go_to_line(next((n for n in lines if n > current), lines[0]))

    # -- saving and leaving --------------------------------------------------------------------
    def action_save(self) -> None:
        from quez.banks.editing import save_bank, validate_text

        text = self.text
        bank, problems = validate_text(text, self.path)
        if bank is None:
            self.refuse_save(problems)
            first = next((p.line for p in problems if p.line), None)
            self.go_to_line(first)
            return
        saved = attempt(self, save_bank, self.path, text)
        if saved is FAILED:
            return
        self.saved(text, "Opgeslagen; de vorige versie is bewaard als reservekopie.", timeout=5)
