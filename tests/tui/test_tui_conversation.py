"""Walking a whole bank through the UI, then checking the database holds exactly that."""

from __future__ import annotations

import pytest
from textual.widgets import Input, RadioSet, Static, TextArea

from quez.tui.widgets.answers import ScaleBar
from quez.tui.widgets.follow_ups import FollowUpOffer
from quez.tui.widgets.persons import PersonsAnswer, PersonsList
from tests.pilot import SIZE, conversation, keys_at_once, on_screen, ready, settle, wait_for


def question_text(app) -> str:
    return str(app.screen.query_one("#question", Static).render())


def header(app) -> str:
    return str(app.screen.query_one("#progress", Static).render())


def answer_area(app) -> TextArea:
    return app.screen.query_one("#answer-text", TextArea)


async def type_person(pilot, entry: str) -> None:
    field = pilot.app.screen.query_one("#person-input", Input)
    field.focus()
    field.value = entry
    await pilot.press("enter")
    await settle(pilot)


@pytest.mark.slow
async def test_walk_whole_bank(make_app, store, sample_bank):
    # an earlier session with this client named Els: she is suggested now
    client = store.create_client("AB-1")
    earlier = store.start_session("AB-1", sample_bank)
    els = store.add_person(client.id, "Els", "tante", "family")
    store.add_mention(els.id, earlier.id, "wie-snapt")
    store.finish_session(earlier.id)

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n")
        await on_screen(pilot, "StartScreen")
        for key in "AB-1":
            await pilot.press(key)
        await pilot.press("ctrl+n")
        screen = await on_screen(pilot, "ConversationScreen")
        await wait_for(pilot, lambda: screen.conversation is not None and screen.answer_widget is not None)
        assert question_text(app) == "Wie snapt waar je mee worstelt?"
        assert header(app) == "Fase 1 van 2 · vraag 1 van 5"
        assert "stuur niet aan op hulp" in str(screen.query_one("#hint").render())

        # -- persons: autocomplete from the earlier session, a new one, one taken off again
        field = screen.query_one("#person-input", Input)
        assert app.focused is field
        await pilot.press("e", "l")
        assert field._suggestion == "Els — tante"
        await pilot.press("right", "enter")  # accept the suggestion
        await settle(pilot)
        await type_person(pilot, "Piet - buurman")
        await type_person(pilot, "Karel")
        persons = screen.query_one(PersonsAnswer)
        assert [(name, rel) for _, name, rel in persons.persons] == [("Els", "tante"), ("Piet", "buurman"),
                                                                    ("Karel", None)]
        person_list = screen.query_one(PersonsList)
        person_list.focus()
        person_list.index = 2
        await pilot.press("delete")
        await settle(pilot)
        assert [name for _, name, _ in persons.persons] == ["Els", "Piet"]
        answer_area(app).text = "Els belt elke week. Piet doet boodschappen."

        # -- follow-ups: take the one for Els and the one without a person
        await pilot.press("ctrl+n")
        offer_screen = await on_screen(pilot, "FollowUpScreen")
        offer = offer_screen.query_one(FollowUpOffer)
        assert [str(offer.get_option_at_index(i).prompt) for i in range(offer.option_count)] == [
            "Wat vindt Els dat je goed doet?",
            "Wat vindt Piet dat je goed doet?",
            "Hoe merk je dat?",
        ]
        await pilot.press("space", "down", "down", "space", "enter")
        await on_screen(pilot, "ConversationScreen")
        await settle(pilot)
        assert question_text(app) == "Wat vindt Els dat je goed doet?"
        assert header(app) == "Fase 1 van 2 · vraag 1 van 5 · doorvraag 1 van 2"
        answer_area(app).text = "Dat ik goed voor de kinderen zorg."
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert question_text(app) == "Hoe merk je dat?"
        await pilot.press("ctrl+o")  # skip
        await settle(pilot)

        # -- open question with a note; back, then change the answer
        assert question_text(app) == "Hoe gaat het nu met je?"
        await pilot.press("ctrl+t")
        note_screen = await on_screen(pilot, "NoteScreen")
        note_screen.query_one(TextArea).text = "Slaapt slecht."
        await pilot.press("escape")
        await on_screen(pilot, "ConversationScreen")
        assert "notitie" in str(screen.query_one("#note-mark").render())
        answer_area(app).text = "Gaat wel."
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert question_text(app) == "Hoe merk je dat?"
        assert "eerder: overgeslagen" in header(app)
        await pilot.press("ctrl+n")  # still nothing typed: stays skipped
        await settle(pilot)
        assert answer_area(app).text == "Gaat wel."
        answer_area(app).text = "Wisselend, 's nachts lastig."
        await pilot.press("ctrl+n")
        await settle(pilot)

        # -- scale: declined; choice: parked
        assert question_text(app) == "Hoe zwaar voelt het?"
        await pilot.press("ctrl+g")
        await settle(pilot)
        assert question_text(app) == "Waar zou hulp het meest schelen?"
        await pilot.press("ctrl+l")
        await settle(pilot)

        # -- yes/no, with a pause in between
        assert question_text(app) == "Heb je eerder om hulp gevraagd?"
        await pilot.press("ctrl+s")
        pause = await on_screen(pilot, "PauseScreen")
        assert not screen.clock_running()
        shown = " ".join(str(w.render()) for w in pause.query(Static))
        assert "hulp" not in shown and "AB-1" not in shown
        await pilot.press("enter")
        await on_screen(pilot, "ConversationScreen")
        assert screen.clock_running()
        assert app.focused is screen.query_one(RadioSet)
        await pilot.press("enter")  # "Ja" is highlighted first
        await pilot.press("ctrl+n")

        # -- the parked question comes back before closing
        confirm = await on_screen(pilot, "ConfirmScreen")
        assert "Waar zou hulp het meest schelen?" in str(confirm.query_one("#confirm-body").render())
        await pilot.press("enter")
        await on_screen(pilot, "ConversationScreen")
        await settle(pilot)
        assert question_text(app) == "Waar zou hulp het meest schelen?"
        assert header(app) == "Later op terugkomen · 1 van 1"
        await pilot.press("right", "enter")  # "iemand om mee te praten"
        await pilot.press("ctrl+n")

        closing = await on_screen(pilot, "ClosingScreen")
        await settle(pilot)
        titles = [str(w.render()) for w in closing.query(".group-title")]
        assert "Beantwoord (5)" in titles
        assert "Cliënt wil hier (nog) niet op ingaan (1)" in titles
        assert "Overgeslagen (1)" in titles
        assert "Genoemde personen (2)" in titles
        await pilot.press("ctrl+f")  # finishing asks first; the focus starts on "Nog niet"
        await on_screen(pilot, "ConfirmScreen")
        await pilot.press("tab", "enter")
        await on_screen(pilot, "HomeScreen")
        session_id = screen.session_id
        assert app.errors == []

    # -- exactly this in the database
    session = store.session(session_id)
    assert session.status == "finished" and session.ended_at
    rows = {
        a.question_id: (a.status, a.text, a.value, a.note, a.parent_question_id, a.person_id)
        for a in store.answers(session_id)
    }
    piet = store.find_person(client.id, "Piet")
    assert rows == {
        "wie-snapt": ("answered", "Els belt elke week. Piet doet boodschappen.", None, "", None, None),
        f"wie-snapt~0~{els.id}": ("answered", "Dat ik goed voor de kinderen zorg.", None, "", "wie-snapt", els.id),
        "wie-snapt~1": ("skipped", "", None, "", "wie-snapt", None),
        "hoe-gaat-het": ("answered", "Wisselend, 's nachts lastig.", None, "Slaapt slecht.", None, None),
        "hoe-zwaar": ("declined", "", None, "", None, None),
        "soort-hulp": ("answered", "", "iemand om mee te praten", "", None, None),
        "eerder-gevraagd": ("answered", "", "ja", "", None, None),
    }
    texts = {a.question_id: a.question_text for a in store.answers(session_id)}
    assert texts[f"wie-snapt~0~{els.id}"] == "Wat vindt Els dat je goed doet?"
    phases = {a.question_id: a.phase_id for a in store.answers(session_id)}
    assert phases["hoe-zwaar"] == "verder" and phases["wie-snapt~1"] == "begin"
    assert (piet.relation, piet.category) == ("buurman", "neighbours")
    karel = store.find_person(client.id, "Karel")
    assert karel is not None  # named once, stays known to the client
    assert sorted(m.person_id for m in store.mentions(session_id, "wie-snapt")) == sorted([els.id, piet.id])
    assert store.mentions(session_id, "hoe-gaat-het") == []
    assert len(store.persons(client.id)) == 3  # Els was not added twice


@pytest.mark.slow
async def test_scale_digits_arrows_and_click(make_app, store, sample_bank):
    session = store.start_session("SC-1", sample_bank)
    store.set_position(session.id, "hoe-zwaar")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        bar = screen.query_one(ScaleBar)
        assert app.focused is bar and bar.value is None
        await pilot.press("4")
        assert bar.value == 4
        await pilot.press("right", "right")
        assert bar.value == 5  # stops at the top of the 1-5 scale
        await pilot.press("9")  # outside the scale: ignored
        assert bar.value == 5
        await pilot.click(bar, offset=(bar.cell * 1 + 1, 0))
        assert bar.value == 2
        answer_area(app).text = "Het gaat beter dan vorige maand."
        await pilot.press("ctrl+n")
        await settle(pilot)
    answer = store.answer(session.id, "hoe-zwaar")
    assert (answer.status, answer.value, answer.text) == ("answered", "2", "Het gaat beter dan vorige maand.")


@pytest.mark.slow
async def test_typing_on_the_persons_list_lands_in_the_answer(make_app, store, sample_bank):
    # ↓ from the name field goes to the list of named persons; a worker who then
    # types what the client says must not lose it (nor remove a person with backspace)
    session = store.start_session("AB-2", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        await type_person(pilot, "Els - tante")
        await pilot.press("down")
        assert isinstance(app.focused, PersonsList)
        await pilot.press("E", "l", "s", "space", "b", "e", "l", "t", "backspace", "t")
        await settle(pilot)
        assert app.focused is answer_area(app)
        assert answer_area(app).text == "Els belt"
        assert [name for _, name, _ in screen.query_one(PersonsAnswer).persons] == ["Els"]
        await pilot.press("ctrl+n")
        await on_screen(pilot, "FollowUpScreen")
        await pilot.press("escape")
        await settle(pilot)
    assert store.load_session(session.id).answers["wie-snapt"].text == "Els belt"


@pytest.mark.slow
async def test_follow_ups_all_or_none(make_app, store, sample_bank):
    # which follow-ups are offered is tested on the Conversation (tests/conversation); here: the
    # dialog's Escape takes none, a name typed but not added counts, and what was decided stays decided
    session = store.start_session("FU-1", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        # typed but not added with Enter: moving on still adds Mo
        screen.query_one("#person-input", Input).value = "Mo - vriend"
        await pilot.press("ctrl+n")
        offer_screen = await on_screen(pilot, "FollowUpScreen")
        offer = offer_screen.query_one(FollowUpOffer)
        assert [str(offer.get_option_at_index(i).prompt) for i in range(offer.option_count)] == [
            "Wat vindt Mo dat je goed doet?", "Hoe merk je dat?"]
        await pilot.press("escape")  # none
        await on_screen(pilot, "ConversationScreen")
        await settle(pilot)
        assert question_text(app) == "Hoe gaat het nu met je?"
        await pilot.press("ctrl+b")
        await settle(pilot)
        await pilot.press("ctrl+n")  # decided already: not asked again
        await settle(pilot)
        assert type(app.screen).__name__ == "ConversationScreen"
        assert question_text(app) == "Hoe gaat het nu met je?"
    ids = [a.question_id for a in store.answers(session.id)]
    assert ids == ["wie-snapt"]
    assert store.find_person(store.client("FU-1").id, "Mo") is not None


@pytest.mark.slow
async def test_palette_lists_conversation_keys_and_runs_them(make_app, store, sample_bank):
    session = store.start_session("PA-1", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        names = [c.title for c in app.get_system_commands(screen)]
        assert "Terug" not in names  # nothing to go back to yet
        assert "Move cursor left" not in names
        for wanted in ("Volgende", "Overslaan", "Later", "Liever niet", "Notitie", "Hint", "Pauze",
                       "Afronden", "Thema wisselen", "Afsluiten"):
            assert wanted in names
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "CommandPalette")
        for key in "Overslaan":
            await pilot.press(key)
        await pilot.pause(0.5)
        await pilot.press("enter")
        await on_screen(pilot, "ConversationScreen")
        await wait_for(pilot, lambda: store.answer(session.id, "wie-snapt") is not None)
    assert store.answer(session.id, "wie-snapt").status == "skipped"


@pytest.mark.slow
async def test_every_key_visible_in_footer_at_80x24(make_app, store, sample_bank):
    session = store.start_session("FT-1", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        await pilot.pause(0.2)
        keys = [k for k in screen.query("FooterKey") if k.description]
        shown = {k.description for k in keys if k.region.right <= 80 and k.region.bottom <= 24 and k.region.width}
        assert {"Volgende", "Terug", "Overslaan", "Later", "Liever niet", "Notitie", "Hint", "Pauze",
                "Afronden", "Alle acties"} <= shown
        # hint toggle hides the worker's hint and remembers it
        hint = screen.query_one("#hint")
        assert hint.display
        await pilot.press("ctrl+r")
        assert not hint.display and app.hints_visible is False
        # the mouse works too: a click on a footer key runs it
        skip = next(k for k in screen.query("FooterKey") if k.description == "Overslaan")
        await pilot.click(skip)
        await wait_for(pilot, lambda: store.answer(session.id, "wie-snapt") is not None)
        assert store.answer(session.id, "wie-snapt").status == "skipped"
        await settle(pilot)


async def test_long_scale_is_compact():
    from textual.app import App

    class Host(App):
        def compose(self):
            yield ScaleBar(0, 100, "niks", "alles")

    app = Host()
    async with app.run_test(size=(40, 6)) as pilot:
        bar = app.query_one(ScaleBar)
        bar.focus()
        await pilot.press("5", "7")
        assert bar.value == 57
        await pilot.press("right")
        assert bar.value == 58
        await pilot.click(bar, offset=(1, 0))  # the ◀
        assert bar.value == 57
        assert bar.region.width <= 40
        assert "(0–100)" in str(bar.render())


@pytest.mark.slow
async def test_draft_saves_while_the_next_question_is_being_shown_do_not_crash(make_app, store, sample_bank):
    # the draft timer can fire while the answer field is swapped for the next one
    # (found by the kill -9 test: a NoMatches crash); it must leave the half-built field alone
    import asyncio

    session = store.start_session("AB-3", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        for index in (1, 2, 3, 4, 0):
            answer_area_text = f"antwoord op stap {index}"
            show = asyncio.ensure_future(screen.show_step(index))
            while not show.done():
                screen.autosave()  # what the timer does, at every point of the swap
                await asyncio.sleep(0)
            await show
            screen.answer_widget.set_text(answer_area_text)
            screen.autosave()
            assert store.load_session(session.id).answers[screen.step.id].text == answer_area_text
        await settle(pilot)
        assert screen.answer_widget in app.focused.ancestors  # typing goes to the new field


@pytest.mark.slow
async def test_footer_follows_the_keys_without_rebuilding_when_nothing_changed(make_app, store, sample_bank):
    session = store.start_session("FT-2", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        await settle(pilot)

        def key(description: str):
            return next(k for k in screen.query("FooterKey") if k.description == description)

        assert key("Terug").has_class("-disabled")  # nothing to go back to on the first question
        await pilot.press("ctrl+o")  # skip
        await settle(pilot)
        assert not key("Terug").has_class("-disabled")  # the footer did change
        volgende = key("Volgende")
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert key("Volgende") is volgende  # same keys shown: the footer was not rebuilt


@pytest.mark.slow
async def test_answer_fields_of_earlier_questions_are_freed(make_app, store, sample_bank):
    # Textual keeps a removed TextArea alive (the app's theme watcher, the screen's selection signal, a
    # style lru_cache); with hundreds of questions the heap grew and garbage collection paused the screen
    import gc
    import weakref

    session = store.start_session("GC-1", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        kinds = [step.kind for step in screen.conversation.flow.steps]
        assert "open" in kinds and len(set(kinds)) > 2  # fields are really swapped (open after open is reused)
        gone = []
        for n in range(12):
            gone.append(weakref.ref(screen.answer_widget.query_one(TextArea)))
            await screen.show_step(n % len(kinds))
            await settle(pilot)
        gc.collect()
        alive = [ref() for ref in gone if ref() is not None and not ref().is_attached]
        assert alive == []
        assert sum(ref() is None for ref in gone) >= 6  # most were swapped out and freed
        watchers = getattr(app, "__watchers", {}).get("theme", [])
        assert len(watchers) <= 2  # the current field's, not one per question shown


@pytest.mark.slow
async def test_open_question_after_open_question_keeps_the_field_with_the_new_text(make_app, store, sample_bank):
    # the field is reused (fast); it must behave as a new one: the new answer, no undo into the old one
    session = store.start_session("RE-1", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        opens = [i for i, step in enumerate(screen.conversation.flow.steps) if step.kind == "open"]
        first = opens[0]
        await screen.show_step(first)
        await settle(pilot)
        screen.answer_widget.set_text("eerste antwoord")
        screen.commit("next")
        # the next open question (or, in a bank with one, the same again) with an answer stored earlier
        target = opens[1] if len(opens) > 1 else first
        target_id = screen.conversation.flow.steps[target].id
        store.record_answer(session.id, target_id, text="al bewaard", status="answered")
        screen.conversation.answers[target_id] = store.answer(session.id, target_id)
        field = screen.answer_widget
        await screen.show_step(target)
        await settle(pilot)
        assert screen.answer_widget is field
        area = field.query_one(TextArea)
        assert area.text == "al bewaard" and area.cursor_location == (0, 10)  # after what is there
        assert app.focused is area
        await pilot.press("ctrl+z")  # nothing to undo: the earlier question's text does not come back
        assert area.text == "al bewaard"
        await pilot.press("x")
        assert area.text == "al bewaardx"


@pytest.mark.slow
async def test_persons_found_in_what_the_client_said_are_suggested_too(make_app, store, sample_bank):
    # the worker never added Karin or Anja; the client named them in answers (earlier and now)
    earlier = store.start_session("SG-1", sample_bank)
    store.record_answer(earlier.id, "hoe-gaat-het", text="Mijn zus Karin belt elke week.", phase_id="begin")
    store.finish_session(earlier.id)
    session = store.start_session("SG-1", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        assert screen.step.id == "wie-snapt"
        field = screen.query_one("#person-input", Input)
        field.focus()
        await pilot.press("K", "a")
        await wait_for(pilot, lambda: field._suggestion == "Karin — zus")
        await pilot.press("right", "enter")  # accept the suggestion: stored with its relation
        await settle(pilot)
        assert [(name, relation) for _, name, relation in screen.answer_widget.persons] == [("Karin", "zus")]
        karin = store.find_person(screen.conversation.client_id, "Karin")
        assert (karin.name, karin.relation, karin.category) == ("Karin", "zus", "family")

        await pilot.press("ctrl+n")
        await on_screen(pilot, "FollowUpScreen")
        await pilot.press("escape")  # no follow-ups
        screen = await on_screen(pilot, "ConversationScreen")
        await wait_for(pilot, lambda: screen.step.id == "hoe-gaat-het" and screen.answer_widget is not None)
        screen.answer_widget.set_text("De buurvrouw Anja helpt me met de post.")
        await pilot.press("ctrl+b")
        await wait_for(pilot, lambda: screen.step.id == "wie-snapt" and screen.answer_widget is not None)
        field = screen.query_one("#person-input", Input)
        field.focus()
        await pilot.press("A", "n")
        await wait_for(pilot, lambda: field._suggestion == "Anja — buurvrouw")


@pytest.mark.slow
async def test_names_typed_right_after_enter_start_the_next_person(make_app, store, sample_bank):
    # a fast typist (or a paste) sends the next name before the first one is stored

    session = store.start_session("FT-1", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        screen.query_one("#person-input", Input).focus()
        await settle(pilot)
        keys_at_once(app, *"Sam - zoon", "enter", *"Lies - dochter", "enter")
        await wait_for(pilot, lambda: len(screen.answer_widget.persons) == 2)
        await settle(pilot)
        assert [(n, r) for _, n, r in screen.answer_widget.persons] == [("Sam", "zoon"), ("Lies", "dochter")]
        assert screen.query_one("#person-input", Input).value == ""
    assert sorted((p.name, p.relation) for p in store.persons(store.client("FT-1").id)) == [
        ("Lies", "dochter"), ("Sam", "zoon")]


@pytest.mark.slow
async def test_taking_off_the_last_person_returns_to_the_name_field(make_app, store, sample_bank):
    session = store.start_session("DL-1", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        await type_person(pilot, "Sam - zoonLies")  # a slip
        await pilot.press("down")
        assert isinstance(app.focused, PersonsList)
        await pilot.press("delete")
        await settle(pilot)
        assert screen.answer_widget.persons == []
        field = screen.query_one("#person-input", Input)
        assert app.focused is field
        await pilot.press("L", "i", "e", "s", "enter")
        await wait_for(pilot, lambda: [n for _, n, _ in screen.answer_widget.persons] == ["Lies"])
        assert answer_area(app).text == ""


@pytest.mark.slow
async def test_keys_that_arrive_together_are_applied_in_order(make_app, store, sample_bank):
    # keys held back while the app was busy arrive in a burst; corrections must not be reordered

    session = store.start_session("KO-1", sample_bank)
    store.set_position(session.id, "hoe-gaat-het")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        area = answer_area(app)
        assert app.focused is area
        keys_at_once(app, "b", "a", "backspace", "c", "left", "x")
        await wait_for(pilot, lambda: len(area.text) == 3)
        await settle(pilot)
        assert area.text == "bxc"
        screen.commit("next")
    assert store.answer(session.id, "hoe-gaat-het").text == "bxc"


@pytest.mark.slow
async def test_a_sentence_typed_in_the_name_field_is_kept_as_the_answer_not_a_person(make_app, store, sample_bank):
    # the worker types what the client says straight into the name field of a "who" question
    session = store.start_session("ZN-1", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        field = screen.query_one("#person-input", Input)
        assert app.focused is field
        said = "Niemand, zegt hij eerst. Dan: de buurvrouw, die geeft me niet de schuld."
        field.value = said
        await pilot.press("enter")  # Enter: into the answer text, the cursor after it
        await settle(pilot)
        assert screen.answer_widget.persons == [] and field.value == ""
        assert answer_area(app).text == said and app.focused is answer_area(app)
        field.value = "Ik weet het niet goed."
        await pilot.press("ctrl+n")  # moving on with it still in the field: the same
        await on_screen(pilot, "FollowUpScreen")  # the follow-up that names no one is offered
        await pilot.press("escape")
        await wait_for(pilot, lambda: screen.step.id != "wie-snapt")
    answer = store.answer(session.id, "wie-snapt")
    assert answer.text == said + "\nIk weet het niet goed."
    assert store.persons(store.client("ZN-1").id) == []


@pytest.mark.slow
async def test_keys_that_reach_the_screen_before_the_field_has_the_focus_are_kept(make_app, store, sample_bank):
    # a fast typist's first keys can reach the screen itself: before the new field has the focus,
    # or queued on the screen while it was still showing the question; none may be dropped
    from textual import events

    session = store.start_session("EK-1", sample_bank)
    store.set_position(session.id, "hoe-gaat-het")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        area = answer_area(app)
        screen.set_focus(None)  # the focus not yet given to the new field
        keys_at_once(app, "Z", "o")
        await wait_for(pilot, lambda: len(area.text) == 2)
        assert area.text == "Zo" and app.focused is area
        screen.post_message(events.Key("e", "e"))  # queued on the screen while the field had the focus
        await wait_for(pilot, lambda: len(area.text) == 3)
        assert area.text == "Zoe"
        screen.commit("next")
        await settle(pilot)
    assert store.answer(session.id, "hoe-gaat-het").text == "Zoe"

    # the persons question: an early key starts the name, not the answer
    other = store.start_session("EK-2", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, other.id)
        assert isinstance(screen.answer_widget, PersonsAnswer)
        screen.set_focus(None)
        keys_at_once(app, "E")
        field = screen.query_one("#person-input", Input)
        await wait_for(pilot, lambda: field.value == "E")
        assert app.focused is field and screen.answer_widget.text_area().text == ""
