"""A "who knows whom" question (kind = "ties"): the conversation screen's part that shows the ties
and hands them to the :class:`~quez.conversation.conversation.Conversation` to store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quez.conversation.named import tie_persons
from quez.tui.safe import FAILED, attempt
from quez.tui.screens.conversation_host import ConversationHost
from quez.tui.widgets.ties import TiesAnswer

if TYPE_CHECKING:
    from quez.conversation.flow import Step


class TiesHandling(ConversationHost):
    """Mixed into :class:`ConversationScreen` (needs ``loaded``, the conversation held)."""

    def ties_widget(self, step: Step, text: str) -> TiesAnswer:
        """Pairs of the persons named in this conversation so far (else everyone the client named before)."""
        conversation = self.loaded
        known = attempt(self, conversation.known_persons) or []
        order = attempt(self, conversation.naming_order) or {}
        ties = attempt(self, conversation.ties) or set()
        return TiesAnswer(text, tie_persons(known, order), ties)

    def on_ties_answer_toggled(self, event: TiesAnswer.Toggled) -> None:
        if attempt(self, self.loaded.set_tie, event.a, event.b, event.present) is FAILED:
            event.widget.undo(event.a, event.b, event.present)
