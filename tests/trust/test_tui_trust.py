"""In the app: the idle lock hides client data; stored or pasted escapes never reach the terminal."""

from __future__ import annotations

import asyncio
import time

import pytest
from textual import events
from textual.widgets import Input, TextArea
from trust_support import sample_bank

from quez.services import Services
from quez.settings import Settings
from quez.storage import crypto
from quez.storage.store import Store
from quez.tui.screens.lock import MAX_ATTEMPTS
from tests.pilot import SIZE, wait_for

PASS = "paarden eten graag wortels"
CLIENT = "KLANT-77"
TYPED = "Mijn tante Wilhelmina helpt met de post."
EVIL = "Buurvrouw\x1b]0;GEKAAPT\x07 helpt\x1b[2J\x1b[?1049l\x1b[31m echt\x1b[0m \u202egnp.exe"


@pytest.fixture(autouse=True)
def _clean_crypto_state():
    crypto.forget_all()
    yield
    crypto.forget_all()


def make_app(db_path, bank_dir, **settings):
    from quez.banks.loader import load_registry
    from quez.tui.app import QuezApp

    config = Settings(db_path=db_path, bundled_banks=None, user_banks=bank_dir, extra_banks=[], **settings)
    services = Services(config, store=Store(db_path), banks=load_registry(config.bank_sources()))
    app = QuezApp(services)
    app.last_input = time.monotonic() + 3600  # not idle while setting up, however slow the machine
    return app


def idle_from_now(app) -> None:
    app.last_input = time.monotonic()


async def open_session(pilot, session_id: int):
    await wait_for(pilot, lambda: pilot.app.ready)
    await pilot.pause()
    pilot.app.open_conversation(session_id)
    await wait_for(pilot, lambda: type(pilot.app.screen).__name__ == "ConversationScreen")
    screen = pilot.app.screen
    await wait_for(pilot, lambda: screen.answer_widget is not None)
    await pilot.pause()
    return screen


def terminal_output(app) -> str:
    """Exactly what the app would write to the terminal for the current screen."""
    update = app.screen._compositor.render_update(full=True)
    return update.render_segments(app.console)


def start(db_path, question: str = "hoe-gaat-het", draft: str | None = None) -> int:
    with Store(db_path) as store:
        session = store.start_session(CLIENT, sample_bank())
        store.set_position(session.id, question)
        if draft is not None:
            store.save_draft(session.id, question, draft)
    return session.id


@pytest.mark.slow
async def test_idle_lock_hides_everything_and_a_key_brings_it_back(db_path, bank_dir):
    session_id = start(db_path)
    app = make_app(db_path, bank_dir, idle_lock_minutes=0.01)  # 0.6 s
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_session(pilot, session_id)
        screen.query_one("#answer-text", TextArea).text = TYPED
        await pilot.pause()
        assert TYPED.split()[2] in terminal_output(app)
        idle_from_now(app)
        await wait_for(pilot, lambda: type(app.screen).__name__ == "LockScreen", timeout=5)
        await pilot.pause()
        await wait_for(pilot, lambda: "vergrendeld" in terminal_output(app))
        shown = terminal_output(app)
        assert "vergrendeld" in shown
        for secret in (CLIENT, "Wilhelmina", "Hoe gaat het"):
            assert secret not in shown
        assert app.services.store.answer(session_id, "hoe-gaat-het").text == TYPED  # saved before locking
        await pilot.press("x")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "ConversationScreen")
        assert screen.query_one("#answer-text", TextArea).text == TYPED


@pytest.mark.slow
async def test_encrypted_database_asks_for_the_passphrase(db_path, bank_dir):
    pytest.importorskip("sqlcipher3")
    crypto.remember(db_path, PASS)
    session_id = start(db_path)
    app = make_app(db_path, bank_dir, idle_lock_minutes=0.01)
    async with app.run_test(size=SIZE) as pilot:
        await open_session(pilot, session_id)
        idle_from_now(app)
        await wait_for(pilot, lambda: type(app.screen).__name__ == "LockScreen", timeout=5)
        lock = app.screen
        await pilot.press("x", "enter")  # a key alone does not unlock
        assert app.screen is lock
        await wait_for(pilot, lambda: "klopt niet" in terminal_output(app))
        lock.query_one(Input).value = PASS
        await pilot.press("enter")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "ConversationScreen")


@pytest.mark.slow
async def test_too_many_wrong_passphrases_close_the_app(db_path, bank_dir):
    crypto.remember(db_path, PASS)  # only the lock's comparison is tested here
    pytest.importorskip("sqlcipher3")
    session_id = start(db_path)
    app = make_app(db_path, bank_dir, idle_lock_minutes=0.01)
    async with app.run_test(size=SIZE) as pilot:
        await open_session(pilot, session_id)
        idle_from_now(app)
        await wait_for(pilot, lambda: type(app.screen).__name__ == "LockScreen", timeout=5)
        tries = 0
        while not app._exit and tries < MAX_ATTEMPTS + 1:  # the app closes after the last allowed try
            await wait_for(pilot, lambda: app._exit or bool(app.screen.query(Input)))
            if app._exit:
                break
            app.screen.query_one(Input).value = "fout"
            await pilot.press("enter")
            tries += 1
        await wait_for(pilot, lambda: app._exit)
    assert app.return_code == 1 and tries == MAX_ATTEMPTS


@pytest.mark.slow
async def test_lock_can_be_switched_off(db_path, bank_dir):
    session_id = start(db_path)
    app = make_app(db_path, bank_dir, idle_lock_minutes=0)
    async with app.run_test(size=SIZE) as pilot:
        await open_session(pilot, session_id)
        await asyncio.sleep(1.0)
        await pilot.pause()
        assert type(app.screen).__name__ == "ConversationScreen"


@pytest.mark.slow
@pytest.mark.parametrize("question", ["hoe-gaat-het", "wie-snapt"])
async def test_stored_escape_sequences_never_reach_the_terminal(db_path, bank_dir, question):
    """E.g. an imported answer or person: shown in the conversation, the escapes must not be sent."""
    session_id = start(db_path, question=question, draft=EVIL)
    with Store(db_path) as store:
        store.add_person(store.client(CLIENT).id, "Tante\x1b]0;GEKAAPT\x07Els [b]x[/b]", relation="zus\x1b[2J")
    app = make_app(db_path, bank_dir, idle_lock_minutes=0)
    async with app.run_test(size=SIZE) as pilot:
        await open_session(pilot, session_id)
        shown = terminal_output(app)
        assert "uurvrouw" in shown
        for raw in ("\x1b]0;GEKAAPT", "\x1b[2J", "\x1b[?1049l", "\u202e"):
            assert raw not in shown, repr(raw)


@pytest.mark.slow
async def test_pasted_escape_sequences_are_cleaned(db_path, bank_dir):
    session_id = start(db_path)
    app = make_app(db_path, bank_dir, idle_lock_minutes=0)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_session(pilot, session_id)
        area = screen.query_one("#answer-text", TextArea)
        area.focus()
        await pilot.pause()
        app.post_message(events.Paste(EVIL))
        await wait_for(pilot, lambda: "Buurvrouw" in area.text)
        assert area.text == "Buurvrouw helpt echt gnp.exe"
        shown = terminal_output(app)
        assert "\x1b]" not in shown and "GEKAAPT" not in shown and "\x1b[2J" not in shown
