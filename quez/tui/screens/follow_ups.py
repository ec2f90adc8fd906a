"""Offering the follow-ups ("doorvragen") after a persons question."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from quez.tui.screens.base import QuezModal
from quez.tui.widgets.follow_ups import FollowUpOffer


class FollowUpScreen(QuezModal[list[str]]):
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
    FollowUpScreen.-short #fu-help { padding-bottom: 0; }
    FollowUpScreen.-short Horizontal { padding-top: 0; }
    """

    def __init__(self, offers: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.offers = list(offers)

    def compose(self) -> ComposeResult:
        with Vertical():
            many = f" ({len(self.offers)})" if len(self.offers) > 1 else ""
            yield Static(f"Doorvragen?{many}", id="fu-title")
            yield Static("Spatie kiest · Enter neemt de gekozen · A alle · Esc geen", id="fu-help")
            yield FollowUpOffer(self.offers, id="offer")
            with Horizontal():
                yield Button("Geen", id="none")
                yield Button("Alle", id="all")
                yield Button("Gekozen doorvragen", id="take", variant="primary")

    def on_mount(self) -> None:
        self.query_one(FollowUpOffer).focus()

    def on_resize(self) -> None:
        # a small screen: the list scrolls in what is left, the buttons take one line each, all in view
        height = self.size.height
        short = height < 20
        self.set_class(short, "-short")
        for button in self.query(Button):
            button.compact = short
        self.query_one(FollowUpOffer).styles.max_height = max(3, height - 9) if short else 12

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
