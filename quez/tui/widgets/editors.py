"""Text fields that keep the worker's keys in the order they were typed.

Textual hands a printable key straight to the focused Input or TextArea, but runs
the field's own bound keys (Backspace, arrows, Delete, Ctrl+W, Enter in an Input…)
only after the key has bubbled up to the app. Keys that arrive together (fast
typing, or keys held back while the app was busy for a moment) were then applied
out of order: "b a Backspace c ← x" gave "bac" instead of "bxc". Textual issue
#6605 (fix proposed in PR #6631). Here the field runs its own bindings in its own
turn, in the order the keys came (:class:`quez.tui.compat.InOrderKeys`: it overrides a
private Textual hook); everything else (priority bindings, the screen's and the app's
keys) goes the usual way. Use these instead of Textual's classes.
"""

from __future__ import annotations

from textual.widgets import Input as _Input
from textual.widgets import TextArea as _TextArea

from quez.tui.compat import InOrderKeys, delete_range

__all__ = ["InOrderKeys", "Input", "TextArea"]


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
        delete_range(self, self.selection.end, self._logical_line_end())

    async def action_delete_to_end_of_line_or_delete_line(self) -> None:
        row = self.selection.end[0]
        if not self.document[row]:
            await self.run_action("delete_line")  # an empty line goes
        elif self.selection.start == self.selection.end == self._logical_line_end():
            await self.run_action("delete_right")  # at the end: the next line joins this one
        else:
            self.action_delete_to_end_of_line()
