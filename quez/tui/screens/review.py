"""Looking back: every client and session, filtered, searched, paged as you scroll.

Only one page (50 rows) is read at a time; scrolling near the end of the
list reads the next one. The persons column shows the number of persons in
that session's (or client's) summary, which also counts persons found in the
answers: the number the summary, the session and ``quez info`` show. It is
filled in one row at a time between keys ("…" until then).
Enter opens a session read-only (or, on a client, that client's sessions);
``t`` shows the client's timeline; ``v`` continues a parked or interrupted
session (a finished one after asking: it is recorded as reopened); ``o``
exports the client's sessions (JSON to carry to another laptop or hand a
case over, CSV for a spreadsheet).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import DataTable, Select, Static

from quez.textsafety import display_safe
from quez.tui.safe import FAILED, attempt, shown, shown_line
from quez.tui.screens.base import QuezScreen
from quez.tui.widgets.editors import Input
from quez.tui.widgets.keys import KeyFooter
from quez.tui.widgets.review_table import ReviewTable
from quez.vocabulary import session_status_choices
from quez.wording import plural

PAGE_SIZE = 50
STATUS_CHOICES = session_status_choices()
SEARCH_DELAY = 0.3
COUNT_DELAY = 0.01  # between two rows' person counts: keys are handled in between


class ReviewScreen(QuezScreen):
    """``ReviewScreen()``: all sessions (or all clients) with filters and full-text search."""

    BINDINGS = [
        Binding("escape", "close", "Terug", id="review.close"),
        Binding("slash", "focus_search", "Zoeken", id="review.search"),
        Binding("c", "toggle_mode", "Per cliënt", id="review.mode",
                tooltip="Wissel tussen een lijst van cliënten en een lijst van gesprekken"),
        Binding("t", "timeline", "Tijdlijn", id="review.timeline",
                tooltip="Hoe het netwerk van deze cliënt veranderde over de gesprekken"),
        Binding("v", "continue_session", "Verder", id="review.continue",
                tooltip="Een gesprek voortzetten (een afgerond gesprek wordt heropend)"),
        Binding("o", "export_client", "Exporteren", id="review.export",
                tooltip="Alle gesprekken van deze cliënt opslaan: JSON voor een andere laptop of een overdracht, "
                        "CSV voor een spreadsheet"),
        Binding("w", "network", "Netwerk", id="review.network",
                tooltip="Netwerkkaart van deze cliënt: steun, wie wie kent, de volgende stap; "
                        "opslaan als brief, plan, GraphML of CSV (x)"),
        Binding("x", "clear_filters", "Filters wissen", id="review.clear"),
    ]

    DEFAULT_CSS = """
    ReviewScreen #review-search { margin: 1 2 0 2; width: 1fr; }
    ReviewScreen #review-filters { height: auto; padding: 0 2; margin-top: 1; }
    ReviewScreen #review-client { width: 1fr; margin-right: 2; }
    ReviewScreen #review-status { width: 20; margin-right: 2; }
    ReviewScreen #review-bank { width: 1fr; }
    ReviewScreen.-narrow #review-client { margin-right: 1; }
    ReviewScreen.-narrow #review-status { margin-right: 1; }
    ReviewScreen #review-count { color: $text-muted; padding: 0 2; height: 1; }
    ReviewScreen #review-table { margin: 0 1; }
    ReviewScreen #review-empty { padding: 1 2; color: $text-muted; height: auto; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.mode = "sessions"
        self.client_code: str | None = None  # set by choosing a client in the clients list
        self.page = None
        self._timer: Timer | None = None
        self._to_count: list[str] = []  # row keys whose persons column still shows the stored count
        self._count_timer: Timer | None = None
        self._first_resume = True  # the first "resume" is the screen being shown: on_mount loaded it

    def compose(self) -> ComposeResult:
        yield Static("Eerdere gesprekken", classes="screen-title", id="review-title")
        yield Input(placeholder="Zoeken in antwoorden en notities…  (/)", id="review-search", compact=True)
        with Horizontal(id="review-filters"):
            yield Input(placeholder="Cliëntcode of omschrijving", id="review-client", compact=True)
            yield Select(STATUS_CHOICES, prompt="Alle statussen", id="review-status", compact=True)
            yield Select([], prompt="Alle vragenbanken", id="review-bank", compact=True)
        yield Static("", id="review-count")
        yield ReviewTable(id="review-table")
        yield Static("", id="review-empty")
        yield KeyFooter()

    def _update_count(self) -> None:
        """The count line, with a sign when the list has more rows than the screen shows."""
        table = self.query_one(ReviewTable)
        visible = table.visible_rows()
        more = "  ↓ meer in de lijst" if 0 < visible < table.row_count else ""
        self.query_one("#review-count", Static).update(shown(getattr(self, "_count_text", "") + more))

    def on_review_table_resized(self, event: ReviewTable.Resized) -> None:
        event.stop()
        self._update_count()

    def on_resize(self) -> None:
        narrow = self.size.width < 76
        self.set_class(narrow, "-narrow")
        self.query_one("#review-client", Input).placeholder = "Cliënt" if narrow else "Cliëntcode of omschrijving"
        self.query_one("#review-bank", Select).prompt = "Alle banken" if narrow else "Alle vragenbanken"
        self.call_after_refresh(self._update_count)

    def on_mount(self) -> None:
        from quez.storage.review import banks_in_use

        banks = attempt(self, banks_in_use, self.app.services.store)
        if banks is not FAILED:
            options = [(shown_line(title, 60), bank_id) for bank_id, title in banks]  # data: safe, never markup
            self.query_one("#review-bank", Select).set_options(options)
        self.reload()
        self.query_one(ReviewTable).focus()

    def on_screen_resume(self) -> None:
        if self._first_resume:
            self._first_resume = False
        elif self.page is not None:  # back from a session or the timeline: notes or statuses may have changed
            self.reload(keep_cursor=True)

    # -- filters ------------------------------------------------------------------------
    def current_filter(self):
        from quez.storage.review import ReviewFilter

        status_select = self.query_one("#review-status", Select)
        bank_select = self.query_one("#review-bank", Select)
        status = None if status_select.is_blank() else str(status_select.value)
        bank = None if bank_select.is_blank() else str(bank_select.value)
        return ReviewFilter(
            client=self.query_one("#review-client", Input).value.strip() or None,
            client_code=self.client_code,
            status=status,
            bank_id=bank,
            text=self.query_one("#review-search", Input).value.strip() or None,
        )

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SEARCH_DELAY, self.reload)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self.reload()
        self.query_one(ReviewTable).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        if self.page is not None:
            self.reload()

    # -- loading pages ----------------------------------------------------------------------
    def _fetch(self, offset: int):
        from quez.storage.review import list_clients, list_sessions

        store, flt = self.app.services.store, self.current_filter()
        if self.mode == "clients":
            return attempt(self, list_clients, store, flt, limit=PAGE_SIZE, offset=offset)
        return attempt(self, list_sessions, store, flt, limit=PAGE_SIZE, offset=offset)

    def reload(self, keep_cursor: bool = False) -> None:
        table = self.query_one(ReviewTable)
        row = table.cursor_row if keep_cursor else 0
        page = self._fetch(0)
        if page is FAILED:
            return
        self.page = page
        self._show(page, append=False)
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))

    def _show(self, page, append: bool) -> None:
        table = self.query_one(ReviewTable)
        flt = self.current_filter()
        if self.mode == "clients":
            table.show_clients(page.rows, append=append)
        else:
            table.show_sessions(page.rows, searching=bool(flt.text), append=append)
        self._queue_person_counts(page.rows, searching=bool(flt.text), append=append)
        listed = table.row_count
        nouns = ("cliënt", "cliënten") if self.mode == "clients" else ("gesprek", "gesprekken")
        count = plural(page.total, *nouns) if listed >= page.total else \
            f"{listed} van {page.total} {nouns[1]} (scroll voor meer)"
        if self.client_code:
            count += f" · alleen {self.client_code}"
        self._count_text = count
        self._update_count()
        empty = self.query_one("#review-empty", Static)
        empty.display = page.total == 0
        if page.total == 0:
            empty.update("Geen gesprekken gevonden met deze filters." if not flt.is_empty
                         else "Er zijn nog geen gesprekken.")
        title = "Cliënten" if self.mode == "clients" else "Eerdere gesprekken"
        self.query_one("#review-title", Static).update(title)

    def _queue_person_counts(self, rows, *, searching: bool, append: bool) -> None:
        if not append:
            self._to_count.clear()
        if self.mode == "clients":
            self._to_count.extend(f"c:{r.code}" for r in rows)
        elif not searching:
            self._to_count.extend(f"s:{r.id}" for r in rows)
        if self._to_count and self._count_timer is None:
            self._count_timer = self.set_timer(COUNT_DELAY, self._count_next)

    def _count_next(self) -> None:
        """One row's persons from its summary (extractions are cached, so mostly a few ms), then the next."""
        from quez.summary import client_person_count, session_person_count

        self._count_timer = None
        if not self._to_count:
            return
        key = self._to_count.pop(0)
        kind, _, value = key.partition(":")
        store = self.app.services.store
        try:
            count = client_person_count(store, value) if kind == "c" else session_person_count(store, int(value))
        except Exception as exc:  # noqa: BLE001 -- the cell keeps saying "…"; never a traceback
            getattr(self.app, "errors", []).append(exc)
        else:
            self.query_one(ReviewTable).set_persons(key, count)
        if self._to_count:
            self._count_timer = self.set_timer(COUNT_DELAY, self._count_next)

    def load_more(self) -> bool:
        """Read the next page onto the end of the list; False when everything is shown."""
        if self.page is None or not self.page.has_next:
            return False
        page = self._fetch(self.page.offset + self.page.limit)
        if page is FAILED:
            return False
        self.page = page
        self._show(page, append=True)
        return True

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        table = self.query_one(ReviewTable)
        if event.cursor_row >= table.row_count - 5:
            self.load_more()
        self.refresh_bindings()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        key = event.row_key.value or ""
        kind, _, value = key.partition(":")
        if kind == "c":
            self.client_code = value
            self.mode = "sessions"
            self.reload()
        elif kind == "s":
            from quez.tui.screens.past_session import PastSessionScreen

            self.app.push_screen(PastSessionScreen(int(value)))

    # -- actions ---------------------------------------------------------------------------
    def _selected(self) -> tuple[str, str] | None:
        key = self.query_one(ReviewTable).current_key
        if not key:
            return None
        kind, _, value = key.partition(":")
        return kind, value

    def _selected_session(self):
        selected = self._selected()
        if not selected or selected[0] != "s" or self.page is None:
            return None
        from quez.storage.review import session_row

        return attempt(self, session_row, self.app.services.store, int(selected[1])) or None

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "continue_session":
            selected = self._selected()
            if not selected or selected[0] != "s":
                return None
        if action in ("timeline", "export_client") and not self._selected():
            return None
        return True

    def action_focus_search(self) -> None:
        self.query_one("#review-search", Input).focus()

    def action_toggle_mode(self) -> None:
        self.mode = "clients" if self.mode == "sessions" else "sessions"
        if self.mode == "clients":
            self.client_code = None
        self.reload()
        self.query_one(ReviewTable).focus()

    def action_clear_filters(self) -> None:
        with self.prevent(Input.Changed, Select.Changed):
            for widget in self.query(Input):
                widget.value = ""
            for select in self.query(Select):
                select.clear()
        self.client_code = None
        self.reload()
        self.query_one(ReviewTable).focus()

    def _selected_client(self) -> str | None:
        """The code of the selected client, or of the client of the selected session."""
        selected = self._selected()
        if not selected:
            return None
        kind, value = selected
        if kind == "s":
            row = self._selected_session()
            return row.client_code if row else None
        return value

    def action_timeline(self) -> None:
        code = self._selected_client()
        if code is None:
            return
        from quez.tui.screens.timeline import TimelineScreen

        self.app.push_screen(TimelineScreen(code))

    def action_network(self) -> None:
        code = self._selected_client()
        if code is None:
            return
        from quez.tui.screens.network import NetworkScreen

        self.app.push_screen(NetworkScreen(code))

    def action_export_client(self) -> None:
        code = self._selected_client()
        if code is None:
            return
        from pathlib import Path

        from quez.storage import crypto
        from quez.tui.screens.export_report import ExportReportScreen

        safe_code = "".join(c if c.isalnum() or c in "-_" else "-" for c in code)
        formats = [("JSON, voor een andere laptop of een overdracht (.json)", "json"),
                   ("JSON, versleuteld met een wachtwoord, om te versturen (.json.age)", "json-age"),
                   ("CSV, voor een spreadsheet (.csv)", "csv")]
        # an encrypted database hands over encrypted by default
        if crypto.passphrase_for(self.app.services.settings.db_path) is not None:
            formats.insert(0, formats.pop(1))

        def export(fmt: str, path: Path, passphrase: str | None = None) -> None:
            from quez.portability.exporter import export_to_file

            if attempt(self, export_to_file, self.app.services.store, path, client_code=code,
                       fmt="csv" if fmt == "csv" else "json", passphrase=passphrase) is FAILED:
                return
            how = "Inlezen op de andere laptop: quez import " + path.name + ". " if fmt != "csv" else ""
            care = ("Geef het wachtwoord apart door." if passphrase
                    else "Het bestand bevat cliëntgegevens: bewaar het veilig.")
            self.app.notify(display_safe(f"Gesprekken van {code} opgeslagen in {path}. {how}{care}"), timeout=10)

        def chosen(result) -> None:
            if not result:
                return
            fmt, path = result
            if fmt != "json-age":
                export(fmt, path)
                return
            from quez.tui.screens.new_passphrase import NewPassphraseScreen

            def with_passphrase(passphrase: str | None) -> None:
                if passphrase:
                    export(fmt, path, passphrase)

            self.app.push_screen(NewPassphraseScreen(f"Wachtwoord voor {path.name}"), with_passphrase)

        suffix = ".json.age" if formats[0][1] == "json-age" else ".json"
        self.app.push_screen(ExportReportScreen(Path.home() / f"quez-export-{safe_code}{suffix}",
                                                title=f"Gesprekken van {code} exporteren", formats=formats), chosen)

    def action_continue_session(self) -> None:
        row = self._selected_session()
        if not row:
            return
        from quez.tui.screens.confirm import confirm_reopen

        confirm_reopen(self.app, row.id, row)

    def action_close(self) -> None:
        if self.client_code and self.mode == "sessions":
            self.client_code = None  # first back to everyone
            self.reload()
            return
        self.dismiss()
