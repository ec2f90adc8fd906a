"""Dutch counts read naturally: "1 gesprek", "2 gesprekken", never "1 gesprekken" or "gesprek(ken)"."""

from __future__ import annotations

import re
from pathlib import Path

from quez.wording import count_text, plural


def test_singular_and_plural():
    assert plural(1, "gesprek", "gesprekken") == "1 gesprek"
    assert plural(0, "gesprek", "gesprekken") == "0 gesprekken"
    assert count_text({"clients": 1, "sessions": 2, "answers": 1, "persons": 1}) == (
        "1 cliënt, 2 gesprekken, 1 antwoord, 1 persoon")
    assert count_text({"clients": 0, "notes": 3}, skip_zero=True) == "3 notities"


def test_no_bracketed_plurals_in_what_the_worker_reads():
    package = Path(__file__).resolve().parent.parent / "quez"
    found = []
    for path in package.rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"[a-zë]\((?:en|ën|ken)\)", line) and not line.lstrip().startswith("#"):
                found.append(f"{path.relative_to(package)}:{n}: {line.strip()}")
    assert not found, "use quez.wording.plural:\n" + "\n".join(found)
