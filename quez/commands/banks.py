"""``quez banks``: list and validate question banks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quez.settings import Settings
from quez.wording import plural

ORIGIN_LABEL = {"bundled": "meegeleverd", "user": "eigen", "extra": "extra"}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("banks", help="vragenbanken tonen en controleren")
    banks_sub = parser.add_subparsers(dest="banks_command", metavar="OPDRACHT", required=True)

    list_parser = banks_sub.add_parser("list", help="toon alle vragenbanken die QueZ vindt")
    list_parser.set_defaults(handler=run_list)

    validate = banks_sub.add_parser(
        "validate",
        help="controleer vragenbanken (geeft een foutcode bij een ongeldige bank; bruikbaar in CI)",
    )
    validate.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="bestanden of mappen; standaard alle banken die QueZ vindt"
    )
    validate.set_defaults(handler=run_validate)

    new = banks_sub.add_parser("new", help="maak een nieuwe vragenbank met uitleg, in de map voor eigen banken")
    new.add_argument("name", metavar="NAAM", help="naam van de bank, bijvoorbeeld \"Netwerk in kaart\"")
    new.set_defaults(handler=run_new)


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    from quez.banks.loader import load_registry

    registry = load_registry(settings.bank_sources())
    for bank in registry.sorted():
        origin = ORIGIN_LABEL[bank.origin]
        questions = plural(bank.question_count, "vraag", "vragen")
        print(f"{bank.id:<32} {bank.title} (v{bank.version}, {origin}, {questions})")
        print(f"{'':<32} {bank.path}")
        if bank.overrides:
            print(f"{'':<32} vervangt {bank.overrides}")
    for error in registry.errors:
        print(f"ONGELDIG: {error.path}", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
    if not registry.banks and not registry.errors:
        print("Geen vragenbanken gevonden.")
    return 1 if registry.errors else 0


def run_validate(args: argparse.Namespace, settings: Settings) -> int:
    from quez.banks.loader import BankError, bank_files, load_bank

    if args.paths:
        files: list[Path] = []
        for path in args.paths:
            if path.is_dir():
                found = bank_files(path)
                if not found:
                    print(f"{path}: geen *.toml-bestanden in deze map", file=sys.stderr)
                    files.append(path / "*.toml")
                files.extend(found)
            else:
                files.append(path)
    else:
        files = [f for directory, _ in settings.bank_sources() for f in bank_files(directory)]
    bad = 0
    for path in files:
        try:
            bank = load_bank(path)
        except BankError as exc:
            bad += 1
            for problem in exc.problems:
                print(problem, file=sys.stderr)
        else:
            print(f"{path}: in orde ({bank.id}, {plural(bank.question_count, 'vraag', 'vragen')})")
    if bad:
        print(f"{bad} van {plural(len(files), 'bestand', 'bestanden')} ongeldig.", file=sys.stderr)
        return 1
    return 0


def run_new(args: argparse.Namespace, settings: Settings) -> int:
    from quez.banks.editing import new_bank
    from quez.banks.loader import load_registry

    taken = load_registry(settings.bank_sources()).banks.keys()
    path = new_bank(settings.user_banks, args.name, taken_ids=taken)
    print(f"Nieuwe vragenbank gemaakt: {path}")
    print("Pas de vragen aan in QueZ (Vragenbanken) of in een teksteditor; controleer met 'quez banks validate'.")
    return 0
