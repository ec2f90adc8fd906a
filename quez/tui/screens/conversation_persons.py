"""Persons named during a conversation: the conversation screen's part that shows them and hands
them to the :class:`~quez.conversation.conversation.Conversation` to store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quez.tui.safe import FAILED, attempt
from quez.tui.screens.conversation_host import ConversationHost
from quez.tui.widgets.persons import PersonsAnswer

if TYPE_CHECKING:
    from quez.conversation.flow import Step


class PersonsHandling(ConversationHost):
    """Mixed into :class:`ConversationScreen` (needs ``loaded``, the conversation held, and ``answer_widget``)."""

    def learn_found_persons(self) -> None:
        """Read the client's summary once, after the first question shows (not before it: with a
        long history never summarised it takes a moment); a persons field on screen gets them too."""
        if not self.loaded.knows_found_before:
            found = self.loaded.found_before()
            widget = self.answer_widget
            if isinstance(widget, PersonsAnswer):
                widget.suggest_also(found)

    def persons_widget(self, step: Step, text: str) -> PersonsAnswer:
        """The persons editor with who was named here and everyone this client named before."""
        conversation = self.loaded
        known = attempt(self, conversation.known_persons) or []
        named = attempt(self, conversation.named_at, step, known) or []
        entry = conversation.pending_entry(step)  # a name typed without Enter (the draft)
        widget = PersonsAnswer(text, named, [(p.name, p.relation) for p in known], entry=entry)
        widget.suggest_also(conversation.found_persons())
        return widget

    def on_persons_answer_added(self, event: PersonsAnswer.Added) -> None:
        if not self.add_person(event.widget, event.name, event.relation):
            event.widget.restore_entry(event.name, event.relation)  # what was typed is not lost

    def add_person(self, widget: PersonsAnswer, name: str, relation: str) -> bool:
        """Store a named person (known to the client from now on) and mention them here."""
        named_here = [pid for pid, _, _ in widget.persons]
        person = attempt(self, self.loaded.add_person, name, relation, named_here)
        if person is FAILED:
            return False
        widget.show_person(person.id, person.name, person.relation)
        return True

    def on_persons_answer_removed(self, event: PersonsAnswer.Removed) -> None:
        if attempt(self, self.loaded.remove_person, event.person_id) is not FAILED:
            event.widget.forget_person(event.person_id)
