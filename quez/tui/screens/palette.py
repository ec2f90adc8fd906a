"""The command palette (Ctrl+P, *Alle acties*) in Dutch: its placeholder, keys and 'nothing found'."""

from __future__ import annotations

from textual.binding import Binding
from textual.command import CommandPalette as _CommandPalette

from quez.tui.compat import NoMatchesText

PLACEHOLDER = "Zoek een actie of toets…"
NOTHING_FOUND = "Niets gevonden"

#: Textual's names for the screen's own keys, as the worker reads them in the palette
SYSTEM_ACTIONS = {
    "app.focus_next": ("Volgend veld", "Naar het volgende veld"),
    "app.focus_previous": ("Vorig veld", "Naar het vorige veld"),
    "screen.copy_text": ("Tekst kopiëren", "De geselecteerde tekst kopiëren"),
}


class CommandPalette(NoMatchesText, _CommandPalette):
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

    NO_MATCHES_TEXT = NOTHING_FOUND  # Textual's 'No matches found'

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("placeholder", PLACEHOLDER)
        super().__init__(**kwargs)
