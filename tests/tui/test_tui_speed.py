"""Speed work that changes what the worker sees: keys pressed during loading are kept."""

from __future__ import annotations

import threading

import pytest

from quez.services import Services
from tests.pilot import SIZE, on_screen, wait_for


class SlowServices(Services):
    """Banks that load only when the test lets them (a slow laptop, many banks).

    A gate rather than a fixed delay: on a slow machine a half-second sleep
    could end before the test had pressed its key.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.gate = threading.Event()

    @property
    def banks(self):
        if self._banks is None:
            self.gate.wait(timeout=30)
        return super().banks


@pytest.mark.slow
async def test_menu_key_pressed_while_loading_is_carried_out_once_loaded(settings, store):
    from quez.tui.app import QuezApp

    services = SlowServices(settings, store=store)
    app = QuezApp(services)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.ready
        await pilot.press("n")  # the worker does not wait for "Even laden…" to go
        assert type(app.screen).__name__ == "HomeScreen"
        services.gate.set()
        await wait_for(pilot, lambda: app.ready)
        await on_screen(pilot, "StartScreen")


async def test_no_key_pressed_while_loading_stays_on_home(settings, store):
    from quez.tui.app import QuezApp

    services = SlowServices(settings, store=store)
    app = QuezApp(services)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        services.gate.set()
        await wait_for(pilot, lambda: app.ready)
        await pilot.pause(0.1)
        assert type(app.screen).__name__ == "HomeScreen"
