"""Notes on a session, including notes added afterwards while reviewing.

Notes written during the conversation live on the answer (``answers.note``);
notes written later live in ``session_notes`` with ``added_later = 1`` and
are always shown as such, so nobody mistakes them for what was said at the
table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quez.storage.db import StoreError, now

if TYPE_CHECKING:
    from quez.storage.store import Store

MAX_NOTE_LENGTH = 10_000


@dataclass(frozen=True)
class SessionNote:
    id: int
    uuid: str
    session_id: int
    question_id: str | None
    text: str
    added_later: bool
    created_at: str


def _note(row: dict) -> SessionNote:
    return SessionNote(
        id=row["id"],
        uuid=row["uuid"],
        session_id=row["session_id"],
        question_id=row["question_id"],
        text=row["text"],
        added_later=bool(row["added_later"]),
        created_at=row["created_at"],
    )


def add_note(
    store: Store, session_id: int, text: str, *, question_id: str | None = None, added_later: bool = True
) -> SessionNote:
    """Add a note to a session (or to one of its questions); committed on return."""
    text = text.strip()
    if not text:
        raise StoreError("Een notitie is leeg; typ eerst iets.")
    if len(text) > MAX_NOTE_LENGTH:
        raise StoreError(f"Een notitie mag hoogstens {MAX_NOTE_LENGTH} tekens hebben.")
    store.session(session_id)  # a clear error when the session does not exist
    with store._write() as db:
        note_id = (
            db["session_notes"]
            .insert(
                {
                    "session_id": session_id,
                    "question_id": question_id,
                    "text": text,
                    "added_later": int(added_later),
                    "created_at": now(),
                }
            )
            .last_pk
        )
    return _note(store._query("select * from session_notes where id = ?", [note_id])[0])


def notes(store: Store, session_id: int) -> list[SessionNote]:
    """Every separate note of a session, oldest first."""
    rows = store._query("select * from session_notes where session_id = ? order by created_at, id", [session_id])
    return [_note(r) for r in rows]


def notes_in(store: Store, session_ids: Sequence[int], *, as_stored: bool = False) -> list[SessionNote]:
    """The separate notes of several sessions, oldest first (``as_stored``: in the order they were stored)."""
    marks = ", ".join("?" for _ in session_ids)
    order = "id" if as_stored else "created_at, id"
    rows = store._query(f"select * from session_notes where session_id in ({marks}) order by {order}",
                        list(session_ids))
    return [_note(r) for r in rows]
