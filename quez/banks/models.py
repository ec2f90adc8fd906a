"""Pydantic models of a question bank.

A bank file is TOML with one ``[bank]`` table (metadata) and an ordered
array of ``[[phases]]``, each holding an ordered array of
``[[phases.questions]]``. See ``docs/bank-format.md`` for the full format.
"""

from __future__ import annotations

import string
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StrictInt, model_validator

from quez.banks.referring import PLACEHOLDERS, fill

QuestionKind = Literal["open", "persons", "scale", "choice", "yesno", "ties"]
QUESTION_KINDS: tuple[str, ...] = QuestionKind.__args__  # type: ignore[attr-defined]

#: What a question is meant to bring up. The summary uses these to give the
#: persons named in an answer a role ("begrijpt waar je mee worstelt", ...).
Elicit = Literal[
    "persons",  # names people
    "understanding",  # someone understands what the client struggles with
    "no_blame",  # someone does not blame the client
    "help_ok",  # someone thinks asking for help is good
    "does_well",  # someone thinks the client does well
    "respect",  # someone respects how the client perseveres
    "positive_opinion",  # any other good thing someone thinks of the client
    "strength",  # what the client is good at, succeeds in
    "helps_others",  # situations where the client helps or means something to others
    "support_practical",  # who helps with practical things
    "support_emotional",  # who is there to talk to, for comfort
    "support_company",  # who the client spends time with, does things with
    "support_advice",  # who the client asks for advice, who thinks along
    "reciprocity",  # what the client could give back
    "closeness",  # how close someone is
    "tension",  # strained relations
    "wish",  # what the client wants or hopes for
    "feeling",  # how the client feels about something
    "context",  # general situation
]
ELICITS: tuple[str, ...] = Elicit.__args__  # type: ignore[attr-defined]

#: Placeholders a follow-up ("doorvraag") may use (see :mod:`quez.banks.referring`).
FOLLOW_UP_PLACEHOLDERS = frozenset(PLACEHOLDERS)

_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


#: a scale the worker can still read out and the client can still choose on
SCALE_LIMIT, SCALE_STEPS = 1000, 100


class Scale(_Strict):
    min: StrictInt = Field(default=1, ge=-SCALE_LIMIT, le=SCALE_LIMIT)
    max: StrictInt = Field(default=10, ge=-SCALE_LIMIT, le=SCALE_LIMIT)
    low_label: str = ""
    high_label: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> Scale:
        if self.max <= self.min:
            raise ValueError(f"max ({self.max}) moet groter zijn dan min ({self.min})")
        if self.max - self.min > SCALE_STEPS:
            raise ValueError(f"een schaal van {self.min} tot {self.max} is te lang; "
                             f"hooguit {SCALE_STEPS} stappen (bijvoorbeeld 0 tot 10)")
        return self


class Question(_Strict):
    id: str = Field(pattern=_ID_PATTERN, max_length=80)
    text: str = Field(min_length=1)
    kind: QuestionKind = "open"
    elicits: tuple[Elicit, ...] = ()
    hint: str | None = None
    follow_ups: tuple[str, ...] = ()
    options: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    scale: Scale | None = None

    @property
    def effective_scale(self) -> Scale:
        return self.scale or Scale()

    def follow_up_for(self, template: str, person: str, relation: str | None = None) -> str:
        """The follow-up for a named person, worded with what is known of them."""
        return fill(template, person, relation)


class Phase(_Strict):
    id: str = Field(pattern=_ID_PATTERN, max_length=80)
    title: str = Field(min_length=1)
    intro: str | None = None
    questions: tuple[Question, ...] = Field(min_length=1)


class BankMeta(_Strict):
    id: str = Field(pattern=_ID_PATTERN, max_length=80)
    title: str = Field(min_length=1)
    language: str = "nl"
    version: str = Field(min_length=1)
    description: str = ""
    source: str = Field(default="Eigen vragenbank", min_length=1)  # a worker's own bank needs none
    authors: tuple[str, ...] = ()
    estimated_minutes: StrictInt | None = Field(default=None, ge=1, le=600)


Origin = Literal["bundled", "user", "extra"]


class Bank(_Strict):
    bank: BankMeta
    phases: tuple[Phase, ...] = Field(min_length=1)

    _path: Path | None = PrivateAttr(default=None)
    _origin: Origin = PrivateAttr(default="extra")
    _overrides: Path | None = PrivateAttr(default=None)

    # -- where it came from -------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def origin(self) -> Origin:
        return self._origin

    @property
    def overrides(self) -> Path | None:
        """Path of the bank with the same id this one replaces, if any."""
        return self._overrides

    def located(self, path: Path | None, origin: Origin) -> Bank:
        self._path = path
        self._origin = origin
        return self

    # -- convenience ---------------------------------------------------------
    @property
    def id(self) -> str:
        return self.bank.id

    @property
    def title(self) -> str:
        return self.bank.title

    @property
    def version(self) -> str:
        return self.bank.version

    @property
    def questions(self) -> list[Question]:
        return [q for phase in self.phases for q in phase.questions]

    @property
    def question_count(self) -> int:
        return sum(len(p.questions) for p in self.phases)

    @property
    def estimated_minutes(self) -> int:
        """The bank's own estimate, else about three minutes a question."""
        return self.bank.estimated_minutes or max(5, round(self.question_count * 3))

    def question(self, question_id: str) -> Question | None:
        for q in self.questions:
            if q.id == question_id:
                return q
        return None

    def phase_of(self, question_id: str) -> Phase | None:
        for phase in self.phases:
            if any(q.id == question_id for q in phase.questions):
                return phase
        return None


def semantic_problems(bank: Bank) -> list[tuple[tuple[str | int, ...], str]]:
    """Problems pydantic's field validation can't see, each with its location."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
    seen_phase: dict[str, int] = {}
    seen_question: dict[str, tuple[int, int]] = {}
    for pi, phase in enumerate(bank.phases):
        if phase.id in seen_phase:
            problems.append(
                (
                    ("phases", pi, "id"),
                    f"fase-id '{phase.id}' komt twee keer voor (ook fase {seen_phase[phase.id] + 1}); "
                    "geef elke fase een eigen id",
                )
            )
        else:
            seen_phase[phase.id] = pi
        for qi, q in enumerate(phase.questions):
            loc: tuple[str | int, ...] = ("phases", pi, "questions", qi)
            if q.id in seen_question:
                fp, fq = seen_question[q.id]
                problems.append(
                    (
                        (*loc, "id"),
                        f"vraag-id '{q.id}' komt twee keer voor (ook fase {fp + 1}, vraag {fq + 1}); "
                        "geef elke vraag een eigen id",
                    )
                )
            else:
                seen_question[q.id] = (pi, qi)
            for fi, template in enumerate(q.follow_ups):
                problem = _placeholder_problem(template)
                if problem:
                    problems.append(((*loc, "follow_ups", fi), problem))
            if q.kind == "choice" and len(q.options) < 2:
                problems.append(
                    ((*loc, "options"), "een keuzevraag (kind = \"choice\") heeft minstens twee options nodig")
                )
            if q.kind != "choice" and q.options:
                problem = f"options horen alleen bij kind = \"choice\", niet bij \"{q.kind}\""
                problems.append(((*loc, "options"), problem))
            if q.kind == "ties" and q.follow_ups:
                problems.append(((*loc, "follow_ups"), "een vraag wie wie kent (kind = \"ties\") heeft geen "
                                 "doorvragen; zet ze bij een persons-vraag"))
            if q.kind != "scale" and q.scale is not None:
                problems.append(((*loc, "scale"), f"scale hoort alleen bij kind = \"scale\", niet bij \"{q.kind}\""))
    return problems


def _placeholder_problem(template: str) -> str | None:
    allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
    shown_template = template if len(template) <= 80 else template[:79] + "…"
    try:
        fields = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(template)
                  if name is not None]
    except ValueError:
        return f"losse accolade in doorvraag \"{shown_template}\"; gebruik alleen {allowed}"
    for name, spec, conversion in fields:
        if spec or conversion:  # {persoon!r}, {persoon:{naam}}: Python formatting, not a placeholder
            extra = ("!" + conversion if conversion else "") + (":" + spec if spec else "")
            return (f"invulplek {{{name}{extra}}} in doorvraag \"{shown_template}\" heeft een toevoeging; "
                    f"gebruik alleen {allowed}")
        if name not in FOLLOW_UP_PLACEHOLDERS:
            shown = "{" + name + "}" if name else "{}"
            return f"onbekende invulplek {shown} in doorvraag \"{shown_template}\"; gebruik alleen {allowed}"
    return None
