"""A client's remembered person count (``person_counts``) and the fingerprint it is valid for.

The count itself is the summary's (:mod:`quez.summary.count`); here it is only
remembered, with a fingerprint of every row it is counted from, so it is
recounted when any of those rows changes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quez.storage.db import StoreError, explain

if TYPE_CHECKING:
    from quez.storage.store import Store

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
    ("coalesce(max(label), '')", "clients where id = :cid"),  # a name in the label is the client's
))


@dataclass(frozen=True)
class RememberedCount:
    fingerprint: str
    persons: int


def rows_fingerprint(store: Store, client_id: int) -> str:
    """One text that changes whenever a row the client's person count is counted from changes."""
    try:
        fingerprint = store.db.execute(f"select {_FINGERPRINT}", {"cid": client_id}).fetchone()[0]
    except sqlite3.Error as exc:
        raise explain(exc, store.path) from exc
    return fingerprint


def remembered_count(store: Store, client_id: int) -> RememberedCount | None:
    rows = store._query("select fingerprint, persons from person_counts where client_id = ?", [client_id])
    return RememberedCount(rows[0]["fingerprint"], rows[0]["persons"]) if rows else None


def remember_count(store: Store, client_id: int, fingerprint: str, persons: int) -> None:
    """Remember the count; a failure (read-only or busy database) only costs a recount later."""
    try:
        with store._write() as db:
            db.execute("insert or replace into person_counts (client_id, fingerprint, persons) values (?, ?, ?)",
                       [client_id, fingerprint, persons])
    except (StoreError, sqlite3.Error):
        pass
