"""The idle lock: after N minutes without a key press, nothing of the client shows.

An encrypted database asks for its passphrase to come back (checked against
the one given at start, in memory only); an unencrypted one for a key press.
What was typed is saved before the screen locks. ``install_idle_lock(app)``
starts the watch; the app calls it once, on mount.
"""

from __future__ import annotations

import hmac
import time
from typing import TYPE_CHECKING

from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from quez.tui.screens.base import QuezScreen
from quez.tui.widgets.editors import Input
from quez.wording import plural

if TYPE_CHECKING:
    from quez.tui.app import QuezApp

#: wrong passphrases before QueZ closes (everything is saved already)
MAX_ATTEMPTS = 5


class LockScreen(QuezScreen[None]):
    """Opaque: hides every screen below it, the conversation's clock stops."""

    BINDINGS = [
        Binding("ctrl+q", "quit", "Afsluiten", id="lock.quit", priority=True),
    ]

    DEFAULT_CSS = """
    LockScreen { align: center middle; background: $background; }
    LockScreen #lock-box { width: 60; height: auto; padding: 1 2; border: round $primary; }
    LockScreen #lock-title { text-style: bold; padding-bottom: 1; }
    LockScreen #lock-message { color: $text-error; height: auto; }
    LockScreen #lock-hint { color: $text-muted; padding-top: 1; }
    """

    def __init__(self, passphrase: str | None = None):
        super().__init__()
        self._passphrase = passphrase
        self.attempts = 0

    @property
    def needs_passphrase(self) -> bool:
        return self._passphrase is not None

    def compose(self) -> ComposeResult:
        with Vertical(id="lock-box"):
            yield Static("QueZ is vergrendeld", id="lock-title")
            if self.needs_passphrase:
                yield Static("Typ het wachtwoord van de database om verder te gaan.")
                yield Input(password=True, placeholder="Wachtwoord", id="lock-passphrase")
                yield Static("", id="lock-message")
            else:
                yield Static("Druk op een toets om verder te gaan.")
            yield Static("Alles wat getypt was, is bewaard. Ctrl+Q sluit QueZ af.", id="lock-hint")

    def on_mount(self) -> None:
        if self.needs_passphrase:
            self.query_one(Input).focus()

    def on_key(self, event: events.Key) -> None:
        if not self.needs_passphrase and event.key != "ctrl+q":
            event.stop()
            self.dismiss(None)

    def on_click(self) -> None:
        if not self.needs_passphrase:
            self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        typed = event.value
        event.input.value = ""
        if hmac.compare_digest(typed.encode("utf-8"), (self._passphrase or "").encode("utf-8")):
            self.dismiss(None)
            return
        self.attempts += 1
        left = MAX_ATTEMPTS - self.attempts
        if left <= 0:
            self.app.exit(return_code=1,
                          message="QueZ is afgesloten na te veel verkeerde wachtwoorden; alles is bewaard.")
            return
        message = f"Dat wachtwoord klopt niet. Nog {plural(left, 'poging', 'pogingen')}."
        self.query_one("#lock-message", Static).update(message)

    def action_quit(self) -> None:
        self.app.exit()


def is_locked(app: App) -> bool:
    return any(isinstance(screen, LockScreen) for screen in app.screen_stack)


def lock_now(app: QuezApp) -> None:
    """Save what is typed and cover everything with the lock screen."""
    if is_locked(app):
        return
    flush = getattr(app, "flush", None)
    if flush is not None:
        flush()
    from quez.storage import crypto

    app.push_screen(LockScreen(crypto.passphrase_for(app.services.settings.db_path)))


def install_idle_lock(app: QuezApp) -> None:
    """Lock after ``settings.idle_lock_minutes`` without a key press or click (0: never)."""
    minutes = app.services.settings.idle_lock_minutes
    if not minutes or minutes <= 0:
        return
    limit = minutes * 60

    def check() -> None:
        if not is_locked(app) and time.monotonic() - getattr(app, "last_input", time.monotonic()) >= limit:
            lock_now(app)

    app.set_interval(min(15.0, max(limit / 4, 0.05)), check, name="idle-lock")
