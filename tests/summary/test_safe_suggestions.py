"""Suggestions never propose to involve a child of the client or a person spoken of with tension; each
says which answers it rests on."""

from __future__ import annotations

from quez.report import to_data
from quez.storage.persons import PersonDecisions
from quez.summary import summarise_session
from quez.summary_advice import is_child

QUESTIONS = ("wie-snapt", "hoe-gaat-het", "hoe-zwaar")


def add(store, sid, client_id, name, relation, category, questions, opinions=(), tensions=()):
    person = store.add_person(client_id, name, relation, category)
    for question in questions:
        store.add_mention(person.id, sid, question, "worker")
    decisions = PersonDecisions(store)
    for question, quote in opinions:
        decisions.set_verdict(client_id, sid, question, quote, "added", person_id=person.id)
    for question, quote in tensions:
        decisions.set_verdict(client_id, sid, question, quote, "added", person_id=person.id, kind="tension")
    return person


def involving(summary) -> list[str]:
    return [s for s in summary.suggestions if "aanschuiven" in s or "stil te staan" in s]


def test_a_child_and_a_person_with_tension_ranked_first_are_never_proposed(store, talk):
    sid = talk({q: "" for q in QUESTIONS})
    client_id = store.session(sid).client_id
    daan = add(store, sid, client_id, "Daan", "zoon", "family", QUESTIONS,
               opinions=[("wie-snapt", "Daan zegt dat ik de beste mama ben"), ("hoe-gaat-het", "Daan helpt me")])
    add(store, sid, client_id, "Karin", "zus", "family", QUESTIONS,
        opinions=[("wie-snapt", "Karin snapt het")], tensions=[("hoe-zwaar", "Karin verwijt me alles")])
    add(store, sid, client_id, "Els", "buurvrouw", "neighbours", QUESTIONS[:2],
        opinions=[("wie-snapt", "Els zegt dat ik sterk ben"), ("hoe-gaat-het", "Els vindt dat ik het goed doe")])
    summary = summarise_session(store, sid)
    assert [p.name for p in summary.persons][:2] == ["Daan", "Karin"]  # ranked first ...
    text = "\n".join(summary.suggestions)
    assert "Daan" not in text and "Karin" not in text  # ... and never proposed, not even named
    [els] = involving(summary)
    assert els.startswith("Els kwam in 2 vragen ter sprake") and "aanschuiven" in els
    assert "Dit rust op: ‘Wie snapt waar je mee worstelt?’ en ‘Hoe gaat het nu met je?’." in els
    assert any("spanning" in s and "bewust niet" in s for s in summary.suggestions)
    assert any("kinderen van de cliënt" in s.casefold() for s in summary.suggestions)
    # the worker marks Daan as an adult: then he may be proposed
    PersonDecisions(store).rename(client_id, summary.person(f"p{daan.id}").ref(), "Daan", "zoon", "family", None,
                                  adult=True)
    again = summarise_session(store, sid)
    assert any(s.startswith("Daan kwam in 3 vragen") for s in involving(again))
    assert not any("Karin" in s for s in again.suggestions)


def test_a_son_found_in_the_answers_is_not_proposed(store, talk):
    sid = talk({"wie-snapt": "Mijn zoon Mees snapt het.", "hoe-gaat-het": "Mees zegt dat ik het goed doe."})
    summary = summarise_session(store, sid)
    mees = next(p for p in summary.persons if p.name == "Mees")
    assert mees.opinions and len(mees.questions) == 2 and is_child(mees)
    assert not any("Mees" in s for s in summary.suggestions)


def test_every_suggestion_says_which_answers_it_rests_on(store, talk):
    sid = talk({"wie-snapt": "Noor snapt het.", "hoe-gaat-het": "Noor zegt dat ik het goed doe."},
               statuses={"hoe-zwaar": "parked"})
    summary = summarise_session(store, sid)
    assert summary.suggestions and len(summary.suggestion_basis) == len(summary.suggestions)
    for text, basis in zip(summary.suggestions, summary.suggestion_basis, strict=True):
        assert basis and "Dit rust op: ‘" in text
    data = to_data(summary)
    parked = data["suggestion_basis"][data["suggestions"].index(next(s for s in data["suggestions"]
                                                                    if "later op terugkomen" in s))]
    assert parked == [{"session": sid, "question": "hoe-zwaar", "question_text": "Hoe zwaar voelt het?"}]


def test_child_words(store):
    from quez.summary.model import PersonItem

    def person(name, relation, adult=False):
        return PersonItem("g", name, relation, "family", None, None, False, 1.0, {}, adult=adult)

    for name, relation in (("Mees", "zoon"), ("oudste dochter", None), ("Lisa", "pleegdochter"),
                           ("Sem", "stiefzoon"), ("Jip", "kleinkind"), ("de kinderen", None)):
        assert is_child(person(name, relation)), (name, relation)
    for name, relation in (("Kees", "schoonzoon"), ("Karin", "zus"), ("Mees", "trainer van Mees"),
                           ("juf van mijn zoon", "juf van mijn zoon")):
        assert not is_child(person(name, relation)), (name, relation)
    assert not is_child(person("Daan", "zoon", adult=True))


def test_children_counted_off_by_name_are_children_and_not_proposed(store, talk):
    sid = talk({"hoe-gaat-het": "Met de kinderen. Rayan is dertien, Imane tien.",
                "wie-snapt": "Rayan zegt dat ik de beste mama ben. Imane ook."})
    summary = summarise_session(store, sid)
    assert sorted(p.name for p in summary.persons) == ["Imane", "Rayan"]  # no third person "kinderen"
    rayan = next(p for p in summary.persons if p.name == "Rayan")
    assert is_child(rayan) and rayan.opinions
    assert not any("Rayan" in s or "Imane" in s for s in summary.suggestions)
