"""What was asked for each answer: the question's text, phase and what it elicits."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from quez.conversation.follow_up_id import base_question_id, is_follow_up_id
from quez.extraction.opinions import OPINION_ELICITS


@lru_cache(maxsize=16)
def bank_from_snapshot(snapshot: str | None):
    if not snapshot:
        return None
    from quez.banks.models import Bank

    try:
        return Bank.model_validate_json(snapshot)
    except ValueError:
        return None


@dataclass
class _Asked:
    text: str
    phase_id: str
    phase_title: str
    elicits: tuple[str, ...]
    follow_up: bool
    fallback_stance: str | None
    #: what the bank question (of a follow-up: its parent) elicits
    base_elicits: tuple[str, ...] = ()


def _asked(bank, answer) -> _Asked:
    base = base_question_id(answer.question_id)
    question = bank.question(base) if bank is not None else None
    phase = bank.phase_of(base) if bank is not None else None
    elicits = tuple(question.elicits) if question is not None else ()
    follow_up = is_follow_up_id(answer.question_id)
    return _Asked(
        answer.question_text or (question.text if question else answer.question_id),
        answer.phase_id or (phase.id if phase else ""),
        phase.title if phase else (answer.phase_id or ""),
        () if follow_up else elicits,
        follow_up,
        next((e for e in OPINION_ELICITS if e in elicits), None),
        elicits,
    )
