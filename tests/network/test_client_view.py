"""The view for the client: one key there, one key back; only positive words, her own quotes, nothing else."""

from __future__ import annotations

import pytest

from tests.pilot import SIZE, on_screen, ready, settle, wait_for


@pytest.mark.slow
async def test_one_key_turns_the_screen_to_the_client_and_one_key_back(make_app, store, walked):
    from quez.storage.network import NetworkStore
    from quez.tui.screens.network import NetworkScreen

    client = store.client("KL-1")
    jan = store.find_person(client.id, "Jan")
    store.add_mention(jan.id, walked, "wie-goed", "worker")  # Jan: tense, and named for "does well"
    NetworkStore(store).set_quality(client.id, jan.id, "broken")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.push_screen(NetworkScreen("KL-1"))
        screen = await on_screen(pilot, "NetworkScreen")
        await wait_for(pilot, lambda: screen.network is not None)
        await pilot.press("c")
        view = await on_screen(pilot, "ClientViewScreen")
        await settle(pilot)
        words = str(view.query_one("#client-words").render())
        picture = str(view.query_one("NetworkPicture").render())
        shown = words + picture
        assert "Noor" in words and "“Noor zegt dat ik een doorzetter ben.”" in words
        assert "Jan" not in shown  # broken off: not in the client's view
        for worker_only in ("≈", "×", "gespannen", "verbroken", "Spanning", "Suggesties", "Hint", "cliënt"):
            assert worker_only not in shown
        assert "[jij]" in picture
        assert not view.query("KeyFooter")
        await pilot.press("c")
        await on_screen(pilot, "NetworkScreen")


def test_good_words_leave_out_rejected_and_tense_opinions(store, walked):
    from quez.network.client_view import client_text, good_words, sentence
    from quez.network.model import build_network
    from quez.storage.persons import PersonDecisions

    net = build_network(store, "KL-1")
    words = good_words(net)
    assert [w.name for w in words] == ["Noor"]
    assert sentence(words[0]).startswith("Noor ") and sentence(words[0]).endswith(".")
    noor = net.by_person_id(store.find_person(net.client_id, "Noor").id)
    opinion = noor.item.opinions[0]
    PersonDecisions(store).set_verdict(net.client_id, opinion.session_id, opinion.question_id, opinion.quote,
                                       "rejected", person_id=noor.person_id)
    assert good_words(build_network(store, "KL-1")) == []
    assert client_text(build_network(store, "KL-1")) == [
        "Hier komt te staan wat anderen goed vinden aan jou, als je daarover vertelt."]


@pytest.mark.slow
async def test_one_key_from_the_summary_too(make_app, store, walked):
    from quez.tui.screens.summary import SummaryScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.push_screen(SummaryScreen(walked))
        await on_screen(pilot, "SummaryScreen")
        await pilot.press("c")
        view = await on_screen(pilot, "ClientViewScreen")
        assert "doorzetter" in str(view.query_one("#client-words").render())
        await pilot.press("c")
        await on_screen(pilot, "SummaryScreen")
