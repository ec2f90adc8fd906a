"""Review queries: clients and their past sessions, filtered, searched and paged.

Every list is one page (``LIMIT``/``OFFSET``) plus one ``count(*)``; the
per-session numbers (answers, persons named) are computed only for the rows
of the page, by correlated sub-queries on indexed columns, so opening the
review stays fast with thousands of sessions (no N+1 queries).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

from quez.storage.search import SearchHit, first_hits, fts_query, matching_sessions_sql

if TYPE_CHECKING:
    from quez.storage.store import Store

T = TypeVar("T")
DEFAULT_PAGE_SIZE = 50


@dataclass(frozen=True)
class ReviewFilter:
    """What the worker narrowed the review down to; empty fields filter nothing."""

    client: str | None = None  # part of a client code or label (case-insensitive)
    client_code: str | None = None  # exactly this client
    status: str | None = None  # in_progress | parked | finished
    bank_id: str | None = None
    text: str | None = None  # full-text search over answers and notes

    @property
    def is_empty(self) -> bool:
        return not (self.client or self.client_code or self.status or self.bank_id or fts_query(self.text))


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    total: int
    offset: int
    limit: int

    @property
    def number(self) -> int:
        """1-based page number."""
        return self.offset // self.limit + 1 if self.limit else 1

    @property
    def count(self) -> int:
        """Number of pages (at least 1)."""
        return max(1, -(-self.total // self.limit)) if self.limit else 1

    @property
    def has_next(self) -> bool:
        return self.offset + len(self.rows) < self.total


@dataclass(frozen=True)
class SessionRow:
    id: int
    uuid: str | None
    client_id: int
    client_code: str
    client_label: str | None
    bank_id: str
    bank_title: str | None
    bank_version: str
    status: str
    current_question: str | None
    started_at: str
    updated_at: str | None
    ended_at: str | None
    answer_count: int
    persons_named: int
    parked_count: int
    declined_count: int
    later_notes: int
    match: SearchHit | None = None


@dataclass(frozen=True)
class ClientRow:
    id: int
    code: str
    label: str | None
    created_at: str
    session_count: int
    last_session: str | None
    open_sessions: int  # parked or interrupted
    persons: int  # persons on record (not removed)
    extra: dict = field(default_factory=dict, compare=False)


def _where(flt: ReviewFilter) -> tuple[str, list]:
    where: list[str] = []
    params: list = []
    if flt.client_code:
        where.append("c.code = ?")
        params.append(flt.client_code)
    if flt.client and flt.client.strip():
        like = f"%{flt.client.strip()}%"
        where.append("(c.code like ? or coalesce(c.label, '') like ?)")
        params.extend([like, like])
    if flt.status:
        where.append("s.status = ?")
        params.append(flt.status)
    if flt.bank_id:
        where.append("s.bank_id = ?")
        params.append(flt.bank_id)
    match = fts_query(flt.text)
    if match:
        sql, more = matching_sessions_sql(match)
        where.append(f"s.id in ({sql})")
        params.extend(more)
    return (" where " + " and ".join(where)) if where else "", params


_SESSION_COLUMNS = """
s.id, s.uuid, s.client_id, c.code as client_code, c.label as client_label, s.bank_id, s.bank_title,
s.bank_version, s.status, s.current_question, s.started_at, s.updated_at, s.ended_at,
(select count(*) from answers a where a.session_id = s.id and a.status = 'answered') as answer_count,
(select count(distinct m.person_id) from mentions m join persons p on p.id = m.person_id
  where m.session_id = s.id and p.removed = 0) as persons_named,
(select count(*) from answers a where a.session_id = s.id and a.status = 'parked') as parked_count,
(select count(*) from answers a where a.session_id = s.id and a.status = 'declined') as declined_count,
(select count(*) from session_notes n where n.session_id = s.id and n.added_later = 1) as later_notes
"""


def list_sessions(
    store: Store, flt: ReviewFilter | None = None, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0
) -> Page[SessionRow]:
    """One page of sessions matching ``flt``, newest first.

    With a text filter each row carries its best :class:`SearchHit` in
    ``match`` (one extra query for the whole page).
    """
    flt = flt or ReviewFilter()
    limit, offset = max(1, int(limit)), max(0, int(offset))
    where, params = _where(flt)
    base = "from sessions s join clients c on c.id = s.client_id" + where
    total = store._query("select count(*) as n " + base, params)[0]["n"]
    sql = (
        f"with page as (select s.id {base} order by s.started_at desc, s.id desc limit ? offset ?) "
        f"select {_SESSION_COLUMNS} from page join sessions s on s.id = page.id "
        "join clients c on c.id = s.client_id order by s.started_at desc, s.id desc"
    )
    rows = store._query(sql, [*params, limit, offset])
    hits = first_hits(store, flt.text or "", [r["id"] for r in rows]) if fts_query(flt.text) and rows else {}
    return Page(
        rows=[SessionRow(**r, match=hits.get(r["id"])) for r in rows], total=total, offset=offset, limit=limit
    )


ClientOrder = Literal["recent", "code"]


def list_clients(
    store: Store,
    flt: ReviewFilter | None = None,
    *,
    limit: int = DEFAULT_PAGE_SIZE,
    offset: int = 0,
    order: ClientOrder = "recent",
) -> Page[ClientRow]:
    """One page of clients; session filters (status, bank, text) keep clients with such a session."""
    flt = flt or ReviewFilter()
    limit, offset = max(1, int(limit)), max(0, int(offset))
    client_where, client_params = _where(ReviewFilter(client=flt.client, client_code=flt.client_code))
    session_filter = ReviewFilter(status=flt.status, bank_id=flt.bank_id, text=flt.text)
    if not session_filter.is_empty:
        swhere, sparams = _where(session_filter)
        cond = f"c.id in (select s.client_id from sessions s join clients c on c.id = s.client_id{swhere})"
        client_where = (client_where + " and " if client_where else " where ") + cond
        client_params = [*client_params, *sparams]
    total = store._query("select count(*) as n from clients c" + client_where, client_params)[0]["n"]
    order_by = "last_session desc, c.code collate nocase" if order == "recent" else "c.code collate nocase"
    sql = f"""
    with page as (
      select c.id, (select max(s.started_at) from sessions s where s.client_id = c.id) as last_session
      from clients c{client_where}
      order by {order_by} limit ? offset ?
    )
    select c.id, c.code, c.label, c.created_at, page.last_session,
      (select count(*) from sessions s where s.client_id = c.id) as session_count,
      (select count(*) from sessions s where s.client_id = c.id and s.status in ('parked', 'in_progress'))
        as open_sessions,
      (select count(*) from persons p where p.client_id = c.id and p.removed = 0) as persons
    from page join clients c on c.id = page.id
    order by {order_by}
    """
    rows = store._query(sql, [*client_params, limit, offset])
    return Page(rows=[ClientRow(**r) for r in rows], total=total, offset=offset, limit=limit)


def session_row(store: Store, session_id: int) -> SessionRow | None:
    """The review row of one session (same numbers as in the list)."""
    rows = store._query(
        f"select {_SESSION_COLUMNS} from sessions s join clients c on c.id = s.client_id where s.id = ?",
        [session_id],
    )
    return SessionRow(**rows[0]) if rows else None


def banks_in_use(store: Store) -> list[tuple[str, str]]:
    """(bank id, latest title) of every bank a session used, for the bank filter."""
    rows = store._query(
        "select bank_id, bank_title from sessions where id in "
        "(select max(id) from sessions group by bank_id) order by bank_title collate nocase"
    )
    return [(r["bank_id"], r["bank_title"] or r["bank_id"]) for r in rows]
