"""The database schema as forward migrations (sqlite-utils ``Migrations``).

Never edit a migration that has shipped: add a new one at the end. Each
released schema is kept as a fixture DB in ``tests/fixtures/`` and the tests
migrate every one of them to the current schema.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("quez")


@migrations()
def m001_initial(db: Database) -> None:
    db["clients"].create(
        {"id": int, "code": str, "label": str, "created_at": str},
        pk="id",
        not_null={"code", "created_at"},
    )
    db["clients"].create_index(["code"], unique=True)

    db["sessions"].create(
        {
            "id": int,
            "client_id": int,
            "bank_id": str,
            "bank_version": str,
            "bank_title": str,
            # the bank as it was when the session started (JSON): a past
            # session reads the same after its bank is edited
            "bank_snapshot": str,
            "status": str,  # in_progress | parked | finished
            "current_question": str,
            "started_at": str,
            "updated_at": str,
            "ended_at": str,
            "elapsed_seconds": int,
        },
        pk="id",
        foreign_keys=[("client_id", "clients", "id")],
        not_null={"client_id", "bank_id", "bank_version", "status", "started_at"},
        defaults={"status": "in_progress", "elapsed_seconds": 0},
    )
    db["sessions"].create_index(["client_id", "started_at"])
    db["sessions"].create_index(["status"])

    db["persons"].create(
        {
            "id": int,
            "client_id": int,
            "name": str,
            "relation": str,
            "category": str,  # family | friends | neighbours | work_school | professionals | other
            "closeness": int,  # 1 (closest) .. 3 (further away); null when unknown
            "confirmed": int,  # 1 once the worker confirmed this person
            "removed": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("client_id", "clients", "id")],
        not_null={"client_id", "name", "created_at"},
        defaults={"confirmed": 0, "removed": 0, "category": "other"},
    )
    db["persons"].create_index(["client_id", "name"])

    db["answers"].create(
        {
            "id": int,
            "session_id": int,
            # bank question id; a follow-up is "<question>~<n>~<person id>"
            "question_id": str,
            "phase_id": str,
            "question_text": str,
            "parent_question_id": str,
            "person_id": int,
            "text": str,
            "value": str,  # scale / choice / yes-no answers
            "status": str,  # answered | skipped | declined | parked | draft
            "note": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id"), ("person_id", "persons", "id")],
        not_null={"session_id", "question_id", "status", "created_at"},
        defaults={"text": "", "note": ""},
    )
    db["answers"].create_index(["session_id", "question_id"], unique=True)

    db["mentions"].create(
        {
            "id": int,
            "person_id": int,
            "session_id": int,
            "question_id": str,
            "source": str,  # worker | text
            "quote": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[
            ("person_id", "persons", "id"),
            ("session_id", "sessions", "id"),
        ],
        not_null={"person_id", "session_id", "question_id", "source", "created_at"},
    )
    db["mentions"].create_index(["person_id"])
    db["mentions"].create_index(["session_id", "question_id"])
