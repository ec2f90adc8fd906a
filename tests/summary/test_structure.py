"""The summary assembly stays readable: small steps, small modules."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "quez"
SUMMARY_CODE = [*sorted((ROOT / "summary").glob("*.py")), ROOT / "summary_advice.py", ROOT / "report.py"]
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 400


def test_no_function_in_the_summary_assembly_is_over_60_lines():
    long = {}
    for path in SUMMARY_CODE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long[f"{path.name}:{node.name}"] = lines
    assert long == {}


def test_summary_modules_stay_under_400_lines():
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in SUMMARY_CODE}
    assert {name: n for name, n in sizes.items() if n > MAX_MODULE_LINES} == {}
