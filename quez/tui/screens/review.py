"""Past conversations per client (simple placeholder until the review screen lands)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quez.tui.format import SESSION_STATUS_LABELS, local_time
from quez.tui.safe import FAILED, attempt
from quez.tui.widgets.keys import KeyFooter
from quez.tui.widgets.progress import format_elapsed


class ReviewScreen(Screen):
    """Every session, grouped by client; Enter opens the summary (read-only)."""

    BINDINGS = [Binding("escape", "close", "Terug", id="review.close")]

    DEFAULT_CSS = """
    ReviewScreen #sessions { height: 1fr; margin: 1 2; border: round $primary 50%; }
    ReviewScreen #review-empty { padding: 1 2; color: $text-muted; }
    """

    def compose(self) -> ComposeResult:
        yield Static("Eerdere gesprekken", classes="screen-title")
        yield OptionList(id="sessions")
        yield Static("", id="review-empty")
        yield KeyFooter()

    def on_mount(self) -> None:
        store = self.app.services.store
        clients = attempt(self, store.clients)
        if clients is FAILED:
            return
        options: list[Option | None] = []
        for client in clients:
            sessions = attempt(self, store.sessions, client.code) or []
            if not sessions:
                continue
            options.append(Option(client.display, disabled=True))
            for s in sessions:
                status = SESSION_STATUS_LABELS.get(s.status, s.status)
                options.append(
                    Option(
                        f"   {local_time(s.started_at)} · {s.bank_title} · {status} · {format_elapsed(s.elapsed_seconds)}",
                        id=str(s.id),
                    )
                )
        option_list = self.query_one(OptionList)
        option_list.add_options(options)
        if not options:
            option_list.display = False
            self.query_one("#review-empty", Static).update("Er zijn nog geen gesprekken.")
        else:
            option_list.highlighted = 1  # the newest session of the first client
            option_list.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.app.show_summary(int(event.option.id))

    def action_close(self) -> None:
        self.dismiss()
