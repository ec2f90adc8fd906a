"""Any text is stored exactly as given and displayed without steering the terminal."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from trust_support import sample_bank

from quez.storage.store import Store
from quez.textsafety import clean_for_editing, display_safe, one_line

NASTY = {
    "emoji": "Mijn oma 👵🏽 en mijn zus 👩‍👧‍👦 🇳🇱 ❤️",
    "arabic": "أختي تفهمني، وجارتي أيضًا.",
    "hebrew": "אחותי מבינה אותי",
    "mixed direction": "Karin zegt: ‏«أنت قوي»‏ en dat klopt.",
    "bidi override": "factuur \u202egnp.exe\u202c klaar",
    "control characters": "".join(chr(c) for c in range(32)) + "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0)),
    "escape sequences": "\x1b]0;gehackt\x07\x1b[2J\x1b[31mrood\x1b[0m\x1b[?1049h\x1bP+q\x1b\\ einde",
    "nul": "voor\x00na",
    "windows newlines": "regel 1\r\nregel 2\rregel 3",
    "combining": "cliënt cliënt",  # composed and decomposed
    "very long": "Ze helpt me met de kinderen. " * 40_000,  # ~1.1 MB
    "markup-like": "[bold]niet vet[/bold] [link=http://x]klik[/link] $(rm -rf ~)",
}


@pytest.mark.parametrize("name", sorted(NASTY))
def test_nasty_text_round_trips_exactly(db_path, name):
    text = NASTY[name]
    with Store(db_path) as store:
        session = store.start_session("AB-1", sample_bank())
        store.record_answer(session.id, "wie-snapt", text=text, note=text)
        store.save_draft(session.id, "hoe-gaat-het", text)
        store.add_person(store.client("AB-1").id, text[:200] or "x")
    with Store(db_path) as store:
        answer = store.answer(session.id, "wie-snapt")
        assert answer.text == text
        assert answer.note == text
        assert store.answer(session.id, "hoe-gaat-het").text == text
        assert store.persons(store.client("AB-1").id)[0].name == (text[:200] or "x").strip()


@pytest.mark.slow  # fuzzing
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(max_size=300), min_size=1, max_size=5))
def test_any_text_round_trips(tmp_path_factory, texts):
    path = tmp_path_factory.mktemp("tekst") / "quez.db"
    with Store(path) as store:
        session = store.start_session("AB-1", sample_bank())
        for n, text in enumerate(texts):
            store.record_answer(session.id, f"vraag-{n}", text=text)
    with Store(path) as store:
        assert [store.answer(session.id, f"vraag-{n}").text for n in range(len(texts))] == texts


def test_lone_surrogates_are_made_storable(db_path):
    broken = "half \ud83d emoji"
    fixed = clean_for_editing(broken)  # what a paste becomes before it reaches a field
    assert fixed == "half \ufffd emoji"
    assert clean_for_editing(NASTY["emoji"]) == NASTY["emoji"]
    with Store(db_path) as store:
        session = store.start_session("AB-1", sample_bank())
        store.record_answer(session.id, "wie-snapt", text=fixed)
        assert store.answer(session.id, "wie-snapt").text == fixed


# -- display -------------------------------------------------------------------------------

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


@pytest.mark.slow  # fuzzing
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=400))
def test_display_safe_never_lets_controls_through(text):
    shown = display_safe(text)
    assert not UNSAFE.search(shown), repr(shown)
    assert display_safe(shown) == shown  # idempotent
    assert "\n" not in one_line(text) and len(one_line(text, 40)) <= 40


@pytest.mark.slow  # fuzzing
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(categories=("L", "M", "N", "P", "S", "Zs")), max_size=300))
def test_ordinary_text_is_shown_unchanged(text):
    text = text.replace("\u2028", " ").replace("\u2029", " ")
    if any(unicodedata.category(c) == "Cf" for c in text) or UNSAFE.search(text):
        return
    assert display_safe(text) == text


def test_display_of_the_nasty_cases():
    shown = display_safe(NASTY["escape sequences"])
    assert shown == "rood einde"
    assert display_safe(NASTY["bidi override"]) == "factuur gnp.exe klaar"
    assert display_safe(NASTY["arabic"]) == NASTY["arabic"]
    assert display_safe(NASTY["mixed direction"]) == NASTY["mixed direction"]  # LRM/RLM marks are harmless
    assert display_safe(NASTY["emoji"]) == NASTY["emoji"]
    assert display_safe(NASTY["nul"]) == "voor\u2400na"
    assert display_safe(NASTY["windows newlines"]) == "regel 1\nregel 2\nregel 3"
    assert display_safe("a\tb") == "a    b"
    assert display_safe(NASTY["markup-like"]) == NASTY["markup-like"]  # markup is the widget's job
    assert one_line("een\ntwee\x1b[2J drie", 9) == "een twee…"
