"""The conversation at the kitchen table (issue 14): nothing ends by accident, every follow-up is offered."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static, TextArea

from quez.tui.widgets.follow_ups import FollowUpOffer
from tests.pilot import SIZE, conversation, on_screen, ready, settle, wait_for


def question_text(app) -> str:
    return str(app.screen.query_one("#question", Static).render())


def area(app) -> TextArea:
    return app.screen.query_one("#answer-text", TextArea)


def offered(screen) -> list[str]:
    offer = screen.query_one(FollowUpOffer)
    return [str(offer.get_option_at_index(i).prompt) for i in range(offer.option_count)]


# -- nothing ends by accident ---------------------------------------------------------------------

@pytest.mark.slow
async def test_no_single_key_finishes_the_conversation(make_app, store, sample_bank):
    session = store.start_session("EI-1", sample_bank)
    store.record_answer(session.id, "wie-snapt", text="Els", phase_id="begin")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await conversation(pilot, session.id)
        await pilot.press("ctrl+f")
        await on_screen(pilot, "ClosingScreen")
        await pilot.press("a", "f", "enter", "space", "x")  # a worker who keeps typing
        await settle(pilot)
        assert type(app.screen).__name__ == "ClosingScreen"
        assert store.session(session.id).status == "in_progress"
        await pilot.press("ctrl+f")  # Afronden asks first; Enter there means "Nog niet"
        confirm = await on_screen(pilot, "ConfirmScreen")
        assert "Gesprek afronden?" in str(confirm.query_one("#confirm-title").render())
        await pilot.press("enter")
        await on_screen(pilot, "ClosingScreen")
        assert store.session(session.id).status == "in_progress"
        await pilot.press("ctrl+f")
        await on_screen(pilot, "ConfirmScreen")
        await pilot.press("tab", "enter")  # "Ja, afronden", deliberately
        await on_screen(pilot, "HomeScreen")
    assert store.session(session.id).status == "finished"


@pytest.mark.slow
async def test_back_puts_the_cursor_after_the_earlier_answer(make_app, store, visit_bank):
    session = store.start_session("EI-2", visit_bank)
    store.record_answer(session.id, "zwaar", text="Het werk.\nEn thuis.", phase_id="begin")
    store.record_answer(session.id, "hulp", value="nee", text="Liever niet.", phase_id="begin")
    store.set_position(session.id, "slot")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        await pilot.press("ctrl+b", "ctrl+b")  # to the scale, then the yes/no question
        await settle(pilot)
        assert question_text(app) == "Heb je iemand om hulp gevraagd?"
        assert area(app).cursor_location == (0, len("Liever niet."))
        store.set_position(session.id, "zwaar")
        await screen.show_step(0)  # the open question, in the same kind of field as the last one
        await settle(pilot)
        assert app.focused is area(app) and area(app).cursor_location == (1, len("En thuis."))
        await pilot.press("space", "o", "k")
        assert area(app).text == "Het werk.\nEn thuis. ok"


async def test_ctrl_k_deletes_the_line_as_typed_not_the_part_on_screen(make_app, store, visit_bank):
    session = store.start_session("EI-3", visit_bank)
    app = make_app()
    async with app.run_test(size=(60, 15)) as pilot:
        await conversation(pilot, session.id)
        field = area(app)
        field.text = "Ze zegt dat het werk zwaar is en dat ze thuis ook weinig rust heeft, elke dag.\nTweede regel."
        field.move_cursor((0, 0))
        await settle(pilot)
        await pilot.press("ctrl+k")
        assert field.text == "\nTweede regel."
        await pilot.press("ctrl+k")  # an empty line goes
        assert field.text == "Tweede regel."


# -- every follow-up the bank has is offered ---------------------------------------------------------

@pytest.mark.slow
async def test_follow_ups_of_open_yesno_and_scale_questions_are_offered(make_app, store, visit_bank):
    session = store.start_session("EI-4", visit_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await conversation(pilot, session.id)
        await pilot.press("ctrl+n")  # nothing said: nothing to ask further about
        await settle(pilot)
        assert question_text(app) == "Wie betekent iets voor je?"
        await pilot.press("ctrl+b")
        await settle(pilot)
        area(app).text = "Het werk en thuis."
        await pilot.press("ctrl+n")
        offer = await on_screen(pilot, "FollowUpScreen")
        assert offered(offer) == ["Wat is op dit moment het zwaarst?"]
        await pilot.press("enter")
        await on_screen(pilot, "ConversationScreen")
        await settle(pilot)
        assert question_text(app) == "Wat is op dit moment het zwaarst?"
        area(app).text = "Dat ik er alleen voor sta."
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert question_text(app) == "Wie betekent iets voor je?"
        await pilot.press("ctrl+b", "ctrl+b")  # back over the open question: not asked again
        await settle(pilot)
        await pilot.press("ctrl+n", "ctrl+n")
        await settle(pilot)
        assert question_text(app) == "Wie betekent iets voor je?"
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert question_text(app) == "Heb je iemand om hulp gevraagd?"
        await pilot.press("enter", "ctrl+n")  # "Ja"
        offer = await on_screen(pilot, "FollowUpScreen")
        assert offered(offer) == ["Over wie dan?"]
        await pilot.press("escape")  # none
        await on_screen(pilot, "ConversationScreen")
        await settle(pilot)
        assert question_text(app) == "Welk cijfer geef je je week?"
        await pilot.press("0")  # on a 1-10 scale, 0 is 10
        await pilot.press("ctrl+n")
        offer = await on_screen(pilot, "FollowUpScreen")
        assert offered(offer) == ["Wat zou er nodig zijn voor een punt hoger?"]
        await pilot.press("a")
        await on_screen(pilot, "ConversationScreen")
    rows = {a.question_id: (a.status, a.value, a.parent_question_id, a.question_text)
            for a in store.answers(session.id)}
    assert rows["zwaar~0"] == ("answered", None, "zwaar", "Wat is op dit moment het zwaarst?")
    assert rows["cijfer"][:2] == ("answered", "10")
    assert rows["cijfer~0"][2:] == ("cijfer", "Wat zou er nodig zijn voor een punt hoger?")
    assert "hulp~0" not in rows


# -- every size works ----------------------------------------------------------------------------------

LONG_HINT = ("Vraag naar mensen; stuur niet aan op hulp. Zegt de cliënt niemand, vraag dan rustig wie dat zou "
             "zeggen als je het vroeg, en dring niet aan. Neem ook kleine dingen serieus.")


@pytest.mark.slow
@pytest.mark.parametrize("size", [(60, 15), (80, 24)])
async def test_the_answer_field_is_always_on_screen_and_the_hint_folds_with_a_sign(make_app, store, size,
                                                                                   sample_bank_text, tmp_path):
    from quez.banks.loader import load_bank

    path = tmp_path / "lang.toml"
    path.write_text(sample_bank_text.replace("Vraag naar mensen; stuur niet aan op hulp.", LONG_HINT), "utf-8")
    session = store.start_session("EI-6", load_bank(path))
    app = make_app()
    width, height = size
    async with app.run_test(size=size) as pilot:
        screen = await conversation(pilot, session.id)
        for entry in ("Els - tante", "de buurvrouw", "Piet - buurman", "Sam - zoon", "juf van Sam"):
            screen.query_one("#person-input", Input).value = entry
            await pilot.press("enter")
            await settle(pilot)
        await pilot.pause(0.2)
        footer = screen.query_one("KeyFooter").region
        field = area(app).region
        assert field.height >= 3 and field.bottom <= footer.y  # drawn, above the keys
        name = screen.query_one("#person-input", Input).region
        assert name.height >= 1 and name.bottom <= field.y
        hint = screen.query_one("#hint")
        shown = str(hint.render())
        if height < 20:
            assert hint.folded and shown.endswith(" …") and "\n" not in shown
            await pilot.click(hint)
            await settle(pilot)
            assert not hint.folded and "Neem ook kleine dingen serieus." in str(hint.render())
        label = str(screen.query_one("#persons-label").render())
        shown_rows = screen.query_one("PersonsList").size.height
        assert label.startswith("Genoemd (5):") and (shown_rows >= 5 or f"↕ {5 - shown_rows} meer" in label)
        keys = [k for k in screen.query("FooterKey") if k.region.width]
        assert {k.description for k in keys} >= {"Volgende", "Terug", "Pauze", "Afronden"}
        for key in keys:  # every label whole
            assert key.region.width >= len(key.key_display) + len(key.description) + 2
            assert key.region.right <= width


@pytest.mark.parametrize("width", [60, 80, 100, 120])
async def test_footer_labels_are_never_cut(make_app, width):
    app = make_app()
    async with app.run_test(size=(width, 24)) as pilot:
        await ready(pilot)
        await pilot.pause(0.2)
        keys = [k for k in app.screen.query("FooterKey") if k.region.width]
        assert keys
        for key in keys:
            assert key.region.width >= len(key.key_display) + len(key.description) + 2, key.description
            assert key.region.right <= width


# -- finding the keys ----------------------------------------------------------------------------------

@pytest.mark.slow
async def test_tab_and_shift_tab_go_straight_between_name_and_answer_and_the_list_shows_focus(
        make_app, store, sample_bank):
    from quez.tui.widgets.persons import PersonsList

    session = store.start_session("EI-7", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        name = screen.query_one("#person-input", Input)
        name.value = "Els - tante"
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is name
        await pilot.press("tab")
        assert app.focused is area(app)
        await pilot.press("shift+tab")  # one step back, as one step forward
        assert app.focused is name
        label = screen.query_one("#persons-label")
        assert "↓ kiest uit de lijst" in str(label.render())
        await pilot.press("down")  # into the list of persons named
        persons = screen.query_one(PersonsList)
        assert app.focused is persons
        await settle(pilot)
        assert "Delete haalt weg · ↑ naar de naam" in str(label.render())
        assert persons.styles.border_left[0] == "thick"  # focus shows, not only by colour
        await pilot.press("up")
        assert app.focused is name
        await pilot.press("down", "tab")
        assert app.focused is area(app)
        await pilot.press("shift+tab")
        assert app.focused is name


@pytest.mark.slow
async def test_the_command_palette_speaks_dutch(make_app, store, sample_bank):
    session = store.start_session("EI-8", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        names = [c.title for c in app.get_system_commands(screen)]
        assert not {"Focus Next", "Focus Previous", "Copy selected text"} & set(names)
        await pilot.press("ctrl+p")
        palette = await on_screen(pilot, "CommandPalette")
        assert palette.query_one(Input).placeholder == "Zoek een actie of toets…"
        for key in "xyzzy":
            await pilot.press(key)
        found = palette.query_one("CommandList")

        def nothing_found() -> bool:
            return found.option_count == 1 and "Niets gevonden" in str(found.get_option_at_index(0).prompt.renderable)

        await wait_for(pilot, nothing_found)
        await pilot.press("escape")
        await on_screen(pilot, "ConversationScreen")


# -- visits that belong together -------------------------------------------------------------------------

async def start_with(pilot, code: str):
    await ready(pilot)
    await pilot.press("n")
    start = await on_screen(pilot, "StartScreen")
    start.query_one("#client-code", Input).value = code
    await settle(pilot)
    return start


@pytest.mark.slow
async def test_a_second_visit_goes_on_where_the_first_stopped(make_app, store, sample_bank):
    first = store.start_session("BZ-1", sample_bank)
    store.record_answer(first.id, "wie-snapt", text="Els", phase_id="begin")
    store.record_answer(first.id, "hoe-gaat-het", text="Wisselend.", phase_id="begin")
    store.set_position(first.id, "hoe-zwaar")
    store.park_session(first.id)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        start = await start_with(pilot, "BZ-1")
        info = str(start.query_one("#client-info").render())
        assert "Geparkeerd gesprek (Proefbank) gestopt bij vraag 3 van 5: Hoe zwaar voelt het?" in info
        await pilot.press("ctrl+n")
        pick = await on_screen(pilot, "PickScreen")
        options = pick.query_one("OptionList")
        assert [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)] == [
            "Verder bij vraag 3 van 5: Hoe zwaar voelt het?", "Vanaf het begin",
            f"Het geparkeerde gesprek van {str(pick.query_one('#pick-help').render()).split('(')[1].split(',')[0]}"
            " zelf voortzetten"]
        await pilot.press("enter")
        screen = await on_screen(pilot, "ConversationScreen")
        await wait_for(pilot, lambda: screen.conversation is not None and screen.answer_widget is not None)
        assert question_text(app) == "Hoe zwaar voelt het?"
        assert "vraag 3 van 5" in str(screen.query_one("#progress").render())
        second = screen.session_id
    assert second != first.id and store.session(first.id).status == "parked"
    assert store.session(second).current_question == "hoe-zwaar"


@pytest.mark.slow
async def test_after_a_finished_visit_the_next_starts_at_what_was_not_asked_or_from_the_start(
        make_app, store, sample_bank):
    first = store.start_session("BZ-2", sample_bank)
    store.record_answer(first.id, "wie-snapt", text="Els", phase_id="begin")
    store.record_answer(first.id, "hoe-gaat-het", status="skipped", phase_id="begin")
    store.record_answer(first.id, "hoe-zwaar", value="3", phase_id="verder")
    store.finish_session(first.id)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await start_with(pilot, "BZ-2")
        await pilot.press("ctrl+n")
        pick = await on_screen(pilot, "PickScreen")
        options = pick.query_one("OptionList")
        assert options.option_count == 2  # finished: nothing to continue itself
        first_option = str(options.get_option_at_index(0).prompt)
        assert first_option == "Verder bij vraag 4 van 5: Waar zou hulp het meest schelen?"  # skipped counts as asked
        await pilot.press("escape")  # neither: back on the start screen, nothing started
        await on_screen(pilot, "StartScreen")
        assert len(store.sessions("BZ-2")) == 1
        await pilot.press("ctrl+n")
        await on_screen(pilot, "PickScreen")
        await pilot.press("down", "enter")  # from the start
        screen = await on_screen(pilot, "ConversationScreen")
        await wait_for(pilot, lambda: screen.conversation is not None and screen.answer_widget is not None)
        assert question_text(app) == "Wie snapt waar je mee worstelt?"
    assert len(store.sessions("BZ-2")) == 2


@pytest.mark.slow
async def test_at_60x15_the_follow_up_dialog_keeps_its_buttons_and_the_header_its_time(make_app, store, visit_bank):
    session = store.start_session("EI-9", visit_bank)
    store.set_position(session.id, "wie")
    app = make_app()
    async with app.run_test(size=(60, 15)) as pilot:
        screen = await conversation(pilot, session.id)
        for entry in ("Sam - zoon", "Lies - dochter", "juf van Sam"):
            screen.query_one("#person-input", Input).value = entry
            await pilot.press("enter")
            await settle(pilot)
        await pilot.press("ctrl+n")
        dialog = await on_screen(pilot, "FollowUpScreen")
        await pilot.pause(0.2)
        assert str(dialog.query_one("#fu-title").render()) == "Doorvragen? (6)"
        for button in dialog.query("Button"):
            assert button.region.height and button.region.bottom <= 15, button.id
        assert dialog.query_one(FollowUpOffer).region.height >= 3
        await pilot.press("a")
        await on_screen(pilot, "ConversationScreen")
        await settle(pilot)
        progress = str(screen.query_one("#progress").render())
        assert progress == "Fase 1/1 · vraag 2/5 · doorvraag 1/6"  # short, so the time stays whole
        assert str(screen.query_one("#elapsed").render()).endswith("min")
        assert screen.query_one("#elapsed").region.right <= 60
