"""``quez backup``, ``restore``, ``encrypt``, ``decrypt`` and ``erase``: keeping client data safe."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quez.errors import QuezError
from quez.settings import Settings
from quez.wording import count_text, plural


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="maak een reservekopie van de database (of toon ze met --list)")
    backup.add_argument("-o", "--output", type=Path, metavar="BESTAND",
                        help="waar de kopie komt (standaard: map backups/)")
    backup.add_argument("--list", action="store_true", help="toon de reservekopieën en veiligheidskopieën")
    backup.set_defaults(handler=run_backup)

    restore = sub.add_parser(
        "restore", help="zet een reservekopie terug (controleert die eerst; de huidige database wordt eerst bewaard)"
    )
    restore.add_argument("file", type=Path, metavar="BESTAND",
                         help="de reservekopie die terug moet (zie quez backup --list)")
    restore.add_argument("--yes", "-y", action="store_true", help="niet om bevestiging vragen")
    restore.set_defaults(handler=run_restore)

    encrypt = sub.add_parser(
        "encrypt", help="versleutel de database met een wachtwoord (of kies een nieuw wachtwoord)"
    )
    encrypt.set_defaults(handler=run_encrypt)

    decrypt = sub.add_parser("decrypt", help="haal de versleuteling van de database af")
    decrypt.add_argument("--yes", "-y", action="store_true", help="niet om bevestiging vragen")
    decrypt.set_defaults(handler=run_decrypt)

    erase = sub.add_parser("erase", help="wis een cliënt volledig: antwoorden, gesprekken, personen, notities")
    erase.add_argument("--client", required=True, metavar="CODE", help="de code van de cliënt")
    erase.add_argument("--backups", action="store_true", help="wis de cliënt ook uit alle reservekopieën")
    erase.add_argument("--yes", "-y", action="store_true", help="niet om bevestiging vragen")
    erase.set_defaults(handler=run_erase)


def _use_terminal_prompt() -> None:
    from quez.storage import crypto

    if sys.stdin.isatty():
        crypto.set_prompt(crypto.terminal_prompt)


def _confirm(question: str, assume_yes: bool) -> None:
    if assume_yes:
        return
    if not sys.stdin.isatty():
        raise QuezError(f"{question} Bevestig met --yes (er is niets veranderd).")
    answer = input(f"{question} [j/N] ").strip().lower()
    if answer not in ("j", "ja", "y", "yes"):
        raise QuezError("Afgebroken; er is niets veranderd.")


def _new_passphrase() -> str:
    import getpass

    from quez.storage import crypto

    if not sys.stdin.isatty():
        raise QuezError("Een wachtwoord kiezen kan alleen in een terminal (het wordt niet getoond).")
    first = getpass.getpass("Nieuw wachtwoord: ")
    crypto.check_passphrase_strength(first)
    if getpass.getpass("Nog een keer: ") != first:
        raise QuezError("De twee wachtwoorden verschillen; er is niets veranderd.")
    return first


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{max(n // 1000, 1)} kB"


def run_backup(args: argparse.Namespace, settings: Settings) -> int:
    from quez.storage import backup

    _use_terminal_prompt()
    if args.list:
        entries = backup.list_backups(settings.db_path)
        if not entries:
            print(f"Nog geen reservekopieën in {backup.backups_dir(settings.db_path)}.")
        plain = set(_unconverted(settings))
        for entry in entries:
            warning = "  NIET versleuteld" if entry.path in plain else ""
            print(f"{entry.when}  {_size(entry.size):>8}  {entry.kind:<16} {entry.path}{warning}")
        if plain:
            print(f"Let op: {plural(len(plain), 'reservekopie is', 'reservekopieën zijn')} niet versleuteld, "
                  "terwijl de database dat wel is ('quez encrypt' is onderbroken). Start QueZ om het af te maken, "
                  "of voer 'quez encrypt' opnieuw uit.", file=sys.stderr)
        return 0
    if args.output is not None:
        target = backup.backup_file(settings.db_path, args.output.expanduser())
    else:  # a backup the worker asked for: kept until the worker deletes it
        target = backup.manual_backup(settings.db_path)
    print(f"Reservekopie gemaakt: {target}")
    return 0


def _unconverted(settings: Settings) -> list[Path]:
    from quez.storage import crypto

    if not crypto.available():
        return []
    from quez.storage.encryption import unconverted_backups

    return unconverted_backups(settings.db_path)


def run_restore(args: argparse.Namespace, settings: Settings) -> int:
    from quez.storage import backup

    _use_terminal_prompt()
    check = backup.check_backup(args.file.expanduser())
    counts = check.counts
    print(f"{check.path} is in orde: {count_text(counts, ('clients', 'sessions', 'answers'))}.")
    _confirm(f"De huidige database {settings.db_path} wordt vervangen (eerst wordt er een kopie van bewaard).",
             args.yes)
    _, safety = backup.restore(settings.db_path, check.path)
    if safety is not None:
        print(f"De vorige inhoud staat in {safety}.")
    print(f"Teruggezet in {settings.db_path}.")
    return 0


def run_encrypt(args: argparse.Namespace, settings: Settings) -> int:
    from quez.storage import crypto, encryption

    _use_terminal_prompt()
    if not crypto.available():
        raise crypto.EncryptionUnavailable()
    path = settings.db_path
    old = None
    if crypto.looks_encrypted(path):
        old = crypto.passphrase_for(path) or crypto.ask_passphrase(path)
        print("De database is al versleuteld; kies een nieuw wachtwoord.")
    report = encryption.set_passphrase(path, old, _new_passphrase())
    print(f"De database {path} is versleuteld. QueZ vraagt voortaan bij het starten om het wachtwoord.")
    print("Bewaar het wachtwoord goed: zonder wachtwoord zijn de gegevens niet terug te halen.")
    _report_backups(report)
    return 0


def run_decrypt(args: argparse.Namespace, settings: Settings) -> int:
    from quez.storage import crypto, encryption

    _use_terminal_prompt()
    path = settings.db_path
    if not crypto.looks_encrypted(path):
        print(f"De database {path} is niet versleuteld.")
        return 0
    old = crypto.passphrase_for(path) or crypto.ask_passphrase(path)
    _confirm("Daarna kan iedereen met toegang tot het bestand de gesprekken lezen.", args.yes)
    report = encryption.set_passphrase(path, old, None)
    print(f"De database {path} is niet meer versleuteld.")
    _report_backups(report)
    return 0


def _report_backups(report) -> None:
    if report.backups_converted:
        print(f"{plural(len(report.backups_converted), 'reservekopie is', 'reservekopieën zijn')} mee omgezet.")
    for path in report.backups_failed:
        print(f"Let op: reservekopie {path} kon niet worden omgezet; verwijder die zelf.", file=sys.stderr)


def run_erase(args: argparse.Namespace, settings: Settings) -> int:
    from quez.storage import backup, crypto
    from quez.storage.db import StoreError, connect
    from quez.storage.erase import erase_client, erase_from_backup, holds_client

    _use_terminal_prompt()
    code = args.client.strip()
    if not settings.db_path.exists():
        raise StoreError(f"Er is nog geen database ({settings.db_path}); er is niets gewist.")
    # alone with the file: another window could still show (and write to) this client
    backup.ensure_not_in_use(settings.db_path, backup._key_for(settings.db_path))
    db = connect(settings.db_path)
    try:
        if not holds_client(db, code):
            raise StoreError(f"Er is geen cliënt met code '{code}'. Er is niets gewist.")
        where = " en uit alle reservekopieën" if args.backups else ""
        _confirm(f"Cliënt '{code}' met alle gesprekken, antwoorden en personen wordt definitief gewist{where}.",
                 args.yes)
        report = erase_client(db, code, path=str(settings.db_path))
    finally:
        db.close()
    total = sum(report.rows.values())
    print(f"Cliënt '{code}' is gewist ({total} regels uit {len([n for n in report.rows.values() if n])} tabellen).")
    if not report.wal_truncated:
        print("Let op: een ander QueZ-venster is open; sluit het en wis opnieuw om ook het logbestand te legen.")
    if args.backups:
        key = crypto.passphrase_for(settings.db_path)
        leftovers = backup.remove_stale_parts(settings.db_path)  # half-written copies hold the client too
        if leftovers:
            print(f"{plural(len(leftovers), 'half geschreven kopie', 'half geschreven kopieën')} verwijderd.")
        cleaned, failed = 0, []
        for entry in backup.list_backups(settings.db_path):
            if key is not None and crypto.looks_encrypted(entry.path):
                crypto.remember(entry.path, key)
            try:
                copy = connect(entry.path, migrate=False)
            except StoreError:
                failed.append(entry.path)
                continue
            try:
                if erase_from_backup(copy, code, path=str(entry.path)):
                    cleaned += 1
            except StoreError:
                failed.append(entry.path)
            finally:
                copy.close()
        print(f"Uit {plural(cleaned, 'reservekopie', 'reservekopieën')} gewist.")
        for path in failed:
            print(f"Let op: reservekopie {path} kon niet worden opgeschoond; verwijder die zelf.", file=sys.stderr)
        if failed:
            return 1
    else:
        count = len(backup.list_backups(settings.db_path))
        if count:
            print(f"{'De reservekopie bevat' if count == 1 else f'De {count} reservekopieën bevatten'} de cliënt nog; "
                  "wis ook daar met --backups.")
    print("Exports die eerder zijn gemaakt, moet je zelf verwijderen.")
    return 0


# -- around the app: passphrase before the first screen, automatic backups ---------------


def guard_start(settings: Settings, *, starting_app: bool) -> None:
    """Before any command: a terminal prompt for encrypted databases; before the app: unlock and back up."""
    from quez.storage import backup, crypto

    _use_terminal_prompt()
    backup.remove_stale_parts(settings.db_path)  # a killed backup or conversion: its leftovers go at once
    if not starting_app:
        return
    path = settings.db_path
    if crypto.looks_encrypted(path) and crypto.passphrase_for(path) is None:
        # asked now, on the plain terminal: the app can't use getpass once it runs
        crypto.ask_passphrase(path)
    finish_encryption(settings)
    auto_backup_quietly(settings)


def finish_encryption(settings: Settings) -> None:
    """An interrupted ``quez encrypt`` left backups in plaintext: encrypt them now (the passphrase is known)."""
    from quez.storage import crypto

    key = crypto.passphrase_for(settings.db_path)
    if key is None or not _unconverted(settings):
        return
    from quez.storage.encryption import finish_interrupted

    report = finish_interrupted(settings.db_path, key)
    if report.backups_converted:
        print(f"QueZ heeft een onderbroken versleuteling afgemaakt: "
              f"{plural(len(report.backups_converted), 'reservekopie', 'reservekopieën')} versleuteld.",
              file=sys.stderr)
    for path in report.backups_failed:
        print(f"Let op: reservekopie {path} is niet versleuteld en kon niet worden omgezet; verwijder die zelf.",
              file=sys.stderr)


def auto_backup_quietly(settings: Settings) -> None:
    """An automatic backup if one is due; a failure is reported, never fatal."""
    from quez.errors import describe
    from quez.storage import backup

    try:
        backup.auto_backup(settings.db_path)
    except Exception as exc:  # a failing backup must not stop the worker
        print(f"quez: let op, automatische reservekopie mislukt: {describe(exc)[0]}", file=sys.stderr)
