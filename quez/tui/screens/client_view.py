"""The screen turned to the client: her network and what others think is good about her.

Calm and full-screen: the picture (no tension, no broken-off contacts) and
"Wat anderen goed vinden aan jou" in her own words. Nothing of the worker's:
no keys, hints, notes, tensions or suggestions. ``c`` or Esc turns it back.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from quez.network.client_view import TITLE, client_text
from quez.textsafety import display_safe
from quez.tui.screens.base import QuezScreen
from quez.tui.widgets.network_picture import NetworkPicture


class ClientViewScreen(QuezScreen):
    """``ClientViewScreen(network)``."""

    BINDINGS = [
        Binding("c,escape", "close", "Terug", show=False, id="client_view.close"),
    ]

    DEFAULT_CSS = """
    ClientViewScreen { background: $background; padding: 0 2; }
    ClientViewScreen NetworkPicture { height: 1fr; min-height: 12; }
    ClientViewScreen #client-title { text-style: bold; color: $text-primary; height: 1; margin-top: 1; }
    ClientViewScreen #client-words-scroll { height: auto; max-height: 45%; }
    ClientViewScreen #client-words { height: auto; color: $text; }
    """

    def __init__(self, network) -> None:
        super().__init__()
        self.network = network

    def compose(self) -> ComposeResult:
        yield NetworkPicture(for_client=True, id="client-picture")
        yield Static(TITLE, id="client-title", markup=False)
        with VerticalScroll(id="client-words-scroll"):
            yield Static(display_safe("\n".join(client_text(self.network)).rstrip()), id="client-words",
                         markup=False)

    def on_mount(self) -> None:
        self.query_one(NetworkPicture).network = self.network

    def action_close(self) -> None:
        self.dismiss()
