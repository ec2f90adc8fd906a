"""Install and identity: the ways an administrator installs QueZ, its version, licence and pins.

Each install goes into a clean environment of its own (a fresh venv, a pipx home, a uv tool
folder, all in tmp) and the installed ``quez`` is run: ``--version`` and ``info``.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = importlib.metadata.version("quez")
BIN = "Scripts" if os.name == "nt" else "bin"


def run(cmd: list[str], env: dict | None = None, timeout: int = 600, cwd: Path | None = None):
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, cwd=cwd)
    assert result.returncode == 0, f"{cmd}\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    return result


def dependency(name: str) -> str:
    (spec,) = [d for d in PYPROJECT["project"]["dependencies"] if re.match(rf"{name}\b", d)]
    return spec


# -- identity -------------------------------------------------------------------------


def test_version_is_one_number_everywhere():
    from quez import __version__

    result = run([sys.executable, "-m", "quez", "--version"])
    assert result.stdout.strip() == f"quez {__version__}"
    assert VERSION == __version__  # the installed metadata (hatch reads quez/__init__.py)
    assert "version" in PYPROJECT["project"]["dynamic"]
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (\S+)", changelog, flags=re.M)
    assert headings and headings[0] == __version__, "the newest CHANGELOG section is this release"


def test_licence_file_matches_pyproject():
    assert PYPROJECT["project"]["license"] == "MIT"
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "Permission is hereby granted, free of charge" in text


def test_textual_pinned_to_the_tested_minor_version():
    installed = importlib.metadata.version("textual")
    major, minor = (int(x) for x in installed.split(".")[:2])
    spec = dependency("textual").replace(" ", "")
    lower = re.search(r">=([\d.]+)", spec).group(1)
    assert f"<{major}.{minor + 1}" in spec, f"{spec}: pin the minor version that is tested ({installed})"
    assert lower.startswith(f"{major}.{minor}"), spec


def test_tomli_gives_error_positions():
    # tomli (not the standard tomllib of Python < 3.14) puts line and message on the error
    lower = re.search(r"tomli>=(\d+)\.(\d+)", dependency("tomli")).groups()
    assert tuple(map(int, lower)) >= (2, 2)
    from quez.banks.loader import BankError, parse_bank

    with pytest.raises(BankError) as caught:
        parse_bank('[bank]\nid = "x"\ntitle = "onaf\n', None)
    (problem,) = caught.value.problems
    assert problem.line == 3
    assert "(at line" not in problem.message  # the position is the field, not English in the text


def test_readme_says_which_python_is_tested():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert PYPROJECT["project"]["requires-python"] == ">=3.11"
    assert re.search(r"[Tt]ested (on|with) Python 3\.11", readme)


# -- installs -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)])
    (found,) = out.glob("quez-*.whl")
    return found


@pytest.mark.slow  # builds or installs
def test_wheel_carries_version_and_licence(wheel):
    assert wheel.name.startswith(f"quez-{VERSION}-")
    names = zipfile.ZipFile(wheel).namelist()
    assert f"quez-{VERSION}.dist-info/licenses/LICENSE" in names
    assert "quez/tui/web/templates/app_index.html" in names  # quez serve's own page
    metadata = zipfile.ZipFile(wheel).read(f"quez-{VERSION}.dist-info/METADATA").decode()
    assert "License-Expression: MIT" in metadata
    assert "Provides-Extra: web" in metadata and "Provides-Extra: encryption" in metadata


def check_installed(quez: Path, tmp_path: Path) -> None:
    """The installed program starts, says its version and where its data would be."""
    env = {**os.environ, "QUEZ_DATA_DIR": str(tmp_path / "data")}
    env.pop("QUEZ_DB", None)
    assert run([str(quez), "--version"], env=env, cwd=tmp_path).stdout.strip() == f"quez {VERSION}"
    info = run([str(quez), "info"], env=env, cwd=tmp_path).stdout
    assert f"QueZ {VERSION}" in info
    assert str(tmp_path / "data") in info
    assert "Meegeleverde banken:" in info
    assert not (tmp_path / "data" / "quez.db").exists()  # info creates no database


def has_sqlcipher(python: Path) -> bool:
    return subprocess.run([str(python), "-c", "import sqlcipher3"], capture_output=True).returncode == 0


@pytest.mark.slow  # builds or installs
def test_pip_install_wheel_into_a_clean_venv(wheel, tmp_path):
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    run([str(venv / BIN / "python"), "-m", "pip", "install", "--quiet", str(wheel)])
    check_installed(venv / BIN / "quez", tmp_path)
    assert not has_sqlcipher(venv / BIN / "python")  # encryption is an extra


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed (it comes with pip install -e '.[test]')")
    return found


@pytest.mark.slow  # builds or installs
@pytest.mark.parametrize("source", ["folder", "wheel[encryption]"])
def test_pipx_install(source, wheel, tmp_path):
    pipx = tool("pipx")
    env = {**os.environ, "PIPX_HOME": str(tmp_path / "pipx"), "PIPX_BIN_DIR": str(tmp_path / "bin"),
           "PIPX_MAN_DIR": str(tmp_path / "man")}
    spec = str(REPO) if source == "folder" else f"{wheel}[encryption]"
    run([pipx, "install", "--python", sys.executable, spec], env=env)
    check_installed(tmp_path / "bin" / "quez", tmp_path)
    python = tmp_path / "pipx" / "venvs" / "quez" / BIN / "python"
    assert has_sqlcipher(python) == (source != "folder")


@pytest.mark.slow  # builds or installs
@pytest.mark.parametrize("source", ["folder[encryption]", "wheel"])
def test_uv_tool_install(source, wheel, tmp_path):
    uv = tool("uv")
    env = {**os.environ, "UV_TOOL_DIR": str(tmp_path / "tools"), "UV_TOOL_BIN_DIR": str(tmp_path / "bin")}
    spec = f"quez[encryption] @ {REPO.as_uri()}" if source.startswith("folder") else str(wheel)
    run([uv, "tool", "install", "--python", sys.executable, spec], env=env)
    check_installed(tmp_path / "bin" / "quez", tmp_path)
    assert has_sqlcipher(tmp_path / "tools" / "quez" / BIN / "python") == source.startswith("folder")
