"""Snapshots (80x24) of the network map and of the view for the client; a text snapshot of the picture.

Update with ``pytest tests/network --snapshot-update`` after checking the change by eye.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pilot import on_screen, ready, settle, wait_for

PICTURE = Path(__file__).parent / "picture_snapshot.txt"


@pytest.fixture
def shaped(store, walked):
    """The walked conversation plus a coach and a broken-off neighbour; Els knows Noor, and Jan (tense)."""
    from quez.storage.network import NetworkStore

    client = store.client("KL-1")
    coach = store.add_person(client.id, "Mw. Bakker", "coach", "professionals", 2)
    ria = store.add_person(client.id, "Ria", "buurvrouw", "neighbours", 3)
    store.add_mention(coach.id, walked, "wie-goed", "worker")
    store.add_mention(ria.id, walked, "wie-praktisch", "worker")
    persons = {p.name: p.id for p in store.persons(client.id)}
    ns = NetworkStore(store)
    ns.set_tie(client.id, persons["Els"], persons["Noor"])
    ns.set_tie_quality(client.id, persons["Els"], persons["Jan"], "tense")
    ns.set_quality(client.id, persons["Ria"], "broken")
    return walked


def test_picture_text(store, shaped):
    from quez.network.model import build_network
    from quez.network.picture import render_network

    net = build_network(store, "KL-1")
    worker = render_network(net.persons, net.ties, net.layout, 78, 19)
    client = render_network(net.persons, net.ties, net.layout, 78, 19, for_client=True)
    rings = render_network(net.persons, net.ties, "ringen", 78, 19)
    text = "\n".join(["-- worker", *worker.lines, "-- client", *client.lines, "-- rings", *rings.lines]) + "\n"
    assert "≈Jan" in text and "×Ria" in text and "~" in "\n".join(worker.lines)
    assert not any(mark in "\n".join(client.lines) for mark in ("≈", "×", "~", "Ria", "+"))
    if not PICTURE.exists():  # first run writes it; review it by eye and commit it
        PICTURE.write_text(text, encoding="utf-8")
    assert text == PICTURE.read_text(encoding="utf-8")


async def _network(pilot):
    from quez.tui.screens.network import NetworkScreen

    await ready(pilot)
    pilot.app.push_screen(NetworkScreen("KL-1"))
    screen = await on_screen(pilot, "NetworkScreen")
    await wait_for(pilot, lambda: screen.network is not None)
    await settle(pilot)
    return screen


@pytest.mark.slow
def test_network_screen(snap_compare, make_app, shaped):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_network)


@pytest.mark.slow
def test_client_view(snap_compare, make_app, shaped):
    async def run_before(pilot):
        await _network(pilot)
        await pilot.press("c")
        await on_screen(pilot, "ClientViewScreen")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)


def test_a_tense_tie_is_wavy_for_the_worker_and_a_plain_line_for_the_client():
    from quez.network.model import NetPerson
    from quez.network.picture import render_network

    persons = [NetPerson("a", "Els", "tante", "family", 1, 1, (), "positive"),
               NetPerson("b", "Noor", "vriendin", "neighbours", 1, 2, (), "positive")]
    worker = "\n".join(render_network(persons, [("a", "b")], tie_quality={("a", "b"): "tense"}).lines)
    client_picture = render_network(persons, [("a", "b")], tie_quality={("a", "b"): "tense"}, for_client=True)
    client = "\n".join(client_picture.lines)
    plain = "\n".join(render_network(persons, [("a", "b")]).lines)
    assert "~" in worker and "~" not in client and "~" not in plain
    assert {kind for _row, _col, kind in client_picture.strokes} == {"tie"}  # still drawn: they know each other
