"""Taking the client's side against a reproach made before: "Mijn broer zegt dat ik lui ben. Mijn zus zegt dat
dat niet klopt." The one who says the reproach is wrong holds a positive opinion; the one who made it, a tension."""

from __future__ import annotations

import pytest

from quez.extraction import Referent, extract
from tests.extraction.holders import holder_label


def _kinds(text: str) -> dict[str, str]:
    result = extract(text, ["persons"])
    return {result.mentions[o.holder].name or result.mentions[o.holder].relation: o.kind
            for o in result.opinions if o.kind in ("positive", "tension")}


@pytest.mark.parametrize("text, kinds", [
    ("Mijn broer zegt dat ik lui ben. Mijn zus zegt dat dat niet klopt.", {"broer": "tension", "zus": "positive"}),
    ("Mijn broer zegt dat ik lui ben, maar mijn zus zegt: dat klopt niet.", {"broer": "tension", "zus": "positive"}),
    ("Mijn schoonvader vindt dat ik me aanstel. Maar Yvonne zegt dat hij ongelijk heeft.",
     {"schoonvader": "tension", "Yvonne": "positive"}),
    ("Kees vindt dat ik het verpest heb. Mijn tante zegt dat hij ernaast zit.",
     {"Kees": "tension", "tante": "positive"}),
    ("Mijn schoonzus zegt dat ik mijn kinderen verwaarloos. Mijn moeder zegt: dat is onzin.",
     {"schoonzus": "tension", "moeder": "positive"}),
    ("Mijn schoonmoeder vindt dat ik te streng ben. Mijn man is het daar niet mee eens.",
     {"schoonmoeder": "tension", "man": "positive"}),
    ("Mijn broer zegt dat ik lui ben. Mijn zus zegt: negeer hem.",
     {"broer": "tension", "zus": "positive"}),
    ("Mijn schoonmoeder vindt dat ik lui ben. Mijn man zegt: let niet op haar.",
     {"schoonmoeder": "tension", "man": "positive"}),
    ("Mijn broers denken dat ik het verpest. Ilona zegt dat ze het mis hebben.",
     {"broers": "tension", "Ilona": "positive"}),
    ("Mijn ex vindt dat ik alles fout doe. Zijn zus Wendy zegt: dat is onzin.", {"ex": "tension", "Wendy": "positive"}),
    ("Mijn tante denkt dat ik iets fout heb gedaan. Mijn oom zegt dat het niet waar is.",
     {"tante": "tension", "oom": "positive"}),
    ("Mijn zwager vindt dat ik me aanstel. Ineke zegt dat hij er geen verstand van heeft.",
     {"zwager": "tension", "Ineke": "positive"}),
    ("Mijn zus vindt dat ik het verpest. Mijn moeder zegt dat ze jaloers is.",
     {"zus": "tension", "moeder": "positive"}),
    ("Mijn broer zegt dat ik lui ben. Mijn vader zei: ge spreekt ni zo over uw zus.",
     {"broer": "tension", "vader": "positive"}),
])
def test_saying_a_reproach_before_is_wrong_takes_the_clients_side(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text", [
    "Mijn zus zegt dat het niet klopt met de toeslagen.",  # no reproach before: about something else
    "Mijn ex denkt dat ADHD onzin is.",  # the reproach itself
    "Mijn broer zegt dat ik lui ben. Hij zegt ook dat het niet klopt met mijn geld.",  # the same person
])
def test_without_someone_elses_reproach_before_it_no_side_is_taken(text):
    assert "positive" not in _kinds(text).values()


def test_leave_to_be_weak_is_no_reproach():
    assert _kinds("Ayten zegt: je bent dertig jaar sterk geweest, nu mag je even zwak zijn.") == {"Ayten": "positive"}
    assert _kinds("Bij Naomi mag ik janken. Ze is mijn rots.") == {}


def test_disagreeing_with_praise_just_before_is_a_tension():
    assert _kinds("Mijn zus vindt dat ik het goed doe. Mijn broer denkt er anders over.") == \
        {"zus": "positive", "broer": "tension"}
    assert _kinds("Mijn broer vindt dat ik lui ben. Mijn zus denkt er anders over.") == \
        {"broer": "tension", "zus": "positive"}


@pytest.mark.parametrize("text, kinds", [
    ("Kim zegt dat ik alles kapot heb gemaakt. Maar Jayden zei: pap, jij bent niet de schuldige.",
     {"Kim": "tension", "Jayden": "positive"}),
    ("Truus zegt dat ik de sleutels expres kwijtmaak. Gert zegt dan: ma, het is de ziekte, niet jij.",
     {"Truus": "tension", "Gert": "positive"}),
])
def test_taking_her_side_against_blame(text, kinds):
    assert _kinds(text) == kinds


def test_feeling_guilty_is_no_blame_but_the_guilty_one_is():
    assert _kinds("Sara zegt dat mantelzorgers zich vaak schuldig voelen.") == {}
    assert _kinds("Mijn schoonmoeder zoekt een schuldige, en dat ben ik.") == {"schoonmoeder": "tension"}


@pytest.mark.parametrize("text, kinds", [
    ("Mijn vader vindt dat ik te veel uitgeef. Mijn zus Carla zegt dat hij overdrijft.",
     {"vader": "tension", "Carla": "positive"}),
    ("Mijn schoonmoeder zegt dat ik lui ben. Mijn man zegt dat ze haar mond moet houden.",
     {"schoonmoeder": "tension", "man": "positive"}),
    ("Oom Piet denkt dat ik het verpest. Tante Nel zegt: laat hem maar kletsen.",
     {"Piet": "tension", "Nel": "positive"}),
    ("Mijn moeder vindt dat ik te streng ben. Mijn broer zegt dat ze ouderwets is.",
     {"moeder": "tension", "broer": "positive"}),
    ("Tante Ans zegt dat ik teveel klaag. Mijn nicht Lies zegt: trek je er niks van aan.",
     {"Ans": "tension", "Lies": "positive"}),
    ("Mijn buurman vindt dat ik de kinderen verwaarloos. Greet zegt dat ik me daar niks van aan moet trekken.",
     {"buurman": "tension", "Greet": "positive"}),
    ("Mijn schoonzus vindt dat ik overdrijf. Mijn vriendin Sanne zegt dat zij overdrijft.",
     {"schoonzus": "tension", "Sanne": "positive"}),
    ("Mijn ex zegt dat ik een slechte moeder ben. Mijn zus zegt dan: laat haar met rust.",
     {"ex": "tension", "zus": "positive"}),
])
def test_defending_her_against_a_reproach_takes_her_side(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text", [
    "Mijn vriendin zegt dat haar moeder overdrijft.",  # no reproach before
    "Mijn moeder zegt dat ik het goed doe. Mijn vader zegt dat ze overdrijft.",  # against praise: no side
    "Mijn broer zegt dat ik lui ben. Mijn zus zegt dat je overdrijft.",  # "je" is whom it is said to
])
def test_defending_words_without_a_reproach_before_are_no_praise(text):
    assert "positive" not in {k: v for k, v in _kinds(text).items() if k != "moeder"}.values()


NO_BLAME = "Wie geeft jullie niet de schuld van het probleem?"


def _answer_kinds(text: str, question: str = NO_BLAME) -> dict[str, str]:
    result = extract(text, ["persons", "no_blame"], question)
    return {result.mentions[o.holder].name or result.mentions[o.holder].relation: o.kind
            for o in result.opinions if o.kind in ("positive", "tension", "negated")}


@pytest.mark.parametrize("text, kinds", [
    ("Merel niet, Caro niet, mijn moeder niet.", {"Merel": "positive", "Caro": "positive", "moeder": "positive"}),
    ("Mijn moeder niet.", {"moeder": "positive"}),
    ("Frits niet, en Evi niet. Maar mijn schoonzus vindt dat het mijn schuld is.",
     {"Frits": "positive", "Evi": "positive", "schoonzus": "tension"}),
    ("Mijn broer wel.", {"broer": "tension"}),
])
def test_asked_who_does_not_blame_her_a_bare_niet_agrees_and_wel_does_not(text, kinds):
    assert _answer_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Bompa ni, die zegt dat ik lui ben.", {"bompa": "tension"}),  # what follows says what they think
    ("Mijn zoon Kevin wel. Die zegt: pap, je kon er niks aan doen.", {"Kevin": "positive"}),
    # "wel" against a question that asks who does NOT blame her: the one who does, when nothing good follows
    ("Ons ma wel, die zegt da 'k altijd te groot wou doen met die zaak.", {"ma": "tension"}),
    ("Mijn zwager wel, die vindt dat ik te veel uitgeef.", {"zwager": "tension"}),
    ("Mijn zus wel, die zegt dat ik het goed doe.", {"zus": "positive"}),
])
def test_what_follows_niet_or_wel_decides(text, kinds):
    assert _answer_kinds(text) == kinds


def test_asked_without_a_negation_niet_is_no_praise():
    assert _answer_kinds("Mijn moeder niet.", "Wie snapt waar je mee worstelt?") != {"moeder": "positive"}


@pytest.mark.parametrize("text, kinds", [
    ("Mijn buurman Wim. Mijn broer probeert het wel, maar hij weet niet hoe het is.", {"Wim": "positive"}),
    ("Kim probeerde het wel, maar die had zelf te veel aan haar hoofd. En Sven.", {"Sven": "positive"}),
    ("Mijn zus probeert me altijd te helpen, maar ze woont ver.", {"zus": "positive"}),  # no "wel": she does
    ("Mijn buurman Wim. Mijn broer probeert het, maar hij is er nooit.", {"Wim": "positive"}),
    ("Mijn broer weet niet hoe het is.", {"broer": "negated"}),  # "weet hoe het is" with "niet" inside
    ("Mijn broer weet precies hoe het is.", {"broer": "positive"}),
])
def test_who_only_tries_wel_maar_does_not_answer_the_question(text, kinds):
    result = extract(text, ["persons", "understanding"], "Wie snapt waar je mee worstelt?")
    assert {result.mentions[o.holder].name or result.mentions[o.holder].relation: o.kind
            for o in result.opinions if o.kind in ("positive", "negated")} == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Mijn zus zegt dat mijn moeder overdrijft en dat ik juist sterk ben.", {"zus": "positive"}),
    ("Mijn zus zegt dat Piet zeurt en dat ik het goed doe.", {"zus": "positive"}),
    ("Mijn schoonmoeder zegt dat Kees lui is.", {}),  # a reproach of Kees, not of the client
    ("Mijn moeder vindt dat ik lui ben.", {"moeder": "tension"}),
    ("Mijn schoonvader vertelde dat Ria trots op me is.", {"Ria": "positive"}),
])
def test_a_reproach_of_someone_else_in_what_is_said_is_not_one_of_her(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Nani zegt: beta, jij bent niet slecht, de gokkast is slecht.", {"nani": "positive"}),
    ("Mijn zus zegt dat het systeem slecht is.", {}),
    ("Mijn zus zegt dat ik slecht ben.", {"zus": "tension"}),
    ("Mijn zus zegt: het is jouw schuld.", {"zus": "tension"}),
])
def test_a_thing_said_to_be_bad_is_no_reproach_of_her(text, kinds):
    assert _kinds(text) == kinds


def test_a_bare_wel_to_a_negative_question_is_a_tension_not_the_question_s_stance():
    result = extract("Merel niet. Mijn broer Ruud wel.", ["persons", "no_blame"], NO_BLAME)
    assert [(result.mentions[o.holder].name, o.kind, o.stance) for o in result.opinions] == \
        [("Merel", "positive", "no_blame"), ("Ruud", "tension", "tension")]


@pytest.mark.parametrize("text, holder", [
    ("Mijn zus zegt dat het de schuld is van mijn ex, niet van mij.", "zus"),  # the one blamed is named in the cue
    ("Mijn zus zegt dat het de schuld van die Marco is.", "zus"),
    ("Mijn zus zegt dat het niet aan ons ligt.", "zus"),
])
def test_blame_put_elsewhere_is_no_blame_of_her(text, holder):
    result = extract(text, ["context"], "Hoe gaat het op dit moment met je?")
    assert {(result.mentions[o.holder].relation, o.kind, o.stance) for o in result.opinions if o.kind != "neutral"} \
        == {(holder, "positive", "no_blame")}


def test_a_reproach_denied_is_no_blame():
    result = extract("Mijn zus zegt dat ik niet lui ben.", ["context"], "Hoe gaat het op dit moment met je?")
    assert [(o.kind, o.stance) for o in result.opinions] == [("positive", "no_blame")]


@pytest.mark.parametrize("text, other", [
    ("Die vindt dat ik het verpest heb. Maar zijn broer Henk zei: jij hebt dat huis overeind gehouden.", "Henk"),
    ("Die vindt dat ik het verpest heb. Zijn broer Henk zei tegen hem: laat haar toch, ze heeft dat huis gered.",
     "Henk"),
])
def test_asked_about_someone_who_blames_her_another_who_speaks_up_is_on_her_side(text, other):
    from quez.extraction import Referent

    result = extract(text, [], "Hoe kijkt {persoon} naar wat er gebeurd is?", about=Referent("Kees", "zwager"))
    kinds = {holder_label(result, o): o.kind for o in result.opinions if o.kind in ("positive", "tension")}
    assert kinds == {"ABOUT": "tension", other: "positive"}


def test_plain_words_after_a_reproach_are_no_praise_when_they_deny_or_pass_on():
    from quez.extraction import Referent

    for text in ["Die vindt dat ik het verpest heb. Maar zijn vrouw zegt daar niks over.",
                 "Die vindt dat ik het verpest heb. Maar zijn vrouw zegt dat hij dat tegen iedereen zegt."]:
        result = extract(text, [], "Hoe kijkt {persoon} naar wat er gebeurd is?", about=Referent("Kees", "zwager"))
        assert not [o for o in result.opinions if o.kind == "positive"], text


@pytest.mark.parametrize("text", [
    "Hij zegt dat ik de andere kinderen voortrek. Mijn dochter zegt dat het niet waar is.",
    "Hij denkt dat ik het mezelf aanpraat. Mijn schoonvader zegt dan: laat hem toch praten.",
    "Die vindt dat ik mijn baan op het spel zet. Maar mijn zus Kim zegt dat hij gewoon ouderwets is.",
])
def test_asked_about_someone_whose_plain_words_another_contradicts_those_words_were_a_reproach(text):
    result = extract(text, [], "Wat zegt {persoon} erover?", about=Referent("Youssef", "broer"),
                     about_stance="positive_opinion")
    kinds = {holder_label(result, o): o.kind for o in result.opinions if o.kind in ("positive", "tension")}
    assert kinds.pop("ABOUT") == "tension"
    assert list(kinds.values()) == ["positive"]


def test_contradicting_someone_who_tells_everyone_about_her_is_no_side_taken_against_him():
    text = "Hij vertelt aan iedereen op de markt dat zijn dochter de zaak draait. Mijn moeder zegt: hou toch op."
    result = extract(text, [], "Wat zegt {persoon} erover?", about=Referent("Jan", "vader"),
                     about_stance="positive_opinion")
    assert "ABOUT" not in {holder_label(result, o) for o in result.opinions if o.kind == "tension"}


def test_contradicting_someone_else_in_between_leaves_the_person_asked_about_alone():
    text = ("Ze zegt dat ik niet snap hoe wij het allemaal plannen. Mijn schoonzus Greet zegt dat ik Joop tegen Ria "
            "opzet. Maar Joop zegt dat het niet waar is.")
    result = extract(text, [], "Wat zegt {persoon} erover?", about=Referent("Ria", "zus"))
    assert "ABOUT" not in {holder_label(result, o) for o in result.opinions if o.kind == "tension"}


@pytest.mark.parametrize("text, kinds", [
    ("Mohamed zegt dat het een schande is.", {"Mohamed": "tension"}),
    ("Mijn moeder vindt het een schande dat ik hulp vraag.", {"moeder": "tension"}),
    ("Mijn vader zegt dat ik de familie te schande maak.", {"vader": "tension"}),
    # no shame, in Dutch and in dialect, is on her side
    ("Mijn zus zegt dat het geen schande is.", {"zus": "positive"}),
    ("Dokter Smid, dij zegt dat der gain schande aan is.", {"Smid": "positive"}),
    ("Hij zei: Harm, dat is gien schande. Mijn broer Klaas ook.", {"Klaas": "positive"}),
])
def test_a_disgrace_is_a_reproach_and_no_disgrace_takes_her_side(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("De pastoor zei da ge u ni moet schamen om hulp te vragen.", {"pastoor": "positive"}),
    ("De mannen van de groep zeggen allemaal: alleen red je het niet.", {"mannen": "positive"}),
    # not managing, said of her: a reproach still
    ("Mijn broer zegt dat ik het alleen niet red.", {"broer": "tension"}),
])
def test_no_shame_in_asking_and_nobody_manages_alone_is_on_her_side(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Mijn vader zegt dat ik lui ben. Mijn moeder zegt: luister niet naar hem.", {"vader": "tension",
                                                                                  "moeder": "positive"}),
    ("Zijn broer Jurgen zegt tegen mij: laat ze praten, jij bent niet gek.", {"Jurgen": "positive"}),
    ("Mijn zus zegt dat ik niet gek ben.", {"zus": "positive"}),
])
def test_not_listening_to_who_reproached_her_and_not_mad_take_her_side(text, kinds):
    assert _kinds(text) == kinds


def test_knowing_better_than_a_reproach_before_takes_her_side():
    assert _kinds("Kevin zegt dat alles mijn schuld is. Maar zijn moeder zegt: Nathalie, ik weet wel beter.") == {
        "Kevin": "tension", "moeder": "positive"}
    assert _kinds("Zijn moeder zegt: ik weet wel beter.") == {}  # nothing before it to know better than


def test_what_is_said_instead_of_a_denied_reproach_is_read_without_the_denial():
    r = extract("Janneke zegt niet dat ik moet stoppen, maar: mam, je doet het goed.", ["context"])
    assert [(r.mentions[o.holder].label, o.kind) for o in r.opinions] == [("Janneke", "positive")]
    r = extract("Janneke zegt nooit dat ik het goed doe, maar dat ik moet stoppen.", ["context"])
    assert [o.kind for o in r.opinions] != ["positive"]
