"""Keys typed the instant a question appears, before its answer field has the focus.

Textual gives a widget the focus a moment after it is mounted (``focus()`` is carried out
later); a fast typist's first key can arrive in between and reach the screen instead. The
conversation screen hands such a printable key to the answer field, so nothing typed is lost.
"""

from __future__ import annotations

from textual import events


class EarlyKeys:
    """Mixin for the conversation screen (uses its ``answer_widget``)."""

    def on_key(self, event: events.Key) -> None:
        if not event.is_printable or not event.character:
            return
        focused = self.focused
        if focused is not None and focused is not self:
            return  # a field (or the persons list, a button) has it: its own keys
        widget = self.answer_widget
        target = widget.first_field() if widget is not None else None
        if target is None:
            return
        target.focus()
        if hasattr(target, "insert_text_at_cursor"):  # Input
            target.insert_text_at_cursor(event.character)
        else:  # TextArea
            target.insert(event.character)
        event.stop()
