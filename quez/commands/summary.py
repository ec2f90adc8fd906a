"""``quez summary``: who came up in a conversation and what good they think of the client."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quez.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "summary",
        help="samenvatting van een gesprek of van alle gesprekken van een cliënt (JSON, Markdown of HTML)",
        description="Toont wie er ter sprake kwam en wat zij positief over de cliënt zeggen. "
        "'quez summary 12' vat gesprek 12 samen; 'quez summary --client KL-1' alle gesprekken van cliënt KL-1; "
        "'quez summary 12 --client KL-1' controleert dat gesprek 12 van KL-1 is.",
    )
    parser.add_argument("session", nargs="?", type=int, metavar="GESPREK", help="nummer van het gesprek")
    parser.add_argument("--client", metavar="CODE", help="cliëntcode (zonder GESPREK: alle gesprekken van de cliënt)")
    parser.add_argument("--format", choices=("json", "markdown", "html"), default="markdown",
                        help="json, markdown (standaard) of html")
    parser.add_argument("-o", "--output", type=Path, metavar="BESTAND",
                        help="schrijf naar dit bestand in plaats van naar het scherm")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.session is None and not args.client:
        print("quez: geef een gespreknummer (quez summary 12) of een cliënt (quez summary --client CODE).",
              file=sys.stderr)
        return 2
    if not settings.db_path.exists():
        print(f"quez: er is nog geen database ({settings.db_path}); er zijn nog geen gesprekken.", file=sys.stderr)
        return 1
    from quez.report import render, write_report
    from quez.storage.store import Store
    from quez.summary import summarise_client, summarise_session

    with Store(settings.db_path) as store:
        if args.client and store.client(args.client) is None:
            print(f"quez: er is geen cliënt met code '{args.client}'.", file=sys.stderr)
            return 1
        if args.session is not None:
            owner = store.client_of_session(args.session)
            if owner is None:
                print(f"quez: gesprek {args.session} bestaat niet. 'quez' toont eerdere gesprekken.", file=sys.stderr)
                return 1
            if args.client and owner.code != args.client:
                print(f"quez: gesprek {args.session} hoort niet bij cliënt '{args.client}'.", file=sys.stderr)
                return 1
            summary = summarise_session(store, args.session)
        else:
            summary = summarise_client(store, args.client)
        network = None
        if args.format in ("html", "markdown"):  # the picture with ties, support and relations
            from quez.network.model import build_network

            network = build_network(store, summary.client_code)
        if args.output is not None:
            write_report(summary, args.format, args.output, network)
            print(f"Samenvatting geschreven naar {args.output}. Het bestand bevat cliëntgegevens; bewaar het veilig.")
        else:
            text = render(summary, args.format, network)
            if args.format == "json":  # exact data, with every control character escaped
                from quez.textsafety import json_terminal_safe

                text = json_terminal_safe(text)
            sys.stdout.write(text)
    return 0
