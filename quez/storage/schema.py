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
    db.table("clients").create(
        {"id": int, "code": str, "label": str, "created_at": str},
        pk="id",
        not_null={"code", "created_at"},
    )
    db.table("clients").create_index(["code"], unique=True)

    db.table("sessions").create(
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
    db.table("sessions").create_index(["client_id", "started_at"])
    db.table("sessions").create_index(["status"])

    db.table("persons").create(
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
    db.table("persons").create_index(["client_id", "name"])

    db.table("answers").create(
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
    db.table("answers").create_index(["session_id", "question_id"], unique=True)

    db.table("mentions").create(
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
    db.table("mentions").create_index(["person_id"])
    db.table("mentions").create_index(["session_id", "question_id"])


# -- review, search and export/import (issue 5) -----------------------------------

#: SQL expression for a random RFC 4122 version-4 UUID, so rows get one even
#: when inserted by code that never heard of the column.
UUID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"
)
FTS_TOKENIZE = "unicode61 remove_diacritics 2"


@migrations()
def m002_review_search_transfer(db: Database) -> None:
    # A stable identity for every client, session, person and mention, so an
    # export imported twice (or on another laptop) duplicates nothing.
    for table in ("clients", "sessions", "persons", "mentions"):
        db.table(table).add_column("uuid", str)
        db.execute(f"update {table} set uuid = {UUID_SQL} where uuid is null")
        db.table(table).create_index(["uuid"], unique=True)
        db.execute(
            f"create trigger {table}_uuid after insert on {table} for each row when new.uuid is null "
            f"begin update {table} set uuid = {UUID_SQL} where id = new.id; end"
        )

    # Notes on a whole session or one question; added_later = 1 for notes
    # written while reviewing, after the conversation.
    db.table("session_notes").create(
        {
            "id": int,
            "uuid": str,
            "session_id": int,
            "question_id": str,  # null: about the session as a whole
            "text": str,
            "added_later": int,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
        not_null={"session_id", "text", "created_at"},
        defaults={"added_later": 1},
    )
    db.table("session_notes").create_index(["session_id"])
    db.table("session_notes").create_index(["uuid"], unique=True)
    db.execute(
        "create trigger session_notes_uuid after insert on session_notes for each row when new.uuid is null "
        f"begin update session_notes set uuid = {UUID_SQL} where id = new.id; end"
    )

    # Full-text search over answers and notes (kept in sync by triggers);
    # diacritics folded so "client" finds "cliënt".
    db.table("answers").enable_fts(["text", "note"], create_triggers=True, tokenize=FTS_TOKENIZE)
    db.table("session_notes").enable_fts(["text"], create_triggers=True, tokenize=FTS_TOKENIZE)

    # The review list: newest first, filtered by bank.
    db.table("sessions").create_index(["started_at"])
    db.table("sessions").create_index(["bank_id"])
    db.table("answers").create_index(["person_id"])


# -- summaries: extraction cache and the worker's decisions on persons (issue 4) ----------


@migrations()
def m003_summary_persons_opinions(db: Database) -> None:
    # A person the worker merged into another keeps its row (answers and
    # follow-up ids point to it) and points to where it went.
    db.table("persons").add_column("merged_into", int)

    # Names and descriptions the extractor finds ("n:els", "r:tante") tied to
    # a person by the worker's decision (confirm, merge, split, rename,
    # remove); the decision wins over automatic merging.
    db.table("person_aliases").create(
        {"id": int, "client_id": int, "person_id": int, "key": str, "created_at": str},
        pk="id",
        not_null={"client_id", "person_id", "key", "created_at"},
    )
    db.table("person_aliases").create_index(["client_id", "key"], unique=True)
    db.table("person_aliases").create_index(["person_id"])

    # The worker's verdict on an opinion found in an answer (confirmed or
    # rejected), or an opinion the worker added.
    db.table("opinions").create(
        {
            "id": int,
            "client_id": int,
            "session_id": int,
            "question_id": str,
            "person_id": int,
            "person_key": str,
            "quote": str,
            "text": str,
            "kind": str,  # positive | tension | negated | advice | neutral
            "stance": str,  # an elicits word: understanding, does_well, ...
            "status": str,  # confirmed | rejected | added
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"client_id", "session_id", "question_id", "status", "created_at"},
    )
    db.table("opinions").create_index(["client_id"])
    db.table("opinions").create_index(["session_id"])

    # Persons and opinions found in one answer (derived data, redone when the
    # answer or the rules change); removed with the answer.
    db.table("extractions").create(
        {"answer_id": int, "answer_updated_at": str, "version": int, "data": str},
        pk="answer_id",
    )
    db.execute(
        "create trigger answers_extractions_delete after delete on answers for each row "
        "begin delete from extractions where answer_id = old.id; end"
    )


# -- the worker's corrections in the summary (issue 12) ----------------------------------


@migrations()
def m004_summary_corrections(db: Database) -> None:
    # The worker's mark that a person is an adult (a grown-up son, a daughter of
    # 30): suggestions never propose to involve a child of the client otherwise.
    db.table("persons").add_column("adult", int, not_null_default=0)

    # "In this answer, what was found under this key is this person": a person
    # split in two by answer (two different Els's). Wins over the aliases.
    db.table("person_splits").create(
        {"id": int, "client_id": int, "session_id": int, "question_id": str, "key": str, "person_id": int,
         "created_at": str},
        pk="id",
        not_null={"client_id", "session_id", "question_id", "key", "person_id", "created_at"},
    )
    db.table("person_splits").create_index(["client_id", "session_id", "question_id", "key"], unique=True)

    # Two names the worker said are different persons ("Jaimy" and "Jaimie" are
    # two neighbours): no longer offered as one. Folded names, a < b.
    db.table("person_distinct").create(
        {"id": int, "client_id": int, "a": str, "b": str, "created_at": str},
        pk="id",
        not_null={"client_id", "a", "b", "created_at"},
    )
    db.table("person_distinct").create_index(["client_id", "a", "b"], unique=True)

    # The number of persons in a client's summary, with a fingerprint of what
    # it was counted from (derived data: recounted when anything changed), so
    # `quez info` over hundreds of clients does not summarise them all again.
    db.table("person_counts").create(
        {"client_id": int, "fingerprint": str, "persons": int},
        pk="client_id",
        not_null={"fingerprint", "persons"},
    )

    # The undo history of the worker's decisions in the summary: for each
    # decision, the rows it changed as they were before (JSON), so the last one
    # can be reverted. Holds client data (names, quotes); erased with the client.
    db.table("summary_decisions").create(
        {"id": int, "client_id": int, "action": str, "label": str, "before": str, "created_at": str},
        pk="id",
        not_null={"client_id", "action", "before", "created_at"},
    )
    db.table("summary_decisions").create_index(["client_id"])


# -- a finished conversation reopened (issue 14) -------------------------------------------


@migrations()
def m005_session_reopen(db: Database) -> None:
    # When a finished conversation was last reopened (the client remembered something at
    # the door): it reads as reopened afterwards, with its time.
    db.table("sessions").add_column("reopened_at", str)


# -- the network: support, relation quality, ties, layout, the next step (issue 16) ------------


@migrations()
def m006_network(db: Database) -> None:
    # The worker's choice of support kinds and relation quality for a person;
    # a null column means "not chosen": the picture then shows what the
    # questions and answers suggest.
    db.table("network_persons").create(
        {
            "id": int,
            "uuid": str,
            "client_id": int,
            "person_id": int,
            "support": str,  # comma-separated: practical, company, advice, emotional ("" = none)
            "quality": str,  # positive | tense | broken
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("client_id", "clients", "id"), ("person_id", "persons", "id")],
        not_null={"client_id", "person_id", "created_at"},
    )
    db.table("network_persons").create_index(["client_id", "person_id"], unique=True)
    # Who knows whom among the client's persons (person_a < person_b), and how they get on.
    db.table("network_ties").create(
        {"id": int, "uuid": str, "client_id": int, "person_a": int, "person_b": int,
         "quality": str,  # null (just: they know each other) | positive | tense | broken
         "created_at": str, "updated_at": str},
        pk="id",
        foreign_keys=[("client_id", "clients", "id")],
        not_null={"client_id", "person_a", "person_b", "created_at"},
    )
    db.table("network_ties").create_index(["client_id", "person_a", "person_b"], unique=True)
    # One row per client: the picture's layout and the next-step plan.
    db.table("network_plans").create(
        {
            "id": int,
            "uuid": str,
            "client_id": int,
            "layout": str,  # netwerkcirkel | ringen
            "first_person_id": int,  # whom the client asks first
            "first_ask": str,  # the one small thing
            "gives_back": str,  # what the client can do for others in return
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("client_id", "clients", "id")],
        not_null={"client_id", "created_at"},
    )
    db.table("network_plans").create_index(["client_id"], unique=True)
    # The persons in the plan: whom the client would like to involve and what each could do.
    db.table("network_plan_persons").create(
        {"id": int, "client_id": int, "person_id": int, "could_do": str, "position": int, "updated_at": str},
        pk="id",
        foreign_keys=[("client_id", "clients", "id"), ("person_id", "persons", "id")],
        not_null={"client_id", "person_id"},
    )
    db.table("network_plan_persons").create_index(["client_id", "person_id"], unique=True)
    for table in ("network_persons", "network_ties", "network_plans"):
        db.execute(
            f"create trigger {table}_uuid after insert on {table} for each row when new.uuid is null "
            f"begin update {table} set uuid = {UUID_SQL} where id = new.id; end"
        )
