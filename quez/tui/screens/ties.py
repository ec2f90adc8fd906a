"""Who knows whom: tick, for one person, the others they know (Space or Enter); stored at once."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import SelectionList

from quez.textsafety import one_line
from quez.tui.safe import FAILED, attempt
from quez.tui.screens.dialog import Dialog, help_line, title


def stored_id(screen, network, person) -> int | None:
    """The person's stored row; a person only found in the answers gets one now."""
    from quez.storage.persons import PersonDecisions

    if person.person_id is not None:
        return person.person_id
    result = attempt(screen, PersonDecisions(screen.app.services.store).ensure, network.client_id,
                     person.item.ref(), confirmed=True)
    if result is FAILED:
        return None
    person.person_id = result
    return result


class TiesScreen(Dialog[None]):
    """``TiesScreen(network, group_id)``: the ties of one person, changed as the worker ticks."""

    BINDINGS = [
        Binding("r", "quality", "Hoe gaan ze om", id="ties.quality",
                tooltip="Positief, gespannen, verbroken of niets gezegd"),
        Binding("escape", "close", "Klaar", id="ties.close"),
    ]

    DEFAULT_CSS = """
    TiesScreen > Vertical { width: 64; max-height: 90%; }
    TiesScreen SelectionList { height: auto; max-height: 14; }
    """

    def __init__(self, network, group_id: str) -> None:
        super().__init__()
        self.network = network
        self.person = network.person(group_id)
        tied = set(network.tied_to(group_id))
        self.others = [p for p in network.persons if p.group_id != group_id]
        self.quality = {p.group_id: network.quality_of_tie(group_id, p.group_id) for p in self.others}
        self.initial = [(self.prompt(p), p.group_id, p.group_id in tied) for p in self.others]

    def prompt(self, other) -> Text:
        from quez.network.model import QUALITY_LABELS

        quality = self.quality.get(other.group_id)
        return Text(one_line(other.name, 50) + (f" · {QUALITY_LABELS[quality]}" if quality else ""))

    def compose(self) -> ComposeResult:
        with Vertical():
            yield title(one_line(f"Wie kent {self.person.name}?", 60), id="ties-title", markup=False)
            yield help_line("Spatie of Enter: kennen elkaar, aan of uit. r: hoe ze met elkaar omgaan. Esc: klaar. "
                         "Het wordt meteen bewaard.", id="ties-help", markup=False)
            yield SelectionList(*self.initial, id="ties-list")

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def on_selection_list_selection_toggled(self, event: SelectionList.SelectionToggled) -> None:
        from quez.storage.network import NetworkStore

        event.stop()
        other = self.network.person(event.selection.value)
        present = event.selection.value in event.selection_list.selected
        a, b = stored_id(self, self.network, self.person), stored_id(self, self.network, other)
        if a is None or b is None:
            return
        store = NetworkStore(self.app.services.store)
        if not present and self.quality.get(other.group_id):  # no tie, so no quality either
            self.quality[other.group_id] = None
            event.selection_list.replace_option_prompt_at_index(event.selection_index, self.prompt(other))
        if attempt(self, store.set_tie, self.network.client_id, a, b, present) is FAILED:
            # show what is stored (programmatically: no new toggle message)
            (event.selection_list.deselect if present else event.selection_list.select)(event.selection.value)

    def action_quality(self) -> None:
        from quez.storage.network import NetworkStore

        selection = self.query_one(SelectionList)
        index = selection.highlighted
        if index is None:
            return
        other = self.others[index]
        cycle = (None, "positive", "tense", "broken")
        following = cycle[(cycle.index(self.quality.get(other.group_id)) + 1) % len(cycle)]
        a, b = stored_id(self, self.network, self.person), stored_id(self, self.network, other)
        if a is None or b is None:
            return
        if attempt(self, NetworkStore(self.app.services.store).set_tie_quality, self.network.client_id, a, b,
                   following) is FAILED:
            return
        self.quality[other.group_id] = following
        selection.select(other.group_id)  # a tie with a quality is a tie
        selection.replace_option_prompt_at_index(index, self.prompt(other))

    def action_close(self) -> None:
        self.dismiss(None)
