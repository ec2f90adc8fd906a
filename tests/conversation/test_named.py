"""Persons named in a conversation and who knows whom, stored through a :class:`Conversation`
(real SQLite store in tmp; the persons field itself is tested in tests/tui)."""

from __future__ import annotations

from quez.conversation.conversation import Conversation
from quez.conversation.named import tie_persons


def opened(store, bank, code: str) -> Conversation:
    conversation = Conversation(store, store.start_session(code, bank).id)
    conversation.load()
    return conversation


def named_ids(store, conversation: Conversation, question_id: str = "wie-snapt") -> list[int]:
    return [m.person_id for m in store.mentions(conversation.session_id, question_id)]


def test_a_new_person_is_stored_with_a_category_from_the_relation_and_mentioned_here(store, sample_bank):
    conversation = opened(store, sample_bank, "PN-1")
    piet = conversation.add_person("Piet", "buurman", [])
    assert (piet.name, piet.relation, piet.category) == ("Piet", "buurman", "neighbours")
    mo = conversation.add_person("Mo", "vriend", [piet.id])
    assert mo.category == "friends"
    # "de buurvrouw" names no relation but still says where she belongs
    assert conversation.add_person("de buurvrouw", "", [piet.id, mo.id]).category == "neighbours"
    assert conversation.add_person("Karel", "", []).category == "other"
    assert len(named_ids(store, conversation)) == 4
    assert store.mentions(conversation.session_id, "hoe-gaat-het") == []


def test_a_person_the_client_named_before_is_not_added_twice(store, sample_bank):
    earlier = opened(store, sample_bank, "PN-2")
    els = earlier.add_person("Els", "", [])
    conversation = opened(store, sample_bank, "PN-2")
    again = conversation.add_person("Els", "tante", [])  # her relation, known now, is filled in
    assert again.id == els.id and (again.relation, again.category) == ("tante", "family")
    assert conversation.add_person("Els", "buurvrouw", [els.id]).relation == "tante"  # a known relation stays
    assert named_ids(store, conversation) == [els.id]  # already named here: not mentioned twice
    assert len(store.persons(conversation.client_id)) == 1


def test_taking_a_person_off_keeps_them_known_to_the_client(store, sample_bank):
    conversation = opened(store, sample_bank, "PN-3")
    sam = conversation.add_person("Sam", "zoon", [])
    lies = conversation.add_person("Lies", "dochter", [sam.id])
    conversation.remove_person(sam.id)
    assert named_ids(store, conversation) == [lies.id]
    assert store.find_person(conversation.client_id, "Sam") is not None


def test_who_was_named_here_in_order_with_everyone_known(store, sample_bank):
    conversation = opened(store, sample_bank, "PN-4")
    sam = conversation.add_person("Sam", "zoon", [])
    lies = conversation.add_person("Lies", "dochter", [sam.id])
    conversation.go_to(1)
    conversation.add_person("Anja", "", [])  # named at another question
    known = conversation.known_persons()
    assert sorted(p.name for p in known) == ["Anja", "Lies", "Sam"]
    step = conversation.flow.steps[0]
    assert conversation.named_at(step, known) == [(sam.id, "Sam", "zoon"), (lies.id, "Lies", "dochter")]


def test_a_name_typed_without_enter_comes_back_from_the_draft(store, sample_bank):
    conversation = opened(store, sample_bank, "PN-5")
    assert conversation.pending_entry(conversation.step) is None
    conversation.save_draft("", "Mo — vriend")
    assert conversation.pending_entry(conversation.step) == "Mo — vriend"


def test_persons_found_in_what_the_client_said_are_suggestions(store, sample_bank):
    earlier = store.start_session("SG-1", sample_bank)
    store.record_answer(earlier.id, "hoe-gaat-het", text="Mijn zus Karin belt elke week.", phase_id="begin")
    store.finish_session(earlier.id)
    conversation = opened(store, sample_bank, "SG-1")
    assert not conversation.knows_found_before
    assert conversation.found_persons() == []  # the earlier conversations are not read yet
    assert conversation.found_before() == [("Karin", "zus")]
    assert conversation.knows_found_before
    store.record_answer(conversation.session_id, "hoe-gaat-het", text="De buurvrouw Anja helpt me.",
                        phase_id="begin")
    assert conversation.found_persons() == [("Karin", "zus"), ("Anja", "buurvrouw")]
    conversation.add_person("Anja", "buurvrouw", [])  # added by the worker: no longer a suggestion
    assert conversation.found_persons() == [("Karin", "zus")]


def test_ties_between_the_persons_named_here_in_the_order_named(store, sample_bank):
    conversation = opened(store, sample_bank, "TI-1")
    before = conversation.add_person("Oma", "oma", [])
    conversation.remove_person(before.id)  # known to the client, not named here any more
    lies = conversation.add_person("Lies", "dochter", [])
    sam = conversation.add_person("Sam", "zoon", [lies.id])
    known = conversation.known_persons()
    assert tie_persons(known, conversation.naming_order()) == [(lies.id, "Lies"), (sam.id, "Sam")]
    assert sorted(name for _, name in tie_persons(known, {})) == ["Lies", "Oma", "Sam"]  # none named: everyone
    conversation.set_tie(sam.id, lies.id, True)
    assert len(conversation.ties()) == 1
    conversation.set_tie(sam.id, lies.id, False)
    assert conversation.ties() == set()
