"""Words that look like a person and are none: a kind of person, the client spoken of, a place."""

from __future__ import annotations

import pytest

from quez.extraction import extract


@pytest.mark.parametrize("text, expected", [
    ("Ze heeft nog nooit zo'n nette mantelzorger gezien.", []),
    ("Ze zei tegen haar collega's: deze moeder is een leeuwin.", ["collega's"]),
    ("Hij noemt mij altijd baas, veertig jaar lang.", []),
    ("Hij zegt dat er in heel Zaandam niemand meer is die dat kan.", []),
    ("Ad zegt: gij bent een koppige Brabander.", ["Ad"]),
    ("Ik heb deze buurvrouw nooit gemogen.", ["buurvrouw"]),
    ("Een lieve Anneke zegt dat ook.", ["Anneke"]),
])
def test_no_one_is_listed_for_a_kind_of_person_the_client_or_a_place(text, expected):
    assert [m.name or m.relation for m in extract(text, []).mentions] == expected
