"""Small Dutch text helpers for the screens (no textual)."""

from __future__ import annotations


def shown_path(path) -> str:
    """A file's place as the worker reads it: ``~/…`` under the home folder, else in full."""
    from pathlib import Path

    try:
        return "~/" + str(Path(path).resolve().relative_to(Path.home().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)
