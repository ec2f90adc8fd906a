"""Stopping mid-session and carrying on exactly there; drafts; storage errors."""

from __future__ import annotations

import asyncio

import pytest
from textual.widgets import Input, Static, TextArea

from quez.storage.db import StoreError
from quez.tui.widgets.answers import ScaleBar
from quez.tui.widgets.persons import PersonsAnswer
from tests.pilot import SIZE, conversation, on_screen, ready, settle, wait_for


def question_text(app) -> str:
    return str(app.screen.query_one("#question", Static).render())


@pytest.mark.slow
async def test_resume_after_quit_continues_at_same_question(make_app, store, sample_bank):
    session = store.start_session("RS-1", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        field = screen.query_one("#person-input", Input)
        field.value = "Els - tante"
        await pilot.press("enter")
        await settle(pilot)
        screen.query_one("#answer-text", TextArea).text = "Els snapt het."
        await pilot.press("ctrl+n")
        await on_screen(pilot, "FollowUpScreen")
        await pilot.press("escape")
        await on_screen(pilot, "ConversationScreen")
        await settle(pilot)
        screen.query_one("#answer-text", TextArea).text = "Rustig."
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert question_text(app) == "Hoe zwaar voelt het?"
        await pilot.press("3")  # chosen, not moved on yet
        screen.conversation.elapsed = 125
        await pilot.press("ctrl+q")  # the app closes mid-question
        await wait_for(pilot, lambda: app._exit)
    assert app.return_code == 0

    # the database says where it was
    info = store.session(session.id)
    assert (info.status, info.current_question, info.elapsed_seconds) == ("in_progress", "hoe-zwaar", 125)
    draft = store.answer(session.id, "hoe-zwaar")
    assert (draft.status, draft.value) == ("draft", "3")  # saved on quit, not yet an answer

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        offer = await on_screen(pilot, "ConfirmScreen")
        body = str(offer.query_one("#confirm-body").render())
        assert "RS-1" in body and "vraag 3 van 5" in body and "Hoe zwaar voelt het?" in body
        await pilot.press("enter")  # "Verder waar het was"
        screen = await on_screen(pilot, "ConversationScreen")
        await wait_for(pilot, lambda: screen.answer_widget is not None)
        assert question_text(app) == "Hoe zwaar voelt het?"
        assert screen.query_one(ScaleBar).value == 3
        assert screen.conversation.elapsed == 125
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert screen.query_one("#answer-text", TextArea).text == "Rustig."
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert question_text(app) == "Wie snapt waar je mee worstelt?"
        assert screen.query_one("#answer-text", TextArea).text == "Els snapt het."
        assert [name for _, name, _ in screen.query_one(PersonsAnswer).persons] == ["Els"]
    assert store.session(session.id).status == "in_progress"
    answers = {a.question_id: (a.status, a.text, a.value) for a in store.answers(session.id)}
    assert answers == {
        "wie-snapt": ("answered", "Els snapt het.", None),
        "hoe-gaat-het": ("answered", "Rustig.", None),
        "hoe-zwaar": ("answered", "", "3"),  # chosen, then moved back: it counts
    }


@pytest.mark.slow
async def test_hard_stop_keeps_position_and_not_now_parks(make_app, store, sample_bank):
    session = store.start_session("RS-2", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        await pilot.press("ctrl+o", "ctrl+o")
        await settle(pilot)
        assert question_text(app) == "Hoe zwaar voelt het?"
        app.exit()  # no flush: like a crash right after moving on
    assert store.session(session.id).current_question == "hoe-zwaar"

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await on_screen(pilot, "ConfirmScreen")
        await pilot.press("escape")  # not now
        home = await on_screen(pilot, "HomeScreen")
        await settle(pilot)
        assert store.session(session.id).status == "parked"
        menu = home.query_one("#menu")
        assert "(1)" in str(menu.get_option("continue").prompt)
        await pilot.press("v")
        listing = await on_screen(pilot, "UnfinishedScreen")
        await pilot.press("enter")
        screen = await on_screen(pilot, "ConversationScreen")
        await wait_for(pilot, lambda: screen.answer_widget is not None)
        assert question_text(app) == "Hoe zwaar voelt het?"
        assert listing is not None
    assert store.session(session.id).status == "in_progress"

    # asked only once a run: a parked session is not offered on start
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause(0.2)
        assert type(app.screen).__name__ == "ConfirmScreen"  # in progress again, so offered again
        await pilot.press("escape")
        await on_screen(pilot, "HomeScreen")


@pytest.mark.slow
async def test_drafts_saved_while_typing(make_app, store, sample_bank):
    session = store.start_session("DR-1", sample_bank)
    store.set_position(session.id, "hoe-gaat-het")
    app = make_app(draft_interval=0.2)
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        screen.query_one("#answer-text", TextArea).text = "Eerst ging het"
        await wait_for(pilot, lambda: store.answer(session.id, "hoe-gaat-het") is not None, timeout=5)
        draft = store.answer(session.id, "hoe-gaat-het")
        assert (draft.status, draft.text, draft.phase_id) == ("draft", "Eerst ging het", "begin")
        await pilot.press("end", "space", "g", "o", "e", "d")
        await wait_for(pilot, lambda: store.answer(session.id, "hoe-gaat-het").text.endswith("goed"), timeout=5)
        app.exit()
    assert store.answer(session.id, "hoe-gaat-het").text == "Eerst ging het goed"


@pytest.mark.slow
async def test_storage_error_keeps_text_and_shows_dutch_message(make_app, store, sample_bank, monkeypatch):
    session = store.start_session("ER-1", sample_bank)
    store.set_position(session.id, "hoe-gaat-het")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        screen.query_one("#answer-text", TextArea).text = "Belangrijk verhaal"

        def broken(*args, **kwargs):
            raise StoreError("De schijf is vol. Maak ruimte vrij; wat al bewaard was, blijft bewaard.")

        monkeypatch.setattr(store, "record_answer", broken)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert question_text(app) == "Hoe gaat het nu met je?"  # did not move on
        assert screen.query_one("#answer-text", TextArea).text == "Belangrijk verhaal"
        messages = [n.message for n in app._notifications]
        assert any("De schijf is vol" in m for m in messages)
        assert len(app.errors) == 1
        monkeypatch.undo()
        await pilot.press("ctrl+n")  # works again
        await settle(pilot)
        assert question_text(app) == "Hoe zwaar voelt het?"
    assert store.answer(session.id, "hoe-gaat-het").text == "Belangrijk verhaal"


@pytest.mark.slow
async def test_storage_error_on_adding_a_person_keeps_the_name_in_the_field(make_app, store, sample_bank,
                                                                            monkeypatch):
    session = store.start_session("ER-2", sample_bank)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        field = screen.query_one("#person-input", Input)
        field.focus()
        field.value = "Els - tante"

        def broken(*args, **kwargs):
            raise StoreError("De schijf is vol. Maak ruimte vrij; wat al bewaard was, blijft bewaard.")

        monkeypatch.setattr(store, "add_person", broken)
        await pilot.press("enter")
        await settle(pilot)
        assert field.value == "Els — tante" and screen.answer_widget.persons == []  # back, to try again
        assert any("De schijf is vol" in n.message for n in app._notifications)
        monkeypatch.undo()
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.answer_widget.persons) == 1)
        assert field.value == ""
    assert [(p.name, p.relation) for p in store.persons(store.client("ER-2").id)] == [("Els", "tante")]


async def test_unusable_database_shows_message_on_home(tmp_path, bank_dir):
    from quez.services import Services
    from quez.settings import Settings
    from quez.tui.app import QuezApp

    not_a_db = tmp_path / "kapot.db"
    not_a_db.write_bytes(b"dit is geen database" * 100)
    app = QuezApp(Services(Settings(db_path=not_a_db, bundled_banks=None, user_banks=bank_dir)))
    async with app.run_test(size=SIZE) as pilot:
        status = app.screen.query_one("#home-status", Static)
        await wait_for(pilot, lambda: "database" in str(status.render()).lower())
        assert "geen (leesbare) QueZ-database" in str(status.render())
        assert status.has_class("error")
        assert not app.ready
        await pilot.press("n")  # nothing happens, no crash
        await asyncio.sleep(0.1)
        assert type(app.screen).__name__ == "HomeScreen"


class RenderedError(RuntimeError):
    """An error that renders itself: Textual shows such an error through App.panic."""

    def __rich__(self):
        return f"RenderedError: {self.args[0]}"


@pytest.mark.slow
@pytest.mark.parametrize("error", [RuntimeError, RenderedError])
async def test_unexpected_error_saves_and_shows_no_traceback(make_app, store, sample_bank, monkeypatch, capfd,
                                                             error):
    import pytest

    from quez.tui.screens.conversation import ConversationScreen

    session = store.start_session("BUG-1", sample_bank)
    store.set_position(session.id, "hoe-gaat-het")

    def bug(self):
        raise error("Geheim antwoord van de cliënt")

    monkeypatch.setattr(ConversationScreen, "action_note", bug)
    monkeypatch.delenv("QUEZ_DEBUG", raising=False)
    app = make_app()
    with pytest.raises(error):
        async with app.run_test(size=SIZE) as pilot:
            screen = await conversation(pilot, session.id)
            screen.query_one("#answer-text", TextArea).text = "Net getypt"
            await pilot.press("ctrl+t")
            await pilot.pause(0.2)
    shown = " ".join(capfd.readouterr())
    assert f"onverwachte fout ({error.__name__})" in shown
    assert "Geheim" not in shown and "Traceback" not in shown
    assert store.answer(session.id, "hoe-gaat-het").text == "Net getypt"  # saved on the way out


@pytest.mark.slow
async def test_interrupted_while_going_over_parked_questions_resumes_that_round(make_app, store, sample_bank):
    session = store.start_session("RS-9", sample_bank)
    ids = [q.id for q in sample_bank.questions]
    parked = [ids[1], ids[3]]
    for qid in ids:
        store.record_answer(session.id, qid, text="" if qid in parked else "gezegd",
                            status="parked" if qid in parked else "answered")
    store.set_position(session.id, parked[0])  # the app died on the first parked question of the round
    texts = {q.id: q.text for q in sample_bank.questions}
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, session.id)
        assert question_text(app) == texts[parked[0]]
        assert "Later op terugkomen · 1 van 2" in screen.query_one("ProgressHeader").progress
        await pilot.press("ctrl+n")  # still nothing to say: the next parked one, not the next question
        await settle(pilot)
        assert question_text(app) == texts[parked[1]]
        await pilot.press("ctrl+n")
        await on_screen(pilot, "ClosingScreen")
