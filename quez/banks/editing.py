"""Editing question banks safely: duplicate, create, validate, save with a backup.

Only banks in the user bank folder are edited; bundled banks are duplicated
there first. A save writes only valid text, atomically (temp file +
``os.replace``), and keeps the previous version in ``.backups/`` next to the
bank. Past sessions are not affected by any of this: each keeps the snapshot
of the bank it was held with (``sessions.bank_snapshot``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import tomlkit

from quez.banks.loader import BankError, BankProblem, bank_files, parse_bank
from quez.banks.models import Bank
from quez.banks.structured import slug
from quez.errors import QuezError
from quez.files import write_atomic

BACKUP_DIR = ".backups"
KEEP_BACKUPS = 20


class EditError(QuezError):
    """A bank could not be created or saved; the message says why and what to do."""


def validate_text(text: str, path: Path | None = None) -> tuple[Bank | None, list[BankProblem]]:
    """The bank in ``text`` and no problems, or None and every problem (each with its line)."""
    try:
        return parse_bank(text, path, "user"), []
    except BankError as exc:
        return None, exc.problems


def backups(path: Path) -> list[Path]:
    """Earlier versions of a bank file, newest first."""
    folder = Path(path).parent / BACKUP_DIR
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{Path(path).stem}.*.toml"), reverse=True)


def _keep_backup(path: Path) -> Path | None:
    if not path.exists():
        return None
    folder = path.parent / BACKUP_DIR
    from quez.files import private_dir

    private_dir(folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}.{stamp}.toml"
    write_atomic(target, path.read_text(encoding="utf-8"))
    for old in backups(path)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    return target


def save_bank(path: Path, text: str) -> Bank:
    """Save ``text`` to ``path`` if it is a valid bank; else raise :class:`BankError` and touch nothing."""
    path = Path(path)
    bank, problems = validate_text(text, path)
    if bank is None:
        raise BankError(path, problems)
    try:
        if path.exists() and path.read_text(encoding="utf-8") == text:
            return bank
        _keep_backup(path)
        write_atomic(path, text)
    except OSError as exc:
        raise EditError(f"Kan {path} niet opslaan ({exc.strerror or exc}); het bestand is niet veranderd.") from None
    return bank


def restore_backup(path: Path, backup: Path) -> Bank:
    """Put an earlier version back (the current one becomes a backup itself)."""
    return save_bank(path, Path(backup).read_text(encoding="utf-8"))


def _user_dir(user_dir: Path | None) -> Path:
    if user_dir is None:
        raise EditError("Er is geen map voor eigen vragenbanken ingesteld.")
    user_dir = Path(user_dir)
    try:
        from quez.files import private_dir

        private_dir(user_dir)  # 0700, and the data folder above it too when QueZ creates it
    except OSError as exc:
        raise EditError(f"Kan de map {user_dir} niet maken ({exc.strerror or exc}).") from None
    return user_dir


def unique_id(base: str, taken: Iterable[str], user_dir: Path) -> str:
    taken = set(taken) | {p.stem for p in bank_files(user_dir)}
    candidate, n = base, 2
    while candidate in taken or (user_dir / f"{candidate}.toml").exists():
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def duplicate_bank(
    bank: Bank,
    user_dir: Path | None,
    *,
    taken_ids: Iterable[str] = (),
    new_id: str | None = None,
    title: str | None = None,
) -> Path:
    """Copy ``bank``'s file into the user folder under a new id; comments and layout are kept."""
    folder = _user_dir(user_dir)
    if bank.path is None or not bank.path.is_file():
        raise EditError(f"Het bestand van bank '{bank.id}' is niet gevonden; kan het niet kopiëren.")
    bank_id = unique_id(new_id or f"{bank.id}-eigen", [*taken_ids, bank.id], folder)
    doc = tomlkit.parse(bank.path.read_text(encoding="utf-8"))
    doc["bank"]["id"] = bank_id
    doc["bank"]["title"] = title or f"{bank.title} (eigen versie)"
    header = f"# Eigen versie van '{bank.id}' (versie {bank.version}), gemaakt op {datetime.now():%d-%m-%Y}.\n"
    text = header + tomlkit.dumps(doc)
    target = folder / f"{bank_id}.toml"
    save_bank(target, text)
    return target


TEMPLATE = '''\
# Vragenbank "{title}", gemaakt op {date}.
# Het formaat staat in docs/bank-format.md. Regels die met # beginnen zijn
# opmerkingen: QueZ leest ze niet. Controleer de bank met: quez banks validate

[bank]
id = "{bank_id}"                  # kleine letters, cijfers, - of _ ; uniek
title = "{title}"
language = "nl"
version = "1.0"                   # verhoog dit als je vragen verandert
description = "Waar deze bank voor is, in een paar zinnen."
source = "Eigen bank"             # bron of methode waarop de vragen steunen
# estimated_minutes = 30          # hoe lang een gesprek ongeveer duurt

# Een fase is een stap in het gesprek; een bank heeft minstens één fase.
[[phases]]
id = "kennismaken"
title = "Kennismaken"
intro = "Tekst voor jou als hulpverlener aan het begin van deze fase."

# Elke vraag staat onder een eigen [[phases.questions]].
[[phases.questions]]
id = "wie-snapt"                  # uniek in de bank; wordt bij elk antwoord bewaard
text = "Wie snapt waar je mee worstelt?"
kind = "persons"                  # open | persons | scale | choice | yesno
elicits = ["persons", "understanding"]
hint = "Vraag naar mensen; stuur niet aan op hulp."
follow_ups = [
  "Wat vindt {{persoon}} dat je goed doet?",   # {{persoon}} = iemand die al genoemd is
]

[[phases.questions]]
id = "hoe-gaat-het"
text = "Hoe gaat het nu met je?"
kind = "open"

# Een schaalvraag:
# [[phases.questions]]
# id = "hoe-zwaar"
# text = "Hoe zwaar voelt het op dit moment?"
# kind = "scale"
# scale = {{ min = 1, max = 10, low_label = "licht", high_label = "heel zwaar" }}
'''


def template_text(title: str, bank_id: str) -> str:
    safe_title = title.replace("\\", "").replace('"', "'").strip()
    return TEMPLATE.format(title=safe_title, bank_id=bank_id, date=f"{datetime.now():%d-%m-%Y}")


def new_bank(user_dir: Path | None, name: str, *, taken_ids: Iterable[str] = ()) -> Path:
    """Create a commented template bank called ``name`` in the user folder; returns its path."""
    name = " ".join(name.split())
    if not name:
        raise EditError("Geef de nieuwe bank een naam, bijvoorbeeld: quez banks new \"Netwerk in kaart\".")
    folder = _user_dir(user_dir)
    bank_id = unique_id(slug(name, limit=60), taken_ids, folder)
    target = folder / f"{bank_id}.toml"
    save_bank(target, template_text(name, bank_id))
    return target
