"""Converting database files: encrypt, change the passphrase, decrypt.

A conversion writes a complete new file next to the old one (``sqlcipher_export``),
checks it, swaps it in with an atomic rename and then overwrites the old
file's bytes (the old inode is still open), so no plaintext copy is left in
the folder. Backups in ``backups/`` are converted the same way: a plaintext
backup next to an encrypted database would defeat the point.

What this can't promise: on SSDs and journaling or copy-on-write file systems
overwritten blocks may survive physically. Encrypt *before* the first client
is recorded (``quez encrypt`` on a new database) to be sure.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from quez.storage import crypto
from quez.storage.backup import (
    REQUIRED_TABLES,
    ensure_not_in_use,
    list_backups,
    remove_stale_parts,
    remove_with_sides,
)
from quez.storage.db import SIDE_FILES, StoreError, explain


def _counts(path: Path, key: str | None) -> dict[str, int]:
    conn = crypto.open_connection(path, key, timeout=5.0, readonly=True)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise StoreError(f"Het omgezette bestand {path} klopt niet; de oude database is niet veranderd.")
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in REQUIRED_TABLES if t in tables}
    finally:
        conn.close()


def _scrub(fd: int) -> None:
    """Overwrite an (already unlinked) file through its descriptor, then let it go."""
    try:
        size = os.fstat(fd).st_size
        block = b"\0" * 65536
        os.lseek(fd, 0, os.SEEK_SET)
        written = 0
        while written < size:
            written += os.write(fd, block[: min(len(block), size - written)])
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def convert_file(path: Path, old: str | None, new: str | None) -> None:
    """Re-key one database file in place (``None`` = plaintext), or raise and change nothing."""
    from quez.files import Staged

    path = Path(path)
    old_fd = None
    try:
        # .convert, locked until the swap: a killed run's leftover is known at once
        with Staged(path, name=f".{path.name}.convert", locked=True, remove=remove_with_sides) as staged:
            try:
                crypto.export_copy(path, staged, old, new, created=True)
                before, after = _counts(path, old), _counts(staged, new)
            except sqlite3.Error as exc:
                raise explain(exc, path) from exc
            if before != after:
                raise StoreError(f"Het omgezette bestand mist gegevens ({before} ≠ {after}); er is niets veranderd.")
            old_fd = os.open(path, os.O_RDWR)  # the old content, overwritten once the new file has its name
    except BaseException:
        if old_fd is not None:
            os.close(old_fd)
        raise
    for suffix in SIDE_FILES:  # empty after the checkpoint; they belonged to the old file
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    _scrub(old_fd)


@dataclass
class ConversionReport:
    backups_converted: list[Path] = field(default_factory=list)
    backups_failed: list[Path] = field(default_factory=list)


def set_passphrase(db_path: Path, old: str | None, new: str | None) -> ConversionReport:
    """Encrypt (old None), change the passphrase, or decrypt (new None) the database and its backups."""
    db_path = Path(db_path)
    if new is not None:
        crypto.check_passphrase_strength(new)
    if not crypto.available():
        raise crypto.EncryptionUnavailable()
    report = ConversionReport()
    if not db_path.exists() or db_path.stat().st_size == 0:
        # a new database: create it encrypted from the start
        crypto.remember(db_path, new)
        from quez.storage.db import connect

        connect(db_path).close()
        return report
    ensure_not_in_use(db_path, old)
    convert_file(db_path, old, new)
    crypto.remember(db_path, new)
    for entry in list_backups(db_path):
        key = old if crypto.looks_encrypted(entry.path) else None
        try:
            convert_file(entry.path, key, new)
            report.backups_converted.append(entry.path)
        except (StoreError, sqlite3.Error, OSError):
            report.backups_failed.append(entry.path)
    # stray files from interrupted earlier runs hold the same data
    remove_stale_parts(db_path)
    return report


def unconverted_backups(db_path: Path) -> list[Path]:
    """Backups left unencrypted next to an encrypted database (a ``quez encrypt`` that was interrupted)."""
    if not crypto.looks_encrypted(db_path):
        return []
    return [e.path for e in list_backups(db_path) if not crypto.looks_encrypted(e.path)]


def finish_interrupted(db_path: Path, passphrase: str) -> ConversionReport:
    """Finish an interrupted ``quez encrypt``: encrypt the backups still in plaintext, remove leftovers."""
    report = ConversionReport()
    remove_stale_parts(db_path)
    for path in unconverted_backups(db_path):
        try:
            convert_file(path, None, passphrase)
            report.backups_converted.append(path)
        except (StoreError, sqlite3.Error, OSError):
            report.backups_failed.append(path)
    return report
