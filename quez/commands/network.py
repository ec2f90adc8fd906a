"""``quez network export``: a client's network as GraphML or CSV lists, the letter, or the plan."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quez.settings import Settings

FORMAT_CHOICES = ("graphml", "csv", "letter", "kaart", "uitnodiging", "familiegroepsplan")


def register(sub: argparse._SubParsersAction) -> None:
    network = sub.add_parser(
        "network",
        help="het netwerk van een cliënt: GraphML, CSV-lijsten, de brief voor de cliënt of het plan",
        description="Schrijft het netwerk van een cliënt naar een bestand. Het bestand bevat cliëntgegevens.",
    )
    actions = network.add_subparsers(dest="network_command", metavar="OPDRACHT", required=True)
    export = actions.add_parser(
        "export",
        help="naar een bestand: .graphml, .csv (drie lijsten: ego, alters, verbindingen) of .html (de brief)",
        description="GraphML (cliënt in het midden, personen met relatie, vak, ring, steun en relatie; "
        "verbindingen), CSV-lijsten ego/alters/edges zoals netwerkonderzoek ze gebruikt, de brief voor de "
        "cliënt (HTML, A4) of het plan als uitnodigingslijst of familiegroepsplan (HTML).",
    )
    export.add_argument("--client", metavar="CODE", required=True, help="cliëntcode")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="BESTAND", help="waar het bestand komt")
    export.add_argument("--format", choices=FORMAT_CHOICES, default=None,
                        help="standaard: naar het einde van BESTAND (.graphml, .csv; .html = de brief)")
    export.add_argument("--worker", default="", metavar="NAAM",
                        help="naam van de hulpverlener op de brief (anders een lijn om in te vullen)")
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    from quez.network.files import format_for, write_network

    fmt = args.format or format_for(args.output)
    if fmt is None:
        print(f"quez: kies --format ({', '.join(FORMAT_CHOICES)}) of laat BESTAND eindigen op .graphml, .csv "
              "of .html.", file=sys.stderr)
        return 2
    if not settings.db_path.exists():
        print(f"quez: er is nog geen database ({settings.db_path}); er is nog geen netwerk.", file=sys.stderr)
        return 1
    from quez.network.model import build_network
    from quez.storage.store import Store

    with Store(settings.db_path) as store:
        if store.client(args.client) is None:
            print(f"quez: er is geen cliënt met code '{args.client}'.", file=sys.stderr)
            return 1
        network = build_network(store, args.client)
    written = write_network(network, fmt, args.output, args.worker)
    print(f"Geschreven: {', '.join(str(p) for p in written)}. Het bevat cliëntgegevens; bewaar het veilig.")
    return 0
