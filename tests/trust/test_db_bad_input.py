"""A database file that isn't one, is damaged, newer, read-only or on a full disk:
each gives a specific Dutch message, and nothing already saved is changed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from trust_support import digest, is_root, populate, sample_bank

from quez.errors import describe
from quez.storage.db import StoreError
from quez.storage.store import Store


def quez(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "quez", *args],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


def filled(db_path: Path, secret: str = "Zonnebloem") -> Path:
    with Store(db_path) as store:
        populate(store, sample_bank(), "AB-1", secret)
    return db_path


def test_text_file_is_not_a_database(tmp_path):
    path = tmp_path / "notities.db"
    path.write_text("Boodschappen: brood, melk.\n" * 40)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="geen \\(leesbare\\) QueZ-database") as info:
        Store(path)
    assert "quez restore" in str(info.value)
    assert path.read_bytes() == before


def test_random_pages_are_refused_without_being_touched(tmp_path):
    path = tmp_path / "ruis.db"
    path.write_bytes(os.urandom(8192))
    before = path.read_bytes()
    with pytest.raises(StoreError, match="versleuteld \\(of is geen SQLite-bestand\\)"):
        Store(path)
    assert path.read_bytes() == before


def test_damaged_database_is_refused_unchanged(tmp_path):
    path = filled(tmp_path / "quez.db")
    raw = bytearray(path.read_bytes())
    page = 4096
    assert len(raw) > 4 * page
    # scribble over the b-tree pages (not the header): a torn or rotten file
    for offset in range(2 * page, len(raw) - page, page):
        raw[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(raw))
    before = digest(path)
    with pytest.raises(StoreError, match="beschadigd|geen \\(leesbare\\)"):
        Store(path)
    assert digest(path) == before


def test_truncated_database_is_refused_unchanged(tmp_path):
    path = filled(tmp_path / "quez.db")
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    before = digest(path)
    with pytest.raises(StoreError, match="beschadigd|geen \\(leesbare\\)"):
        Store(path)
    assert digest(path) == before


@pytest.mark.slow
def test_newer_database_is_refused_by_the_cli_unchanged(tmp_path):
    path = filled(tmp_path / "quez.db")
    conn = sqlite3.connect(path)
    conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) values ('quez', 'm900_later', 'x')")
    conn.commit()
    conn.close()
    before = digest(path)
    result = quez("--db", str(path), "info")
    assert result.returncode == 1
    assert "nieuwere versie van QueZ" in result.stderr and "m900_later" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(path) == before


def test_directory_given_as_database(tmp_path):
    with pytest.raises(StoreError, match="is een map, geen databasebestand"):
        Store(tmp_path)


@contextmanager
def read_only(directory: Path):
    """Make ``directory`` read-only, also for root (a read-only bind mount)."""
    if not is_root():
        os.chmod(directory, 0o500)
        for file in directory.iterdir():
            os.chmod(file, 0o400)
        try:
            yield
        finally:
            os.chmod(directory, 0o700)
            for file in directory.iterdir():
                os.chmod(file, 0o600)
        return
    bind = subprocess.run(["mount", "--bind", str(directory), str(directory)], capture_output=True)
    if bind.returncode != 0:
        pytest.skip("cannot make a read-only mount here")
    try:
        ro = subprocess.run(["mount", "-o", "remount,bind,ro", str(directory)], capture_output=True)
        if ro.returncode != 0:
            pytest.skip("cannot remount read-only here")
        yield
    finally:
        subprocess.run(["umount", str(directory)], capture_output=True)


def test_read_only_database_gives_a_specific_message(tmp_path):
    directory = tmp_path / "data"
    path = filled(directory / "quez.db")
    before = digest(path)
    with read_only(directory):
        with pytest.raises(StoreError) as info:
            with Store(path) as store:
                store.create_client("XY-9")
        message = str(info.value)
        assert "alleen-lezen" in message, message
        assert str(path) in message
    assert digest(path) == before


def test_new_database_in_read_only_folder(tmp_path):
    directory = tmp_path / "data"
    directory.mkdir()
    with read_only(directory):
        with pytest.raises(StoreError, match="geen schrijfrechten|alleen-lezen|niet openen"):
            Store(directory / "nieuw.db")


def test_full_database_keeps_what_was_saved(tmp_path):
    """A full disk, simulated by capping the file's size (``max_page_count``)."""
    path = tmp_path / "quez.db"
    bank = sample_bank()
    with Store(path) as store:
        session = store.start_session("AB-1", bank)
        store.record_answer(session.id, "wie-snapt", text="Karin snapt het.")
        pages = store.db.execute("pragma page_count").fetchone()[0]
        store.db.execute(f"pragma max_page_count = {pages + 2}")
        with pytest.raises(StoreError, match="De schijf is vol") as info:
            store.record_answer(session.id, "hoe-gaat-het", text="lang verhaal " * 20_000)
        assert describe(info.value)[0].startswith("De schijf is vol")
        with pytest.raises(StoreError, match="De schijf is vol"):
            store.record_answer(session.id, "wie-snapt", text="Karin en " + "veel meer " * 20_000)
    with Store(path) as store:
        assert store.answer(session.id, "wie-snapt").text == "Karin snapt het."
        assert store.answer(session.id, "hoe-gaat-het") is None
        assert store.db.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_full_disk_on_a_tiny_filesystem(tmp_path):
    """The real thing where we may mount a 1 MB tmpfs (root in a container/CI)."""
    mount_point = tmp_path / "klein"
    mount_point.mkdir()
    if not is_root() or subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)], capture_output=True
    ).returncode:
        pytest.skip("needs root to mount a tiny tmpfs; the max_page_count test covers the logic")
    try:
        path = mount_point / "quez.db"
        saved: dict[str, str] = {}
        with Store(path) as store:
            session = store.start_session("AB-1", sample_bank())
            with pytest.raises(StoreError, match="De schijf is vol"):
                for n in range(10_000):
                    text = f"antwoord {n} " + "x" * 1000
                    store.record_answer(session.id, f"vraag-{n}", text=text)
                    saved[f"vraag-{n}"] = text
        assert len(saved) > 5
        with _reader(path) as conn:
            rows = dict(conn.execute("select question_id, text from answers"))
            assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        for question_id, text in saved.items():
            assert rows[question_id] == text
    finally:
        subprocess.run(["umount", str(mount_point)], capture_output=True)


@contextmanager
def _reader(path: Path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield conn
    finally:
        conn.close()


@pytest.mark.slow
def test_cli_argument_errors_are_dutch_and_short(tmp_path):
    db = str(tmp_path / "q.db")
    cases = [
        (["--lock-minutes", "tien"], 2, "fout"),
        (["--db", db, "restore"], 2, "fout"),
        (["--db", db, "erase"], 2, "--client"),
        (["--db", db, "restore", str(tmp_path / "bestaat-niet.db")], 1, "bestaat niet"),
        (["--db", db, "backup"], 1, "geen database"),
        (["--db", str(tmp_path), "info"], 1, "is een map"),
        (["--db", db, "erase", "--client", "ZZ-1"], 1, "geen database"),
    ]
    for args, code, needle in cases:
        result = quez(*args)
        assert result.returncode == code, (args, result.stderr)
        assert needle in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
