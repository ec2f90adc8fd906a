"""A small but realistic history: two clients, several sessions, persons, notes."""

from __future__ import annotations

from dataclasses import dataclass

import pytest


@dataclass
class History:
    store: object
    bank: object
    first: int  # AB-12, finished
    second: int  # AB-12, parked
    third: int  # AB-12, in progress
    other: int  # CD-34, finished
    karin: int
    els: int
    piet: int


def set_started(store, session_id: int, stamp: str) -> None:
    store.db.execute("update sessions set started_at = ?, updated_at = ? where id = ?", [stamp, stamp, session_id])
    store.db.conn.commit()


def make_history(store, bank) -> History:
    from quez.storage.notes import add_note

    first = store.start_session("AB-12", bank)
    client = store.client("AB-12")
    store.set_client_label("AB-12", "gezin Noord")
    karin = store.add_person(client.id, "Karin", relation="zus", category="family")
    els = store.add_person(client.id, "Els", relation="buurvrouw", category="neighbours")
    piet = store.add_person(client.id, "Piet", relation="collega", category="work_school")
    store.record_answer(
        first.id, "wie-snapt", text="Mijn zus Karin snapt het, en de buurvrouw Els.", phase_id="begin",
        note="zus dichtbij",
    )
    store.add_mention(karin.id, first.id, "wie-snapt", quote="Karin")
    store.add_mention(els.id, first.id, "wie-snapt", quote="Els")
    store.record_answer(
        first.id,
        f"wie-snapt~0~{karin.id}",
        text="Dat ik het volhoud met de kinderen.",
        parent_question_id="wie-snapt",
        person_id=karin.id,
        question_text="Wat vindt Karin dat je goed doet?",
        phase_id="begin",
    )
    store.record_answer(first.id, "hoe-gaat-het", text="Zwaar, maar het gaat.", phase_id="begin")
    store.record_answer(first.id, "hoe-zwaar", value="4", phase_id="verder")
    store.record_answer(first.id, "soort-hulp", status="declined", phase_id="verder")
    store.finish_session(first.id)
    set_started(store, first.id, "2026-01-10T09:00:00.000+00:00")

    second = store.start_session("AB-12", bank)
    store.record_answer(second.id, "wie-snapt", text="Karin weer, en Piet van mijn werk.", phase_id="begin")
    store.add_mention(karin.id, second.id, "wie-snapt")
    store.add_mention(piet.id, second.id, "wie-snapt")
    store.record_answer(second.id, "hoe-gaat-het", status="parked", phase_id="begin")
    store.park_session(second.id)
    set_started(store, second.id, "2026-02-14T09:00:00.000+00:00")
    add_note(store, second.id, "Cliënt belde later: Els komt toch weer langs.")

    third = store.start_session("AB-12", bank)
    store.record_answer(third.id, "wie-snapt", text="Piet, die helpt me met de formulieren.", phase_id="begin")
    store.add_mention(piet.id, third.id, "wie-snapt")
    set_started(store, third.id, "2026-03-20T09:00:00.000+00:00")

    other = store.start_session("CD-34", bank)
    noor = store.add_person(store.client("CD-34").id, "Noor", relation="vriendin")
    store.record_answer(other.id, "wie-snapt", text="Mijn vriendin Noor, verder niemand.", phase_id="begin")
    store.add_mention(noor.id, other.id, "wie-snapt")
    store.finish_session(other.id)
    set_started(store, other.id, "2026-02-01T09:00:00.000+00:00")
    return History(store, bank, first.id, second.id, third.id, other.id, karin.id, els.id, piet.id)


@pytest.fixture
def history(store, sample_bank) -> History:
    return make_history(store, sample_bank)


@pytest.fixture
def user_banks(tmp_path, sample_bank_text):
    """A user bank folder holding the sample bank (editable in the bank manager)."""
    directory = tmp_path / "eigen-banken"
    directory.mkdir()
    (directory / "proefbank.toml").write_text(sample_bank_text, encoding="utf-8")
    return directory


@pytest.fixture
def make_app(db_path, store, user_banks):
    """``make_app()`` → a QuezApp on the tmp store, with the sample bank as a user bank."""
    from quez.banks.loader import load_registry
    from quez.services import Services
    from quez.settings import Settings
    from quez.tui.app import QuezApp

    def factory(**changes):
        settings = Settings(db_path=db_path, bundled_banks=None, user_banks=user_banks, extra_banks=[])
        for key, value in changes.items():
            setattr(settings, key, value)
        services = Services(settings, store=store, banks=load_registry(settings.bank_sources()))
        return QuezApp(services)

    return factory
