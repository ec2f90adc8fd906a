"""The client's network in the export (format version 3): build it from the tables, merge it back in.

Support and quality per person and the plan are matched on the client (and
person); the newer ``updated_at`` wins. Ties are added when missing (a tie
removed on one laptop is not removed by importing an older file).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from quez.portability.format import NetworkPersonRecord, NetworkRecord, PlanPersonRecord, TieRecord

if TYPE_CHECKING:
    from quez.storage.transfer import ImportRows


def network_records(store, client_ids: list[int]) -> dict[int, NetworkRecord]:
    """``client id -> NetworkRecord`` for the clients that have any network data."""
    from quez.storage.export_rows import ExportRows
    from quez.storage.network import support_tuple

    if not client_ids:
        return {}
    rows = ExportRows(store)
    parts: dict[int, dict[str, Any]] = {}

    def part(client_id: int) -> dict[str, Any]:
        return parts.setdefault(client_id, {"persons": [], "ties": [], "involve": []})

    for n in rows.network_persons(client_ids):
        support = support_tuple(n.support)
        part(n.client_id)["persons"].append(NetworkPersonRecord(
            person_ref=n.person_id, support=list(support) if support is not None else None, quality=n.quality,
            created_at=n.created_at, updated_at=n.updated_at))
    for t in rows.ties(client_ids):
        part(t.client_id)["ties"].append(TieRecord(person_refs=(t.person_a, t.person_b), quality=t.quality,
                                                   created_at=t.created_at, updated_at=t.updated_at))
    for i in rows.plan_persons(client_ids):
        part(i.client_id)["involve"].append(PlanPersonRecord(person_ref=i.person_id, could_do=i.could_do or ""))
    for p in rows.plans(client_ids):
        part(p.client_id).update(layout=p.layout, first_person_ref=p.first_person_id, first_ask=p.first_ask or "",
                                 gives_back=p.gives_back or "", created_at=p.created_at, updated_at=p.updated_at)
    return {cid: NetworkRecord(**values) for cid, values in parts.items()}


def import_network(rows: ImportRows, network: NetworkRecord | None, client_id: int, refs: Mapping[int, int],
                   report) -> None:
    if network is None:
        return
    for rec in network.persons:
        person_id = refs[rec.person_ref]
        support = None if rec.support is None else ",".join(rec.support)
        local = rows.network_person(client_id, person_id)
        if local is None:
            rows.add_network_person(client_id, person_id, support, rec.quality, rec.created_at, rec.updated_at)
            report.count("added", "network")
        elif (rec.updated_at or "") > (local.updated_at or ""):
            rows.update_network_person(local.id, support, rec.quality, rec.updated_at)
            report.count("updated", "network")
        else:
            report.count("unchanged", "network")
    for tie in network.ties:
        a, b = sorted((refs[tie.person_refs[0]], refs[tie.person_refs[1]]))
        local = rows.tie(client_id, a, b)
        if local is None:
            rows.add_tie(client_id, a, b, tie.quality, tie.created_at, tie.updated_at)
            report.count("added", "network")
        elif (tie.updated_at or "") > (local.updated_at or ""):
            rows.update_tie(local.id, tie.quality, tie.updated_at)
            report.count("updated", "network")
        else:
            report.count("unchanged", "network")
    if network.created_at is None:
        return  # no plan row in the file
    local = rows.plan(client_id)
    if local is not None and not (network.updated_at or "") > (local.updated_at or ""):
        report.count("unchanged", "network")
        return
    values = {"layout": network.layout,
              "first_person_id": refs.get(network.first_person_ref) if network.first_person_ref is not None else None,
              "first_ask": network.first_ask, "gives_back": network.gives_back, "updated_at": network.updated_at}
    if local is None:
        rows.add_plan(client_id, {**values, "created_at": network.created_at})
        report.count("added", "network")
    else:
        rows.update_plan(local.id, values)
        report.count("updated", "network")
    rows.replace_plan_persons(client_id, [(refs[item.person_ref], item.could_do) for item in network.involve],
                              network.updated_at)
