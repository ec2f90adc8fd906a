"""Conversations that were interrupted or parked, to continue where they were."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quez.textsafety import one_line
from quez.tui.safe import FAILED, attempt, shown
from quez.tui.screens.base import QuezScreen
from quez.tui.widgets.keys import KeyFooter
from quez.tui.widgets.progress import format_elapsed
from quez.vocabulary import session_status_label
from quez.wording import local_time


class UnfinishedScreen(QuezScreen):
    """Enter continues the highlighted conversation at the question where it stopped."""

    BINDINGS = [Binding("escape", "close", "Terug", id="unfinished.close")]

    DEFAULT_CSS = """
    UnfinishedScreen #unfinished { height: 1fr; margin: 1 2; border: round $primary 50%; }
    UnfinishedScreen #unfinished > .option-list--option { padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static("Verder met een gesprek", classes="screen-title")
        yield OptionList(id="unfinished")
        yield KeyFooter()

    def on_mount(self) -> None:
        sessions = attempt(self, self.app.services.store.unfinished_sessions)
        if sessions is FAILED:
            return
        from quez.conversation.visits import where_stopped

        def stopped(session) -> str:
            stop = attempt(self, where_stopped, self.app.services.store, session)
            return "" if stop in (None, FAILED) else f"\ngestopt bij {stop.label}: {one_line(stop.text, 60)}"

        option_list = self.query_one(OptionList)
        option_list.add_options(
            Option(
                shown(f"{s.client_code} · {s.bank_title} · {session_status_label(s.status)}\n"
                      f"gestart {local_time(s.started_at)} · {format_elapsed(s.elapsed_seconds)}{stopped(s)}"),
                id=str(s.id),
            )
            for s in sessions
        )
        if sessions:
            option_list.highlighted = 0
        option_list.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.app.open_conversation(int(event.option.id or 0), replace=True)

    def action_close(self) -> None:
        self.dismiss()
