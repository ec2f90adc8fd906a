"""The command palette (Ctrl+P, *Alle acties*) in Dutch: its placeholder, keys and 'nothing found'."""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.binding import Binding
from textual.command import CommandList
from textual.command import CommandPalette as _CommandPalette
from textual.widgets.option_list import Option

PLACEHOLDER = "Zoek een actie of toets…"
NOTHING_FOUND = "Niets gevonden"

#: Textual's names for the screen's own keys, as the worker reads them in the palette
SYSTEM_ACTIONS = {
    "app.focus_next": ("Volgend veld", "Naar het volgende veld"),
    "app.focus_previous": ("Vorig veld", "Naar het vorige veld"),
    "screen.copy_text": ("Tekst kopiëren", "De geselecteerde tekst kopiëren"),
}


class CommandPalette(_CommandPalette):
    """Textual's palette with Dutch words (same name, so it reads the same in the screen stack)."""

    BINDINGS = [
        Binding("ctrl+end, shift+end", "command_list('last')", "Naar onder", show=False),
        Binding("ctrl+home, shift+home", "command_list('first')", "Naar boven", show=False),
        Binding("down", "cursor_down", "Volgende actie", show=False),
        Binding("escape", "escape", "Sluiten"),
        Binding("pagedown", "command_list('page_down')", "Volgende pagina", show=False),
        Binding("pageup", "command_list('page_up')", "Vorige pagina", show=False),
        Binding("up", "command_list('cursor_up')", "Vorige actie", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("placeholder", PLACEHOLDER)
        super().__init__(**kwargs)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual's, with its 'No matches found' in Dutch."""
        self._stop_no_matches_countdown()

        def _show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(NOTHING_FOUND, style="not bold")), disabled=True, id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, _show_no_matches)
