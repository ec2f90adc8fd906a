"""A small modal form: Enter in a field or the primary button submits, Escape or "Annuleren" cancels."""

from __future__ import annotations

from typing import TypeVar

from textual.widgets import Button

from quez.tui.screens.dialog import Dialog
from quez.tui.widgets.editors import Input

T = TypeVar("T")


class FormModal(Dialog[T]):
    """Subclasses implement :meth:`submit` (validate, then ``dismiss(value)``); cancelling dismisses None."""

    #: ids of the buttons that submit; any other button cancels
    SUBMIT_BUTTONS: tuple[str, ...] = ("save", "ok")

    def submit(self) -> None:
        raise NotImplementedError

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id in self.SUBMIT_BUTTONS:
            self.submit()
        else:
            self.dismiss(None)

    def action_save(self) -> None:
        """A key that saves (Ctrl+S in a note): as the primary button."""
        self.submit()
