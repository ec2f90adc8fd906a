"""The neutral view while the conversation is paused: nothing about the client shows."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static


class PauseScreen(Screen[None]):
    """A blank, calm screen; Enter, Esc or Ctrl+S brings the conversation back."""

    BINDINGS = [
        Binding("enter,escape,ctrl+s,space", "resume", "Verder", id="pause.resume", priority=True),
    ]

    DEFAULT_CSS = """
    PauseScreen { align: center middle; background: $background; }
    PauseScreen #pause-text { width: auto; color: $text-disabled; }
    """

    def compose(self) -> ComposeResult:
        yield Static("Even pauze · Enter om verder te gaan", id="pause-text")

    def action_resume(self) -> None:
        self.dismiss(None)

    def on_click(self) -> None:
        self.dismiss(None)
