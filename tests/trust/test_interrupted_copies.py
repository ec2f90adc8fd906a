"""Nothing left behind: a killed backup or encryption, and backups the worker asked for.

A killed ``quez backup`` left half-written plaintext copies (``.part``, ``.part-journal``) that
were removed only after 5 minutes (the journal never) and that ``erase --backups`` missed; a
killed ``quez encrypt`` left plaintext backups next to the encrypted database without a word;
``quez backup`` without -o wrote the automatic name and rotation deleted it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from trust_support import populate, sample_bank

from quez.cli import main
from quez.storage import backup, crypto
from quez.storage.store import Store

SECRET = "Zonnebloemveld"
PASS = "paarden eten graag wortels"


@pytest.fixture(autouse=True)
def _clean_crypto_state():
    crypto.forget_all()
    yield
    crypto.forget_all()


@pytest.fixture
def filled(db_path) -> Path:
    with Store(db_path) as store:
        populate(store, sample_bank(), "AB-1", SECRET)
    return db_path


def holding(folder: Path, needle: str = SECRET) -> list[str]:
    """Files under ``folder`` whose bytes contain ``needle`` in plain text."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()
                  and needle.encode() in p.read_bytes())


def killed_python(code: str) -> None:
    """Run ``code`` in a new Python that kills itself with SIGKILL at the chosen moment."""
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, timeout=120)
    assert result.returncode == -9, result.stderr.decode()


def kill_backup_halfway(db_path: Path) -> None:
    killed_python(f"""
        import os, signal
        from pathlib import Path
        from quez.storage import backup, crypto

        real = crypto.raw_connection

        class Halfway:
            def __init__(self, conn):
                self.conn = conn
            def backup(self, target, **_):  # one page, then kill -9: a half-written copy and its journal
                self.conn.backup(target.conn, pages=1, progress=lambda *a: os.kill(os.getpid(), signal.SIGKILL))

        crypto.raw_connection = lambda conn: Halfway(real(conn))
        backup.manual_backup(Path({str(db_path)!r}))
    """)


def test_a_killed_backup_leaves_nothing_after_the_next_command(filled, capsys):
    kill_backup_halfway(filled)
    folder = backup.backups_dir(filled)
    left = sorted(p.name for p in folder.iterdir())
    assert any(name.endswith(".part") for name in left), left  # what a kill -9 leaves
    assert main(["--db", str(filled), "backup", "--list"]) == 0  # any next command, at once
    assert sorted(p.name for p in folder.iterdir()) == []
    assert holding(folder) == []


def test_a_copy_being_written_by_another_quez_is_left_alone(filled):
    folder = backup._private_dir(backup.backups_dir(filled))
    busy = folder / ".quez-20260101-120000.db.part"
    fd = backup.create_locked(busy)  # another process writing it right now
    try:
        assert backup.remove_stale_parts(filled) == []
        assert busy.exists()
    finally:
        os.close(fd)
    assert backup.remove_stale_parts(filled) == [busy]


def test_erase_with_backups_covers_half_written_copies(filled, capsys):
    kill_backup_halfway(filled)
    folder = backup.backups_dir(filled)
    part = next(folder.glob(".*.part"))
    part.write_bytes(filled.read_bytes())  # a leftover that holds the client's answers
    assert holding(folder)
    assert main(["--db", str(filled), "erase", "--client", "AB-1", "--backups", "--yes"]) == 0
    assert holding(filled.parent) == []


@pytest.mark.slow
def test_a_manual_backup_is_never_rotated_and_listed_as_manual(filled, capsys):
    assert main(["--db", str(filled), "backup"]) == 0
    manual = [e for e in backup.list_backups(filled) if e.manual]
    assert len(manual) == 1 and manual[0].path.name.startswith("quez-handmatig-")
    for day in range(1, 13):  # twelve automatic backups later, one a day
        with Store(filled) as store:
            store.record_answer(1, "hoe-gaat-het", text=f"dag {day}")
        os.utime(filled, (manual[0].modified + day * 86400,) * 2)
        backup.auto_backup(filled, now=manual[0].modified + day * 86400 + 60)
    entries = backup.list_backups(filled)
    assert len([e for e in entries if e.automatic]) == backup.DEFAULT_KEEP
    assert manual[0].path.exists()
    capsys.readouterr()
    assert main(["--db", str(filled), "backup", "--list"]) == 0
    listed = [line for line in capsys.readouterr().out.splitlines() if manual[0].path.name in line]
    assert len(listed) == 1 and "handmatig" in listed[0]


@pytest.mark.slow
def test_a_killed_encrypt_is_reported_and_finished_at_the_next_start(filled, capsys):
    pytest.importorskip("sqlcipher3")
    folder = backup._private_dir(backup.backups_dir(filled))
    for i in range(4):
        backup.backup_file(filled, folder / f"quez-2026010{i + 1}-120000.db")
    killed_python(f"""
        import os, signal
        from pathlib import Path
        from quez.storage import encryption

        real, done = encryption.convert_file, []

        def convert_then_die(path, old, new):
            if len(done) == 2:  # the database and one backup converted: kill -9
                os.kill(os.getpid(), signal.SIGKILL)
            real(path, old, new)
            done.append(path)

        encryption.convert_file = convert_then_die
        encryption.set_passphrase(Path({str(filled)!r}), None, {PASS!r})
    """)
    assert crypto.looks_encrypted(filled)
    assert len(holding(folder)) == 3  # three backups still in plaintext next to an encrypted database

    assert main(["--db", str(filled), "backup", "--list"]) == 0  # says so
    out, err = capsys.readouterr()
    assert out.count("NIET versleuteld") == 3 and "onderbroken" in err

    from quez.commands.safety import guard_start
    from quez.settings import Settings

    crypto.remember(filled, PASS)  # as the start-up prompt does
    guard_start(Settings(db_path=filled, bundled_banks=None, extra_banks=[]), starting_app=True)
    assert "onderbroken versleuteling afgemaakt: 3 reservekopieën" in capsys.readouterr().err
    assert holding(filled.parent) == []
    assert all(crypto.looks_encrypted(e.path) for e in backup.list_backups(filled))
    assert not [p for p in filled.parent.rglob(".*") if p.is_file()]  # no .convert or .part left
