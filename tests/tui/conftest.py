"""Fixtures for the TUI tests: a tmp store, a tmp bank dir with a real TOML bank
covering every kind (``bank_dir`` from the top-level conftest), services and an
app factory."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from quez.services import Services
from quez.settings import Settings

SIZE = (80, 24)


@pytest.fixture
def settings(db_path: Path, bank_dir: Path) -> Settings:
    return Settings(db_path=db_path, bundled_banks=None, user_banks=bank_dir, extra_banks=[])


@pytest.fixture
def services(settings: Settings, store) -> Services:
    from quez.banks.loader import load_registry

    return Services(settings, store=store, banks=load_registry(settings.bank_sources()))


@pytest.fixture
def make_app(services: Services) -> Callable:
    """``make_app()`` → a fresh QuezApp on the same services (same DB)."""
    from quez.tui.app import QuezApp

    def factory(**settings_changes) -> QuezApp:
        for key, value in settings_changes.items():
            setattr(services.settings, key, value)
        return QuezApp(services)

    return factory


async def wait_for(pilot, condition: Callable[[], object], timeout: float = 10.0) -> None:
    """Let the app run until ``condition()`` holds (bounded)."""
    deadline = time.monotonic() + timeout
    while not condition():
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
