"""The worker's display preferences, kept between runs (no client data).

A small JSON file, ``preferences.json`` in the QueZ data folder. A missing,
unreadable or damaged file gives the defaults; writing is atomic and private.
Plain Python: the app reads it when it starts.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Preferences:
    #: Textual theme name chosen with "Thema wisselen"; None = Textual's default
    theme: str | None = None
    #: the worker's hints under each question (hidden when the screen faces the client)
    hints: bool = True


def load_preferences(path: Path | None) -> Preferences:
    if path is None:
        return Preferences()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(data, dict):
        return Preferences()
    theme, hints = data.get("theme"), data.get("hints")
    return Preferences(theme=theme if isinstance(theme, str) and theme else None,
                       hints=hints if isinstance(hints, bool) else True)


def save_preferences(path: Path | None, preferences: Preferences) -> bool:
    """Write ``preferences``; False (and nothing changed) when the folder can't be written."""
    if path is None:
        return False
    from quez.files import private_dir, write_atomic

    try:  # an unpredictable temporary name, O_EXCL: a planted symlink can't redirect the write
        private_dir(path.parent)
        write_atomic(path, json.dumps(asdict(preferences)))
        return True
    except OSError:
        return False
