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


def test_a_staged_write_replaces_whole_or_not_at_all(tmp_path):
    from quez.files import Staged, write_atomic

    target = tmp_path / "verslag.md"
    write_atomic(target, "eerste versie")
    with pytest.raises(RuntimeError):
        stage = Staged(target)
        with stage as tmp:
            stage.write("halve tweede ver")
            assert tmp.parent == tmp_path and tmp.name.startswith(".verslag.md.")
            raise RuntimeError("stroom uitgevallen")
    assert target.read_text(encoding="utf-8") == "eerste versie"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verslag.md"]  # nothing staged left behind
    write_atomic(target, b"tweede versie")
    assert target.read_text(encoding="utf-8") == "tweede versie"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_named_stage_is_locked_and_takes_its_side_files_along_when_it_fails(tmp_path):
    from quez.files import Staged
    from quez.storage.leftovers import _in_use, remove_with_sides

    target = tmp_path / "quez-1.db"
    (tmp_path / ".quez-1.db.part").write_bytes(b"oud restant")  # a killed run's leftover is cleared first
    with pytest.raises(OSError):
        with Staged(target, name=".quez-1.db.part", locked=True, remove=remove_with_sides) as partial:
            assert partial.read_bytes() == b""
            if os.name == "posix":
                assert _in_use(partial)  # another QueZ sees it is being written
            (tmp_path / ".quez-1.db.part-journal").write_bytes(b"journaal")
            raise OSError(28, "No space left on device")
    assert list(tmp_path.iterdir()) == []
    with Staged(target, name=".quez-1.db.part", locked=True, remove=remove_with_sides) as partial:
        partial.write_bytes(b"kopie")
    assert target.read_bytes() == b"kopie" and not partial.exists()
