"""Follow-ups as the client would hear them (a :class:`Conversation` on a real tmp store; the offer
dialog itself is tested in tests/tui)."""

from __future__ import annotations

import pytest

from quez.conversation.conversation import Conversation


@pytest.fixture
def conversation(store, visit_bank):
    """The kitchen-table bank (tests/conftest.py): follow-ups on open, persons and yes/no questions."""
    conversation = Conversation(store, store.start_session("EI-5", visit_bank).id)
    conversation.load()
    return conversation


def test_follow_ups_name_a_person_as_the_client_would(conversation):
    conversation.go_to(1)
    sam = conversation.add_person("Sam", "zoon", [])
    juf = conversation.add_person("juf van Sam", "", [sam.id])
    persons = [(p.id, p.name, p.relation) for p in (sam, juf)]
    assert [o.text for o in conversation.offers(conversation.step, persons)] == [
        "Wat zou Sam zeggen over wat jij voor hem betekent?",
        "Wat zou de juf van Sam zeggen over wat jij voor haar betekent?",
        "Wat zei je zoon precies?",
        "Wat zei de juf van Sam precies?",
    ]


def test_any_answered_question_offers_its_follow_ups_as_they_are(conversation):
    for index, text in ((0, "Wat is op dit moment het zwaarst?"), (2, "Over wie dan?"),
                        (3, "Wat zou er nodig zijn voor een punt hoger?")):
        conversation.go_to(index)
        assert conversation.offers(conversation.step, None) == []  # nothing said: nothing to ask further
        assert [(o.text, o.person_id) for o in conversation.offers(conversation.step, [])] == [(text, None)]


def test_a_follow_up_taken_is_not_offered_again_and_keeps_its_text(conversation, store):
    step = conversation.step
    offers = conversation.offers(step, [])
    conversation.take_follow_ups(step, offers)
    assert conversation.offers(step, []) == []  # taken: in the flow now, even without decide()
    assert conversation.flow.steps[1].text == "Wat is op dit moment het zwaarst?"
    # a session opened again rebuilds it from what was stored
    again = Conversation(store, conversation.session_id)
    again.load()
    assert [s.id for s in again.flow.steps] == ["zwaar", "zwaar~0", "wie", "hulp", "cijfer", "slot"]
    assert again.offers(again.step, []) == []
