"""Copies being written (backups, conversions, restores): locked while in use, so that what a
killed QueZ left behind is recognised, and removed, at once by the next QueZ (not after minutes).

They hold client data too: ``quez erase --backups`` and every start remove them.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

BACKUP_DIR = "backups"


def _backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_DIR


#: what SQLite may create next to a file it writes
_SQLITE_SIDES = ("-journal", "-wal", "-shm")


def create_locked(path: Path) -> int:
    """Create ``path`` (0600, must not exist, no symlink followed) and hold a lock on it while the
    returned descriptor is open: another QueZ then knows the file is being written, not left over."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (ImportError, OSError):
        pass  # no flock (Windows): leftovers are recognised by their age instead
    return fd


def _in_use(path: Path, older_than: float = 300.0) -> bool:
    """Whether a QueZ process is still writing ``path`` (see :func:`create_locked`)."""
    try:
        import fcntl
    except ImportError:
        try:
            return time.time() - path.stat().st_mtime <= older_than
        except OSError:
            return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)


def remove_with_sides(path: Path) -> list[Path]:
    """Delete ``path`` and the journal/WAL files SQLite kept next to it; what was deleted."""
    removed = []
    for file in (path, *(path.with_name(path.name + side) for side in _SQLITE_SIDES)):
        try:
            if file.is_symlink() or file.exists():
                file.unlink()
                removed.append(file)
        except OSError:
            pass
    return removed


def stray_files(db_path: Path) -> list[Path]:
    """Half-written copies a killed QueZ left (backups, conversions, restores) with their journals.

    They hold client data too. Files another QueZ is writing right now are not included.
    """
    db_path = Path(db_path)
    bases: set[Path] = set()
    directory = _backups_dir(db_path)
    if directory.is_dir():  # backups/: leftovers of the copies QueZ names there (quez-…, voor-herstel-…)
        for prefix in (".quez-", ".voor-herstel-"):
            for suffix in (".part", ".convert"):
                bases.update(directory.glob(f"{prefix}*{suffix}"))
                bases.update(side.with_name(side.name.rsplit("-", 1)[0])
                             for side in directory.glob(f"{prefix}*{suffix}-*") if side.name.endswith(_SQLITE_SIDES))
    # next to the database (a folder QueZ shares): only the names QueZ itself gives
    bases.update(db_path.with_name(f".{db_path.name}{suffix}") for suffix in (".convert", ".restore"))
    found: list[Path] = []
    for base in sorted(bases):
        if (base.exists() or base.is_symlink()) and _in_use(base):
            continue
        found += [f for f in (base, *(base.with_name(base.name + s) for s in _SQLITE_SIDES))
                  if f.exists() or f.is_symlink()]
    return found


def remove_stale_parts(db_path: Path) -> list[Path]:
    """Remove what :func:`stray_files` finds, at once (not after some minutes)."""
    removed = []
    for file in stray_files(db_path):
        try:
            file.unlink()
            removed.append(file)
        except OSError:
            pass
    return removed
