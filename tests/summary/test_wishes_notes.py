"""The client's own words about what she wants next, and the worker's notes, in every view of the summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quez.report import to_data, to_html, to_markdown
from quez.storage.notes import add_note
from quez.summary import summarise_client, summarise_session
from tests.pilot import SIZE, on_screen, ready, settle

BUNDLED = Path(__file__).resolve().parents[2] / "question_banks" / "netwerk-betrekken.toml"
WISH = "Volgende keer wil ik het over Karin hebben. Misschien durf ik het haar te vragen."


@pytest.fixture
def wish_session(store):
    """A session with the bundled bank: a "who" answer, the wish question "volgende-keer", notes."""
    from quez.banks.loader import load_bank

    bank = load_bank(BUNDLED)
    assert "wish" in bank.question("volgende-keer").elicits
    session = store.start_session("KL-1", bank)
    who = next(q for p in bank.phases for q in p.questions if "persons" in q.elicits)
    store.record_answer(session.id, who.id, text="Mijn zus Karin snapt het.", note="Zus belt dagelijks.")
    store.record_answer(session.id, "volgende-keer", text=WISH)
    add_note(store, session.id, "Rustig gesprek, cliënt moe.", added_later=False)
    add_note(store, session.id, "Nagebeld: <script>alert(1)</script> *ster*", added_later=True)
    return session.id


def test_wishes_and_notes_are_in_the_summary(store, wish_session):
    summary = summarise_session(store, wish_session)
    assert [(q.question_id, q.answer) for q in summary.wishes] == [("volgende-keer", WISH)]
    assert [(n.text, n.added_later, bool(n.question_id)) for n in summary.notes] == [
        ("Zus belt dagelijks.", False, True), ("Rustig gesprek, cliënt moe.", False, False),
        ("Nagebeld: <script>alert(1)</script> *ster*", True, False)]
    assert summarise_client(store, "KL-1").wishes == summary.wishes


def test_wishes_and_notes_in_json_markdown_and_html(store, wish_session):
    summary = summarise_session(store, wish_session)
    data = json.loads(json.dumps(to_data(summary)))
    assert data["wishes"] == [{"session": wish_session, "question": "volgende-keer",
                               "question_text": summary.wishes[0].text, "text": WISH}]
    assert [n["text"] for n in data["notes"]][:2] == ["Zus belt dagelijks.", "Rustig gesprek, cliënt moe."]
    assert data["notes"][2]["added_later"] is True
    assert {"persons", "opinions", "session", "client"} <= set(data)  # the stable keys stay
    markdown = to_markdown(summary)
    assert "## Wat de cliënt zelf wil, in eigen woorden" in markdown and f"“{WISH}”" in markdown
    assert "## Notities van de werker" in markdown and "\\*ster\\*" in markdown and "<script>" not in markdown
    page = to_html(summary)
    assert "Wat de cliënt zelf wil" in page and WISH in page
    assert "&lt;script&gt;" in page and "<script>" not in page


def test_a_summary_without_wishes_or_notes_says_so_calmly(store, talk):
    sid = talk({"hoe-gaat-het": "Goed."})
    summary = summarise_session(store, sid)
    assert summary.wishes == [] and summary.notes == []
    assert "Wat de cliënt zelf wil" not in to_markdown(summary) and to_data(summary)["wishes"] == []


@pytest.mark.slow
async def test_wishes_and_notes_on_the_summary_screen(make_app, store, wish_session):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.show_summary(wish_session)
        screen = await on_screen(pilot, "SummaryScreen")
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        text = str(screen.query_one("#overview-text").render())
        assert "Wat de cliënt zelf wil" in text and "Misschien durf ik het haar te vragen" in text
        assert "Notities van de werker" in text and "Nagebeld: <script>alert(1)</script> *ster*" in text
