"""A tmp store with a session whose answers name persons (real TOML bank, real SQLite)."""

from __future__ import annotations

import pytest


@pytest.fixture
def talk(store, sample_bank):
    """``talk(answers, client="KL-1")`` → session id; ``answers``: {question id: text}."""

    def make(answers: dict[str, str], client: str = "KL-1", statuses: dict[str, str] | None = None) -> int:
        session = store.start_session(client, sample_bank)
        for question_id, text in answers.items():
            phase = sample_bank.phase_of(question_id.split("~")[0])
            store.record_answer(session.id, question_id, text=text, phase_id=phase.id if phase else None)
        for question_id, status in (statuses or {}).items():
            store.record_answer(session.id, question_id, status=status)
        return session.id

    return make
