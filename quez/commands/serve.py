"""``quez serve``: the app in the web browser, on this laptop only (extra ``quez[web]``)."""

from __future__ import annotations

import argparse
import os
import sys

from quez.errors import QuezError
from quez.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    serve = sub.add_parser(
        "serve",
        help="open QueZ in de webbrowser (alleen op deze computer; stopt als het venster sluit)",
        description="Start QueZ in de webbrowser: grotere letters, inzoomen, de muis. Alleen deze computer kan "
        "erbij (127.0.0.1, een geheim adres); QueZ stopt als het browservenster sluit. "
        "Nodig: pip install 'quez[web]'.",
    )
    serve.add_argument("--no-browser", action="store_true",
                       help="open de browser niet zelf; het adres staat op het scherm")
    # for tests: seconds a closed window may take to come back before QueZ stops
    serve.add_argument("--grace", type=float, default=None, help=argparse.SUPPRESS)
    serve.set_defaults(handler=run_serve)


def app_command(args: argparse.Namespace, settings: Settings) -> str:
    """The shell command that runs the app, with this run's settings, behind one browser window."""
    argv = [sys.executable, "-m", "quez.tui.web.child", "--db", str(settings.db_path.resolve())]
    for directory in args.banks:
        argv += ["--banks", str(directory.expanduser().resolve())]
    argv += ["--lock-minutes", str(settings.idle_lock_minutes)]
    if os.name == "nt":
        import subprocess

        return subprocess.list2cmdline(argv)
    import shlex

    return shlex.join(argv)


def run_serve(args: argparse.Namespace, settings: Settings) -> int:
    from importlib.util import find_spec

    if find_spec("textual_serve") is None:  # looked for, not imported: that is quez.tui.web's
        raise QuezError(
            "QueZ in de browser is op deze computer niet geïnstalleerd: de module textual-serve ontbreekt. "
            "Installeer die met: pip install 'quez[web]'. Gewoon 'quez' werkt wel."
        )
    from quez.storage import crypto
    from quez.tui.web.child import PASSPHRASE_ENV
    from quez.tui.web.server import GRACE_SECONDS, LocalServer, bind_loopback

    path = settings.db_path
    if crypto.looks_encrypted(path):
        # the browser window has no terminal: ask here, once, and hand it to the app processes only
        passphrase = crypto.passphrase_for(path) or crypto.ask_passphrase(path)
        os.environ[PASSPHRASE_ENV] = passphrase
    if path.exists():
        # a database QueZ can't open is said here, in words, not as a browser page that stays empty
        from quez.storage.store import Store

        with Store(path):
            pass
    server = LocalServer(app_command(args, settings), bind_loopback(),
                         grace=GRACE_SECONDS if args.grace is None else max(args.grace, 0.0))

    def ready(url: str) -> None:
        print(f"QueZ staat open in je webbrowser: {url}", flush=True)
        print("Alleen deze computer kan erbij. Sluit het browservenster om QueZ te stoppen "
              "(of druk hier op Ctrl+C).", flush=True)
        if not args.no_browser:
            import webbrowser

            if not webbrowser.open(url):
                print("De browser ging niet vanzelf open: kopieer het adres hierboven naar je browser.", flush=True)

    try:
        server.serve(ready=ready)
    finally:
        os.environ.pop(PASSPHRASE_ENV, None)
    print("QueZ is gestopt.")
    return 0
