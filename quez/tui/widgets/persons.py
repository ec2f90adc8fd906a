"""Fast entry of the persons a client names ("Els — tante"), plus what was said."""

from __future__ import annotations

from collections.abc import Iterable

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import Label, ListItem, ListView

from quez.conversation.person_entry import entry_text, is_person_entry, parse_entry
from quez.tui.widgets.answers import TEXT_PLACEHOLDER, AnswerWidget
from quez.tui.widgets.editors import Input, TextArea


class PersonItem(ListItem):
    def __init__(self, person_id: int, name: str, relation: str | None) -> None:
        from quez.textsafety import display_safe  # a stored name must not steer the terminal

        super().__init__(Label(display_safe(entry_text(name, relation)), markup=False))
        self.person_id = person_id
        self.relation = relation


class PersonsList(ListView):
    """The persons named for this question; Delete removes one. Reached with ↓ from the name field
    (or a click); ↑ at the top goes back there, Tab on to the answer."""

    BINDINGS = [Binding("delete,backspace", "remove", "Weghalen", id="persons.remove")]

    class RemoveRequested(Message):
        def __init__(self, item: PersonItem) -> None:
            super().__init__()
            self.item = item

    def on_focus(self) -> None:
        # reached with ↓: the person named last is highlighted, so Delete works at once
        if self.index is None and len(self):
            self.index = len(self) - 1
        self.call_after_refresh(self._tell_answer)

    def on_blur(self) -> None:
        self.call_after_refresh(self._tell_answer)

    def _tell_answer(self) -> None:
        for answer in self.ancestors:
            if isinstance(answer, PersonsAnswer):
                answer.update_label()
                break

    def action_cursor_up(self) -> None:
        if not self.index:  # at the top: back to the name field
            for answer in self.ancestors:
                if isinstance(answer, PersonsAnswer):
                    answer.query_one("#person-input").focus()
                    return
        super().action_cursor_up()

    def on_resize(self) -> None:
        self._tell_answer()  # fewer rows than persons (a small screen): the label above says so

    def action_remove(self) -> None:
        item = self.highlighted_child
        if isinstance(item, PersonItem):
            self.post_message(self.RemoveRequested(item))


class PersonEntry(Input):
    """The name field: Enter hands over what was typed and empties the field at once, so a name
    typed right after Enter (keys applied in order, see :mod:`.editors`) starts the next person
    instead of running on into this one ("Sam", relation "zoonLies - dochter"). ↓ goes to the
    list of persons named (to take one off)."""

    BINDINGS = [Binding("down", "to_list", "Naar de lijst", show=False)]

    def action_to_list(self) -> None:
        persons = self.parent.query_one(PersonsList) if self.parent else None
        if persons is not None and len(persons):
            persons.focus()

    async def action_submit(self) -> None:
        value = self.value
        if value.strip():
            self.value = ""
        self.post_message(self.Submitted(self, value))


class PersonsAnswer(AnswerWidget):
    """Name persons as the client mentions them; autocomplete from persons named before."""

    DEFAULT_CSS = """
    PersonsAnswer {
        #person-input { width: 1fr; }
        #persons-label { color: $text-muted; height: 1; }
        PersonsList { height: auto; max-height: 5; background: transparent; border-left: blank; }
        PersonsList:focus { background: $boost; border-left: thick $accent; }
        PersonsList > PersonItem { padding: 0 1; }
        PersonsList.-empty { display: none; }
        TextArea { height: 1fr; min-height: 3; }
    }
    """

    class Added(Message):
        """The worker named a person: the screen stores it and calls :meth:`show_person`."""

        def __init__(self, widget: PersonsAnswer, name: str, relation: str) -> None:
            super().__init__()
            self.widget = widget
            self.name = name
            self.relation = relation

    class Removed(Message):
        """The worker took a person off this question (the person stays known)."""

        def __init__(self, widget: PersonsAnswer, person_id: int) -> None:
            super().__init__()
            self.widget = widget
            self.person_id = person_id

    def __init__(
        self,
        text: str = "",
        persons: Iterable[tuple[int, str, str | None]] = (),
        known: Iterable[tuple[str, str | None]] = (),
        entry: str | None = None,
        **kwargs,
    ) -> None:
        super().__init__(text, None, **kwargs)
        self._persons = list(persons)
        self._known = list(known)
        from quez.textsafety import clean_for_editing

        #: what was in the name field when the draft was saved (not yet added with Enter)
        self._initial_entry = " ".join(clean_for_editing(entry or "").split())

    def value(self) -> str | None:
        """What is typed in the name field and not yet added: part of the draft, so a name typed
        without Enter survives Ctrl+Q or a crash (stored as the answer's value, shown back there)."""
        if not self.is_mounted:
            return self._initial_entry or None
        typed = self.query_one("#person-input", Input).value
        return typed if typed.strip() else None

    def compose(self) -> ComposeResult:
        yield PersonEntry(
            self._initial_entry,
            placeholder="Naam — relatie, bv. Els - tante  (Enter voegt toe)",
            suggester=self._suggester(),
            id="person-input",
        )
        yield Label("Genoemd:", id="persons-label")
        yield PersonsList(*(PersonItem(*p) for p in self._persons), id="persons")
        yield TextArea(
            self._initial_text,
            soft_wrap=True,
            show_line_numbers=False,
            tab_behavior="focus",
            placeholder=TEXT_PLACEHOLDER,
            id="answer-text",
        )

    def on_mount(self) -> None:
        self._update_empty()

    def _suggester(self) -> SuggestFromList:
        return SuggestFromList([entry_text(n, r) for n, r in self._known], case_sensitive=False)

    def suggest_also(self, entries: Iterable[tuple[str, str | None]]) -> None:
        """Offer these (name, relation) too, unless a person of that name is offered already."""
        names = {name.lower() for name, _ in self._known}
        for name, relation in entries:
            if name.lower() not in names:
                names.add(name.lower())
                self._known.append((name, relation))
        if self.is_mounted:
            self.query_one("#person-input", Input).suggester = self._suggester()

    def _update_empty(self) -> None:
        empty = not self._persons
        self.query_one(PersonsList).set_class(empty, "-empty")
        self.query_one("#persons-label").set_class(empty, "-empty")
        self.query_one("#persons-label").display = not empty
        self.update_label()

    def update_label(self) -> None:
        """``Genoemd (5):``, a sign when the list shows fewer rows than there are persons, and how
        to get into the list (or, in it, what can be done there)."""
        persons = self.query_one(PersonsList)
        shown, count = persons.size.height, len(self._persons)
        more = f"  ↕ {count - shown} meer" if 0 < shown < count else ""
        how = "  Delete haalt weg · ↑ naar de naam" if persons.has_focus else "  · ↓ kiest uit de lijst"
        self.query_one("#persons-label", Label).update(f"Genoemd ({count}):{more}{how}")

    def hop(self, focused, forward: bool):
        """Tab and Shift+Tab go straight between the name field and the answer (one step either
        way); from the list, Tab goes on to the answer and Shift+Tab back to the name."""
        name, text = self.query_one("#person-input", Input), self.text_area()
        if focused is name and forward or isinstance(focused, PersonsList) and forward:
            return text
        if (focused is text or isinstance(focused, PersonsList)) and not forward:
            return name
        return None

    # -- state --------------------------------------------------------------------
    @property
    def persons(self) -> list[tuple[int, str, str | None]]:
        return list(self._persons)

    def has_content(self) -> bool:
        return bool(self._persons) or super().has_content()

    def focus_answer(self) -> None:
        self.query_one("#person-input", Input).focus()

    def first_field(self):
        return self.query_one("#person-input", Input)

    def show_person(self, person_id: int, name: str, relation: str | None) -> None:
        """Called by the screen once the person is stored (an entry still in the field goes)."""
        field = self.query_one("#person-input", Input)
        if (typed := self._entry(field.value)) is not None and typed[0].lower() == name.lower():
            field.value = ""
        if any(p[0] == person_id for p in self._persons):
            return
        self._persons.append((person_id, name, relation))
        self.query_one(PersonsList).append(PersonItem(person_id, name, relation))
        if all(n.lower() != name.lower() for n, _ in self._known):
            self._known.append((name, relation))
            self.query_one("#person-input", Input).suggester = self._suggester()
        self._update_empty()

    def forget_person(self, person_id: int) -> None:
        self._persons = [p for p in self._persons if p[0] != person_id]
        for item in self.query(PersonItem):
            if item.person_id == person_id:
                item.remove()
        persons_list = self.query_one(PersonsList)
        if not self._persons and persons_list.has_focus:
            # the list goes with its last person: back to the name field, to name the right one
            self.query_one("#person-input", Input).focus()
        self._update_empty()

    # -- events -------------------------------------------------------------------
    def pending_entry(self) -> tuple[str, str] | None:
        """The person typed in the entry field and not yet added (None if empty). A sentence typed
        there by mistake goes to the answer text instead (it is what the client said)."""
        field = self.query_one("#person-input", Input)
        entry = self._entry(field.value)
        if entry is None and field.value.strip():
            self._to_answer_text(field.value)
            field.value = ""
        return entry

    def _to_answer_text(self, text: str) -> None:
        area = self.text_area()
        area.text = f"{area.text.rstrip()}\n{text.strip()}".strip()
        area.move_cursor(area.document.end)

    def restore_entry(self, name: str, relation: str) -> None:
        """The person could not be stored: back in the field (if still empty) to try again."""
        field = self.query_one("#person-input", Input)
        if not field.value:
            field.value = entry_text(name, relation or None)

    def _entry(self, text: str) -> tuple[str, str] | None:
        name, relation = parse_entry(text)
        if not name or not is_person_entry(name, relation):
            return None
        if not relation:
            # a person named before keeps the relation given then
            for known_name, known_relation in self._known:
                if known_name.lower() == name.lower():
                    relation = known_relation or ""
                    break
        return name, relation

    @on(Input.Submitted, "#person-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        entry = self._entry(event.value)  # the field itself may already hold the next name
        if entry is None:
            # an empty Enter moves on to what was said about them; a sentence goes there too
            if event.value.strip():
                self._to_answer_text(event.value)
            self.text_area().focus()
            return
        self.post_message(self.Added(self, *entry))

    def on_key(self, event: events.Key) -> None:
        # whatever is typed on the list of named persons is meant for the answer text,
        # so it goes there instead of getting lost.
        if event.is_printable and event.character and isinstance(self.screen.focused, PersonsList):
            event.stop()
            event.prevent_default()
            area = self.text_area()
            area.focus()
            area.insert(event.character)

    @on(PersonsList.RemoveRequested)
    def _remove(self, event: PersonsList.RemoveRequested) -> None:
        event.stop()
        self.post_message(self.Removed(self, event.item.person_id))
