"""Whose parent "je vader", "uw moeder", "jullie mama" is depends on whom the quote is said to: to the client's
children it is the client, to the client it is her own parent."""

from __future__ import annotations

import pytest

from quez.extraction import extract


def _persons(text: str) -> list[str]:
    return [m.label for m in extract(text, ["persons"]).mentions]


@pytest.mark.parametrize("text, persons", [
    ("Mijn buurvrouw zegt tegen mijn dochter: uw moeder is een sterke vrouw.", ["buurvrouw", "dochter"]),
    ("Mijn buurvrouw zegt tegen mijn dochters: jullie moeder is een sterke vrouw.", ["buurvrouw", "dochters"]),
    ("Mijn buurvrouw zegt tegen de meiden: jullie moeder is een sterke vrouw.", ["buurvrouw"]),
    ("Mijn moeder zegt tegen de kinderen: jullie mama is een kanjer.", ["moeder", "kinderen"]),
])
def test_said_to_her_children_their_parent_is_the_client(text, persons):
    assert _persons(text) == persons


@pytest.mark.parametrize("text, parent", [
    ("Mijn tante zei tegen mij: uw moeder zou trots zijn.", "moeder"),
    ("Mijn buurvrouw zegt tegen de buren: jullie moeder was een sterke vrouw.", "moeder"),
    ("Mijn zus zei tegen mijn moeder: uw vader was een harde werker.", "vader"),
])
def test_said_to_someone_else_their_parent_is_a_person(text, parent):
    assert any(parent in label for label in _persons(text))


@pytest.mark.parametrize("text, persons", [
    ("Tesfay, mijn man. Hij zegt tegen zijn broer: mijn vrouw is een leeuw, zij draagt alles alleen.",
     ["Tesfay", "zijn broer"]),
    ("Mijn man zegt tegen iedereen: zonder mijn vrouw was dit bedrijf er niet.", ["man"]),
    ("Mijn vriend Bas zei tegen zijn moeder: mijn vriendin is de sterkste die ik ken.", ["Bas", "zijn moeder"]),
])
def test_in_her_partners_words_his_wife_is_the_client(text, persons):
    assert _persons(text) == persons


@pytest.mark.parametrize("text, partner", [
    ("Mijn buurman zei: mijn vrouw vindt je een kanjer.", "vrouw"),  # the neighbour's wife
    ("Mijn broer zegt: mijn vrouw helpt je wel.", "vrouw"),
])
def test_in_someone_elses_words_his_wife_is_a_person(text, partner):
    assert partner in _persons(text)


@pytest.mark.parametrize("text, persons", [
    # called by name at the opening of the quote, the one spoken to
    ("Met Kevin gaat het stroef. Anouk van hiernaast zei laatst: Kevin, jouw vader doet echt zijn best.",
     ["Kevin", "Anouk"]),
    # said to her brother or sister, "jouw zus" is the client
    ("Met Ilse. Haar man Joost zei tegen haar: jouw zus is een harde werker, hou op.", ["Ilse", "Joost"]),
])
def test_said_to_someone_named_their_parent_partner_or_sibling_is_the_client(text, persons):
    assert _persons(text) == persons
