"""The QueZ Textual app.

Start-up is felt: this module and the home screen import neither pydantic
nor sqlite-utils; the home screen opens the store and loads the banks after
its first paint.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterable
from functools import partial

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from quez.services import Services
from quez.tui.compat import QuietFailure, run_priority_bindings
from quez.tui.screens.home import HomeScreen


class QuezApp(QuietFailure, App[int]):
    """The conversation guide. ``QuezApp(services)``; the CLI runs it."""

    TITLE = "QueZ"
    CSS_PATH = "app.tcss"  # the app-wide styles, beside this module (shipped in the wheel)
    BINDINGS = [
        Binding("ctrl+q", "quit", "Afsluiten", id="app.quit", show=False, priority=True),
        Binding("ctrl+c", "help_quit", show=False, system=True),
        Binding("ctrl+p", "command_palette", "Alle acties", id="app.palette", show=False, priority=True,
                tooltip="Alle acties en toetsen zoeken"),
    ]

    def __init__(self, services: Services):
        super().__init__()
        self.services = services
        #: True once the store is open and the banks are loaded (set by the home screen)
        self.ready = False
        #: the worker's choice to show hints; kept across questions, sessions and runs
        self.hints_visible = True
        #: errors shown to the worker during this run (for tests; never their text in logs)
        self.errors: list[BaseException] = []
        self._last_error: BaseException | None = None
        #: monotonic time of the last key press or click (for an idle lock)
        self.last_input = time.monotonic()

    def get_default_screen(self) -> Screen:
        return HomeScreen()

    def on_mount(self) -> None:
        # closing the terminal or a polite kill: save what was typed first
        try:
            import asyncio

            loop = asyncio.get_running_loop()
            for sig in (signal.SIGHUP, signal.SIGTERM):
                loop.add_signal_handler(sig, self._on_signal)
        except (NotImplementedError, RuntimeError, AttributeError, ValueError):
            pass
        from quez.tui.screens.lock import install_idle_lock  # lock after N idle minutes

        install_idle_lock(self)
        self._restore_preferences()
        from quez.tui.leaks import forget_removed  # Textual would keep removed widgets in memory

        self.set_interval(30, lambda: forget_removed(self, self.screen), name="forget-removed")

    # -- the theme and hints the worker chose last time ------------------------------------
    def _restore_preferences(self) -> None:
        from quez.preferences import load_preferences

        saved = load_preferences(self.services.settings.preferences_path)
        if saved.theme and saved.theme in self.available_themes:
            self.theme = saved.theme
        self.hints_visible = saved.hints
        self.theme_changed_signal.subscribe(self, lambda _theme: self._remember_preferences())

    def _remember_preferences(self) -> None:
        from quez.preferences import Preferences, save_preferences

        save_preferences(self.services.settings.preferences_path,
                         Preferences(theme=self.theme, hints=self.hints_visible))

    def notify(self, message: str, *, title: str = "", severity="information", timeout: float | None = None,
               markup: bool = False) -> None:
        """Every notification (many carry names, paths, bank texts): safe text, never markup."""
        from quez.textsafety import display_safe

        kwargs = {} if timeout is None else {"timeout": timeout}
        super().notify(display_safe(str(message)), title=display_safe(str(title)), severity=severity,
                       markup=False, **kwargs)

    def toggle_hints(self) -> bool:
        """Show or hide the worker's hints, remembered for next time; whether they show now."""
        self.hints_visible = not self.hints_visible
        self._remember_preferences()
        return self.hints_visible

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown)):
            self.last_input = time.monotonic()
        if isinstance(event, events.Paste):  # pasted terminal escapes must not reach an answer
            from quez.textsafety import clean_for_editing

            event.text = clean_for_editing(event.text)
        if isinstance(event, events.Key) and event.key in ("tab", "shift+tab") and self._tab_leaves_field():
            # move on now, before the keys typed after Tab are handed to the field being left
            # (Textual would move focus only once Tab had bubbled back up; see widgets/editors.py)
            if not await run_priority_bindings(self, event.key):
                if event.key == "tab":
                    self.screen.focus_next()
                else:
                    self.screen.focus_previous()
            return
        await super().on_event(event)

    def _tab_leaves_field(self) -> bool:
        from quez.tui.widgets.editors import Input, TextArea

        focused = self.focused
        return isinstance(focused, Input) or (isinstance(focused, TextArea) and focused.tab_behavior == "focus")

    def _on_signal(self) -> None:
        self.flush()
        self.exit(return_code=1)

    # -- navigation hooks other screens use ------------------------------------------
    def go_home(self) -> None:
        """Back to the home screen, closing everything above it."""
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def open_conversation(self, session_id: int, replace: bool = False) -> None:
        from quez.tui.screens.conversation import ConversationScreen

        screen = ConversationScreen(session_id)
        if replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def show_summary(self, session_id: int) -> None:
        """The session summary: persons, what good they think of the client, the network picture."""
        from quez.tui.screens.summary import SummaryScreen

        self.push_screen(SummaryScreen(session_id))

    # -- saving before leaving ------------------------------------------------------------
    def flush(self) -> None:
        """Save what is typed on every open screen (drafts, position, elapsed time)."""
        for screen in list(self.screen_stack):
            flush = getattr(screen, "flush", None)
            if flush is not None:
                try:
                    flush()
                except Exception as exc:  # pragma: no cover - best effort while leaving
                    self._last_error = exc

    async def action_quit(self) -> None:
        self.flush()
        self.exit()

    def action_help_quit(self) -> None:
        self.flush()
        self.notify("Wat je typte is bewaard. Afsluiten doe je met Ctrl+Q.", title="Afsluiten?", timeout=6)

    # -- command palette: Dutch, plus every key of the current screen ------------------------
    def action_command_palette(self) -> None:
        from quez.tui.screens.palette import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(id="--command-palette"))

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        from quez.tui.screens.palette import CommandPalette

        self.push_screen(CommandPalette(providers=[ThemeProvider], placeholder="Zoek een kleurenschema…"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from quez.tui.screens.palette import SYSTEM_ACTIONS

        seen: set[str] = set()
        for _key, active in screen.active_bindings.items():
            node, binding, enabled, tooltip = active
            if not binding.description or binding.system or not enabled:
                continue
            if binding.id is None and node is not screen and node is not self:
                continue  # a widget's own keys (cursor movement, ...) are not actions for the worker
            if binding.action in seen or binding.action in ("quit", "app.quit", "command_palette"):
                continue
            seen.add(binding.action)
            description, help_text = SYSTEM_ACTIONS.get(
                binding.action, (binding.description, tooltip or binding.tooltip or binding.description))
            yield SystemCommand(
                description,
                f"{help_text} ({self.get_key_display(binding)})",
                partial(self.run_action, binding.action, node),
            )
        yield SystemCommand("Thema wisselen", "Licht of donker, of een ander kleurenschema", self.action_change_theme)
        if screen.query("HelpPanel"):
            yield SystemCommand("Toetsen verbergen", "Het overzicht van de toetsen sluiten",
                                self.action_hide_help_panel)
        else:
            yield SystemCommand("Toetsen tonen", "Overzicht van de toetsen op dit scherm", self.action_show_help_panel)
        yield SystemCommand("Afsluiten", "QueZ afsluiten; wat je typte wordt bewaard", self.action_quit)

    # -- never a traceback on screen (it could even show answer text); Textual's hooks: compat.py --
    def before_failing(self, error: Exception) -> None:
        self._last_error = error
        self.flush()

    def failure_message(self) -> str | None:
        if os.environ.get("QUEZ_DEBUG"):
            return None  # Textual's traceback
        from quez.errors import describe

        message, _ = describe(self._last_error or RuntimeError())
        return f"quez: {message}"
