"""The plain-Python parts behind the conversation screen: order, follow-ups, person entry."""

from __future__ import annotations

from types import SimpleNamespace

from quez.conversation.flow import Flow
from quez.conversation.follow_up_id import follow_up_id, parse_follow_up_id
from quez.conversation.person_entry import category_for, entry_text, parse_entry


def test_flow_lists_every_question_in_bank_order(sample_bank):
    flow = Flow(sample_bank)
    assert [s.id for s in flow.steps] == ["wie-snapt", "hoe-gaat-het", "hoe-zwaar", "soort-hulp", "eerder-gevraagd"]
    assert flow.progress(3).label() == "Fase 2 van 2 · vraag 4 van 5"
    assert flow.is_phase_start(2) and not flow.is_phase_start(3)


def test_offers_template_per_person_and_once_without_placeholder(sample_bank):
    flow = Flow(sample_bank)
    question = sample_bank.question("wie-snapt")
    offers = flow.offers(question, [(7, "Els"), (9, "de buurvrouw")])
    assert [(o.id, o.text) for o in offers] == [
        ("wie-snapt~0~7", "Wat vindt Els dat je goed doet?"),
        ("wie-snapt~0~9", "Wat vindt de buurvrouw dat je goed doet?"),
        ("wie-snapt~1", "Hoe merk je dat?"),
    ]
    flow.add_follow_ups("wie-snapt", [offers[1]])
    assert [s.id for s in flow.steps][:3] == ["wie-snapt", "wie-snapt~0~9", "hoe-gaat-het"]
    assert flow.progress(1).label() == "Fase 1 van 2 · vraag 1 van 5 · doorvraag 1 van 1"
    # a follow-up already taken is not offered again
    assert "wie-snapt~0~9" not in [o.id for o in flow.offers(question, [(9, "de buurvrouw")])]
    # later ones go after the earlier ones
    flow.add_follow_ups("wie-snapt", [offers[2]])
    assert [s.id for s in flow.steps][:4] == ["wie-snapt", "wie-snapt~0~9", "wie-snapt~1", "hoe-gaat-het"]


def test_flow_rebuilds_follow_ups_from_stored_answers(sample_bank):
    answers = [
        SimpleNamespace(id=5, question_id="wie-snapt~1", parent_question_id="wie-snapt", person_id=None,
                        question_text="Hoe merk je dat?", status="answered"),
        SimpleNamespace(id=3, question_id="wie-snapt~0~4", parent_question_id="wie-snapt", person_id=4,
                        question_text="Wat vindt Els dat je goed doet?", status="draft"),
        SimpleNamespace(id=1, question_id="wie-snapt", parent_question_id=None, person_id=None,
                        question_text="x", status="answered"),
    ]
    flow = Flow(sample_bank, answers)
    assert [s.id for s in flow.steps][:3] == ["wie-snapt", "wie-snapt~0~4", "wie-snapt~1"]
    follow = flow.steps[1]
    assert (follow.kind, follow.person_id, follow.text) == ("open", 4, "Wat vindt Els dat je goed doet?")
    by_id = {a.question_id: a for a in answers}
    # resumes at the stored position, else at the first step without a final status
    assert flow.resume_index("hoe-zwaar", by_id) == 4
    assert flow.resume_index(None, by_id) == 1


def test_follow_up_ids_round_trip():
    assert parse_follow_up_id(follow_up_id("wie-snapt", 0, 12)) == ("wie-snapt", 0, 12)
    assert parse_follow_up_id(follow_up_id("wie-snapt", 1, None)) == ("wie-snapt", 1, None)
    assert parse_follow_up_id("wie-snapt") is None


def test_person_entry_parsing():
    assert parse_entry("Els — tante") == ("Els", "tante")
    assert parse_entry("Els - tante") == ("Els", "tante")
    assert parse_entry("Els, tante") == ("Els", "tante")
    assert parse_entry("Els (tante)") == ("Els", "tante")
    assert parse_entry("  de buurvrouw ") == ("de buurvrouw", "")
    assert parse_entry("Jan-Willem - neef") == ("Jan-Willem", "neef")
    assert parse_entry("") == ("", "")
    assert entry_text("Els", "tante") == "Els — tante"
    assert entry_text("Els", None) == "Els"


def test_category_guess():
    assert category_for("tante") == "family"
    assert category_for("mijn beste vriendin") == "friends"
    assert category_for("buurman") == "neighbours"
    assert category_for("de buurvrouw") == "neighbours"
    assert category_for("collega") == "work_school"
    assert category_for("huisarts") == "professionals"
    assert category_for("iemand van de kerk") == "other"
    assert category_for(None) == "other"
    # the extraction lexicon's words: Flemish, diminutives, compounds, multi-word
    assert category_for("meter") == "family" and category_for("nonkel") == "family"
    assert category_for("mijn oudste zoon") == "family" and category_for("zusje") == "family"
    assert category_for("juf van Sam") == "work_school"
    assert category_for("maatschappelijk werker") == "professionals"
    assert category_for("jeugdzorgmedewerker") == "professionals"
    assert category_for("overbuurvrouw") == "neighbours"


def test_person_entry_or_sentence():
    from quez.conversation.person_entry import is_person_entry, parse_entry

    persons = ["Els - tante", "de buurvrouw", "mijn oudste zoon", "juf van Sam", "Mohammed (collega)",
               "Dr. Jansen - huisarts", "mevr. De Vries", "Jan-Willem - neef", "oma", "Els — tante.", "fenna",
               "meester Bart"]
    sentences = ["Niemand, zegt hij eerst. Dan: de buurvrouw.", "Ik weet het niet", "nee",
                 "Ze belt elke zondag en vraagt hoe het gaat", "Karin snapt het. Echt.", "Goed hoor.", "goed hoor",
                 "gaat wel"]
    assert [s for s in persons if not is_person_entry(*parse_entry(s))] == []
    assert [s for s in sentences if is_person_entry(*parse_entry(s))] == []
