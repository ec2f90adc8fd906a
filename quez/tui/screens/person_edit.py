"""Name, relation and place in the network of one person."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Checkbox, Label, Select, Static

from quez.tui.format import CATEGORY_LABELS
from quez.tui.screens.dialog import cancel_and, error_line, title
from quez.tui.screens.form_modal import FormModal
from quez.tui.widgets.editors import Input

CLOSENESS_CHOICES = [("heel dichtbij", "1"), ("dichtbij", "2"), ("verder weg", "3"), ("weet ik (nog) niet", "")]


class PersonEditScreen(FormModal[dict | None]):
    """``PersonEditScreen(name, relation, category, closeness, adult)``; dismisses with the new values or None."""

    BINDINGS = [Binding("escape", "cancel", "Annuleren", id="person_edit.cancel")]

    DEFAULT_CSS = """
    PersonEditScreen > Vertical { width: 70; padding: 0 2; }
    PersonEditScreen .dialog-title { padding-top: 1; }
    PersonEditScreen Label { color: $text-muted; padding-top: 1; }
    PersonEditScreen #edit-place { height: auto; }
    PersonEditScreen .dialog-buttons { padding: 1 0; }
    """

    def __init__(self, name: str, relation: str | None, category: str, closeness: int | None,
                 adult: bool = False) -> None:
        super().__init__()
        self.values = (name, relation or "", category or "other", "" if closeness is None else str(closeness))
        self.adult = adult

    def compose(self) -> ComposeResult:
        name, relation, category, closeness = self.values
        with Vertical():
            yield title("Persoon aanpassen", id="edit-title")
            yield Label("Naam (of omschrijving, zoals 'de buurvrouw')")
            yield Input(name, id="edit-name")
            yield Label("Relatie (bijvoorbeeld tante, collega, huisarts)")
            yield Input(relation, id="edit-relation")
            yield Label("Plaats in de netwerkcirkel")
            with Horizontal(id="edit-place"):
                yield Select([(label, key) for key, label in CATEGORY_LABELS.items()], value=category,
                             allow_blank=False, id="edit-category")
                yield Select(CLOSENESS_CHOICES, value=closeness, allow_blank=False, id="edit-closeness")
            yield Checkbox("Volwassen (een zoon of dochter die volwassen is)", self.adult, id="edit-adult")
            yield error_line("edit-error")
            yield cancel_and("Bewaren")

    def on_mount(self) -> None:
        self.query_one("#edit-name", Input).focus()

    def submit(self) -> None:
        name = self.query_one("#edit-name", Input).value.strip()
        if not name:
            self.query_one("#edit-error", Static).update("Geef een naam of omschrijving op.")
            return
        closeness = str(self.query_one("#edit-closeness", Select).value)
        self.dismiss({
            "name": name,
            "relation": self.query_one("#edit-relation", Input).value.strip() or None,
            "category": str(self.query_one("#edit-category", Select).value),
            "closeness": int(closeness) if closeness.isdigit() else None,
            "adult": self.query_one("#edit-adult", Checkbox).value,
        })
