"""One conversation being held: where it is, how it moves, what each move saves.

Plain Python (no textual): the conversation screen drives a :class:`Conversation` and keeps the
widgets, timers, focus and notifications. Everything goes through the store handed in (its
public methods). A method that calls the store raises what the store raised, having changed
nothing it did not save; the screen shows the worker the message (``quez.tui.safe.attempt``).

The rules:

* the worker sets the pace: next, back, skip, decline, park (later), finish; every move saves
  the answer (with a status, see :meth:`Conversation.status_for`) and the position, so a session
  resumes exactly where it was;
* after the last question the parked questions ("later op terugkomen") may be gone over once
  more, as a round of their own;
* after a question with follow-ups the ones not decided yet are offered (:meth:`Conversation.offers`);
  the ones taken are asked right after it;
* text being typed is saved as a draft when it changed; the elapsed time now and then.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quez.conversation import named
from quez.conversation.flow import Flow, Offer, Step

if TYPE_CHECKING:
    from quez.storage.store import Answer, Person, Store
    from quez.vocabulary import AnswerStatusName

#: how often the elapsed time is written even when nothing else changes
ELAPSED_SAVE_SECONDS = 30

#: the status a move gives the answer whatever was typed
MOVE_STATUS: dict[str, AnswerStatusName] = {"skip": "skipped", "decline": "declined", "park": "parked"}

#: statuses a move keeps when nothing was typed ("eerder: overgeslagen")
SET_ASIDE: tuple[AnswerStatusName, ...] = ("skipped", "declined", "parked")


class Conversation:
    """``Conversation(store, session_id)``; :meth:`load` reads it, then the screen drives it."""

    def __init__(self, store: Store, session_id: int) -> None:
        self.store = store
        self.session_id = session_id
        self.flow: Flow | None = None
        self.index = 0
        self.answers: dict[str, Answer] = {}
        self.client_id: int | None = None
        self.client_code = ""
        self.status = ""  # the session's status when it was loaded
        self.elapsed = 0
        self._elapsed_saved = 0
        self._saved: tuple[str, str | None] | None = None  # what the answer field held when last saved
        self.round: list[str] | None = None  # parked questions offered again at the end
        self.round_pos = 0
        self.round_done = False
        self.decided: set[str] = set()  # follow-ups offered once (taken or not): not offered again
        self._found_before: list[tuple[str, str | None]] | None = None

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> bool:
        """Read the session and where it was; False when it has no bank to be held with."""
        data = self.store.load_session(self.session_id)
        bank = data.bank()
        if bank is None:
            return False
        self.status = data.session.status
        self.client_id, self.client_code = data.client.id, data.client.code
        self.answers = dict(data.answers)
        self.flow = Flow(bank, self.answers.values())
        self.elapsed = self._elapsed_saved = data.session.elapsed_seconds
        self.index = self.flow.resume_index(data.session.current_question, self.answers)
        self.round = self.flow.parked_round(self.index, self.answers)  # interrupted while going over parked ones
        return True

    def wake(self) -> None:
        """Open the session again: a finished one (the client remembered something at the door)
        is reopened, a paused one resumed."""
        if self.status == "finished":
            self.store.reopen_session(self.session_id)
        elif self.status != "in_progress":
            self.store.resume_session(self.session_id)

    # -- where we are ------------------------------------------------------------------------
    @property
    def loaded_flow(self) -> Flow:
        """The flow of the steps: there is one once :meth:`load` read the session."""
        assert self.flow is not None, "the conversation is loaded"
        return self.flow

    @property
    def _client(self) -> int:
        """The client's id: known once :meth:`load` read the session."""
        assert self.client_id is not None, "the conversation is loaded"
        return self.client_id

    @property
    def step(self) -> Step:
        return self.loaded_flow.steps[self.index]

    @property
    def answer(self) -> Answer | None:
        """The stored answer to the current step, if any."""
        return self.answers.get(self.step.id)

    @property
    def at_start(self) -> bool:
        """Nothing to go back to (the first question, or the first of the round of parked ones)."""
        return self.round_pos == 0 if self.round is not None else self.index == 0

    def intro(self) -> str | None:
        """The phase's introduction when the current step starts a phase (not for a follow-up)."""
        step = self.step
        if step.is_follow_up or not self.loaded_flow.is_phase_start(self.index):
            return None
        return self.loaded_flow.bank.phases[step.phase_index].intro

    def go_to(self, index: int) -> None:
        """Make ``index`` the current step and save the position (before the screen shows it: a
        kill after that resumes there)."""
        self.index = index
        self.save_position()

    def shown(self, current: tuple[str, str | None]) -> None:
        """What the answer field holds now that the step is shown: autosave saves changes from it."""
        self._saved = current

    # -- moving ------------------------------------------------------------------------------
    def advance(self) -> int | None:
        """The index to go to after the current step (in the round of parked questions when going
        over them); None at the end (then :meth:`parked_to_offer` says what is left)."""
        if self.round is not None:
            self.round_pos += 1
            if self.round_pos < len(self.round):
                return self.loaded_flow.index_of(self.round[self.round_pos])
            self.round = None
            self.round_done = True
            return None
        if self.index + 1 < len(self.loaded_flow):
            return self.index + 1
        return None

    def back(self) -> int | None:
        """The index to go back to; None at the start."""
        if self.round is not None:
            if self.round_pos == 0:
                return None
            self.round_pos -= 1
            return self.loaded_flow.index_of(self.round[self.round_pos])
        return self.index - 1 if self.index > 0 else None

    def parked_to_offer(self) -> list[Step]:
        """At the end: the parked questions to offer going over now; none when there are none or
        they were gone over (or turned down) already."""
        if self.round_done:
            return []
        return self.loaded_flow.with_status(self.answers, "parked")

    def start_round(self, parked: Sequence[Step]) -> int:
        """Go over the parked questions now: the index of the first."""
        self.round, self.round_pos = [s.id for s in parked], 0
        first = self.loaded_flow.index_of(self.round[0])
        assert first is not None, "a parked question is one of the flow's steps"
        return first

    def skip_round(self) -> None:
        """The worker goes to the closing without going over the parked questions."""
        self.round_done = True

    # -- saving --------------------------------------------------------------------------------
    def status_for(self, move: str, has_content: bool) -> AnswerStatusName | None:
        """The status a move (next, back, skip, decline, park, leave) gives the current answer;
        None when there is nothing to save (looked at, nothing typed, never saved before)."""
        existing = self.answer
        if move in MOVE_STATUS:
            return MOVE_STATUS[move]
        if has_content:
            return "answered"
        if existing is not None and existing.status in SET_ASIDE:
            return existing.status
        if move == "next":
            return "skipped"  # moved on without anything noted
        if existing is None:
            return None
        return "draft"

    def record(self, status: AnswerStatusName, text: str, value: str | None) -> Answer:
        """Save the current answer with ``status``."""
        step = self.step
        answer = self.store.record_answer(
            self.session_id, step.id, text=text, value=value, status=status, phase_id=self.loaded_flow.phase_id(step),
            question_text=step.text, parent_question_id=step.parent_id, person_id=step.person_id,
        )
        self.answers[step.id] = answer
        self._saved = (text, value)
        return answer

    def commit(self, move: str, text: str, value: str | None, has_content: bool) -> bool:
        """Save the current answer for ``move``; False when there was nothing to save."""
        status = self.status_for(move, has_content)
        if status is None:
            return False
        self.record(status, text, value)
        return True

    def changed(self, current: tuple[str, str | None]) -> bool:
        """Whether the answer field holds something not saved yet."""
        return current != self._saved

    def save_draft(self, text: str, value: str | None) -> None:
        """Save what is being typed as a draft (the status the answer has stays)."""
        step = self.step
        self.store.save_draft(
            self.session_id, step.id, text, value=value, phase_id=self.loaded_flow.phase_id(step),
            question_text=step.text, parent_question_id=step.parent_id, person_id=step.person_id,
        )
        self._saved = (text, value)
        self._reread(step.id)

    def tick(self) -> None:
        """One second of the conversation went by (the clock ran)."""
        self.elapsed += 1

    @property
    def position_due(self) -> bool:
        """Whether the elapsed time was not written for a while."""
        return self.elapsed - self._elapsed_saved >= ELAPSED_SAVE_SECONDS

    def save_position(self) -> None:
        """Write where the conversation is and how long it has taken."""
        if self.flow is None:
            return
        self.store.set_position(self.session_id, self.step.id, self.elapsed)
        self._elapsed_saved = self.elapsed

    def set_note(self, step_id: str, note: str) -> None:
        self.store.set_note(self.session_id, step_id, note)
        self._reread(step_id)

    def _reread(self, step_id: str) -> None:
        """The answer to ``step_id`` as it is stored now."""
        answer = self.store.answer(self.session_id, step_id)
        if answer is not None:
            self.answers[step_id] = answer

    # -- follow-ups ----------------------------------------------------------------------------
    def offers(self, step: Step, persons: Sequence[tuple] | None) -> list[Offer]:
        """The bank's follow-ups of ``step`` not taken or turned down yet: per person named
        (``(id, name, relation)``) for a persons question, as is for any question that got an
        answer (``persons`` empty); none when nothing was answered (``persons`` None)."""
        if step.is_follow_up or not step.question.follow_ups or persons is None:
            return []
        return [o for o in self.loaded_flow.offers(step.question, persons) if o.id not in self.decided]

    def decide(self, offers: Sequence[Offer]) -> None:
        """These were offered (taken or not): not offered again when moving over the question."""
        self.decided.update(o.id for o in offers)

    def take_follow_ups(self, step: Step, offers: Sequence[Offer]) -> list[Step]:
        """Ask ``offers`` right after ``step`` (and in the round of parked questions when going over
        them). When saving one fails, the ones saved before it are taken, and the error is raised."""
        taken = []
        try:
            for offer in offers:
                self.answers[offer.id] = self.store.record_answer(
                    self.session_id, offer.id, text="", status="draft", phase_id=self.loaded_flow.phase_id(step),
                    question_text=offer.text, parent_question_id=step.id, person_id=offer.person_id,
                )
                taken.append(offer)
        finally:
            new = self.loaded_flow.add_follow_ups(step.id, taken)
            if self.round is not None and new:
                self.round[self.round_pos + 1:self.round_pos + 1] = [s.id for s in new]
        return new

    # -- persons and ties (see quez.conversation.named) -----------------------------------------
    def known_persons(self) -> list[Person]:
        """Everyone this client named, in this conversation or before."""
        return self.store.persons(self._client)

    def named_at(self, step: Step, known: Sequence[Person]) -> list[tuple[int, str, str | None]]:
        """``(id, name, relation)`` of who was named at ``step``, in order."""
        return named.named_at(self.store, self.session_id, step.id, known)

    def pending_entry(self, step: Step) -> str | None:
        """A name typed without Enter at ``step``, saved with the draft."""
        answer = self.answers.get(step.id)
        return answer.value if answer is not None else None

    def add_person(self, name: str, relation: str, named_here: Sequence[int]) -> Person:
        """Store a named person (known to the client from now on) and mention them at the current
        step unless they are among ``named_here`` already."""
        return named.add_person(self.store, self._client, self.session_id, self.step.id, name, relation,
                                named_here)

    def remove_person(self, person_id: int) -> None:
        """Take a person off the current step (they stay known to the client)."""
        named.remove_mention(self.store, self.session_id, self.step.id, person_id)

    @property
    def knows_found_before(self) -> bool:
        return self._found_before is not None

    def found_before(self) -> list[tuple[str, str | None]]:
        """Persons found in what the client said before this conversation (read once, then kept)."""
        if self._found_before is None:
            from quez.summary import summarise_client

            self._found_before = named.found(summarise_client, self.store, self.client_code)
        return self._found_before

    def found_persons(self) -> list[tuple[str, str | None]]:
        """(name, relation) of persons the summaries found in this client's answers, in this
        conversation or earlier ones (once read), that the worker never added: suggestions."""
        from quez.summary import summarise_session

        return [*(self._found_before or ()), *named.found(summarise_session, self.store, self.session_id)]

    def naming_order(self) -> dict[int, int]:
        return named.naming_order(self.store, self.session_id)

    def ties(self) -> set:
        """The ties between the client's persons the worker recorded."""
        return named.ties(self.store, self._client)

    def set_tie(self, a: int, b: int, present: bool) -> None:
        named.set_tie(self.store, self._client, a, b, present)
