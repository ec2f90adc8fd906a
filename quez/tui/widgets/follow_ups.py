"""The list of follow-ups ("doorvragen") offered after a persons question."""

from __future__ import annotations

from collections.abc import Sequence

from rich.segment import Segment
from textual.binding import Binding
from textual.message import Message
from textual.strip import Strip
from textual.widgets import SelectionList
from textual.widgets.option_list import OptionDoesNotExist

from quez.tui.safe import shown


class FollowUpOffer(SelectionList[str]):
    """Space marks a follow-up; Enter takes the marked ones (or the highlighted one)."""

    BINDINGS = [
        Binding("enter", "take", "Doorvragen", id="follow_ups.take"),
        Binding("a", "take_all", "Alle", id="follow_ups.all"),
    ]

    DEFAULT_CSS = """
    FollowUpOffer { height: auto; max-height: 12; }
    """

    class Chosen(Message):
        """The worker chose these follow-ups (ids, in the offered order); may be empty."""

        def __init__(self, offer: FollowUpOffer, ids: list[str]) -> None:
            super().__init__()
            self.offer = offer
            self.ids = ids

    def __init__(self, offers: Sequence[tuple[str, str]], **kwargs) -> None:
        """``offers`` are ``(id, text)`` pairs."""
        super().__init__(*((shown(text), oid, False) for oid, text in offers), **kwargs)
        self._order = [oid for oid, _ in offers]

    def render_line(self, y: int) -> Strip:
        """A checked follow-up shows ✓, an unchecked one an empty box: readable without colour."""
        strip = super().render_line(y)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        segments = list(strip)
        if len(segments) < 3:
            return strip
        mark = "✓" if selection.value in self._selected else " "
        segments[1] = Segment(mark, segments[1].style)
        return Strip(segments, strip.cell_length)

    def chosen(self) -> list[str]:
        marked = set(self.selected)
        if not marked and self.highlighted is not None:
            marked = {self.get_option_at_index(self.highlighted).value}
        return [oid for oid in self._order if oid in marked]

    def action_take(self) -> None:
        self.post_message(self.Chosen(self, self.chosen()))

    def action_take_all(self) -> None:
        self.post_message(self.Chosen(self, list(self._order)))

    def take_none(self) -> None:
        self.post_message(self.Chosen(self, []))
