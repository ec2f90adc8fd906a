"""Backups (online backup API, rotating, private) and restoring one after checking it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import time
from pathlib import Path

import pytest
from trust_support import digest, populate, sample_bank

from quez.cli import main
from quez.storage import backup
from quez.storage.db import StoreError
from quez.storage.store import Store


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def answers_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("select text from answers order by id")]
    finally:
        conn.close()


@pytest.fixture
def filled(db_path):
    with Store(db_path) as store:
        populate(store, sample_bank(), "AB-1", "Zonnebloem")
    return db_path


def test_backup_while_the_app_writes(db_path, tmp_path):
    with Store(db_path) as store:
        info = populate(store, sample_bank(), "AB-1", "Zonnebloem")
        # the app still has the database open, with fresh writes in the WAL
        store.record_answer(info["sessions"][0], "hoe-gaat-het", text="Net getypt, nog in de WAL.")
        target = backup.backup_file(db_path, tmp_path / "kopie.db")
        assert "Net getypt, nog in de WAL." in answers_in(target)
    assert mode(target) == 0o600
    assert not Path(f"{target}-wal").exists()
    conn = sqlite3.connect(target)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_backup_never_overwrites(filled, tmp_path):
    target = tmp_path / "bestaat.db"
    target.write_text("iets anders")
    with pytest.raises(StoreError, match="bestaat al"):
        backup.backup_file(filled, target)
    assert target.read_text() == "iets anders"


@pytest.mark.slow
def test_automatic_backups_are_throttled_rotated_and_private(filled):
    now = time.time()
    first = backup.auto_backup(filled, now=now)
    assert first is not None and first.parent == filled.parent / "backups"
    assert mode(first.parent) == 0o700 and mode(first) == 0o600
    assert backup.auto_backup(filled, now=now + 60) is None  # too soon
    assert backup.auto_backup(filled, now=now + 7 * 3600) is None  # old enough, but nothing changed since
    made = []
    for hour in range(1, 15):
        with Store(filled) as store:
            store.create_client(f"NIEUW-{hour}")
        for entry in backup.list_backups(filled):  # age every backup by a day
            os.utime(entry.path, (entry.modified - 86400, entry.modified - 86400))
        made.append(backup.auto_backup(filled, now=now + hour, keep=4))
    assert all(made)
    automatic = [e.path for e in backup.list_backups(filled) if e.automatic]
    assert automatic == made[::-1][:4]
    conn = sqlite3.connect(automatic[0])
    assert conn.execute("select count(*) from clients where code like 'NIEUW-%'").fetchone()[0] == 14
    conn.close()


def test_cli_backup_list_and_output(filled, tmp_path, capsys):
    assert main(["--db", str(filled), "backup"]) == 0
    assert main(["--db", str(filled), "backup", "-o", str(tmp_path / "usb" / "kopie.db")]) == 0
    assert mode(tmp_path / "usb" / "kopie.db") == 0o600
    assert main(["--db", str(filled), "backup", "--list"]) == 0
    out = capsys.readouterr().out
    assert "Reservekopie gemaakt" in out and "handmatig" in out  # asked for: never rotated away


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(filled, tmp_path, capsys):
    saved = tmp_path / "gisteren.db"
    backup.backup_file(filled, saved)
    with Store(filled) as store:
        session = store.sessions()[-1].id  # the first, finished session
        store.record_answer(session, "wie-snapt", text="Later veranderd.")
        store.create_client("LATER-1")
    assert main(["--db", str(filled), "restore", str(saved), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "is in orde" in out and "De vorige inhoud staat in" in out
    with Store(filled) as store:
        assert store.client("LATER-1") is None
        assert store.answer(session, "wie-snapt").text == "Mijn buurvrouw Zonnebloem snapt het."
        assert store.db.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert store.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    safety = [e.path for e in backup.list_backups(filled) if not e.automatic]
    assert len(safety) == 1 and "Later veranderd." in answers_in(safety[0])
    assert mode(filled) == 0o600


def test_restore_of_an_older_schema_migrates_it(filled, tmp_path):
    old = tmp_path / "v1.db"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "fixtures" / "schema_v1.db", old)
    check, _ = backup.restore(filled, old)
    assert check.migrations == ["m001_initial"]
    with Store(filled) as store:
        assert store.client("AB-12") is not None and store.client("AB-1") is None


def bad_backups(tmp_path: Path, good: Path) -> dict[str, tuple[Path, str]]:
    text = tmp_path / "tekst.db"
    text.write_text("geen database\n" * 50)
    damaged = tmp_path / "kapot.db"
    raw = bytearray(good.read_bytes())
    for offset in range(2 * 4096, len(raw) - 4096, 4096):
        raw[offset : offset + 64] = b"\xff" * 64
    damaged.write_bytes(bytes(raw))
    newer = tmp_path / "nieuwer.db"
    shutil.copyfile(good, newer)
    conn = sqlite3.connect(newer)
    conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) values ('quez', 'm900_later', 'x')")
    conn.commit()
    conn.close()
    foreign = tmp_path / "ander-programma.db"
    conn = sqlite3.connect(foreign)
    conn.execute("create table recepten (naam text)")
    conn.commit()
    conn.close()
    return {
        "text": (text, "geen QueZ-database of is beschadigd"),
        "damaged": (damaged, "beschadigd|geen QueZ-database"),
        "newer": (newer, "nieuwere versie van QueZ"),
        "foreign": (foreign, "geen QueZ-database \\(tabellen ontbreken"),
        "missing": (tmp_path / "nergens.db", "bestaat niet"),
        "itself": (good, "de database zelf"),
    }


def test_restore_refuses_bad_files_and_changes_nothing(filled, tmp_path):
    good = tmp_path / "goed.db"
    backup.backup_file(filled, good)
    for name, (path, message) in bad_backups(tmp_path, good).items():
        if name == "itself":
            path = filled
        before = digest(filled)
        with pytest.raises(StoreError, match=message):
            backup.restore(filled, path)
        assert digest(filled) == before, name
        assert [e for e in backup.list_backups(filled) if not e.automatic] == [], name


def test_restore_refuses_while_another_window_has_the_database_open(filled, tmp_path):
    good = tmp_path / "goed.db"
    backup.backup_file(filled, good)
    with Store(filled) as other_window:
        other_window.clients()
        before = digest(filled)
        with pytest.raises(StoreError, match="nog open in een ander QueZ-venster"):
            backup.restore(filled, good)
        assert digest(filled) == before
    backup.restore(filled, good)  # once it is closed, it works


def test_cli_restore_without_yes_outside_a_terminal_changes_nothing(filled, tmp_path, capsys):
    good = tmp_path / "goed.db"
    backup.backup_file(filled, good)
    before = digest(filled)
    assert main(["--db", str(filled), "restore", str(good)]) == 1
    assert "--yes" in capsys.readouterr().err
    assert digest(filled) == before


def test_half_written_backups_of_a_killed_run_are_removed(filled):
    first = backup.auto_backup(filled)
    part = first.parent / ".quez-20260101-000000.db.part"
    part.write_bytes(b"half a backup")
    os.utime(part, (time.time() - 3600, time.time() - 3600))
    fresh = first.parent / ".quez-20260101-000001.db.part"  # just left: removed at once, not after minutes
    fresh.write_bytes(b"killed a moment ago")
    journal = first.parent / ".quez-20260101-000002.db.part-journal"  # its copy already gone
    journal.write_bytes(b"journal")
    backup.auto_backup(filled)
    assert not part.exists() and not fresh.exists() and not journal.exists()
