"""Every piece of the network survives export → import (and importing twice changes nothing); erase removes it."""

from __future__ import annotations

import pytest


@pytest.fixture
def shaped_network(store, walked):
    from quez.storage.network import NetworkStore

    client = store.client("KL-1")
    ids = {p.name: p.id for p in store.persons(client.id)}
    ns = NetworkStore(store)
    ns.set_support(client.id, ids["Els"], ["practical", "company"])
    ns.set_quality(client.id, ids["Jan"], "broken")
    ns.set_tie(client.id, ids["Els"], ids["Noor"])
    ns.set_tie_quality(client.id, ids["Noor"], ids["Jan"], "tense")
    ns.set_layout(client.id, "ringen")
    ns.save_plan(client.id, first_person_id=ids["Noor"], first_ask="Een keer mee naar de afspraak",
                 gives_back="Koken voor Noor", involve={ids["Noor"]: "luisteren", ids["Els"]: "boodschappen"})
    return client


def view(store, code="KL-1"):
    """The network as the worker sees it, by names (ids differ between databases)."""
    from quez.network.model import build_network
    from quez.network.plan import plan_lines

    net = build_network(store, code)
    persons = sorted((p.name, p.support, p.support_chosen, p.quality, p.quality_chosen, p.category, p.closeness)
                     for p in net.persons)
    ties = sorted((*sorted((net.person(a).name, net.person(b).name)), net.quality_of_tie(a, b)) for a, b in net.ties)
    return persons, ties, net.layout, plan_lines(net)


def test_the_network_round_trips_into_an_empty_database(store, shaped_network, tmp_path):
    from quez.portability.exporter import build_export, to_json
    from quez.portability.format import FORMAT_VERSION
    from quez.portability.importer import import_document, parse_document
    from quez.storage.store import Store

    text = to_json(build_export(store, client_code="KL-1"))
    document = parse_document(text)
    assert FORMAT_VERSION == 3 and document.format_version == 3
    assert document.clients[0].network is not None
    with Store(tmp_path / "other" / "quez.db") as other:
        report = import_document(other, document)
        assert report.added["network"] == 5  # Els, Jan, two ties, the plan
        assert view(other) == view(store)
        persons, ties, layout, plan = view(other)
        assert ties == [("Els", "Noor", None), ("Jan", "Noor", "tense")] and layout == "ringen"
        assert plan[0] == "Eerste stap: Noor vragen: Een keer mee naar de afspraak"
        again = import_document(other, document)
        assert not again.changed
        assert view(other) == view(store)


def test_a_newer_choice_wins_on_import(store, shaped_network, tmp_path):
    from quez.portability.exporter import build_export, to_json
    from quez.portability.importer import import_document, parse_document
    from quez.storage.network import NetworkStore
    from quez.storage.store import Store

    with Store(tmp_path / "other" / "quez.db") as other:
        import_document(other, parse_document(to_json(build_export(store, client_code="KL-1"))))
        jan = store.find_person(shaped_network.id, "Jan")
        NetworkStore(store).set_quality(shaped_network.id, jan.id, "tense")
        report = import_document(other, parse_document(to_json(build_export(store, client_code="KL-1"))))
        assert report.updated["network"] == 1
        assert view(other) == view(store)


def test_a_network_pointing_at_an_unknown_person_is_refused(store, shaped_network):
    import json

    from quez.portability import TransferError
    from quez.portability.exporter import build_export, to_json
    from quez.portability.importer import parse_document

    data = json.loads(to_json(build_export(store, client_code="KL-1")))
    data["clients"][0]["network"]["ties"][0]["person_refs"] = [1, 999]
    with pytest.raises(TransferError) as caught:
        parse_document(json.dumps(data))
    assert "netwerk (network)" in str(caught.value) and "onbekende persoon (ref 999)" in str(caught.value)


def test_erase_removes_the_network(store, shaped_network):
    from quez.storage.erase import erase_client
    from tests.trust.trust_support import remaining_text

    report = erase_client(store.db, "KL-1")
    for table in ("network_persons", "network_ties", "network_plans", "network_plan_persons"):
        assert report.rows[table] >= 1
        assert list(store.db.execute(f"select count(*) from {table}"))[0][0] == 0
    assert remaining_text(store.db, "Koken voor Noor") == []
