"""Home, start, closing, review, banks: every button leads somewhere useful."""

from __future__ import annotations

import subprocess
import sys

import pytest
from textual.widgets import Input, OptionList, Static

from tests.pilot import SIZE, conversation, keys_at_once, on_screen, ready, settle, wait_for


@pytest.mark.slow
async def test_start_creates_client_with_label_and_shows_bank_facts(make_app, store):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n")
        screen = await on_screen(pilot, "StartScreen")
        banks = screen.query_one("#banks", OptionList)
        prompt = str(banks.get_option_at_index(0).prompt)
        assert "Proefbank" in prompt and "5 vragen · ongeveer 15 minuten" in prompt
        await settle(pilot)
        description = screen.query_one("#bank-description", Static)
        assert str(description.render()) == "Een kleine bank voor tests."  # of the highlighted bank
        await pilot.press("ctrl+n")  # no code yet
        info = screen.query_one("#client-info", Static)
        assert "Vul eerst een cliëntcode in" in str(info.render())
        assert type(app.screen).__name__ == "StartScreen"
        for key in "XY-9":
            await pilot.press(key)
        await settle(pilot)
        assert str(info.render()) == "Nieuwe cliënt."
        await pilot.press("enter")
        assert app.focused is screen.query_one("#client-label", Input)
        screen.query_one("#client-label", Input).value = "zoon van mevr. K"
        await pilot.press("enter")  # on to the banks
        assert app.focused is banks
        await pilot.press("enter")  # choosing the bank starts
        conversation = await on_screen(pilot, "ConversationScreen")
        await wait_for(pilot, lambda: conversation.answer_widget is not None)
        # the start screen was replaced: back out goes home, not to the form
        assert [type(s).__name__ for s in app.screen_stack[1:]] == ["ConversationScreen"]
    client = store.client("XY-9")
    assert client.label == "zoon van mevr. K"
    (session,) = store.sessions("XY-9")
    assert (session.bank_id, session.status, session.current_question) == ("proefbank", "in_progress", "wie-snapt")


async def test_known_client_is_recognised(make_app, store, sample_bank):
    store.create_client("KL-1", "buurvrouw van X")
    store.finish_session(store.start_session("KL-1", sample_bank).id)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n")
        screen = await on_screen(pilot, "StartScreen")
        code = screen.query_one("#client-code", Input)
        code.value = "KL-1"
        await settle(pilot)
        assert "Bekende cliënt · 1 eerder gesprek" in str(screen.query_one("#client-info").render())
        assert screen.query_one("#client-label", Input).value == "buurvrouw van X"
        await pilot.press("escape")
        await on_screen(pilot, "HomeScreen")


@pytest.mark.slow
async def test_closing_offers_summary_back_and_park(make_app, store, sample_bank):
    session = store.start_session("CL-1", sample_bank)
    store.record_answer(session.id, "wie-snapt", text="Els", phase_id="begin")
    store.record_answer(session.id, "hoe-gaat-het", status="parked", phase_id="begin")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await conversation(pilot, session.id)
        await pilot.press("ctrl+f")  # finish early: the parked one is offered first
        await on_screen(pilot, "ConfirmScreen")
        await pilot.press("escape")  # straight to the closing screen
        closing = await on_screen(pilot, "ClosingScreen")
        await settle(pilot)
        titles = [str(w.render()) for w in closing.query(".group-title")]
        assert titles[:3] == ["Beantwoord (1)", "Later op terugkomen (1)", "Cliënt wil hier (nog) niet op ingaan (0)"]
        assert "Niet aan bod gekomen (3)" in titles
        await pilot.press("s")
        summary = await on_screen(pilot, "SummaryScreen")
        await settle(pilot)
        shown = "\n".join(str(w.render()) for w in summary.query("#detail, #overview-text"))
        assert "Els" in shown and "Later op terugkomen\n• Hoe gaat het nu met je?" in shown
        await pilot.press("escape")
        await on_screen(pilot, "ClosingScreen")
        await pilot.press("escape")  # back to the conversation
        await on_screen(pilot, "ConversationScreen")
        await pilot.press("ctrl+f")
        await on_screen(pilot, "ClosingScreen")  # parked were offered once already
        await pilot.press("l")  # later verder
        await on_screen(pilot, "HomeScreen")
    assert store.session(session.id).status == "parked"


@pytest.mark.slow
async def test_review_and_bank_screens_open(make_app, store, sample_bank):
    session = store.start_session("RV-1", sample_bank)
    store.record_answer(session.id, "hoe-gaat-het", text="Goed", phase_id="begin")
    store.finish_session(session.id)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await on_screen(pilot, "ReviewScreen")  # its own tests live with the review screen
        await pilot.press("escape")
        await on_screen(pilot, "HomeScreen")
        await pilot.press("b")
        await on_screen(pilot, "BankManagerScreen")  # its own tests live with the bank manager
        await pilot.press("escape")
        await on_screen(pilot, "HomeScreen")


async def test_quit_from_home(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await wait_for(pilot, lambda: app._exit)


def test_home_paints_before_heavy_imports():
    """The app module and the home screen import neither pydantic nor sqlite-utils."""
    code = (
        "import sys, quez.tui.app, quez.tui.screens.home; "
        "print(','.join(m for m in ('pydantic', 'sqlite_utils') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


@pytest.mark.slow
async def test_the_chosen_theme_is_there_again_next_time(make_app, tmp_path):
    preferences = tmp_path / "prefs" / "preferences.json"
    app = make_app(preferences_path=preferences)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.theme != "textual-light"
        app.theme = "textual-light"  # what "Thema wisselen" in the palette does
        await settle(pilot)
    assert '"textual-light"' in preferences.read_text(encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.theme == "textual-light"
    for damaged in ('{"theme": 12', '{"theme": "bestaat-niet"}', "[]"):
        preferences.write_text(damaged, encoding="utf-8")
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot)
            assert app.theme == "textual-dark" and not app.errors


@pytest.mark.slow
async def test_hidden_hints_stay_hidden_next_time(make_app, store, sample_bank, tmp_path):
    # the worker hid the hints because the screen faces the client: tomorrow they are still hidden
    from quez.tui.widgets.question import HintPanel

    preferences = tmp_path / "prefs" / "preferences.json"
    session = store.start_session("HV-1", sample_bank)
    app = make_app(preferences_path=preferences)
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        assert not screen.query_one(HintPanel).hidden
        await pilot.press("ctrl+r")
        assert screen.query_one(HintPanel).hidden
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        assert screen.query_one(HintPanel).hidden
        await pilot.press("ctrl+r")
        assert not screen.query_one(HintPanel).hidden
    assert '"hints": true' in preferences.read_text(encoding="utf-8")


@pytest.mark.slow
async def test_keys_typed_right_after_tab_go_to_the_next_field(make_app):
    # "GB-8<Tab>vader, 2 kinderen" typed in one go ended up as one client code

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n")
        screen = await on_screen(pilot, "StartScreen")
        code, label = screen.query_one("#client-code", Input), screen.query_one("#client-label", Input)
        assert app.focused is code
        keys_at_once(app, "G", "B", "tab", "v", "a")
        await wait_for(pilot, lambda: len(label.value) == 2)
        await settle(pilot)
        assert (code.value, label.value) == ("GB", "va")
        keys_at_once(app, "shift+tab", "right", "8")  # back: the code is selected, Right keeps it
        await wait_for(pilot, lambda: code.value == "GB8")
        assert label.value == "va"
