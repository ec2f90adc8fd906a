"""Files and permissions: a read-only database is respected, folders are private whatever the umask,
temporary files can't be redirected by a planted symlink, and CSV cells can't start a formula."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from trust_support import populate, sample_bank

from quez.storage.db import StoreError
from quez.storage.store import Store


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_a_read_only_database_is_opened_read_only_and_never_chmodded(db_path):
    with Store(db_path) as store:
        populate(store, sample_bank(), "AB-1", "geheim")
    os.chmod(db_path, 0o444)  # the user made it read-only
    before = db_path.read_bytes()
    with Store(db_path) as store:
        assert store.read_only
        assert [c.code for c in store.clients()] == ["AB-1"]  # reading works
        with pytest.raises(StoreError, match="alleen-lezen"):
            store.create_client("XY-9")
    assert mode(db_path) == 0o444 and db_path.read_bytes() == before


async def test_the_app_says_the_database_is_read_only(make_app, db_path, store):
    from tests.pilot import ready

    store.park_session(store.start_session("AB-1", sample_bank()).id)
    os.chmod(db_path, 0o444)
    store.close()
    app = make_app(idle_lock_minutes=0)
    app.services._store = None  # opened by the app, as at a real start
    async with app.run_test() as pilot:
        await ready(pilot)
        from textual.widgets import Static

        assert "alleen-lezen" in str(app.screen.query_one("#home-status", Static).render())
    assert mode(db_path) == 0o444


def run_with_umask_0(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    code = f"import os, sys; os.umask(0); from quez.cli import main; sys.exit(main({args!r}))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, **env})


@pytest.mark.slow
def test_folders_quez_creates_are_0700_even_with_umask_0(tmp_path):
    data = tmp_path / "nieuw" / "quez-data"
    result = run_with_umask_0(["banks", "new", "Mijn bank"], {"QUEZ_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert mode(data) == 0o700 and mode(data / "banks") == 0o700
    assert mode(tmp_path / "nieuw") == 0o700  # created by QueZ too
    db = tmp_path / "elders" / "map" / "quez.db"
    result = run_with_umask_0(["--db", str(db), "backup"], {"QUEZ_DATA_DIR": str(data)})
    # no database yet: nothing to back up, but the folders created on the way are private
    for folder in (db.parent, db.parent.parent):
        assert not folder.exists() or mode(folder) == 0o700


def test_preferences_are_not_written_through_a_planted_symlink(tmp_path):
    from quez.preferences import Preferences, load_preferences, save_preferences

    path = tmp_path / "data" / "preferences.json"
    path.parent.mkdir()
    victim = tmp_path / "ander-bestand.txt"
    victim.write_text("van iemand anders")
    (path.parent / ".preferences.json.tmp").symlink_to(victim)  # the old fixed temporary name
    assert save_preferences(path, Preferences(theme="nord", hints=False))
    assert victim.read_text() == "van iemand anders"
    assert load_preferences(path).theme == "nord" and mode(path) == 0o600


def test_a_backups_symlink_does_not_get_its_target_chmodded(db_path, tmp_path):
    from quez.storage import backup

    with Store(db_path) as store:
        store.start_session("AB-1", sample_bank())
    elsewhere = tmp_path / "gedeelde-map"
    elsewhere.mkdir(mode=0o755)
    os.chmod(elsewhere, 0o755)
    (db_path.parent / "backups").symlink_to(elsewhere)
    backup.auto_backup(db_path)
    assert mode(elsewhere) == 0o755


def test_the_database_side_files_are_not_chmodded_through_a_symlink(db_path, tmp_path):
    from quez.storage.db import harden_permissions

    with Store(db_path) as store:
        store.start_session("AB-1", sample_bank())
    victim = tmp_path / "van-iemand-anders"
    victim.write_text("x")
    os.chmod(victim, 0o644)
    journal = db_path.with_name(db_path.name + "-journal")
    journal.symlink_to(victim)
    harden_permissions(db_path)
    assert mode(victim) == 0o644


@pytest.mark.parametrize("cell,protected", [
    ("-2+3+cmd|' /C calc'!A0", True),
    ("=HYPERLINK(\"x\")", True),
    ("+31 6 12345678", True),
    ("@SUM(A1)", True),
    ("\t=1+1", True),
    ("\r=1+1", True),
    ("- gaat wel", True),
    ("-3", False),
    ("4", False),
    ("+7", False),
    ("2,5", False),
    ("Het gaat -2 beter", False),
])
def test_csv_cells_that_could_start_a_formula_are_protected(cell, protected):
    from quez.portability.exporter import _cell

    assert _cell(cell) == ("'" + cell if protected else cell)
