"""Whole rows for the export: every column of a client's data as stored, by name.

The export (:mod:`quez.portability.exporter`) turns these into the file's
records; the rows (the ``Stored*`` records of :mod:`quez.storage.records`) are
exactly what is in the tables (flags as the integers they are stored as), so
nothing is lost or added on the way out.
Lists of ids may be empty: the result is then empty too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quez.storage.notes import SessionNote, notes_in
from quez.storage.records import (
    Answer,
    KeptApart,
    StoredAlias,
    StoredClient,
    StoredMention,
    StoredNetworkPerson,
    StoredOpinion,
    StoredPerson,
    StoredPlan,
    StoredPlanPerson,
    StoredSession,
    StoredSplit,
    StoredTie,
    record,
)

if TYPE_CHECKING:
    from quez.storage.store import Store


def _marks(ids: Sequence[int]) -> str:
    return "(" + ", ".join("?" for _ in ids) + ")"


class ExportRows:
    """``ExportRows(store)``: the rows an export is made of (a handful of queries, no N+1)."""

    def __init__(self, store: Store):
        self.store = store

    def _rows(self, cls, sql: str, params: Sequence = ()) -> list:
        return [record(cls, r) for r in self.store._query(sql, list(params))]

    # -- clients and sessions --------------------------------------------------------------
    def clients(self) -> list[StoredClient]:
        """Every client, by code."""
        return self._rows(StoredClient, "select * from clients order by code")

    def client(self, code: str) -> StoredClient | None:
        found = self._rows(StoredClient, "select * from clients where code = ?", [code])
        return found[0] if found else None

    def client_by_id(self, client_id: int) -> StoredClient | None:
        found = self._rows(StoredClient, "select * from clients where id = ?", [client_id])
        return found[0] if found else None

    def session(self, session_id: int) -> StoredSession | None:
        found = self._rows(StoredSession, "select * from sessions where id = ?", [session_id])
        return found[0] if found else None

    def sessions(self, client_id: int | None = None) -> list[StoredSession]:
        """The client's sessions (``None``: everyone's), oldest first."""
        if client_id is None:
            return self._rows(StoredSession, "select * from sessions order by started_at, id")
        return self._rows(StoredSession, "select * from sessions where client_id = ? order by started_at, id",
                          [client_id])

    def _of(self, cls, table: str, owner: str, ids: Sequence[int], order: str = "id") -> list:
        """Every row of ``table`` whose ``owner`` column (session or client) is one of ``ids``."""
        return self._rows(cls, f"select * from {table} where {owner} in {_marks(ids)} order by {order}", ids)

    # -- what was said in sessions, in the order it was stored -----------------------------------
    def answers(self, session_ids: Sequence[int]) -> list[Answer]:
        return self._of(Answer, "answers", "session_id", session_ids)

    def mentions(self, session_ids: Sequence[int]) -> list[StoredMention]:
        return self._of(StoredMention, "mentions", "session_id", session_ids)

    def notes(self, session_ids: Sequence[int]) -> list[SessionNote]:
        return notes_in(self.store, session_ids, as_stored=True)

    def opinions(self, session_ids: Sequence[int]) -> list[StoredOpinion]:
        return self._of(StoredOpinion, "opinions", "session_id", session_ids)

    def splits(self, session_ids: Sequence[int]) -> list[StoredSplit]:
        return self._of(StoredSplit, "person_splits", "session_id", session_ids)

    # -- the clients' persons and the worker's decisions about them ----------------------------------
    def persons(self, client_ids: Sequence[int]) -> list[StoredPerson]:
        """Every person row, removed and merged ones too, as added."""
        return self._of(StoredPerson, "persons", "client_id", client_ids)

    def aliases(self, client_ids: Sequence[int]) -> list[StoredAlias]:
        return self._of(StoredAlias, "person_aliases", "client_id", client_ids)

    def kept_apart(self, client_ids: Sequence[int]) -> list[KeptApart]:
        return self._of(KeptApart, "person_distinct", "client_id", client_ids)

    # -- the clients' networks ---------------------------------------------------------------------------
    def network_persons(self, client_ids: Sequence[int]) -> list[StoredNetworkPerson]:
        return self._of(StoredNetworkPerson, "network_persons", "client_id", client_ids)

    def ties(self, client_ids: Sequence[int]) -> list[StoredTie]:
        return self._of(StoredTie, "network_ties", "client_id", client_ids)

    def plan_persons(self, client_ids: Sequence[int]) -> list[StoredPlanPerson]:
        """In the plan's order."""
        return self._of(StoredPlanPerson, "network_plan_persons", "client_id", client_ids, "position, id")

    def plans(self, client_ids: Sequence[int]) -> list[StoredPlan]:
        return self._of(StoredPlan, "network_plans", "client_id", client_ids)
