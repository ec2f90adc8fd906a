"""Text from a client, a bank or an import is data on every screen: never markup, never terminal control.

Escape sequences that end with ``ESC \\`` (OSC 52 clipboard, OSC 0 title, OSC 8 links, DCS) and
``CSI 2J`` reached the terminal from a client label, a bank title, a question, a phase intro and a
hint; a label ``moeder [/] van twee`` crashed the summary and ``gezin [oud adres]`` showed as
``gezin``; a choice option ``ja [/] nee`` crashed the question screen.
"""

from __future__ import annotations

import pytest
from trust_support import FORBIDDEN, hostile, plant_hostile_bank, sample_bank

from tests.pilot import SIZE, conversation, on_screen, ready, settle, wait_for

CLIENT = "KAAP-1"


def terminal_output(app) -> str:
    """Exactly what the app would write to the terminal for the current screen."""
    update = app.screen._compositor.render_update(full=True)
    return update.render_segments(app.console)


def assert_safe(output: str) -> None:
    for raw in FORBIDDEN:
        assert raw not in output, f"{raw!r} reached the terminal"


def hostile_session(store) -> int:
    session = store.start_session(CLIENT, sample_bank())
    store.set_client_label(CLIENT, hostile("Kaaplabel"))
    client = store.client(CLIENT)
    person = store.add_person(client.id, hostile("Kaapnaam"), relation=hostile("Kaaprelatie"))
    store.record_answer(session.id, "wie-snapt", text=hostile("Kaapantwoord"), question_text=hostile("Kaapvraag"))
    store.add_mention(person.id, session.id, "wie-snapt", quote=hostile("Kaapcitaat"))
    plant_hostile_bank(store.path, session.id)
    return session.id


@pytest.mark.slow
async def test_every_bank_text_on_the_question_screen_is_safe_and_literal(make_app, store):
    session_id = hostile_session(store)
    app = make_app(idle_lock_minutes=0)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await conversation(pilot, session_id)
        seen = ""
        for _ in range(len(screen.conversation.flow.steps)):
            await settle(pilot)
            output = terminal_output(app)
            assert_safe(output)
            seen += output
            if screen.conversation.index == len(screen.conversation.flow.steps) - 1:
                break
            index = screen.conversation.index
            await pilot.press("ctrl+n")
            await wait_for(pilot, lambda i=index: screen.conversation.index != i or app.screen is not screen)
            if app.screen is not screen:  # the follow-up offer (a hostile template and name): take them all
                await settle(pilot)
                output = terminal_output(app)
                assert_safe(output)
                seen += output
                await pilot.press("a")
                await wait_for(pilot, lambda i=index: app.screen is screen and screen.conversation.index != i)
        for word in ("Kaapfase0", "Kaapintro0", "Kaaphint", "Kaapdoorvraag Kaapnaam", "Kaapvraag-hoe-gaat-het",
                     "Kaapoptie", "Kaaplaag"):
            assert word in seen, word
        assert "ja [/] nee" in seen and "[b]vet[/b]" in seen and "[oud adres]" in seen  # literally
        assert not app.errors


@pytest.mark.slow
async def test_resume_dialog_closing_and_summary_show_hostile_text_safely(make_app, store):
    session_id = hostile_session(store)
    app = make_app(idle_lock_minutes=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        dialog = await on_screen(pilot, "ConfirmScreen")  # continue the interrupted conversation?
        output = terminal_output(app)
        assert_safe(output)
        assert "Kaaplabel" in output and "Kaapbank" in output and "[oud adres]" in output
        dialog.dismiss(True)
        screen = await on_screen(pilot, "ConversationScreen")
        await wait_for(pilot, lambda: screen.answer_widget is not None)
        assert_safe(terminal_output(app))
        screen.action_finish()
        await on_screen(pilot, "ClosingScreen")
        await settle(pilot)
        output = terminal_output(app)
        assert_safe(output)
        assert "Kaapbank" in output
        app.show_summary(session_id)
        summary = await on_screen(pilot, "SummaryScreen")
        await wait_for(pilot, lambda: summary.summary is not None)
        for tab in ("persons", "network", "opinions", "overview"):
            summary.action_tab(tab)
            await settle(pilot)
            output = terminal_output(app)
            assert_safe(output)
        assert not app.errors, app.errors


@pytest.mark.slow
async def test_markup_in_a_client_label_shows_literally_and_never_crashes(make_app, store):
    session = store.start_session(CLIENT, sample_bank())
    store.set_client_label(CLIENT, "moeder [/] van twee")
    other = store.start_session("KAAP-2", sample_bank())
    store.set_client_label("KAAP-2", "gezin [oud adres]")
    app = make_app(idle_lock_minutes=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        for session_id, label in ((session.id, "moeder [/] van twee"), (other.id, "gezin [oud adres]")):
            app.show_summary(session_id)
            summary = await on_screen(pilot, "SummaryScreen")
            await wait_for(pilot, lambda s=summary: s.summary is not None)
            await settle(pilot)
            assert label in terminal_output(app)
            app.pop_screen()
            await settle(pilot)
        from quez.tui.screens.review import ReviewScreen

        app.push_screen(ReviewScreen())
        review = await on_screen(pilot, "ReviewScreen")
        review.action_toggle_mode()  # the list of clients, with their labels
        await settle(pilot)
        await wait_for(pilot, lambda: "gezin [oud adres]" in terminal_output(app))
        assert not app.errors, app.errors


@pytest.mark.slow
async def test_a_choice_option_with_markup_validates_and_shows_literally(make_app, store, bank_dir):
    from quez.banks.loader import load_bank

    path = bank_dir / "proefbank.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"praktisch"', '"ja [/] nee"'), encoding="utf-8")
    bank = load_bank(path)  # valid: brackets are text
    session = store.start_session(CLIENT, bank)
    store.set_position(session.id, "soort-hulp")
    app = make_app(idle_lock_minutes=0)
    async with app.run_test(size=SIZE) as pilot:
        await conversation(pilot, session.id)
        await settle(pilot)
        assert "ja [/] nee" in terminal_output(app)
        assert not app.errors, app.errors


@pytest.mark.slow
async def test_a_stored_name_put_in_an_edit_field_holds_no_escape(make_app, store):
    from quez.tui.screens.person_edit import PersonEditScreen
    from quez.tui.widgets.editors import Input

    app = make_app(idle_lock_minutes=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.push_screen(PersonEditScreen(hostile("Kaapnaam"), hostile("Kaaprelatie"), "family", 1))
        screen = await on_screen(pilot, "PersonEditScreen")
        await settle(pilot)
        assert_safe(terminal_output(app))
        assert screen.query_one("#edit-name", Input).value.startswith("Kaapnaam")


@pytest.mark.slow
async def test_bank_titles_in_the_review_filter_are_safe_and_literal(make_app, store):
    from textual.widgets import Select

    session_id = hostile_session(store)
    store.park_session(session_id)
    app = make_app(idle_lock_minutes=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        from quez.tui.screens.review import ReviewScreen

        app.push_screen(ReviewScreen())
        review = await on_screen(pilot, "ReviewScreen")
        select = review.query_one("#review-bank", Select)
        await wait_for(pilot, lambda: len(select._options) > 1)
        select.focus()
        await pilot.press("enter")  # open the list of banks
        await settle(pilot)
        output = terminal_output(app)
        assert_safe(output)
        assert "Kaapbank" in output and "[oud adres]" in output
        assert not app.errors, app.errors


@pytest.mark.slow
async def test_the_toml_editor_shows_a_file_with_escapes_safely(make_app, bank_dir):
    from tests.pilot import ready

    path = bank_dir / "proefbank.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("Hoe gaat het nu", "Hoe\x1b]0;GEKAAPT\x07 gaat het nu"),
                    encoding="utf-8")
    app = make_app(idle_lock_minutes=0, user_banks=bank_dir)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        from quez.tui.screens.bank_editor import BankEditorScreen
        from quez.tui.widgets.editors import TextArea

        app.push_screen(BankEditorScreen(path))
        editor = await on_screen(pilot, "BankEditorScreen")
        area = editor.query_one(TextArea)
        row = area.text.splitlines().index('text = "Hoe gaat het nu met je?"')
        area.move_cursor((row, 0))  # as the worker does: the editor keeps the cursor's line in view
        await settle(pilot)
        assert "Hoe gaat het nu met je?" in terminal_output(app)
        assert_safe(terminal_output(app))
