"""`quez banks list/validate`, `quez info`, `--help`: run as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quez.cli import main

REPO = Path(__file__).resolve().parent.parent


def quez(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "quez", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=60,
    )


def test_help_shows_database_location(tmp_path):
    result = quez("--help", env={"QUEZ_DB": str(tmp_path / "x.db")})
    assert result.returncode == 0
    assert str(tmp_path / "x.db") in result.stdout.replace("\n", "")
    assert "Traceback" not in result.stderr


def test_info_shows_database_and_counts(tmp_path, store, sample_bank, capsys):
    store.start_session("A1", sample_bank)
    assert main(["--db", str(store.path), "info"]) == 0
    out = capsys.readouterr().out
    assert str(store.path) in out
    assert "1 cliënt, 1 gesprek" in out


def test_validate_ok_and_broken(tmp_path, bank_dir, sample_bank_text, capsys):
    assert main(["banks", "validate", str(bank_dir)]) == 0
    assert "in orde (proefbank, 5 vragen)" in capsys.readouterr().out
    bad = bank_dir / "kapot.toml"
    bad.write_text(sample_bank_text.replace('id = "proefbank"', 'id = "kapot"').replace('kind = "open"', 'kind = "x"'))
    assert main(["banks", "validate", str(bank_dir)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:" in err and "phases[0].questions[1].kind" in err and "1 van 2" in err


def test_validate_exit_code_in_a_real_process(tmp_path, sample_bank_text):
    bad = tmp_path / "kapot.toml"
    bad.write_text(sample_bank_text.replace('version = "1.0"', "version = ["))
    result = quez("banks", "validate", str(bad))
    assert result.returncode == 1
    assert "geen geldige TOML" in result.stderr
    assert "Traceback" not in result.stderr


def test_user_bank_overrides_bundled_visibly(tmp_path, capsys):
    bundled = REPO / "question_banks" / "netwerk-betrekken.toml"
    user_dir = tmp_path / "userdata" / "banks"
    user_dir.mkdir(parents=True)
    text = bundled.read_text(encoding="utf-8")
    (user_dir / "mijn-versie.toml").write_text(text.replace('title = "Netwerk betrekken"', 'title = "Mijn versie"', 1))
    assert main(["banks", "list"]) == 0
    out = capsys.readouterr().out
    assert "Mijn versie" in out and "eigen" in out
    assert f"vervangt {bundled}" in out


def test_extra_banks_dir_and_broken_bank_does_not_hide_others(bank_dir, capsys):
    (bank_dir / "kapot.toml").write_text("[bank]\nid = 3\n")
    assert main(["--banks", str(bank_dir), "banks", "list"]) == 1
    captured = capsys.readouterr()
    assert "proefbank" in captured.out and "extra" in captured.out
    assert "ONGELDIG" in captured.err and "kapot.toml" in captured.err


def test_bad_arguments_give_dutch_usage_error():
    result = quez("banks", "vernieuw")
    assert result.returncode == 2
    assert "fout" in result.stderr and "Traceback" not in result.stderr
    assert "onbekende keuze 'vernieuw'; kies uit 'list'" in result.stderr


def test_usage_errors_and_help_are_dutch(capsys):
    cases = {
        ("export",): "dit ontbreekt nog: -o/--output",
        ("--bogus",): "onbekend: --bogus",
        ("--lock-minutes", "x"): "--lock-minutes: 'x' is geen geheel getal",
        ("export", "--client", "A", "--session", "1", "-o", "x.json"): "gaan niet samen",
    }
    for args, expected in cases.items():
        with pytest.raises(SystemExit) as exit:
            main(list(args))
        assert exit.value.code == 2
        assert expected in capsys.readouterr().err, args
    with pytest.raises(SystemExit):
        main(["banks", "--help"])
    help_text = capsys.readouterr().out
    assert help_text.startswith("gebruik: quez banks")
    assert "opdrachten:" in help_text and "toon deze hulp en stop" in help_text
    assert "show this help" not in help_text and "positional arguments" not in help_text
    with pytest.raises(SystemExit):
        main(["restore", "--help"])
    help_text = capsys.readouterr().out
    assert "argumenten:\n  BESTAND" in help_text and "opdrachten" not in help_text  # a file, not a command


@pytest.mark.slow
def test_unusable_database_is_a_message_not_a_traceback(tmp_path):
    db = tmp_path / "kapot.db"
    db.write_bytes(b"x" * 4096)
    result = quez("--db", str(db), "info")
    assert result.returncode == 1
    assert "geen (leesbare) QueZ-database" in result.stderr
    assert "Traceback" not in result.stderr
