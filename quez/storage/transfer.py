"""The rows an import merges into: found by their stable identity, added or updated, in one transaction.

:mod:`quez.portability.importer` decides what to merge (the newer row wins,
nothing is added twice); this module is where it is read and written.
Everything happens inside :func:`merging`: one write transaction, so on any
problem (or a dry run, which raises to leave) nothing changes. Values are
given by column name; the tables' own ids are what the methods return.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

    from quez.storage.store import Store


@dataclass(frozen=True)
class Stamp:
    """A row here: its id and when it was last changed (``updated_at``, else ``created_at``)."""

    id: int
    updated_at: str | None


@dataclass(frozen=True)
class PersonStamp:
    id: int
    client_id: int
    updated_at: str | None


@dataclass(frozen=True)
class ClientKey:
    id: int
    code: str


# -- before the transaction: where each client of the file goes ----------------------------


def client_by_uuid(store: Store, uuid: str) -> ClientKey | None:
    rows = store._query("select id, code from clients where uuid = ?", [uuid])
    return ClientKey(rows[0]["id"], rows[0]["code"]) if rows else None


def session_owner(store: Store, session_uuid: str) -> str | None:
    """The code of the client a session (by uuid) belongs to here; ``None``: not here."""
    rows = store._query("select c.code from sessions s join clients c on c.id = s.client_id where s.uuid = ?",
                        [session_uuid])
    return rows[0]["code"] if rows else None


@contextmanager
def merging(store: Store) -> Iterator[ImportRows]:
    """One write transaction for a whole import: committed at the end, rolled back on any exception."""
    with store._write() as db:
        yield ImportRows(db)


class ImportRows:
    """The tables as an import sees them, inside :func:`merging`."""

    def __init__(self, db: Database):
        self._db, self._conn = db, db.conn

    def _rows(self, sql: str, params: Iterable[Any]) -> list[dict[str, Any]]:
        return list(self._db.query(sql, list(params)))

    def _stamp(self, sql: str, params: Iterable[Any]) -> Stamp | None:
        """The one row ``sql`` finds (selecting ``id, updated_at``), if any."""
        rows = self._rows(sql, params)
        return Stamp(rows[0]["id"], rows[0]["updated_at"]) if rows else None

    def _insert(self, table: str, values: Mapping[str, Any]) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self._conn.execute(f"insert into {table} ({columns}) values ({marks})", list(values.values()))
        row_id = cursor.lastrowid
        assert row_id is not None, "an insert always gives a rowid"
        return row_id

    def _update(self, table: str, row_id: int, values: Mapping[str, Any]) -> None:
        assignments = ", ".join(f"{column} = ?" for column in values)
        self._conn.execute(f"update {table} set {assignments} where id = ?", [*values.values(), row_id])

    def _insert_new(self, sql: str, params: Iterable[Any]) -> bool:
        """An ``insert or ignore``: whether the row was new."""
        return bool(self._conn.execute(sql, list(params)).rowcount)

    # -- clients, persons, sessions ----------------------------------------------------------
    def add_client(self, values: Mapping[str, Any]) -> int:
        return self._insert("clients", values)

    def fill_client_label(self, client_id: int, label: str) -> None:
        """Give the client this label if it has none here (a label given here stays)."""
        self._conn.execute("update clients set label = ? where id = ? and label is null", [label, client_id])

    def person(self, uuid: str) -> PersonStamp | None:
        rows = self._rows("select id, client_id, updated_at from persons where uuid = ?", [uuid])
        return PersonStamp(rows[0]["id"], rows[0]["client_id"], rows[0]["updated_at"]) if rows else None

    def add_person(self, values: Mapping[str, Any]) -> int:
        return self._insert("persons", values)

    def update_person(self, person_id: int, values: Mapping[str, Any]) -> None:
        self._update("persons", person_id, values)

    def session(self, uuid: str) -> Stamp | None:
        return self._stamp("select id, updated_at from sessions where uuid = ?", [uuid])

    def add_session(self, values: Mapping[str, Any]) -> int:
        return self._insert("sessions", values)

    def update_session(self, session_id: int, values: Mapping[str, Any]) -> None:
        self._update("sessions", session_id, values)

    # -- what was said in a session ----------------------------------------------------------------
    def answers(self, session_id: int) -> dict[str, Stamp]:
        """Question id -> the answer here."""
        rows = self._rows("select question_id, id, updated_at, created_at from answers where session_id = ?",
                          [session_id])
        return {r["question_id"]: Stamp(r["id"], r["updated_at"] or r["created_at"]) for r in rows}

    def add_answer(self, values: Mapping[str, Any]) -> int:
        return self._insert("answers", values)

    def update_answer(self, answer_id: int, values: Mapping[str, Any]) -> None:
        self._update("answers", answer_id, values)

    def mention_uuids(self, session_id: int) -> set[str]:
        return {r["uuid"] for r in self._rows("select uuid from mentions where session_id = ?", [session_id])}

    def add_mention(self, values: Mapping[str, Any]) -> int:
        return self._insert("mentions", values)

    def note_uuids(self, session_id: int) -> set[str]:
        return {r["uuid"] for r in self._rows("select uuid from session_notes where session_id = ?", [session_id])}

    def add_note(self, values: Mapping[str, Any]) -> int:
        return self._insert("session_notes", values)

    # -- the worker's decisions about persons -------------------------------------------------------
    def set_merged_into(self, person_id: int, merged_into: int | None) -> None:
        self._conn.execute("update persons set merged_into = ? where id = ?", [merged_into, person_id])

    def keep_apart(self, client_id: int, a: str, b: str, created_at: str) -> bool:
        """Whether the pair was new here."""
        return self._insert_new("insert or ignore into person_distinct (client_id, a, b, created_at) "
                                "values (?, ?, ?, ?)", [client_id, a, b, created_at])

    def add_alias(self, client_id: int, person_id: int, key: str, created_at: str | None) -> bool:
        """Tie ``key`` to the person unless it is tied to someone here already; whether it was new."""
        return self._insert_new(
            "insert or ignore into person_aliases (client_id, person_id, key, created_at) values (?, ?, ?, ?)",
            [client_id, person_id, key, created_at])

    def opinion(self, session_id: int, question_id: str | None, quote: str, person_id: int | None,
                person_key: str | None) -> Stamp | None:
        """The verdict here on the same opinion: same answer, quote and person."""
        return self._stamp(
            "select id, updated_at from opinions where session_id = ? and question_id = ? and quote = ? "
            "and coalesce(person_id, -1) = coalesce(?, -1) and coalesce(person_key, '') = coalesce(?, '')",
            [session_id, question_id, quote, person_id, person_key])

    def add_opinion(self, values: Mapping[str, Any]) -> int:
        return self._insert("opinions", values)

    def update_opinion(self, opinion_id: int, values: Mapping[str, Any]) -> None:
        self._update("opinions", opinion_id, values)

    def add_split(self, client_id: int, session_id: int, question_id: str | None, key: str, person_id: int,
                  created_at: str) -> bool:
        """A person split off by answer, unless one is there already for that answer and name; whether it was new."""
        return self._insert_new(
            "insert or ignore into person_splits (client_id, session_id, question_id, key, person_id, created_at) "
            "values (?, ?, ?, ?, ?, ?)", [client_id, session_id, question_id, key, person_id, created_at])

    # -- the network -------------------------------------------------------------------------------
    def network_person(self, client_id: int, person_id: int) -> Stamp | None:
        return self._stamp("select id, updated_at from network_persons where client_id = ? and person_id = ?",
                           [client_id, person_id])

    def add_network_person(self, client_id: int, person_id: int, support: str | None, quality: str | None,
                           created_at: str, updated_at: str | None) -> None:
        self._conn.execute("insert into network_persons (client_id, person_id, support, quality, created_at, "
                           "updated_at) values (?, ?, ?, ?, ?, ?)",
                           [client_id, person_id, support, quality, created_at, updated_at])

    def update_network_person(self, row_id: int, support: str | None, quality: str | None,
                              updated_at: str | None) -> None:
        self._conn.execute("update network_persons set support = ?, quality = ?, updated_at = ? where id = ?",
                           [support, quality, updated_at, row_id])

    def tie(self, client_id: int, a: int, b: int) -> Stamp | None:
        return self._stamp("select id, updated_at from network_ties where client_id = ? and person_a = ? "
                           "and person_b = ?", [client_id, a, b])

    def add_tie(self, client_id: int, a: int, b: int, quality: str | None, created_at: str,
                updated_at: str | None) -> None:
        self._conn.execute("insert into network_ties (client_id, person_a, person_b, quality, created_at, "
                           "updated_at) values (?, ?, ?, ?, ?, ?)", [client_id, a, b, quality, created_at, updated_at])

    def update_tie(self, row_id: int, quality: str | None, updated_at: str | None) -> None:
        self._conn.execute("update network_ties set quality = ?, updated_at = ? where id = ?",
                           [quality, updated_at, row_id])

    def plan(self, client_id: int) -> Stamp | None:
        return self._stamp("select id, updated_at from network_plans where client_id = ?", [client_id])

    def add_plan(self, client_id: int, values: Mapping[str, Any]) -> None:
        self._insert("network_plans", {**values, "client_id": client_id})

    def update_plan(self, row_id: int, values: Mapping[str, Any]) -> None:
        self._update("network_plans", row_id, values)

    def replace_plan_persons(self, client_id: int, involve: Iterable[tuple[int, str]], updated_at: str | None) -> None:
        """The persons the plan involves, ``(person id, what they could do)`` in order, instead of those here."""
        self._conn.execute("delete from network_plan_persons where client_id = ?", [client_id])
        for position, (person_id, could_do) in enumerate(involve):
            self._conn.execute("insert into network_plan_persons (client_id, person_id, could_do, position, "
                               "updated_at) values (?, ?, ?, ?, ?)",
                               [client_id, person_id, could_do, position, updated_at])
