"""A "who knows whom" question (kind = "ties"): pairs of the persons named so far, marked with Space."""

from __future__ import annotations

import pytest

from tests.pilot import SIZE, conversation, settle, wait_for


@pytest.mark.slow
async def test_pairs_of_the_persons_named_are_marked_with_space_and_stored(make_app, store, walked):
    from quez.storage.network import NetworkStore

    store.set_position(walked, "wie-kent-wie")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await conversation(pilot, walked)
        widget = screen.answer_widget
        assert type(widget).__name__ == "TiesAnswer"
        pairs = [str(o.prompt) for o in widget.query_one("SelectionList").options]
        assert pairs == ["Els — Noor", "Els — Jan", "Noor — Jan"]
        await pilot.press("space", "down", "down", "space")
        await settle(pilot)
        client = store.client("KL-1")
        ids = {p.name: p.id for p in store.persons(client.id)}
        stored = NetworkStore(store).ties(client.id)
        assert stored == {tuple(sorted((ids["Els"], ids["Noor"]))), tuple(sorted((ids["Noor"], ids["Jan"])))}
        await pilot.press("space")  # Noor — Jan after all not
        await settle(pilot)
        assert len(NetworkStore(store).ties(client.id)) == 1
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: screen.step.id == "terugdoen")
        answer = store.answer(walked, "wie-kent-wie")
        assert answer.status == "answered" and answer.value == "1"
        await pilot.press("ctrl+b")  # back: the pairs show as stored
        await wait_for(pilot, lambda: screen.step.id == "wie-kent-wie" and screen.answer_widget is not None)
        await settle(pilot)
        assert screen.answer_widget.marked() == [f"{min(ids['Els'], ids['Noor'])}:{max(ids['Els'], ids['Noor'])}"]


def test_a_ties_question_in_a_bank_is_checked(tmp_path):
    from quez.banks.loader import BankError, load_bank
    from tests.network.conftest import NETWORK_BANK

    good = tmp_path / "goed.toml"
    good.write_text(NETWORK_BANK, encoding="utf-8")
    assert load_bank(good).question("wie-kent-wie").kind == "ties"
    bad = tmp_path / "fout.toml"
    follow_up = 'kind = "ties"\nfollow_ups = ["Hoe kennen {persoon} en zij elkaar?"]'
    bad.write_text(NETWORK_BANK.replace('kind = "ties"', follow_up), encoding="utf-8")
    with pytest.raises(BankError) as caught:
        load_bank(bad)
    message = str(caught.value)
    assert "fout.toml" in message and "follow_ups" in message and "ties" in message


def test_the_question_editor_adds_a_ties_question():
    from quez.banks.loader import parse_bank
    from quez.banks.structured import BankDocument
    from tests.network.conftest import NETWORK_BANK

    doc = BankDocument(NETWORK_BANK)
    new_id = doc.add_question(0, "Wie van hen zien elkaar ook zonder jou?", kind="ties")
    assert parse_bank(doc.text()).question(new_id).kind == "ties"
