"""The count of persons is one number everywhere: summary, review list, ``quez info``, start screen,
timeline and a past session."""

from __future__ import annotations

import pytest

from quez.cli import main
from quez.storage.persons import PersonDecisions
from quez.summary import all_person_count, client_person_count, session_person_count, summarise_client
from quez.summary.timeline import client_timeline
from quez.tui.widgets.review_table import ReviewTable
from tests.pilot import SIZE, on_screen, ready, settle, wait_for
from tests.review.review_support import table_rows


def mixed_history(store, talk) -> tuple[int, int]:
    """Stored rows and the summary differ: persons only found in text, one removed, one merged, one on record."""
    sid = talk({"wie-snapt": "Mijn zus Karin snapt het. De buurvrouw Anja vindt dat ik het goed doe.",
                "hoe-gaat-het": "Op maandag met Bakker naar de markt."})
    client_id = store.session(sid).client_id
    jan = store.add_person(client_id, "Jan", "vader", "family")
    store.add_mention(jan.id, sid, "wie-snapt", "worker")
    decisions = PersonDecisions(store)
    summary = summarise_client(store, "KL-1")
    decisions.remove(client_id, next(p for p in summary.persons if p.name == "Bakker").ref())
    papa = store.add_person(client_id, "papa", "vader", "family")
    decisions.merge(client_id, summarise_client(store, "KL-1").person(f"p{papa.id}").ref(),
                    summarise_client(store, "KL-1").person(f"p{jan.id}").ref())
    store.add_person(client_id, "Oma Riet", "oma", "family")  # confirmed, never named in a session
    second = talk({"hoe-gaat-het": "Karin belde."})
    other = talk({"hoe-gaat-het": "Mijn collega Henk helpt."}, client="ZZ-9")
    for session_id in (sid, second, other):
        store.finish_session(session_id)
    return sid, second


def test_one_number_in_every_function(store, talk, db_path, capsys):
    sid, second = mixed_history(store, talk)
    summary = summarise_client(store, "KL-1")
    names = sorted(p.name for p in summary.persons)
    assert names == ["Anja", "Jan", "Karin", "Oma Riet"]  # not Bakker (removed), not papa (merged)
    assert store._query("select count(*) as n from persons")[0]["n"] == 4  # the rows say something else
    assert client_person_count(store, "KL-1") == 4 == len(client_timeline(store, "KL-1").persons)
    assert session_person_count(store, sid) == 3 and session_person_count(store, second) == 1
    assert all_person_count(store) == 4 + client_person_count(store, "ZZ-9") == 5
    assert main(["--db", str(db_path), "info"]) == 0
    assert "5 personen" in capsys.readouterr().out


@pytest.mark.slow
async def test_one_number_on_every_screen(make_app, store, talk):
    sid, _second = mixed_history(store, talk)
    expected = client_person_count(store, "KL-1")
    in_session = session_person_count(store, sid)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n")
        start = await on_screen(pilot, "StartScreen")
        start.query_one("#client-code").value = "KL-1"
        await settle(pilot)
        assert f"· {expected} personen genoemd" in str(start.query_one("#client-info").render())
        await pilot.press("escape")
        await on_screen(pilot, "HomeScreen")
        await pilot.press("e")
        review = await on_screen(pilot, "ReviewScreen")
        table = review.query_one(ReviewTable)
        await wait_for(pilot, lambda: {r[1]: r[5] for r in table_rows(table)}.get("ZZ-9") == "1")
        rows = {str(key.value): [str(c) for c in table.get_row(key)] for key in table.rows}
        assert rows[f"s:{sid}"][5] == str(in_session)
        await pilot.press("c")  # per client
        await wait_for(pilot, lambda: {r[0]: r[5] for r in table_rows(table)}.get("KL-1") == str(expected))
        await pilot.press("escape")
        await on_screen(pilot, "HomeScreen")
        app.push_screen(__import__("quez.tui.screens.timeline", fromlist=["TimelineScreen"]).TimelineScreen("KL-1"))
        timeline = await on_screen(pilot, "TimelineScreen")
        await wait_for(pilot, lambda: f"{expected} personen genoemd" in str(timeline.query_one("#timeline-meta")
                                                                             .render()))
        assert timeline.query_one("#timeline-grid").row_count == expected
        app.show_summary(sid)
        summary = await on_screen(pilot, "SummaryScreen")
        await settle(pilot)
        assert summary.query_one("#person-list").option_count == in_session


def test_a_clients_count_is_remembered_and_recounted_after_any_change(store, talk, monkeypatch):
    import quez.summary.assemble as assemble
    from quez.storage.journal import undo_last

    sid, _second = mixed_history(store, talk)
    client_id = store.session(sid).client_id
    calls = []
    real = assemble.summarise_client
    monkeypatch.setattr(assemble, "summarise_client", lambda *a: calls.append(a) or real(*a))
    assert client_person_count(store, "KL-1") == 4 and len(calls) == 1
    assert client_person_count(store, "KL-1") == 4 and len(calls) == 1  # remembered
    decisions = PersonDecisions(store)
    summary = summarise_client(store, "KL-1")
    decisions.remove(client_id, next(p for p in summary.persons if p.name == "Anja").ref())
    assert client_person_count(store, "KL-1") == 3 == len(summarise_client(store, "KL-1").persons)
    undo_last(store, client_id)
    assert client_person_count(store, "KL-1") == 4
    store.record_answer(sid, "hoe-zwaar", text="Mijn neef Bram helpt.")
    assert client_person_count(store, "KL-1") == 5 == len(summarise_client(store, "KL-1").persons)
    summary = summarise_client(store, "KL-1")
    decisions.merge(client_id, next(p for p in summary.persons if p.name == "Bram").ref(),
                    next(p for p in summary.persons if p.name == "Karin").ref())
    assert client_person_count(store, "KL-1") == 4
    decisions.split_answer(client_id, summarise_client(store, "KL-1").person(
        next(p.group_id for p in summarise_client(store, "KL-1").persons if p.name == "Karin")).ref(),
        sid, "hoe-zwaar", "Bram")
    assert client_person_count(store, "KL-1") == 5 == len(summarise_client(store, "KL-1").persons)
