"""Every schema that ever shipped (tests/fixtures/schema_v*.db) opens in this QueZ with all its data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from quez.storage.schema import migrations
from quez.storage.store import Store

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("schema_v*.db"))
TABLES = ("clients", "sessions", "persons", "answers", "mentions")


def rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of the original tables, on the columns the fixture has."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for table in TABLES:
            columns = [r[1] for r in conn.execute(f"pragma table_info({table})")]
            out[table] = [tuple(r) for r in conn.execute(f"select {', '.join(columns)} from {table} order by id")]
        return out, {t: [r[1] for r in conn.execute(f"pragma table_info({t})")] for t in TABLES}
    finally:
        conn.close()


def test_there_is_a_fixture_for_the_first_schema():
    assert any(p.name == "schema_v1.db" for p in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_old_database_migrates_with_every_row_intact(tmp_path, fixture):
    path = tmp_path / "quez.db"
    shutil.copyfile(fixture, path)
    before, columns = rows(path)
    assert sum(len(v) for v in before.values()) > 10

    with Store(path) as store:
        applied = [m.name for m in migrations.applied(store.db)]
        assert applied == [m.name for m in migrations._migrations]
        for table in TABLES:
            cols = ", ".join(columns[table])
            after = [tuple(r.values()) for r in store.db.query(f"select {cols} from {table} order by id")]
            assert after == before[table], table
        assert store.db.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert store.db.execute("pragma foreign_key_check").fetchall() == []

        # the old sessions read and resume as they were
        parked = store.load_session(2)
        assert parked.session.status == "parked"
        assert parked.session.current_question == "hoe-gaat-het"
        assert parked.answers["hoe-gaat-het"].status == "draft"
        assert parked.bank().question("wie-snapt").kind == "persons"
        first = store.load_session(1)
        assert first.answers["wie-snapt~0~1"].person_id == 1
        assert "🙂" in first.answers["wie-snapt"].text

        # and new features work on old data
        if "uuid" in store.db["clients"].columns_dict:
            assert all(r["uuid"] for r in store.db.query("select uuid from clients"))
        if "answers_fts" in store.db.table_names():
            hits = store.db.query("select rowid from answers_fts where answers_fts match 'volhoud'")
            found = [r["rowid"] for r in hits]
            assert found == [2]
        store.record_answer(2, "hoe-gaat-het", text="Beter dan vorige keer, al met al.")
    with Store(path) as store:
        assert store.answer(2, "hoe-gaat-het").text == "Beter dan vorige keer, al met al."
        assert store.answer(2, "hoe-gaat-het").status == "answered"


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_itself_is_never_modified(tmp_path, fixture):
    before = fixture.read_bytes()
    shutil.copyfile(fixture, tmp_path / "kopie.db")
    Store(tmp_path / "kopie.db").close()
    assert fixture.read_bytes() == before
