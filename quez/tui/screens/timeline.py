"""A client's timeline: who came up in which session, and what good they think of the client."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from quez.textsafety import display_safe, one_line
from quez.tui.safe import FAILED, attempt, shown, shown_rich
from quez.tui.screens.base import QuezScreen
from quez.tui.widgets.keys import KeyFooter
from quez.vocabulary import session_status_label
from quez.wording import local_time, plural

if TYPE_CHECKING:
    from quez.summary.timeline import Timeline

TREND_STYLE = {"nieuw": "bold", "terugkerend": "", "stil geworden": "italic", "eenmalig": "", "niet gevraagd": "dim"}


class TimelineScreen(QuezScreen):
    """``TimelineScreen(client_code)``: the network across sessions, oldest session first."""

    BINDINGS = [
        Binding("escape", "close", "Terug", id="timeline.close"),
        Binding("enter", "open_session", "Gesprek openen", id="timeline.open", show=False),
    ]

    DEFAULT_CSS = """
    TimelineScreen #timeline-meta { color: $text-muted; padding: 0 2; height: auto; }
    TimelineScreen #timeline-body { height: 1fr; padding: 0 2; }
    TimelineScreen #timeline-grid { height: auto; max-height: 14; margin: 1 0 0 0; }
    TimelineScreen #timeline-more { color: $text-muted; height: 1; }
    TimelineScreen .section { text-style: bold; color: $text-primary; padding-top: 1; }
    TimelineScreen .change { padding-left: 2; }
    TimelineScreen .opinion { padding-left: 4; }
    TimelineScreen .muted { color: $text-muted; padding-left: 2; }
    """

    def __init__(self, client_code: str) -> None:
        super().__init__()
        self.client_code = client_code
        self.timeline: Timeline | None = None

    def compose(self) -> ComposeResult:
        yield Static(shown(f"Tijdlijn van {one_line(self.client_code, 40)}"), classes="screen-title")
        yield Static("", id="timeline-meta")
        with VerticalScroll(id="timeline-body"):
            yield DataTable(id="timeline-grid", cursor_type="row", zebra_stripes=True)
            yield Static("", id="timeline-more", markup=False)
        yield KeyFooter()

    async def on_mount(self) -> None:
        from quez.summary.timeline import client_timeline

        timeline = attempt(self, client_timeline, self.app.services.store, self.client_code)
        if timeline is FAILED:
            return
        self.timeline = timeline
        entries = timeline.entries
        self.query_one("#timeline-meta", Static).update(
            f"{plural(len(entries), 'gesprek', 'gesprekken')} · "
            f"{plural(len(timeline.persons), 'persoon', 'personen')} genoemd · "
            f"{plural(len(timeline.opinions), 'positieve mening', 'positieve meningen')} verzameld"
        )
        grid = self.query_one("#timeline-grid", DataTable)
        grid.add_column("Persoon", key="person")
        for i in range(1, len(entries) + 1):
            grid.add_column(f"G{i}", key=f"g{i}")
        grid.add_column("Verloop", key="trend")
        for person in timeline.persons:
            relation = person.relation or ""
            if relation.casefold() == person.name.casefold():
                relation = ""
            name = display_safe(person.name) + (f" ({display_safe(relation)})" if relation else "")
            marks = ["●" if i in person.sessions else "·" for i in range(len(entries))]
            trend = timeline.trend(person)
            grid.add_row(shown_rich(one_line(name, 28)), *marks, Text(trend, style=TREND_STYLE.get(trend, "")),
                         key=person.key)
        grid.display = bool(timeline.persons)
        body = self.query_one("#timeline-body", VerticalScroll)
        await body.mount_all(self._entries(timeline))
        grid.focus()
        self.call_after_refresh(self._update_more)

    def on_resize(self) -> None:
        self.call_after_refresh(self._update_more)

    def _update_more(self) -> None:
        """A sign under the persons table when it has more rows than it shows."""
        if not self.is_attached:
            return
        grid = self.query_one("#timeline-grid", DataTable)
        shown = grid.scrollable_content_region.height - grid.header_height
        hidden = grid.row_count - shown if grid.display and shown > 0 else 0
        self.query_one("#timeline-more", Static).update(
            f"↓ nog {plural(hidden, 'persoon', 'personen')}: ↓ in de tabel" if hidden > 0 else "")

    def _entries(self, timeline) -> list[Static]:
        out: list[Static] = []

        def add(text: str, classes: str) -> None:
            out.append(Static(shown(text), classes=classes))

        if not timeline.entries:
            add("Nog geen gesprekken met deze cliënt.", "muted")
        if timeline.entries and not timeline.persons:
            add("In de gesprekken is (nog) niemand genoemd.", "muted")
        for i, entry in enumerate(timeline.entries, start=1):
            s = entry.session
            status = session_status_label(s.status)
            add(f"G{i} · {local_time(s.started_at)} · {one_line(s.bank_title or '', 40)} · {status}", "section")
            changes = [
                ("Nieuw genoemd", entry.new),
                ("Weer genoemd", entry.recurring),
                ("Niet meer genoemd", entry.quiet),
            ]
            named = False
            for label, names in changes:
                if names:
                    add(f"{label}: {display_safe(', '.join(names))}", "change")
                    named = True
            if not named:
                add("Niemand genoemd in dit gesprek.", "muted")
            for opinion in entry.opinions:
                who = display_safe(opinion.person) if opinion.person else "Iemand"
                if opinion.explicit:
                    add(f"{who} {opinion.label}: “{one_line(opinion.text, 200)}”", "opinion")
                else:  # named for an opinion question: the question says what it means
                    add(f"{who} {opinion.label} (genoemd bij: {one_line(opinion.question, 80)})", "opinion")
        if timeline.plan:
            add("Volgende stap", "section")
            for line in timeline.plan:
                add(one_line(line, 200), "change")
        return out

    def action_open_session(self) -> None:
        """Enter on a person: open the last session they were named in."""
        if self.timeline is None or not self.timeline.persons:
            return
        grid = self.query_one("#timeline-grid", DataTable)
        person = self.timeline.persons[min(grid.cursor_row, len(self.timeline.persons) - 1)]
        if not person.sessions:
            self.app.notify(f"{display_safe(person.name)} is in geen gesprek genoemd.", timeout=4)
            return
        from quez.tui.screens.past_session import PastSessionScreen

        self.app.push_screen(PastSessionScreen(self.timeline.entries[person.last].session.id))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_session()

    def action_close(self) -> None:
        self.dismiss()
