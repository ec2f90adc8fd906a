"""A negation inside or after a phrase of praise turns it: "staat nooit klaar", "vertrouwt me niet meer",
"komt nooit bij mij om advies" are no praise; a negated reproach inside its phrase ("kijkt ni op mij neer") is.
A reproach with "had ... moeten" ("had niet moeten vertrekken") stays one."""

from __future__ import annotations

import pytest

from quez.extraction import extract


def _kinds(text: str) -> dict[str, str]:
    result = extract(text, ["persons"], "Wie zie je zoal?")  # a question that gives no stance of its own
    return {result.mentions[o.holder].name or result.mentions[o.holder].relation: o.kind
            for o in result.opinions if o.kind in ("positive", "tension")}


@pytest.mark.parametrize("text, kinds", [
    ("Mijn zwager vertrouwt mij al jaren niet.", {"zwager": "tension"}),
    ("Tante Riek zegt dat ik nooit voor haar klaarsta.", {"Riek": "tension"}),
    ("Mijn buurman komt nooit bij me voor raad.", {"buurman": "tension"}),
    ("Mijn schoonvader ziet niet wat ik allemaal doe.", {"schoonvader": "tension"}),
    ("Mijn oudste zus bedankt me eigenlijk nooit.", {"zus": "tension"}),
    # the same phrases without a negation stay praise
    ("Mijn zwager vertrouwt mij.", {"zwager": "positive"}),
    ("Tante Riek zegt dat ik altijd voor iedereen klaarsta.", {"Riek": "positive"}),
    ("Mijn oudste zus bedankt me elke keer.", {"zus": "positive"}),
    # a reproach denied inside its own phrase is praise
    ("Mijn nicht kijkt ni op mij neer.", {"nicht": "positive"}),
    # a negation inside a reproach with "had ... moeten" does not turn it: "had niet moeten stoppen" is still blame
    ("Mijn broer zegt dat ik die baan had niet moeten nemen.", {"broer": "tension"}),
])
def test_a_negation_inside_or_after_a_phrase_of_praise_turns_it(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, holder", [
    ("Alleen mijn nicht Samira neemt het voor mij op.", "Samira"),
    ("Mijn schoonzus verdedigt me altijd tegenover de familie.", "schoonzus"),
    ("Joost heeft het tegen zijn eigen broer voor mij opgenomen.", "Joost"),
])
def test_standing_up_for_her_is_praise(text, holder):
    assert _kinds(text).get(holder) == "positive"


@pytest.mark.parametrize("text, kinds", [
    ("Mijn buurvrouw zegt dat ik eindeloos geduld heb met haar moeder.", {"buurvrouw": "positive"}),
    ("Mijn chef zegt dat hij mij echt niet kan missen.", {"chef": "positive"}),
    ("Mijn teamleider zegt dat ik onmisbaar ben op de afdeling.", {"teamleider": "positive"}),
    ("Tante Gonny is dol op me.", {"Gonny": "positive"}),
    ("Mijn trainer prees me na de wedstrijd.", {"trainer": "positive"}),
    ("Mijn schoonzus zegt dat ik mezelf altijd tekort doe.", {"schoonzus": "positive"}),
    ("Mijn vriendin zegt dat ik het waard ben.", {"vriendin": "positive"}),
    # said of someone else, a word of worth is theirs, not a view of the client
    ("Mijn buurvrouw heeft veel geduld met mijn zoon.", {}),
    ("Mijn zus is echt onmisbaar in de winkel.", {}),
])
def test_common_words_of_worth(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Mijn man is erg ziek. De dokter zegt dat hij sterk is.", {}),  # strong: said of the husband
    ("Mijn zus zegt dat haar buurman heel sterk is.", {}),
    ("De dokter zegt dat ik sterk ben.", {"dokter": "positive"}),
    ("Mijn zus zei: jij bent dapper.", {"zus": "positive"}),
    # talent, perseverance, being there for anyone: the subject's own
    ("De trainer zegt dat mijn zoon veel talent heeft.", {}),
    ("De verpleegkundige zei dat mijn moeder het goed volhoudt.", {}),
    ("Mijn man zegt dat de buurvrouw altijd klaarstaat.", {}),
    ("De trainer zegt dat ik veel talent heb.", {"trainer": "positive"}),
])
def test_strong_and_brave_are_a_view_of_her_only_when_said_of_her(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Haar moeder zegt dat ze trots is op haar kleinzoon.", {}),
    ("Mijn moeder zei: ik ben zo trots op je broer.", {}),
    ("Mijn zus zegt dat ze haar man bewondert.", {}),
    # said of her, for someone: her praise all the same
    ("Mijn moeder zegt dat ik een goede vader ben voor Sofie.", {"moeder": "positive"}),
    ("Mijn moeder zegt dat ze trots is op mij.", {"moeder": "positive"}),
])
def test_praise_aimed_at_someone_else_in_what_is_said_is_no_view_of_her(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Mijn zus zei: jij weet meer van die ziekte dan de dokter.", {"zus": "positive"}),
    ("Oom Henk zegt dat ik meer weet van computers dan zijn hele afdeling.", {"Henk": "positive"}),
    ("Mijn broer weet meer dan ik van computers.", {}),  # the client's word of him
])
def test_knowing_more_than_others(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Mijn dochter zegt: mam, bel gewoon, je bent geen last.", {"dochter": "positive"}),
    ("Mijn buurman zegt dat ik geen last ben.", {"buurman": "positive"}),
    ("Ik wil mijn zus niet tot last zijn.", {}),  # her own worry
    ("Ons Wim zeid: ge zijt nen straffe madam.", {"Wim": "positive"}),  # Flemish 'zeid' is 'zei'
])
def test_no_burden_and_flemish_zeid(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Mijn zus zegt: het is pech, geen domheid.", {"zus": "positive"}),
    ("Mijn broer zegt dat het mijn eigen domheid is.", {"broer": "tension"}),
    ("Mijn schoonvader zei: zonder jouw hulp was de zaak allang dicht.", {"schoonvader": "positive"}),
    ("De buurvrouw zei tegen mijn moeder: zo'n dochter had ik ook wel gewild.", {"buurvrouw": "positive"}),
    ("Oma zegt dat ik de enige kleinzoon ben die nog op bezoek komt.", {"oma": "positive"}),
    ("Zonder mijn auto kan ik niet werken.", {}),
])
def test_more_ways_of_praise_and_blame(text, kinds):
    assert _kinds(text) == kinds


def test_without_the_speakers_own_thing_is_no_praise():
    assert _kinds("Mijn zus zegt: zonder mijn auto kan ik niet werken.") == {}


@pytest.mark.parametrize("text, kinds", [
    ("Mijn buurman geeft mij zijn sleutel als hij op vakantie gaat.", {"buurman": "positive"}),
    ("Mijn schoonmoeder laat mij haar bankzaken doen.", {"schoonmoeder": "positive"}),
    ("Mijn neef wil dat ik zijn getuige ben op zijn bruiloft.", {"neef": "positive"}),
    ("De buren vragen mij altijd om op hun huis te passen.", {"buren": "positive"}),
    ("Mijn vriendin neemt mij als voorbeeld.", {"vriendin": "positive"}),
    ("Mijn zoon heeft een werkstuk over mij gemaakt.", {"zoon": "positive"}),
    ("Mijn broer zegt dat hij het nooit zo lang had volgehouden.", {"broer": "positive"}),
    ("Mijn vader zei dat hij het niet beter had kunnen doen.", {"vader": "positive"}),
    # the client trusting others is her trust, not their view of her
    ("Ik geef mijn buurvrouw mijn sleutel als ik weg ben.", {}),
    ("Ik laat mijn zus mijn bankzaken doen.", {}),
])
def test_implicit_appreciation_trust_roles_example(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Mijn tante zegt dat ik een groot hart heb.", {"tante": "positive"}),
    ("Mijn oom zegt dat ik het in me heb.", {"oom": "positive"}),
    ("Mijn zus heeft een groot hart.", {}),  # the client's word of her sister
])
def test_a_big_heart_and_having_it_in_her(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, holders", [
    ("Mijn neef regelt mijn post, daar is hij goed in.", set()),
    ("Mijn man doet alles voor ons, hij is geweldig.", set()),
    ("Mijn moeder zegt dat ik het goed doe.", {"moeder"}),
])
def test_the_clients_praise_of_someone_after_a_comma_is_no_view_of_her(text, holders):
    r = extract(text, ["positive_opinion"], "Wat zeggen anderen over jou als je er niet bij bent?")
    assert {r.mentions[o.holder].label for o in r.opinions if o.kind == "positive"} == holders


@pytest.mark.parametrize("text, kinds", [
    ("Mijn schoonzus roddelt over me.", {"schoonzus": "tension"}),
    ("Mijn broer maakt me zwart bij de familie.", {"broer": "tension"}),
    # behind her back can be praise all the same
    ("Mijn buurman zegt achter mijn rug dat ik de beste buurvrouw ben.", {"buurman": "positive"}),
])
def test_gossip_is_a_reproach(text, kinds):
    assert _kinds(text) == kinds


def test_not_having_to_carry_it_alone_is_leave_to_ask():
    assert _kinds("Mijn zus zegt dat ik niet alles alleen hoef te dragen.") == {"zus": "positive"}
