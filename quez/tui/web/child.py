"""The app process behind one browser window: ``python -m quez.tui.web.child [quez options]``.

The same as ``quez [options]``, except that the passphrase of an encrypted
database, asked by ``quez serve`` on its terminal, arrives in this process's
environment (the browser window has no terminal to ask on). It is taken out of
the environment at once and kept in memory only, as ``quez`` does.
"""

from __future__ import annotations

import os
import sys

#: set by quez serve for its app processes only
PASSPHRASE_ENV = "_QUEZ_SERVE_DB_PASSPHRASE"


def main(argv: list[str]) -> int:
    from quez.cli import build_parser, settings_from
    from quez.cli import main as quez_main

    passphrase = os.environ.pop(PASSPHRASE_ENV, None)
    if passphrase is not None:
        from quez.storage import crypto

        crypto.remember(settings_from(build_parser().parse_args(argv)).db_path, passphrase)
    return quez_main(argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
