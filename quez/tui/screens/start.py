"""Starting a conversation: which client (a pseudonymous code), which question bank."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.suggester import SuggestFromList
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from quez.textsafety import clean_for_editing, display_safe, one_line
from quez.tui.safe import FAILED, attempt, shown
from quez.tui.screens.base import QuezScreen
from quez.tui.widgets.editors import Input
from quez.tui.widgets.keys import KeyFooter
from quez.vocabulary import session_status_label
from quez.wording import local_time, plural


def bank_prompt(bank) -> Content:
    """One bank in the list: its title and what it asks of the visit; the description shows below."""
    facts = f"{plural(bank.question_count, 'vraag', 'vragen')} · ongeveer {bank.estimated_minutes} minuten"
    return Content.assemble((display_safe(bank.title), "bold"), (f" · {facts}", "dim"))


class StartScreen(QuezScreen):
    BINDINGS = [
        Binding("ctrl+n", "start", "Gesprek starten", id="start.start", priority=True),
        Binding("escape", "back", "Terug", id="start.back"),
    ]

    DEFAULT_CSS = """
    StartScreen { align-horizontal: center; }
    StartScreen .screen-title, StartScreen #start-body { width: 100%; max-width: 110; }
    StartScreen #start-body { padding: 0 2; height: 1fr; }
    StartScreen #client-row { height: auto; }
    StartScreen #client-code { width: 1fr; }
    StartScreen #client-label { width: 1fr; }
    StartScreen #client-info { color: $text-muted; height: auto; padding: 0 1; }
    StartScreen #client-info.error { color: $text-error; }
    StartScreen #banks { height: auto; max-height: 1fr; min-height: 4; border: round $primary 50%; }
    StartScreen #bank-description { height: 1fr; padding: 0 1; color: $text-muted; overflow-y: auto; }
    StartScreen #bank-info { color: $text-error; height: auto; }
    StartScreen #bank-info.-empty { display: none; }
    StartScreen #start-row { height: auto; align-horizontal: right; }
    """

    def compose(self) -> ComposeResult:
        yield Static("Nieuw gesprek", classes="screen-title")
        with Vertical(id="start-body"):
            yield Static("Cliënt", classes="section")
            with Horizontal(id="client-row"):
                yield Input(placeholder="Cliëntcode, bv. AB-17", id="client-code")
                yield Input(placeholder="Label (optioneel, bv. ‘moeder van 2’)", id="client-label")
            yield Static("Gebruik een code, geen volledige naam.", id="client-info")
            yield Static("Vragenbank", classes="section")
            yield OptionList(id="banks")
            yield Static("", id="bank-description")
            yield Static("", id="bank-info", classes="-empty")
            with Horizontal(id="start-row"):
                yield Button("Gesprek starten", id="start", variant="primary")
        yield KeyFooter()

    def on_mount(self) -> None:
        services = self.app.services
        clients = attempt(self, services.store.clients)
        if clients is not FAILED:
            codes = [c.code for c in clients]
            self.query_one("#client-code", Input).suggester = SuggestFromList(codes, case_sensitive=False)
        banks = services.banks.sorted()
        option_list = self.query_one("#banks", OptionList)
        option_list.add_options([Option(bank_prompt(bank), id=bank.id) for bank in banks])
        if banks:
            option_list.highlighted = 0
        info = []
        if not banks:
            info.append("Er zijn geen vragenbanken gevonden. Zie ‘Vragenbanken beheren’ op het beginscherm.")
        if services.banks.errors:
            unread = plural(len(services.banks.errors), "vragenbank kon", "vragenbanken konden")
            info.append(f"{unread} niet worden gelezen.")
        self._bank_info(" ".join(info))
        self.query_one("#client-code", Input).focus()

    def _bank_info(self, text: str) -> None:
        info = self.query_one("#bank-info", Static)
        info.update(text)
        info.set_class(not text, "-empty")

    @on(Input.Changed, "#client-code")
    def _code_changed(self, event: Input.Changed) -> None:
        info = self.query_one("#client-info", Static)
        info.remove_class("error")
        code = event.value.strip()
        if not code:
            info.update("Gebruik een code, geen volledige naam.")
            return
        client = attempt(self, self.app.services.store.client, code)
        if client is FAILED:
            return
        label = self.query_one("#client-label", Input)
        if client is None:
            info.update("Nieuwe cliënt.")
            return
        sessions = attempt(self, self.app.services.store.sessions, client.code) or []
        from quez.summary.count import client_person_count

        persons = attempt(self, client_person_count, self.app.services.store, client.code)
        text = (f"Bekende cliënt · {plural(len(sessions), 'eerder gesprek', 'eerdere gesprekken')}"
                + (f" · {plural(persons, 'persoon', 'personen')} genoemd" if persons is not FAILED else ""))
        waiting = next((s for s in sessions if s.status in ("parked", "in_progress")), None)
        if waiting is not None:
            from quez.conversation.visits import where_stopped

            stop = attempt(self, where_stopped, self.app.services.store, waiting)
            if stop not in (None, FAILED):
                state = session_status_label(waiting.status, heading=True)
                text += (f"\n{state} gesprek ({one_line(waiting.bank_title or waiting.bank_id, 30)}) "
                         f"gestopt bij {stop.label}: {one_line(stop.text, 60)}")
        info.update(shown(text))
        if client.label and not label.value:
            label.value = clean_for_editing(client.label)

    @on(Input.Submitted, "#client-code")
    def _code_submitted(self) -> None:
        self.query_one("#client-label", Input).focus()

    @on(Input.Submitted, "#client-label")
    def _label_submitted(self) -> None:
        self.query_one("#banks", OptionList).focus()

    @on(OptionList.OptionHighlighted, "#banks")
    def _bank_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        bank = self.app.services.banks.get(event.option.id or "")
        description = bank.bank.description if bank is not None else ""
        self.query_one("#bank-description", Static).update(shown(description))

    @on(OptionList.OptionSelected, "#banks")
    def _bank_selected(self) -> None:
        self.action_start()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_start()

    def action_back(self) -> None:
        self.dismiss()

    def action_start(self) -> None:
        services = self.app.services
        code = self.query_one("#client-code", Input).value.strip()
        label = self.query_one("#client-label", Input).value.strip()
        info = self.query_one("#client-info", Static)
        if not code:
            info.update("Vul eerst een cliëntcode in (een code, geen volledige naam).")
            info.add_class("error")
            self.query_one("#client-code", Input).focus()
            return
        option_list = self.query_one("#banks", OptionList)
        if option_list.highlighted is None:
            self._bank_info("Kies een vragenbank.")
            option_list.focus()
            return
        bank = services.banks.get(option_list.get_option_at_index(option_list.highlighted).id or "")
        if bank is None:
            return
        store = services.store
        client = attempt(self, store.client, code)
        if client is FAILED:
            return
        if client is None:
            if attempt(self, store.create_client, code, label or None) is FAILED:
                return
        elif label != (client.label or ""):
            attempt(self, store.set_client_label, code, label or None)
        from quez.conversation.visits import go_on_from

        earlier = attempt(self, go_on_from, store, code, bank) if client is not None else None
        if earlier in (None, FAILED):
            self._start(code, bank)
            return
        last, stop = earlier
        self._offer_go_on(code, bank, last, stop)

    def _offer_go_on(self, code: str, bank, last, stop) -> None:
        """The client had a conversation with this bank: go on where it stopped, or from the start."""
        from quez.tui.screens.pick import PickScreen

        state = session_status_label(last.status)
        options = [("go_on", f"Verder bij {stop.label}: {stop.text}"), ("start", "Vanaf het begin")]
        if last.status != "finished":
            which = session_status_label(last.status, before_noun=True)
            options.append(("resume", f"Het {which} gesprek van {local_time(last.started_at)} zelf voortzetten"))

        def chosen(choice: str | None) -> None:
            if choice == "resume":
                self.app.open_conversation(last.id, replace=True)
            elif choice in ("go_on", "start"):
                self._start(code, bank, stop.question_id if choice == "go_on" else None)

        self.app.push_screen(PickScreen(
            "Verder waar het vorige gesprek stopte?",
            f"Het vorige gesprek met {bank.title} ({local_time(last.started_at)}, {state}) stopte bij {stop.label}.",
            options,
        ), chosen)

    def _start(self, code: str, bank, at: str | None = None) -> None:
        store = self.app.services.store
        session = attempt(self, store.start_session, code, bank)
        if session is FAILED:
            return
        if at is not None and attempt(self, store.set_position, session.id, at) is FAILED:
            return
        self.app.open_conversation(session.id, replace=True)
