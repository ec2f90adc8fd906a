"""A 100 % full disk says "De schijf is vol" (SQLite reports it as a disk I/O error), and keeps what was saved."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from trust_support import is_root, sample_bank

from quez.cli import main
from quez.storage.db import StoreError
from quez.storage.store import Store


@pytest.fixture
def small_disk(tmp_path):
    mount_point = tmp_path / "klein"
    mount_point.mkdir()
    if not is_root() or subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True
    ).returncode:
        pytest.skip("needs root to mount a tiny tmpfs")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], capture_output=True)


def fill(folder: Path) -> None:
    fd = os.open(folder / "vol", os.O_CREAT | os.O_WRONLY | os.O_APPEND)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


def test_a_completely_full_disk_says_so(small_disk, capsys):
    path = small_disk / "quez.db"
    with Store(path) as store:
        session = store.start_session("AB-1", sample_bank())
        store.record_answer(session.id, "hoe-gaat-het", text="Al bewaard.")
    fill(small_disk)
    with pytest.raises(StoreError, match="De schijf is vol"):  # was: "schijffout"
        with Store(path) as store:
            for n in range(50):
                store.record_answer(session.id, f"vraag-{n}", text="y" * 2000)
    assert main(["--db", str(path), "backup"]) == 1
    assert "schijf is vol" in capsys.readouterr().err.lower()
    (small_disk / "vol").unlink()
    with Store(path) as store:
        assert store.answer(session.id, "hoe-gaat-het").text == "Al bewaard."
