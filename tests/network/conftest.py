"""A client with a small network: a real TOML bank (with a "who knows whom" question), real SQLite."""

from __future__ import annotations

import pytest

NETWORK_BANK = '''\
[bank]
id = "netwerkproef"
title = "Netwerkproef"
version = "1.0"
source = "QueZ-tests"

[[phases]]
id = "wie"
title = "Wie"

[[phases.questions]]
id = "wie-praktisch"
text = "Wie helpt je met praktische dingen?"
kind = "persons"
elicits = ["persons", "support_practical"]

[[phases.questions]]
id = "wie-praten"
text = "Met wie kun je praten als het tegenzit?"
kind = "persons"
elicits = ["persons", "support_emotional"]

[[phases.questions]]
id = "wie-goed"
text = "Wie vindt dat je het goed doet?"
kind = "persons"
elicits = ["persons", "does_well"]

[[phases.questions]]
id = "wie-samen"
text = "Met wie doe je graag iets samen?"
kind = "persons"
elicits = ["persons", "support_company"]

[[phases.questions]]
id = "wie-advies"
text = "Aan wie vraag je raad?"
kind = "persons"
elicits = ["persons", "support_advice"]

[[phases.questions]]
id = "wie-lastig"
text = "Met wie is het contact lastig?"
kind = "persons"
elicits = ["persons", "tension"]

[[phases.questions]]
id = "wie-kent-wie"
text = "Wie van hen kennen elkaar?"
kind = "ties"
elicits = ["persons", "context"]

[[phases.questions]]
id = "terugdoen"
text = "Wat zou jij voor een ander kunnen doen?"
kind = "open"
elicits = ["reciprocity"]
'''


@pytest.fixture
def network_bank(tmp_path):
    from quez.banks.loader import load_bank

    path = tmp_path / "netwerkproef.toml"
    path.write_text(NETWORK_BANK, encoding="utf-8")
    return load_bank(path)


@pytest.fixture
def network_bank_dir(bank_dir, network_bank):
    (bank_dir / "netwerkproef.toml").write_text(NETWORK_BANK, encoding="utf-8")
    return bank_dir


@pytest.fixture
def walked(store, network_bank):
    """A conversation walked through: Els (tante) practical, Noor (vriendin) to talk to and does well
    (her own words), Jan (vader) tense; client KL-1; returns the session id."""
    session = store.start_session("KL-1", network_bank)
    client = store.client("KL-1")
    els = store.add_person(client.id, "Els", "tante", "family", 1)
    noor = store.add_person(client.id, "Noor", "vriendin", "friends", 1)
    jan = store.add_person(client.id, "Jan", "vader", "family", 2)
    for person, question in ((els, "wie-praktisch"), (noor, "wie-praten"), (noor, "wie-goed"), (jan, "wie-lastig")):
        store.add_mention(person.id, session.id, question, "worker")
    texts = {"wie-praktisch": "Els doet de boodschappen.", "wie-praten": "Met Noor kan ik praten.",
             "wie-goed": "Noor zegt dat ik een doorzetter ben.", "wie-lastig": "Met mijn vader is het lastig.",
             "terugdoen": "Ik kan goed koken voor anderen."}
    for question, text in texts.items():
        store.record_answer(session.id, question, text=text, phase_id="wie")
    return session.id
