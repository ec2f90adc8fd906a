"""Merging, confirming, splitting, renaming and removing persons: stored, and they win."""

from __future__ import annotations

import pytest

from quez.storage.db import StoreError
from quez.storage.persons import PersonDecisions
from quez.summary import summarise_client, summarise_session


def names(summary) -> set[str]:
    return {p.name for p in summary.persons}


def test_same_name_across_answers_and_relation_only_mention_are_merged(store, talk):
    sid = talk({"wie-snapt": "Tante Els snapt het.",
                "hoe-gaat-het": "Els zegt dat ik het goed doe. Mijn tante belt vaak."})
    summary = summarise_session(store, sid)
    els = summary.persons[0]
    assert names(summary) == {"Els"}
    assert els.relation == "tante" and els.mentions == 2 and els.questions == ["hoe-gaat-het", "wie-snapt"]
    assert set(els.keys) == {"n:els", "r:tante"} and els.confidence == pytest.approx(0.7)


def test_relation_only_mention_stays_apart_when_two_aunts_are_known(store, talk):
    sid = talk({"wie-snapt": "Tante Els en tante Mia.", "hoe-gaat-het": "Mijn tante belt vaak."})
    assert names(summarise_session(store, sid)) == {"Els", "Mia", "tante"}


def test_spelling_variants_merge_across_sessions(store, talk):
    talk({"wie-snapt": "Mohammed, mijn neef, snapt het."})
    talk({"hoe-gaat-het": "Mohamed zegt dat ik sterk ben."})
    summary = summarise_client(store, "KL-1")
    assert [p.name for p in summary.persons] == ["Mohammed"]
    assert summary.persons[0].sessions == [1, 2] and summary.persons[0].confidence == pytest.approx(0.8)


@pytest.mark.parametrize("order", ["nickname given first", "nickname used first"])
def test_a_nickname_given_in_one_answer_names_her_in_every_answer(store, talk, order):
    answers = {"wie-snapt": "Mijn zus Godelieve, Lieve zeggen we. Die snapt het.",
               "hoe-gaat-het": "Lieve wil wel mee naar de naaiclub, zei ze."}
    if order == "nickname used first":
        answers = dict(reversed(answers.items()))
    summary = summarise_session(store, talk(answers))
    assert names(summary) == {"Godelieve"} and summary.persons[0].mentions == 2


def test_the_name_answers_call_the_client_by_is_nobody_in_her_summary(store, talk):
    sid = talk({"wie-snapt": "Ton, mijn baas. Hij zei: Ronnie, jij bent mijn beste man.",
                "hoe-gaat-het": "Goed. Ton zegt altijd: die Ronnie, die werkt hard."})
    assert names(summarise_session(store, sid)) == {"Ton"}
    # a name that an answer gives a relation is somebody, also where another answer calls it
    sid = talk({"wie-snapt": "Mijn zus Karin. Ze zei: Karin, kom eens.", "hoe-gaat-het": "Karin belt vaak."},
               client="KL-2")
    assert names(summarise_session(store, sid)) == {"Karin"}


def test_a_name_in_the_clients_label_is_the_client_everywhere_and_counts_agree(store, talk):
    from quez.summary.count import client_person_count

    # nothing in the answers says Ivone is the client ("als Ivone er is, is het schoon" in someone's words would)
    sid = talk({"wie-snapt": "De verpleegsters snappen het, en mijn collega Fatma ook. Ivone heeft daar twintig "
                             "jaar gewerkt.",
                "hoe-gaat-het": "Mijn moeder zegt tegen de thuiszorg dat Ivone elke dag komt."})
    assert "Ivone" in names(summarise_session(store, sid))
    assert client_person_count(store, "KL-1") == 4
    store.set_client_label("KL-1", "mevr. Ivone Tavares")
    summary = summarise_client(store, "KL-1")
    assert names(summary) == {"verpleegsters", "Fatma", "moeder"}
    assert client_person_count(store, "KL-1") == len(summary.persons) == 3  # the remembered count is redone
    # the worker wrote a person down by that name: then she is somebody
    talk({"wie-snapt": "Mijn zus Karin snapt het. Ze zegt: Karin, kom eens."}, client="KL-2")
    store.set_client_label("KL-2", "Karin")
    assert names(summarise_client(store, "KL-2")) == {"Karin"}


def test_a_relation_an_answer_gives_a_name_finds_her_in_the_other_answers(store, talk):
    sid = talk({"wie-snapt": "Sevim abla, die snapt het.", "hoe-gaat-het": "Maar abla zegt dat ik sterk ben."})
    client_id = store.session(sid).client_id
    store.add_mention(store.add_person(client_id, "Sevim", "schoonzus", "family").id, sid, "wie-snapt", "worker")
    assert names(summarise_session(store, sid)) == {"Sevim"}


def test_every_answer_is_read_knowing_the_names_the_worker_wrote_down(store, talk):
    sid = talk({"wie-snapt": "", "hoe-gaat-het": "ook yeliz, die vindt dat ik het goed doe."})
    client_id = store.session(sid).client_id
    store.add_mention(store.add_person(client_id, "Yeliz", "vriendin", "friends").id, sid, "wie-snapt", "worker")
    [yeliz] = summarise_session(store, sid).persons
    assert yeliz.name == "Yeliz" and yeliz.mentions == 2


def test_a_changed_answer_is_read_again(store, talk):
    sid = talk({"wie-snapt": "Tante Els snapt het."})
    assert names(summarise_session(store, sid)) == {"Els"}
    store.record_answer(sid, "wie-snapt", text="Mijn buurman Kees snapt het.")
    assert names(summarise_session(store, sid)) == {"Kees"}


def test_confirm_materialises_the_person_with_its_aliases(store, talk):
    sid = talk({"wie-snapt": "Tante Els snapt het.", "hoe-gaat-het": "Mijn tante belt vaak."})
    person = summarise_session(store, sid).persons[0]
    person_id = PersonDecisions(store).confirm(store.session(sid).client_id, person.ref())
    row = store.person(person_id)
    assert row.confirmed and row.name == "Els" and row.relation == "tante" and row.category == "family"
    again = summarise_session(store, sid).persons
    assert [(p.person_id, p.confirmed, p.mentions) for p in again] == [(person_id, True, 2)]


def test_merge_two_found_persons_is_stored_and_wins(store, talk):
    sid = talk({"wie-snapt": "Noor snapt het.", "hoe-gaat-het": "Mijn beste vriendin zegt dat ik het goed doe."})
    client_id = store.session(sid).client_id
    summary = summarise_session(store, sid)
    noor, vriendin = summary.person("k:n:noor"), summary.person("k:r:vriendin")
    target = PersonDecisions(store).merge(client_id, vriendin.ref(), noor.ref())
    merged = summarise_session(store, sid)
    assert names(merged) == {"Noor"}
    p = merged.persons[0]
    assert p.person_id == target and p.mentions == 2 and len(p.opinions) == 2
    aliases = {r["key"]: r["person_id"] for r in store._query("select key, person_id from person_aliases")}
    assert aliases == {"n:noor": target, "r:vriendin": target}


def test_merge_of_two_stored_persons_moves_mentions_and_marks_the_source(store, talk):
    sid = talk({"wie-snapt": ""})
    client_id = store.session(sid).client_id
    a = store.add_person(client_id, "Els", "tante", "family")
    b = store.add_person(client_id, "tante Els", None, "family")
    store.add_mention(a.id, sid, "wie-snapt", "worker")
    store.add_mention(b.id, sid, "hoe-gaat-het", "worker")
    summary = summarise_session(store, sid)
    decisions = PersonDecisions(store)
    decisions.merge(client_id, summary.person(f"p{b.id}").ref(), summary.person(f"p{a.id}").ref())
    assert store.person(b.id).removed
    assert store._query("select merged_into from persons where id = ?", [b.id])[0]["merged_into"] == a.id
    assert {m.person_id for m in store.mentions(sid)} == {a.id}
    after = summarise_session(store, sid)
    assert [(p.name, p.mentions) for p in after.persons] == [("Els", 2)]


def test_split_separates_a_wrongly_merged_mention(store, talk):
    sid = talk({"wie-snapt": "Tante Els snapt het.", "hoe-gaat-het": "Mijn tante belt vaak."})
    client_id = store.session(sid).client_id
    els = summarise_session(store, sid).persons[0]
    new_id = PersonDecisions(store).split(client_id, els.ref(), "r:tante", name="tante Mia")
    after = summarise_session(store, sid)
    assert names(after) == {"Els", "tante Mia"}
    assert after.person(f"p{new_id}").questions == ["hoe-gaat-het"]
    with pytest.raises(StoreError):
        PersonDecisions(store).split(client_id, after.person(f"p{new_id}").ref(), "n:els")


def test_rename_keeps_finding_the_old_name(store, talk):
    sid = talk({"wie-snapt": "De buurvrouw snapt het."})
    client_id = store.session(sid).client_id
    person = summarise_session(store, sid).persons[0]
    PersonDecisions(store).rename(client_id, person.ref(), "Ria", "buurvrouw", "neighbours", 2)
    sid2 = talk({"hoe-gaat-het": "De buurvrouw zegt dat ik sterk ben. Ria is lief."})
    after = summarise_session(store, sid2)
    assert [(p.name, p.relation, p.closeness, p.mentions) for p in after.persons] == [("Ria", "buurvrouw", 2, 1)]
    with pytest.raises(StoreError):
        PersonDecisions(store).rename(client_id, after.persons[0].ref(), "  ")


def test_remove_hides_the_person_also_when_found_again(store, talk):
    sid = talk({"hoe-gaat-het": "Op maandag ga ik met Bakker naar de markt."})
    client_id = store.session(sid).client_id
    summary = summarise_session(store, sid)
    assert names(summary) == {"Bakker"}
    PersonDecisions(store).remove(client_id, summary.persons[0].ref())
    assert names(summarise_session(store, sid)) == set()
    sid2 = talk({"hoe-gaat-het": "Bakker was er weer."})
    assert names(summarise_session(store, sid2)) == set()


def test_worker_persons_always_count_and_win_over_extraction(store, talk):
    sid = talk({"wie-snapt": "Els, vooral."})
    client_id = store.session(sid).client_id
    els = store.add_person(client_id, "Els", "buurvrouw", "neighbours", 1)
    store.add_mention(els.id, sid, "wie-snapt", "worker")
    other = store.add_person(client_id, "Joop", None, "other")
    store.add_mention(other.id, sid, "wie-snapt", "worker")
    summary = summarise_session(store, sid)
    p = summary.person(f"p{els.id}")
    assert p.relation == "buurvrouw" and p.category == "neighbours" and p.closeness == 1
    assert p.sources == {"worker", "text"} and p.mentions == 1 and p.opinions
    assert summary.person(f"p{other.id}").sources == {"worker"}


def test_opinion_verdicts_are_stored_and_applied(store, talk):
    sid = talk({"hoe-gaat-het": "Karin zegt dat ik het goed doe."})
    client_id = store.session(sid).client_id
    summary = summarise_session(store, sid)
    opinion = summary.opinions[0]
    decisions = PersonDecisions(store)
    person_id = decisions.confirm(client_id, summary.person(opinion.group_id).ref())
    decisions.set_verdict(client_id, sid, opinion.question_id, opinion.quote, "rejected", person_id=person_id)
    after = summarise_session(store, sid)
    assert after.opinions == [] and after.persons[0].others[0].status == "rejected"
    decisions.set_verdict(client_id, sid, opinion.question_id, opinion.quote, "confirmed", person_id=person_id)
    assert summarise_session(store, sid).opinions[0].status == "confirmed"
    assert len(store._query("select * from opinions")) == 1


def test_extraction_is_cached_and_redone_when_the_answer_changes(store, talk):
    sid = talk({"hoe-gaat-het": "Karin zegt dat ik het goed doe."})
    summarise_session(store, sid)
    rows = store._query("select answer_id, answer_updated_at from extractions")
    assert len(rows) == 1
    store.record_answer(sid, "hoe-gaat-het", text="Noor zegt dat ik het goed doe.")
    assert names(summarise_session(store, sid)) == {"Noor"}
    updated = store._query("select answer_updated_at from extractions")[0]["answer_updated_at"]
    assert updated != rows[0]["answer_updated_at"]
    store.db.execute("delete from answers")
    assert store._query("select count(*) as n from extractions")[0]["n"] == 0


def test_declined_and_parked_answers_are_listed_not_mined(store, talk):
    sid = talk({"wie-snapt": "Karin"}, statuses={"wie-snapt": "declined", "hoe-zwaar": "parked"})
    summary = summarise_session(store, sid)
    assert names(summary) == set()
    assert [q.question_id for q in summary.declined] == ["wie-snapt"]
    assert [q.question_id for q in summary.parked] == ["hoe-zwaar"]
    assert any("(nog) niet op ingaan" in s for s in summary.suggestions)


def test_follow_up_about_a_person_gives_that_person_the_opinion(store, talk, sample_bank):
    sid = talk({"wie-snapt": ""})
    client_id = store.session(sid).client_id
    els = store.add_person(client_id, "Els", "tante", "family")
    store.add_mention(els.id, sid, "wie-snapt", "worker")
    store.record_answer(sid, f"wie-snapt~0~{els.id}", text="Dat ik elke dag opsta en doorga.",
                        question_text="Wat vindt Els dat je goed doet?", parent_question_id="wie-snapt",
                        person_id=els.id, phase_id="begin")
    summary = summarise_session(store, sid)
    p = summary.persons[0]
    assert p.name == "Els" and [o.quote for o in p.opinions] == ["Dat ik elke dag opsta en doorga."]
    assert "vindt dat je het goed doet" in p.roles


def test_unknown_client_is_a_clear_error(store):
    with pytest.raises(StoreError, match="geen cliënt met code 'NIEMAND'"):
        summarise_client(store, "NIEMAND")


def test_a_person_the_worker_names_for_a_who_question_gets_that_questions_role(store, talk):
    sid = talk({"wie-snapt": "Mijn zus Karin snapt het niet, zegt ze. Els wel.", "hoe-gaat-het": "Goed."})
    client_id = store.session(sid).client_id
    for name, relation in (("Els", "tante"), ("Karin", "zus")):
        person = store.add_person(client_id, name, relation, "family")
        store.add_mention(person.id, sid, "wie-snapt", "worker")
    roles = {p.name: p.roles for p in summarise_session(store, sid).persons}
    assert "begrijpt waar je mee worstelt" in roles["Els"]
    # named by the worker, but the answer itself says Karin does not understand: no role, a tension
    assert "begrijpt waar je mee worstelt" not in roles["Karin"]


def test_a_person_only_mentioned_in_an_open_answer_gets_no_role_from_the_question(store, talk):
    sid = talk({"wie-snapt": "Ik heb het er met Noor nooit over gehad."})
    [noor] = summarise_session(store, sid).persons
    assert noor.name == "Noor" and noor.roles == []


def test_only_the_clients_own_words_are_shown_as_a_quote(store, talk):
    from quez.report import to_html, to_markdown

    sid = talk({"wie-snapt": "Karin, denk ik.", "hoe-gaat-het": "Mijn broer zegt dat ik het goed doe."})
    summary = summarise_session(store, sid)
    shown = {o.person: o.shown for o in summary.opinions}
    assert shown["broer"] == "“Mijn broer zegt dat ik het goed doe.”"
    # Karin was only named for "Wie snapt…": not a quote of anyone
    assert shown["Karin"] == "(genoemd bij deze vraag: begrijpt waar je mee worstelt)"
    assert "“begrijpt" not in to_markdown(summary) and "“begrijpt" not in to_html(summary)
    assert "genoemd bij deze vraag: begrijpt waar je mee worstelt" in to_markdown(summary)


def test_agreeing_in_the_clients_words_is_shown_as_her_words(store, talk):
    from quez.report import to_markdown

    sid = talk({"wie-snapt": "Mijn broer zegt dat ik het goed doe. Mijn tante ook."})
    summary = summarise_session(store, sid)
    shown = {o.person: o.shown for o in summary.opinions}
    assert shown["tante"] == "“Mijn tante ook.”"  # not "(genoemd bij deze vraag: ...)": she agrees, in these words
    assert "“Mijn tante ook.”" in to_markdown(summary)


def test_someone_elses_relative_keeps_whose_relative_they_are(store, talk, sample_bank):
    sid = talk({"wie-snapt": ""})
    karin = store.add_person(store.session(sid).client_id, "Karin", "zus", "family")
    store.add_mention(karin.id, sid, "wie-snapt", "worker")
    text = "Ze zegt: jij bent een vechter. Haar man Ruud vindt dat ook."
    store.record_answer(sid, f"wie-snapt~0~{karin.id}", text=text,
                        question_text="Wat vindt Karin dat je goed doet?", parent_question_id="wie-snapt",
                        person_id=karin.id, phase_id="begin")
    summary = summarise_session(store, sid)
    ruud = next(p for p in summary.persons if p.name == "Ruud")
    assert ruud.relation == "haar man" and ruud.closeness is None  # not the client's husband
    assert [o.person for o in summary.opinions if o.person in ("Karin", "Ruud")].count("Karin") == 1
    assert any(o.person == "Ruud" for o in summary.opinions)


def test_a_titled_name_and_the_bare_name_are_one_person(store, talk):
    sid = talk({"wie-snapt": "Mevrouw Jansen, de mentor van mijn zoon, snapt het.",
                "hoe-gaat-het": "En meneer Vos van de overkant."})
    jansen = store.add_person(store.session(sid).client_id, "Jansen")  # as the worker typed her
    store.add_mention(jansen.id, sid, "wie-snapt", "worker")
    summary = summarise_session(store, sid)
    assert names(summary) == {"Jansen", "meneer Vos"}
    assert summary.person(f"p{jansen.id}").relation == "mentor"


def test_the_clients_wife_is_not_someone_elses_wife(store, talk):
    sid = talk({"wie-snapt": "Mijn vrouw Zahra. En Hamid, zijn vrouw Laila is ook lief.",
                "hoe-gaat-het": "Mijn vrouw zegt dat ik het goed doe."})
    summary = summarise_session(store, sid)
    zahra = next(p for p in summary.persons if p.name == "Zahra")
    assert "vrouw" not in names(summary) and zahra.questions == ["hoe-gaat-het", "wie-snapt"]
    assert next(p for p in summary.persons if p.name == "Laila").questions == ["wie-snapt"]


def test_the_full_name_finds_the_short_form_the_worker_wrote_down(store, talk):
    sid = talk({"wie-snapt": "Mijn broer, die is het ook overkomen.",
                "hoe-gaat-het": "De imam zegt dat hulp vragen geen schande is. En mijn broer Abdelkader ook."})
    kader = store.add_person(store.session(sid).client_id, "Kader", "broer", "family")
    store.add_mention(kader.id, sid, "wie-snapt", "worker")
    summary = summarise_session(store, sid)
    assert names(summary) == {"Kader", "imam"}
    assert summary.person(f"p{kader.id}").questions == ["hoe-gaat-het", "wie-snapt"]


def test_the_teacher_of_her_child_is_the_teacher_she_names(store, talk):
    sid = talk({"wie-snapt": "Juf Marieke snapt het, die ziet hoe Sam eraan toe is.",
                "hoe-gaat-het": "Ik sprak de juf van Sam op het schoolplein."})
    assert names(summarise_session(store, sid)) == {"Marieke", "Sam"}
    sid = talk({"wie-snapt": "Juf Marieke en juf Ans snappen het.",
                "hoe-gaat-het": "Ik sprak de juf van Sam op het schoolplein."}, client="KL-2")
    assert names(summarise_session(store, sid)) == {"Marieke", "Ans", "juf van Sam"}


def test_the_physio_of_her_husband_is_the_physio_she_names(store, talk):
    sid = talk({"wie-snapt": "Bij Anke eigenlijk, de fysio van Wiebe.",
                "hoe-gaat-het": "De fysio van Wiebe komt twee keer per week."})
    summary = summarise_session(store, sid)
    assert names(summary) == {"Anke"}
    assert summary.persons[0].questions == ["hoe-gaat-het", "wie-snapt"]


def test_someone_elses_relative_is_not_placed_in_the_clients_family(store, talk):
    sid = talk({"wie-snapt": "Lisa, de dochter van de buren, past soms op. En mijn dochter Noa."})
    summary = summarise_session(store, sid)
    lisa = next(p for p in summary.persons if p.name == "Lisa")
    noa = next(p for p in summary.persons if p.name == "Noa")
    assert (lisa.relation, lisa.category, lisa.closeness) == ("dochter van de buren", "other", None)
    assert (noa.relation, noa.category) == ("dochter", "family")
