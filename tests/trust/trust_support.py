"""Helpers shared by the trust tests: the sample bank, a client full of data, byte checks."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import sqlite3
from pathlib import Path

_root_conftest = Path(__file__).resolve().parents[1] / "conftest.py"
_spec = importlib.util.spec_from_file_location("quez_tests_root_conftest", _root_conftest)
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)  # type: ignore[union-attr]
SAMPLE: str = _module.SAMPLE_BANK


def sample_bank():
    from quez.banks.loader import parse_bank

    return parse_bank(SAMPLE)


def populate(store, bank, code: str, secret: str) -> dict:
    """A client with data in every table the app writes: answers, notes, persons, mentions."""
    from quez.storage.notes import add_note

    session = store.start_session(code, bank)
    client = store.client(code)
    store.set_client_label(code, f"label {secret}")
    person = store.add_person(client.id, f"Persoon{secret}", relation=f"relatie {secret}")
    store.record_answer(session.id, "wie-snapt", text=f"Mijn buurvrouw {secret} snapt het.", note=f"notitie {secret}")
    store.add_mention(person.id, session.id, "wie-snapt", quote=f"citaat {secret}")
    store.record_answer(
        session.id,
        f"wie-snapt~0~{person.id}",
        text=f"Zij vindt dat ik {secret} goed doe.",
        parent_question_id="wie-snapt",
        person_id=person.id,
        question_text=f"Wat vindt Persoon{secret} dat je goed doet?",
    )
    store.save_draft(session.id, "hoe-gaat-het", f"concept {secret}")
    store.record_answer(session.id, "hoe-zwaar", value="4")
    add_note(store, session.id, f"losse notitie {secret}")
    second = store.start_session(code, bank)
    store.record_answer(second.id, "wie-snapt", text=f"Weer {secret}.")
    store.park_session(second.id)
    return {"client": client, "sessions": [session.id, second.id], "person": person.id}


def files_of(db_path: Path) -> list[Path]:
    siblings = (db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", "-journal"))
    return [p for p in (db_path, *siblings) if p.exists()]


def digest(db_path: Path) -> str:
    """Hash of the database's content files (what "nothing changed" is measured on)."""
    h = hashlib.sha256()
    for path in files_of(db_path):
        if path.name.endswith("-shm"):
            continue  # shared-memory index, rebuilt by any reader
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


# -- a real quez in a pseudo-terminal ---------------------------------------------------


def write_long_bank(directory: Path, *, bank_id: str = "lang", prefix: str = "", count: int = 400) -> Path:
    """A bank of ``count`` open questions "Vraag <prefix>001: ..." with ids v001..."""
    directory.mkdir(parents=True, exist_ok=True)
    questions = "\n".join(
        f'[[phases.questions]]\nid = "v{i:03d}"\ntext = "Vraag {prefix}{i:03d}: wat ging er goed?"\nkind = "open"\n'
        for i in range(1, count + 1)
    )
    path = directory / f"{bank_id}.toml"
    path.write_text(
        f'[bank]\nid = "{bank_id}"\ntitle = "Proef {bank_id}"\nversion = "1"\nsource = "test"\n\n'
        f'[[phases]]\nid = "alles"\ntitle = "Alles"\n\n{questions}',
        encoding="utf-8",
    )
    return path


def terminal_env(tmp_path: Path) -> dict[str, str]:
    return {
        "TERM": "xterm-256color",
        "QUEZ_DATA_DIR": str(tmp_path / "userdata"),
        "HOME": str(tmp_path),
        "PATH": os.environ.get("PATH", ""),
        "LANG": "C.UTF-8",
    }


class QuezProcess:
    """``quez --db DB --banks DIR`` in a pseudo-terminal (pexpect), 100x30."""

    def __init__(self, db: Path, banks: Path, env: dict[str, str], timeout: float = 30):
        import signal
        import sys

        import pexpect

        self._signal = signal
        self.pexpect = pexpect
        quez = Path(sys.executable).with_name("quez")
        self.child = pexpect.spawn(
            str(quez),
            ["--db", str(db), "--banks", str(banks), "--lock-minutes", "0"],
            env=env,
            dimensions=(30, 100),
            encoding="utf-8",
            codec_errors="replace",
            timeout=timeout,
        )

    def expect(self, pattern, timeout: float | None = -1):
        try:
            self.child.expect(pattern, timeout=timeout)
        except (self.pexpect.EOF, self.pexpect.TIMEOUT) as exc:
            seen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", " ", str(self.child.before))
            raise AssertionError(
                f"{type(exc).__name__} waiting for {pattern!r}; last output:\n{re.sub(' +', ' ', seen)[-1500:]}"
            ) from None
        return self.child.match

    def send(self, text: str) -> None:
        self.child.send(text)

    def kill(self) -> None:
        if self.child.isalive():
            os.kill(self.child.pid, self._signal.SIGKILL)
        self.child.wait()
        self.child.close(force=True)

    def quit(self) -> None:
        """Ctrl+Q, and wait for the process to end."""
        self.child.send("\x11")
        self.child.expect(self.pexpect.EOF)
        self.child.wait()


# -- hostile text: terminal escapes and Rich markup in everything that can reach a screen --------

#: escape sequences a terminal acts on, each with a payload that must never reach it
PAYLOADS = (
    "\x1b]52;c;R0VLQUFQVA==\x1b\\",  # OSC 52: write the clipboard
    "\x1b]0;GEKAAPT-TITEL\x1b\\",  # OSC 0: window title
    "\x1b]8;;http://gekaapt.example\x1b\\klik\x1b]8;;\x1b\\",  # OSC 8: a link
    "\x1bP1$qGEKAAPT-DCS\x1b\\",  # DCS
    "\x1b[2J\x1b[?1049l",  # clear the screen, leave the alternate screen
    "\x9b31m\x9d0;GEKAAPT-C1\x9c",  # 8-bit CSI and OSC
    "\x07",
)
#: what must never be in the bytes written to the terminal (the payloads' own parts)
FORBIDDEN = ("]52;", "]0;GEKAAPT", "GEKAAPT", "gekaapt.example", "\x1bP", "\x1b[2J", "\x9b", "\x9d")
MARKUP = " [/] [b]vet[/b] [oud adres] [link=http://x]y[/link]"


def hostile(word: str) -> str:
    """``word`` (to find it on screen) with every payload and markup around it."""
    return word + "".join(PAYLOADS) + MARKUP


def plant_hostile_bank(db_path: Path, session_id: int) -> None:
    """Make the session's bank snapshot hostile everywhere it has text (as an older import could have)."""
    import json
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        (raw,) = conn.execute("select bank_snapshot from sessions where id = ?", [session_id]).fetchone()
        bank = json.loads(raw)
        bank["bank"]["title"] = hostile("Kaapbank")
        for pi, phase in enumerate(bank["phases"]):
            phase["title"] = hostile(f"Kaapfase{pi}")
            phase["intro"] = hostile(f"Kaapintro{pi}")
            for question in phase["questions"]:
                question["text"] = hostile(f"Kaapvraag-{question['id']}")
                question["hint"] = hostile("Kaaphint")
                if question["follow_ups"]:
                    question["follow_ups"] = [hostile("Kaapdoorvraag {persoon}")]
                if question["options"]:
                    question["options"] = [hostile("Kaapoptie"), "ja [/] nee"]
                if question["scale"]:
                    question["scale"]["low_label"] = hostile("Kaaplaag")
        conn.execute("update sessions set bank_snapshot = ?, bank_title = ? where id = ?",
                     [json.dumps(bank), hostile("Kaapbank"), session_id])
        conn.commit()
    finally:
        conn.close()


def remaining_text(db, needle: str) -> list[str]:
    """Tables and columns in which ``needle`` still occurs (``db``: a sqlite-utils Database or connection)."""
    def quote(name: str) -> str:
        return '"' + name.replace('"', '""') + '"'

    hits = []
    for (name,) in list(db.execute("select name from sqlite_master where type = 'table'")):
        for col in [row[1] for row in db.execute(f"pragma table_info({quote(name)})")]:
            sql = f"select 1 from {quote(name)} where cast({quote(col)} as text) like ? limit 1"
            try:
                if list(db.execute(sql, [f"%{needle}%"])):
                    hits.append(f"{name}.{col}")
            except sqlite3.Error:
                continue
    return hits
