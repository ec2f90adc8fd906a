"""The timeline across visits (issue 14): quiet only where someone could have come up; hidden rows say so."""

from __future__ import annotations

import pytest
from review_support import on_screen, ready, wait_for

from quez.summary.timeline import client_timeline


def short_visit(store, bank, code: str = "AB-12") -> int:
    """A second visit that only got to the open question."""
    session = store.start_session(code, bank)
    store.record_answer(session.id, "hoe-gaat-het", text="Beter dan vorige keer.", phase_id="begin")
    store.park_session(session.id)
    return session.id


def test_a_short_visit_does_not_make_everyone_go_quiet(history):
    store = history.store
    before = client_timeline(store, "AB-12")
    assert {p.name: before.trend(p) for p in before.persons}["Piet"] == "terugkerend"
    short_visit(store, history.bank)
    timeline = client_timeline(store, "AB-12")
    last = timeline.entries[-1]
    assert last.quiet == [] and last.new == [] and last.recurring == []
    trends = {p.name: timeline.trend(p) for p in timeline.persons}
    assert trends["Piet"] == "niet gevraagd"  # named last time; the question was not asked this time
    assert trends["Karin"] == "stil geworden"  # wie-snapt was asked in the third visit without her


def test_someone_goes_quiet_when_their_question_was_asked_again(history):
    store = history.store
    session = store.start_session("AB-12", history.bank)
    store.record_answer(session.id, "wie-snapt", text="Alleen mijn buurvrouw nog.", phase_id="begin")
    timeline = client_timeline(store, "AB-12")
    assert "Piet" in timeline.entries[-1].quiet
    assert {p.name: timeline.trend(p) for p in timeline.persons}["Piet"] == "stil geworden"


@pytest.mark.slow
async def test_the_timeline_table_says_when_persons_are_out_of_view(make_app, store, sample_bank):
    session = store.start_session("VL-1", sample_bank)
    client = store.client("VL-1")
    for n in range(20):
        person = store.add_person(client.id, f"Persoon{n:02d}", "kennis", "friends")
        store.add_mention(person.id, session.id, "wie-snapt")
    store.record_answer(session.id, "wie-snapt", text="Een heleboel mensen.", phase_id="begin")
    store.park_session(session.id)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        from quez.tui.screens.timeline import TimelineScreen

        app.push_screen(TimelineScreen("VL-1"))
        timeline = await on_screen(pilot, "TimelineScreen")
        more = timeline.query_one("#timeline-more")
        await wait_for(pilot, lambda: "↓ nog " in str(more.render()))
        grid = timeline.query_one("#timeline-grid")
        shown = grid.scrollable_content_region.height - grid.header_height
        assert str(more.render()).startswith(f"↓ nog {20 - shown} personen")
