"""Structural rules: textual stays in quez/tui, start-up imports stay light."""

from __future__ import annotations

import ast
import re
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
        if any(name.split(".")[0] in ("textual", "textual_serve") for name in imported_modules(path)):
            offenders.append(str(path.relative_to(PACKAGE.parent)))
    assert offenders == []


#: what storage is used by, never uses: it returns data, the layers above make summaries, pictures and words of it
ABOVE_STORAGE = ("quez.summary", "quez.network", "quez.portability", "quez.commands", "quez.tui", "quez.cli",
                 "quez.report", "quez.summary_advice")


def test_storage_does_not_reach_up():
    offenders = sorted(
        f"{path.relative_to(PACKAGE.parent)}: {name}"
        for path in (PACKAGE / "storage").rglob("*.py")
        for name in imported_modules(path)
        if any(name == above or name.startswith(above + ".") for above in ABOVE_STORAGE)
    )
    assert offenders == [], "storage imports a layer above it:\n" + "\n".join(offenders)


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


#: modules that exist on Linux and macOS only
POSIX_ONLY = {"fcntl", "termios", "pwd", "grp", "pty", "tty", "resource", "posix", "syslog"}


def _guarded(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Inside ``try: ... except ImportError`` or ``if sys.platform/os.name ...``."""
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.Try):
            for handler in node.handlers:
                names = ast.unparse(handler.type) if handler.type else "BaseException"
                if "ImportError" in names or "ModuleNotFoundError" in names:
                    return True
        if isinstance(node, ast.If) and re.search(r"sys\.platform|os\.name|POSIX", ast.unparse(node.test)):
            return True
    return False


def test_no_posix_only_module_without_a_fallback():
    # QueZ must start on a managed Windows laptop: a POSIX-only import needs a guard
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = {node.module.split(".")[0]}
            else:
                continue
            if names & POSIX_ONLY and not _guarded(node, parents):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert offenders == []


def test_permissions_change_only_through_storage_private():
    # os.chmod on Windows only flips the read-only flag: quez.storage.private decides where it means something
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "storage" / "private.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in {"chmod", "lchmod", "fchmod"}:
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert offenders == []


def test_guard_detection_is_not_blind():
    # the rule above would catch an unguarded import, and accepts a guarded one
    tree = ast.parse("import fcntl\ntry:\n    import termios\nexcept ImportError:\n    termios = None\n")
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.Import)]
    assert [_guarded(n, parents) for n in imports] == [False, True]


#: reaching past the storage API: raw SQL on a connection, or storage's private names
STORAGE_BYPASS = {
    "Store._query (raw SQL)": re.compile(r"\._query\("),
    "Store._write (a raw write transaction)": re.compile(r"\._write\("),
    "SQL on a connection": re.compile(r"\.conn\.execute|\.execute(?:many|script)?\("),
    "the store's raw database": re.compile(r"\bstore\.db\b"),
    "records._row (private)": re.compile(r"(?<![\w])_row\(|\._row\b|\bimport\b.*\b_row\b"),
}


def storage_bypasses(path: Path, text: str) -> list[str]:
    """``file:line: what`` for every line of ``text`` that goes around quez.storage's public API."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        code = line.split("#", 1)[0]
        for what, pattern in STORAGE_BYPASS.items():
            if pattern.search(code):
                found.append(f"{path}:{number}: {what}: {line.strip()}")
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("quez.storage"):
            private = [alias.name for alias in node.names if alias.name.startswith("_")]
            if private:
                found.append(f"{path}:{node.lineno}: private storage name imported: {', '.join(private)}")
    return found


def test_storage_is_reached_only_through_its_public_api():
    # the tables are storage's: everything else reads and writes through named methods returning records
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if (PACKAGE / "storage") in path.parents:
            continue
        offenders += storage_bypasses(path.relative_to(PACKAGE.parent), path.read_text(encoding="utf-8"))
    assert offenders == [], "storage reached around its API (add a named method in quez/storage):\n" + "\n".join(
        offenders)


def test_storage_bypass_detection_is_not_blind():
    sample = (
        "rows = store._query('select 1')\n"
        "db.conn.execute('update persons set name = ?', [name])\n"
        "cursor.executemany(sql, rows)\n"
        "with store._write() as db:\n"
        "    pass\n"
        "count = store.db.execute(sql).fetchone()[0]\n"
        "from quez.storage.records import Answer, _row\n"
        "answers = [_row(Answer, r) for r in rows]\n"
        "table.add_row(cells)  # a DataTable row: fine\n"
        "answers = store.answers_in(ids)\n"
    )
    found = storage_bypasses(Path("sample.py"), sample)
    lines = sorted({int(entry.split(":")[1]) for entry in found})
    assert lines == [1, 2, 3, 4, 6, 7, 8]
    assert any("private storage name imported: _row" in entry for entry in found)
