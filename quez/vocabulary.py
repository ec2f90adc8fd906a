"""One vocabulary: the statuses and categories QueZ records, and the Dutch words for them.

Storage keeps the English names (``parked``, ``work_school``); every screen,
the CLI, the reports and the exports word them through this module, so the
worker reads one word for one thing everywhere. Plain Python (no textual).

The words, in the product's calm tone:

- an answer the worker comes back to later is *later op terugkomen*; a
  conversation stopped to go on another day is *geparkeerd* (the worker
  parks it: "Gesprek parkeren"); both are "parked" in storage, but a question
  and a conversation are different things and keep their own word;
- a question the client does not want to talk about: *cliënt wil hier (nog)
  niet op ingaan* (present tense, as on the button).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal, get_args


class AnswerStatus(StrEnum):
    ANSWERED = "answered"
    SKIPPED = "skipped"
    DECLINED = "declined"
    PARKED = "parked"
    DRAFT = "draft"


class SessionStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    PARKED = "parked"
    FINISHED = "finished"


class Category(StrEnum):
    FAMILY = "family"
    FRIENDS = "friends"
    NEIGHBOURS = "neighbours"
    WORK_SCHOOL = "work_school"
    PROFESSIONALS = "professionals"
    OTHER = "other"


#: the same names as ``Literal`` types, for pydantic models and type hints (spelled out for the type
#: checker; the asserts keep them equal to the enums)
AnswerStatusName = Literal["answered", "skipped", "declined", "parked", "draft"]
SessionStatusName = Literal["in_progress", "parked", "finished"]
#: the worker's verdict on an opinion; support kinds and relation quality on the network map
OpinionStatus = Literal["confirmed", "rejected", "moved", "added"]
SupportKind = Literal["practical", "company", "advice", "emotional"]
Quality = Literal["positive", "tense", "broken"]
assert set(get_args(AnswerStatusName)) == {s.value for s in AnswerStatus}
assert set(get_args(SessionStatusName)) == {s.value for s in SessionStatus}

# the tables are keyed by plain strings (``.value``): what storage holds and what a choice list hands back

#: what was recorded for a question, as the worker reads it in a sentence (lower case)
ANSWER_STATUS_LABELS: dict[str, str] = {
    AnswerStatus.ANSWERED.value: "beantwoord",
    AnswerStatus.SKIPPED.value: "overgeslagen",
    AnswerStatus.DECLINED.value: "cliënt wil hier (nog) niet op ingaan",
    AnswerStatus.PARKED.value: "later op terugkomen",
    AnswerStatus.DRAFT.value: "nog niet afgerond",
}
#: a question of the bank that was not asked in the session (no answer status)
NOT_ASKED_LABEL = "niet aan bod gekomen"

#: where a conversation stands (predicative: "het gesprek is geparkeerd")
SESSION_STATUS_LABELS: dict[str, str] = {
    SessionStatus.IN_PROGRESS.value: "onderbroken",
    SessionStatus.PARKED.value: "geparkeerd",
    SessionStatus.FINISHED.value: "afgerond",
}
#: the same words before "gesprek" ("het geparkeerde gesprek", "het onderbroken gesprek")
_SESSION_STATUS_ATTRIBUTIVE: dict[str, str] = {
    SessionStatus.IN_PROGRESS.value: "onderbroken",
    SessionStatus.PARKED.value: "geparkeerde",
    SessionStatus.FINISHED.value: "afgeronde",
}

#: the relation categories of persons, in the order of the network picture's sectors
CATEGORY_LABELS: dict[str, str] = {
    Category.FAMILY.value: "familie",
    Category.FRIENDS.value: "vrienden",
    Category.NEIGHBOURS.value: "buren",
    Category.WORK_SCHOOL.value: "werk/school",
    Category.PROFESSIONALS.value: "hulpverleners",
    Category.OTHER.value: "overig",
}

#: how close a person is to the client: the ring of the netwerkcirkel (1 inner .. 3 outer)
CLOSENESS_LABELS: dict[int, str] = {1: "heel dichtbij", 2: "dichtbij", 3: "verder weg"}


def capitalised(text: str) -> str:
    """A label as a heading or at the start of a sentence: only the first letter changes."""
    return text[:1].upper() + text[1:]


def answer_status_label(status: str | None, *, heading: bool = False) -> str:
    """``"declined"`` → ``"cliënt wil hier (nog) niet op ingaan"``; ``None``: not asked, ``"niet aan bod gekomen"``."""
    text = NOT_ASKED_LABEL if status is None else ANSWER_STATUS_LABELS.get(status, status)
    return capitalised(text) if heading else text


def session_status_label(status: str | None, *, before_noun: bool = False, heading: bool = False) -> str:
    """``"parked"`` → ``"geparkeerd"``; ``before_noun``: ``"geparkeerde"`` (for "het … gesprek")."""
    table = _SESSION_STATUS_ATTRIBUTIVE if before_noun else SESSION_STATUS_LABELS
    text = table.get(status or "", status or "")
    return capitalised(text) if heading else text


def category_label(category: str | None) -> str:
    """``"work_school"`` → ``"werk/school"``; an unknown category is shown as it is."""
    return CATEGORY_LABELS.get(category or "", category or "")


def session_status_choices(order: tuple[str, ...] = (SessionStatus.FINISHED, SessionStatus.PARKED,
                                                       SessionStatus.IN_PROGRESS)) -> list[tuple[str, str]]:
    """(label, status) pairs for a choice list of conversation statuses."""
    return [(SESSION_STATUS_LABELS[s], str(s)) for s in order]
