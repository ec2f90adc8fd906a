"""What the CLI prints is safe for a terminal; files written with -o keep the exact text.

``quez summary`` to stdout passed ESC, BEL and C1 bytes; ``quez banks validate`` and ``banks list``
echoed hostile ids and file names raw; with an ASCII or C locale ``info``, ``summary`` and ``export``
stopped with "onverwachte fout (UnicodeEncodeError)".
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from trust_support import hostile, sample_bank

CLIENT = "KAAP-1"
CONTROLS = [chr(c) for c in range(0x20) if chr(c) not in "\n\t"] + [chr(c) for c in range(0x7F, 0xA0)]


def quez(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quez", *args], capture_output=True, timeout=60,
                          env={**os.environ, **(env or {})})


def assert_terminal_safe(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    found = sorted({f"U+{ord(c):04X}" for c in text if c in CONTROLS})
    assert not found, f"control characters printed: {found}"


def hostile_session(db: Path) -> int:
    from quez.storage.store import Store

    with Store(db) as store:
        session = store.start_session(CLIENT, sample_bank())
        store.set_client_label(CLIENT, hostile("Kaaplabel") + " ë \u202egnp.exe")
        client = store.client(CLIENT)
        store.add_person(client.id, hostile("Kaapnaam"), relation="tante")
        store.record_answer(session.id, "wie-snapt", text=hostile("Kaapantwoord") + " — ë 🙂")
        return session.id


@pytest.mark.slow
def test_summary_on_stdout_is_safe_and_the_file_is_exact(tmp_path):
    db = tmp_path / "quez.db"
    session_id = hostile_session(db)
    for fmt in ("markdown", "json", "html"):
        result = quez("--db", str(db), "summary", str(session_id), "--format", fmt)
        assert result.returncode == 0, result.stderr.decode()
        assert_terminal_safe(result.stdout + result.stderr)
        assert b"Kaaplabel" in result.stdout
    out = tmp_path / "samenvatting.md"
    result = quez("--db", str(db), "summary", str(session_id), "-o", str(out))
    assert result.returncode == 0
    written = out.read_text(encoding="utf-8")  # the file keeps the text (only Markdown-escaped)
    assert all(c in written for c in "\x1b\x9b\x9d\x07") and "GEKAAPT-TITEL" in written


@pytest.mark.slow
def test_json_on_stdout_keeps_the_exact_data(tmp_path):
    import json

    db = tmp_path / "quez.db"
    session_id = hostile_session(db)
    result = quez("--db", str(db), "summary", str(session_id), "--format", "json")
    assert json.loads(result.stdout)["client"]["label"] == hostile("Kaaplabel") + " ë \u202egnp.exe"


@pytest.mark.slow
def test_banks_validate_and_list_print_hostile_names_safely(tmp_path):
    banks = tmp_path / "banks"
    banks.mkdir()
    evil = "\x1b]0;GEKAAPT\x1b\\\x1b[2J\x9b31m"
    (banks / f"kaap{evil}.toml").write_text(
        '[bank]\nid = "kaap\\u001b]0;GEKAAPT\\u001b\\\\"\ntitle = "Kaap"\nversion = "1"\nsource = "x"\n\n'
        '[[phases]]\nid = "a"\ntitle = "A"\n\n[[phases.questions]]\nid = "q\\u001b[2J"\ntext = "V"\n'
        'kind = "open\\u009b31m"\nfollow_ups = ["{pers\\u001b[2Joon}"]\n',
        encoding="utf-8",
    )
    for args in (("banks", "validate", str(banks)), ("--banks", str(banks), "banks", "list")):
        result = quez("--db", str(tmp_path / "quez.db"), *args)
        assert result.returncode == 1
        assert_terminal_safe(result.stdout + result.stderr)
        assert b"kaap" in result.stderr


@pytest.mark.slow
def test_an_ascii_terminal_gets_the_output_or_a_reason_never_a_crash(tmp_path):
    db = tmp_path / "quez.db"
    session_id = hostile_session(db)
    env = {"PYTHONIOENCODING": "ascii", "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}
    for args in (("info",), ("summary", str(session_id)), ("export", "-o", str(tmp_path / "e.json"))):
        result = quez("--db", str(db), *args, env=env)
        stderr = result.stderr.decode("ascii", "replace")
        assert result.returncode == 0, stderr
        assert "onverwachte fout" not in stderr and "Traceback" not in stderr
    result = quez("--db", str(db), "summary", str(session_id), env=env)
    assert b"Kaaplabel" in result.stdout
    assert b"PYTHONIOENCODING=utf-8" in result.stderr  # says why the characters show as '?'


@pytest.mark.parametrize("unbuffered", [False, True])
def test_output_piped_into_a_reader_that_stops_early_is_no_error(tmp_path: Path, unbuffered: bool):
    """"quez info | head -1" printed "quez: bestandsfout (Broken pipe) bij onbekend bestand": the reader had
    closed the pipe. Here the reader is gone before QueZ writes a byte. A worker's shell buffers standard output
    (no PYTHONUNBUFFERED): then the closed pipe shows only when the output is flushed, which QueZ does itself
    before it ends, not Python at exit ("Exception ignored ... BrokenPipeError")."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"} | ({"PYTHONUNBUFFERED": "1"}
                                                                               if unbuffered else {})
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, "-m", "quez", "--db", str(tmp_path / "q.db"), "info"],
                              stdout=write_end, stderr=subprocess.PIPE, timeout=60, env=env)
    finally:
        os.close(write_end)
    assert done.stderr == b"", done.stderr
    assert done.returncode == 141
