"""What the question asks decides what an answer's plain words mean."""

from __future__ import annotations

import pytest

from quez.extraction import extract

ACHIEVED = ("Wat is je de laatste tijd gelukt, ook als het iets kleins was?", ["strength"])
GOOD_AT = ("Waar ben je goed in, waar anderen iets aan hebben?", ["strength", "reciprocity"])
FEELING = ("Hoe gaat het op dit moment met je?", ["context", "feeling"])


def _positive(text: str, question: tuple[str, list[str]]) -> dict[str, str | None]:
    result = extract(text, question[1], question[0])
    return {(result.mentions[o.holder].name or result.mentions[o.holder].relation): o.stance
            for o in result.opinions if o.kind == "positive"}


@pytest.mark.parametrize("text, holders", [
    ("Ik heb de aangifte zelf gedaan. De man van de belastingtelefoon zei dat hij dat zelden meemaakt.", {"man"}),
    ("Mijn fietsenwinkel draait weer. Wendy zei: jij hebt er weer zin in, dat zie ik.", {"Wendy"}),
    ("Ik ben naar de sportschool gegaan. Mijn buurman Kees zegt dat ik nu twee rondjes loop.", {"Kees"}),
    # no word of praise and no negation needed; a negated one is no recognition
    ("Ik heb het huis opgeruimd. Mijn dochter zei niet eens dank je.", set()),
    ("Ik heb de brief zelf geschreven. Mijn broer weet het nog niet.", set()),
    # a tension stays a tension
    ("Ik heb de aanmaning betaald. Mijn ex zei dat ik dat veel eerder had moeten doen.", set()),
])
def test_asked_what_she_achieved_what_someone_said_of_it_is_recognition(text, holders):
    found = _positive(text, ACHIEVED)
    assert set(found) == holders
    assert all(stance == "does_well" for stance in found.values())


def test_asked_what_she_is_good_at_too():
    text = "Taarten bakken. Ilse van de overkant zegt dat mijn appeltaart op elk feest als eerste op is."
    assert set(_positive(text, GOOD_AT)) == {"Ilse"}


def test_a_question_that_asks_no_strength_gives_plain_words_no_praise():
    assert _positive("Moe. Mijn buurman Kees zegt dat ik nu twee rondjes loop.", FEELING) == {}


@pytest.mark.parametrize("text, about, known", [
    ("Nimmi zegt dat ik het goed doe met de kinderen.", True, ()),  # a pet name the lists don't know
    ("Kızım zegt: anne, jij doet het goed, kom bij ons wonen.", True, ()),  # a word from home
    ("Sandra zegt dat ik het goed doe met de kinderen.", False, ()),  # a first name: someone else
    ("Dat ik het volhoud. Nimmi zegt dat ook.", False, ()),  # not opening the answer
    ("Wieke zegt dat ik het goed doe.", False, ("Wieke",)),  # a name the conversation knows
])
def test_a_follow_up_answer_that_opens_with_another_name_for_them(text, about, known):
    from quez.extraction import Referent
    from quez.extraction.opinions import ABOUT

    result = extract(text, [], "Wat zegt {persoon} over jou?", about=Referent("Nirmala", "zus"),
                     known=[Referent(k, None) for k in known])
    assert any(m.name == "Nirmala" for m in result.mentions) == about
    holders = {o.holder for o in result.opinions if o.kind == "positive"}
    assert ABOUT in holders if about else any(h >= 0 for h in holders)  # the other name holds its own


WHO_PROUD = ("Wie is er trots op je?", ["persons", "positive_opinion"])


@pytest.mark.parametrize("text, expected", [
    # named in answer to the question, with "ons"/"mijn" before or "zelf" after: still only named
    ("Ons Sofie. En de kleine Wannes, die zei in de klas: mijne bompa is een echte held.", {"Sofie", "Wannes"}),
    ("Onze Ellen. En Wouter, die zegt dat ik een rots ben.", {"Ellen", "Wouter"}),
    ("Marien zelf. En Joke zei dat ik het knap doe.", {"Marien", "Joke"}),
    # the name only owns the one who speaks ("Krijn z'n vrouw"), though named again later
    ("Ons Krijn z'n vrouw, Lianne. Die zegt dat ik het beter doe dan de thuiszorg. Krijn zelf zegt niks.",
     {"Lianne"}),
])
def test_named_in_answer_to_who_is_proud(text, expected):
    from tests.extraction.holders import holders

    assert holders(extract(text, WHO_PROUD[1], WHO_PROUD[0])) == expected


@pytest.mark.parametrize("text, expected", [
    # who tells what someone else says is a messenger, past an apposition or a "van" phrase too
    ("Ons Stijn. Hanneke van de zorgboerderij vertelde da hij tegen iedereen zegt: mijn moeder is de baas.",
     {"Stijn"}),
    ("Kevin. Sharon, zijn vrouw, vertelde dat hij tegen zijn vrienden zegt: zonder mijn vader was er niks.",
     {"Kevin"}),
    # telling her own view, she holds it
    ("Karin, mijn zus, vertelde dat ik het goed doe.", {"Karin"}),
    ("Karin van de overkant vertelde dat ik een doorzetter ben.", {"Karin"}),
])
def test_a_messenger_named_with_an_apposition_holds_nothing(text, expected):
    from tests.extraction.holders import holders

    assert holders(extract(text, WHO_PROUD[1], WHO_PROUD[0])) == expected


@pytest.mark.parametrize("text, question, expected", [
    ("Dat ik altijd op tijd ben. En zijn vrouw Joke zegt dat ik een echte gentleman ben.",
     "Wat vindt {persoon} dat je goed doet?", {"ABOUT", "Joke"}),
    ("Ze heeft een taartje gekocht. Haar zoon Tim zei: tante, jij bent een badass.",
     "Wat vindt {persoon} dat je goed doet?", {"ABOUT", "Tim"}),
    # not what is no praise, not passed on, not when the question asks no stance
    ("Dat ik altijd op tijd ben. En zijn vrouw Joke zegt dat ik te streng ben.",
     "Wat vindt {persoon} dat je goed doet?", {"ABOUT"}),
    ("Dat ik altijd op tijd ben. Zijn vrouw Joke zegt dat ik nooit thuis ben.",
     "Wat vindt {persoon} dat je goed doet?", {"ABOUT"}),
    ("Dat ik altijd op tijd ben. Mijn man hoorde haar zeggen dat ik een gouden dochter ben.",
     "Wat vindt {persoon} dat je goed doet?", {"ABOUT"}),
    ("Hij lacht veel. Zijn vrouw Joke zegt dat ik een echte gentleman ben.", "Hoe kijkt {persoon} naar je?",
     set()),
])
def test_asked_what_someone_thinks_she_does_well_anothers_words_of_what_she_is(text, question, expected):
    from quez.extraction import Referent
    from tests.extraction.holders import holders

    found = extract(text, [], question, about=Referent("Henk", "buurman"), about_stance="does_well")
    assert holders(found) == expected


@pytest.mark.parametrize("text, about, expected", [
    # their relation unknown: the answer opening with a relation word speaking calls them by it
    ("Mijn zoon zou zeggen: een harde werker, een vader die nooit klaagt.", ("Yassin", None), ("Yassin", "ABOUT")),
    ("Opa zou zeggen dat ik een pittige tante ben.", ("Van Dijk", None), ("Van Dijk", "ABOUT")),
    ("Mijn zus? Die zegt: Kwame, jij bent sterk.", ("Akosua", None), ("Akosua", "ABOUT")),  # the question echoed
    # "mijn jongen" is her son
    ("Mijn jongen zegt: mem, jij hebt het verdiend.", ("Jelle", "zoon"), ("Jelle", "ABOUT")),
    # known as someone else, or not opening the answer: another person
    ("Mijn zoon zou zeggen: een harde werker.", ("Yassin", "buurman"), (None, "zoon")),
    ("Gisteren zei mijn zoon dat ik een held ben.", ("Yassin", None), (None, "zoon")),
    # someone of theirs: "haar vriend", "zijn moeder" is not them
    ("Haar vriend zegt dat ik een held ben.", ("Kelly", None), (None, "vriend")),
    ("Zijn moeder zou zeggen: jij bent sterk.", ("Yassin", None), (None, "moeder")),
])
def test_a_follow_up_answer_that_opens_with_a_relation_word_for_them(text, about, expected):
    from quez.extraction import Referent
    from tests.extraction.holders import holders

    found = extract(text, [], "Wat zou {persoon} zeggen?", about=Referent(*about), about_stance="positive_opinion")
    assert [m.name for m in found.mentions] == [expected[0]]
    assert holders(found) == {expected[1]}
