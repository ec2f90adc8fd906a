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


# -- one vocabulary: statuses and categories are worded in quez/vocabulary.py only ------------------

#: wordings QueZ used before it had one vocabulary; none may come back
RETIRED = ("wilde hier (nog) niet", "wilde niet antwoorden", "wilde (nog) niet op ingaan", "niet afgemaakt",
           "wilde de cliënt (nog) niet")
#: literals that equal a label but are not one (the client's own words, which the extractor reads)
NOT_LABELS = {"extraction"}
#: a label word used as a whole sentence somewhere else, on purpose (path, literal)
ALLOWED: set[tuple[str, str]] = set()


def _labels() -> set[str]:
    from quez import vocabulary

    words = {*vocabulary.ANSWER_STATUS_LABELS.values(), *vocabulary.SESSION_STATUS_LABELS.values(),
             *vocabulary.CATEGORY_LABELS.values(), *vocabulary.CLOSENESS_LABELS.values(), vocabulary.NOT_ASKED_LABEL}
    words |= {vocabulary.session_status_label(s, before_noun=True) for s in vocabulary.SessionStatus}
    return {w.casefold() for w in words}


def _string_literals(path: Path):
    import ast

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def test_status_and_category_labels_are_defined_in_the_vocabulary_only():
    package = Path(__file__).resolve().parent.parent / "quez"
    labels = _labels()
    found = []
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package).as_posix()
        if name == "vocabulary.py" or name.split("/")[0] in NOT_LABELS:
            continue
        for line, text in _string_literals(path):
            if text.strip().casefold() in labels and (name, text) not in ALLOWED:
                found.append(f"{name}:{line}: {text!r}")
        lowered = path.read_text(encoding="utf-8").casefold()
        found += [f"{name}: {old!r}" for old in RETIRED if old in lowered]
    assert not found, "word statuses and categories through quez.vocabulary:\n" + "\n".join(found)


def test_the_vocabulary_words_every_status_and_category():
    from quez import vocabulary

    assert set(vocabulary.ANSWER_STATUS_LABELS) == {s.value for s in vocabulary.AnswerStatus}
    assert set(vocabulary.SESSION_STATUS_LABELS) == {s.value for s in vocabulary.SessionStatus}
    assert list(vocabulary.CATEGORY_LABELS) == [c.value for c in vocabulary.Category]
    assert vocabulary.answer_status_label("declined") == "cliënt wil hier (nog) niet op ingaan"
    assert vocabulary.answer_status_label("parked", heading=True) == "Later op terugkomen"
    assert vocabulary.answer_status_label(None) == "niet aan bod gekomen"
    assert vocabulary.session_status_label("parked") == "geparkeerd"
    assert vocabulary.session_status_label("parked", before_noun=True) == "geparkeerde"
    assert vocabulary.category_label("work_school") == "werk/school"
    assert vocabulary.category_label("onbekend") == "onbekend"
