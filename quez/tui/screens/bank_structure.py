"""Adapting a bank's questions without touching TOML.

Left the questions by phase; right a form for the chosen question (text,
hint, follow-ups). Add, move and remove questions with keys. Nothing is
written until Ctrl+S, and only when the whole bank is valid; the file keeps
its comments and layout, gets a higher version number, and the previous
version is kept as a backup.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quez.textsafety import one_line
from quez.tui.safe import FAILED, attempt, shown
from quez.tui.screens.bank_file import BankFileEditor
from quez.tui.screens.base import QuezScreen
from quez.tui.widgets.editors import Input, TextArea
from quez.tui.widgets.keys import KeyFooter
from quez.tui.widgets.problem_list import ProblemList
from quez.tui.widgets.question_form import QuestionForm

if TYPE_CHECKING:
    from quez.banks.structured import BankDocument

NEW_KINDS = [("open vraag", "open"), ("vraag naar personen", "persons"), ("ja/nee-vraag", "yesno"),
             ("wie kent wie", "ties")]
LIST_ACTIONS = {"add", "remove", "move_up", "move_down"}


class StructuredEditorScreen(BankFileEditor, QuezScreen):
    """``StructuredEditorScreen(path)``: the question editor for one own bank."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Opslaan", id="struct.save", priority=True),
        Binding("escape", "close", "Terug", id="struct.close"),
        Binding("a", "add", "Vraag toevoegen", id="struct.add"),
        Binding("delete,x", "remove", "Verwijderen", id="struct.remove"),
        Binding("ctrl+up,u", "move_up", "Omhoog", id="struct.up"),
        Binding("ctrl+down,j", "move_down", "Omlaag", id="struct.down"),
    ]

    UNSAVED_BODY = "Wat je aanpaste is nog niet opgeslagen; de bank blijft dan zoals hij was."
    KEEP_EDITING = "Verder aanpassen"

    DEFAULT_CSS = """
    StructuredEditorScreen #struct-columns { height: 1fr; padding: 0 1; }
    StructuredEditorScreen #struct-questions { width: 40%; height: 1fr; border: round $primary 50%; }
    StructuredEditorScreen #struct-form { width: 1fr; height: 1fr; }
    StructuredEditorScreen #struct-status { padding: 0 2; height: auto; }
    StructuredEditorScreen #struct-status.-bad { color: $text-error; }
    StructuredEditorScreen #struct-status.-ok { color: $text-success; }
    StructuredEditorScreen #struct-problems { margin: 0 1; }
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)
        self._doc: BankDocument | None = None  # read on mount (the screen closes when it cannot be)
        self.saved_text: str | None = None
        self.position: tuple[int, int] | None = None  # (phase, question) shown in the form
        self.problems: list = []

    def compose(self) -> ComposeResult:
        yield Static(shown(f"Vragen aanpassen: {one_line(self.path.name, 60)}"), classes="screen-title")
        with Horizontal(id="struct-columns"):
            yield OptionList(id="struct-questions")
            with VerticalScroll(id="struct-form"):
                yield QuestionForm(id="question-form")
        yield Static("", id="struct-status")
        yield ProblemList(id="struct-problems")
        yield KeyFooter()

    def on_mount(self) -> None:
        from quez.banks.structured import BankDocument, StructureError

        text = self.read_bank()
        if text is None:
            return
        try:
            self._doc = BankDocument(text)
        except StructureError as exc:
            self.notify(str(exc), title="Vragen aanpassen kan hier niet", severity="warning", timeout=10)
            self.dismiss()
            return
        self.saved_text = text
        self.refill((0, 0))
        self.check()
        self.query_one("#struct-questions").focus()

    @property
    def doc(self) -> BankDocument:
        assert self._doc is not None, "the bank is read on mount"
        return self._doc

    @property
    def dirty(self) -> bool:
        return self._doc is not None and self._doc.text() != self.saved_text

    # -- the question list ----------------------------------------------------------------
    def refill(self, select: tuple[int, int] | None = None) -> None:
        options = self.query_one("#struct-questions", OptionList)
        options.clear_options()
        for pi, phase in enumerate(self.doc.phases()):
            options.add_option(Option(shown(f"— {one_line(phase.title, 40)} —"), id=f"p:{pi}", disabled=True))
            for qi, question in enumerate(phase.questions):
                options.add_option(Option(shown(f"{qi + 1}. {one_line(question.text, 60)}"), id=f"q:{pi}:{qi}"))
        if select is not None:
            pi, qi = select
            try:
                options.highlighted = options.get_option_index(f"q:{pi}:{qi}")
            except Exception:
                options.highlighted = 1 if options.option_count > 1 else None
            self.load_form()

    def _highlighted(self) -> tuple[int, int] | None:
        options = self.query_one("#struct-questions", OptionList)
        if options.highlighted is None:
            return None
        option_id = options.get_option_at_index(options.highlighted).id or ""
        if not option_id.startswith("q:"):
            return None
        _, pi, qi = option_id.split(":")
        return int(pi), int(qi)

    def load_form(self) -> None:
        self.position = self._highlighted()
        if self.position is None:
            return
        pi, qi = self.position
        self.query_one(QuestionForm).load(self.doc.phases()[pi].questions[qi])

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.load_form()
        self.refresh_bindings()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.query_one("#qf-text", Input).focus()

    # -- editing ------------------------------------------------------------------------------
    def on_question_form_changed(self, event: QuestionForm.Changed) -> None:
        event.stop()
        if self.position is None:
            return
        from quez.banks.structured import StructureError

        pi, qi = self.position
        try:
            self.doc.update_question(pi, qi, **{event.field: event.value})
        except StructureError as exc:
            self._status(str(exc), ok=False)
            return
        if event.field == "text":
            options = self.query_one("#struct-questions", OptionList)
            options.replace_option_prompt(f"q:{pi}:{qi}", shown(f"{qi + 1}. {one_line(event.value, 60)}"))
        self.check()

    def check(self) -> None:
        from quez.banks.editing import validate_text

        bank, problems = validate_text(self.doc.text(), self.path)
        self.problems = problems
        self.query_one(ProblemList).show(problems, plain=True)
        if bank is None:
            self._status(f"{len(problems)} probleem/problemen; opslaan kan als alles in orde is.", ok=False)
        else:
            self._status("In orde" + (" (nog niet opgeslagen)." if self.dirty else "."), ok=True)

    def _status(self, text: str, ok: bool) -> None:
        status = self.query_one("#struct-status", Static)
        status.update(shown(text))
        status.set_class(ok, "-ok")
        status.set_class(not ok, "-bad")

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in LIST_ACTIONS:
            # letters are for typing while the form has focus
            if isinstance(self.focused, (Input, TextArea)):
                return None
            if action != "add" and self._highlighted() is None:
                return None
        return True

    def action_add(self) -> None:
        from quez.tui.screens.text_prompt import TextPromptScreen

        where = self._highlighted() or (0, -1)

        def chosen(result) -> None:
            if not result:
                return
            from quez.banks.structured import StructureError

            text, kind = result
            pi, qi = where
            try:
                self.doc.add_question(pi, text, kind=kind or "open", position=qi + 1)
            except StructureError as exc:
                self.notify(str(exc), severity="error", timeout=8)
                return
            self.refill((pi, qi + 1))
            self.check()
            self.query_one("#qf-text", Input).focus()

        self.app.push_screen(
            TextPromptScreen("Nieuwe vraag", "De vraag komt na de gekozen vraag; tip en doorvragen vul je daarna in.",
                             "bijvoorbeeld: Wie helpt je met praktische dingen?", choices=NEW_KINDS),
            chosen,
        )

    def action_remove(self) -> None:
        where = self._highlighted()
        if where is None:
            return
        from quez.banks.structured import StructureError
        from quez.tui.screens.confirm import ConfirmScreen

        pi, qi = where
        question = self.doc.phases()[pi].questions[qi]

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.doc.remove_question(pi, qi)
            except StructureError as exc:
                self.notify(str(exc), severity="error", timeout=8)
                return
            self.refill((pi, max(0, qi - 1)))
            self.check()

        self.app.push_screen(
            ConfirmScreen("Vraag verwijderen?", f"“{one_line(question.text, 200)}”\n\nEerdere gesprekken houden "
                          "hun antwoorden op deze vraag.", yes="Verwijderen", no="Laten staan"),
            answered,
        )

    def _move(self, step: int) -> None:
        where = self._highlighted()
        if where is None:
            return
        from quez.banks.structured import StructureError

        pi, qi = where
        count = len(self.doc.phases()[pi].questions)
        target_phase, target = pi, qi + step
        if target < 0 and pi > 0:  # over the top of a phase: to the end of the one before
            target_phase, target = pi - 1, len(self.doc.phases()[pi - 1].questions)
        elif target >= count and pi < len(self.doc.phases()) - 1:
            target_phase, target = pi + 1, 0
        elif not 0 <= target < count:
            return
        try:
            self.doc.move_question(pi, qi, target, to_phase=target_phase)
        except StructureError as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return
        self.refill((target_phase, min(target, len(self.doc.phases()[target_phase].questions) - 1)))
        self.check()

    def action_move_up(self) -> None:
        self._move(-1)

    def action_move_down(self) -> None:
        self._move(1)

    # -- saving and leaving -------------------------------------------------------------------------
    def action_save(self) -> None:
        from quez.banks.editing import save_bank, validate_text

        bank, problems = validate_text(self.doc.text(), self.path)
        if bank is None:
            self.refuse_save(problems)
            return
        if not self.dirty:
            self.notify("Er is niets veranderd.", timeout=3)
            return
        version = self.doc.bump_version()
        saved = attempt(self, save_bank, self.path, self.doc.text())
        if saved is FAILED:
            return
        self.saved(self.doc.text(), f"Opgeslagen als versie {version}; de vorige versie is bewaard als "
                   "reservekopie. Eerdere gesprekken blijven zoals ze waren.", timeout=6)
