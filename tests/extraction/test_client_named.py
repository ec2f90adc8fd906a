"""The client's own name, or what she is called, in what someone else says of her: she is no one she knows, and
the praise is the speaker's. Also the other way round: someone else judged in a quote is not the client."""

from __future__ import annotations

import pytest

from quez.extraction import Referent, extract
from tests.extraction.holders import holders


@pytest.mark.parametrize("text, listed, called", [
    ("Zijn dochter Shanice appt me: oom Roy, jij bent de enige die er staat.", ["Shanice"], "Roy"),
    ("Mo zegt: madame Katrien, ge moet u ni forceren.", ["Mo"], "Katrien"),
    ("Sietse zegt thuis: die Hamid werkt voor drie.", ["Sietse"], "Hamid"),
    ("Ton zegt altijd: die Ronnie, die werkt hard.", ["Ton"], "Ronnie"),
    ("Hevin zou zeggen: Dilan is een vulkaan, stil van buiten en vuur van binnen.", ["Hevin"], "Dilan"),
    ("Haar man zegt: Lisa is het hart van dit gezin.", ["man"], "Lisa"),
    # the example to follow, or compared with the speaker
    ("Hij zei tegen de andere jongens: kijk naar Karam, die traint harder dan jullie.", [], "Karam"),
    ("Fatma zegt tegen haar kinderen: kijk maar naar Kris, zo moet ne man zijn.", ["Fatma", "kinderen"], "Kris"),
    ("Ineke zei tegen de andere moeders: kijk naar tante Yolanda, zo doe je dat.", ["Ineke"], "Yolanda"),
    ("Mijn zus zegt: Rosa is sterker dan wij allemaal.", ["zus"], "Rosa"),
])
def test_the_clients_name_in_what_someone_says_of_her_is_hers(text, listed, called):
    result = extract(text, [])
    assert [m.name or m.relation for m in result.mentions] == listed
    assert called in result.client_names


@pytest.mark.parametrize("text, listed", [
    # spoken ill of: someone else
    ("Mijn zus zei: Kees is een slechte vader.", ["zus", "Kees"]),
    ("Mijn zus zei: die Kees is een klootzak, laat hem.", ["zus", "Kees"]),
    # a name the conversation knows, or someone the quote sets beside her
    ("Mijn zus zegt: Burak is vierentwintig, dat zijn zijn eigen keuzes.", ["zus", "Burak"]),
    ("Tanta Elvi zegt: Jayden is gezegend met jou.", ["Elvi", "Jayden"]),
    # a child praised to her: her child
    ("Meester Rob zei: Noor is een slimme meid.", ["Rob", "Noor"]),
    ("De juf zei: Jayden is een andere jongen sinds hij hier woont.", ["juf", "Jayden"]),
    # what the client says herself
    ("Ik zei: die Kees is een schat.", ["Kees"]),
    ("Ik kijk naar Kees als ik twijfel.", ["Kees"]),
    ("Ik zei tegen de dokter: dokter Peeters, u moet beter luisteren.", ["Peeters", "Peeters"]),
])
def test_someone_else_named_in_a_quote_stays_someone_else(text, listed):
    assert [m.name or m.relation for m in extract(text, []).mentions] == listed


def test_a_name_the_conversation_knows_is_not_taken_for_hers():
    result = extract("Ze zei: die Emine, die klaagt nooit.", [], known=[Referent("Emine", "buurvrouw")])
    assert [m.name for m in result.mentions] == ["Emine"]


@pytest.mark.parametrize("text", [
    "Mijn zus zei: Kees is lui.",
    "Mijn zus zei: Kees is een slechte vader.",
    "Mijn zus zegt dat die Kees een egoïst is.",
])
def test_a_quote_that_judges_someone_else_is_no_tension_with_the_client(text):
    result = extract(text, [])
    assert "zus" not in holders(result, "tension")


def test_a_quote_that_judges_the_client_still_counts():
    result = extract("Mijn zus zei: jij bent een slechte moeder.", [])
    assert holders(result, "tension") == {"zus"}


@pytest.mark.parametrize("text, listed", [
    ("Mijn kleindochter Imane heeft een spreekbeurt gehouden. Over oma die alleen naar Nederland kwam.", ["Imane"]),
    ("Mien kleindochter Lisanne hef een verslag schreven over oma op de boerderij.", ["Lisanne"]),
    # she acts on oma herself, or has no grandchild in the answer: someone else
    ("Mijn kleinzoon Sem komt vaak. Ik kleed oma nog elke dag aan.", ["Sem", "oma"]),
    ("Mijn dochter Ilse gaat elke zondag naar oma.", ["Ilse", "oma"]),
])
def test_oma_beside_her_own_grandchild_is_the_client(text, listed):
    assert [m.name or m.relation for m in extract(text, []).mentions] == listed


@pytest.mark.parametrize("text, known, listed", [
    # in someone's words: her grandchild in the answer, or one the conversation knows
    ("Mijn kleinzoon Tim zei tegen zijn vriend dat hij dat van opa heeft.", [], ["Tim", "vriend"]),
    ("De juf zei dat Sara nu lacht, en dat komt door oma.", [Referent("Sara", "kleindochter")], ["juf", "Sara"]),
    # without a grandchild of hers, oma in someone's words is someone
    ("De juf zei dat Sara nu lacht, en dat komt door oma.", [], ["juf", "Sara", "oma"]),
])
def test_oma_in_someones_words_with_her_grandchild_known_is_the_client(text, known, listed):
    assert [m.name or m.relation for m in extract(text, [], known=known).mentions] == listed


def test_oma_in_a_follow_up_about_her_granddaughter_is_the_client():
    found = extract("Ze woont nu bij oma, dat is rustiger.", [], about=Referent("Noor", "kleindochter")).mentions
    assert [m.relation for m in found] == []


def test_saying_she_never_complains_is_praise():
    riet = Referent("Riet", "buurvrouw")
    result = extract("Ze zou zeggen: die Emine, die klaagt nooit, die doet gewoon.", [], about=riet)
    assert result.mentions == () and holders(result) == {"ABOUT"}
    result = extract("Anja zou zeggen: jij klaagt nooit, dus als jij het zegt is het erg.", [])
    assert holders(result) == {"Anja"} and holders(result, "tension") == set()
    # a saying about anyone: no praise of her
    assert holders(extract("Mijn vader zei: een Brabander klaagt niet.", [])) == set()


@pytest.mark.parametrize("text, listed, called", [
    ("Ze zegt: jij en ik, Tas, wij zijn de stille heldinnen. Tas ben ik, Natasja.", [], ["Tas", "Natasja"]),
    ("Die zegt: zonder ons moeder was ik er niet. Ons moeder, dè ben ik, zo noemt ie me.", [], []),
    ("Dede is mijn held, schreef Elif. Dede, dat ben ik, opa.", ["Elif"], []),
    ("Ze vertelt dat haar Lotje en Femke een kindje hebben. Femke ben ik.", ["Lotje"], ["Femke"]),
    # the sentence goes on, or it is no name: someone else
    ("Joke ben ik gaan helpen verhuizen.", ["Joke"], []),
    ("Mijn zus Anja, daar ben ik trots op.", ["Anja"], []),
])
def test_she_says_a_name_or_word_is_her(text, listed, called):
    found = extract(text, [])
    assert [m.name or m.relation for m in found.mentions] == listed
    assert sorted(set(found.client_names)) == sorted(called)


@pytest.mark.parametrize("text, listed", [
    ("Mijn buurman Kees zegt tegen iedereen: zonder Fatima was de straat een puinhoop.", ["Kees"]),
    ("Mijn schoonvader zei op zijn verjaardag: zonder onze Ans zat ik nu in een tehuis.", ["schoonvader"]),
    ("Mijn baas zegt dat het zonder Lotte niet draait.", ["baas"]),
    ("Het huis is zo stil zonder Frans.", ["Frans"]),  # not in what someone says: someone
])
def test_whom_someone_says_they_could_not_do_without_is_the_client(text, listed):
    assert [m.name or m.relation for m in extract(text, []).mentions] == listed


@pytest.mark.parametrize("text, holder", [
    ("Mijn buurman Kees zegt tegen iedereen: zonder Fatima was de straat een puinhoop.", "Kees"),
    ("Mijn schoonvader zei op zijn verjaardag: zonder onze Ans zat ik nu in een tehuis.", "schoonvader"),
])
def test_saying_they_could_not_do_without_her_is_praise(text, holder):
    assert holders(extract(text, ["context"], "Hoe gaat het op dit moment met je?")) == {holder}


@pytest.mark.parametrize("text, listed, called", [
    ("Mijn buurvrouw stuurde een kaartje: dank je Noor, voor alles.", ["buurvrouw"], "Noor"),
    ("De trainer zegt tegen de nieuwe jongens: kijk Sem, hij is er elke week.", ["trainer", "jongens"], "Sem"),
])
def test_thanked_or_shown_as_the_example_in_someones_words_is_the_client(text, listed, called):
    result = extract(text, [])
    assert [m.name or m.relation for m in result.mentions] == listed
    assert called in result.client_names
