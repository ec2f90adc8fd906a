"""Hostile imports get a specific message (never "onverwachte fout") and change nothing.

Deep nesting (100,000-deep arrays and objects, an unclosed 1M-deep file, a 3,000-deep bank
snapshot) raised RecursionError; an ``elapsed_seconds`` beyond 64 bits raised OverflowError; a
bank snapshot was only checked for its structure, not with the rules a bank file gets.
"""

from __future__ import annotations

import json

import pytest
from trust_support import digest, populate, sample_bank

from quez.errors import describe
from quez.portability import TransferError
from quez.portability.exporter import build_export, to_json
from quez.portability.importer import import_document, read_document
from quez.storage.store import Store


@pytest.fixture
def exported(tmp_path) -> dict:
    with Store(tmp_path / "bron.db") as store:
        populate(store, sample_bank(), "AB-1", "geheim")
        return json.loads(to_json(build_export(store)))


def refused(tmp_path, name: str, text: str) -> str:
    """Import ``text`` into a database with data; the message, after checking nothing changed."""
    db = tmp_path / "doel.db"
    with Store(db) as store:
        populate(store, sample_bank(), "XY-9", "hier")
    before = digest(db)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with Store(db) as store, pytest.raises(TransferError) as caught:
        import_document(store, read_document(path))
    message = describe(caught.value)[0]
    assert "onverwachte fout" not in message and "Er is niets veranderd" in message
    assert digest(db) == before
    return message


@pytest.mark.parametrize("opening,closing", [("[", "]"), ('{"a":', "}")])
def test_deeply_nested_json_is_refused_with_its_reason(tmp_path, opening, closing):
    depth = 100_000
    message = refused(tmp_path, "diep.json", opening * depth + "1" + closing * depth)
    assert "te diep genest" in message


def test_an_unclosed_very_deep_file_is_refused(tmp_path):
    assert "te diep genest" in refused(tmp_path, "open.json", "[" * 1_000_000)


def test_a_very_deep_bank_snapshot_is_refused(tmp_path, exported):
    exported["clients"][0]["sessions"][0]["bank_snapshot"]["phases"][0]["questions"][0]["text"] = "DIEP"
    text = json.dumps(exported).replace('"DIEP"', "[" * 3000 + '"x"' + "]" * 3000)
    message = refused(tmp_path, "snapshot.json", text)
    assert "bank_snapshot" in message or "te diep genest" in message


def test_a_number_beyond_64_bits_is_refused(tmp_path, exported):
    exported["clients"][0]["sessions"][0]["elapsed_seconds"] = 2**64
    message = refused(tmp_path, "groot.json", json.dumps(exported))
    assert "elapsed_seconds" in message and "te groot" in message


@pytest.mark.parametrize("field,value,words", [
    ("text", "Wie\x1b]0;GEKAAPT\x1b\\ snapt?", "stuurteken"),
    ("follow_ups", ["Wat vindt {persoon!r}?"], "{persoon!r}"),
    ("options", ["", "nee"], "leeg"),
])
def test_a_bank_snapshot_gets_the_same_rules_as_a_bank_file(tmp_path, exported, field, value, words):
    question = exported["clients"][0]["sessions"][0]["bank_snapshot"]["phases"][0]["questions"][0]
    question[field] = value
    if field == "options":
        question["kind"] = "choice"
    message = refused(tmp_path, "bank.json", json.dumps(exported))
    assert "bank_snapshot" in message and words in message
