"""The number of persons, the same everywhere: summary, review list, ``quez info``, start screen, timeline.

It is the number of persons in the summary (found in the answers and named by
the worker, spellings merged, the worker's decisions applied), so every view
counts with :func:`person_count` or one of the functions below. A client's
count is remembered in ``person_counts`` with a fingerprint of every row it
is counted from (and the extractor's version), and recounted when that changes.
"""

from __future__ import annotations


def person_count(summary) -> int:
    """The number of persons a summary lists: the one definition."""
    return len(summary.persons)


def session_person_count(store, session_id: int) -> int:
    from quez.summary.assemble import summarise_session

    return person_count(summarise_session(store, session_id))


#: what a client's count depends on, per table: one cheap aggregate each (a change anywhere changes it)
_FINGERPRINT = " || '|' || ".join(f"(select {what} from {source})" for what, source in (
    ("count(*) || ':' || coalesce(max(s.updated_at), '') || ':' || coalesce(max(s.id), 0)",
     "sessions s where s.client_id = :cid"),
    ("count(*) || ':' || coalesce(max(a.updated_at), '') || ':' || coalesce(sum(a.id), 0) || ':' || "
     "coalesce(sum(a.person_id), 0)", "answers a join sessions s on s.id = a.session_id where s.client_id = :cid"),
    ("count(*) || ':' || coalesce(max(updated_at), '') || ':' || coalesce(sum(id * (1 + removed)), 0) || ':' || "
     "coalesce(sum(id * confirmed), 0) || ':' || coalesce(sum(coalesce(merged_into, 0)), 0)",
     "persons where client_id = :cid"),
    ("count(*) || ':' || coalesce(sum(m.id), 0) || ':' || coalesce(sum(m.person_id), 0)",
     "mentions m join sessions s on s.id = m.session_id where s.client_id = :cid"),
    ("count(*) || ':' || coalesce(max(updated_at), '') || ':' || coalesce(sum(id), 0)",
     "opinions where client_id = :cid"),
    ("count(*) || ':' || coalesce(sum(id), 0) || ':' || coalesce(sum(person_id), 0)",
     "person_aliases where client_id = :cid"),
    ("count(*) || ':' || coalesce(sum(id), 0) || ':' || coalesce(sum(person_id), 0)",
     "person_splits where client_id = :cid"),
    ("count(*) || ':' || coalesce(sum(id), 0)", "person_distinct where client_id = :cid"),
))


def _fingerprint(store, client_id: int) -> str:
    import sqlite3

    from quez.extraction import VERSION
    from quez.storage.db import explain

    try:
        row = store.db.execute(f"select {_FINGERPRINT}", {"cid": client_id}).fetchone()
    except sqlite3.Error as exc:
        raise explain(exc, store.path) from exc
    return f"v{VERSION}|{row[0]}"


def client_person_count(store, client_code: str) -> int:
    """The count of a client's summary; remembered until anything it is counted from changes."""
    from quez.summary.assemble import summarise_client

    client = store.client(client_code)
    if client is None:
        return person_count(summarise_client(store, client_code))  # says clearly that there is no such client
    fingerprint = _fingerprint(store, client.id)
    known = store._query("select fingerprint, persons from person_counts where client_id = ?", [client.id])
    if known and known[0]["fingerprint"] == fingerprint:
        return known[0]["persons"]
    count = person_count(summarise_client(store, client_code))
    _remember(store, client.id, fingerprint, count)
    return count


def _remember(store, client_id: int, fingerprint: str, count: int) -> None:
    import sqlite3

    from quez.storage.db import StoreError

    try:
        with store._write() as db:
            db.execute("insert or replace into person_counts (client_id, fingerprint, persons) values (?, ?, ?)",
                       [client_id, fingerprint, count])
    except (StoreError, sqlite3.Error):
        pass  # read-only or busy database: the count is still right, just not remembered


def all_person_count(store) -> int:
    """Over every client: the sum of their summaries' counts (a person belongs to one client)."""
    return sum(client_person_count(store, c.code) for c in store.clients())
