"""Opening the SQLite file safely: pragmas, permissions, migrations, errors.

Errors reach the worker as :class:`StoreError`, whose text is plain Dutch and
says what to do; the underlying sqlite3 exception stays on ``__cause__``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quez.errors import QuezError

if TYPE_CHECKING:  # sqlite-utils loads on first connect: errors and backups stay cheap to import
    from sqlite_utils import Database

BUSY_TIMEOUT_SECONDS = 5.0
#: how long a draft or the position waits for another program holding the database
SHORT_WAIT_SECONDS = 1.5


class StoreError(QuezError):
    """Something went wrong with the database; the message is for the worker."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def explain(exc: sqlite3.Error, path: Path | str) -> StoreError:
    """Turn a sqlite3 error into a clear, specific message."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        msg = (
            "De database is bezet door een ander QueZ-venster of programma. "
            "Sluit het andere venster en probeer het opnieuw; er is niets verloren."
        )
    elif "readonly" in text or "read-only" in text or ("unable to open" in text and _read_only(Path(path))):
        msg = (f"De database {path} is alleen-lezen. "
               "Controleer de rechten op het bestand of kies een andere plek met --db.")
    elif "disk is full" in text or "database or disk is full" in text or (
            "disk i/o" in text and disk_full(Path(path))):  # a full disk often shows as an I/O error
        msg = "De schijf is vol. Maak ruimte vrij; wat al bewaard was, blijft bewaard."
    elif "not a database" in text or "malformed" in text or "file is encrypted" in text:
        msg = (
            f"{path} is geen (leesbare) QueZ-database of is beschadigd. Er is niets aan veranderd. "
            "Kies een ander bestand met --db, of zet een reservekopie terug met 'quez restore BESTAND'."
        )
    elif "unable to open" in text:
        msg = f"Kan de database {path} niet openen. Bestaat de map en mag je erin schrijven?"
    elif "disk i/o" in text:
        msg = f"Lezen of schrijven van {path} mislukte (schijffout). Wat al bewaard was, blijft bewaard."
    else:
        msg = f"Databasefout in {path}: {exc}"
    return StoreError(msg)


def disk_full(path: Path, margin: int = 64 * 1024) -> bool:
    """Whether the disk holding ``path`` has (next to) no free space left."""
    import shutil

    for place in (path, *path.parents):
        try:
            return shutil.disk_usage(place).free < margin
        except (OSError, ValueError):
            continue
    return False


def _read_only(path: Path) -> bool:
    """The file or its folder can't be written (permissions or a read-only medium)."""
    try:
        return (path.exists() and not os.access(path, os.W_OK)) or not os.access(path.parent, os.W_OK)
    except (OSError, ValueError):
        return False


def _create_private(path: Path) -> None:
    """Create the folder (0700, missing parents too) and an empty file (0600): the user's only."""
    from quez.files import private_dir

    private_dir(path.parent)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
        os.close(fd)


def marked_read_only(path: Path) -> bool:
    """The user made the database file read-only (no write permission for its owner): QueZ opens
    it read-only and says so, and never changes its permissions. (Root could still write to it.)"""
    try:
        return path.is_file() and not path.stat().st_mode & 0o200
    except OSError:
        return False


#: the files SQLite keeps next to the database
SIDE_FILES = ("-wal", "-shm", "-journal")


def harden_permissions(path: Path) -> None:
    """The database and its side files: group and others lose their access (the user's own
    permissions stay as they are: nothing becomes writable; symlinks are not followed)."""
    from quez.files import tighten

    for file in (path, *(path.with_name(path.name + suffix) for suffix in SIDE_FILES)):
        tighten(file)


def _damaged(path: Path) -> StoreError:
    return StoreError(
        f"De database {path} is beschadigd (de controle vond fouten). Er is niets aan veranderd. "
        "Zet een reservekopie terug met 'quez restore BESTAND' (zie 'quez backup --list')."
    )


def connect(
    path: Path | str,
    *,
    migrate: bool = True,
    passphrase: str | None = None,
    check: bool = True,
    readonly: bool = False,
) -> Database:
    """Open (creating if needed) the database at ``path`` with QueZ's pragmas.

    ``passphrase`` opens a SQLCipher-encrypted file (see :mod:`quez.storage.crypto`);
    without one, a passphrase given earlier in this process for the same file is used.
    ``check`` runs SQLite's quick integrity check on an existing file first, so a
    damaged database is refused before anything is written to it. ``readonly``
    opens an existing file without any writes (no migrations).
    """
    from sqlite_utils import Database

    from quez.storage.schema import migrations

    path = Path(path)
    memory = str(path) == ":memory:"
    if not memory:
        passphrase = _passphrase_for(path, passphrase)
    existed = not memory and path.exists() and path.stat().st_size > 0
    if existed and not readonly and marked_read_only(path):
        readonly, migrate = True, False  # respect it: read, never write or chmod
    conn = _open(path, passphrase, readonly, memory)
    try:
        _verify(conn, path, passphrase, existed and check)
        _set_pragmas(conn, readonly)
        # no sqlite-utils plugins: nothing else hooks into the connection (and no ~20 ms entry-point scan)
        db = Database(conn, execute_plugins=False)
        if existed or migrate:
            check_not_newer(db, path)
        if migrate and not readonly:
            migrations.apply(db)
    except sqlite3.Error as exc:
        conn.close()
        raise explain(exc, path) from exc
    except Exception:
        conn.close()
        raise
    if not memory and not readonly:
        harden_permissions(path)
    return db


def _passphrase_for(path: Path, passphrase: str | None) -> str | None:
    """The passphrase to open ``path`` with: the one given, one given earlier in this process, or asked for when
    the file looks encrypted."""
    from quez.storage import crypto

    if passphrase is None:
        passphrase = crypto.passphrase_for(path)
    if path.is_dir():
        raise StoreError(f"{path} is een map, geen databasebestand. "
                         f"Geef een bestand op, bijvoorbeeld {path / 'quez.db'}.")
    if passphrase is None and crypto.looks_encrypted(path):
        passphrase = crypto.ask_passphrase(path)
    return passphrase


def _open(path: Path, passphrase: str | None, readonly: bool, memory: bool) -> sqlite3.Connection:
    """The connection, the file created private first; why it cannot be opened, in words."""
    from quez.storage import crypto

    try:
        if not memory and not readonly:
            _create_private(path)
        return crypto.open_connection(path, passphrase, timeout=BUSY_TIMEOUT_SECONDS, readonly=readonly)
    except (OSError, sqlite3.Error) as exc:
        if isinstance(exc, sqlite3.Error):
            raise explain(exc, path) from exc
        import errno

        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            reason = "geen schrijfrechten in die map (of de schijf is alleen-lezen)"
        elif exc.errno == errno.ENOSPC:
            reason = "de schijf is vol"
        else:
            reason = exc.strerror or str(exc)
        raise StoreError(f"Kan de database {path} niet aanmaken: {reason}. Kies een andere plek met --db.") from exc


def _verify(conn: sqlite3.Connection, path: Path, passphrase: str | None, check: bool) -> None:
    """The key opens the file, and (``check``) the file is not damaged: refused before anything is written."""
    from quez.storage import crypto

    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    if passphrase is not None:
        try:
            crypto.verify_key(conn)
        except sqlite3.DatabaseError as exc:
            raise crypto.wrong_passphrase(path) from exc
    if check and [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()] != ["ok"]:
        raise _damaged(path)


def _set_pragmas(conn: sqlite3.Connection, readonly: bool) -> None:
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
    # FULL: an answer that was committed survives a power cut
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # deleted text is overwritten in the file, not just unlinked
    conn.execute("PRAGMA secure_delete = ON")


def check_not_newer(db: Database, path: Path | str) -> None:
    from quez.storage.schema import migrations

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
def write_transaction(db: Database, wait: bool = True) -> Iterator[Database]:
    """A transaction that takes the write lock when it begins (``BEGIN IMMEDIATE``).

    With a deferred ``BEGIN`` the first read (sqlite-utils reads the schema) starts a read
    transaction; upgrading that to a write while another connection writes fails at once,
    because SQLite skips the busy handler there. Taking the lock first makes the busy
    timeout a real wait. Inside a transaction already: a savepoint.

    ``wait=False``: bookkeeping that is done again soon anyway (the position, a draft) waits only
    :data:`SHORT_WAIT_SECONDS` for another program to finish, instead of keeping the screen still
    for the whole busy timeout; moving past an answer waits the whole timeout.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    if not wait:
        db.conn.execute(f"PRAGMA busy_timeout = {int(SHORT_WAIT_SECONDS * 1000)}")
        try:
            db.conn.execute("BEGIN IMMEDIATE")
        finally:
            db.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    else:
        db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


@contextmanager
def guarded(db: Database, path: Path | str, wait: bool = True) -> Iterator[Database]:
    """One atomic write; sqlite3 errors become :class:`StoreError`, nothing half-written."""
    try:
        with write_transaction(db, wait):
            yield db
    except sqlite3.Error as exc:
        raise explain(exc, path) from exc
