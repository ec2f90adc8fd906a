"""The summary of a session, or of all sessions of a client: who came up and what good they think.

The worker can confirm, merge, split, rename (and place) or remove persons,
accept a merge offered for two spellings, confirm, reject or move an opinion
and add one; every decision is stored, wins over what the extractor found,
and the last one can be undone (``z``). ``e`` writes the report (Markdown,
HTML or JSON). The decisions are in :mod:`quez.tui.screens.summary_decisions`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from quez.textsafety import display_safe
from quez.tui.safe import FAILED, attempt, shown
from quez.tui.screens.base import QuezScreen
from quez.tui.screens.summary_decisions import SummaryDecisions
from quez.tui.summary_text import opinions_text, overview_text, person_detail, person_label
from quez.tui.widgets.keys import KeyFooter
from quez.tui.widgets.network import NetworkView
from quez.wording import local_time, plural

if TYPE_CHECKING:
    from quez.summary.model import Summary

__all__ = ["SummaryScreen", "person_label"]


class SummaryScreen(SummaryDecisions, QuezScreen):
    """``SummaryScreen(session_id)`` or ``SummaryScreen(client_code=CODE)`` (all sessions of a client)."""

    #: on a small screen these stay in the footer (the rest are in Alle acties, Ctrl+P)
    FOOTER_ESSENTIAL = ("close", "confirm_person", "merge_person", "split_person", "edit_person", "remove_person",
                        "judge_opinion", "add_opinion", "accept_offer", "keep_apart", "undo")
    BINDINGS = [
        Binding("b", "confirm_person", "Bevestigen", id="summary.confirm", tooltip="Deze persoon klopt"),
        Binding("m", "merge_person", "Samenvoegen", id="summary.merge", tooltip="Is dezelfde als een ander"),
        Binding("s", "split_person", "Splitsen", id="summary.split",
                tooltip="Een naam of een antwoord hoort bij iemand anders"),
        Binding("n", "edit_person", "Naam/plaats", id="summary.edit", tooltip="Naam, relatie, plek aanpassen"),
        Binding("x,delete", "remove_person", "Verwijderen", id="summary.remove", tooltip="Is geen persoon"),
        Binding("u", "judge_opinion", "Uitspraak", id="summary.opinion",
                tooltip="Een uitspraak bevestigen, afwijzen of bij iemand anders zetten"),
        Binding("a", "add_opinion", "Toevoegen", id="summary.add_opinion",
                tooltip="Een uitspraak van deze persoon toevoegen die in een antwoord staat"),
        Binding("v", "accept_offer", "Voorstel", id="summary.accept_offer",
                tooltip="Twee schrijfwijzen met dezelfde relatie samenvoegen"),
        Binding("h", "keep_apart", "Apart houden", id="summary.keep_apart",
                tooltip="Twee schrijfwijzen zijn echt twee personen: niet meer voorstellen"),
        Binding("z", "undo", "Terugdraaien", id="summary.undo", tooltip="De laatste aanpassing terugdraaien"),
        Binding("e", "export", "Opslaan als", id="summary.export", tooltip="Markdown, HTML of JSON"),
        Binding("k", "toggle_scope", "Hele cliënt", id="summary.scope",
                tooltip="Wissel tussen dit gesprek en alle gesprekken van de cliënt"),
        Binding("w", "network", "Netwerkkaart", id="summary.network",
                tooltip="Steun, relaties, wie wie kent, het beeld voor de cliënt en de volgende stap"),
        Binding("c", "client_view", "Voor cliënt", id="summary.client_view",
                tooltip="Het scherm naar de cliënt draaien: haar netwerk en wat anderen goed aan haar vinden"),
        Binding("escape", "close", "Terug", id="summary.close"),
        Binding("1", "tab('persons')", "Personen", show=False, id="summary.tab_persons"),
        Binding("2", "tab('network')", "Netwerk", show=False, id="summary.tab_network"),
        Binding("3", "tab('opinions')", "Uitspraken", show=False, id="summary.tab_opinions"),
        Binding("4", "tab('overview')", "Overzicht", show=False, id="summary.tab_overview"),
    ]

    DEFAULT_CSS = """
    SummaryScreen #summary-meta { color: $text-muted; padding: 0 2; height: auto; }
    SummaryScreen TabbedContent { height: 1fr; }
    SummaryScreen TabPane { padding: 0 1; }
    SummaryScreen #person-list { width: 34; height: 1fr; border: round $primary 50%; }
    SummaryScreen #person-detail { width: 1fr; height: 1fr; padding: 0 1; }
    SummaryScreen .scroll { height: 1fr; }
    SummaryScreen #export-info { color: $text-success; padding: 0 2; height: auto; }
    """

    def __init__(self, session_id: int | None = None, client_code: str | None = None) -> None:
        super().__init__()
        self.session_id = session_id
        self.client_code = client_code
        self.scope = "session" if session_id is not None else "client"
        self.summary: Summary | None = None

    def compose(self) -> ComposeResult:
        yield Static("Samenvatting", classes="screen-title", id="summary-title")
        yield Static("", id="summary-meta")
        with TabbedContent(id="tabs", initial="persons"):
            with TabPane("[b]1[/b] Personen", id="persons"):
                with Horizontal():
                    yield OptionList(id="person-list")
                    with VerticalScroll(id="person-detail"):
                        yield Static("", id="detail")
            with TabPane("[b]2[/b] Netwerk", id="network"):
                yield NetworkView(id="network-view")
            with TabPane("[b]3[/b] Uitspraken", id="opinions"):
                with VerticalScroll(classes="scroll"):
                    yield Static("", id="opinions-text")
            with TabPane("[b]4[/b] Overzicht", id="overview"):
                with VerticalScroll(classes="scroll"):
                    yield Static("", id="overview-text")
        yield Static("", id="export-info")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.load()
        self.call_after_refresh(self._focus_pane, "persons")

    def _focus_pane(self, tab: str) -> None:
        target = {"persons": "#person-list", "network": "ContentTabs", "opinions": "#opinions .scroll",
                  "overview": "#overview .scroll"}[tab]
        self.query_one(target).focus()

    # -- data ------------------------------------------------------------------------------------------
    def load(self, keep: str | None = None) -> None:
        from quez.summary import summarise_client, summarise_session

        store = self.app.services.store
        if self.scope == "session":
            summary = attempt(self, summarise_session, store, self.session_id)
        else:
            summary = attempt(self, summarise_client, store, self.client_code or self.loaded.client_code)
        if summary is FAILED:
            return
        self.summary = summary
        self.client_code = summary.client_code
        self._show(keep)

    def _show(self, keep: str | None) -> None:
        s = self.loaded
        who = s.client_code + (f" ({s.client_label})" if s.client_label else "")
        if s.session is not None:
            title = "Samenvatting van dit gesprek"
            meta = f"{who} · {s.session.bank_title} · {local_time(s.session.started_at)}"
        else:
            title = "Samenvatting van alle gesprekken"
            meta = f"{who} · {plural(len(s.sessions), 'gesprek', 'gesprekken')}"
        self.query_one("#summary-title", Static).update(title)
        self.query_one("#summary-meta", Static).update(shown(meta))
        option_list = self.query_one("#person-list", OptionList)
        current = keep or self.current_id()
        position = option_list.highlighted or 0  # a removed person's place: the next one takes it
        option_list.clear_options()
        option_list.add_options([Option(shown(person_label(p)), id=p.group_id) for p in s.persons])
        ids = [p.group_id for p in s.persons]
        if ids:
            option_list.highlighted = ids.index(current) if current in ids else min(position, len(ids) - 1)
        self._show_detail()
        self.query_one("#network-view", NetworkView).persons = tuple(s.persons)
        self.query_one("#opinions-text", Static).update(shown(opinions_text(s)))
        self.query_one("#overview-text", Static).update(shown(overview_text(s)))

    def current_id(self) -> str | None:
        option_list = self.query_one("#person-list", OptionList)
        if option_list.highlighted is None or option_list.option_count == 0:
            return None
        return option_list.get_option_at_index(option_list.highlighted).id

    def current(self):
        gid = self.current_id()
        return self.summary.person(gid) if self.summary and gid else None

    def _show_detail(self) -> None:
        p = self.current()
        text = person_detail(p, self.loaded) if p else "Er kwamen (nog) geen personen ter sprake in de antwoorden."
        self.query_one("#detail", Static).update(shown(text))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "person-list":
            self._show_detail()

    # -- export and scope ---------------------------------------------------------------------------------
    def action_export(self) -> None:
        from quez.tui.screens.export_report import ExportReportScreen

        s = self.summary
        if s is None:
            return
        safe_code = "".join(c if c.isalnum() or c in "-_" else "-" for c in s.client_code)
        which = f"gesprek-{s.session.id}" if s.session else "alle-gesprekken"
        default = Path.home() / f"quez-samenvatting-{safe_code}-{which}.md"

        def chosen(result) -> None:
            if not result:
                return
            from quez.network.model import build_network
            from quez.report import write_report

            fmt, path = result
            # the picture as on the network map: ties, support letters, relations
            network = attempt(self, build_network, self.app.services.store, self.loaded.client_code)
            if network is FAILED or attempt(self, write_report, self.loaded, fmt, path, network) is FAILED:
                return
            self.query_one("#export-info", Static).update(shown(f"Opgeslagen: {path}"))
            self.app.notify(display_safe(f"Opgeslagen in {path}. Het bestand bevat cliëntgegevens."), timeout=8)

        self.app.push_screen(ExportReportScreen(default), chosen)

    def action_toggle_scope(self) -> None:
        if self.session_id is None:
            self.app.notify("Dit is al het overzicht van alle gesprekken van de cliënt.", timeout=4)
            return
        self.scope = "client" if self.scope == "session" else "session"
        self.load()

    def action_tab(self, tab: str) -> None:
        self.set_focus(None)  # a focused widget in the old pane would pull its tab back
        self.query_one(TabbedContent).active = tab
        self.call_after_refresh(self._focus_pane, tab)

    def action_network(self) -> None:
        from quez.tui.screens.network import NetworkScreen

        if self.summary is not None:
            self.app.push_screen(NetworkScreen(self.summary.client_code), lambda _result: self.load())

    def action_client_view(self) -> None:
        from quez.network.model import build_network
        from quez.tui.screens.client_view import ClientViewScreen

        network = attempt(self, build_network, self.app.services.store, self.summary.client_code) \
            if self.summary is not None else FAILED
        if network is not FAILED:
            self.app.push_screen(ClientViewScreen(network))

    def action_close(self) -> None:
        self.dismiss()
