"""Saying the same as the person asked about: "Haar man zegt het ook", "dat zeg ik nou al jaren", "denkt er net zo
over". Whoever agrees with praise holds it too; words that agree with nothing are no opinion."""

from __future__ import annotations

import pytest

from quez.extraction import Referent, extract
from tests.extraction.holders import holders

KARIN = Referent("Karin", "zus")


def _positive(text: str) -> set[str]:
    result = extract(text, [], "Wat zegt {persoon} over jou?", about=KARIN, about_stance="positive")
    return holders(result)


@pytest.mark.parametrize("text, other", [
    ("Ze zegt dat ik sterk ben. Mijn moeder zei: dat zeg ik nou al jaren.", "moeder"),
    ("Ze zegt dat ik een taaie ben. En de buurvrouw zei: dat mag je wel zeggen.", "buurvrouw"),
    ("Ze zegt dat ik sterk ben. Dat zegt haar moeder ook altijd, oma Dien.", "Dien"),
    ("Ze vindt dat ik het goed doe. Mijn moeder denkt er net zo over.", "moeder"),
    ("Ze vindt dat ik het goed doe. Mijn moeder zegt dat al jaren.", "moeder"),
    ("Ze zei: jij bent de beste oma van de wereld. Haar zusje zei meteen: ik ook!", "zusje"),
    ("Ze zegt: baba, jij weet alles. Sandro zegt het na.", "Sandro"),  # repeats it
    # standing by when it was said, and telling the client so all along
    ("Ze zei: jij bent een doorzetter. Ries stond erbij en zei: zo is het.", "Ries"),
    ("Ze zei: jij bent een doorzetter. Mijn vader was erbij en zei: dat zeg ik haar al maanden.", "vader"),
    ("Ze zei: jij bent een doorzetter. Mijn vader zei erbij: dat zeg ik toch al weken.", "vader"),
    ("Ze zei: jij bent een doorzetter. Haar collega, meester Rik, knikte erbij.", "Rik"),
    ("Ze zegt dat ik een taaie ben. Haar man, ome Wim, is het met haar eens.", "Wim"),  # an apposition before it
    ("Ze zegt dat ik een taaie ben. Haar man vindt dat zelf ook.", "man"),
])
def test_agreeing_with_the_person_asked_about(text, other):
    assert _positive(text) == {"ABOUT", other}


@pytest.mark.parametrize("text", [
    "Ze vindt dat ik het goed doe. Dat heeft mijn moeder me verteld.",  # the one who passes it on
    "Ze vindt dat ik het goed doe. Mijn moeder zegt dat niet.",
    "Ze vindt dat ik het goed doe. Mijn moeder denkt er anders over.",
    "Ze vindt dat ik het goed doe. Mijn moeder zei: zie je wel, ze redt het niet.",  # told you so
])
def test_passing_on_or_denying_is_no_agreement(text):
    assert _positive(text) == {"ABOUT"}


@pytest.mark.parametrize("text, agrees", [
    ("Ze vindt dat ik het goed doe. Mijn broer zei dat ook op de bruiloft van Ilse.", True),  # where it was said
    ("Ze vindt dat ik het goed doe. Haar man zat erbij en zei: dat zien wij ook.", True),
    ("Ze vindt dat ik het goed doe. Haar man lachte en zei dat het klopt.", True),
    ("Ze vindt dat ik het goed doe. Haar man zei erachteraan: zo is het.", True),
    ("Ze vindt dat ik het goed doe. Haar man zei dat het niet klopt.", False),
])
def test_more_ways_of_saying_so_too(text, agrees):
    found = _positive(text) - {"ABOUT"}
    assert bool(found) == agrees
