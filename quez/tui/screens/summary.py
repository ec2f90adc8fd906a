"""The summary of a session, or of all sessions of a client: who came up and what good they think.

The worker can confirm, merge, split, rename (and place) or remove persons,
and confirm or reject an opinion; every decision is stored and wins over what
the extractor found. ``e`` writes the report (Markdown, HTML or JSON).
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from quez.textsafety import display_safe, one_line
from quez.tui.format import CATEGORY_LABELS, local_time, plural
from quez.tui.safe import FAILED, attempt
from quez.tui.widgets.keys import KeyFooter
from quez.tui.widgets.network import NetworkView

CLOSENESS = {1: "heel dichtbij", 2: "dichtbij", 3: "verder weg"}


def person_label(p) -> str:
    relation = f" ({p.relation})" if p.relation and p.relation.casefold() != p.name.casefold() else ""
    mark = "✓" if p.confirmed or "worker" in p.sources else "?"
    return one_line(f"{mark} {p.name}{relation} · {p.mentions}×", 40)


def person_detail(p) -> str:
    place = [CATEGORY_LABELS.get(p.category, p.category)]
    if p.closeness in CLOSENESS:
        place.append(CLOSENESS[p.closeness])
    head = p.name + (f" — {p.relation}" if p.relation and p.relation.casefold() != p.name.casefold() else "")
    lines = [head, " · ".join(place)]
    status = "bevestigd" if p.confirmed or "worker" in p.sources else "gevonden in de antwoorden, nog niet bevestigd"
    lines.append(f"{plural(p.mentions, 'keer', 'keer')} genoemd in {plural(len(p.questions), 'vraag', 'vragen')}"
                 + (f" ({', '.join(p.phases)})" if p.phases else "") + f" · {status}")
    if p.roles:
        lines += ["", "Rol:"] + [f"  • {r}" for r in p.roles]
    if p.opinions:
        lines += ["", "Positief:"]
        for o in p.opinions:
            mark = " ✓" if o.status in ("confirmed", "added") else ""
            lines += [f"  {o.shown}{mark}", f"     ↳ {o.question_text}"]
    if p.tensions:
        lines += ["", "Spanning:"]
        for o in p.tensions:
            lines += [f"  {o.shown}", f"     ↳ {o.question_text}"]
    if len(p.keys) > 1:
        lines += ["", "Gevonden als: " + ", ".join(dict.fromkeys(p.keys.values()))]
    return display_safe("\n".join(lines))


class SummaryScreen(Screen):
    """``SummaryScreen(session_id)`` or ``SummaryScreen(client_code=CODE)`` (all sessions of a client)."""

    BINDINGS = [
        Binding("b", "confirm_person", "Bevestigen", id="summary.confirm", tooltip="Deze persoon klopt"),
        Binding("m", "merge_person", "Samenvoegen", id="summary.merge", tooltip="Is dezelfde als een ander"),
        Binding("s", "split_person", "Splitsen", id="summary.split", tooltip="Een naam hoort bij iemand anders"),
        Binding("n", "edit_person", "Naam/plaats", id="summary.edit", tooltip="Naam, relatie en plek aanpassen"),
        Binding("x,delete", "remove_person", "Verwijderen", id="summary.remove", tooltip="Is geen persoon"),
        Binding("u", "judge_opinion", "Uitspraak", id="summary.opinion",
                tooltip="Een uitspraak bevestigen of afwijzen"),
        Binding("e", "export", "Opslaan als", id="summary.export", tooltip="Markdown, HTML of JSON"),
        Binding("k", "toggle_scope", "Hele cliënt", id="summary.scope",
                tooltip="Wissel tussen dit gesprek en alle gesprekken van de cliënt"),
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
        self.summary = None

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
    @property
    def decisions(self):
        from quez.storage.persons import PersonDecisions

        return PersonDecisions(self.app.services.store)

    def load(self, keep: str | None = None) -> None:
        from quez.summary import summarise_client, summarise_session

        store = self.app.services.store
        if self.scope == "session":
            summary = attempt(self, summarise_session, store, self.session_id)
        else:
            summary = attempt(self, summarise_client, store, self.client_code or self.summary.client_code)
        if summary is FAILED:
            return
        self.summary = summary
        self.client_code = summary.client_code
        self._show(keep)

    def _show(self, keep: str | None) -> None:
        s = self.summary
        who = s.client_code + (f" ({s.client_label})" if s.client_label else "")
        if s.session is not None:
            title = "Samenvatting van dit gesprek"
            meta = f"{who} · {s.session.bank_title} · {local_time(s.session.started_at)}"
        else:
            title = "Samenvatting van alle gesprekken"
            meta = f"{who} · {plural(len(s.sessions), 'gesprek', 'gesprekken')}"
        self.query_one("#summary-title", Static).update(title)
        self.query_one("#summary-meta", Static).update(display_safe(meta))
        option_list = self.query_one("#person-list", OptionList)
        current = keep or self.current_id()
        position = option_list.highlighted or 0  # a removed person's place: the next one takes it
        option_list.clear_options()
        option_list.add_options([Option(person_label(p), id=p.group_id) for p in s.persons])
        ids = [p.group_id for p in s.persons]
        if ids:
            option_list.highlighted = ids.index(current) if current in ids else min(position, len(ids) - 1)
        self._show_detail()
        self.query_one("#network-view", NetworkView).persons = tuple(s.persons)
        self.query_one("#opinions-text", Static).update(self._opinions_text())
        self.query_one("#overview-text", Static).update(self._overview_text())

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
        text = person_detail(p) if p else "Er kwamen (nog) geen personen ter sprake in de antwoorden."
        self.query_one("#detail", Static).update(text)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "person-list":
            self._show_detail()

    def _opinions_text(self) -> str:
        s = self.summary
        lines = ["Wat anderen positief over de cliënt zeggen", ""]
        if not s.opinions:
            lines.append("Niets gevonden. Dat betekent: niet herkend in de antwoorden, niet dat het er niet is.")
        for o in s.opinions:
            lines += [f"{o.person}: {o.shown}", f"   ↳ {o.question_text}", ""]
        if s.tensions:
            lines += ["", "Spanningen", ""]
            for o in s.tensions:
                lines += [f"{o.person}: {o.shown}", f"   ↳ {o.question_text}", ""]
        return display_safe("\n".join(lines))

    def _overview_text(self) -> str:
        s = self.summary
        lines = ["Suggesties (mogelijkheden, geen opdrachten)", ""]
        lines += [f"• {t}" for t in s.suggestions] or ["Geen."]
        for title, items in (("Later op terugkomen", s.parked), ("Cliënt wilde hier (nog) niet op ingaan", s.declined)):
            lines += ["", title] + ([f"• {q.text}" for q in items] or ["Geen."])
        return display_safe("\n".join(lines))

    # -- decisions ---------------------------------------------------------------------------------------
    def _person_or_say(self):
        p = self.current()
        if p is None:
            self.app.notify("Kies eerst een persoon in de lijst.", timeout=4)
        return p

    def _decide(self, fn, *args, keep: str | None = None, message: str = "") -> None:
        result = attempt(self, fn, self.summary.client_id, *args)
        if result is FAILED:
            return
        self.load(keep=f"p{result}" if keep is None and isinstance(result, int) else keep)
        if message:
            self.app.notify(message, timeout=4)

    def action_confirm_person(self) -> None:
        p = self._person_or_say()
        if p is not None:
            self._decide(self.decisions.confirm, p.ref(), message=f"{p.name} is bevestigd.")

    def action_merge_person(self) -> None:
        from quez.tui.screens.pick import PickScreen

        p = self._person_or_say()
        if p is None:
            return
        others = [(o.group_id, person_label(o)[2:]) for o in self.summary.persons if o.group_id != p.group_id]
        if not others:
            self.app.notify("Er is geen andere persoon om mee samen te voegen.", timeout=4)
            return

        def chosen(target_id: str | None) -> None:
            target = self.summary.person(target_id) if target_id else None
            if target is not None:
                self._decide(self.decisions.merge, p.ref(), target.ref(),
                             message=f"{p.name} en {target.name} zijn samengevoegd.")

        self.app.push_screen(PickScreen(f"‘{p.name}’ samenvoegen met …",
                                        f"Kies wie ‘{p.name}’ eigenlijk is. Die persoon blijft; alles van "
                                        f"‘{p.name}’ gaat daarheen.", others), chosen)

    def action_split_person(self) -> None:
        from quez.tui.screens.pick import PickScreen

        p = self._person_or_say()
        if p is None:
            return
        if len(p.keys) < 2:
            self.app.notify(f"{p.name} is maar onder één naam gevonden; er valt niets af te splitsen.", timeout=5)
            return

        def chosen(key: str | None) -> None:
            if key:
                self._decide(self.decisions.split, p.ref(), key, keep=p.group_id,
                             message=f"‘{p.keys[key]}’ is nu een aparte persoon.")

        self.app.push_screen(PickScreen(f"Van ‘{p.name}’ afsplitsen", "Welke vermelding is iemand anders?",
                                        [(k, label) for k, label in p.keys.items()]), chosen)

    def action_edit_person(self) -> None:
        from quez.tui.screens.person_edit import PersonEditScreen

        p = self._person_or_say()
        if p is None:
            return

        def saved(values: dict | None) -> None:
            if values:
                self._decide(self.decisions.rename, p.ref(), values["name"], values["relation"],
                             values["category"], values["closeness"], message="Bewaard.")

        self.app.push_screen(PersonEditScreen(p.name, p.relation, p.category, p.closeness), saved)

    def action_remove_person(self) -> None:
        from quez.tui.screens.confirm import ConfirmScreen

        p = self._person_or_say()
        if p is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._decide(self.decisions.remove, p.ref(), keep="", message=f"{p.name} is weggehaald.")

        self.app.push_screen(ConfirmScreen(f"‘{p.name}’ weghalen?",
                                           "Deze persoon wordt niet meer getoond, ook niet als de naam later weer "
                                           "in een antwoord staat. De antwoorden zelf blijven zoals ze zijn.",
                                           yes="Weghalen", no="Laten staan"), answered)

    def action_judge_opinion(self) -> None:
        from quez.tui.screens.pick import PickScreen

        p = self._person_or_say()
        if p is None:
            return
        items = p.opinions + p.tensions + p.others
        if not items:
            self.app.notify(f"Bij {p.name} is geen uitspraak gevonden.", timeout=4)
            return

        def verdict(index: str | None) -> None:
            if index is None:
                return
            item = items[int(index)]

            def judged(status: str | None) -> None:
                if not status:
                    return
                person_id = attempt(self, self.decisions.ensure, self.summary.client_id, p.ref(), confirmed=True)
                if person_id is FAILED:
                    return
                if attempt(self, self.decisions.set_verdict, self.summary.client_id, item.session_id,
                           item.question_id, item.quote, status, person_id=person_id, text=item.text,
                           kind=item.kind, stance=item.stance) is FAILED:
                    return
                self.load(keep=f"p{person_id}")

            self.app.push_screen(PickScreen("Klopt deze uitspraak?", item.quote or item.text,
                                            [("confirmed", "Klopt: bevestigen"),
                                             ("rejected", "Klopt niet: weghalen uit de samenvatting")]), judged)

        options = [(str(i), f"{'+' if o.kind == 'positive' else '−'} {o.shown}") for i, o in enumerate(items)]
        self.app.push_screen(PickScreen(f"Uitspraken van {p.name}", "Kies een uitspraak.", options), verdict)

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
            from quez.report import write_report

            fmt, path = result
            if attempt(self, write_report, self.summary, fmt, path) is FAILED:
                return
            self.query_one("#export-info", Static).update(display_safe(f"Opgeslagen: {path}"))
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

    def action_close(self) -> None:
        self.dismiss()
