"""End to end: the installed ``quez`` command in a real pseudo-terminal (tmux).

Each test runs its own tmux server on a private socket, at a fixed 100x30,
with ``QUEZ_DATA_DIR`` in a tmp dir; waits are generous but bounded.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux for a real terminal"),
              pytest.mark.slow]  # a real terminal

QUEZ = Path(sys.executable).with_name("quez")
WAIT = 45.0


class Terminal:
    def __init__(self, tmp_path: Path):
        self.socket = tmp_path / "tmux.sock"
        self.conf = tmp_path / "tmux.conf"
        self.conf.write_text("set -g remain-on-exit on\nset -g history-limit 0\n")
        self.name = ""
        self.runs = 0

    def tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-S", str(self.socket), "-f", str(self.conf), *args],
            capture_output=True, text=True, timeout=30,
        )
        return result.stdout

    def start(self, *args: str, env: dict[str, str]) -> None:
        self.runs += 1
        self.name = f"quez{self.runs}"
        # only the listed environment: run from inside tmux, the outer session's variables reached quez
        # through this tmux server and changed what Textual drew
        command = shlex.join(["env", "-i", *(f"{k}={v}" for k, v in env.items()), str(QUEZ), *args])
        self.tmux("new-session", "-d", "-s", self.name, "-x", "100", "-y", "30", command)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.name)

    def wait(self, *texts: str, timeout: float = WAIT) -> str:
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if all(t in shown for t in texts):
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"not on screen: {texts!r}\n---\n{shown}")
            time.sleep(0.25)

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", self.name, key)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", self.name, "-l", text)
        self.wait(text)

    def pid(self) -> int:
        return int(self.tmux("display-message", "-p", "-t", self.name, "#{pane_pid}").strip())

    def dead(self) -> bool:
        return self.tmux("display-message", "-p", "-t", self.name, "#{pane_dead}").strip() == "1"

    def wait_dead(self, timeout: float = WAIT) -> None:
        deadline = time.monotonic() + timeout
        while not self.dead():
            if time.monotonic() > deadline:
                raise AssertionError(f"quez did not stop\n---\n{self.screen()}")
            time.sleep(0.25)

    def close(self) -> None:
        self.tmux("kill-server")


@pytest.fixture
def terminal(tmp_path: Path):
    term = Terminal(tmp_path)
    yield term
    term.close()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        "TERM": "xterm-256color",
        "QUEZ_DATA_DIR": str(tmp_path / "userdata"),
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
    }


def rows(db: Path, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_type_an_answer_move_on_and_quit(terminal, env, tmp_path, bank_dir):
    db = tmp_path / "e2e.db"
    terminal.start("--db", str(db), "--banks", str(bank_dir), env=env)
    terminal.wait("Nieuw gesprek", "Alles wat je invoert blijft op deze computer")
    terminal.keys("n")
    terminal.wait("Cliëntcode")
    terminal.type("E2E-1")
    terminal.wait("Nieuwe cliënt.")
    terminal.keys("Enter", "Enter")  # on to the label, then to the banks
    terminal.keys("End", "Enter")  # the test bank is listed last
    terminal.wait("Wie snapt waar je mee worstelt?", "Fase 1 van 2 · vraag 1 van 5")
    terminal.type("Els - tante")
    terminal.keys("Enter")
    terminal.wait("Els — tante")
    terminal.keys("Enter")  # an empty entry moves on to what was said
    terminal.type("Ze belt vaak.")
    terminal.keys("C-n")
    terminal.wait("Doorvragen?", "Wat vindt Els dat je goed doet?")
    terminal.keys("Escape")
    terminal.wait("Hoe gaat het nu met je?")
    terminal.type("Goed.")
    terminal.keys("C-q")
    terminal.wait_dead()

    assert rows(db, "select status, current_question from sessions") == [("in_progress", "hoe-gaat-het")]
    assert rows(db, "select question_id, status, text from answers order by id") == [
        ("wie-snapt", "answered", "Ze belt vaak."),
        ("hoe-gaat-het", "draft", "Goed."),  # typed, not moved on: kept on quit
    ]
    assert rows(db, "select name, relation, category from persons") == [("Els", "tante", "family")]
    assert rows(db, "select question_id, source from mentions") == [("wie-snapt", "worker")]


def test_killed_process_offers_resume_at_same_question(terminal, env, tmp_path, bank_dir, sample_bank):
    from quez.storage.store import Store

    db = tmp_path / "kill.db"
    with Store(db) as store:
        session = store.start_session("KILL-1", sample_bank)
        store.record_answer(session.id, "wie-snapt", text="Mijn zus.", phase_id="begin")
        store.set_position(session.id, "hoe-gaat-het", 300)
    args = ("--db", str(db), "--banks", str(bank_dir))

    terminal.start(*args, env=env)
    terminal.wait("Verder met het onderbroken gesprek?", "Hoe gaat het nu met je?", "vraag 2 van 5")
    terminal.keys("Enter")
    terminal.wait("Fase 1 van 2 · vraag 2 van 5")
    terminal.type("Eerst slecht, nu beter.")
    deadline = time.monotonic() + WAIT  # the draft is saved within a few seconds
    while rows(db, "select text from answers where question_id = 'hoe-gaat-het'") != [("Eerst slecht, nu beter.",)]:
        assert time.monotonic() < deadline, "draft never saved"
        time.sleep(0.25)
    os.kill(terminal.pid(), signal.SIGKILL)  # no chance to save anything more
    terminal.wait_dead()

    terminal.start(*args, env=env)
    shown = terminal.wait("Verder met het onderbroken gesprek?", "KILL-1", "Hoe gaat het nu met je?")
    assert "Alle antwoorden tot nu toe zijn bewaard." in shown
    terminal.keys("Enter")
    terminal.wait("Fase 1 van 2 · vraag 2 van 5", "Hoe gaat het nu met je?", "Eerst slecht, nu beter.")
    terminal.keys("C-b")
    terminal.wait("Wie snapt waar je mee worstelt?", "Mijn zus.")
    terminal.keys("C-q")
    terminal.wait_dead()

    assert rows(db, "select question_id, status, text from answers order by id") == [
        ("wie-snapt", "answered", "Mijn zus."),
        ("hoe-gaat-het", "answered", "Eerst slecht, nu beter."),  # moved back: now an answer
    ]
    (status, current, elapsed), = rows(db, "select status, current_question, elapsed_seconds from sessions")
    assert (status, current) == ("in_progress", "wie-snapt") and elapsed >= 300
