"""Text fields that keep the worker's keys in the order they were typed.

Textual hands a printable key straight to the focused Input or TextArea, but runs
the field's own bound keys (Backspace, arrows, Delete, Ctrl+W, Enter in an Input…)
only after the key has bubbled up to the app. Keys that arrive together (fast
typing, or keys held back while the app was busy for a moment) were then applied
out of order: "b a Backspace c ← x" gave "bac" instead of "bxc". Textual issue
#6605 (fix proposed in PR #6631). Here the field runs its own bindings in its own
turn, in the order the keys came; everything else (priority bindings, the screen's
and the app's keys) goes the usual way. Use these instead of Textual's classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.actions import parse
from textual.widgets import Input as _Input
from textual.widgets import TextArea as _TextArea

if TYPE_CHECKING:  # checked as the widget it is mixed into (Input, TextArea); a plain mixin at run time
    from textual.widget import Widget as _Widget
else:
    _Widget = object


class InOrderKeys(_Widget):
    """Mixin for a text widget: its own (non-priority) key bindings run inline in ``_on_key``."""

    async def _on_key(self, event: events.Key) -> None:
        await super()._on_key(event)  # printable keys, Enter and Tab in a TextArea
        if getattr(event, "_stop_propagation", False) or getattr(event, "_no_default_action", False):
            return
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if binding.priority:
                continue  # the app checked those before the key came here
            _namespace, name, parameters = parse(binding.action)
            if self.check_action(name, parameters) is not True:
                continue  # as Textual would: on to the screen's and the app's bindings
            event.stop()
            event.prevent_default()
            await self.run_action(binding.action)
            return


class Input(InOrderKeys, _Input):
    """Textual's Input, keys applied in the order typed; its value never holds terminal control
    (a stored name or label put in the field would otherwise be sent to the terminal as it is)."""

    def validate_value(self, value: str) -> str:
        from quez.textsafety import clean_for_editing

        return value if value.isprintable() else clean_for_editing(value)


class TextArea(InOrderKeys, _TextArea):
    """Textual's TextArea, keys applied in the order typed; Ctrl+K deletes to the end of the line as
    typed (Textual's stops at the end of the part that fits on screen when a long line wraps)."""

    def on_resize(self) -> None:
        # made smaller (a problem list, more persons named above it): the line being typed stays in view
        if self.has_focus:
            self.call_after_refresh(self.scroll_cursor_visible)

    def _logical_line_end(self) -> tuple[int, int]:
        row = self.selection.end[0]
        return row, len(self.document[row])

    def action_delete_to_end_of_line(self) -> None:
        self._delete_via_keyboard(self.selection.end, self._logical_line_end())

    async def action_delete_to_end_of_line_or_delete_line(self) -> None:
        row = self.selection.end[0]
        if not self.document[row]:
            await self.run_action("delete_line")  # an empty line goes
        elif self.selection.start == self.selection.end == self._logical_line_end():
            await self.run_action("delete_right")  # at the end: the next line joins this one
        else:
            self.action_delete_to_end_of_line()
