"""Visits that belong together: where a conversation stopped, so the next visit can go on from there.

Plain Python (no textual). A bank's steps may span several visits: a new conversation with a
bank the client already used can start where the last one stopped.
"""

from __future__ import annotations

from dataclasses import dataclass

from quez.conversation.flow import FINAL_STATUSES, Flow


@dataclass(frozen=True)
class Stop:
    """Where a conversation stopped: its bank question (a follow-up's parent), how far, the text."""

    session_id: int
    question_id: str
    question_no: int
    question_count: int
    text: str

    @property
    def label(self) -> str:
        return f"vraag {self.question_no} van {self.question_count}"


def where_stopped(store, session) -> Stop | None:
    """Where ``session`` stopped: its position when parked or interrupted; when finished, the first
    question nothing was decided about. None when there is nothing left (or no bank kept)."""
    data = store.load_session(session.id)
    bank = data.bank()
    if bank is None:
        return None
    flow = Flow(bank, data.answers.values())
    if not flow.steps:
        return None
    if session.status == "finished":
        index = next((i for i, s in enumerate(flow.steps)
                      if (a := data.answers.get(s.id)) is None or a.status not in FINAL_STATUSES), None)
        if index is None:
            return None
    else:
        index = flow.resume_index(session.current_question, data.answers)
    step = flow.steps[index]
    root = step.parent_id or step.id
    root_step = flow.step(root) or step
    progress = flow.progress(flow.index_of(root) or index)
    return Stop(session.id, root, progress.question_no, progress.question_count, root_step.text)


def last_visit(store, client_code: str, bank_id: str):
    """The client's most recent conversation with this bank, or None."""
    for session in store.sessions(client_code):
        if session.bank_id == bank_id:
            return session
    return None


def go_on_from(store, client_code: str, bank) -> tuple[object, Stop] | None:
    """``(last session, where it stopped)`` when a new conversation with ``bank`` could go on from
    there (a question after the first, still in the bank); else None."""
    last = last_visit(store, client_code, bank.id)
    if last is None:
        return None
    stop = where_stopped(store, last)
    if stop is None or stop.question_no <= 1 or bank.question(stop.question_id) is None:
        return None
    return last, stop
