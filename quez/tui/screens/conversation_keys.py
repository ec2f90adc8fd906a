"""Keys typed the instant a question appears, before its answer field has the focus.

Textual gives a widget the focus a moment after it is mounted (``focus()`` is carried out
later), and a key pressed while the screen is still busy showing the question waits in the
screen's queue. Either way a fast typist's first key reaches the screen instead of the field.
The conversation screen hands such a printable key to the field, so nothing typed is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events

from quez.tui.screens.conversation_host import ConversationHost
from quez.tui.widgets.editors import Input, TextArea

if TYPE_CHECKING:
    pass


class EarlyKeys(ConversationHost):
    """Mixin for the conversation screen (uses its ``answer_widget``)."""

    def on_key(self, event: events.Key) -> None:
        if not event.is_printable or not event.character:
            return
        focused = self.focused
        target: Input | TextArea | None
        if isinstance(focused, (Input, TextArea)):
            # a text field takes (and stops) every printable key it is given: this one was
            # sent to the screen before the field had the focus
            target = focused
        elif focused is None or focused is self:
            widget = self.answer_widget
            target = widget.first_field() if widget is not None else None
        else:
            return  # a list, a scale or a button: the key bubbled up from it, not ours to take
        if target is None or getattr(target, "read_only", False):
            return
        target.focus()
        if isinstance(target, Input):
            target.insert_text_at_cursor(event.character)
        else:
            target.insert(event.character)
        event.stop()
