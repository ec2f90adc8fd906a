"""``quez erase --client CODE``: every trace of a client gone, down to the file bytes."""

from __future__ import annotations

import sqlite3

import pytest
from trust_support import digest, files_of, populate, remaining_text, sample_bank

from quez.cli import main
from quez.storage import backup
from quez.storage.db import StoreError, connect
from quez.storage.erase import NOT_CLIENT_DATA, erase_client, plan
from quez.storage.search import search
from quez.storage.store import Store

GONE = "Zonnebloemveld"
KEPT = "Regenboogbrug"


def bytes_hits(db_path, needle: str) -> list[str]:
    words = {needle.encode(), needle.lower().encode(), needle.encode("utf-16-le")}
    return [p.name for p in files_of(db_path) if any(w in p.read_bytes() for w in words)]


@pytest.fixture
def two_clients(db_path):
    with Store(db_path) as store:
        populate(store, sample_bank(), "AB-1", GONE)
        populate(store, sample_bank(), "CD-2", KEPT)
        # the other client talks about the same neighbour: shared words must survive
        session = store.start_session("CD-2", sample_bank())
        store.record_answer(session.id, "hoe-gaat-het", text=f"Goed. {KEPT} helpt.")
    return db_path


def test_every_table_is_known_to_hold_client_data_or_not(db_path):
    """Fails when someone adds a table that erase would not know how to clear.

    Fix it by giving the table a client_id/session_id/person_id/answer_id
    column (or a foreign key to such a table), or, if it truly holds no
    client data, by adding it to ``NOT_CLIENT_DATA`` with the reason.
    """
    with Store(db_path) as store:
        result = plan(store.db)
        assert result.unknown == [], f"tables erase does not cover: {result.unknown}"
        for table in ("clients", "sessions", "answers", "persons", "mentions"):
            assert table in result.conditions
        tables = set(store.db.table_names())
        assert tables <= set(result.conditions) | result.shadow | set(NOT_CLIENT_DATA) | set(result.fts)


def test_erase_leaves_no_trace_in_the_file_bytes(two_clients):
    assert bytes_hits(two_clients, GONE)  # the check itself can see the text
    assert main(["--db", str(two_clients), "erase", "--client", "AB-1", "--yes"]) == 0
    assert bytes_hits(two_clients, GONE) == []
    assert bytes_hits(two_clients, KEPT)  # the other client is untouched
    with Store(two_clients) as store:
        assert store.client("AB-1") is None
        assert remaining_text(store.db, GONE) == []
        assert search(store, GONE) == []
        assert search(store, KEPT)
        kept = store.client("CD-2")
        assert len(store.sessions("CD-2")) == 3 and store.persons(kept.id)
        assert store.db.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert store.db.execute("pragma foreign_key_check").fetchall() == []
        for fts in ("answers_fts", "session_notes_fts"):
            store.db.execute(f"insert into {fts}({fts}) values ('integrity-check')")


def test_erase_from_backups_on_request(two_clients, capsys):
    backup.auto_backup(two_clients)
    assert main(["--db", str(two_clients), "erase", "--client", "AB-1", "--yes"]) == 0
    assert "De reservekopie bevat de cliënt nog" in capsys.readouterr().out
    with Store(two_clients) as store:
        populate(store, sample_bank(), "AB-1", GONE)  # the same code again, then erase with backups
    backup_path = backup.list_backups(two_clients)[0].path
    assert GONE.encode() in backup_path.read_bytes()
    assert main(["--db", str(two_clients), "erase", "--client", "AB-1", "--backups", "--yes"]) == 0
    for entry in backup.list_backups(two_clients):
        assert bytes_hits(entry.path, GONE) == [], entry.path
        conn = sqlite3.connect(entry.path)
        assert conn.execute("select count(*) from clients where code = 'CD-2'").fetchone()[0] == 1
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        conn.close()
    assert bytes_hits(two_clients, GONE) == []


def test_a_new_table_linked_by_session_is_erased_too(two_clients):
    with Store(two_clients) as store:
        store.db.execute("create table samenvattingen (id integer primary key, session_id integer, tekst text)")
        for session in store.sessions():
            store.db.execute(
                "insert into samenvattingen (session_id, tekst) values (?, ?)",
                [session.id,
                 f"samenvatting van {session.client_code} {GONE if session.client_code == 'AB-1' else KEPT}"],
            )
        store.db.conn.commit()
        report = erase_client(store.db, "AB-1")
        assert report.rows["samenvattingen"] == 2
        assert remaining_text(store.db, GONE) == []
        assert store.db.execute("select count(*) from samenvattingen").fetchone()[0] == 3


def test_an_unknown_table_stops_the_erase_before_anything_is_deleted(two_clients):
    with Store(two_clients) as store:
        store.db.execute("create table bijlagen (naam text, inhoud text)")
        store.db.execute("insert into bijlagen values ('brief', ?)", [f"brief over {GONE}"])
        store.db.conn.commit()
    with Store(two_clients) as store:
        assert plan(store.db).unknown == ["bijlagen"]
        with pytest.raises(StoreError, match="bijlagen"):
            erase_client(store.db, "AB-1")
        assert store.client("AB-1") is not None
        assert remaining_text(store.db, GONE) != []


def test_erase_refuses_without_confirmation_or_while_open(two_clients, capsys):
    before = digest(two_clients)
    assert main(["--db", str(two_clients), "erase", "--client", "AB-1"]) == 1
    assert "--yes" in capsys.readouterr().err
    assert main(["--db", str(two_clients), "erase", "--client", "ZZ-9", "--yes"]) == 1
    assert "geen cliënt met code 'ZZ-9'" in capsys.readouterr().err
    with Store(two_clients) as other_window:
        other_window.clients()
        assert main(["--db", str(two_clients), "erase", "--client", "AB-1", "--yes"]) == 1
        assert "ander QueZ-venster" in capsys.readouterr().err
    assert digest(two_clients) == before


@pytest.mark.slow
def test_erase_on_an_encrypted_database(db_path):
    pytest.importorskip("sqlcipher3")
    from quez.storage import crypto

    crypto.remember(db_path, "paarden eten graag wortels")
    try:
        with Store(db_path) as store:
            populate(store, sample_bank(), "AB-1", GONE)
            populate(store, sample_bank(), "CD-2", KEPT)
        db = connect(db_path)
        try:
            erase_client(db, "AB-1")
            assert remaining_text(db, GONE) == []
            assert remaining_text(db, KEPT)
        finally:
            db.close()
    finally:
        crypto.forget_all()
