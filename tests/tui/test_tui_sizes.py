"""Every size works (issue 14): the conversation, the summary, the review list and the bank manager
at 60x15, 80x24 and 120x40. What the worker must see and type is on screen; the rest scrolls or
folds with a visible sign. Update with --snapshot-update.
"""

from __future__ import annotations

import time

import pytest
from textual.widgets import Input, TextArea

from tests.pilot import conversation, on_screen, ready, settle, wait_for

SIZES = [(60, 15), (80, 24), (120, 40)]
FIXED = "2024-03-12T13:05:00.000+00:00"


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def fix_times(store) -> None:
    store.db.execute("update sessions set updated_at = started_at")
    store.db.execute("update sessions set started_at = ?, updated_at = ? where started_at > '2026-06'",
                     [FIXED, FIXED])
    store.db.conn.commit()


async def five_persons(pilot, screen) -> None:
    for entry in ("Els - tante", "de buurvrouw", "Piet - buurman", "Sam - zoon", "juf van Sam"):
        screen.query_one("#person-input", Input).value = entry
        await pilot.press("enter")
        await settle(pilot)
    screen.query_one("#answer-text", TextArea).text = "Els belt elke week; de buurvrouw doet soms boodschappen."
    screen.query_one("#answer-text", TextArea).focus()
    await settle(pilot)


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_conversation_persons_question(snap_compare, make_app, store, sample_bank, size):
    session = store.start_session("AB-17", sample_bank)
    fix_times(store)

    async def run_before(pilot):
        screen = await conversation(pilot, session.id)
        await five_persons(pilot, screen)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_summary(snap_compare, make_app, store, sample_bank, size):
    from tests.review.conftest import make_history

    history = make_history(store, sample_bank)
    store.park_session(history.third)
    fix_times(store)

    async def run_before(pilot):
        await ready(pilot)
        pilot.app.show_summary(history.first)
        await on_screen(pilot, "SummaryScreen")
        await pilot.pause(0.3)
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_review_list(snap_compare, make_app, store, sample_bank, size):
    from tests.review.conftest import make_history

    history = make_history(store, sample_bank)
    store.park_session(history.third)  # else QueZ offers to continue it first
    fix_times(store)

    async def run_before(pilot):
        await ready(pilot)
        await pilot.press("e")
        screen = await on_screen(pilot, "ReviewScreen")
        table = screen.query_one("#review-table")
        await wait_for(pilot, lambda: table.row_count == 4)
        await pilot.pause(0.5)  # the persons column fills in
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_bank_manager(snap_compare, make_app, bank_dir, monkeypatch, size):
    monkeypatch.setenv("HOME", str(bank_dir.parent))  # the bank shows as ~/banks/proefbank.toml

    async def run_before(pilot):
        await ready(pilot)
        await pilot.press("b")
        await on_screen(pilot, "BankManagerScreen")
        await pilot.pause(0.3)
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)
