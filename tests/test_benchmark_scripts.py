"""The speed scripts in benchmarks/ still reach what they measure: every ``from quez... import ...`` in them
(most are inside functions, so importing the script does not try them) names something that exists."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _quez_imports() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted(BENCHMARKS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("quez"):
                found += [(f"{path.name}:{node.lineno}", node.module or "", alias.name) for alias in node.names]
    return found


@pytest.mark.parametrize(("where", "module", "name"), _quez_imports())
def test_benchmark_imports_exist(where, module, name):
    assert hasattr(importlib.import_module(module), name), f"{where}: {module} has no {name}"


def test_the_scripts_are_found():
    assert len(_quez_imports()) >= 10
