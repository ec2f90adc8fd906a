"""The plain-Python storage API the TUI, the CLI and the tests share.

Every method that writes commits before it returns: an answer is on disk
the moment it is given.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeAlias

from quez import vocabulary
from quez.storage.db import StoreError, connect, explain, guarded, now
from quez.storage.records import Answer, Client, Mention, Person, SessionData, SessionInfo, record

__all__ = ["Store", "StoreError", "Answer", "Client", "Mention", "Person", "SessionData", "SessionInfo"]

SessionStatus: TypeAlias = vocabulary.SessionStatusName
AnswerStatus: TypeAlias = vocabulary.AnswerStatusName
SESSION_STATUSES: tuple[str, ...] = tuple(s.value for s in vocabulary.SessionStatus)
ANSWER_STATUSES: tuple[str, ...] = tuple(s.value for s in vocabulary.AnswerStatus)


_SESSION_SELECT = """
select s.id, s.client_id, c.code as client_code, s.bank_id, s.bank_version, s.bank_title,
       s.status, s.current_question, s.started_at, s.updated_at, s.ended_at, s.elapsed_seconds,
       s.reopened_at
from sessions s join clients c on c.id = s.client_id
"""


def _marks(values: list) -> str:
    return ", ".join("?" for _ in values)


class Store:
    """QueZ's data in one SQLite file."""

    def __init__(self, path: Path | str):
        from quez.storage.db import marked_read_only

        self.path = Path(path)
        #: the user made the file read-only: it is opened read-only (reading works, saving says why not)
        self.read_only = marked_read_only(self.path)
        self.db = connect(self.path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        try:
            return list(self.db.query(sql, list(params)))
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from exc

    def _write(self, wait: bool = True):
        return guarded(self.db, self.path, wait)

    # -- clients ----------------------------------------------------------------
    def clients(self) -> list[Client]:
        return [record(Client, r) for r in self._query("select * from clients order by code collate nocase")]

    def client(self, code: str) -> Client | None:
        rows = self._query("select * from clients where code = ?", [code])
        return record(Client, rows[0]) if rows else None

    def client_by_id(self, client_id: int) -> Client | None:
        rows = self._query("select * from clients where id = ?", [client_id])
        return record(Client, rows[0]) if rows else None

    def create_client(self, code: str, label: str | None = None) -> Client:
        code = code.strip()
        if not code:
            raise StoreError("Geef een cliëntcode op (bijvoorbeeld initialen en een nummer, geen volledige naam).")
        if self.client(code) is not None:
            raise StoreError(f"Er is al een cliënt met code '{code}'. Kies die cliënt of een andere code.")
        with self._write() as db:
            db["clients"].insert({"code": code, "label": (label or "").strip() or None, "created_at": now()})
        return self.client(code)  # type: ignore[return-value]

    def get_or_create_client(self, code: str, label: str | None = None) -> Client:
        return self.client(code.strip()) or self.create_client(code, label)

    def set_client_label(self, code: str, label: str | None) -> None:
        with self._write() as db:
            db.execute("update clients set label = ? where code = ?", [(label or "").strip() or None, code])

    # -- sessions ---------------------------------------------------------------
    def start_session(self, client_code: str, bank) -> SessionInfo:
        """Start a session for ``client_code`` (created if new) on ``bank``."""
        client = self.get_or_create_client(client_code)
        stamp = now()
        first = bank.questions[0].id if bank.questions else None
        with self._write() as db:
            session_id = (
                db["sessions"]
                .insert(
                    {
                        "client_id": client.id,
                        "bank_id": bank.id,
                        "bank_version": bank.version,
                        "bank_title": bank.title,
                        "bank_snapshot": bank.model_dump_json(),
                        "status": "in_progress",
                        "current_question": first,
                        "started_at": stamp,
                        "updated_at": stamp,
                        "elapsed_seconds": 0,
                    }
                )
                .last_pk
            )
        return self.session(session_id)

    def session(self, session_id: int) -> SessionInfo:
        rows = self._query(_SESSION_SELECT + " where s.id = ?", [session_id])
        if not rows:
            raise StoreError(f"Gesprek {session_id} bestaat niet in {self.path}.")
        return record(SessionInfo, rows[0])

    def sessions(
        self, client_code: str | None = None, statuses: Iterable[str] | None = None, limit: int | None = None
    ) -> list[SessionInfo]:
        where, params = [], []
        if client_code is not None:
            where.append("c.code = ?")
            params.append(client_code)
        if statuses is not None:
            statuses = list(statuses)
            where.append(f"s.status in ({', '.join('?' for _ in statuses)})")
            params.extend(statuses)
        sql = _SESSION_SELECT + (" where " + " and ".join(where) if where else "")
        sql += " order by s.started_at desc, s.id desc"
        if limit:
            sql += f" limit {int(limit)}"
        return [record(SessionInfo, r) for r in self._query(sql, params)]

    def client_of_session(self, session_id: int) -> Client | None:
        """The client a session belongs to (``None``: no such session)."""
        rows = self._query("select c.* from sessions s join clients c on c.id = s.client_id where s.id = ?",
                           [session_id])
        return record(Client, rows[0]) if rows else None

    def bank_snapshots(self, session_ids: Iterable[int]) -> dict[int, str | None]:
        """Session id -> the bank (JSON) exactly as it was when that session started."""
        ids = list(session_ids)
        rows = self._query(f"select id, bank_snapshot from sessions where id in ({_marks(ids)})", ids)
        return {r["id"]: r["bank_snapshot"] for r in rows}

    def unfinished_sessions(self) -> list[SessionInfo]:
        """Sessions that were interrupted or parked, newest activity first."""
        rows = self._query(
            _SESSION_SELECT + " where s.status in ('in_progress', 'parked') order by s.updated_at desc, s.id desc"
        )
        return [record(SessionInfo, r) for r in rows]

    def set_position(self, session_id: int, question_id: str | None, elapsed_seconds: int | None = None) -> None:
        """Remember where the session is, so it can be resumed exactly there."""
        values: dict[str, Any] = {"current_question": question_id, "updated_at": now()}
        if elapsed_seconds is not None:
            values["elapsed_seconds"] = int(elapsed_seconds)
        with self._write(wait=False) as db:  # saved again at the next move: don't keep the screen waiting
            db["sessions"].update(session_id, values)

    def set_session_status(self, session_id: int, status: SessionStatus, elapsed_seconds: int | None = None) -> None:
        if status not in SESSION_STATUSES:
            raise ValueError(f"unknown session status {status!r}")
        values: dict[str, Any] = {"status": status, "updated_at": now()}
        values["ended_at"] = now() if status == "finished" else None
        if elapsed_seconds is not None:
            values["elapsed_seconds"] = int(elapsed_seconds)
        with self._write() as db:
            db["sessions"].update(session_id, values)

    def finish_session(self, session_id: int, elapsed_seconds: int | None = None) -> None:
        self.set_session_status(session_id, "finished", elapsed_seconds)

    def park_session(self, session_id: int, elapsed_seconds: int | None = None) -> None:
        self.set_session_status(session_id, "parked", elapsed_seconds)

    def resume_session(self, session_id: int) -> None:
        self.set_session_status(session_id, "in_progress")

    def reopen_session(self, session_id: int) -> None:
        """A finished conversation goes on: in progress again, recorded as reopened (now)."""
        moment = now()
        with self._write() as db:
            db["sessions"].update(session_id, {"status": "in_progress", "ended_at": None, "updated_at": moment,
                                               "reopened_at": moment})

    # -- answers ----------------------------------------------------------------
    def record_answer(
        self,
        session_id: int,
        question_id: str,
        *,
        text: str = "",
        status: AnswerStatus = "answered",
        value: str | None = None,
        note: str | None = None,
        phase_id: str | None = None,
        question_text: str | None = None,
        parent_question_id: str | None = None,
        person_id: int | None = None,
        wait: bool = True,
    ) -> Answer:
        """Insert or replace the answer to ``question_id``; committed on return (``wait=False``: a draft,
        which waits only briefly while another program holds the database)."""
        if status not in ANSWER_STATUSES:
            raise ValueError(f"unknown answer status {status!r}")
        stamp = now()
        existing = self.answer(session_id, question_id)
        record: dict[str, Any] = {
            "session_id": session_id,
            "question_id": question_id,
            "text": text,
            "value": value,
            "status": status,
            "updated_at": stamp,
        }
        for key, val in (
            ("note", note),
            ("phase_id", phase_id),
            ("question_text", question_text),
            ("parent_question_id", parent_question_id),
            ("person_id", person_id),
        ):
            if val is not None:
                record[key] = val
        with self._write(wait) as db:
            if existing is None:
                record["created_at"] = stamp
                record.setdefault("note", "")
                db["answers"].insert(record)
            else:
                db["answers"].update(existing.id, record)
            db["sessions"].update(session_id, {"updated_at": stamp})
        return self.answer(session_id, question_id)  # type: ignore[return-value]

    def save_draft(self, session_id: int, question_id: str, text: str, **extra: Any) -> None:
        """Save text being typed; keeps an earlier final status if there is one."""
        existing = self.answer(session_id, question_id)
        status = existing.status if existing else "draft"
        self.record_answer(session_id, question_id, text=text, status=status, wait=False, **extra)

    def set_note(self, session_id: int, question_id: str, note: str) -> None:
        existing = self.answer(session_id, question_id)
        if existing is None:
            self.record_answer(session_id, question_id, status="draft", note=note)
            return
        with self._write() as db:
            db["answers"].update(existing.id, {"note": note, "updated_at": now()})

    def answer(self, session_id: int, question_id: str) -> Answer | None:
        rows = self._query(
            "select * from answers where session_id = ? and question_id = ?", [session_id, question_id]
        )
        return record(Answer, rows[0]) if rows else None

    def answers(self, session_id: int) -> list[Answer]:
        rows = self._query("select * from answers where session_id = ? order by id", [session_id])
        return [record(Answer, r) for r in rows]

    def answers_in(self, session_ids: Iterable[int]) -> list[Answer]:
        """The answers of several sessions: by session (its id), then in the order they were given."""
        ids = list(session_ids)
        rows = self._query(f"select * from answers where session_id in ({_marks(ids)}) order by session_id, id", ids)
        return [record(Answer, r) for r in rows]

    # -- persons ------------------------------------------------------------------
    def add_person(
        self,
        client_id: int,
        name: str,
        relation: str | None = None,
        category: str | None = None,
        closeness: int | None = None,
        confirmed: bool = True,
    ) -> Person:
        name = name.strip()
        if not name:
            raise StoreError("Een persoon heeft een naam of omschrijving nodig (bijvoorbeeld 'Els' of 'de buurvrouw').")
        stamp = now()
        with self._write() as db:
            person_id = (
                db["persons"]
                .insert(
                    {
                        "client_id": client_id,
                        "name": name,
                        "relation": (relation or "").strip() or None,
                        "category": category or "other",
                        "closeness": closeness,
                        "confirmed": int(confirmed),
                        "removed": 0,
                        "created_at": stamp,
                        "updated_at": stamp,
                    }
                )
                .last_pk
            )
        return self.person(person_id)

    def person(self, person_id: int) -> Person:
        rows = self._query("select * from persons where id = ?", [person_id])
        if not rows:
            raise StoreError(f"Persoon {person_id} bestaat niet.")
        return record(Person, rows[0])

    def find_person(self, client_id: int, name: str) -> Person | None:
        rows = self._query(
            "select * from persons where client_id = ? and removed = 0 and lower(name) = lower(?) order by id",
            [client_id, name.strip()],
        )
        return record(Person, rows[0]) if rows else None

    def persons(self, client_id: int, include_removed: bool = False) -> list[Person]:
        sql = "select * from persons where client_id = ?" + ("" if include_removed else " and removed = 0")
        return [record(Person, r) for r in self._query(sql + " order by name collate nocase", [client_id])]

    def all_persons(self, client_id: int) -> list[Person]:
        """Every person row of the client, removed and merged ones too: by name (case counts), then as added."""
        return [record(Person, r) for r in self._query("select * from persons where client_id = ? order by name, id",
                                                       [client_id])]

    def update_person(self, person_id: int, **values: Any) -> Person:
        allowed = {"name", "relation", "category", "closeness", "confirmed", "removed", "adult"}
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"cannot update {sorted(unknown)}")
        with self._write() as db:
            db["persons"].update(person_id, {**values, "updated_at": now()})
        return self.person(person_id)

    def add_mention(
        self, person_id: int, session_id: int, question_id: str, source: str = "worker", quote: str | None = None
    ) -> Mention:
        with self._write() as db:
            mention_id = (
                db["mentions"]
                .insert(
                    {
                        "person_id": person_id,
                        "session_id": session_id,
                        "question_id": question_id,
                        "source": source,
                        "quote": quote,
                        "created_at": now(),
                    }
                )
                .last_pk
            )
        return record(Mention, self._query("select * from mentions where id = ?", [mention_id])[0])

    def remove_mention(self, mention_id: int) -> None:
        with self._write() as db:
            db.execute("delete from mentions where id = ?", [mention_id])

    def mentions(self, session_id: int, question_id: str | None = None) -> list[Mention]:
        sql = "select * from mentions where session_id = ?"
        params: list[Any] = [session_id]
        if question_id is not None:
            sql += " and question_id = ?"
            params.append(question_id)
        return [record(Mention, r) for r in self._query(sql + " order by id", params)]

    def mentions_in(self, session_ids: Iterable[int]) -> list[Mention]:
        """The persons named in several sessions (by session and question, then as named)."""
        ids = list(session_ids)
        rows = self._query(f"select * from mentions where session_id in ({_marks(ids)}) "
                           "order by session_id, question_id, id", ids)
        return [record(Mention, r) for r in rows]

    # -- whole sessions ---------------------------------------------------------------
    def load_session(self, session_id: int) -> SessionData:
        info = self.session(session_id)
        client = self.client_by_id(info.client_id)
        snapshot = self.bank_snapshots([session_id])[session_id]
        assert client is not None
        return SessionData(
            session=info,
            client=client,
            answers={a.question_id: a for a in self.answers(session_id)},
            persons=self.persons(info.client_id),
            mentions=self.mentions(session_id),
            bank_snapshot=snapshot,
        )

    def info(self) -> dict[str, Any]:
        counts = {
            table: self._query(f"select count(*) as n from {table}")[0]["n"]
            for table in ("clients", "sessions", "answers", "persons")
        }
        return {"path": str(self.path), **counts}

