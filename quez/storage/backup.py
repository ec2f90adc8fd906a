"""Backups through SQLite's online backup API, and restoring one safely.

Automatic backups go to ``backups/`` next to the database (folder 0700, files
0600), at most once every few hours and only when something changed; the
newest ``keep`` are kept. A backup of an encrypted database is encrypted with
the same passphrase. Restoring checks the file completely first, keeps the
current database as a safety copy, and then copies the backup *into* the live
database with the backup API (one transaction: a crash halfway leaves the old
database). Works on plain ``sqlite3`` connections: no sqlite-utils import, so
the app's start-up stays quick.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quez.storage import crypto
from quez.storage.db import BUSY_TIMEOUT_SECONDS, StoreError, explain
from quez.storage.leftovers import (  # noqa: F401 -- part of this module's API
    BACKUP_DIR,
    create_locked,
    remove_stale_parts,
    remove_with_sides,
    stray_files,
)
from quez.wording import plural

AUTO_PATTERN = re.compile(r"^quez-\d{8}-\d{6}(-\d+)?\.db$")
#: a backup the worker asked for (``quez backup`` without -o): never rotated away
MANUAL_PREFIX = "quez-handmatig-"
MANUAL_PATTERN = re.compile(r"^quez-handmatig-\d{8}-\d{6}(-\d+)?\.db$")
SAFETY_PREFIX = "voor-herstel-"
DEFAULT_EVERY_HOURS = 6.0
DEFAULT_KEEP = 10
REQUIRED_TABLES = ("clients", "sessions", "answers", "persons")


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_DIR


def _private_dir(directory: Path) -> Path:
    """The folder, 0700 (created so, or tightened if it is QueZ's own; never through a symlink)."""
    from quez.files import private_dir, tighten

    private_dir(directory)
    tighten(directory)
    return directory


def _stamp(now: float | None = None) -> str:
    return datetime.fromtimestamp(now if now is not None else time.time()).strftime("%Y%m%d-%H%M%S")


def _unique(path: Path) -> Path:
    n = 1
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def _open(path: Path, passphrase: str | None, *, readonly: bool = False):
    conn = crypto.open_connection(path, passphrase, timeout=BUSY_TIMEOUT_SECONDS, readonly=readonly)
    if passphrase is not None:
        try:
            crypto.verify_key(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise crypto.wrong_passphrase(path) from exc
    return conn


def _key_for(path: Path) -> str | None:
    """The passphrase to open ``path`` with: remembered, or asked if it looks encrypted."""
    key = crypto.passphrase_for(path)
    if key is None and crypto.looks_encrypted(path):
        key = crypto.ask_passphrase(path)
    return key


# -- making a backup -------------------------------------------------------------------


def backup_file(db_path: Path, target: Path, *, passphrase: str | None = None) -> Path:
    """Copy the database at ``db_path`` to the new file ``target`` (0600), consistently.

    Safe while QueZ is writing to the database: the backup API copies one
    consistent snapshot. The copy is checked before it gets its final name.
    """
    db_path, target = Path(db_path), Path(target)
    if not db_path.is_file():
        raise StoreError(f"Er is geen database om te bewaren: {db_path} bestaat niet.")
    if target.exists():
        raise StoreError(f"{target} bestaat al; kies een andere naam. Er is niets overschreven.")
    key = passphrase if passphrase is not None else _key_for(db_path)
    from quez.files import Staged, private_dir

    # .part, locked until the copy has its name: a killed run's leftover is known (stray_files)
    stage = Staged(target, name=f".{target.name}.part", locked=True, remove=remove_with_sides)
    try:
        private_dir(target.parent)
        partial = stage.begin()
    except OSError as exc:
        reason = "de schijf is vol" if exc.errno == 28 else exc.strerror or exc
        raise StoreError(f"Kan de reservekopie {target} niet aanmaken: {reason}.") from exc
    with stage:
        try:
            _copy_into(db_path, partial, key)
        except sqlite3.Error as exc:
            raise explain(exc, db_path) from exc
    return target


def _copy_into(db_path: Path, partial: Path, key: str | None) -> None:
    """One consistent snapshot of ``db_path`` into the (new, empty) file ``partial``, checked."""
    source = _open(db_path, key, readonly=True)
    try:
        dest = _open(partial, key)
        try:
            crypto.raw_connection(source).backup(crypto.raw_connection(dest))
            # a backup is one self-contained file, not a WAL database
            dest.execute("PRAGMA journal_mode = DELETE")
            if dest.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise StoreError(f"De reservekopie van {db_path} klopt niet; er is niets bewaard.")
        finally:
            dest.close()
    finally:
        source.close()


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    size: int
    modified: float
    automatic: bool
    manual: bool = False

    @property
    def when(self) -> str:
        return datetime.fromtimestamp(self.modified).strftime("%Y-%m-%d %H:%M")

    @property
    def kind(self) -> str:
        return "automatisch" if self.automatic else "handmatig" if self.manual else "veiligheidskopie"


def list_backups(db_path: Path) -> list[BackupEntry]:
    """Automatic, manual backups and safety copies, newest first."""
    directory = backups_dir(db_path)
    if not directory.is_dir():
        return []
    entries = []
    for path in directory.glob("*.db"):
        automatic, manual = bool(AUTO_PATTERN.match(path.name)), bool(MANUAL_PATTERN.match(path.name))
        if automatic or manual or path.name.startswith(SAFETY_PREFIX):
            if path.is_symlink() or not path.is_file():
                continue
            stat = path.stat()
            entries.append(BackupEntry(path, stat.st_size, stat.st_mtime, automatic, manual))
    return sorted(entries, key=lambda e: (e.modified, e.path.name), reverse=True)


def manual_backup(db_path: Path) -> Path:
    """A backup the worker asked for, in ``backups/``: kept until the worker deletes it (never rotated)."""
    directory = _private_dir(backups_dir(db_path))
    return backup_file(db_path, _unique(directory / f"{MANUAL_PREFIX}{_stamp()}.db"))


def _data_time(db_path: Path) -> float:
    """When the database last changed (the file or its WAL)."""
    times = []
    for file in (db_path, db_path.with_name(db_path.name + "-wal")):
        try:
            info = file.stat()
        except OSError:
            continue
        if info.st_size:  # an empty WAL (left by a reader) holds no change
            times.append(info.st_mtime)
    return max(times, default=0.0)


def _changed_since(db_path: Path, moment: float) -> bool:
    return _data_time(db_path) > moment


def rotate(db_path: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep``; manual backups and safety copies stay."""
    automatic = [e for e in list_backups(db_path) if e.automatic]
    removed = []
    for entry in automatic[keep:]:
        try:
            entry.path.unlink()
            removed.append(entry.path)
        except OSError:
            pass
    return removed


def auto_backup(
    db_path: Path,
    *,
    every_hours: float = DEFAULT_EVERY_HOURS,
    keep: int = DEFAULT_KEEP,
    now: float | None = None,
) -> Path | None:
    """Back up if the DB changed since the newest automatic backup and that is older than ``every_hours``.

    An automatic backup's modification time is that of the data it holds.
    """
    db_path = Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    now = time.time() if now is None else now
    remove_stale_parts(db_path)
    automatic = [e for e in list_backups(db_path) if e.automatic]
    if automatic:
        newest = automatic[0]
        if now - newest.modified < every_hours * 3600 or not _changed_since(db_path, newest.modified):
            return None
    directory = _private_dir(backups_dir(db_path))
    data_time = _data_time(db_path)
    target = backup_file(db_path, _unique(directory / f"quez-{_stamp(now)}.db"))
    # the backup's time is that of the data it holds: "changed since" compares like with like
    os.utime(target, (data_time, data_time))
    rotate(db_path, keep)
    return target


def safety_copy(db_path: Path) -> Path | None:
    """A copy of the current database before something replaces its content."""
    if not Path(db_path).is_file() or Path(db_path).stat().st_size == 0:
        return None
    directory = _private_dir(backups_dir(db_path))
    return backup_file(db_path, _unique(directory / f"{SAFETY_PREFIX}{_stamp()}.db"))


# -- checking and restoring -------------------------------------------------------------


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    counts: dict[str, int]
    migrations: list[str]
    encrypted: bool


def check_backup(path: Path, *, passphrase: str | None = None) -> BackupCheck:
    """Open ``path`` read-only and make sure it is a whole, known QueZ database."""
    from quez.storage.schema import migrations

    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path} bestaat niet.")
    if not path.is_file():
        raise StoreError(f"{path} is geen gewoon bestand.")
    encrypted = crypto.looks_encrypted(path)
    key = passphrase
    if key is None and encrypted:
        key = crypto.passphrase_for(path) or crypto.ask_passphrase(path)
    try:
        conn = _open(path, key if encrypted else None, readonly=True)
    except sqlite3.Error as exc:
        raise explain(exc, path) from exc
    try:
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path} is geen QueZ-database of is beschadigd; er is niets veranderd.") from exc
        if result != ["ok"]:
            found = plural(len(result), "fout", "fouten")
            raise StoreError(f"{path} is beschadigd (de controle vond {found}); er is niets veranderd.")
        tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
        missing = [t for t in ("_sqlite_migrations", *REQUIRED_TABLES) if t not in tables]
        if missing:
            raise StoreError(
                f"{path} is geen QueZ-database (tabellen ontbreken: {', '.join(missing)}); er is niets veranderd."
            )
        applied = [
            row[0]
            for row in conn.execute(
                "select name from _sqlite_migrations where migration_set = ? order by rowid", ["quez"]
            )
        ]
        known = [m.name for m in migrations._migrations]
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise StoreError(
                f"{path} komt van een nieuwere versie van QueZ (onbekende schema-stappen: {', '.join(unknown)}). "
                "Werk QueZ bij om het terug te zetten; er is niets veranderd."
            )
        if not applied:
            raise StoreError(f"{path} is geen QueZ-database (geen schema-stappen); er is niets veranderd.")
        counts = {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in REQUIRED_TABLES}
    finally:
        conn.close()
    return BackupCheck(path, counts, applied, encrypted)


def ensure_not_in_use(db_path: Path, passphrase: str | None) -> None:
    """Refuse when another QueZ (any connection) has the database open.

    Every connection to a WAL database holds a shared lock on the file while
    it is open, so an exclusive lock is only granted when we are alone. The
    WAL is emptied first, so nothing lives only in it.
    """
    if not Path(db_path).is_file():
        return
    conn = _open(db_path, passphrase)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA busy_timeout = 500")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(
                    f"De database {db_path} is nog open in een ander QueZ-venster. "
                    "Sluit dat eerst; er is niets veranderd."
                ) from exc
            raise
    except sqlite3.Error as exc:
        raise explain(exc, db_path) from exc
    finally:
        conn.close()


def restore(db_path: Path, backup: Path, *, backup_passphrase: str | None = None) -> tuple[BackupCheck, Path | None]:
    """Replace the database's content by ``backup``'s; returns the check and the safety copy."""
    db_path, backup = Path(db_path), Path(backup)
    if db_path.exists() and backup.resolve() == db_path.resolve():
        raise StoreError("Dat is de database zelf; kies een reservekopie.")
    check = check_backup(backup, passphrase=backup_passphrase)
    backup_key = (backup_passphrase or crypto.passphrase_for(backup)) if check.encrypted else None
    current_key = _key_for(db_path) if db_path.exists() else None
    ensure_not_in_use(db_path, current_key)
    safety = safety_copy(db_path)
    staged = db_path.with_name(f".{db_path.name}.restore")
    remove_with_sides(staged)
    lock = None
    try:
        lock = create_locked(staged)
        if backup_key is None and current_key is None:
            source, dest = _open(backup, None, readonly=True), _open(staged, None)
            try:
                source.backup(dest)
            finally:
                source.close()
                dest.close()
        else:  # different keys: only sqlcipher_export can re-encrypt
            crypto.export_copy(backup, staged, backup_key, current_key, created=True)
        if not db_path.exists():
            from quez.files import private_dir

            private_dir(db_path.parent)
            os.close(os.open(db_path, os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600))
        source, live = _open(staged, current_key, readonly=True), _open(db_path, current_key)
        try:
            live.execute("PRAGMA journal_mode = WAL")
            # one write transaction on the live file: all of the backup, or nothing
            crypto.raw_connection(source).backup(crypto.raw_connection(live))
            if live.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise StoreError("Na het terugzetten klopt de database niet; zet de veiligheidskopie terug.")
        finally:
            source.close()
            live.close()
    except sqlite3.Error as exc:
        raise explain(exc, db_path) from exc
    finally:
        remove_with_sides(staged)
        if lock is not None:
            os.close(lock)
    from quez.storage.db import connect

    connect(db_path).close()  # bring an older backup's schema up to date
    return check, safety
