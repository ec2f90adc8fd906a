"""The next step through the pilot: made on the network map (v), stored, shown on the timeline; files written."""

from __future__ import annotations

import pytest

from tests.pilot import SIZE, on_screen, ready, settle, wait_for


async def open_map(pilot):
    from quez.tui.screens.network import NetworkScreen

    await ready(pilot)
    pilot.app.push_screen(NetworkScreen("KL-1"))
    screen = await on_screen(pilot, "NetworkScreen")
    await wait_for(pilot, lambda: screen.network is not None)
    return screen


@pytest.mark.slow
async def test_the_plan_is_made_stored_and_on_the_timeline(make_app, store, walked):
    from quez.storage.network import NetworkStore
    from quez.summary.timeline import client_timeline

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_map(pilot)
        await pilot.press("v")
        plan = await on_screen(pilot, "PlanScreen")
        gives_back = plan.query_one("#plan-gives-back")
        assert gives_back.text == "Ik kan goed koken voor anderen."  # from the reciprocity answer
        noor = next(p for p in screen.network.persons if p.name == "Noor")
        els = next(p for p in screen.network.persons if p.name == "Els")
        options = [str(o.prompt) for o in plan.query_one("#plan-involve").options]
        assert "Els — helpen met praktische dingen" in options and "Noor — luisteren en steunen" in options
        plan.query_one("#plan-first").value = noor.group_id
        plan.query_one("#plan-ask").value = "Een keer mee naar de afspraak"
        plan.query_one("#plan-involve").select(els.group_id)
        await settle(pilot)
        await pilot.press("ctrl+s")
        await on_screen(pilot, "NetworkScreen")
        stored = NetworkStore(store).plan(screen.network.client_id)
        assert stored.first_person_id == noor.person_id and stored.first_ask == "Een keer mee naar de afspraak"
        assert stored.involve == {els.person_id: "helpen met praktische dingen"}
        assert stored.gives_back == "Ik kan goed koken voor anderen."
    timeline = client_timeline(store, "KL-1")
    assert timeline.plan[0] == "Eerste stap: Noor vragen: Een keer mee naar de afspraak"


@pytest.mark.slow
async def test_the_plan_shows_on_the_timeline_screen(make_app, store, walked):
    from quez.storage.network import NetworkStore
    from quez.tui.screens.timeline import TimelineScreen

    client = store.client("KL-1")
    noor = store.find_person(client.id, "Noor")
    NetworkStore(store).save_plan(client.id, first_person_id=noor.id, first_ask="Samen koffie drinken",
                                  gives_back="", involve={})
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.push_screen(TimelineScreen("KL-1"))
        screen = await on_screen(pilot, "TimelineScreen")
        await settle(pilot)
        text = "\n".join(str(w.render()) for w in screen.query("Static"))
        assert "Volgende stap" in text and "Eerste stap: Noor vragen: Samen koffie drinken" in text


@pytest.mark.slow
async def test_the_letter_is_written_from_the_map(make_app, store, walked, tmp_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_map(pilot)
        await pilot.press("x")
        export = await on_screen(pilot, "NetworkExportScreen")
        export.query_one("#nexport-path").value = str(tmp_path / "brief.html")
        export.query_one("#nexport-worker").value = "A. de Wit"
        await pilot.click("#save")
        await on_screen(pilot, "NetworkScreen")
    page = (tmp_path / "brief.html").read_text(encoding="utf-8")
    assert "A. de Wit" in page and "Wat anderen goed vinden aan jou" in page
    assert ((tmp_path / "brief.html").stat().st_mode & 0o777) == 0o600
