"""Encryption at rest with SQLCipher: the store works unchanged above the connection."""

from __future__ import annotations

import io
import stat
import sys
from pathlib import Path

import pytest
from trust_support import digest, files_of, populate, sample_bank

from quez.cli import main
from quez.storage import backup, crypto
from quez.storage.db import StoreError
from quez.storage.store import Store

pytest.importorskip("sqlcipher3", reason="SQLCipher is an optional extra: pip install 'quez[encryption]'")

SECRET = "Zonnebloemveld"
PASS = "paarden eten graag wortels"


@pytest.fixture(autouse=True)
def _clean_crypto_state():
    crypto.forget_all()
    crypto.set_prompt(None)
    yield
    crypto.forget_all()
    crypto.set_prompt(None)


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def terminal(monkeypatch):
    """A terminal whose hidden-input prompts answer from ``answers``."""
    answers: list[str] = []

    def getpass(prompt: str = "") -> str:
        if not answers:
            raise EOFError
        return answers.pop(0)

    monkeypatch.setattr(sys, "stdin", FakeTerminal())
    monkeypatch.setattr("getpass.getpass", getpass)
    return answers


def plaintext_left(db_path: Path, needle: str = SECRET) -> list[str]:
    words = {needle.encode(), needle.lower().encode()}
    return [p.name for p in files_of(db_path) if any(w in p.read_bytes() for w in words)]


@pytest.mark.slow
def test_store_on_an_encrypted_database(db_path):
    crypto.remember(db_path, PASS)
    with Store(db_path) as store:
        info = populate(store, sample_bank(), "AB-1", SECRET)
        assert plaintext_left(db_path) == []  # not even in the WAL
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    with Store(db_path) as store:
        assert SECRET in store.answer(info["sessions"][0], "wie-snapt").text
        from quez.storage.search import search

        assert search(store, SECRET)  # full-text search works on the encrypted file
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


@pytest.mark.slow
def test_wrong_or_missing_passphrase_changes_nothing(db_path):
    crypto.remember(db_path, PASS)
    Store(db_path).close()
    before = digest(db_path)
    crypto.remember(db_path, "verkeerd wachtwoord")
    with pytest.raises(StoreError, match="wachtwoord voor .* klopt niet"):
        Store(db_path)
    crypto.forget_all()
    with pytest.raises(StoreError, match="is versleuteld"):
        Store(db_path)
    assert digest(db_path) == before


@pytest.mark.slow
def test_quez_encrypt_converts_database_and_backups(db_path, terminal, capsys):
    with Store(db_path) as store:
        info = populate(store, sample_bank(), "AB-1", SECRET)
    backup.auto_backup(db_path)
    assert plaintext_left(db_path) and backup.list_backups(db_path)

    terminal.extend([PASS, PASS])
    assert main(["--db", str(db_path), "encrypt"]) == 0
    out = capsys.readouterr().out
    assert "is versleuteld" in out and "1 reservekopie" in out
    assert plaintext_left(db_path) == []
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["backups", "quez.db"]  # no stray copies
    for entry in backup.list_backups(db_path):
        assert crypto.looks_encrypted(entry.path) and SECRET.encode() not in entry.path.read_bytes()

    crypto.forget_all()
    terminal.extend(["fout wachtwoord", PASS])  # the start-up prompt allows another try
    crypto.set_prompt(crypto.terminal_prompt)
    with Store(db_path) as store:
        assert SECRET in store.answer(info["sessions"][0], "wie-snapt").text
        assert store.db.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert "klopt niet" in capsys.readouterr().err


@pytest.mark.slow
def test_new_passphrase_and_decrypt(db_path, terminal):
    with Store(db_path) as store:
        populate(store, sample_bank(), "AB-1", SECRET)
    terminal.extend([PASS, PASS])
    assert main(["--db", str(db_path), "encrypt"]) == 0
    crypto.forget_all()
    new = "een heel ander wachtwoord"
    terminal.extend([PASS, new, new])  # current passphrase, then the new one twice
    assert main(["--db", str(db_path), "encrypt"]) == 0
    assert not crypto.check_passphrase(db_path, PASS)
    assert crypto.check_passphrase(db_path, new)

    crypto.forget_all()
    terminal.append(new)
    assert main(["--db", str(db_path), "decrypt", "--yes"]) == 0
    crypto.forget_all()
    assert db_path.read_bytes().startswith(b"SQLite format 3")
    with Store(db_path) as store:
        assert store.client("AB-1") is not None


def test_short_or_mismatched_passphrase_is_refused(db_path, terminal, capsys):
    with Store(db_path) as store:
        populate(store, sample_bank(), "AB-1", SECRET)
    before = digest(db_path)
    terminal.append("kort")
    assert main(["--db", str(db_path), "encrypt"]) == 1
    assert "minstens 8 tekens" in capsys.readouterr().err
    terminal.extend([PASS, PASS + "!"])
    assert main(["--db", str(db_path), "encrypt"]) == 1
    assert "verschillen" in capsys.readouterr().err
    assert digest(db_path) == before


@pytest.mark.slow
def test_encrypt_a_new_database_from_the_start(db_path, terminal):
    terminal.extend([PASS, PASS])
    assert main(["--db", str(db_path), "encrypt"]) == 0
    assert crypto.looks_encrypted(db_path)
    with Store(db_path) as store:  # remembered for this process
        populate(store, sample_bank(), "AB-1", SECRET)
    assert plaintext_left(db_path) == []


@pytest.mark.slow
def test_backups_of_an_encrypted_database_are_encrypted_and_restorable(db_path, tmp_path):
    crypto.remember(db_path, PASS)
    with Store(db_path) as store:
        populate(store, sample_bank(), "AB-1", SECRET)
    made = backup.auto_backup(db_path)
    assert crypto.looks_encrypted(made) and SECRET.encode() not in made.read_bytes()
    with Store(db_path) as store:
        store.create_client("LATER-1")
    crypto.remember(made, PASS)
    backup.restore(db_path, made)
    with Store(db_path) as store:
        assert store.client("LATER-1") is None and store.client("AB-1") is not None
    assert crypto.looks_encrypted(db_path)


@pytest.mark.slow
def test_restoring_a_plain_backup_into_an_encrypted_database_encrypts_it(db_path, tmp_path):
    plain = tmp_path / "oud" / "quez.db"
    with Store(plain) as store:
        populate(store, sample_bank(), "OUD-1", SECRET)
    crypto.remember(db_path, PASS)
    Store(db_path).close()
    backup.restore(db_path, plain)
    assert crypto.looks_encrypted(db_path) and plaintext_left(db_path) == []
    with Store(db_path) as store:
        assert store.client("OUD-1") is not None


def test_without_sqlcipher_the_app_says_so_and_plain_sqlite_works(db_path, monkeypatch, terminal, capsys):
    with Store(db_path) as store:
        populate(store, sample_bank(), "AB-1", SECRET)
    before = digest(db_path)
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # import fails as if not installed
    monkeypatch.setitem(sys.modules, "sqlcipher3.dbapi2", None)
    terminal.extend([PASS, PASS])
    assert main(["--db", str(db_path), "encrypt"]) == 1
    err = capsys.readouterr().err
    assert "Versleuteling is op deze computer niet beschikbaar" in err and "quez[encryption]" in err
    assert "Traceback" not in err
    assert digest(db_path) == before
    with Store(db_path) as store:
        assert store.client("AB-1") is not None
    crypto.remember(db_path, PASS)
    with pytest.raises(Exception, match="niet beschikbaar"):
        Store(db_path)
