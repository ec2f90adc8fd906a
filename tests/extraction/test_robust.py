"""Any answer is read without an error: also one that stops mid-sentence ("Mijn buurvrouw zegt dat"), as
answers typed at the kitchen table often do."""

from __future__ import annotations

from pathlib import Path

import pytest

from quez.extraction import Referent, extract
from tests.extraction.evaluate import CORPUS, load


def _answers(every: int) -> list[str]:
    texts: list[str] = []
    for path in sorted(Path(CORPUS).glob("dev*.toml")):
        data = load(path)
        texts += [c["text"] for c in data.get("case", [])]
        texts += [t["text"] for c in data.get("conversation", []) for t in c["turn"]]
    return texts[::every]


@pytest.mark.parametrize("about", [False, Referent("Els", "zus"), Referent(None, "moeder")])
def test_every_answer_cut_off_after_any_word_is_read(about):
    for text in _answers(every=20):
        words = text.split()
        for k in range(1, len(words) + 1):
            cut = " ".join(words[:k])
            found = extract(cut, ["persons", "does_well"], "Wat vindt {persoon}?", about=about)
            assert all(cut[o.start: o.end].strip() for o in found.opinions), cut


def test_what_an_answer_that_stops_at_its_quote_still_names():
    found = extract("Mijn collega Bram was erbij en zei:", ["persons"])
    assert [m.name for m in found.mentions] == ["Bram"]


def test_folding_names_is_remembered():
    """The summary folds the same names thousands of times; doing it again each time doubled its time once."""
    from quez.extraction.lexicon import fold

    fold.cache_clear()
    fold("Zoë")
    fold("Zoë")
    assert fold.cache_info().hits >= 1


def test_whether_an_answer_has_capitals_is_read_for_each_answer():
    from quez.extraction.tokens import has_capitals, tokenize

    lower, upper = tokenize("kim en demi"), tokenize("Kim en Demi")
    assert (has_capitals(lower), has_capitals(upper), has_capitals(lower)) == (False, True, False)
    assert [m.name for m in extract("bij kim, demi en priscilla", []).mentions] == ["Kim", "Demi", "Priscilla"]
    assert [m.name for m in extract("Bij kim, Demi en Priscilla.", []).mentions] == ["Demi", "Priscilla"]
