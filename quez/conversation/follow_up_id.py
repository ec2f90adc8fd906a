"""The id a follow-up ("doorvraag") is stored under: the one place it is made and read.

A follow-up taken for a named person is ``"<question>~<n>~<person id>"`` (``n`` is the index of
the template in the question's ``follow_ups``); one without a person in it is ``"<question>~<n>"``.
A bank question's own id never contains ``~``.
"""

from __future__ import annotations

from collections.abc import Mapping

SEPARATOR = "~"


def follow_up_id(question_id: str, n: int, person_id: int | None) -> str:
    return f"{question_id}~{n}~{person_id}" if person_id is not None else f"{question_id}~{n}"


def parse_follow_up_id(step_id: str) -> tuple[str, int, int | None] | None:
    """``(question id, template index, person id)`` of a follow-up id, else None."""
    parts = step_id.split(SEPARATOR)
    if len(parts) not in (2, 3):
        return None
    try:
        n = int(parts[1])
        person = int(parts[2]) if len(parts) == 3 and parts[2] else None
    except ValueError:
        return None
    return parts[0], n, person


def is_follow_up_id(question_id: str) -> bool:
    """Whether an answer's ``question_id`` is a follow-up's (not a bank question's)."""
    return SEPARATOR in question_id


def base_question_id(question_id: str) -> str:
    """The bank question an answer belongs to: the question itself, or a follow-up's parent."""
    return question_id.partition(SEPARATOR)[0]


def with_person_remapped(question_id: str | None, refs: Mapping[int, int]) -> str | None:
    """A follow-up id for a person, its person id looked up in ``refs`` (an import's references to
    the ids here); any other id, or a person not in ``refs``, as it was."""
    parsed = parse_follow_up_id(question_id) if question_id else None
    if parsed is None:
        return question_id
    question, n, person = parsed
    if person is None or person not in refs:
        return question_id
    return follow_up_id(question, n, refs[person])
