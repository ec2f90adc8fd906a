"""Undo for the worker's decisions in the summary.

Before a decision, the client's rows in the tables decisions touch are read;
after it, what changed is stored in ``summary_decisions`` as it was before
(rows changed or deleted: their old values; rows added: their ids). Undo
restores the last decision's rows in one transaction and forgets it. A client
has a few dozen persons and decisions, so reading them whole stays cheap.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from quez.storage.db import now

#: the tables a decision may change, and how to select one client's rows (``:cid``)
JOURNALED: dict[str, str] = {
    "persons": "client_id = :cid",
    "person_aliases": "client_id = :cid",
    "opinions": "client_id = :cid",
    "person_splits": "client_id = :cid",
    "person_distinct": "client_id = :cid",
    "mentions": "session_id in (select id from sessions where client_id = :cid)",
}
#: what each decision is called when it is undone ("Ongedaan gemaakt: samenvoegen")
ACTION_LABELS: dict[str, str] = {
    "confirm": "bevestigen",
    "rename": "naam en plaats aanpassen",
    "set_place": "plaats aanpassen",
    "remove": "weghalen",
    "merge": "samenvoegen",
    "split": "splitsen",
    "split_answer": "splitsen",
    "judge": "uitspraak beoordelen",
    "move_opinion": "uitspraak verplaatsen",
    "add_opinion": "uitspraak toevoegen",
    "set_verdict": "uitspraak beoordelen",
    "keep_apart": "apart houden",
}

Rows = dict[str, dict[int, dict[str, Any]]]


def snapshot(store, client_id: int) -> Rows:
    return {table: {r["id"]: r for r in store._query(f"select * from {table} where {cond}".replace(":cid", "?"),
                                                      [client_id])}
            for table, cond in JOURNALED.items()}


def difference(before: Rows, after: Rows) -> dict[str, dict[str, list]]:
    """Per table: ``restore`` (rows as they were, changed or deleted) and ``delete`` (ids of new rows)."""
    out: dict[str, dict[str, list]] = {}
    for table, old in before.items():
        new = after.get(table, {})
        restore = [row for row_id, row in old.items() if new.get(row_id) != row]
        delete = [row_id for row_id in new if row_id not in old]
        if restore or delete:
            out[table] = {"restore": restore, "delete": delete}
    return out


def journaled(action: str) -> Callable:
    """Decorate a ``PersonDecisions`` method ``(self, client_id, ...)``: its changes can be undone.

    Nested decisions (``confirm`` calls ``ensure``) are one step."""

    def wrap(fn: Callable) -> Callable:
        @wraps(fn)
        def inner(self, client_id: int, *args, **kwargs):
            if getattr(self, "_journal_depth", 0):
                return fn(self, client_id, *args, **kwargs)
            before = snapshot(self.store, client_id)
            self._journal_depth = 1
            try:
                return fn(self, client_id, *args, **kwargs)
            finally:
                self._journal_depth = 0
                record(self.store, client_id, action, before)

        return inner

    return wrap


def record(store, client_id: int, action: str, before: Rows) -> None:
    changes = difference(before, snapshot(store, client_id))
    if not changes:
        return
    with store._write() as db:
        db["summary_decisions"].insert({
            "client_id": client_id, "action": action, "label": ACTION_LABELS.get(action, action),
            "before": json.dumps(changes, ensure_ascii=False, separators=(",", ":")), "created_at": now(),
        })


def undo_last(store, client_id: int) -> str | None:
    """Revert the client's last decision; its label, or None when there is nothing to undo."""
    rows = store._query("select * from summary_decisions where client_id = ? order by id desc limit 1", [client_id])
    if not rows:
        return None
    changes = json.loads(rows[0]["before"])
    with store._write() as db:
        conn = db.conn
        for table in JOURNALED:  # rows as they were first (persons before what points at them) ...
            for row in changes.get(table, {}).get("restore", ()):
                _put_back(conn, table, row)
        for table in reversed(JOURNALED):  # ... then what the decision added (what points at a person first)
            for row_id in changes.get(table, {}).get("delete", ()):
                conn.execute(f"delete from {table} where id = ?", [row_id])
        conn.execute("delete from summary_decisions where id = ?", [rows[0]["id"]])
    return rows[0]["label"] or rows[0]["action"]


def _put_back(conn, table: str, row: dict[str, Any]) -> None:
    columns = [c for c in row if c != "id"]
    if conn.execute(f"select 1 from {table} where id = ?", [row["id"]]).fetchone():
        sets = ", ".join(f"{c} = ?" for c in columns)
        conn.execute(f"update {table} set {sets} where id = ?", [row[c] for c in columns] + [row["id"]])
    else:
        names = ["id", *columns]
        conn.execute(f"insert into {table} ({', '.join(names)}) values ({', '.join('?' for _ in names)})",
                     [row[c] for c in names])
