"""Persons named during a conversation: the conversation screen's part that stores them."""

from __future__ import annotations

from quez.conversation.person_entry import category_for
from quez.tui.safe import FAILED, attempt
from quez.tui.widgets.persons import PersonsAnswer


class PersonsHandling:
    """Mixed into :class:`ConversationScreen` (needs ``session_id``, ``client_id``, ``client_code``, ``step``)."""

    #: persons found in what the client said before this conversation was opened: read once
    _found_before: list[tuple[str, str | None]] | None = None

    def learn_found_persons(self) -> None:
        """Read the client's summary once, after the first question shows (not before it: with a
        long history never summarised it takes a moment); a persons field on screen gets them too."""
        if self._found_before is None:
            from quez.summary import summarise_client

            self._found_before = _found(self, summarise_client, self.client_code)
            widget = self.answer_widget
            if isinstance(widget, PersonsAnswer):
                widget.suggest_also(self._found_before)

    def found_persons(self) -> list[tuple[str, str | None]]:
        """(name, relation) of persons the summaries found in this client's answers, in this
        conversation or earlier ones, that the worker never added: offered as suggestions too."""
        from quez.summary import summarise_session

        return [*(self._found_before or ()), *_found(self, summarise_session, self.session_id)]

    def persons_widget(self, step, text: str) -> PersonsAnswer:
        """The persons editor with who was named here and everyone this client named before."""
        store = self.app.services.store
        known = attempt(self, store.persons, self.client_id) or []
        by_id = {p.id: p for p in known}
        mentioned = attempt(self, store.mentions, self.session_id, step.id) or []
        named, seen = [], set()
        for mention in mentioned:
            person = by_id.get(mention.person_id)
            if person and person.id not in seen:
                seen.add(person.id)
                named.append((person.id, person.name, person.relation))
        answer = self.answers.get(step.id)
        entry = answer.value if answer is not None else None  # a name typed without Enter (the draft)
        widget = PersonsAnswer(text, named, [(p.name, p.relation) for p in known], entry=entry)
        widget.suggest_also(self.found_persons())
        return widget

    def on_persons_answer_added(self, event: PersonsAnswer.Added) -> None:
        if not self.add_person(event.widget, event.name, event.relation):
            event.widget.restore_entry(event.name, event.relation)  # what was typed is not lost

    def add_person(self, widget: PersonsAnswer, name: str, relation: str) -> bool:
        """Store a named person (known to the client from now on) and mention them here."""
        store = self.app.services.store
        person = attempt(self, store.find_person, self.client_id, name)
        if person is FAILED:
            return False
        if person is None:
            # "de buurvrouw" names no relation but still says where she belongs
            category = category_for(relation) if relation else category_for(name)
            person = attempt(self, store.add_person, self.client_id, name, relation or None, category)
        elif relation and not person.relation:
            person = attempt(self, store.update_person, person.id, relation=relation, category=category_for(relation))
        if person is FAILED:
            return False
        if person.id not in {pid for pid, _, _ in widget.persons}:
            if attempt(self, store.add_mention, person.id, self.session_id, self.step.id, "worker") is FAILED:
                return False
        widget.show_person(person.id, person.name, person.relation)
        return True

    def on_persons_answer_removed(self, event: PersonsAnswer.Removed) -> None:
        store = self.app.services.store
        mentions = attempt(self, store.mentions, self.session_id, self.step.id) or []
        for mention in mentions:
            if mention.person_id == event.person_id:
                if attempt(self, store.remove_mention, mention.id) is FAILED:
                    return
        event.widget.forget_person(event.person_id)


def _found(screen, summarise, key) -> list[tuple[str, str | None]]:
    try:
        summary = summarise(screen.app.services.store, key)
    except Exception:  # noqa: BLE001 -- only suggestions are missed; the store's own errors show elsewhere
        return []
    # a person found only by relation ("de buurvrouw") is suggested as that word alone
    return [(p.name, None if p.relation == p.name else p.relation) for p in summary.persons if p.person_id is None]
