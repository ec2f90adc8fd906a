"""The review list: sessions or clients as table rows (no store access here)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from quez.textsafety import one_line
from quez.vocabulary import session_status_label
from quez.wording import local_time

MARK_START, MARK_END = "\x02", "\x03"  # as in quez.storage.search (not imported: keep this light)
KIND_LABELS = {"answer": "", "note": "notitie: ", "later_note": "later toegevoegd: "}
#: the persons column until the summary has counted (the stored rows would be another number)
PENDING = "…"


def highlighted(snippet: str, prefix: str = "", limit: int = 90) -> Text:
    """A search snippet with the matched words in bold; safe to show whatever was typed."""
    text = Text(prefix, style="italic")
    plain = snippet.replace(MARK_START, "").replace(MARK_END, "")
    if len(plain) > limit:
        snippet = snippet[: limit + snippet[:limit].count(MARK_START) + snippet[:limit].count(MARK_END)] + "…"
    bold = False
    for part in snippet.replace(MARK_END, MARK_START).split(MARK_START):
        if part.strip():
            # one_line strips the ends; keep the space between a match and the words around it
            shown = (" " if part[0].isspace() else "") + one_line(part, limit) + (" " if part[-1].isspace() else "")
            text.append(shown, style="bold reverse" if bold else "")
        elif part:
            text.append(" ")
        bold = not bold
    return text


def plain(cells) -> list[Text]:
    """Table cells as Rich ``Text``: DataTable would read a plain string as markup (a label ``[/]`` crashed)."""
    return [Text(cell) if isinstance(cell, str) else cell for cell in cells]


class ReviewTable(DataTable):
    """``show_sessions(rows)`` / ``show_clients(rows)``; row keys are ``s:<id>`` or ``c:<code>``."""

    BINDINGS = [
        # in a list of rows, Home and End mean the first and the last row
        Binding("home", "scroll_top", "Eerste", id="review_table.first", show=False),
        Binding("end", "scroll_bottom", "Laatste", id="review_table.last", show=False),
    ]

    DEFAULT_CSS = """
    ReviewTable { height: 1fr; }
    """

    class Resized(Message):
        """The table got another size: the screen may say whether rows are out of view."""

    def on_resize(self) -> None:
        self.post_message(self.Resized())

    def visible_rows(self) -> int:
        """How many rows the table shows at once (0 before it is laid out)."""
        return max(0, self.scrollable_content_region.height - self.header_height)

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("cursor_type", "row")
        kwargs.setdefault("zebra_stripes", True)
        super().__init__(**kwargs)
        self.mode = "sessions"
        self.searching = False

    def _columns(self, mode: str, searching: bool) -> None:
        if (mode, searching) == (self.mode, self.searching) and self.columns:
            return
        self.clear(columns=True)
        self.mode, self.searching = mode, searching
        labels: tuple[str, ...]
        if mode == "clients":
            labels = ("Cliënt", "Omschrijving", "Gesprekken", "Laatste gesprek", "Open", "Personen")
        elif searching:
            labels = ("Datum", "Cliënt", "Status", "Gevonden")
        else:
            labels = ("Datum", "Cliënt", "Vragenbank", "Status", "Antw.", "Pers.")
        for label in labels:
            self.add_column(label, key=label)

    def show_sessions(self, rows: Iterable, *, searching: bool, append: bool = False) -> None:
        self._columns("sessions", searching)
        if not append:
            self.clear()
        for r in rows:
            date = local_time(r.started_at)
            status = session_status_label(r.status)
            client = one_line(r.client_code, 14)
            cells: tuple[str | Text, ...]
            if searching:
                match = r.match
                found = highlighted(match.snippet, KIND_LABELS.get(match.kind, "")) if match else Text("")
                cells = (date, client, status, found)
            else:
                cells = (date, client, one_line(r.bank_title or r.bank_id, 24), status, str(r.answer_count),
                         PENDING)
            self.add_row(*plain(cells), key=f"s:{r.id}")

    def show_clients(self, rows: Iterable, *, append: bool = False) -> None:
        self._columns("clients", False)
        if not append:
            self.clear()
        for c in rows:
            last = local_time(c.last_session, with_time=False) if c.last_session else "—"
            cells = (one_line(c.code, 16), one_line(c.label or "", 24), str(c.session_count), last,
                     str(c.open_sessions or ""), PENDING)
            self.add_row(*plain(cells), key=f"c:{c.code}")

    def set_persons(self, key: str, count: int) -> None:
        """Put the summary's number of persons in the row ``key`` ("s:12" or "c:AB-1"), if it is still shown."""
        column = "Personen" if self.mode == "clients" else "Pers."
        if key in self.rows and column in self.columns:
            self.update_cell(key, column, str(count))

    @property
    def current_key(self) -> str | None:
        if not self.row_count:
            return None
        try:
            return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        except Exception:
            return None
