"""The network map of a client: the netwerkcirkel with ties, support and relation, shaped by keys.

↑/↓ choose a person (highlighted in the picture); ← → move them to another
sector, i/o to an inner or outer ring; p g a e switch a kind of support;
r the relation; t who they know; l the layout. What the worker chooses is
stored at once and wins over what the answers suggest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from quez.textsafety import display_safe
from quez.tui.safe import FAILED, attempt
from quez.tui.screens.base import QuezScreen
from quez.tui.widgets.keys import KeyFooter
from quez.tui.widgets.network_picture import NetworkPicture
from quez.vocabulary import CLOSENESS_LABELS, Category, category_label

if TYPE_CHECKING:
    from quez.network.model import Network

SECTOR_ORDER = tuple(c.value for c in Category)
QUALITY_CYCLE = ("positive", "tense", "broken", None)


def person_line(net, p) -> str:
    from quez.network.model import QUALITY_LABELS, SUPPORT_LABELS

    head = p.name + (f" ({p.relation})" if p.relation and p.relation.casefold() != p.name.casefold() else "")
    place = category_label(p.category) + " · " + CLOSENESS_LABELS.get(p.closeness, "plek onbekend")
    support = ", ".join(SUPPORT_LABELS[k] for k in p.support) or "geen"
    support += "" if p.support_chosen else " (uit de antwoorden)"
    quality = QUALITY_LABELS.get(p.quality or "", "onbekend") + ("" if p.quality_chosen else " (uit de antwoorden)")
    knows = ", ".join(o.name + (f" ({QUALITY_LABELS[q]})" if (q := net.quality_of_tie(p.group_id, g)) else "")
                      for g in net.tied_to(p.group_id) if (o := net.person(g))) or "niemand aangegeven"
    return f"{head} · {place}\nSteun: {support} · relatie: {quality} · kent: {knows}"


class NetworkScreen(QuezScreen):
    """``NetworkScreen(client_code)``."""

    BINDINGS = [
        Binding("down", "select(1)", "Volgende", show=False, id="network.next"),
        Binding("up", "select(-1)", "Vorige", show=False, id="network.previous"),
        Binding("left", "sector(-1)", "Vak ←", show=False, id="network.sector_back"),
        Binding("right", "sector(1)", "Vak →", show=False, id="network.sector_on"),
        Binding("i", "ring(-1)", "Naar binnen", id="network.inner", tooltip="Een ring dichter bij de cliënt"),
        Binding("o", "ring(1)", "Naar buiten", id="network.outer", tooltip="Een ring verder van de cliënt"),
        Binding("p", "support('practical')", "P praktisch", id="network.practical"),
        Binding("g", "support('company')", "G gezelschap", id="network.company"),
        Binding("a", "support('advice')", "A advies", id="network.advice"),
        Binding("e", "support('emotional')", "E emotioneel", id="network.emotional"),
        Binding("r", "quality", "Relatie", id="network.quality",
                tooltip="Positief, gespannen, verbroken of zoals de antwoorden zeggen"),
        Binding("t", "ties", "Kent …", id="network.ties", tooltip="Wie kent deze persoon?"),
        Binding("l", "layout", "Indeling", id="network.layout", tooltip="Netwerkcirkel of alleen ringen"),
        Binding("c", "client_view", "Voor cliënt", id="network.client_view",
                tooltip="Het scherm naar de cliënt draaien"),
        Binding("v", "plan", "Volgende stap", id="network.plan"),
        Binding("x", "export", "Exporteren", id="network.export", tooltip="GraphML, CSV, brief of plan"),
        Binding("escape", "close", "Terug", id="network.close"),
    ]

    DEFAULT_CSS = """
    NetworkScreen #network-title { text-style: bold; padding: 0 1; height: 1; }
    NetworkScreen NetworkPicture { height: 1fr; }
    NetworkScreen #network-person { height: auto; max-height: 4; padding: 0 1; color: $text; background: $boost; }
    """

    def __init__(self, client_code: str) -> None:
        super().__init__()
        self.client_code = client_code
        self.network: Network | None = None
        self.selected: str | None = None

    def compose(self) -> ComposeResult:
        yield Static("Netwerkkaart", id="network-title")
        yield NetworkPicture(id="network-picture")
        yield Static("", id="network-person")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.load()

    # -- data ----------------------------------------------------------------------------------------
    @property
    def network_store(self):
        from quez.storage.network import NetworkStore

        return NetworkStore(self.app.services.store)

    def load(self) -> None:
        from quez.network.model import build_network

        network = attempt(self, build_network, self.app.services.store, self.client_code)
        if network is FAILED:
            return
        self.network = network
        ids = [p.group_id for p in network.persons]
        if self.selected not in ids:
            self.selected = ids[0] if ids else None
        self._show_title(network)
        picture = self.query_one(NetworkPicture)
        picture.selected = self.selected
        picture.network = network
        self._show_person()

    def _show_title(self, net: Network) -> None:
        from quez.network.model import LAYOUT_LABELS

        who = net.client_code + (f" ({net.client_label})" if net.client_label else "")
        self.query_one("#network-title", Static).update(
            display_safe(f"Netwerkkaart · {who} · {LAYOUT_LABELS[net.layout]}"))

    def redraw(self) -> None:
        """Show a change made in place (no new summary: a key answers at once)."""
        picture = self.query_one(NetworkPicture)
        picture.selected = self.selected
        picture.network = self.network
        self._show_person()

    @property
    def client_id(self) -> int:
        assert self.network is not None, "a person is chosen only in a network that was read"
        return self.network.client_id

    def current(self):
        return self.network.person(self.selected) if self.network and self.selected else None

    def _show_person(self) -> None:
        p = self.current()
        text = person_line(self.network, p) if p else "Er kwamen (nog) geen personen ter sprake."
        self.query_one("#network-person", Static).update(display_safe(text))

    def _person_id(self, p) -> int | None:
        """The stored row of ``p`` (a person only found in the answers gets one now)."""
        from quez.storage.persons import PersonDecisions

        if p.person_id is not None:
            return p.person_id
        result = attempt(self, PersonDecisions(self.app.services.store).ensure, self.client_id,
                         p.item.ref(), confirmed=True)
        if result is FAILED:
            return None
        self.selected = f"p{result}" if self.selected == p.group_id else self.selected
        return result

    def _person_or_say(self):
        p = self.current()
        if p is None:
            self.app.notify("Er is nog niemand om te kiezen.", timeout=4)
        return p

    # -- actions -------------------------------------------------------------------------------------
    def action_select(self, step: int) -> None:
        if not self.network or not self.network.persons:
            return
        ids = [p.group_id for p in self.network.persons]
        index = (ids.index(self.selected) + step) % len(ids) if self.selected in ids else 0
        self.selected = ids[index]
        self.query_one(NetworkPicture).selected = self.selected
        self._show_person()

    def _place(self, category: str, closeness: int | None) -> None:
        from quez.storage.persons import PersonDecisions

        p = self._person_or_say()
        if p is None:
            return
        stored = p.person_id is not None
        result = attempt(self, PersonDecisions(self.app.services.store).set_place, self.client_id,
                         p.item.ref(), category, closeness)
        if result is FAILED:
            return
        if stored:
            p.category, p.closeness = category, closeness
            self.redraw()
        else:  # a person only found in the answers got a row: read the network again
            self.selected = f"p{result}"
            self.load()

    def action_sector(self, step: int) -> None:
        p = self._person_or_say()
        if p is not None:
            index = SECTOR_ORDER.index(p.category) if p.category in SECTOR_ORDER else len(SECTOR_ORDER) - 1
            self._place(SECTOR_ORDER[(index + step) % len(SECTOR_ORDER)], p.closeness)

    def action_ring(self, step: int) -> None:
        p = self._person_or_say()
        if p is not None:
            self._place(p.category, min(3, max(1, (p.closeness or 3) + step)))

    def action_support(self, kind: str) -> None:
        from quez.storage.network import SUPPORT_KINDS

        p = self._person_or_say()
        stored = p is not None and p.person_id is not None
        person_id = self._person_id(p) if p else None
        if person_id is None:
            return
        kinds = set(p.support) ^ {kind}
        if attempt(self, self.network_store.set_support, self.client_id, person_id, kinds) is FAILED:
            return
        if stored:
            p.support, p.support_chosen = tuple(k for k in SUPPORT_KINDS if k in kinds), True
            self.redraw()
        else:
            self.load()

    def action_quality(self) -> None:
        p = self._person_or_say()
        person_id = self._person_id(p) if p else None
        if person_id is None:
            return
        stored = p.item.person_id is not None  # (not just now made by _person_id)
        current = p.quality if p.quality_chosen else None
        following = QUALITY_CYCLE[(QUALITY_CYCLE.index(current) + 1) % len(QUALITY_CYCLE)]
        if attempt(self, self.network_store.set_quality, self.client_id, person_id,
                   following) is FAILED:
            return
        if stored and following is not None:
            p.quality, p.quality_chosen = following, True
            self.redraw()
        else:  # back to what the answers suggest (or a new row): read the network again
            self.load()

    def action_ties(self) -> None:
        from quez.tui.screens.ties import TiesScreen

        p = self._person_or_say()
        if p is None:
            return
        if self.network is None or len(self.network.persons) < 2:
            self.app.notify("Er is maar één persoon; een verbinding is tussen twee mensen.", timeout=4)
            return
        self.app.push_screen(TiesScreen(self.network, p.group_id), lambda _result: self.load())

    def action_layout(self) -> None:
        from quez.storage.network import LAYOUTS

        if self.network is None:
            return
        following = LAYOUTS[(LAYOUTS.index(self.network.layout) + 1) % len(LAYOUTS)]
        if attempt(self, self.network_store.set_layout, self.client_id, following) is not FAILED:
            self.network.layout = following
            self._show_title(self.network)
            self.redraw()

    def action_client_view(self) -> None:
        from quez.tui.screens.client_view import ClientViewScreen

        if self.network is not None:
            self.app.push_screen(ClientViewScreen(self.network))

    def action_plan(self) -> None:
        from quez.tui.screens.plan import PlanScreen

        if self.network is not None:
            self.app.push_screen(PlanScreen(self.network), lambda _saved: self.load())

    def action_export(self) -> None:
        from quez.tui.screens.network_export import NetworkExportScreen

        if self.network is not None:
            self.app.push_screen(NetworkExportScreen(self.network))

    def action_close(self) -> None:
        self.dismiss()
