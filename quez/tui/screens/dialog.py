"""The dialog every modal screen of QueZ is: a box in the middle, a title, a help line, an error line, buttons.

A dialog composes ``with Vertical():`` (the box) and uses :func:`title`,
:func:`help_line`, :func:`error_line` and :func:`buttons` for the parts every
dialog has; its own DEFAULT_CSS says only what differs (a width, a field's
height). Escape-to-cancel (``action_cancel``) dismisses with None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import Button, Static

if TYPE_CHECKING:
    from textual import getters

    from quez.tui.app import QuezApp

T = TypeVar("T")

#: below this many rows a dialog is "short": it gets the ``-short`` class and fits itself (:meth:`Dialog.fit`)
SHORT_ROWS = 20


class Dialog(ModalScreen[T]):
    """A modal box over the screen below; the shared layout and styles."""

    if TYPE_CHECKING:  # the checker knows the app is QueZ's (see quez.tui.screens.base)
        app = getters.app(QuezApp)

    DEFAULT_CSS = """
    Dialog { align: center middle; }
    Dialog > Vertical, Dialog > VerticalScroll {
        width: 76; max-width: 95%; height: auto; padding: 1 2; background: $surface; border: round $primary;
    }
    Dialog .dialog-title { text-style: bold; color: $text-primary; }
    Dialog .dialog-help { color: $text-muted; padding-bottom: 1; height: auto; }
    Dialog .dialog-error { color: $text-error; height: auto; }
    Dialog .dialog-buttons { height: auto; align-horizontal: right; padding-top: 1; }
    Dialog .dialog-buttons Button { margin-left: 2; }
    """

    def on_resize(self) -> None:
        short = self.size.height < SHORT_ROWS
        self.set_class(short, "-short")
        self.fit(short)

    def fit(self, short: bool) -> None:
        """Called on every resize: a dialog with a list makes it fit a short screen."""

    def action_cancel(self) -> None:
        self.dismiss(None)


def title(content, id: str, **kwargs) -> Static:
    """The dialog's title (bold)."""
    return Static(content, id=id, classes="dialog-title", **kwargs)


def help_line(content, id: str, **kwargs) -> Static:
    """What the dialog is for, muted, under the title."""
    return Static(content, id=id, classes="dialog-help", **kwargs)


def error_line(id: str) -> Static:
    """Empty until the dialog has something to say about what was typed."""
    return Static("", id=id, classes="dialog-error")


def buttons(*row: Button) -> Horizontal:
    """The row of buttons, to the right under the rest."""
    return Horizontal(*row, classes="dialog-buttons")


def cancel_and(label: str, id: str = "save") -> Horizontal:
    """"Annuleren" and the primary button."""
    return buttons(Button("Annuleren", id="cancel"), Button(label, id=id, variant="primary"))
