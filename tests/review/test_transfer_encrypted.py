"""Encrypted hand-over files: quez export --encrypt, quez import asks for the passphrase.

Real age files (pyrage), real databases; each refusal leaves the receiving database
byte for byte as it was. Every decryption costs about a second (scrypt), so the tests
are few and each checks several things.
"""

from __future__ import annotations

import os
import shutil
import stat

import pytest

from quez.cli import main
from quez.portability.sealed import AGE_MAGIC

PASS = "een zin van vijf woorden"


@pytest.fixture
def exported(history, db_path, tmp_path, capsys):
    """An encrypted export of the sample history, made through the CLI (its output in ``.printed``)."""
    history.store.close()
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    out = tmp_path / "overdracht.json.age"
    assert main(["--db", str(db_path), "export", "--encrypt", "--passphrase-file", str(secret), "-o", str(out)]) == 0
    printed.append(capsys.readouterr().out)
    return out


printed: list[str] = []


@pytest.fixture
def receiving(tmp_path):
    """A database on the other laptop with something in it already, and its bytes."""
    other = tmp_path / "ander" / "quez.db"
    from quez.storage.store import Store

    with Store(other) as store:
        store.create_client("XY-9")
    return other


@pytest.mark.slow
def test_encrypted_export_round_trip(exported, receiving, tmp_path, capsys, monkeypatch):
    out = printed[-1]
    assert "versleuteld" in out and "wachtwoord apart" in out
    data = exported.read_bytes()
    assert data.startswith(AGE_MAGIC)
    assert stat.S_IMODE(os.stat(exported).st_mode) == 0o600
    assert b"quez-export" not in data and b"AB-12" not in data  # no plaintext in the file
    monkeypatch.setenv("QUEZ_EXPORT_PASSPHRASE", PASS)
    assert main(["--db", str(receiving), "import", str(exported)]) == 0
    assert "Toegevoegd: 2 cliënten, 4 personen, 4 gesprekken" in capsys.readouterr().out


@pytest.mark.slow
def test_wrong_passphrase_damage_and_no_passphrase_change_nothing(exported, receiving, tmp_path, capsys,
                                                                  monkeypatch):
    before = receiving.read_bytes()
    wrong = tmp_path / "fout.txt"
    wrong.write_text("niet het goede wachtwoord", encoding="utf-8")
    assert main(["--db", str(receiving), "import", "--passphrase-file", str(wrong), str(exported)]) == 1
    err = capsys.readouterr().err
    assert "wachtwoord voor" in err and "klopt niet" in err and "niets veranderd" in err
    assert "Traceback" not in err

    damaged = tmp_path / "beschadigd.json.age"
    data = bytearray(exported.read_bytes())
    data[len(data) // 2] ^= 0x40  # one flipped bit in the middle of the encrypted data
    damaged.write_bytes(bytes(data))
    monkeypatch.setenv("QUEZ_EXPORT_PASSPHRASE", PASS)
    assert main(["--db", str(receiving), "import", str(damaged)]) == 1
    err = capsys.readouterr().err
    assert "beschadigd of onvolledig" in err and "niets veranderd" in err

    cut = tmp_path / "half.json.age"
    cut.write_bytes(exported.read_bytes()[:60])
    assert main(["--db", str(receiving), "import", str(cut)]) == 1
    assert "beschadigd of onvolledig" in capsys.readouterr().err

    monkeypatch.delenv("QUEZ_EXPORT_PASSPHRASE")  # and no terminal to ask on (pytest's stdin)
    assert main(["--db", str(receiving), "import", str(exported)]) == 1
    err = capsys.readouterr().err
    assert "is versleuteld. Geef het wachtwoord" in err and "--passphrase-file" in err
    assert receiving.read_bytes() == before


@pytest.mark.slow
def test_wrong_formats_are_named(receiving, tmp_path, capsys, monkeypatch):
    import pyrage
    from pyrage import passphrase as age
    from pyrage import x25519

    before = receiving.read_bytes()
    monkeypatch.setenv("QUEZ_EXPORT_PASSPHRASE", PASS)
    for_a_key = tmp_path / "sleutel.age"
    for_a_key.write_bytes(pyrage.encrypt(b"{}", [x25519.Identity.generate().to_public()]))
    assert main(["--db", str(receiving), "import", str(for_a_key)]) == 1
    assert "voor een sleutel, niet met een wachtwoord" in capsys.readouterr().err

    not_an_export = tmp_path / "lijst.csv.age"
    not_an_export.write_bytes(age.encrypt(b"naam;telefoon\nKarin;06\n", PASS))
    assert main(["--db", str(receiving), "import", str(not_an_export)]) == 1
    assert "geen QueZ-exportbestand" in capsys.readouterr().err
    assert receiving.read_bytes() == before


def test_export_needs_a_good_passphrase_and_writes_nothing_without(history, db_path, tmp_path, capsys,
                                                                   monkeypatch):
    history.store.close()
    out = tmp_path / "x.json.age"
    # no terminal and no passphrase given
    assert main(["--db", str(db_path), "export", "--encrypt", "-o", str(out)]) == 1
    assert "--passphrase-file" in capsys.readouterr().err
    monkeypatch.setenv("QUEZ_EXPORT_PASSPHRASE", "kort")
    assert main(["--db", str(db_path), "export", "--encrypt", "-o", str(out)]) == 1
    assert "minstens 8 tekens" in capsys.readouterr().err
    assert main(["--db", str(db_path), "export", "--passphrase-file", str(tmp_path / "w"), "-o", str(out)]) == 2
    assert "hoort bij --encrypt" in capsys.readouterr().err
    empty = tmp_path / "leeg.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["--db", str(db_path), "export", "--encrypt", "--passphrase-file", str(empty), "-o", str(out)]) == 1
    assert "is leeg" in capsys.readouterr().err
    assert not out.exists()
    assert [p.name for p in tmp_path.glob(".x.json.age*")] == []  # no temporary file left either


@pytest.mark.slow
def test_terminal_asks_again_after_a_wrong_passphrase(exported, receiving, capsys, monkeypatch):
    import getpass
    import sys

    answers = iter(["verkeerd geraden", PASS])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    copy = receiving.with_name("kopie.db")
    shutil.copy(receiving, copy)
    assert main(["--db", str(copy), "import", str(exported)]) == 0
    captured = capsys.readouterr()
    assert "probeer het nog eens" in captured.err
    assert "Toegevoegd: 2 cliënten" in captured.out


@pytest.mark.slow
def test_terminal_export_asks_the_passphrase_twice(history, db_path, tmp_path, capsys, monkeypatch):
    import getpass
    import sys

    from quez.portability.importer import read_document

    history.store.close()
    answers = iter([PASS, PASS + " en nog wat", PASS, PASS])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    out = tmp_path / "AB-12.json.age"
    assert main(["--db", str(db_path), "export", "--client", "AB-12", "--encrypt", "-o", str(out)]) == 1
    assert "verschillen" in capsys.readouterr().err and not out.exists()
    assert main(["--db", str(db_path), "export", "--client", "AB-12", "--encrypt", "-o", str(out)]) == 0
    assert [c.code for c in read_document(out, PASS).clients] == ["AB-12"]
