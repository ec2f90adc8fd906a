"""The built wheel ships the bundled banks and finds them when installed non-editable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds and installs a wheel

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    (found,) = out.glob("quez-*.whl")
    return found


def test_wheel_contains_every_bundled_bank(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    bundled = sorted(p.name for p in (REPO / "question_banks").glob("*.toml"))
    assert bundled, "the repository bundles banks"
    for name in bundled:
        assert f"quez/question_banks/{name}" in names


def test_wheel_contains_the_app_stylesheet(wheel):
    assert "quez/tui/app.tcss" in zipfile.ZipFile(wheel).namelist()


def test_installed_package_finds_its_banks(wheel, tmp_path):
    target = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    code = (
        "import json, quez.settings as s, quez.banks.loader as l; "
        "d = s.bundled_banks_dir(); r = l.load_registry([(d, 'bundled')]); "
        "print(d); print(json.dumps(sorted(r.banks))); print(len(r.errors))"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=elsewhere, env=env)
    assert run.returncode == 0, run.stderr
    directory, ids, errors = run.stdout.splitlines()
    assert Path(directory).is_relative_to(target)
    expected = sorted(p.stem for p in (REPO / "question_banks").glob("*.toml"))
    assert len(json.loads(ids)) == len(expected) and errors == "0"
