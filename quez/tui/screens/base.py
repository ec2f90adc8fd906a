"""The base class of QueZ's full screens: ``self.app`` is the :class:`~quez.tui.app.QuezApp` for the
type checker (dialogs get the same from :class:`quez.tui.screens.dialog.Dialog`).

Textual types ``Screen.app`` as any ``App``; QueZ screens reach the worker's services through
``self.app.services``, so the checker must know the app is QueZ's to check those calls. At run
time nothing changes (the declaration exists only for the type checker).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual.screen import Screen

if TYPE_CHECKING:
    from textual import getters

    from quez.tui.app import QuezApp

ResultType = TypeVar("ResultType")


class QuezScreen(Screen[ResultType]):
    """A full screen of QueZ."""

    if TYPE_CHECKING:
        app = getters.app(QuezApp)
