"""The QueZ Textual app (placeholder until the conversation TUI lands)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

from quez.services import Services


class QuezApp(App[int]):
    TITLE = "QueZ"

    def __init__(self, services: Services):
        super().__init__()
        self.services = services

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("QueZ", id="placeholder")
        yield Footer()
