"""The question banks: bundled, own, overridden and unusable; copy, create and edit them.

Bundled banks are read-only: make an own copy (``d``) to adapt one. Own banks
(in the user bank folder) open in the question editor (``s``, no TOML) or the
TOML editor (``e``). Sessions keep the bank as it was when they were held, so
editing never changes how a past session reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quez.textsafety import one_line
from quez.tui.format import shown_path
from quez.tui.safe import FAILED, attempt, shown
from quez.tui.screens.base import QuezScreen
from quez.tui.widgets.keys import KeyFooter
from quez.wording import local_time, plural

if TYPE_CHECKING:
    from quez.banks.loader import BankError
    from quez.banks.models import Bank

ORIGIN_LABEL = {"bundled": "meegeleverd", "user": "eigen", "extra": "extra map"}


@dataclass
class Entry:
    kind: str  # bank | overridden | invalid
    bank: Bank | None = None  # kind bank or overridden
    error: BankError | None = None  # kind invalid

    @property
    def path(self) -> Path:
        path = self.bank.path if self.bank is not None else self.error.path if self.error is not None else None
        assert path is not None, "the registry lists bank files"
        return path

    @property
    def usable(self) -> Bank:
        assert self.bank is not None, "a bank entry"
        return self.bank

    @property
    def failure(self) -> BankError:
        assert self.error is not None, "an invalid entry"
        return self.error


def _stamp_iso(stamp: str) -> str:
    """A backup's name stamp (``20261123-071503-123456``, local time) as ISO text for local_time."""
    from datetime import datetime

    try:
        return datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f").astimezone().isoformat()
    except ValueError:
        return stamp


class BankManagerScreen(QuezScreen):
    """``BankManagerScreen()``: every bank QueZ finds, with what can be done with it."""

    BINDINGS = [
        Binding("escape", "close", "Terug", id="banks.close"),
        Binding("s", "edit_questions", "Vragen aanpassen", id="banks.structured",
                tooltip="Vragen toevoegen, verplaatsen, verwijderen of anders formuleren, zonder TOML"),
        Binding("e", "edit_toml", "TOML bewerken", id="banks.toml"),
        Binding("d", "duplicate", "Eigen kopie", id="banks.duplicate",
                tooltip="Kopieer deze bank naar je eigen banken om hem aan te passen"),
        Binding("n", "new_bank", "Nieuwe bank", id="banks.new"),
        Binding("u", "restore_previous", "Vorige versie", id="banks.restore",
                tooltip="Zet de versie van voor de laatste keer opslaan terug (de huidige wordt bewaard)"),
        Binding("r", "reload", "Opnieuw inlezen", id="banks.reload"),
    ]

    DEFAULT_CSS = """
    BankManagerScreen #bank-columns { height: 1fr; padding: 0 1; }
    BankManagerScreen #bank-options { width: 36; height: 1fr; border: round $primary 50%; }
    BankManagerScreen.-narrow #bank-options { width: 26; }
    BankManagerScreen #bank-detail { width: 1fr; height: 1fr; padding: 0 1; }
    BankManagerScreen .bank-title { text-style: bold; color: $text-primary; }
    BankManagerScreen .bank-detail { color: $text-muted; padding-top: 1; }
    BankManagerScreen .bank-hint { padding-top: 1; }
    BankManagerScreen .bank-error { color: $text-error; padding-top: 1; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Entry] = []

    def compose(self) -> ComposeResult:
        yield Static("Vragenbanken", classes="screen-title")
        with Horizontal(id="bank-columns"):
            yield OptionList(id="bank-options")
            yield VerticalScroll(id="bank-detail")
        yield KeyFooter()

    def on_resize(self) -> None:
        self.set_class(self.size.width < 90, "-narrow")  # the details need the room

    async def on_mount(self) -> None:
        await self.fill(self.app.services.banks)
        self.query_one("#bank-options").focus()

    async def on_screen_resume(self) -> None:
        if self.entries:
            await self.reload(quiet=True)

    # -- the list --------------------------------------------------------------------------
    async def fill(self, registry, select_path=None) -> None:
        self.entries = [Entry("bank", bank=b) for b in registry.sorted()]
        self.entries += [Entry("overridden", bank=b) for b in registry.overridden]
        self.entries += [Entry("invalid", error=e) for e in registry.errors]
        options = self.query_one("#bank-options", OptionList)
        options.clear_options()
        for i, entry in enumerate(self.entries):
            options.add_option(Option(shown(self._label(entry)), id=str(i)))
        if not self.entries:
            await self._detail([("Geen vragenbanken gevonden. Maak er een met n (Nieuwe bank).", "bank-hint")])
            return
        index = 0
        if select_path is not None:
            index = next((i for i, e in enumerate(self.entries) if e.path == select_path), 0)
        options.highlighted = index
        await self.show(index)

    def _label(self, entry: Entry) -> str:
        if entry.kind == "invalid":
            return f"⚠ {one_line(entry.path.name, 30)}\n  kan niet worden gebruikt"
        bank = entry.usable
        origin = ORIGIN_LABEL.get(bank.origin, bank.origin)
        if entry.kind == "overridden":
            origin += ", vervangen"
        return f"{one_line(bank.title, 32)}\n  {origin} · {plural(bank.question_count, 'vraag', 'vragen')}"

    @property
    def current(self) -> Entry | None:
        index = self.query_one("#bank-options", OptionList).highlighted
        return self.entries[index] if index is not None and index < len(self.entries) else None

    async def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        await self.show(int(event.option.id or 0))

    async def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entry = self.current
        if entry and self._editable(entry):
            self.action_edit_questions() if entry.kind == "bank" else self.action_edit_toml()

    async def show(self, index: int) -> None:
        entry = self.entries[index]
        lines: list[tuple[str, str]] = []
        if entry.kind == "invalid":
            lines.append((f"Kan niet worden gebruikt: {entry.path.name}", "bank-title"))
            lines.append((str(entry.path), "bank-detail"))
            lines.append(("\n".join(str(p) for p in entry.failure.problems), "bank-error"))
            if self._editable(entry):
                lines.append(("Herstel het bestand met e (TOML bewerken)"
                              + (" of zet met u de vorige versie terug." if self._backups(entry) else "."),
                              "bank-hint"))
        else:
            bank = entry.usable
            lines.append((f"{bank.title} (versie {bank.version})", "bank-title"))
            phases = ", ".join(f"{p.title} ({len(p.questions)})" for p in bank.phases)
            lines.append((
                f"{ORIGIN_LABEL.get(bank.origin, bank.origin)} · id {bank.id} · "
                f"{plural(bank.question_count, 'vraag', 'vragen')} · ongeveer {bank.estimated_minutes} min\n"
                f"Fasen: {phases}\n{shown_path(bank.path)}",
                "bank-detail",
            ))
            if bank.bank.description:
                lines.append((bank.bank.description, "bank-detail"))
            if bank.overrides:
                lines.append((f"Gaat voor op {bank.overrides}", "bank-detail"))
            if entry.kind == "overridden":
                lines.append(("Wordt niet gebruikt: een bank met dezelfde id gaat voor.", "bank-hint"))
            if self._editable(entry):
                from quez.banks.editing import backups

                saved = backups(entry.path)
                extra = f" · {plural(len(saved), 'reservekopie', 'reservekopieën')}" if saved else ""
                lines.append((f"Eigen bank: s vragen aanpassen, e TOML bewerken{extra}"
                              + (" (u zet de vorige versie terug)." if saved else "."), "bank-hint"))
            else:
                lines.append(("Deze bank pas je niet zelf aan: maak met d een eigen kopie.", "bank-hint"))
            lines.append(("Eerdere gesprekken blijven zoals ze gehouden zijn, ook als je de bank aanpast.",
                          "bank-detail"))
        await self._detail(lines)
        self.refresh_bindings()

    async def _detail(self, lines: list[tuple[str, str]]) -> None:
        # one at a time, the newest wins: a highlight and a reload both showing a bank (right
        # after d) otherwise interleaved their removes and mounts and showed everything twice
        import asyncio

        self._detail_generation = generation = getattr(self, "_detail_generation", 0) + 1
        lock = self.__dict__.setdefault("_detail_lock", asyncio.Lock())
        async with lock:
            if generation != self._detail_generation:
                return  # a newer detail follows
            box = self.query_one("#bank-detail", VerticalScroll)
            await box.remove_children()
            await box.mount_all([Static(shown(text), classes=cls) for text, cls in lines])

    # -- what can be done ------------------------------------------------------------------------
    def _editable(self, entry: Entry | None) -> TypeGuard[Entry]:
        if entry is None:
            return False
        user_dir = self.app.services.settings.user_banks
        if user_dir is None:
            return False
        try:
            return entry.path.resolve().parent == user_dir.resolve()
        except OSError:
            return False

    def _backups(self, entry: Entry | None) -> list:
        from quez.banks.editing import backups

        return backups(entry.path) if entry is not None and self._editable(entry) else []

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        entry = self.current
        if action == "restore_previous":
            return True if self._backups(entry) else None
        if action == "edit_questions":
            return True if entry and entry.kind == "bank" and self._editable(entry) else None
        if action == "edit_toml":
            return True if self._editable(entry) else None
        if action == "duplicate":
            return True if entry and entry.kind != "invalid" else None
        return True

    async def reload(self, select_path=None, quiet: bool = False) -> None:
        registry = attempt(self, self.app.services.reload_banks)
        if registry is FAILED:
            return
        current = self.current
        await self.fill(registry, select_path or (current.path if current else None))
        if not quiet:
            self.notify("Vragenbanken opnieuw ingelezen.", timeout=3)

    async def action_reload(self) -> None:
        await self.reload()

    def action_edit_questions(self) -> None:
        entry = self.current
        if entry and entry.kind == "bank" and self._editable(entry):
            from quez.tui.screens.bank_structure import StructuredEditorScreen

            self.app.push_screen(StructuredEditorScreen(entry.path))

    def action_edit_toml(self) -> None:
        entry = self.current
        if self._editable(entry):
            from quez.tui.screens.bank_editor import BankEditorScreen

            self.app.push_screen(BankEditorScreen(entry.path))

    async def action_duplicate(self) -> None:
        entry = self.current
        if entry is None or entry.kind == "invalid":
            return
        from quez.banks.editing import duplicate_bank

        taken = [e.bank.id for e in self.entries if e.bank is not None]
        path = attempt(self, duplicate_bank, entry.bank, self.app.services.settings.user_banks, taken_ids=taken)
        if path is FAILED:
            return
        await self.reload(select_path=path, quiet=True)
        self.notify(f"Eigen kopie gemaakt: {path.name}. Pas hem aan met s of e.", timeout=6)

    def action_restore_previous(self) -> None:
        entry = self.current
        saved = self._backups(entry)
        if entry is None or not saved:
            return
        from quez.tui.screens.confirm import ConfirmScreen

        path, previous = entry.path, saved[0]
        when = local_time(_stamp_iso(previous.stem.rsplit(".", 1)[-1]))

        async def answered(yes: bool | None) -> None:
            if not yes:
                return
            from quez.banks.editing import restore_backup

            if attempt(self, restore_backup, path, previous) is not FAILED:
                await self.reload(select_path=path, quiet=True)
                self.notify("Vorige versie teruggezet; de versie van daarnet is als reservekopie bewaard.", timeout=6)

        body = (f"{path.name} terugzetten naar de versie die gold tot {when}?\n"
                "De huidige versie wordt eerst als reservekopie bewaard, dus dit kun je weer terugdraaien.")
        self.app.push_screen(ConfirmScreen("Vorige versie terugzetten", body, yes="Terugzetten", no="Annuleren"),
                             answered)

    def action_new_bank(self) -> None:
        from quez.tui.screens.text_prompt import TextPromptScreen

        async def named(result) -> None:
            if not result:
                return
            from quez.banks.editing import new_bank

            taken = [e.bank.id for e in self.entries if e.bank is not None]
            path = attempt(self, new_bank, self.app.services.settings.user_banks, result[0], taken_ids=taken)
            if path is not FAILED:
                await self.reload(select_path=path, quiet=True)
                self.notify(f"Nieuwe bank gemaakt: {path.name}, met voorbeeldvragen om aan te passen.", timeout=6)

        self.app.push_screen(
            TextPromptScreen("Nieuwe vragenbank", "Hoe heet de bank? Je kunt de naam later nog aanpassen.",
                             "bijvoorbeeld: Netwerk in kaart"),
            named,
        )

    def action_close(self) -> None:
        self.dismiss()
