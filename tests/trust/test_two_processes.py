"""Two ``quez`` processes on one database (two terminals): no corruption, no lost answers,
and a clear message when the database stays busy."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

pytest.importorskip("pexpect")
pytestmark = pytest.mark.slow  # real terminals (pty), two processes
from trust_support import QuezProcess, terminal_env, write_long_bank  # noqa: E402

ROUNDS = 12


def start_sessions(tmp_path):
    from quez.banks.loader import load_bank
    from quez.storage.store import Store

    banks = tmp_path / "banks"
    bank_a = load_bank(write_long_bank(banks, bank_id="a", prefix="A", count=60))
    bank_b = load_bank(write_long_bank(banks, bank_id="b", prefix="B", count=60))
    db = tmp_path / "data" / "quez.db"
    with Store(db) as store:
        a = store.start_session("TWEE-A", bank_a)
        store.park_session(a.id)
        time.sleep(0.01)
        b = store.start_session("TWEE-B", bank_b)
        store.park_session(b.id)  # parked, newest first in "Verder met een gesprek"
    return db, banks


def open_parked(app: QuezProcess, down: int, prefix: str, *, decline_resume: bool = False) -> None:
    if decline_resume:
        app.expect("onderbroken gesprek")
        time.sleep(0.2)
        app.send("\x1b")  # "Niet nu"
    app.expect("blijft op deze computer")  # the home screen is ready (store open, banks loaded)
    time.sleep(0.2)
    app.send("v")
    app.expect("TWEE-A · Proef a")  # the list is filled
    time.sleep(0.3)
    for _ in range(down):
        app.send("\x1b[B")
        time.sleep(0.2)
    app.send("\r")
    app.expect(f"Vraag {prefix}001")


def answers(db) -> dict[tuple[str, str], tuple[str, str]]:
    conn = sqlite3.connect(db, timeout=10)
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        rows = conn.execute(
            "select c.code, a.question_id, a.status, a.text from answers a "
            "join sessions s on s.id = a.session_id join clients c on c.id = s.client_id"
        )
        return {(code, q): (status, text) for code, q, status, text in rows}
    finally:
        conn.close()


def test_two_windows_on_one_database_lose_nothing(tmp_path):
    db, banks = start_sessions(tmp_path)
    env = terminal_env(tmp_path)
    window_a = QuezProcess(db, banks, env)
    window_b = None
    try:
        open_parked(window_a, 1, "A")  # TWEE-B is newest; TWEE-A below it
        window_b = QuezProcess(db, banks, env)
        # the second window offers to continue the conversation open in the first one
        # (it can't know it is open there); "Niet nu" parks it, which loses nothing
        open_parked(window_b, 1, "B", decline_resume=True)
        expected = {}
        for n in range(1, ROUNDS + 1):
            text_a, text_b = f"A zegt {n}: mijn zus helpt 🙂", f"B zegt {n}: de buurman helpt"
            # both windows save at (nearly) the same moment
            window_a.send(text_a + "\x0e")
            window_b.send(text_b + "\x0e")
            window_a.expect(f"Vraag A{n + 1:03d}")
            window_b.expect(f"Vraag B{n + 1:03d}")
            expected[("TWEE-A", f"v{n:03d}")] = ("answered", text_a)
            expected[("TWEE-B", f"v{n:03d}")] = ("answered", text_b)
        window_a.quit()
        window_b.quit()
    finally:
        for window in (window_a, window_b):
            if window is not None:
                window.kill()
    assert answers(db) == expected


def test_a_database_that_stays_busy_gives_a_clear_message_and_keeps_the_text(tmp_path):
    db, banks = start_sessions(tmp_path)
    window = QuezProcess(db, banks, terminal_env(tmp_path))
    try:
        open_parked(window, 1, "A")
        locked = threading.Event()
        release = threading.Event()

        def hold_write_lock():
            conn = sqlite3.connect(db, timeout=10, isolation_level=None)
            conn.execute("begin immediate")  # another program writing for a long time
            locked.set()
            release.wait(30)
            conn.execute("rollback")
            conn.close()

        holder = threading.Thread(target=hold_write_lock)
        holder.start()
        assert locked.wait(10)
        window.send("Tijdens de drukte getypt.\x0e")
        window.expect("bezet", timeout=20)  # after the 5 s busy timeout, in plain Dutch
        release.set()
        holder.join(10)
        time.sleep(0.5)
        window.send("\x0e")  # try again: the typed text was kept on screen
        window.expect("Vraag A002")
        window.quit()
    finally:
        window.kill()
    assert answers(db) == {("TWEE-A", "v001"): ("answered", "Tijdens de drukte getypt.")}
