"""A "who knows whom" question (kind = "ties"): the conversation screen's part that shows the ties
and hands them to the :class:`~quez.conversation.conversation.Conversation` to store."""

from __future__ import annotations

from quez.conversation.named import tie_persons
from quez.tui.safe import FAILED, attempt
from quez.tui.widgets.ties import TiesAnswer


class TiesHandling:
    """Mixed into :class:`ConversationScreen` (needs ``conversation``)."""

    def ties_widget(self, step, text: str) -> TiesAnswer:
        """Pairs of the persons named in this conversation so far (else everyone the client named before)."""
        conversation = self.conversation
        known = attempt(self, conversation.known_persons) or []
        order = attempt(self, conversation.naming_order) or {}
        ties = attempt(self, conversation.ties) or set()
        return TiesAnswer(text, tie_persons(known, order), ties)

    def on_ties_answer_toggled(self, event: TiesAnswer.Toggled) -> None:
        if attempt(self, self.conversation.set_tie, event.a, event.b, event.present) is FAILED:
            event.widget.undo(event.a, event.b, event.present)
