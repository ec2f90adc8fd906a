"""Offering the follow-ups ("doorvragen") after a persons question."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from quez.tui.widgets.follow_ups import FollowUpOffer


class FollowUpScreen(ModalScreen[list[str]]):
    """``FollowUpScreen([(id, text), ...])``; dismisses with the ids taken (maybe none)."""

    BINDINGS = [Binding("escape", "none", "Geen", id="follow_ups.none")]

    DEFAULT_CSS = """
    FollowUpScreen { align: center middle; }
    FollowUpScreen > Vertical {
        width: 80; max-width: 98%; height: auto; max-height: 95%;
        padding: 0 1; background: $surface; border: round $primary;
    }
    FollowUpScreen #fu-title { text-style: bold; color: $text-primary; }
    FollowUpScreen #fu-help { color: $text-muted; padding-bottom: 1; }
    FollowUpScreen Horizontal { height: auto; align-horizontal: right; padding-top: 1; }
    FollowUpScreen Button { margin-left: 1; }
    """

    def __init__(self, offers: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.offers = list(offers)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Doorvragen?", id="fu-title")
            yield Static("Spatie kiest · Enter neemt de gekozen · A alle · Esc geen", id="fu-help")
            yield FollowUpOffer(self.offers, id="offer")
            with Horizontal():
                yield Button("Geen", id="none")
                yield Button("Alle", id="all")
                yield Button("Gekozen doorvragen", id="take", variant="primary")

    def on_mount(self) -> None:
        self.query_one(FollowUpOffer).focus()

    @on(FollowUpOffer.Chosen)
    def _chosen(self, event: FollowUpOffer.Chosen) -> None:
        event.stop()
        self.dismiss(event.ids)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        offer = self.query_one(FollowUpOffer)
        if event.button.id == "take":
            offer.action_take()
        elif event.button.id == "all":
            offer.action_take_all()
        else:
            offer.take_none()

    def action_none(self) -> None:
        self.dismiss([])
