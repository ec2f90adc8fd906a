"""A "who knows whom" question (kind = "ties"): the conversation screen's part that stores the ties."""

from __future__ import annotations

from quez.tui.safe import FAILED, attempt
from quez.tui.widgets.ties import TiesAnswer


class TiesHandling:
    """Mixed into :class:`ConversationScreen` (needs ``session_id`` and ``client_id``)."""

    def ties_widget(self, step, text: str) -> TiesAnswer:
        """Pairs of the persons named in this conversation so far (else everyone the client named before)."""
        from quez.storage.network import NetworkStore

        store = self.app.services.store
        known = attempt(self, store.persons, self.client_id) or []
        order: dict[int, int] = {}  # in the order they were named
        for mention in attempt(self, store.mentions, self.session_id) or []:
            order.setdefault(mention.person_id, len(order))
        here = sorted((p for p in known if p.id in order), key=lambda p: order[p.id]) or known
        ties = attempt(self, NetworkStore(store).ties, self.client_id) or set()
        return TiesAnswer(text, [(p.id, p.name) for p in here], ties)

    def on_ties_answer_toggled(self, event: TiesAnswer.Toggled) -> None:
        from quez.storage.network import NetworkStore

        store = NetworkStore(self.app.services.store)
        if attempt(self, store.set_tie, self.client_id, event.a, event.b, event.present) is FAILED:
            event.widget.undo(event.a, event.b, event.present)
