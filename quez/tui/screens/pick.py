"""Choose one item from a short list (merge target, what to split off, an opinion)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quez.tui.safe import shown, shown_line
from quez.tui.screens.dialog import Dialog, help_line, title


class PickScreen(Dialog[str | None]):
    """``PickScreen(title, help, [(id, label), ...])``; dismisses with the chosen id, or None."""

    BINDINGS = [Binding("escape", "cancel", "Annuleren", id="pick.cancel")]

    DEFAULT_CSS = """
    PickScreen > Vertical { max-height: 90%; }
    PickScreen OptionList { height: auto; max-height: 14; }
    PickScreen.-short > Vertical { padding: 0 1; }
    PickScreen.-short #pick-help { padding-bottom: 0; }
    """

    def __init__(self, title: str, help: str, options: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text, self.help, self.options = title, help, options

    def compose(self) -> ComposeResult:
        with Vertical():
            yield title(shown(self.title_text), id="pick-title")
            yield help_line(shown(self.help), id="pick-help")
            yield OptionList(*[Option(shown_line(label, 70), id=key) for key, label in self.options])

    def on_mount(self) -> None:
        option_list = self.query_one(OptionList)
        option_list.highlighted = 0 if self.options else None
        option_list.focus()

    def fit(self, short: bool) -> None:
        # every choice in view on a small screen (the list scrolls)
        self.query_one(OptionList).styles.max_height = max(3, self.size.height - 8) if short else 14

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)
