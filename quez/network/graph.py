"""The network for researchers and other tools: GraphML (via networkx) and CSV ego/alter/edge lists.

The client is the ego node ``ego`` at the centre; each person an alter node
(``p<id>``, or the summary's id for a person only found in the answers) with
name, relation, category, closeness, support kinds and relation quality; an
edge ego–alter per person (``type = "ego"``, with the quality) and one per
tie between persons (``type = "tie"``). networkx is imported only here.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from quez.storage.network import SUPPORT_KINDS

EGO = "ego"


def node_id(person) -> str:
    return f"p{person.person_id}" if person.person_id is not None else person.group_id


def alter_attributes(p) -> dict[str, object]:
    values: dict[str, object] = {"name": p.name, "relation": p.relation or "", "category": p.category or "other",
                                 "closeness": p.closeness or 0, "support": ",".join(p.support),
                                 "quality": p.quality or ""}
    for kind in SUPPORT_KINDS:
        values[f"support_{kind}"] = kind in p.support
    return values


def to_networkx(network):
    import networkx as nx

    graph = nx.Graph(client=network.client_code)
    graph.add_node(EGO, kind="ego", name=network.client_code)
    for p in network.persons:
        graph.add_node(node_id(p), kind="alter", **alter_attributes(p))
        graph.add_edge(EGO, node_id(p), type="ego", quality=p.quality or "")
    for a, b in network.ties:
        pa, pb = network.person(a), network.person(b)
        graph.add_edge(node_id(pa), node_id(pb), type="tie", quality=network.quality_of_tie(a, b) or "")
    return graph


def graphml_bytes(network) -> bytes:
    import networkx as nx

    out = io.BytesIO()
    nx.write_graphml(to_networkx(network), out, encoding="utf-8")
    return out.getvalue()


ALTER_COLUMNS = ["ego_id", "alter_id", "name", "relation", "category", "closeness", "support",
                 *[f"support_{k}" for k in SUPPORT_KINDS], "quality"]
EDGE_COLUMNS = ["ego_id", "source", "target", "type", "quality"]
EGO_COLUMNS = ["ego_id", "client_code", "alters", "ties"]


def _table(columns: list[str], rows: list[list[object]]) -> bytes:
    from quez.portability.exporter import _cell

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(_cell(int(v) if isinstance(v, bool) else v) for v in row)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def csv_tables(network) -> dict[str, bytes]:
    """``{"ego": ..., "alters": ..., "edges": ...}``: three CSV files (comma-separated, UTF-8)."""
    ego = network.client_code
    alters = [[ego, node_id(p), *[alter_attributes(p)[c] for c in ALTER_COLUMNS[2:]]] for p in network.persons]
    edges = [[ego, EGO, node_id(p), "ego", p.quality or ""] for p in network.persons]
    edges += [[ego, node_id(network.person(a)), node_id(network.person(b)), "tie", network.quality_of_tie(a, b) or ""]
              for a, b in network.ties]
    return {"ego": _table(EGO_COLUMNS, [[ego, ego, len(network.persons), len(network.ties)]]),
            "alters": _table(ALTER_COLUMNS, alters), "edges": _table(EDGE_COLUMNS, edges)}


def csv_paths(path: Path) -> dict[str, Path]:
    """``lijst.csv`` → ``lijst_ego.csv``, ``lijst_alters.csv``, ``lijst_edges.csv``."""
    path = Path(path)
    return {name: path.with_name(f"{path.stem}_{name}.csv") for name in ("ego", "alters", "edges")}
