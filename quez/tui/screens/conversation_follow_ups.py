"""Follow-ups ("doorvragen") during a conversation: the conversation screen's part that offers them.

After a persons question the bank's follow-ups are offered per person named; after any other
question that got an answer, its follow-ups without a person in them, as they are. What was
offered once (taken or not) is not offered again when the worker moves over the question.
"""

from __future__ import annotations

from quez.conversation.flow import Offer
from quez.tui.safe import FAILED, attempt
from quez.tui.widgets.persons import PersonsAnswer


class FollowUpHandling:
    """Mixed into :class:`ConversationScreen` (needs ``flow``, ``session_id``, ``answers``, ``round``)."""

    #: ids of follow-ups offered in this conversation (taken or turned down)
    _decided: set[str]

    def offer_follow_ups(self, step, widget) -> bool:
        """Offer what is left to ask further about; False when there is nothing (move on)."""
        offers = self._offers(step, widget)
        if not offers:
            return False
        from quez.tui.screens.follow_ups import FollowUpScreen

        by_id = {o.id: o for o in offers}

        async def taken(ids: list[str] | None) -> None:
            self._decided.update(by_id)  # decided: not asked again when moving over this question
            await self._take_follow_ups(step, [by_id[i] for i in ids or [] if i in by_id])

        self.app.push_screen(FollowUpScreen([(o.id, o.text) for o in offers]), taken)
        return True

    def _offers(self, step, widget) -> list[Offer]:
        """The bank's follow-ups of this question not taken or turned down yet: per person named for
        a persons question, as is for any question that got an answer."""
        if step.is_follow_up or not step.question.follow_ups or widget is None:
            return []
        if isinstance(widget, PersonsAnswer):
            persons = widget.persons
        elif widget.has_content():
            persons = []
        else:
            return []  # nothing answered: nothing to ask further about
        return [o for o in self.flow.offers(step.question, persons) if o.id not in self._decided]

    async def _take_follow_ups(self, step, offers: list[Offer]) -> None:
        store = self.app.services.store
        taken = []
        for offer in offers:
            result = attempt(
                self, store.record_answer, self.session_id, offer.id, text="", status="draft",
                phase_id=self.flow.phase_id(step), question_text=offer.text,
                parent_question_id=step.id, person_id=offer.person_id,
            )
            if result is FAILED:
                break
            self.answers[offer.id] = result
            taken.append(offer)
        new = self.flow.add_follow_ups(step.id, taken)
        if self.round is not None and new:
            self.round[self.round_pos + 1:self.round_pos + 1] = [s.id for s in new]
        await self._advance()
