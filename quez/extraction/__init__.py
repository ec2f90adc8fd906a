"""Persons and opinions from Dutch answers: rule-based, offline, no textual.

``extract(text, elicits, question_text, about)`` → :class:`Extraction`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from quez.extraction.discourse import Referent

__all__ = ["VERSION", "Extraction", "Referent", "extract"]

#: bump when the rules change: cached extractions of older versions are redone
VERSION = 242


@dataclass(frozen=True)
class Extraction:
    mentions: tuple = ()
    opinions: tuple = ()
    version: int = VERSION
    extra: dict = field(default_factory=dict)

    @property
    def client_names(self) -> tuple[str, ...]:
        """Names the answer calls the client by ("Ronnie, jij bent mijn beste man")."""
        return tuple(self.extra.get("client_names", ()))

    def to_dict(self) -> dict:
        return {"v": self.version, "m": [m.to_dict() for m in self.mentions],
                "o": [o.to_dict() for o in self.opinions], "n": list(self.client_names)}

    @classmethod
    def from_dict(cls, data: dict) -> Extraction:
        from quez.extraction.opinions import Opinion
        from quez.extraction.persons import PersonMention

        return cls(tuple(PersonMention(**m) for m in data.get("m", ())),
                   tuple(Opinion(**o) for o in data.get("o", ())), data.get("v", 0),
                   {"client_names": list(data.get("n", ()))})


def extract(text: str, elicits: Sequence[str] = (), question_text: str = "", about: bool | Referent = False,
            about_stance: str | None = None, known: Sequence[Referent] = ()) -> Extraction:
    """Persons and opinions in one answer.

    ``elicits``: what the question asks for (the bank's words); ``question_text``
    is read for a stance when ``about`` is given (a follow-up asked about one
    person, whose opinions then have holder :data:`~quez.extraction.opinions.ABOUT`);
    ``about`` is that person as a :class:`Referent` (name, relation) when known, so that
    "zij", "mijn zus" or "joyce" in the answer are recognised as them; ``about_stance``
    is the stance to assume when the question's words show none. ``known`` are persons
    the conversation named before (their names are recognised in lower case too).
    """
    from quez.extraction.cues import stance_of_question
    from quez.extraction.lexicon import fold, without_title
    from quez.extraction.mention import Setting
    from quez.extraction.opinions import OPINION_ELICITS, find_opinions
    from quez.extraction.persons import find_persons
    from quez.extraction.tokens import tokenize

    if not text or not text.strip():
        return Extraction()
    about_ref = about if isinstance(about, Referent) else None
    names = frozenset(fold(p.name) for p in (*known, *([about_ref] if about_ref else [])) if p.name)
    tokens = tokenize(text)
    setting = Setting(text, names, frozenset({about_ref.stem} if about_ref and about_ref.stem else ()),
                      {fold(p.name): p.stem for p in known if p.name and p.stem}, bool(about))
    mentions = _short_for_known(find_persons(tokens, setting), [p for p in known if p.name and p != about_ref])
    mentions = _as_known(tokens, mentions, about_ref, frozenset(fold(p.name) for p in known if p.name))
    stance = None
    if about:
        stance = (stance_of_question(question_text) or next((e for e in OPINION_ELICITS if e in elicits), None)
                  or about_stance)
    called = list(dict.fromkeys(without_title(n) for n in setting.called))  # "madame Katrien" is Katrien
    opinions = find_opinions(text, tokens, mentions, tuple(elicits), stance, bool(about), about_ref,
                             setting.cue_hits(tokens), frozenset(fold(n) for n in called), question_text)
    extra = {"client_names": called} if called else {}
    return Extraction(tuple(mentions), tuple(opinions), extra=extra)


def _short_for_known(mentions: list, known: Sequence[Referent]) -> list:
    """"Pris" when the conversation knows Priscilla, "Kris" when it knows Kristien: a name the conversation has not
    used that is a short or other form of exactly one name it knows is that person (as a follow-up's "Es" is
    Esther); not a name of the other sex, not a name that is itself known, not two known names it could be."""
    from dataclasses import replace

    from quez.extraction.lexicon import fold, of_two_sexes, short_form_of

    folded = {fold(p.name or "") for p in known}
    result = []
    for m in mentions:
        full = {p.name for p in known if m.name and fold(m.name) not in folded
                and short_form_of(m.name, p.name or "") and not of_two_sexes(m.name, p.name or "")}
        result.append(replace(m, name=full.pop(), alias=m.name) if len(full) == 1 else m)
    return result


def _as_known(tokens, mentions: list, about_ref: Referent | None, known: frozenset[str] = frozenset()) -> list:
    """"mijn broer" in a follow-up about Bram, her broer, is Bram; so are "bram", "Brammetje" and "Bramm", and a
    name the lists don't know that opens the answer speaking ("Brammie zegt ..."). ``known``: folded names the
    conversation knows."""
    from dataclasses import replace

    from quez.extraction.discourse import names_someone

    if about_ref is None or not about_ref.name:
        return mentions
    found = [replace(m, name=about_ref.name)
             if (not m.name and (about_ref.is_mentioned_by(m) or _same_professional(tokens, about_ref, m, mentions))
                 and names_someone(tokens, m, True))
             or (m.name and about_ref.is_written_as(m.name)) else m
             for m in mentions]
    if any(m.name == about_ref.name for m in found):
        return found
    first = min(found, key=lambda m: m.first, default=None)
    if first is not None and (_their_other_name(tokens, first, known) or _their_role(tokens, first, about_ref)):
        found = [replace(m, name=about_ref.name) if m is first else m for m in found]
    return found


#: what the person asked about does first in an answer about them: "Nimmi zegt ...", "Abba zou zeggen ..."
_OPENING_VERBS = frozenset("zegt zei vindt vond denkt dacht zou zal belt belde vraagt vroeg stuurt stuurde appt appte "
                           "ziet zag weet noemt noemde heeft had kwam komt snapt begrijpt".split())


def _their_other_name(tokens, m, known: frozenset[str]) -> bool:
    """Asked about Nirmala, an answer that opens with "Nimmi zegt ..." calls her by a name the lists don't know
    (a pet name, "Abba", "Kızım"): the one who opens the answer, speaking, is the person asked about; not a
    first name the lists know ("Sandra zegt ...": someone else) or a name the conversation knows."""
    from quez.extraction.lexicon import fold
    from quez.extraction.namelists import is_first_name

    if not m.name or m.relation or m.possessor or fold(m.name) in known:
        return False
    if any(t.is_word for t in tokens[: m.first]):
        return False  # not "Dat ik het volhoud. Nimmi zegt dat ook.": someone else, too
    return _opens_speaking(tokens, m) and not is_first_name(m.name.split()[0])


def _their_role(tokens, m, about_ref: Referent) -> bool:
    """Asked about Van Dijk, whose relation to her the conversation does not know, an answer that opens with a
    relation word speaking ("Opa zou zeggen ...", "Mijn jongen zegt ...", "Pendeta zegt ...") calls them by it;
    not when their relation is known (then "Mijn zus zegt ..." is someone else)."""
    from quez.extraction.lexicon import DETERMINERS_OTHER, DETERMINERS_OWN, DETERMINERS_PLAIN

    if about_ref.stem or m.name or m.plural or m.qualifier or not m.relation:
        return False
    if tokens[m.first].lower in DETERMINERS_OTHER - {"je", "jouw", "uw", "uwen"}:
        return False  # "Haar vriend zegt ...": someone of theirs, not them
    if any(t.is_word and t.lower not in DETERMINERS_OWN | DETERMINERS_PLAIN for t in tokens[: m.first]):
        return False
    return _opens_speaking(tokens, m)


def _opens_speaking(tokens, m) -> bool:
    """Mention ``m`` speaks right after it ("Nimmi zegt", "Opa zou zeggen"), or after the worker's question echoed
    ("Mijn zus? Die zegt ...", "Abba? Hij zou zeggen ...")."""
    after = [tokens[j].lower for j in range(m.last + 1, min(m.last + 4, len(tokens)))] + ["", "", ""]
    return after[0] in _OPENING_VERBS or after[0] == "?" and after[1] in _ECHO_SUBJECTS and after[2] in _OPENING_VERBS


_ECHO_SUBJECTS = frozenset("die ze zij hij ie".split())


def _same_professional(tokens, about_ref, m, mentions) -> bool:
    """Asked about Smit, "huisarts": "de dokter zei" or "dokter zegt" is her, when no other professional is named
    in the answer (not "mijn advocaat": the client's own; not "met de deurwaarder": someone she deals with)."""
    from quez.extraction.discourse import PREPOSITIONS
    from quez.extraction.lexicon import relation_info

    info = relation_info(about_ref.stem) if about_ref.stem else None
    if info is None or info[1] != "professionals" or m.category != "professionals" or m.plural or not m.own:
        return False
    if tokens[m.first].lower not in ("de", "den", m.relation) \
            or m.first > 0 and tokens[m.first - 1].lower in PREPOSITIONS:
        return False
    return sum(1 for x in mentions if x.category == "professionals") == 1
