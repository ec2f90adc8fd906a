"""The worker corrects anything in the summary, the correction wins, and the last one can be undone."""

from __future__ import annotations

import pytest

from quez.report import to_data, to_html, to_markdown
from quez.storage.db import StoreError
from quez.storage.journal import undo_last
from quez.storage.persons import PersonDecisions
from quez.summary import summarise_session
from quez.summary.timeline import client_timeline


def holders(summary) -> dict[str, list[str]]:
    return {p.name: [o.quote for o in p.opinions] for p in summary.persons}


def test_rejecting_an_opinion_leaves_the_person_unconfirmed(store, talk):
    sid = talk({"hoe-gaat-het": "Karin zegt dat ik het goed doe."})
    client_id = store.session(sid).client_id
    opinion = summarise_session(store, sid).opinions[0]
    PersonDecisions(store).judge(client_id, opinion.ref(), "rejected")
    after = summarise_session(store, sid)
    karin = after.persons[0]
    assert after.opinions == [] and karin.others[0].status == "rejected"
    assert not karin.confirmed and karin.person_id is None
    assert store._query("select count(*) as n from persons")[0]["n"] == 0


def test_rejecting_an_opinion_of_a_stored_unconfirmed_person_keeps_it_unconfirmed(store, talk):
    sid = talk({"hoe-gaat-het": "Karin zegt dat ik het goed doe."})
    client_id = store.session(sid).client_id
    karin = store.add_person(client_id, "Karin", "zus", "family", confirmed=False)
    opinion = summarise_session(store, sid).opinions[0]
    assert opinion.person_id == karin.id
    PersonDecisions(store).judge(client_id, opinion.ref(), "rejected")
    assert not store.person(karin.id).confirmed
    assert summarise_session(store, sid).opinions == []


def test_move_an_opinion_to_another_person_in_every_view(store, talk):
    sid = talk({"hoe-gaat-het": "Karin zegt dat ik het goed doe. Noor belt vaak."})
    client_id = store.session(sid).client_id
    summary = summarise_session(store, sid)
    opinion = summary.opinions[0]
    assert opinion.person == "Karin"
    noor = next(p for p in summary.persons if p.name == "Noor")
    PersonDecisions(store).move_opinion(client_id, opinion.ref(), noor.ref())
    after = summarise_session(store, sid)
    assert holders(after) == {"Noor": [opinion.quote], "Karin": []}
    assert [o.person for o in after.opinions] == ["Noor"]
    assert to_data(after)["opinions"][0]["person"] == "Noor"
    assert "**Noor**: “Karin zegt dat ik het goed doe.”" in to_markdown(after)
    assert "<strong>Noor</strong>" in to_html(after) and "<strong>Karin</strong>:" not in to_html(after)
    assert [o.person for o in client_timeline(store, "KL-1").opinions] == ["Noor"]
    # Noor was only found in text: she got a row to hold it, not a confirmation
    assert not next(p for p in after.persons if p.name == "Noor").confirmed


def test_move_an_opinion_to_no_one_and_back(store, talk):
    sid = talk({"hoe-gaat-het": "Karin zegt dat ik het goed doe."})
    client_id = store.session(sid).client_id
    opinion = summarise_session(store, sid).opinions[0]
    decisions = PersonDecisions(store)
    decisions.move_opinion(client_id, opinion.ref(), None)
    after = summarise_session(store, sid)
    assert after.opinions == [] and [o.quote for o in after.unattributed] == [opinion.quote]
    assert to_data(after)["unattributed"][0]["quote"] == opinion.quote
    # the moved one can move again, to Karin after all
    karin = after.persons[0]
    decisions.move_opinion(client_id, after.unattributed[0].ref(), karin.ref())
    again = summarise_session(store, sid)
    assert holders(again) == {"Karin": [opinion.quote]} and again.unattributed == []


def test_a_moved_opinion_named_for_a_question_keeps_the_clients_words(store, talk):
    sid = talk({"wie-snapt": "Karin, denk ik."})
    client_id = store.session(sid).client_id
    [opinion] = summarise_session(store, sid).opinions
    assert opinion.shown == "(genoemd bij deze vraag: begrijpt waar je mee worstelt)"
    PersonDecisions(store).move_opinion(client_id, opinion.ref(), None)
    [moved] = summarise_session(store, sid).unattributed
    assert moved.text == opinion.quote and moved.shown == f"“{opinion.quote}”"


def test_add_an_opinion_by_hand_with_its_quote(store, talk):
    sid = talk({"hoe-gaat-het": "Joyce, mijn buurvrouw, kwam langs. Zij zegt: jij bent een vechter."})
    client_id = store.session(sid).client_id
    joyce = next(p for p in summarise_session(store, sid).persons if p.name == "Joyce")
    decisions = PersonDecisions(store)
    with pytest.raises(StoreError, match="Typ de uitspraak"):
        decisions.add_opinion(client_id, sid, "hoe-gaat-het", "   ", joyce.ref())
    decisions.add_opinion(client_id, sid, "hoe-gaat-het", "jij bent een vechter", joyce.ref())
    after = summarise_session(store, sid)
    added = [o for o in after.opinions if o.status == "added"]
    assert [(o.person, o.quote, o.question_text) for o in added] == [
        ("Joyce", "jij bent een vechter", "Hoe gaat het nu met je?")]
    assert to_data(after)["opinions"][-1]["confirmed"] is True


def test_split_a_person_in_two_by_answer(store, talk):
    sid = talk({"wie-snapt": "Els snapt het.", "hoe-gaat-het": "Els zegt dat ik het goed doe."})
    client_id = store.session(sid).client_id
    [els] = summarise_session(store, sid).persons
    assert els.questions == ["hoe-gaat-het", "wie-snapt"]
    decisions = PersonDecisions(store)
    other = decisions.split_answer(client_id, els.ref(), sid, "hoe-gaat-het", "Els van het werk")
    after = summarise_session(store, sid)
    assert {p.name: p.questions for p in after.persons} == {"Els": ["wie-snapt"], "Els van het werk": ["hoe-gaat-het"]}
    assert holders(after)["Els van het werk"] == ["Els zegt dat ik het goed doe."]
    assert after.person(f"p{other}").confirmed
    with pytest.raises(StoreError):
        decisions.split_answer(client_id, after.person(f"p{other}").ref(), sid, "hoe-gaat-het", " ")


def test_edit_name_relation_place_and_adult_mark(store, talk):
    sid = talk({"wie-snapt": "Mijn zoon snapt het."})
    client_id = store.session(sid).client_id
    [son] = summarise_session(store, sid).persons
    PersonDecisions(store).rename(client_id, son.ref(), "Daan", "zoon", "family", 1, adult=True)
    [daan] = summarise_session(store, sid).persons
    assert (daan.name, daan.relation, daan.category, daan.closeness, daan.adult) == ("Daan", "zoon", "family", 1, True)


def test_spelling_variants_with_the_same_relation_are_offered_as_a_merge(store, talk):
    sid = talk({"wie-snapt": "", "hoe-gaat-het": ""})
    client_id = store.session(sid).client_id
    for name, relation, question in (("Jaimy", "buurman", "wie-snapt"), ("Jaimie", "buurman", "hoe-gaat-het"),
                                     ("Jamal", "collega", "wie-snapt"), ("Jamar", "neef", "hoe-gaat-het")):
        person = store.add_person(client_id, name, relation, "neighbours")
        store.add_mention(person.id, sid, question, "worker")
    summary = summarise_session(store, sid)
    [(source, target)] = summary.merge_offers
    assert {summary.person(source).name, summary.person(target).name} == {"Jaimy", "Jaimie"}
    assert to_data(summary)["possible_duplicates"] == [[summary.person(source).name, summary.person(target).name]]
    decisions = PersonDecisions(store)
    decisions.keep_apart(client_id, "Jaimy", "Jaimie")  # two neighbours after all: no longer offered
    assert summarise_session(store, sid).merge_offers == []
    assert undo_last(store, client_id) == "apart houden"
    assert summarise_session(store, sid).merge_offers == [(source, target)]
    decisions.merge(client_id, summary.person(source).ref(), summary.person(target).ref())
    after = summarise_session(store, sid)
    assert after.merge_offers == [] and len(after.persons) == 3


def test_a_short_form_of_a_name_is_offered_as_a_merge_and_found_across_answers(store, talk):
    sid = talk({"wie-snapt": "", "hoe-gaat-het": ""})
    client_id = store.session(sid).client_id
    for name, relation, question in (("Loes", None, "wie-snapt"), ("Marloes", "dochter", "hoe-gaat-het"),
                                     ("Mark", "zoon", "wie-snapt"), ("Marco", "buurman", "hoe-gaat-het")):
        store.add_mention(store.add_person(client_id, name, relation, "family").id, sid, question, "worker")
    summary = summarise_session(store, sid)
    assert [{summary.person(a).name, summary.person(b).name} for a, b in summary.merge_offers] == [{"Loes", "Marloes"}]
    # found in the answers themselves, a short form joins the full name wherever it came first
    found = summarise_session(store, talk({"wie-snapt": "Kader zegt dat ik het goed doe.",
                                           "hoe-gaat-het": "Mijn broer Abdelkader snapt het."}, client="KL-2"))
    assert [p.name for p in found.persons] == ["Abdelkader"]


def test_undo_reverts_the_last_decision_only(store, talk):
    sid = talk({"wie-snapt": "Noor snapt het.", "hoe-gaat-het": "Mijn beste vriendin zegt dat ik het goed doe."})
    client_id = store.session(sid).client_id
    summary = summarise_session(store, sid)
    noor, vriendin = summary.person("k:n:noor"), summary.person("k:r:vriendin")
    decisions = PersonDecisions(store)
    decisions.confirm(client_id, noor.ref())
    confirmed = summarise_session(store, sid)
    decisions.merge(client_id, confirmed.person("k:r:vriendin").ref(), confirmed.persons[0].ref())
    assert {p.name for p in summarise_session(store, sid).persons} == {"Noor"}
    assert undo_last(store, client_id) == "samenvoegen"
    back = summarise_session(store, sid)
    assert {p.name for p in back.persons} == {"Noor", vriendin.name}
    assert back.person("k:n:noor") is None and next(p for p in back.persons if p.name == "Noor").confirmed
    assert undo_last(store, client_id) == "bevestigen"
    assert store._query("select count(*) as n from persons")[0]["n"] == 0
    assert store._query("select count(*) as n from person_aliases")[0]["n"] == 0
    assert undo_last(store, client_id) is None


def test_undo_a_split_and_a_move(store, talk):
    sid = talk({"wie-snapt": "Els snapt het.", "hoe-gaat-het": "Els zegt dat ik het goed doe."})
    client_id = store.session(sid).client_id
    decisions = PersonDecisions(store)
    els = summarise_session(store, sid).person("k:n:els")
    decisions.split_answer(client_id, els.ref(), sid, "hoe-gaat-het", "Els van het werk")
    undo_last(store, client_id)
    assert [p.name for p in summarise_session(store, sid).persons if p.name.startswith("Els")] == ["Els"]
    assert store._query("select count(*) as n from person_splits")[0]["n"] == 0
    before = [o.quote for o in summarise_session(store, sid).opinions]
    opinion = next(o for o in summarise_session(store, sid).opinions if o.question_id == "hoe-gaat-het")
    decisions.move_opinion(client_id, opinion.ref(), None)
    assert opinion.quote not in [o.quote for o in summarise_session(store, sid).opinions]
    assert undo_last(store, client_id) == "uitspraak verplaatsen"
    assert [o.quote for o in summarise_session(store, sid).opinions] == before


def test_erasing_the_client_removes_corrections_and_their_undo_history(store, talk):
    from quez.storage.erase import erase_client
    from tests.trust.trust_support import remaining_text

    sid = talk({"wie-snapt": "Zij snapt het.", "hoe-gaat-het": "Zij zegt dat ik het goed doe."})
    client_id = store.session(sid).client_id
    stored = store.add_person(client_id, "Zonnebloemveld", "buurvrouw", "neighbours")
    for question in ("wie-snapt", "hoe-gaat-het"):
        store.add_mention(stored.id, sid, question, "worker")
    [person] = summarise_session(store, sid).persons
    PersonDecisions(store).split_answer(client_id, person.ref(), sid, "hoe-gaat-het", "Zonnebloemveld twee")
    assert store._query("select count(*) as n from summary_decisions")[0]["n"] == 1
    assert remaining_text(store.db, "Zonnebloemveld") != []
    erase_client(store.db, "KL-1")
    assert remaining_text(store.db, "Zonnebloemveld") == []
    for table in ("person_splits", "summary_decisions"):
        assert store._query(f"select count(*) as n from {table}")[0]["n"] == 0
