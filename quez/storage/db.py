"""Opening the SQLite file safely: pragmas, permissions, migrations, errors.

Errors reach the worker as :class:`StoreError`, whose text is plain Dutch and
says what to do; the underlying sqlite3 exception stays on ``__cause__``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from quez.storage.schema import migrations

BUSY_TIMEOUT_SECONDS = 5.0


class StoreError(Exception):
    """Something went wrong with the database; the message is for the worker."""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def explain(exc: sqlite3.Error, path: Path | str) -> StoreError:
    """Turn a sqlite3 error into a clear, specific message."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        msg = (
            "De database is bezet door een ander QueZ-venster of programma. "
            "Sluit het andere venster en probeer het opnieuw; er is niets verloren."
        )
    elif "readonly" in text or "read-only" in text:
        msg = f"De database {path} is alleen-lezen. Controleer de rechten op het bestand of kies een andere plek met --db."
    elif "disk is full" in text or "database or disk is full" in text:
        msg = "De schijf is vol. Maak ruimte vrij; wat al bewaard was, blijft bewaard."
    elif "not a database" in text or "malformed" in text or "file is encrypted" in text:
        msg = (
            f"{path} is geen (leesbare) QueZ-database of is beschadigd. "
            "Kies een ander bestand met --db, of zet een reservekopie terug."
        )
    elif "unable to open" in text:
        msg = f"Kan de database {path} niet openen. Bestaat de map en mag u erin schrijven?"
    elif "disk i/o" in text:
        msg = f"Lezen of schrijven van {path} mislukte (schijffout). Wat al bewaard was, blijft bewaard."
    else:
        msg = f"Databasefout in {path}: {exc}"
    return StoreError(msg)


def _create_private(path: Path) -> None:
    """Create the folder (0700) and an empty file (0600) so client data is the user's only."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def connect(path: Path | str, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path`` with QueZ's pragmas."""
    path = Path(path)
    try:
        if str(path) != ":memory:":
            _create_private(path)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
    except (OSError, sqlite3.Error) as exc:
        if isinstance(exc, sqlite3.Error):
            raise explain(exc, path) from exc
        raise StoreError(f"Kan de database {path} niet aanmaken: {exc.strerror or exc}.") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: an answer that was committed survives a power cut
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn)
        if migrate:
            check_not_newer(db, path)
            migrations.apply(db)
    except sqlite3.Error as exc:
        conn.close()
        raise explain(exc, path) from exc
    except StoreError:
        conn.close()
        raise
    return db


def check_not_newer(db: Database, path: Path | str) -> None:
    known = {m.name for m in migrations._migrations}
    applied = {m.name for m in migrations.applied(db)}
    unknown = applied - known
    if unknown:
        raise StoreError(
            f"De database {path} is gemaakt met een nieuwere versie van QueZ "
            f"(onbekende schema-stappen: {', '.join(sorted(unknown))}). "
            "Werk QueZ bij; de database is niet veranderd."
        )


@contextmanager
def guarded(db: Database, path: Path | str) -> Iterator[Database]:
    """One atomic write; sqlite3 errors become :class:`StoreError`, nothing half-written."""
    try:
        with db.atomic():
            yield db
    except sqlite3.Error as exc:
        raise explain(exc, path) from exc
