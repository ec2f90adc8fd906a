"""Files readable by the user only; no answer text in error messages."""

from __future__ import annotations

import os
import stat

import pytest
from trust_support import populate, sample_bank

from quez.cli import main
from quez.storage import backup
from quez.storage.store import Store

SECRET = "Zonnebloemveld"


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The most careless umask: new files would be world-readable by default."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def test_database_wal_and_shm_are_private_even_with_umask_0(tmp_path, open_umask):
    db_path = tmp_path / "nieuw" / "quez.db"
    with Store(db_path) as store:
        populate(store, sample_bank(), "AB-1", SECRET)
        side = [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm")]
        assert all(p.exists() for p in side)
        assert {p.name: mode(p) for p in (db_path, *side)} == {p.name: 0o600 for p in (db_path, *side)}
    assert mode(db_path.parent) == 0o700


def test_an_existing_readable_database_is_made_private(tmp_path):
    db_path = tmp_path / "quez.db"
    Store(db_path).close()
    os.chmod(db_path, 0o644)
    with Store(db_path) as store:
        store.create_client("AB-1")
        assert mode(db_path) == 0o600
        assert mode(db_path.with_name("quez.db-wal")) == 0o600


def test_backups_are_private_even_with_umask_0(tmp_path, open_umask):
    db_path = tmp_path / "data" / "quez.db"
    with Store(db_path) as store:
        populate(store, sample_bank(), "AB-1", SECRET)
    made = backup.auto_backup(db_path)
    safety = backup.safety_copy(db_path)
    exported = backup.backup_file(db_path, tmp_path / "usb" / "kopie.db")
    assert mode(made.parent) == 0o700
    assert [mode(p) for p in (made, safety, exported)] == [0o600, 0o600, 0o600]


def test_unexpected_error_message_has_no_answer_text(tmp_path, monkeypatch, capsys):
    db_path = tmp_path / "quez.db"
    with Store(db_path) as store:
        populate(store, sample_bank(), "AB-1", SECRET)

    def crash(self):
        answer = self.answers(self.sessions()[0].id)[0].text
        raise RuntimeError(f"kon niet verwerken: {answer!r}")

    monkeypatch.setattr(Store, "info", crash)
    monkeypatch.delenv("QUEZ_DEBUG", raising=False)
    assert main(["--db", str(db_path), "info"]) == 1
    captured = capsys.readouterr()
    assert "onverwachte fout (RuntimeError)" in captured.err
    assert SECRET not in captured.err and SECRET not in captured.out
    assert "Traceback" not in captured.err


def test_store_errors_do_not_echo_answer_text(db_path):
    from quez.storage.db import StoreError

    with Store(db_path) as store:
        session = store.start_session("AB-1", sample_bank())
        pages = store.db.execute("pragma page_count").fetchone()[0]
        store.db.execute(f"pragma max_page_count = {pages + 1}")
        with pytest.raises(StoreError) as info:
            store.record_answer(session.id, "wie-snapt", text=f"{SECRET} " * 5000)
        assert SECRET not in str(info.value)
