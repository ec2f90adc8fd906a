"""Support kinds, relation quality and ties: suggested from the answers, the worker's choice wins (real SQLite)."""

from __future__ import annotations

import pytest


def by_name(network):
    return {p.name: p for p in network.persons}


def test_support_and_quality_come_from_what_the_questions_elicit(store, walked):
    from quez.network.model import build_network

    net = build_network(store, "KL-1")
    persons = by_name(net)
    assert persons["Els"].support == ("practical",) and persons["Els"].quality == "positive"
    assert persons["Noor"].support == ("emotional",) and persons["Noor"].quality == "positive"
    assert persons["Jan"].quality == "tense"
    assert not persons["Els"].support_chosen and not persons["Jan"].quality_chosen
    assert net.reciprocity == ["Ik kan goed koken voor anderen."]
    assert net.layout == "netwerkcirkel"


def test_the_workers_choice_wins_and_can_be_undone(store, walked):
    from quez.network.model import build_network
    from quez.storage.network import NetworkStore

    net = build_network(store, "KL-1")
    jan, els = by_name(net)["Jan"], by_name(net)["Els"]
    ns = NetworkStore(store)
    ns.set_quality(net.client_id, jan.person_id, "broken")
    ns.set_support(net.client_id, els.person_id, ["company", "practical"])
    ns.set_support(net.client_id, jan.person_id, [])
    persons = by_name(build_network(store, "KL-1"))
    assert persons["Jan"].quality == "broken" and persons["Jan"].quality_chosen
    assert persons["Els"].support == ("practical", "company") and persons["Els"].letters == "PG"
    assert persons["Jan"].support == () and persons["Jan"].support_chosen
    ns.set_quality(net.client_id, jan.person_id, None)  # back to what the answers say
    assert by_name(build_network(store, "KL-1"))["Jan"].quality == "tense"


def test_ties_are_stored_once_per_pair_and_removed(store, walked):
    from quez.network.model import build_network
    from quez.storage.db import StoreError
    from quez.storage.network import NetworkStore

    net = build_network(store, "KL-1")
    p = by_name(net)
    ns = NetworkStore(store)
    ns.set_tie(net.client_id, p["Noor"].person_id, p["Els"].person_id)
    ns.set_tie(net.client_id, p["Els"].person_id, p["Noor"].person_id)  # the same pair
    assert len(ns.ties(net.client_id)) == 1
    net = build_network(store, "KL-1")
    assert [net.person(g).name for g in net.tied_to(p["Els"].group_id)] == ["Noor"]
    with pytest.raises(StoreError):
        ns.set_tie(net.client_id, p["Els"].person_id, p["Els"].person_id)
    ns.set_tie(net.client_id, p["Els"].person_id, p["Noor"].person_id, present=False)
    assert build_network(store, "KL-1").ties == []


def test_a_tie_follows_a_merge(store, walked):
    from quez.network.model import build_network
    from quez.storage.network import NetworkStore
    from quez.storage.persons import PersonDecisions

    net = build_network(store, "KL-1")
    p = by_name(net)
    NetworkStore(store).set_tie(net.client_id, p["Jan"].person_id, p["Els"].person_id)
    PersonDecisions(store).merge(net.client_id, p["Jan"].item.ref(), p["Noor"].item.ref())
    net = build_network(store, "KL-1")
    assert [(net.person(a).name, net.person(b).name) for a, b in net.ties] in ([("Els", "Noor")], [("Noor", "Els")])


def test_a_tie_with_someone_of_another_client_is_refused(store, walked):
    from quez.storage.db import StoreError
    from quez.storage.network import NetworkStore

    other = store.create_client("ANDER")
    stranger = store.add_person(other.id, "Kees")
    client = store.client("KL-1")
    els = store.find_person(client.id, "Els")
    with pytest.raises(StoreError):
        NetworkStore(store).set_tie(client.id, els.id, stranger.id)


def test_company_and_advice_come_from_the_questions_named_for(store, walked):
    from quez.network.model import build_network

    client = store.client("KL-1")
    jan = store.find_person(client.id, "Jan")
    els = store.find_person(client.id, "Els")
    store.add_mention(jan.id, walked, "wie-advies", "worker")
    store.add_mention(els.id, walked, "wie-samen", "worker")
    persons = by_name(build_network(store, "KL-1"))
    assert persons["Els"].support == ("practical", "company") and persons["Els"].letters == "PG"
    assert persons["Jan"].support == ("advice",)
    assert persons["Jan"].quality == "tense"  # still: named for a question about tension


def test_a_plan_with_a_person_of_another_client_changes_nothing(store, walked):
    from quez.storage.db import StoreError
    from quez.storage.network import NetworkStore

    client = store.client("KL-1")
    noor = store.find_person(client.id, "Noor")
    stranger = store.add_person(store.create_client("ANDER").id, "Kees")
    ns = NetworkStore(store)
    ns.save_plan(client.id, first_person_id=noor.id, first_ask="Koffie", gives_back="", involve={noor.id: ""})
    with pytest.raises(StoreError):
        ns.save_plan(client.id, first_person_id=noor.id, first_ask="Iets anders", gives_back="",
                     involve={stranger.id: ""})
    plan = ns.plan(client.id)
    assert plan.first_ask == "Koffie" and plan.involve == {noor.id: ""}


def test_a_removed_person_leaves_the_plan_on_the_timeline(store, walked):
    from quez.network.plan import stored_plan_lines
    from quez.storage.network import NetworkStore

    client = store.client("KL-1")
    noor, els = store.find_person(client.id, "Noor"), store.find_person(client.id, "Els")
    NetworkStore(store).save_plan(client.id, first_person_id=noor.id, first_ask="Koffie", gives_back="",
                                  involve={els.id: "boodschappen"})
    assert stored_plan_lines(store, client.id) == ["Eerste stap: Noor vragen: Koffie",
                                                   "Betrekken: Els (boodschappen)"]
    store.update_person(els.id, removed=1)
    assert stored_plan_lines(store, client.id) == ["Eerste stap: Noor vragen: Koffie"]
