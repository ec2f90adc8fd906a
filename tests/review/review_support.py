"""Helpers for the pilot tests of the review and bank screens."""

from __future__ import annotations

import time

SIZE = (100, 30)


async def wait_for(pilot, condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the app")
        await pilot.pause(0.02)


async def ready(pilot) -> None:
    await wait_for(pilot, lambda: pilot.app.ready)
    await pilot.pause()


async def on_screen(pilot, name: str):
    await wait_for(pilot, lambda: type(pilot.app.screen).__name__ == name)
    await pilot.pause()
    return pilot.app.screen


def texts(screen, selector: str = "Static") -> str:
    return "\n".join(str(w.render()) for w in screen.query(selector))


def table_rows(table) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
