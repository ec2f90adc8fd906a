"""Removing a client completely: every row, the search index, the free pages.

Which tables hold client data is *discovered*, not listed: a table belongs to
a client through a ``client_id`` column, or through a column (``session_id``,
``person_id``, ``answer_id``, ...) or foreign key that points at a table that
does. Full-text indexes over those tables are rebuilt from their content.
Tables that hold no client data are named in :data:`NOT_CLIENT_DATA`; a test
fails when a table is neither, so a new table can't silently keep a client's
words after an erase.

After the deletes the file is VACUUMed and the WAL checkpointed and truncated,
with ``secure_delete`` on, so the text is gone from the files' bytes.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from sqlite_utils import Database

from quez.storage.db import StoreError, explain, write_transaction

#: tables known to hold no client data (with the reason)
NOT_CLIENT_DATA: dict[str, str] = {
    "_sqlite_migrations": "names of applied schema steps",
    "sqlite_sequence": "autoincrement counters",
    "sqlite_stat1": "query planner statistics",
    "sqlite_stat4": "query planner statistics",
}

#: link columns by convention, for tables that don't declare foreign keys
LINK_COLUMNS = {
    "client_id": "clients",
    "session_id": "sessions",
    "person_id": "persons",
    "answer_id": "answers",
    "mention_id": "mentions",
    "note_id": "session_notes",
}

_FTS = re.compile(r"create\s+virtual\s+table\s+.*\busing\s+(fts[345])\b", re.IGNORECASE | re.DOTALL)
_CONTENT = re.compile(r"\bcontent\s*=\s*['\"\[]?([A-Za-z0-9_]+)", re.IGNORECASE)
_SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content", "_segments", "_segdir", "_stat")


@dataclass
class ErasePlan:
    """For each client-data table, the condition selecting one client's rows (``:cid``)."""

    conditions: dict[str, str] = field(default_factory=dict)
    fts: dict[str, str | None] = field(default_factory=dict)  # fts table -> its content table
    shadow: set[str] = field(default_factory=set)
    unknown: list[str] = field(default_factory=list)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def plan(db: Database) -> ErasePlan:
    """Work out which tables hold a client's data and how to select it."""
    rows = list(db.execute("select name, sql from sqlite_master where type = 'table'"))
    result = ErasePlan()
    tables: dict[str, str] = {}
    for name, sql in rows:
        if _FTS.search(sql or ""):
            content = _CONTENT.search(sql or "")
            result.fts[name] = content.group(1) if content else None
        else:
            tables[name] = sql or ""
    for fts in result.fts:
        result.shadow.update(f"{fts}{suffix}" for suffix in _SHADOW_SUFFIXES if f"{fts}{suffix}" in tables)
    if "clients" not in tables:
        raise StoreError("Deze database heeft geen tabel met cliënten; er is niets gewist.")
    conditions: dict[str, str] = {"clients": "id = :cid"}
    links: dict[str, list[tuple[str, str, str]]] = {}
    for name in tables:
        if name in result.shadow or name == "clients":
            continue
        columns = [row[1] for row in db.execute(f"pragma table_info({_quote(name)})")]
        found = [(col, LINK_COLUMNS[col], "id") for col in columns if col in LINK_COLUMNS]
        for fk in db.execute(f"pragma foreign_key_list({_quote(name)})"):
            found.append((fk[3], fk[2], fk[4] or "id"))
        links[name] = found
    changed = True
    while changed:  # follow links until every reachable table has a condition
        changed = False
        for name, found in links.items():
            if name in conditions:
                continue
            parts = [
                f"{_quote(col)} in (select {_quote(to_col)} from {_quote(target)} where {conditions[target]})"
                for col, target, to_col in found
                if target in conditions and target != name
            ]
            if parts:
                conditions[name] = " or ".join(parts)
                changed = True
    result.conditions = conditions
    result.unknown = sorted(
        name
        for name in tables
        if name not in conditions and name not in result.shadow and name not in NOT_CLIENT_DATA
    )
    return result


@dataclass
class EraseReport:
    client_code: str
    rows: dict[str, int]
    wal_truncated: bool


def _order(erase_plan: ErasePlan) -> list[str]:
    """Tables whose conditions mention others first, the tables they point at last."""
    remaining = dict(erase_plan.conditions)
    ordered: list[str] = []
    while remaining:
        for name in list(remaining):
            referenced_by_others = any(
                _quote(name) in cond for other, cond in remaining.items() if other != name
            )
            if not referenced_by_others:
                ordered.append(name)
                del remaining[name]
                break
        else:  # a cycle: fall back to any order (foreign keys are deferred)
            ordered.extend(remaining)
            break
    return ordered


def erase_client(db: Database, code: str, *, path: str = "") -> EraseReport:
    """Delete every row of client ``code``, rebuild search indexes, VACUUM, truncate the WAL."""
    erase_plan = plan(db)
    if erase_plan.unknown:
        raise StoreError(
            "Wissen geweigerd: QueZ weet niet of deze tabellen cliëntgegevens bevatten: "
            f"{', '.join(erase_plan.unknown)}. Er is niets gewist."
        )
    found = list(db.execute("select id from clients where code = ?", [code]))
    if not found:
        raise StoreError(f"Er is geen cliënt met code '{code}'. Er is niets gewist.")
    cid = found[0][0]
    counts: dict[str, int] = {}
    try:
        db.execute("PRAGMA secure_delete = ON")
        with write_transaction(db):  # the write lock first: the busy timeout is a real wait
            db.execute("PRAGMA defer_foreign_keys = ON")
            # gather every row first (later deletes would break the chains of sub-selects)
            doomed = {
                table: [row[0] for row in db.execute(f"select rowid from {_quote(table)} where {cond}", {"cid": cid})]
                for table, cond in erase_plan.conditions.items()
            }
            for table in _order(erase_plan):
                ids = doomed[table]
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    db.execute(
                        f"delete from {_quote(table)} where rowid in ({', '.join('?' for _ in chunk)})", chunk
                    )
                counts[table] = len(ids)
            for fts, content in erase_plan.fts.items():
                if content is not None:
                    # drops every trace of deleted rows from the index segments
                    db.execute(f"insert into {_quote(fts)}({_quote(fts)}) values ('rebuild')")
                else:
                    raise StoreError(f"Zoekindex {fts} heeft geen brontabel; QueZ kan die niet veilig opschonen.")
        for fts in erase_plan.fts:
            db.execute(f"insert into {_quote(fts)}({_quote(fts)}) values ('optimize')")
        db.execute("VACUUM")
        busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.Error as exc:
        raise explain(exc, path or "de database") from exc
    return EraseReport(code, counts, wal_truncated=not busy)


def holds_client(db: Database, code: str) -> bool:
    """Whether the database (the live one or a backup copy) has a client with this code."""
    return bool(list(db.execute("select 1 from clients where code = ?", [code])))


def erase_from_backup(copy: Database, code: str, *, path: str = "") -> bool:
    """Erase client ``code`` from a backup copy, if it is there; the copy stays one file (no WAL).
    Whether the client was there."""
    if not holds_client(copy, code):
        return False
    erase_client(copy, code, path=path)
    copy.execute("PRAGMA journal_mode = DELETE")
    return True

