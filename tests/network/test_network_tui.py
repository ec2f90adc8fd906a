"""The network map through the pilot: keys change support, relation, place, ties and layout (stored)."""

from __future__ import annotations

import pytest

from tests.pilot import SIZE, on_screen, ready, settle, wait_for


def shown_lines(widget) -> str:
    """What a list widget shows on screen, as plain text."""
    return "\n".join(widget.render_line(y).text for y in range(widget.size.height))


def picture_text(screen) -> str:
    return str(screen.query_one("NetworkPicture").render())


async def open_network(pilot, sid):
    from quez.tui.screens.summary import SummaryScreen

    await ready(pilot)
    pilot.app.push_screen(SummaryScreen(sid))
    await on_screen(pilot, "SummaryScreen")
    await pilot.press("w")
    screen = await on_screen(pilot, "NetworkScreen")
    await wait_for(pilot, lambda: screen.network is not None)
    return screen


async def select(pilot, screen, name: str) -> None:
    for _ in range(len(screen.network.persons)):
        if screen.current().name == name:
            return
        await pilot.press("down")
    raise AssertionError(f"{name} not found")


@pytest.mark.slow
async def test_keys_shape_the_network_and_it_is_stored(make_app, store, walked):
    from quez.storage.network import NetworkStore

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_network(pilot, walked)
        text = picture_text(screen)
        assert "+Els P" in text and "≈Jan" in text and "+Noor E" in text
        client_id = screen.network.client_id
        await select(pilot, screen, "Els")
        await pilot.press("g", "a")
        await settle(pilot)
        els = screen.current()
        assert els.support == ("practical", "company", "advice") and els.support_chosen
        assert "+Els PGA" in picture_text(screen)
        await pilot.press("r")  # chosen: positive, then tense
        await pilot.press("r")
        await settle(pilot)
        assert screen.current().quality == "tense" and "≈Els PGA" in picture_text(screen)
        assert NetworkStore(store).choices(client_id)[els.person_id].quality == "tense"
        # move Els one ring out and one sector on (family -> friends)
        await pilot.press("o", "right")
        await settle(pilot)
        row = store._query("select category, closeness from persons where id = ?", [els.person_id])[0]
        assert (row["category"], row["closeness"]) == ("friends", 2)
        # Els knows Noor: tick her in the ties window
        await pilot.press("t")
        ties = await on_screen(pilot, "TiesScreen")
        names = [str(o.prompt) for o in ties.query_one("SelectionList").options]
        for _ in range(names.index("Noor")):
            await pilot.press("down")
        await pilot.press("space", "r", "r")  # they know each other; how: positive, then tense
        await settle(pilot)
        assert "Noor · gespannen" in shown_lines(ties.query_one("SelectionList"))
        await pilot.press("escape")
        await on_screen(pilot, "NetworkScreen")
        await settle(pilot)
        assert len(NetworkStore(store).ties(client_id)) == 1
        assert list(NetworkStore(store).tie_qualities(client_id).values()) == ["tense"]
        assert "kent: Noor (gespannen)" in str(screen.query_one("#network-person").render())
        # the layout is kept per client
        await pilot.press("l")
        await settle(pilot)
        assert NetworkStore(store).layout(client_id) == "ringen"
        assert "familie" not in picture_text(screen)
        # what the keys changed in place is what a fresh read of the database gives
        from quez.network.model import build_network

        def seen(net):
            return sorted((p.name, p.support, p.quality, p.category, p.closeness) for p in net.persons), net.layout

        assert seen(screen.network) == seen(build_network(store, "KL-1"))


@pytest.mark.slow
async def test_a_person_only_found_in_the_answers_gets_a_row_when_the_worker_chooses(make_app, store, walked):
    store.record_answer(walked, "wie-goed", text="Mijn buurvrouw zegt dat ik het goed doe.", phase_id="wie")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_network(pilot, walked)
        await select(pilot, screen, "buurvrouw")
        assert screen.current().person_id is None
        await pilot.press("p")
        await settle(pilot)
        assert screen.current().name == "buurvrouw" and screen.current().support_chosen
        assert screen.current().person_id is not None


@pytest.mark.slow
async def test_names_are_data_not_markup_in_the_lists(make_app, store, walked):
    from quez.tui.screens.ties import TiesScreen

    client = store.client("KL-1")
    store.update_person(store.find_person(client.id, "Jan").id, name="[b]Jan[/b] [@click=app.quit]x[/]")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_network(pilot, walked)
        els = next(p for p in screen.network.persons if p.name == "Els")
        app.push_screen(TiesScreen(screen.network, els.group_id))
        ties = await on_screen(pilot, "TiesScreen")
        assert "[b]Jan[/b] [@click=app.quit]x[/]" in shown_lines(ties.query_one("SelectionList"))
        await pilot.press("escape")
        await on_screen(pilot, "NetworkScreen")
        await pilot.press("v")
        plan = await on_screen(pilot, "PlanScreen")
        assert "[b]Jan[/b] [@click=app.quit]x[/]" in shown_lines(plan.query_one("#plan-involve"))


@pytest.mark.slow
async def test_an_empty_network_answers_every_key_calmly(make_app, store):
    from quez.tui.screens.network import NetworkScreen

    store.create_client("LEEG")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.push_screen(NetworkScreen("LEEG"))
        screen = await on_screen(pilot, "NetworkScreen")
        await wait_for(pilot, lambda: screen.network is not None)
        assert "(nog) geen personen" in str(screen.query_one("#network-person").render())
        await pilot.press("down", "p", "r", "i", "right", "t", "l")
        await settle(pilot)
        assert type(app.screen).__name__ == "NetworkScreen"
        await pilot.press("c")
        view = await on_screen(pilot, "ClientViewScreen")
        assert "Hier komt te staan" in str(view.query_one("#client-words").render())
        await pilot.press("escape")
        await on_screen(pilot, "NetworkScreen")
