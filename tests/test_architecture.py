"""Structural rules: textual stays in quez/tui, start-up imports stay light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "quez"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_textual_only_imported_inside_quez_tui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if (PACKAGE / "tui") in path.parents:
            continue
        if any(name == "textual" or name.startswith("textual.") for name in imported_modules(path)):
            offenders.append(str(path.relative_to(PACKAGE.parent)))
    assert offenders == []


def test_text_fields_come_from_quez_editors():
    # Textual's own Input and TextArea apply keys that arrive together out of order (see editors.py)
    offenders = []
    for path in (PACKAGE / "tui").rglob("*.py"):
        if path.name == "editors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "textual.widgets":
                if {alias.name for alias in node.names} & {"Input", "TextArea"}:
                    offenders.append(str(path.relative_to(PACKAGE.parent)))
    assert offenders == []


def test_modules_stay_small():
    too_long = {
        str(p.relative_to(PACKAGE.parent)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450
    }
    assert too_long == {}


def test_app_start_up_does_not_import_heavy_modules():
    code = (
        "import sys, quez.cli, quez.tui.app; "
        "heavy = [m for m in ('pydantic', 'sqlite_utils', 'tomli', 'rapidfuzz', 'tomlkit', 'networkx') "
        "if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
