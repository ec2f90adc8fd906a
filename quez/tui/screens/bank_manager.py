"""The question banks QueZ found (simple placeholder until the bank manager lands)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from quez.tui.format import plural
from quez.tui.safe import FAILED, attempt
from quez.tui.widgets.keys import KeyFooter

ORIGIN_LABEL = {"bundled": "meegeleverd", "user": "eigen", "extra": "extra"}


class BankManagerScreen(Screen):
    """Each bank with its origin and overrides; unreadable banks with their problems."""

    BINDINGS = [
        Binding("escape", "close", "Terug", id="banks.close"),
        Binding("r", "reload", "Opnieuw inlezen", id="banks.reload"),
    ]

    DEFAULT_CSS = """
    BankManagerScreen #bank-list { height: 1fr; padding: 0 2; }
    BankManagerScreen .bank-title { text-style: bold; padding-top: 1; }
    BankManagerScreen .bank-detail { color: $text-muted; padding-left: 2; }
    BankManagerScreen .bank-error { color: $text-error; padding-left: 2; }
    """

    def compose(self) -> ComposeResult:
        yield Static("Vragenbanken", classes="screen-title")
        yield VerticalScroll(id="bank-list")
        yield KeyFooter()

    async def on_mount(self) -> None:
        await self._fill(self.app.services.banks)

    async def _fill(self, registry) -> None:
        box = self.query_one("#bank-list", VerticalScroll)
        await box.remove_children()
        widgets: list[Static] = []
        for bank in registry.sorted():
            widgets.append(Static(f"{bank.title}  (v{bank.version})", classes="bank-title", markup=False))
            lines = [
                f"{ORIGIN_LABEL.get(bank.origin, bank.origin)} · {plural(bank.question_count, 'vraag', 'vragen')}"
                f" · ongeveer {bank.estimated_minutes} min · id {bank.id}",
                str(bank.path or ""),
            ]
            if bank.overrides:
                lines.append(f"vervangt {bank.overrides}")
            widgets.append(Static("\n".join(lines), classes="bank-detail", markup=False))
        for error in registry.errors:
            widgets.append(Static(f"Kan niet worden gebruikt: {error.path}", classes="bank-title", markup=False))
            widgets.append(Static("\n".join(str(p) for p in error.problems), classes="bank-error", markup=False))
        if not widgets:
            widgets.append(Static("Geen vragenbanken gevonden.", classes="bank-detail"))
        await box.mount_all(widgets)
        box.focus()

    async def action_reload(self) -> None:
        registry = attempt(self, self.app.services.reload_banks)
        if registry is not FAILED:
            await self._fill(registry)
            self.notify("Vragenbanken opnieuw ingelezen.", timeout=3)

    def action_close(self) -> None:
        self.dismiss()
