"""The first screen: start, continue, look back, manage banks.

Painted before the store and the banks are loaded; they load in a thread
right after, and an interrupted conversation is offered for resuming.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quez.tui.safe import shown
from quez.tui.screens.base import QuezScreen
from quez.tui.widgets.keys import KeyFooter
from quez.vocabulary import SessionStatus, session_status_label
from quez.wording import plural

if TYPE_CHECKING:
    from quez.storage.records import SessionInfo


def _home_relative(path: Path) -> str:
    """``~/.local/share/quez/quez.db``: the database location, short enough to read."""
    try:
        return "~/" + str(path.resolve().relative_to(Path.home().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)

MENU = (
    ("new", "Nieuw gesprek"),
    ("continue", "Verder met een gesprek"),
    ("review", "Eerdere gesprekken bekijken"),
    ("banks", "Vragenbanken beheren"),
    ("quit", "Afsluiten"),
)


def describe_position(store, session) -> tuple[str, str]:
    """``("AB12 · Netwerk betrekken · vraag 3 van 9 · 12 min", question text)`` for a session."""
    from quez.conversation.flow import Flow
    from quez.tui.widgets.progress import format_elapsed
    from quez.wording import local_time

    data = store.load_session(session.id)
    bank = data.bank()
    where, question = "", ""
    if bank is not None:
        flow = Flow(bank, data.answers.values())
        index = flow.resume_index(session.current_question, data.answers)
        progress = flow.progress(index)
        where = f" · vraag {progress.question_no} van {progress.question_count}"
        question = flow.steps[index].text
    line = (
        f"{data.client.display} · {session.bank_title}\n"
        f"{where.lstrip(' ·')} · {format_elapsed(session.elapsed_seconds)} · gestart {local_time(session.started_at)}"
    )
    return line, question


class HomeScreen(QuezScreen):
    BINDINGS = [
        Binding("n", "choose('new')", "Nieuw gesprek", id="home.new"),
        Binding("v", "choose('continue')", "Verder", id="home.continue"),
        Binding("e", "choose('review')", "Eerdere gesprekken", id="home.review"),
        Binding("b", "choose('banks')", "Vragenbanken", id="home.banks"),
        Binding("q", "choose('quit')", "Afsluiten", id="home.quit"),
    ]

    DEFAULT_CSS = """
    HomeScreen { align: center middle; }
    HomeScreen #home-box { width: 60; max-width: 100%; height: auto; padding: 1 2; }
    HomeScreen #home-title { text-style: bold; color: $text-primary; }
    HomeScreen #home-tagline { color: $text-muted; padding-bottom: 1; }
    HomeScreen #menu { height: auto; border: round $primary 50%; }
    HomeScreen #home-status { color: $text-muted; padding-top: 1; height: auto; }
    HomeScreen #home-status.error { color: $text-error; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.unfinished: list[SessionInfo] = []
        self._offered_resume = False
        #: a menu key pressed while still loading: carried out once loaded
        self._pending: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="home-box"):
            yield Static("QueZ", id="home-title")
            yield Static("Gespreksleidraad voor een krachtgericht netwerkgesprek", id="home-tagline")
            yield OptionList(*(Option(label, id=key) for key, label in MENU), id="menu")
            yield Static("Even laden…", id="home-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        menu = self.query_one(OptionList)
        for key in ("new", "continue", "review", "banks"):
            menu.disable_option(key)
        menu.focus()
        self.call_after_refresh(self._start_loading)

    def _start_loading(self) -> None:
        self.run_worker(self._load, thread=True, group="load", exclusive=True, exit_on_error=False)

    # -- loading (thread) -------------------------------------------------------------
    def _load(self) -> None:
        services = self.app.services
        try:
            banks = services.banks
            store = services.store
            unfinished = store.unfinished_sessions()
            offer = None
            interrupted = [s for s in unfinished if s.status == "in_progress"]
            if interrupted:
                offer = (interrupted[0], *describe_position(store, interrupted[0]))
        except Exception as exc:  # shown on screen, never a traceback
            from quez.tui.safe import message_for

            self.app.call_from_thread(self._failed, message_for(exc))
            return
        self.app.call_from_thread(self._loaded, banks, unfinished, offer)

    def _failed(self, message: str) -> None:
        self._pending = None
        status = self.query_one("#home-status", Static)
        status.update(shown(message))  # an error can name a path or a bank: data, never markup
        status.add_class("error")

    def _loaded(self, banks, unfinished, offer) -> None:
        self.app.ready = True
        self._show_state(banks, unfinished)
        if offer is not None and not self._offered_resume:
            self._offered_resume = True
            self._offer_resume(*offer)
        elif self._pending is not None:
            self.action_choose(self._pending)
        self._pending = None

    def _show_state(self, banks, unfinished) -> None:
        self.unfinished = unfinished
        menu = self.query_one(OptionList)
        for key in ("new", "review", "banks"):
            menu.enable_option(key)
        menu.replace_option_prompt(
            "continue", f"Verder met een gesprek ({len(unfinished)})" if unfinished else "Verder met een gesprek"
        )
        if unfinished:
            menu.enable_option("continue")
        else:
            menu.disable_option("continue")
        if menu.highlighted is None or menu.get_option_at_index(menu.highlighted).id == "quit":
            menu.highlighted = 0
        parts = []
        if getattr(self.app.services.store, "read_only", False):
            parts.append("De database is alleen-lezen (zo ingesteld): terugkijken kan, opslaan niet. "
                         "Geef het bestand schrijfrechten om gesprekken te voeren.")
        if not len(banks):
            parts.append("Geen vragenbanken gevonden: zie ‘Vragenbanken beheren’.")
        if banks.errors:
            parts.append(f"{plural(len(banks.errors), 'vragenbank kon', 'vragenbanken konden')} niet worden gelezen: "
                         "zie ‘Vragenbanken beheren’.")
        status = self.query_one("#home-status", Static)
        status.remove_class("error")
        db_path = _home_relative(self.app.services.settings.db_path)
        where = f"Alles wat je invoert blijft op deze computer, in {db_path}."
        status.update(shown("\n".join(parts) or where))

    def on_screen_resume(self) -> None:
        if not self.app.ready:
            return
        from quez.tui.safe import FAILED, attempt

        unfinished = attempt(self, self.app.services.store.unfinished_sessions)
        if unfinished is not FAILED:
            self._show_state(self.app.services.banks, unfinished)

    def _offer_resume(self, session, line: str, question: str) -> None:
        from quez.tui.screens.confirm import ConfirmScreen

        body = f"{line}\n\nHet gesprek stopte bij:\n“{question}”\n\nAlle antwoorden tot nu toe zijn bewaard."

        def answered(resume: bool | None) -> None:
            if resume:
                self.app.open_conversation(session.id)
            else:
                from quez.tui.safe import attempt

                # not now: keep it under "Verder met een gesprek" without asking again
                attempt(self, self.app.services.store.park_session, session.id)
                self.on_screen_resume()

        interrupted = session_status_label(SessionStatus.IN_PROGRESS, before_noun=True)
        self.app.push_screen(
            ConfirmScreen(f"Verder met het {interrupted} gesprek?", body, yes="Verder waar het was", no="Niet nu"),
            answered,
        )

    # -- menu -----------------------------------------------------------------------------
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_choose(event.option.id or "")

    def action_choose(self, key: str) -> None:
        if key == "quit":
            self.app.exit()
            return
        if not self.app.ready:
            if not self.query_one("#home-status", Static).has_class("error"):
                self._pending = key  # pressed before the banks were loaded: not lost
            return
        if key == "new":
            from quez.tui.screens.start import StartScreen

            self.app.push_screen(StartScreen())
        elif key == "continue":
            if not self.unfinished:
                self.notify(f"Er is geen {session_status_label(SessionStatus.IN_PROGRESS)} of "
                            f"{session_status_label(SessionStatus.PARKED)} gesprek.", timeout=4)
                return
            from quez.tui.screens.unfinished import UnfinishedScreen

            self.app.push_screen(UnfinishedScreen())
        elif key == "review":
            from quez.tui.screens.review import ReviewScreen

            self.app.push_screen(ReviewScreen())
        elif key == "banks":
            from quez.tui.screens.bank_manager import BankManagerScreen

            self.app.push_screen(BankManagerScreen())
