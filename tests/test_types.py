"""quez/ type-checks clean with mypy ([tool.mypy] in pyproject.toml: the files, the strictness, the
few untyped libraries). The screens reach the app as QuezApp (quez.tui.screens.base), so the
store calls they make through ``self.app.services`` are checked too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow  # mypy over the whole package takes a while


def test_quez_type_checks_clean():
    pytest.importorskip("mypy", reason="the type check needs mypy: pip install -e '.[test]'")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, f"mypy found problems:\n{done.stdout}{done.stderr}"
