"""``quez info``: where the data lives and what is in it."""

from __future__ import annotations

import argparse

from quez.settings import Settings
from quez.wording import count_text


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("info", help="toon waar de database en de vragenbanken staan")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from quez import __version__

    print(f"QueZ {__version__}")
    print(f"Database:            {settings.db_path}")
    if settings.db_path.exists():
        from quez.storage.store import Store
        from quez.summary.count import all_person_count

        with Store(settings.db_path) as store:
            counts = store.info()
            counts["persons"] = all_person_count(store)  # as the summaries count them
        print("  " + count_text(counts, ("clients", "sessions", "answers", "persons")))
    else:
        print("  (nog niet aangemaakt; dat gebeurt bij het eerste gesprek)")
    for directory, origin in settings.bank_sources():
        label = {"bundled": "Meegeleverde banken", "user": "Eigen banken", "extra": "Extra banken"}[origin]
        print(f"{label + ':':<21}{directory}")
    return 0
