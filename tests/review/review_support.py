"""Helpers for the pilot tests of the review and bank screens (waiting: ``tests/pilot.py``)."""

from __future__ import annotations

from tests.pilot import on_screen, ready, wait_for  # noqa: F401  (used through this module)

SIZE = (100, 30)  # the review table's columns need more than 80


def texts(screen, selector: str = "Static") -> str:
    return "\n".join(str(w.render()) for w in screen.query(selector))


def table_rows(table) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
