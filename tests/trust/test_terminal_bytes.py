"""The raw bytes a real ``quez`` writes to a pseudo-terminal while every screen shows hostile data.

Client label, bank title, phase titles and intros, questions, hints, follow-ups, options, scale
labels, names, answers and a bank file name all carry escape sequences (OSC 52, OSC 0, OSC 8,
DCS, CSI 2J, 8-bit C1) and Rich markup. Every byte the app writes is recorded; none of those
sequences (nor their payloads) may be among them, while the words around them are.
"""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.slow  # a real terminal (pty)
from trust_support import FORBIDDEN, hostile, plant_hostile_bank, sample_bank, terminal_env  # noqa: E402

CLIENT = "KAAP-1"


def hostile_database(db: Path) -> None:
    from quez.storage.store import Store

    with Store(db) as store:
        session = store.start_session(CLIENT, sample_bank())
        store.set_client_label(CLIENT, hostile("Kaaplabel"))
        client = store.client(CLIENT)
        person = store.add_person(client.id, hostile("Kaapnaam"), relation=hostile("Kaaprelatie"))
        store.record_answer(session.id, "wie-snapt", text=hostile("Kaapantwoord"), question_text=hostile("Kaapvraag"))
        store.add_mention(person.id, session.id, "wie-snapt", quote=hostile("Kaapcitaat"))
        store.record_answer(session.id, "hoe-gaat-het", text=hostile("Kaaptekst"))
        finished = store.start_session(CLIENT, sample_bank())
        store.record_answer(finished.id, "wie-snapt", text=hostile("Kaapeerder"), question_text=hostile("Kaapvraag"))
        store.finish_session(finished.id)
        plant_hostile_bank(db, session.id)
        plant_hostile_bank(db, finished.id)


class Terminal:
    """``quez`` in a pseudo-terminal; every byte it writes is kept in :attr:`raw`."""

    def __init__(self, tmp_path: Path, db: Path, banks: Path):
        self.log = io.BytesIO()
        quez = Path(sys.executable).with_name("quez")
        self.child = pexpect.spawn(str(quez), ["--db", str(db), "--banks", str(banks), "--lock-minutes", "0"],
                                   env=terminal_env(tmp_path), dimensions=(40, 120), timeout=30)
        self.child.logfile_read = self.log

    @property
    def raw(self) -> bytes:
        return self.log.getvalue()

    def wait_for(self, word: str, timeout: float = 20) -> None:
        """Until ``word`` has been written (anywhere in the output so far)."""
        deadline = time.monotonic() + timeout
        while word.encode() not in self.raw:
            if time.monotonic() > deadline:
                raise AssertionError(f"{word!r} never shown")
            try:
                self.child.read_nonblocking(65536, timeout=0.1)
            except pexpect.TIMEOUT:
                pass

    def settle(self, seconds: float = 0.6) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                self.child.read_nonblocking(65536, timeout=0.1)
            except pexpect.TIMEOUT:
                pass

    def keys(self, *keys: str, pause: float = 0.5) -> None:
        for key in keys:
            self.child.send(key)
            self.settle(pause)


def test_no_escape_from_the_data_reaches_the_terminal_on_any_screen(tmp_path):
    banks = tmp_path / "banks"
    banks.mkdir()
    (banks / hostile("kaapbestand").replace("/", "_")).with_suffix(".toml").write_text("[bank]\n", encoding="utf-8")
    db = tmp_path / "data" / "quez.db"
    hostile_database(db)
    term = Terminal(tmp_path, db, banks)
    try:
        term.wait_for("Kaaplabel")  # the resume dialog: client label, bank title, question
        term.wait_for("Verder waar het was")
        term.keys("\r")  # continue: the question, its phase intro and hint
        term.wait_for("Kaapintro0")
        for _ in range(6):  # through every question: follow-ups, scale labels, options
            term.keys("\x0e", pause=0.8)  # Ctrl+N
            term.keys("a", pause=0.8) if b"Doorvragen?" in term.raw[-20000:] else None
        term.keys("\x06", pause=1.0)  # Ctrl+F: the closing screen
        term.wait_for("Afronding")
        term.keys("s", pause=1.5)  # the summary and its tabs
        term.wait_for("Samenvatting")
        term.keys("2", "3", "4", "\x1b", pause=0.8)  # back on the closing screen
        term.keys("l", pause=1.0)  # 'Later verder': parked, home
        deadline = time.monotonic() + 10
        while b"Eerdere gesprekken bekijken" not in term.raw[-30000:] and time.monotonic() < deadline:
            term.keys("\x1b", pause=0.5)
        term.keys("e", pause=1.5)  # review: sessions, then clients (labels)
        term.wait_for("Eerdere gesprekken")
        term.keys("c", pause=1.0)
        term.keys("c", pause=1.0)
        term.keys("\r", pause=1.5)  # a past session
        term.keys("t", pause=1.5)  # its client's timeline
        term.keys("\x1b", "\x1b", "\x1b", pause=0.6)
        term.keys("b", pause=1.5)  # bank manager: the hostile file name
        term.wait_for("kaapbestand")
        term.keys("\x1b", pause=0.6)
        term.keys("v", pause=1.5)  # the list of unfinished conversations
        term.keys("\x1b", pause=0.6)
        term.child.send("\x11")  # Ctrl+Q
        term.child.expect(pexpect.EOF, timeout=20)
    finally:
        if term.child.isalive():
            os.kill(term.child.pid, 9)
        term.child.close(force=True)
    raw = term.raw
    text = raw.decode("utf-8", "replace")
    for word in ("Kaaplabel", "Kaapbank", "Kaapfase0", "Kaapintro0", "Kaaphint", "Kaapvraag-hoe-gaat-het",
                 "Kaapoptie", "Kaaplaag", "Kaapnaam", "Kaapantwoord", "Kaaptekst", "kaapbestand", "Kaapeerder"):
        assert word in text, f"{word} was not shown: the test did not visit every screen"
    for payload in FORBIDDEN:
        assert payload not in text, f"{payload!r} from the data reached the terminal"
