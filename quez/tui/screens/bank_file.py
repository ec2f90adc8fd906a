"""What the two bank editors (TOML and questions) share: saving's messages, and closing with unsaved changes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from quez.tui.safe import FAILED, attempt

if TYPE_CHECKING:  # checked as the screen it is part of; a plain mixin at run time
    from quez.tui.screens.base import QuezScreen as _Screen
else:
    _Screen = object


class BankFileEditor(_Screen):
    """Mixin for a bank editor screen with ``dirty``, ``saved_text`` and ``check()``.

    Escape (``action_close``) closes it; with unsaved changes only after the worker says so."""

    #: the question's body and its "keep editing" answer
    UNSAVED_BODY = "Je hebt dingen veranderd die nog niet zijn opgeslagen."
    KEEP_EDITING = "Verder bewerken"

    saved_text: str | None
    path: Path

    def read_bank(self) -> str | None:
        """The file's text; None (the screen closes, the worker was told why) when it cannot be read."""
        text = attempt(self, self.path.read_text, encoding="utf-8")
        if text is FAILED:
            self.dismiss()
            return None
        return text

    @property
    def dirty(self) -> bool:
        raise NotImplementedError

    def check(self) -> None:
        raise NotImplementedError

    def refuse_save(self, problems: list) -> None:
        """The bank is not valid: say so; nothing was written."""
        self.check()
        self.notify(f"Niet opgeslagen: nog {len(problems)} probleem/problemen. Het bestand is niet veranderd.",
                    title="Niet opgeslagen", severity="error", timeout=8)

    def saved(self, text: str, message: str, timeout: float) -> None:
        """``text`` was written: it is the saved version now; the app loads the banks again."""
        self.saved_text = text
        self.check()
        attempt(self, self.app.services.reload_banks)
        self.notify(message, timeout=timeout)

    def action_close(self) -> None:
        if not self.dirty:
            self.dismiss()
            return
        from quez.tui.screens.confirm import ConfirmScreen

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss()

        self.app.push_screen(
            ConfirmScreen("Wijzigingen niet opslaan?", self.UNSAVED_BODY, yes="Niet opslaan", no=self.KEEP_EDITING),
            answered,
        )
