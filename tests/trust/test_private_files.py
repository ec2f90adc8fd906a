"""Private files on every platform: mode bits on POSIX, nothing that backfires on Windows."""

from __future__ import annotations

import os
import stat

import pytest

from quez.storage import backup, private
from quez.storage.db import harden_permissions


@pytest.mark.skipif(os.name != "posix", reason="mode bits are POSIX")
def test_posix_files_and_folders_become_private(tmp_path):
    db = tmp_path / "quez.db"
    db.write_bytes(b"")
    os.chmod(db, 0o644)
    harden_permissions(db)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    backup._private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_on_windows_nothing_is_chmodded(tmp_path, monkeypatch):
    # Windows' chmod only flips the read-only flag: "making private" would make a read-only file writable
    calls = []
    monkeypatch.setattr(private, "POSIX", False)
    monkeypatch.setattr(os, "chmod", lambda *args, **kwargs: calls.append(args))
    db = tmp_path / "quez.db"
    db.write_bytes(b"")
    harden_permissions(db)
    backup._private_dir(tmp_path / "backups")
    assert private.restrict(db, 0o600) is False
    assert not private.too_open(db)
    assert calls == []
