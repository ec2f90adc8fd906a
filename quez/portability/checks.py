"""Checks on an export before anything is imported: numbers a database can hold, and each
session's bank snapshot under the same rules as a bank file (see :mod:`quez.banks.loader`)."""

from __future__ import annotations

from typing import Any

from quez.portability import TransferError
from quez.portability.format import ExportDocument

NOTHING_CHANGED = "Er is niets veranderd."


def _where(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else ("." if out else "") + str(part)
    return out


_INT64 = 2**63


def number_out_of_range(data) -> tuple[str, int] | None:
    """Where an integer is beyond what SQLite can store (64 bits), if anywhere; no recursion."""
    stack: list[tuple[tuple, Any]] = [((), data)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, int) and not isinstance(value, bool) and not -_INT64 <= value < _INT64:
            return _where(loc), value
        if isinstance(value, dict):
            stack.extend(((*loc, key), item) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend(((*loc, i), item) for i, item in enumerate(value))
    return None


def short_number(number: int) -> str:
    digits = str(abs(number))
    return str(number) if len(digits) <= 24 else f"{'-' if number < 0 else ''}{digits[:6]}… ({len(digits)} cijfers)"


def check_snapshots(document: ExportDocument, source: str) -> None:
    """Each session's bank: the same rules as a bank file (quez.banks.loader), the same message style."""
    from quez.banks.loader import _CONTROL, BankError, bank_from_data

    for ci, client in enumerate(document.clients):
        for si, session in enumerate(client.sessions):
            where = f"clients[{ci}].sessions[{si}]"
            if session.bank_title and _CONTROL.search(session.bank_title):
                raise TransferError(f"{source}: {where}.bank_title bevat een onzichtbaar stuurteken. {NOTHING_CHANGED}")
            if session.bank_snapshot is None:
                continue
            try:
                bank_from_data(session.bank_snapshot)
            except BankError as exc:
                problems = [p for p in exc.problems if p.message][:3]
                lines = "".join(f"\n  {where}.bank_snapshot.{p.field}: {p.message}" if p.field
                                else f"\n  {where}.bank_snapshot: {p.message}" for p in problems)
                raise TransferError(
                    f"{source}: {where}.bank_snapshot is geen geldige vragenbank:{lines}\n{NOTHING_CHANGED}"
                ) from None
