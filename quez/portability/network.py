"""The client's network in the export (format version 3): build it from the tables, merge it back in.

Support and quality per person and the plan are matched on the client (and
person); the newer ``updated_at`` wins. Ties are added when missing (a tie
removed on one laptop is not removed by importing an older file).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from quez.portability.format import NetworkPersonRecord, NetworkRecord, PlanPersonRecord, SupportKind, TieRecord


def _in(ids: list[int]) -> str:
    return "(" + ", ".join("?" for _ in ids) + ")"


def network_records(store, client_ids: list[int]) -> dict[int, NetworkRecord]:
    """``client id -> NetworkRecord`` for the clients that have any network data."""
    from quez.storage.network import support_tuple

    if not client_ids:
        return {}
    where = f"where client_id in {_in(client_ids)} order by id"
    parts: dict[int, dict[str, Any]] = {}

    def part(client_id: int) -> dict[str, Any]:
        return parts.setdefault(client_id, {"persons": [], "ties": [], "involve": []})

    for r in store._query(f"select * from network_persons {where}", client_ids):
        support = support_tuple(r["support"])  # SUPPORT_KINDS only
        kinds = cast("list[SupportKind]", list(support)) if support is not None else None
        part(r["client_id"])["persons"].append(NetworkPersonRecord(
            person_ref=r["person_id"], support=kinds, quality=r["quality"],
            created_at=r["created_at"], updated_at=r["updated_at"]))
    for r in store._query(f"select * from network_ties {where}", client_ids):
        part(r["client_id"])["ties"].append(TieRecord(person_refs=(r["person_a"], r["person_b"]),
                                                      quality=r["quality"], created_at=r["created_at"],
                                                      updated_at=r["updated_at"]))
    for r in store._query(f"select * from network_plan_persons where client_id in {_in(client_ids)} "
                          "order by position, id", client_ids):
        part(r["client_id"])["involve"].append(PlanPersonRecord(person_ref=r["person_id"],
                                                                could_do=r["could_do"] or ""))
    for r in store._query(f"select * from network_plans {where}", client_ids):
        part(r["client_id"]).update(layout=r["layout"], first_person_ref=r["first_person_id"],
                                    first_ask=r["first_ask"] or "", gives_back=r["gives_back"] or "",
                                    created_at=r["created_at"], updated_at=r["updated_at"])
    return {cid: NetworkRecord(**values) for cid, values in parts.items()}


def import_network(db, network: NetworkRecord | None, client_id: int, refs: Mapping[int, int], report) -> None:
    if network is None:
        return
    conn = db.conn
    for rec in network.persons:
        person_id = refs[rec.person_ref]
        support = None if rec.support is None else ",".join(rec.support)
        local = conn.execute("select id, updated_at from network_persons where client_id = ? and person_id = ?",
                             [client_id, person_id]).fetchone()
        if local is None:
            conn.execute("insert into network_persons (client_id, person_id, support, quality, created_at, updated_at) "
                         "values (?, ?, ?, ?, ?, ?)",
                         [client_id, person_id, support, rec.quality, rec.created_at, rec.updated_at])
            report.count("added", "network")
        elif (rec.updated_at or "") > (local[1] or ""):
            conn.execute("update network_persons set support = ?, quality = ?, updated_at = ? where id = ?",
                         [support, rec.quality, rec.updated_at, local[0]])
            report.count("updated", "network")
        else:
            report.count("unchanged", "network")
    for tie in network.ties:
        a, b = sorted((refs[tie.person_refs[0]], refs[tie.person_refs[1]]))
        local = conn.execute("select id, updated_at from network_ties where client_id = ? and person_a = ? "
                             "and person_b = ?", [client_id, a, b]).fetchone()
        if local is None:
            conn.execute("insert into network_ties (client_id, person_a, person_b, quality, created_at, updated_at) "
                         "values (?, ?, ?, ?, ?, ?)", [client_id, a, b, tie.quality, tie.created_at, tie.updated_at])
            report.count("added", "network")
        elif (tie.updated_at or "") > (local[1] or ""):
            conn.execute("update network_ties set quality = ?, updated_at = ? where id = ?",
                         [tie.quality, tie.updated_at, local[0]])
            report.count("updated", "network")
        else:
            report.count("unchanged", "network")
    if network.created_at is None:
        return  # no plan row in the file
    local = conn.execute("select id, updated_at from network_plans where client_id = ?", [client_id]).fetchone()
    if local is not None and not (network.updated_at or "") > (local[1] or ""):
        report.count("unchanged", "network")
        return
    values = [network.layout, refs.get(network.first_person_ref) if network.first_person_ref is not None else None,
              network.first_ask, network.gives_back, network.updated_at]
    if local is None:
        conn.execute("insert into network_plans (layout, first_person_id, first_ask, gives_back, updated_at, "
                     "client_id, created_at) values (?, ?, ?, ?, ?, ?, ?)", [*values, client_id, network.created_at])
        report.count("added", "network")
    else:
        conn.execute("update network_plans set layout = ?, first_person_id = ?, first_ask = ?, gives_back = ?, "
                     "updated_at = ? where id = ?", [*values, local[0]])
        report.count("updated", "network")
    conn.execute("delete from network_plan_persons where client_id = ?", [client_id])
    for position, item in enumerate(network.involve):
        conn.execute("insert into network_plan_persons (client_id, person_id, could_do, position, updated_at) "
                     "values (?, ?, ?, ?, ?)", [client_id, refs[item.person_ref], item.could_do, position,
                                                network.updated_at])
