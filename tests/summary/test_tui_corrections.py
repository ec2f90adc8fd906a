"""Correcting the summary through the keys: opinions judged, moved and added, splits, offers, undo."""

from __future__ import annotations

import pytest

from quez.summary import summarise_session
from tests.pilot import SIZE, on_screen, ready, settle, wait_for


def shown(screen, selector: str) -> str:
    return "\n".join(str(w.render()) for w in screen.query(selector))


async def open_summary(pilot, sid: int):
    await ready(pilot)
    pilot.app.show_summary(sid)
    screen = await on_screen(pilot, "SummaryScreen")
    await settle(pilot)
    return screen


def highlight(screen, group_id: str) -> None:
    option_list = screen.query_one("#person-list")
    option_list.highlighted = [o.id for o in option_list.options].index(group_id)


async def pick(pilot, option_id: str) -> None:
    """In the open PickScreen, move to ``option_id`` with the arrow keys and press Enter."""
    picker = await on_screen(pilot, "PickScreen")
    ids = [o.id for o in picker.query_one("OptionList").options]
    for _ in range(ids.index(option_id)):
        await pilot.press("down")
    await pilot.press("enter")
    await wait_for(pilot, lambda: pilot.app.screen is not picker)


async def back_on_summary(pilot):
    screen = await on_screen(pilot, "SummaryScreen")
    await settle(pilot)
    return screen


@pytest.mark.slow
async def test_rejecting_an_opinion_leaves_the_person_unconfirmed(make_app, store, talk):
    sid = talk({"hoe-gaat-het": "Karin zegt dat ik het goed doe."})
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_summary(pilot, sid)
        assert "? Karin" in str(screen.query_one("#person-list").options[0].prompt)
        await pilot.press("u")
        await pick(pilot, "0")
        await pick(pilot, "rejected")
        screen = await back_on_summary(pilot)
        karin = screen.summary.persons[0]
        assert not karin.confirmed and karin.opinions == [] and karin.others[0].status == "rejected"
        assert "? Karin" in str(screen.query_one("#person-list").options[0].prompt)
        assert store._query("select count(*) as n from persons where confirmed = 1")[0]["n"] == 0
        assert "gevonden in de antwoorden, nog niet bevestigd" in shown(screen, "#detail")


@pytest.mark.slow
async def test_move_an_opinion_to_another_person_then_undo(make_app, store, talk):
    sid = talk({"hoe-gaat-het": "Karin zegt dat ik het goed doe. Noor belt vaak."})
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_summary(pilot, sid)
        highlight(screen, "k:n:karin")
        await pilot.press("u")
        await pick(pilot, "0")
        await pick(pilot, "move")
        await pick(pilot, "k:n:noor")
        screen = await back_on_summary(pilot)
        assert [(o.person, o.status) for o in screen.summary.opinions] == [("Noor", "added")]
        assert "Noor: “Karin zegt dat ik het goed doe.”" in shown(screen, "#opinions-text")
        await pilot.press("z")
        screen = await back_on_summary(pilot)
        assert [o.person for o in screen.summary.opinions] == ["Karin"]
        assert store._query("select count(*) as n from opinions")[0]["n"] == 0


@pytest.mark.slow
async def test_move_an_opinion_to_no_one(make_app, store, talk):
    sid = talk({"hoe-gaat-het": "Karin zegt dat ik het goed doe."})
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_summary(pilot, sid)
        await pilot.press("u")
        await pick(pilot, "0")
        await pick(pilot, "move")
        await pick(pilot, "-")
        screen = await back_on_summary(pilot)
        assert screen.summary.opinions == [] and len(screen.summary.unattributed) == 1
        assert "Bij niemand in het bijzonder" in shown(screen, "#opinions-text")


@pytest.mark.slow
async def test_add_an_opinion_by_hand(make_app, store, talk):
    sid = talk({"hoe-gaat-het": "Joyce kwam langs. Ik vertelde over de schulden. Jij bent een vechter, zei ze."})
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_summary(pilot, sid)
        highlight(screen, "k:n:joyce")
        await pilot.press("a")
        await pick(pilot, "0")
        prompt = await on_screen(pilot, "TextPromptScreen")
        field = prompt.query_one("#prompt-text")
        assert field.value.startswith("Joyce kwam langs.")
        field.value = "Jij bent een vechter"
        await pilot.press("enter")
        screen = await back_on_summary(pilot)
        joyce = next(p for p in screen.summary.persons if p.name == "Joyce")
        assert [(o.quote, o.status) for o in joyce.opinions if o.status == "added"] == [
            ("Jij bent een vechter", "added")]
        assert "“Jij bent een vechter” ✓" in shown(screen, "#detail")


@pytest.mark.slow
async def test_split_a_person_by_answer_and_mark_an_adult(make_app, store, talk):
    sid = talk({"wie-snapt": "Els snapt het.", "hoe-gaat-het": "Els zegt dat ik het goed doe."})
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_summary(pilot, sid)
        await pilot.press("s")
        await pick(pilot, "a0")  # the answer to "hoe-gaat-het" (sorted first)
        prompt = await on_screen(pilot, "TextPromptScreen")
        prompt.query_one("#prompt-text").value = "Els van het werk"
        await pilot.press("enter")
        screen = await back_on_summary(pilot)
        assert {p.name: p.questions for p in screen.summary.persons} == {
            "Els": ["wie-snapt"], "Els van het werk": ["hoe-gaat-het"]}
        highlight(screen, next(p.group_id for p in screen.summary.persons if p.name == "Els van het werk"))
        await pilot.press("n")
        edit = await on_screen(pilot, "PersonEditScreen")
        edit.query_one("#edit-adult").value = True
        edit.query_one("#edit-name").focus()
        await pilot.press("enter")
        screen = await back_on_summary(pilot)
        assert store._query("select adult from persons where name = 'Els van het werk'")[0]["adult"] == 1
        assert "volwassen" in shown(screen, "#detail")


@pytest.mark.slow
async def test_a_spelling_variant_is_offered_and_one_key_merges(make_app, store, talk):
    sid = talk({"wie-snapt": "", "hoe-gaat-het": ""})
    client_id = store.session(sid).client_id
    for name, question in (("Jaimy", "wie-snapt"), ("Jaimie", "hoe-gaat-het")):
        person = store.add_person(client_id, name, "buurman", "neighbours")
        store.add_mention(person.id, sid, question, "worker")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_summary(pilot, sid)
        assert "Lijkt dezelfde persoon als" in shown(screen, "#detail")
        await pilot.press("h")  # two persons after all
        screen = await back_on_summary(pilot)
        assert screen.summary.merge_offers == [] and "Lijkt dezelfde" not in shown(screen, "#detail")
        await pilot.press("z")
        screen = await back_on_summary(pilot)
        assert len(screen.summary.merge_offers) == 1
        await pilot.press("v")
        screen = await back_on_summary(pilot)
        assert len(screen.summary.persons) == 1 and screen.summary.merge_offers == []
        await pilot.press("z")
        screen = await back_on_summary(pilot)
        assert len(screen.summary.persons) == 2
    assert len(summarise_session(store, sid).persons) == 2


@pytest.mark.slow
async def test_every_summary_key_is_in_the_footer_at_80x24(make_app, store, talk):
    from quez.tui.screens.summary import SummaryScreen

    sid = talk({"hoe-gaat-het": "Karin zegt dat ik het goed doe."})
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_summary(pilot, sid)
        await pilot.pause(0.2)
        keys = [k for k in screen.query("FooterKey") if k.description]
        shown = {k.description for k in keys if k.region.right <= 80 and k.region.bottom <= 24 and k.region.width}
        essential = SummaryScreen.FOOTER_ESSENTIAL
        wanted = {b.description for b in SummaryScreen.BINDINGS if b.show and b.action in essential}
        assert {"Terugdraaien", "Voorstel", "Apart houden", "Toevoegen", "Uitspraak", "Splitsen", "Terug"} <= wanted
        assert wanted <= shown and "Alle acties" in shown  # the others: in the palette (Ctrl+P)
        assert all(b.id and b.id.startswith("summary.") for b in SummaryScreen.BINDINGS)
        await pilot.press("z")  # nothing to undo yet: said calmly, nothing breaks
        await settle(pilot)
        assert app.screen is screen and not getattr(app, "errors", [])
