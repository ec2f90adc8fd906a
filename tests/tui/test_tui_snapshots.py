"""Snapshots of the main screens at 80x24 (dark and light). Update with --snapshot-update.

Deterministic: new sessions show "0 min", start times are fixed, TZ is UTC.
"""

from __future__ import annotations

import time

import pytest
from textual.widgets import Input, TextArea

from tests.pilot import conversation, on_screen, ready, settle

FIXED = "2024-03-12T13:05:00.000+00:00"


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def fix_times(store, session_id: int) -> None:
    store.db.execute("update sessions set started_at = ?, updated_at = ? where id = ?", [FIXED, FIXED, session_id])
    store.db.conn.commit()


async def add_persons(pilot, screen) -> None:
    for entry in ("Els - tante", "de buurvrouw"):
        field = screen.query_one("#person-input", Input)
        field.value = entry
        await pilot.press("enter")
        await settle(pilot)
    screen.query_one("#answer-text", TextArea).text = "Els belt elke week; de buurvrouw doet soms boodschappen."
    screen.query_one("#person-input", Input).focus()
    await settle(pilot)


def test_home(snap_compare, make_app, db_path, monkeypatch):
    monkeypatch.setenv("HOME", str(db_path.parent.parent))  # the database shows as ~/data/quez.db

    async def run_before(pilot):
        await ready(pilot)
        assert "in ~/data/quez.db." in str(pilot.app.screen.query_one("#home-status").render())

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)


def test_start(snap_compare, make_app):
    async def run_before(pilot):
        await ready(pilot)
        await pilot.press("n")
        screen = await on_screen(pilot, "StartScreen")
        screen.query_one("#client-code", Input).value = "AB-17"
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)


@pytest.mark.slow
def test_persons_question(snap_compare, make_app, store, sample_bank):
    session = store.start_session("AB-17", sample_bank)

    async def run_before(pilot):
        screen = await conversation(pilot, session.id)
        await add_persons(pilot, screen)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)


@pytest.mark.slow
def test_persons_question_light(snap_compare, make_app, store, sample_bank):
    session = store.start_session("AB-17", sample_bank)
    app = make_app()

    async def run_before(pilot):
        pilot.app.theme = "textual-light"
        screen = await conversation(pilot, session.id)
        await add_persons(pilot, screen)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


@pytest.mark.slow
def test_follow_up_offer(snap_compare, make_app, store, sample_bank):
    session = store.start_session("AB-17", sample_bank)

    async def run_before(pilot):
        screen = await conversation(pilot, session.id)
        await add_persons(pilot, screen)
        await pilot.press("ctrl+n")
        await on_screen(pilot, "FollowUpScreen")
        await pilot.press("space")

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)


@pytest.mark.slow
def test_scale_question(snap_compare, make_app, store, sample_bank):
    session = store.start_session("AB-17", sample_bank)
    store.set_position(session.id, "hoe-zwaar")

    async def run_before(pilot):
        await conversation(pilot, session.id)
        await pilot.press("4")

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)


def test_closing(snap_compare, make_app, store, sample_bank):
    session = store.start_session("AB-17", sample_bank)
    client = store.client("AB-17")
    els = store.add_person(client.id, "Els", "tante", "family")
    store.add_mention(els.id, session.id, "wie-snapt")
    store.record_answer(session.id, "wie-snapt", text="Els snapt het.", phase_id="begin")
    store.record_answer(session.id, "hoe-gaat-het", status="declined", phase_id="begin")
    store.record_answer(session.id, "hoe-zwaar", status="parked", phase_id="verder")
    store.record_answer(session.id, "soort-hulp", value="praktisch", phase_id="verder")
    store.record_answer(session.id, "eerder-gevraagd", status="skipped", phase_id="verder")
    store.set_position(session.id, "eerder-gevraagd", 1260)
    fix_times(store, session.id)

    async def run_before(pilot):
        await ready(pilot)
        from quez.tui.screens.closing import ClosingScreen

        pilot.app.push_screen(ClosingScreen(session.id))
        await on_screen(pilot, "ClosingScreen")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)
