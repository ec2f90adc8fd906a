"""The answer field of a "who knows whom" question: every pair of the persons named so far, ticked fast.

↑/↓ move, Space (or Enter) marks or unmarks a pair; Tab goes to the
explanation. The widget only says what was toggled (:class:`TiesAnswer.Toggled`);
the screen stores it.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import SelectionList, Static

from quez.textsafety import one_line
from quez.tui.widgets.answers import AnswerWidget, explanation


def pair_key(a: int, b: int) -> str:
    return f"{min(a, b)}:{max(a, b)}"


class TiesAnswer(AnswerWidget):
    """``TiesAnswer(text, persons=[(id, name)], ties={(a, b)})``."""

    DEFAULT_CSS = """
    TiesAnswer SelectionList { height: auto; max-height: 10; margin-bottom: 1; }
    TiesAnswer .ties-help { color: $text-disabled; height: 1; }
    """

    class Toggled(Message):
        def __init__(self, widget: TiesAnswer, a: int, b: int, present: bool) -> None:
            super().__init__()
            self.widget, self.a, self.b, self.present = widget, a, b, present

    def __init__(self, text: str = "", persons: list[tuple[int, str]] | None = None,
                 ties: set[tuple[int, int]] | None = None, **kwargs) -> None:
        super().__init__(text, None, **kwargs)
        self.persons = list(persons or [])
        tied = {pair_key(a, b) for a, b in ties or ()}
        self.pairs = []
        for i, (a, name_a) in enumerate(self.persons):
            for b, name_b in self.persons[i + 1:]:
                key = pair_key(a, b)
                self.pairs.append((Text(f"{one_line(name_a, 30)} — {one_line(name_b, 30)}"), key, key in tied))

    def compose(self) -> ComposeResult:
        if self.pairs:
            yield Static("Spatie: kennen elkaar (aan of uit) · Tab: toelichting", classes="ties-help",
                         markup=False)
            yield SelectionList(*self.pairs, id="ties-pairs")
        else:
            yield Static("Er zijn nog geen twee personen genoemd. Noteer wat de cliënt vertelt.",
                         classes="ties-help", markup=False)
        yield explanation(self._initial_text)

    def marked(self) -> list[str]:
        lists = self.query(SelectionList)
        return list(lists.first().selected) if lists else []

    def value(self) -> str | None:
        count = len(self.marked())
        return str(count) if count else None

    def focus_answer(self) -> None:
        lists = self.query(SelectionList)
        (lists.first() if lists else self.text_area()).focus()

    def first_field(self):
        return None if self.query(SelectionList) else self.text_area()  # the list's own keys first

    def on_selection_list_selection_toggled(self, event: SelectionList.SelectionToggled) -> None:
        event.stop()
        a, b = (int(x) for x in str(event.selection.value).split(":"))
        self.post_message(self.Toggled(self, a, b, event.selection.value in event.selection_list.selected))

    def undo(self, a: int, b: int, present: bool) -> None:
        """Show the pair as stored again (a toggle that could not be stored)."""
        lists = self.query(SelectionList)
        if lists:
            (lists.first().select if not present else lists.first().deselect)(pair_key(a, b))
