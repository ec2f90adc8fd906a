"""Offering the follow-ups ("doorvragen") after a persons question."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button

from quez.tui.screens.dialog import Dialog, buttons, help_line, title
from quez.tui.widgets.follow_ups import FollowUpOffer


class FollowUpScreen(Dialog[list[str]]):
    """``FollowUpScreen([(id, text), ...])``; dismisses with the ids taken (maybe none)."""

    BINDINGS = [Binding("escape", "none", "Geen", id="follow_ups.none")]

    DEFAULT_CSS = """
    FollowUpScreen > Vertical { width: 80; max-width: 98%; max-height: 95%; padding: 0 1; }
    FollowUpScreen .dialog-buttons Button { margin-left: 1; }
    FollowUpScreen.-short .dialog-help { padding-bottom: 0; }
    FollowUpScreen.-short .dialog-buttons { padding-top: 0; }
    """

    def __init__(self, offers: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.offers = list(offers)

    def compose(self) -> ComposeResult:
        with Vertical():
            many = f" ({len(self.offers)})" if len(self.offers) > 1 else ""
            yield title(f"Doorvragen?{many}", id="fu-title")
            yield help_line("Spatie kiest · Enter neemt de gekozen · A alle · Esc geen", id="fu-help")
            yield FollowUpOffer(self.offers, id="offer")
            yield buttons(Button("Geen", id="none"), Button("Alle", id="all"),
                          Button("Gekozen doorvragen", id="take", variant="primary"))

    def on_mount(self) -> None:
        self.query_one(FollowUpOffer).focus()

    def fit(self, short: bool) -> None:
        # a small screen: the list scrolls in what is left, the buttons take one line each, all in view
        for button in self.query(Button):
            button.compact = short
        self.query_one(FollowUpOffer).styles.max_height = max(3, self.size.height - 9) if short else 12

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
