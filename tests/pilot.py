"""Helpers shared by the pilot tests (``App.run_test()``): wait for the app, not for a fixed time."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

SIZE = (80, 24)


async def wait_for(pilot, condition: Callable[[], object], timeout: float = 10.0) -> None:
    """Let the app run until ``condition()`` holds (bounded).

    A condition that cannot be checked yet (a widget still being composed) counts as not holding."""
    from textual.css.query import NoMatches

    deadline = time.monotonic() + timeout
    while True:
        try:
            if condition():
                return
        except NoMatches:
            pass
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the app")
        await pilot.pause(0.02)


async def ready(pilot) -> None:
    """Wait until the home screen has opened the store and loaded the banks."""
    await wait_for(pilot, lambda: pilot.app.ready)
    await pilot.pause()


async def on_screen(pilot, name: str, timeout: float = 10.0):
    await wait_for(pilot, lambda: type(pilot.app.screen).__name__ == name, timeout)
    await pilot.pause()
    return pilot.app.screen


async def settle(pilot) -> None:
    await pilot.pause()
    await asyncio.sleep(0)
    await pilot.pause()


async def conversation(pilot, session_id: int):
    """Once the app is ready, open the session's conversation; the screen, its answer field mounted."""
    await ready(pilot)
    pilot.app.open_conversation(session_id)
    screen = await on_screen(pilot, "ConversationScreen")
    await wait_for(pilot, lambda: screen.answer_widget is not None)
    return screen


_NAMED = {" ": "space", "\t": "tab", "\r": "enter"}


def keys_at_once(app, *keys: str) -> None:
    """Hand the app several keys without waiting in between, as fast typing or keys held back while
    the app was busy arrive: a single character, or a key name ("backspace", "shift+tab")."""
    from textual import events

    for key in keys:
        if len(key) == 1:
            app.post_message(events.Key(_NAMED.get(key, key), key))
        else:
            app.post_message(events.Key(key, {"enter": "\r", "tab": "\t"}.get(key)))
