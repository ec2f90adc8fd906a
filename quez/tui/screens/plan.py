"""The next step, made with the client: whom to ask first, for one small thing; who else; what she gives back."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Label, Select, SelectionList

from quez.network.plan import could_do
from quez.textsafety import clean_for_editing, one_line
from quez.tui.safe import FAILED, attempt
from quez.tui.screens.dialog import cancel_and, error_line, title
from quez.tui.screens.form_modal import FormModal
from quez.tui.screens.ties import stored_id
from quez.tui.widgets.editors import Input, TextArea


class PlanScreen(FormModal[bool | None]):
    """``PlanScreen(network)``; Ctrl+S or "Bewaren" stores the plan (dismisses True), Esc cancels."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Bewaren", id="plan.save", priority=True),
        Binding("escape", "cancel", "Annuleren", id="plan.cancel"),
    ]

    DEFAULT_CSS = """
    PlanScreen > VerticalScroll { width: 90; max-width: 98%; max-height: 98%; padding: 0 2; }
    PlanScreen .dialog-title { padding-top: 1; }
    PlanScreen Label { color: $text-muted; padding-top: 0; margin-top: 1; }
    PlanScreen SelectionList { height: auto; max-height: 7; }
    PlanScreen TextArea { height: 4; }
    PlanScreen .dialog-buttons { padding: 1 0; }
    """

    def __init__(self, network) -> None:
        super().__init__()
        self.network = network
        self.persons = [p for p in network.persons if p.quality != "broken"]

    def compose(self) -> ComposeResult:
        plan = self.network.plan
        first = self.network.by_person_id(plan.first_person_id)
        involved = {self.network.by_person_id(pid).group_id for pid in plan.involve
                    if self.network.by_person_id(pid)}
        gives_back = plan.gives_back or " ".join(self.network.reciprocity)
        with VerticalScroll():
            yield title("Volgende stap", id="plan-title", markup=False)
            yield Label("Wie vraag je als eerste? (één persoon, één klein ding)")
            yield Select([(Text(one_line(p.name, 40)), p.group_id) for p in self.persons],
                         value=first.group_id if first else Select.NULL, prompt="Kies een persoon",
                         id="plan-first")
            yield Label("Wat vraag je?")
            yield Input(plan.first_ask, placeholder="bijvoorbeeld: een keer mee naar de afspraak", id="plan-ask")
            yield Label("Wie wil je verder betrekken? (Spatie: aan of uit)")
            yield SelectionList(*[(Text(one_line(p.name + (f" — {could_do(p)}" if could_do(p) else ""), 70)),
                                   p.group_id, p.group_id in involved) for p in self.persons], id="plan-involve")
            yield Label("Wat kun jij terugdoen?")
            yield TextArea(clean_for_editing(gives_back), soft_wrap=True, show_line_numbers=False,
                           tab_behavior="focus", id="plan-gives-back")
            yield error_line("plan-error")
            yield cancel_and("Bewaren")

    def on_mount(self) -> None:
        self.query_one("#plan-first", Select).focus()

    def submit(self) -> None:
        from quez.storage.network import NetworkStore

        chosen = self.query_one("#plan-first", Select).value
        first = self.network.person(chosen) if isinstance(chosen, str) else None
        involve: dict[int, str] = {}
        for group_id in self.query_one("#plan-involve", SelectionList).selected:
            p = self.network.person(group_id)
            person_id = stored_id(self, self.network, p)
            if person_id is None:
                return
            involve[person_id] = could_do(p)
        first_id = stored_id(self, self.network, first) if first is not None else None
        if first is not None and first_id is None:
            return
        result = attempt(self, NetworkStore(self.app.services.store).save_plan, self.network.client_id,
                         first_person_id=first_id, first_ask=self.query_one("#plan-ask", Input).value,
                         gives_back=self.query_one("#plan-gives-back", TextArea).text, involve=involve)
        if result is not FAILED:
            self.app.notify("De volgende stap is bewaard.", timeout=4)
            self.dismiss(True)
