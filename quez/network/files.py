"""Writing the network to files: GraphML, CSV lists, the letter for the client, the plan (0600, atomic)."""

from __future__ import annotations

from pathlib import Path

#: format -> (label for the worker, file suffix)
FORMATS: dict[str, tuple[str, str]] = {
    "letter": ("Brief voor de cliënt, om te printen (.html)", ".html"),
    "uitnodiging": ("Uitnodigingslijst, om te printen (.html)", ".html"),
    "familiegroepsplan": ("Familiegroepsplan, concept (.html)", ".html"),
    "kaart": ("Netwerkkaart voor het dossier, met relaties (.html)", ".html"),
    "graphml": ("GraphML, voor netwerkprogramma's (.graphml)", ".graphml"),
    "csv": ("CSV-lijsten ego, alters, verbindingen (.csv)", ".csv"),
}


def format_for(path: Path) -> str | None:
    suffix = Path(path).suffix.lower()
    return {".graphml": "graphml", ".csv": "csv", ".html": "letter", ".htm": "letter"}.get(suffix)


def write_network(network, fmt: str, path: Path, worker_name: str = "") -> list[Path]:
    """Write ``network`` as ``fmt`` to ``path`` (CSV: three files next to it); the paths written."""
    from quez.portability.exporter import write_private

    path = Path(path).expanduser()
    if fmt == "graphml":
        from quez.network.graph import graphml_bytes

        write_private(path, graphml_bytes(network))
        return [path]
    if fmt == "csv":
        from quez.network.graph import csv_paths, csv_tables

        tables, paths = csv_tables(network), csv_paths(path)
        for name, data in tables.items():
            write_private(paths[name], data)
        return list(paths.values())
    if fmt == "letter":
        from quez.network.client_view import letter_html

        write_private(path, letter_html(network, worker_name).encode("utf-8"))
        return [path]
    if fmt == "kaart":
        from quez.network.svg import map_html

        write_private(path, map_html(network).encode("utf-8"))
        return [path]
    if fmt in ("uitnodiging", "familiegroepsplan"):
        from quez.network.plan import plan_html

        write_private(path, plan_html(network, fmt).encode("utf-8"))
        return [path]
    raise ValueError(f"unknown network format {fmt!r}")
