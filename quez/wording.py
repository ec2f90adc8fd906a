"""Small helpers for Dutch UI text (plain Python: the CLI, storage messages and the TUI share them)."""

from __future__ import annotations

from datetime import datetime


def plural(n: int, one: str, many: str) -> str:
    """``plural(1, "gesprek", "gesprekken")`` → ``"1 gesprek"``; 0 and 2+ take the plural."""
    return f"{n} {one if n == 1 else many}"


def local_time(stamp: str | None, *, with_time: bool = True) -> str:
    """An ISO timestamp as the worker reads it: ``2026-11-23T13:05:00+00:00`` → ``23-11-2026 14:05`` (local)."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d-%m-%Y %H:%M" if with_time else "%d-%m-%Y")


#: what QueZ counts, singular and plural, in the order they are listed
NOUNS: dict[str, tuple[str, str]] = {
    "clients": ("cliënt", "cliënten"),
    "sessions": ("gesprek", "gesprekken"),
    "answers": ("antwoord", "antwoorden"),
    "persons": ("persoon", "personen"),
    "mentions": ("vermelding", "vermeldingen"),
    "notes": ("notitie", "notities"),
    "decisions": ("beslissing over personen", "beslissingen over personen"),
    "network": ("keuze in netwerk of plan", "keuzes in netwerk en plan"),
}


def count_text(counts: dict[str, int], keys: tuple[str, ...] | None = None, *, skip_zero: bool = False) -> str:
    """``{"clients": 1, "sessions": 4}`` → ``"1 cliënt, 4 gesprekken"`` (``keys`` chooses and orders)."""
    parts = []
    for key in keys or tuple(counts):
        n = counts.get(key, 0)
        if skip_zero and not n:
            continue
        one, many = NOUNS.get(key, (key, key))
        parts.append(plural(n, one, many))
    return ", ".join(parts)
