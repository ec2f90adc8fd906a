"""Follow-ups ("doorvragen") during a conversation: the conversation screen's part that offers them.

After a persons question the bank's follow-ups are offered per person named; after any other
question that got an answer, its follow-ups without a person in them, as they are. What was
offered once (taken or not) is not offered again when the worker moves over the question (the
rules: :meth:`quez.conversation.conversation.Conversation.offers`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quez.tui.safe import attempt
from quez.tui.screens.conversation_host import ConversationHost
from quez.tui.widgets.persons import PersonsAnswer

if TYPE_CHECKING:
    from quez.conversation.flow import Step
    from quez.tui.widgets.answers import AnswerWidget


class FollowUpHandling(ConversationHost):
    """Mixed into :class:`ConversationScreen` (needs ``loaded``, the conversation held, and ``_advance``)."""

    def offer_follow_ups(self, step: Step, widget: AnswerWidget | None) -> bool:
        """Offer what is left to ask further about; False when there is nothing (move on)."""
        if widget is None:
            return False
        persons: list[tuple[int, str, str | None]] | None
        if isinstance(widget, PersonsAnswer):
            persons = widget.persons
        else:
            persons = [] if widget.has_content() else None  # nothing answered: nothing to ask further about
        offers = self.loaded.offers(step, persons)
        if not offers:
            return False
        from quez.tui.screens.follow_ups import FollowUpScreen

        by_id = {o.id: o for o in offers}

        async def taken(ids: list[str] | None) -> None:
            self.loaded.decide(offers)  # decided: not asked again when moving over this question
            attempt(self, self.loaded.take_follow_ups, step, [by_id[i] for i in ids or [] if i in by_id])
            await self._advance()

        self.app.push_screen(FollowUpScreen([(o.id, o.text) for o in offers]), taken)
        return True
