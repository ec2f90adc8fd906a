"""How a follow-up refers to a person: name, relation with its article, hem or haar."""

from __future__ import annotations

import pytest

from quez.banks.referring import fill, is_personal

TEMPLATE = "{persoon} | {relatie} | {hem_haar}"


@pytest.mark.parametrize(
    ("name", "relation", "expected"),
    [
        ("Sam", "zoon", "Sam | je zoon | hem"),
        ("Els", "tante", "Els | je tante | haar"),
        ("juf van Sam", None, "de juf van Sam | de juf van Sam | haar"),
        ("Lies", "juf", "Lies | de juf | haar"),
        ("buurvrouw", None, "de buurvrouw | de buurvrouw | haar"),
        ("de buurvrouw", None, "de buurvrouw | de buurvrouw | haar"),
        ("Anna", "buurvrouw", "Anna | je buurvrouw | haar"),
        ("zusje", None, "je zusje | je zusje | haar"),
        ("opa", None, "opa | opa | hem"),
        ("Piet", "mijn broer", "Piet | je broer | hem"),
        ("Herman", None, "Herman | Herman | hem of haar"),  # a name says nothing, however it ends
        ("Jan", "huisarts", "Jan | je huisarts | hem of haar"),
    ],
)
def test_a_person_is_referred_to_as_the_client_would(name, relation, expected):
    assert fill(TEMPLATE, name, relation) == expected


def test_old_templates_read_as_before_and_unknown_persons_show_dots():
    assert fill("Wat vindt {persoon} dat je goed doet?", "Mo", "vriend") == "Wat vindt Mo dat je goed doet?"
    assert fill("Wat zei {relatie}?", None) == "Wat zei …?"
    assert is_personal("Wat zei {relatie}?") and is_personal("voor {hem_haar}") and not is_personal("Hoe dan?")
