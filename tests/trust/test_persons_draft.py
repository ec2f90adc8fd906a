"""A name typed in a persons question (no Enter yet) is part of the draft: Ctrl+Q or kill -9 keep it."""

from __future__ import annotations

import sqlite3
import time

import pytest
from trust_support import sample_bank, terminal_env

from quez.storage.store import Store
from quez.tui.widgets.editors import Input, TextArea
from tests.pilot import conversation, wait_for

NAME = "Wilhelmina - tante"


def persons_session(db_path) -> int:
    with Store(db_path) as store:
        session = store.start_session("KL-1", sample_bank())
        store.set_position(session.id, "wie-snapt")
        return session.id


@pytest.mark.slow
async def test_the_name_field_survives_ctrl_q_and_comes_back(make_app, db_path, store):
    session_id = persons_session(db_path)
    app = make_app(idle_lock_minutes=0, draft_interval=0.2)
    async with app.run_test() as pilot:
        screen = await conversation(pilot, session_id)
        screen.query_one("#answer-text", TextArea).text = "Ze belt elke week."
        screen.query_one("#person-input", Input).value = NAME
        await wait_for(pilot, lambda: (store.answer(session_id, "wie-snapt") or None) is not None
                       and store.answer(session_id, "wie-snapt").value == NAME)  # the draft interval
        screen.query_one("#person-input", Input).value = NAME + " en oom Kees"
        await pilot.press("ctrl+q")  # and whatever changed since, on closing
    assert store.answer(session_id, "wie-snapt").value == NAME + " en oom Kees"
    assert store.answer(session_id, "wie-snapt").text == "Ze belt elke week."
    app = make_app(idle_lock_minutes=0)
    async with app.run_test() as pilot:
        screen = await conversation(pilot, session_id)
        assert screen.query_one("#person-input", Input).value == NAME + " en oom Kees"
        assert screen.query_one("#answer-text", TextArea).text == "Ze belt elke week."
        screen.query_one("#person-input", Input).value = NAME
        await pilot.press("ctrl+n")  # moving on adds the person; the field is no longer a draft
        await wait_for(pilot, lambda: type(app.screen).__name__ == "FollowUpScreen")
        await pilot.press("escape")  # no follow-ups
        await wait_for(pilot, lambda: screen.step.id != "wie-snapt")
    answer = store.answer(session_id, "wie-snapt")
    assert answer.value is None and answer.status == "answered"
    assert [p.name for p in store.persons(store.client("KL-1").id)] == ["Wilhelmina"]


@pytest.mark.slow  # a real terminal, kill -9
def test_the_name_field_survives_kill_9_after_the_draft_interval(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    from trust_support import QuezProcess

    banks = tmp_path / "banks"
    banks.mkdir()
    db = tmp_path / "data" / "quez.db"
    session_id = persons_session(db)
    app = QuezProcess(db, banks, terminal_env(tmp_path))
    try:
        app.expect("Verder waar het was")
        app.send("\r")
        app.expect("Wie snapt")
        time.sleep(0.5)
        app.send(NAME)
        app.expect("Wilhelmina")
        time.sleep(4.5)  # the draft interval is 3 s
    finally:
        app.kill()
    assert pexpect is not None
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("select value, status from answers where session_id = ? and question_id = 'wie-snapt'",
                           [session_id]).fetchone()
    finally:
        conn.close()
    assert row == (NAME, "draft")
