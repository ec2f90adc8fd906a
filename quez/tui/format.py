"""Small Dutch text helpers for the screens (no textual)."""

from __future__ import annotations

from datetime import datetime

from quez.wording import plural  # noqa: F401  (re-exported: the screens take it from here)

STATUS_LABELS = {
    "answered": "beantwoord",
    "skipped": "overgeslagen",
    "declined": "cliënt wilde hier (nog) niet op ingaan",
    "parked": "later op terugkomen",
    "draft": "nog niet afgerond",
}

SESSION_STATUS_LABELS = {"in_progress": "onderbroken", "parked": "geparkeerd", "finished": "afgerond"}

CATEGORY_LABELS = {
    "family": "familie",
    "friends": "vrienden",
    "neighbours": "buren",
    "work_school": "werk/school",
    "professionals": "hulpverleners",
    "other": "overig",
}


def local_time(stamp: str | None) -> str:
    """``2024-03-12T13:05:00+00:00`` → ``12-03-2024 14:05`` in local time."""
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return stamp


def shown_path(path) -> str:
    """A file's place as the worker reads it: ``~/…`` under the home folder, else in full."""
    from pathlib import Path

    try:
        return "~/" + str(Path(path).resolve().relative_to(Path.home().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)
