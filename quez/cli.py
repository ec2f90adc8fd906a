"""The ``quez`` command: starts the app, or runs a sub-command.

Sub-commands live in :mod:`quez.commands` (one module per concern, each with
``register(subparsers)``). Nothing heavy is imported here: the first screen
should be painted before pydantic and sqlite-utils load.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from quez import __version__
from quez.settings import DB_ENV, Settings, default_db_path, user_banks_dir

EXIT_USAGE = 2


#: argparse's own (English) messages, in Dutch
_USAGE_ERRORS = (
    (r"the following arguments are required: (.*)", r"dit ontbreekt nog: \1"),
    (r"unrecognized arguments: (.*)", r"onbekend: \1"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", r"\1: onbekende keuze \2; kies uit \3"),
    (r"argument (\S+): invalid int value: (.*)", r"\1: \2 is geen geheel getal"),
    (r"argument (\S+): invalid \w+ value: (.*)", r"\1: \2 is geen geldige waarde"),
    (r"argument (\S+): expected one argument", r"\1: hier hoort een waarde achter"),
    (r"argument (\S+): not allowed with argument (\S+)", r"\1 en \2 gaan niet samen"),
)


def dutch_usage_error(message: str) -> str:
    for pattern, replacement in _USAGE_ERRORS:
        translated, count = re.subn(pattern, replacement, message)
        if count:
            return translated
    return message


class DutchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, prefix="gebruik: " if prefix is None else prefix)


class QuezArgumentParser(argparse.ArgumentParser):
    """argparse with Dutch help and Dutch, traceback-free errors."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def add_subparsers(self, **kwargs):
        self._positionals.title = "opdrachten"  # what a positional is here: a sub-command
        return super().add_subparsers(**kwargs)

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"quez: fout: {dutch_usage_error(message)}\nZie 'quez --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    db_path = default_db_path()
    parser = QuezArgumentParser(
        prog="quez",
        description="QueZ: gespreksleidraad voor krachtgerichte netwerkgesprekken. "
        "Zonder opdracht start de app.",
        epilog=(
            f"Database: {db_path} (kies een andere met --db PATH of {DB_ENV}=PATH). "
            f"Eigen vragenbanken: {user_banks_dir()}. Gegevens verlaten deze computer niet."
        ),
    )
    parser.add_argument("--version", action="version", version=f"quez {__version__}", help="toon de versie en stop")
    parser.add_argument(
        "--db", type=Path, metavar="PATH", help=f"SQLite-bestand met de gesprekken (standaard: {db_path})"
    )
    parser.add_argument(
        "--banks",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="extra map met vragenbanken (*.toml); mag vaker; gaat voor op meegeleverde banken met dezelfde id",
    )
    parser.add_argument(
        "--lock-minutes",
        type=int,
        metavar="N",
        help="scherm vergrendelen na N minuten zonder toetsaanslag (0 = nooit; standaard 10)",
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=QuezArgumentParser)
    import quez.commands

    for info in sorted(pkgutil.iter_modules(quez.commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"quez.commands.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    settings = Settings()
    if args.db is not None:
        settings.db_path = args.db.expanduser()
    settings.extra_banks = [p.expanduser() for p in args.banks]
    if args.lock_minutes is not None:
        settings.idle_lock_minutes = max(args.lock_minutes, 0)
    return settings


def run_app(settings: Settings) -> int:
    from quez.services import Services
    from quez.tui.app import QuezApp

    services = Services(settings)
    app = QuezApp(services)
    import gc

    # the modules imported so far live as long as the app: keep them out of Python's full garbage
    # collections, which otherwise walk them all and pause the screen for tens of milliseconds
    gc.freeze()
    try:
        app.run()
    finally:
        services.close()
        from quez.commands.safety import auto_backup_quietly

        auto_backup_quietly(settings)
    return app.return_code or 0


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that Python's flush at exit does not fail again on the closed
    pipe (the recipe of the Python documentation on SIGPIPE)."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.__stdout__.fileno() if sys.__stdout__ else 1)
    except OSError:
        pass


def _safe_streams() -> None:
    """What a command prints reaches the terminal safely (no escape sequences from data; a
    terminal that can't show every character gets '?' and one explanation, not an error)."""
    from quez.textsafety import TerminalStream

    def warn(encoding: str) -> None:
        if sys.__stderr__ is None:  # no terminal at all (pythonw): nobody to tell
            return
        sys.__stderr__.write(  # plain ASCII: this terminal may show nothing else
            f"quez: deze terminal toont niet alle tekens (codering {encoding}); die zijn vervangen door '?'. "
            "Voor de exacte tekst: schrijf naar een bestand met -o, of start met PYTHONIOENCODING=utf-8.\n")

    sys.stdout = TerminalStream(sys.stdout, warn=warn)
    sys.stderr = TerminalStream(sys.stderr, warn=warn)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    settings = settings_from(args)
    handler = getattr(args, "handler", None)
    streams = sys.stdout, sys.stderr
    if handler is not None:
        _safe_streams()
    try:
        from quez.commands.safety import guard_start  # passphrase prompt, automatic backup

        guard_start(settings, starting_app=handler is None)
        if handler is None:
            return run_app(settings)
        code = int(handler(args, settings) or 0)
        sys.stdout.flush()  # with a buffered stdout a reader that stopped early shows here, not at exit
        return code
    except KeyboardInterrupt:
        print("Gestopt.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # "quez info | head -1": the reader has what it wanted; nothing went wrong here
        _quiet_stdout()
        return 141  # as a program stopped by SIGPIPE
    except Exception as exc:  # the worker never sees a traceback
        from quez.errors import describe
        from quez.textsafety import display_safe

        message, code = describe(exc)
        print(f"quez: {display_safe(message)}", file=sys.stderr)
        if os.environ.get("QUEZ_DEBUG"):
            raise
        return code
    finally:
        sys.stdout, sys.stderr = streams
