"""Storage round trips on real SQLite files."""

from __future__ import annotations

import sqlite3

import pytest

from quez.storage.db import StoreError
from quez.storage.store import Store


def test_pragmas_for_durability(store):
    conn = store.db.conn
    assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert conn.execute("pragma synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("pragma foreign_keys").fetchone()[0] == 1
    assert conn.execute("pragma busy_timeout").fetchone()[0] >= 1000


def test_schema_tables_and_migration_record(store):
    tables = set(store.db.table_names())
    assert {"clients", "sessions", "answers", "persons", "mentions", "_sqlite_migrations"} <= tables
    names = [r["name"] for r in store.db.query("select name from _sqlite_migrations order by id")]
    assert names[0] == "m001_initial"


def test_session_round_trip(store, sample_bank):
    session = store.start_session("GZ-014", sample_bank)
    assert session.client_code == "GZ-014"
    assert session.bank_id == "proefbank" and session.bank_version == "1.0"
    assert session.status == "in_progress"
    assert session.current_question == "wie-snapt"

    store.record_answer(session.id, "wie-snapt", text="Mijn zus Karin", phase_id="begin")
    store.record_answer(session.id, "hoe-gaat-het", status="declined")
    store.record_answer(session.id, "hoe-zwaar", value="4")
    store.record_answer(session.id, "soort-hulp", status="parked")
    store.record_answer(session.id, "eerder-gevraagd", status="skipped")
    store.set_note(session.id, "wie-snapt", "Werd stil bij deze vraag")
    store.set_position(session.id, "soort-hulp", elapsed_seconds=321)

    data = store.load_session(session.id)
    assert data.client.code == "GZ-014"
    assert {q: a.status for q, a in data.answers.items()} == {
        "wie-snapt": "answered",
        "hoe-gaat-het": "declined",
        "hoe-zwaar": "answered",
        "soort-hulp": "parked",
        "eerder-gevraagd": "skipped",
    }
    assert data.answers["wie-snapt"].text == "Mijn zus Karin"
    assert data.answers["wie-snapt"].note == "Werd stil bij deze vraag"
    assert data.answers["hoe-zwaar"].value == "4"
    assert data.session.current_question == "soort-hulp"
    assert data.session.elapsed_seconds == 321
    # the bank snapshot is the bank as it was
    assert data.bank().model_dump() == sample_bank.model_dump()


def test_changing_an_answer_replaces_it(store, sample_bank):
    session = store.start_session("A1", sample_bank)
    store.record_answer(session.id, "hoe-gaat-het", text="slecht")
    store.record_answer(session.id, "hoe-gaat-het", text="wisselend")
    answers = store.answers(session.id)
    assert [(a.question_id, a.text) for a in answers] == [("hoe-gaat-het", "wisselend")]


def test_drafts_keep_final_status(store, sample_bank):
    session = store.start_session("A1", sample_bank)
    store.save_draft(session.id, "hoe-gaat-het", "Het gaat")
    assert store.answer(session.id, "hoe-gaat-het").status == "draft"
    store.record_answer(session.id, "hoe-gaat-het", text="Het gaat wel")
    store.save_draft(session.id, "hoe-gaat-het", "Het gaat wel, eigenlijk")
    answer = store.answer(session.id, "hoe-gaat-het")
    assert (answer.status, answer.text) == ("answered", "Het gaat wel, eigenlijk")


def test_answers_survive_reopening_and_another_connection(db_path, sample_bank):
    with Store(db_path) as first:
        session = first.start_session("K-7", sample_bank)
        first.record_answer(session.id, "hoe-gaat-het", text="Beter dan vorige week")
        # visible to a second, independent connection at once (committed)
        other = sqlite3.connect(db_path)
        assert other.execute("select text from answers").fetchall() == [("Beter dan vorige week",)]
        other.close()
    with Store(db_path) as again:
        assert again.answer(session.id, "hoe-gaat-het").text == "Beter dan vorige week"
        assert again.sessions(client_code="K-7")[0].id == session.id


def test_session_status_and_listing(store, sample_bank):
    first = store.start_session("A1", sample_bank)
    second = store.start_session("B2", sample_bank)
    store.park_session(first.id, elapsed_seconds=60)
    store.finish_session(second.id)
    assert store.session(first.id).status == "parked"
    finished = store.session(second.id)
    assert finished.status == "finished" and finished.ended_at
    assert [s.id for s in store.unfinished_sessions()] == [first.id]
    assert [s.id for s in store.sessions(statuses=["finished"])] == [second.id]
    store.resume_session(first.id)
    assert store.session(first.id).status == "in_progress"


def test_clients(store):
    created = store.create_client("MW-22", "mevrouw J.")
    assert created.display == "MW-22 (mevrouw J.)"
    with pytest.raises(StoreError, match="al een cliënt"):
        store.create_client("MW-22")
    with pytest.raises(StoreError, match="cliëntcode"):
        store.create_client("   ")
    assert store.get_or_create_client("MW-22").id == created.id
    assert [c.code for c in store.clients()] == ["MW-22"]


def test_persons_and_mentions(store, sample_bank):
    session = store.start_session("A1", sample_bank)
    client_id = session.client_id
    els = store.add_person(client_id, "Els", "tante", category="family")
    store.add_mention(els.id, session.id, "wie-snapt", quote="Els snapt het")
    assert store.find_person(client_id, "els").id == els.id
    assert [m.quote for m in store.mentions(session.id, "wie-snapt")] == ["Els snapt het"]
    store.update_person(els.id, removed=1)
    assert store.persons(client_id) == []
    assert store.persons(client_id, include_removed=True)[0].removed is True
    with pytest.raises(StoreError):
        store.add_person(client_id, "  ")


def test_foreign_keys_enforced(store):
    with pytest.raises(StoreError):
        store.record_answer(999, "x", text="wees")


def test_unknown_session_is_a_clear_error(store):
    with pytest.raises(StoreError, match="Gesprek 42 bestaat niet"):
        store.session(42)


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"dit is geen database" * 100)
    with pytest.raises(StoreError, match="geen \\(leesbare\\) QueZ-database"):
        Store(path)
    assert path.read_bytes() == b"dit is geen database" * 100


def test_database_from_newer_version_is_refused_unchanged(db_path):
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at) values ('quez', 'm999_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="nieuwere versie"):
        Store(db_path)
    assert db_path.read_bytes() == before


def test_database_file_is_private(db_path):
    Store(db_path).close()
    assert db_path.stat().st_mode & 0o077 == 0
    assert db_path.parent.stat().st_mode & 0o077 == 0
