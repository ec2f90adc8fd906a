"""The bundled banks are the product's content: they must load, and keep the practice they carry."""

from __future__ import annotations

import re

import pytest

from quez.banks.loader import load_bank, load_registry
from quez.settings import bundled_banks_dir

BUNDLED = sorted(bundled_banks_dir().glob("*.toml"))
EXPECTED_IDS = {"netwerk-betrekken", "netwerk-in-kaart", "vraagverlegenheid-wederkerigheid"}


def questions(bank):
    return [q for phase in bank.phases for q in phase.questions]


def test_the_three_bundled_banks_are_there():
    assert {load_bank(path).id for path in BUNDLED} >= EXPECTED_IDS


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_bank_is_complete(path):
    bank = load_bank(path, "bundled")
    meta = bank.bank
    assert meta.language == "nl"
    assert meta.description and meta.estimated_minutes
    assert len(meta.source) > 80, "a bundled bank cites where its practice comes from"
    qs = questions(bank)
    assert 10 <= len(qs) <= 25
    assert all(q.hint for q in qs), "every question carries a hint for the worker"
    assert sum(bool(q.follow_ups) for q in qs) >= len(qs) * 2 // 3
    persons = [q for q in qs if q.kind == "persons"]
    assert persons, "a bank about the network asks who"
    # a follow-up about a named person is what makes 'doorvragen' possible
    assert all(any("{persoon}" in f for f in q.follow_ups) for q in persons)
    assert all(phase.intro for phase in bank.phases)


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_text_is_clean_dutch_prose(path):
    bank = load_bank(path)
    for q in questions(bank):
        for text in (q.text, *q.follow_ups):
            assert text == text.strip() and "  " not in text, q.id
            assert text[0].isupper(), f"{q.id}: {text!r} starts with a capital"
            assert text[-1] in "?.", f"{q.id}: {text!r} ends as a sentence"
        assert not re.search(r"\b(u|uw)\b", q.text), f"{q.id}: the questions address the client with 'je'"


def test_netwerk_betrekken_keeps_the_three_steps_and_their_questions():
    bank = load_bank(bundled_banks_dir() / "netwerk-betrekken.toml")
    assert len(bank.phases) == 3
    texts = {q.text for q in questions(bank)}
    for core in (
        "Wie snapt waar je mee worstelt?",
        "Wie geeft jullie niet de schuld van het probleem?",
        "Volgens wie is hulp vragen goed om te doen?",
        "Wie vindt dat jullie het goed doen?",
        "Wie heeft respect voor hoe je het volhoudt?",
        "Wat vinden anderen dat je goed doet?",
    ):
        assert core in texts
    first, second, third = bank.phases
    assert "accept" in first.id or "accept" in first.title.lower() or "aanvaard" in first.title.lower()
    assert "zelfvertrouwen" in second.title.lower()
    assert "vertrouwen" in third.title.lower()
    practice = " ".join([*(p.intro for p in bank.phases), *(q.hint for q in questions(bank))]).lower()
    assert "tempo" in practice  # the client's pace
    assert re.search(r"stel (het )?zelf (het )?niet voor", practice)  # don't steer towards the network
    assert "compliment" in practice and "rol" in practice  # positive opinions; roles where valued


def test_the_other_banks_cover_what_they_promise():
    kaart = load_bank(bundled_banks_dir() / "netwerk-in-kaart.toml")
    text = " ".join(q.text.lower() + " " + (q.hint or "").lower() for q in questions(kaart))
    for area in ("familie", "vriend", "buren", "werk", "hulpverlener"):
        assert area in text, area
    assert any(q.kind == "scale" for q in questions(kaart)), "closeness is asked"
    wederkerig = load_bank(bundled_banks_dir() / "vraagverlegenheid-wederkerigheid.toml")
    texts = " ".join(q.text.lower() for q in questions(wederkerig))
    assert "terug" in texts and "praktisch" in texts and "stroef" in texts


def test_bundled_banks_load_together_without_clashes():
    registry = load_registry([(bundled_banks_dir(), "bundled")])
    assert not registry.errors and not registry.overridden
    assert set(registry.banks) >= EXPECTED_IDS


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_bank_comments_are_dutch(path):
    """The worker reads them in the TOML editor (after d, an own copy)."""
    comments = [line for line in path.read_text(encoding="utf-8").splitlines() if line.lstrip().startswith("#")]
    english = re.compile(r"\b(the|are|who|what|they|for the|worker|questions|hints|and|of the)\b")
    assert comments
    assert not [c for c in comments if english.search(c)]
