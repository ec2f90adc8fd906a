"""Where QueZ keeps its data and which banks it reads.

Cheap to import (no pydantic, no sqlite-utils): the CLI builds settings
before the first screen is painted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quez.banks.models import Origin

APP_NAME = "quez"
DB_ENV = "QUEZ_DB"
DATA_ENV = "QUEZ_DATA_DIR"


def data_dir() -> Path:
    """The user's QueZ data folder (``QUEZ_DATA_DIR`` overrides platformdirs)."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / "quez.db"


def user_banks_dir() -> Path:
    return data_dir() / "banks"


def bundled_banks_dir() -> Path:
    """The banks shipped with QueZ.

    In an installed wheel they live in ``quez/question_banks``; in a source
    checkout (editable install, tests) in the top-level ``question_banks``.
    """
    package = Path(__file__).resolve().parent
    installed = package / "question_banks"
    if installed.is_dir():
        return installed
    return package.parent / "question_banks"


@dataclass
class Settings:
    """Everything the app is told by the CLI; tests build their own."""

    db_path: Path = field(default_factory=default_db_path)
    bundled_banks: Path | None = field(default_factory=bundled_banks_dir)
    user_banks: Path | None = field(default_factory=user_banks_dir)
    extra_banks: list[Path] = field(default_factory=list)
    #: minutes without a key press before the screen locks; 0 disables
    idle_lock_minutes: int = 10
    #: seconds between draft saves while typing
    draft_interval: float = 3.0
    #: display preferences kept between runs (theme); None: not kept
    preferences_path: Path | None = field(default_factory=lambda: data_dir() / "preferences.json")

    def bank_sources(self) -> list[tuple[Path, Origin]]:
        sources: list[tuple[Path, Origin]] = []
        if self.bundled_banks:
            sources.append((self.bundled_banks, "bundled"))
        if self.user_banks:
            sources.append((self.user_banks, "user"))
        sources.extend((p, "extra") for p in self.extra_banks)
        return sources
