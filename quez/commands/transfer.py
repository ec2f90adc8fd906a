"""``quez export`` and ``quez import``: move data to another laptop or hand a case over."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quez.errors import QuezError
from quez.settings import Settings
from quez.wording import count_text

#: the passphrase of an encrypted export, for scripts (a file with --passphrase-file is safer)
PASSPHRASE_ENV = "QUEZ_EXPORT_PASSPHRASE"
ATTEMPTS = 3


def _given_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from --passphrase-file or the environment, if given."""
    import os

    if args.passphrase_file is not None:
        path = args.passphrase_file.expanduser()
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            raise QuezError(f"Het wachtwoordbestand {path} is niet te lezen; er is niets veranderd.") from None
        if not lines or not lines[0]:
            raise QuezError(f"Het wachtwoordbestand {path} is leeg; het wachtwoord hoort op de eerste regel.")
        return lines[0]
    return os.environ.get(PASSPHRASE_ENV) or None


def _new_passphrase() -> str:
    import getpass

    from quez.portability.sealed import check_passphrase

    if not sys.stdin.isatty():
        raise QuezError(
            "Een wachtwoord voor het exportbestand kiezen kan in een terminal (het wordt niet getoond), "
            f"of geef het met --passphrase-file BESTAND of {PASSPHRASE_ENV}. Er is niets geschreven."
        )
    try:
        first = getpass.getpass("Wachtwoord voor het exportbestand: ")
        check_passphrase(first)
        again = getpass.getpass("Nog een keer: ")
    except EOFError:
        raise QuezError("Geen wachtwoord gegeven; er is niets geschreven.") from None
    if again != first:
        raise QuezError("De twee wachtwoorden verschillen; er is niets geschreven.")
    return first


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser(
        "export",
        help="gesprekken bewaren in een bestand (JSON voor een andere laptop, CSV voor een spreadsheet)",
        description="Schrijft alle gegevens, of die van één cliënt of één gesprek, naar een bestand. "
        "Het bestand bevat cliëntgegevens: bewaar en verstuur het net zo zorgvuldig als de database.",
    )
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--client", metavar="CODE", help="alleen deze cliënt (alle gesprekken)")
    scope.add_argument("--session", type=int, metavar="ID", help="alleen dit gesprek")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="BESTAND", help="waar het bestand komt")
    export.add_argument(
        "--format", choices=("json", "csv"), default=None,
        help="json (om te importeren) of csv; standaard: csv als BESTAND op .csv eindigt, anders json"
    )
    export.add_argument(
        "--delimiter",
        default=";",
        metavar="TEKEN",
        help="scheidingsteken in CSV (standaard ';', zoals Excel met Nederlandse instellingen verwacht)",
    )
    export.add_argument(
        "--encrypt", action="store_true",
        help="versleutel het bestand met een wachtwoord (age), om te versturen of mee te nemen; "
        "quez import vraagt dan om het wachtwoord",
    )
    export.add_argument("--passphrase-file", type=Path, metavar="BESTAND",
                        help=f"lees het wachtwoord uit de eerste regel van BESTAND (of zet {PASSPHRASE_ENV})")
    export.set_defaults(handler=run_export)

    imp = sub.add_parser(
        "import",
        help="gesprekken overnemen uit een exportbestand (twee keer importeren verdubbelt niets)",
        description="Leest een bestand van 'quez export' en voegt toe wat hier nog niet is. "
        "Bij een fout in het bestand verandert er niets.",
    )
    imp.add_argument("file", type=Path, metavar="BESTAND", help="een exportbestand van quez export (JSON)")
    imp.add_argument(
        "--rename",
        action="append",
        default=[],
        metavar="OUD=NIEUW",
        help="importeer cliënt OUD onder code NIEUW (als OUD hier al een andere cliënt is); mag vaker",
    )
    imp.add_argument(
        "--merge", action="store_true", help="een cliënt met dezelfde code hier is dezelfde persoon: voeg samen"
    )
    imp.add_argument("--dry-run", action="store_true", help="alleen controleren en tonen wat er zou gebeuren")
    imp.add_argument("--passphrase-file", type=Path, metavar="BESTAND",
                     help=f"wachtwoord van een versleuteld bestand, uit de eerste regel van BESTAND "
                     f"(of zet {PASSPHRASE_ENV}; anders vraagt QueZ erom)")
    imp.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    from quez.portability.exporter import export_to_file
    from quez.storage.store import Store

    if len(args.delimiter) != 1:
        print("quez: --delimiter moet één teken zijn, bijvoorbeeld ';' of ','.", file=sys.stderr)
        return 2
    if not settings.db_path.exists():
        print(f"quez: er is nog geen database ({settings.db_path}); er valt niets te exporteren.", file=sys.stderr)
        return 1
    fmt = args.format or ("csv" if str(args.output).lower().removesuffix(".age").endswith(".csv") else "json")
    passphrase = None
    if args.encrypt:
        passphrase = _given_passphrase(args) or _new_passphrase()
        from quez.portability.sealed import check_passphrase

        check_passphrase(passphrase)
    elif args.passphrase_file is not None:
        print("quez: --passphrase-file hoort bij --encrypt (versleutelen); er is niets geschreven.", file=sys.stderr)
        return 2
    with Store(settings.db_path) as store:
        document = export_to_file(
            store,
            args.output,
            client_code=args.client,
            session_id=args.session,
            fmt=fmt,
            delimiter=args.delimiter,
            passphrase=passphrase,
        )
    counts = document.counts()
    what = count_text(counts, ("clients", "sessions", "answers"))
    how = f"{fmt}, versleuteld" if passphrase else fmt
    print(f"Geëxporteerd naar {args.output} ({how}): {what}.")
    if passphrase:
        print("Geef het wachtwoord apart door (niet in dezelfde mail als het bestand). "
              "Inlezen: quez import BESTAND (QueZ vraagt om het wachtwoord).")
    else:
        print("Dit bestand bevat cliëntgegevens; bewaar het veilig en verwijder het als het niet meer nodig is.")
    return 0


def run_import(args: argparse.Namespace, settings: Settings) -> int:
    from quez.portability.importer import import_document
    from quez.storage.store import Store

    rename: dict[str, str] = {}
    for item in args.rename:
        old, sep, new = item.partition("=")
        if not sep or not old.strip() or not new.strip():
            print(f"quez: --rename verwacht OUD=NIEUW, niet '{item}'.", file=sys.stderr)
            return 2
        rename[old.strip()] = new.strip()
    document = _read(args)  # checked before the database is even opened
    if args.dry_run and not settings.db_path.exists():
        # a trial run creates no database: try it on an empty one that is thrown away
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory(prefix="quez-proef-") as folder, Store(Path(folder) / "quez.db") as store:
            report = import_document(store, document, rename=rename, merge_same_code=args.merge, dry_run=True)
    else:
        with Store(settings.db_path) as store:
            report = import_document(store, document, rename=rename, merge_same_code=args.merge,
                                     dry_run=args.dry_run)
    if args.dry_run:
        print("Proefimport: er is niets veranderd.")
    print(report.summary())
    return 0


def _read(args: argparse.Namespace):
    """The export in ``args.file``; asks for the passphrase of an encrypted one (up to three tries)."""
    from quez.portability.importer import read_document
    from quez.portability.sealed import WrongPassphrase

    given = _given_passphrase(args)
    if given is not None or not sys.stdin.isatty():
        return read_document(args.file, given)
    import getpass

    def ask() -> str | None:
        try:
            return getpass.getpass(f"Wachtwoord voor {args.file}: ")
        except EOFError:  # Ctrl+D: no passphrase, said as such
            return None

    for attempt in range(1, ATTEMPTS + 1):
        try:
            return read_document(args.file, ask)
        except WrongPassphrase:
            if attempt == ATTEMPTS:
                raise
            print("Dat wachtwoord klopt niet; probeer het nog eens.", file=sys.stderr)
