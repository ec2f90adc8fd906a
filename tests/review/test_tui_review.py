"""Pilot tests: the review list (filters, search, paging), a past session, later notes, the timeline."""

from __future__ import annotations

import pytest
from review_support import SIZE, on_screen, ready, table_rows, texts, wait_for
from textual.widgets import Input, Select, TextArea

from quez.tui.widgets.review_table import ReviewTable


@pytest.fixture
def history(history):
    """The shared history with its interrupted session parked (else the home screen offers to resume it)."""
    history.store.park_session(history.third)
    return history


async def open_review(pilot):
    await ready(pilot)
    await pilot.press("e")
    screen = await on_screen(pilot, "ReviewScreen")
    return screen, screen.query_one(ReviewTable)


@pytest.mark.slow
async def test_review_lists_filters_and_searches(make_app, history):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await open_review(pilot)
        rows = table_rows(table)
        assert [r[1] for r in rows] == ["AB-12", "AB-12", "CD-34", "AB-12"]
        assert rows[3][2:5] == ["Proefbank", "afgerond", "4"]
        assert rows[3][5] in ("…", "3")  # "…" until the summary counted its three (with "de kinderen")
        await wait_for(pilot, lambda: table_rows(table)[3][5] == "3")
        assert "4 gesprekken" in str(screen.query_one("#review-count").render())

        screen.query_one("#review-status", Select).value = "finished"
        await pilot.pause()
        assert [r[1:4] for r in table_rows(table)] == [
            ["CD-34", "Proefbank", "afgerond"], ["AB-12", "Proefbank", "afgerond"]
        ]

        await pilot.press("x")  # clear filters
        await pilot.press("slash")
        assert app.focused is screen.query_one("#review-search", Input)
        for key in "formulier":
            await pilot.press(key)
        await pilot.press("enter")
        rows = table_rows(table)
        assert len(rows) == 1 and rows[0][1] == "AB-12" and "formulieren" in rows[0][3]
        assert rows[0][3].endswith("helpt me met de formulieren.")  # the match keeps its spaces

        assert app.focused is table

        screen.query_one("#review-search", Input).value = "langs"
        await wait_for(pilot, lambda: table.row_count == 1 and "later toegevoegd" in table_rows(table)[0][3])
        assert table_rows(table)[0][3].endswith("Els komt toch weer langs.")

        screen.query_one("#review-search", Input).value = "bestaatnergens"
        await wait_for(pilot, lambda: table.row_count == 0)
        assert "Geen gesprekken gevonden" in str(screen.query_one("#review-empty").render())


@pytest.mark.slow
async def test_clients_mode_drills_down_and_back(make_app, history):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await open_review(pilot)
        await pilot.press("c")
        assert "Cliënten" in str(screen.query_one("#review-title").render())
        rows = table_rows(table)
        assert [r[0] for r in rows] == ["AB-12", "CD-34"]
        assert rows[0][1:3] == ["gezin Noord", "3"]
        await pilot.press("down", "enter")
        assert [r[1] for r in table_rows(table)] == ["CD-34"]
        await pilot.press("escape")  # first back to all sessions
        assert table.row_count == 4
        await pilot.press("escape")
        await on_screen(pilot, "HomeScreen")


@pytest.mark.slow
async def test_review_pages_as_you_scroll(make_app, store, sample_bank):
    for i in range(60):
        store.finish_session(store.start_session(f"P-{i:02d}", sample_bank).id)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await open_review(pilot)
        assert table.row_count == 50
        assert "50 van 60 gesprekken" in str(screen.query_one("#review-count").render())
        await pilot.press("end")
        await wait_for(pilot, lambda: table.row_count == 60)
        assert len({r[1] for r in table_rows(table)}) == 60


@pytest.mark.slow
async def test_past_session_read_only_with_later_note(make_app, history):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await open_review(pilot)
        await pilot.press("end")  # the first session (oldest) is last
        await pilot.press("enter")
        past = await on_screen(pilot, "PastSessionScreen")
        shown = texts(past, "#past-body Static")
        assert "Wie snapt waar je mee worstelt?" in shown
        assert "Genoemd: Karin, Els" in shown and "Notitie: zus dichtbij" in shown
        assert "Wat vindt Karin dat je goed doet?" in shown
        assert "Cliënt wil hier (nog) niet op ingaan: Waar zou hulp het meest schelen?" in shown
        assert "(niet aan bod gekomen)" in shown
        assert past.check_action("continue_session", ()) is True  # finished: can be reopened (after asking)
        # its summary too: the same persons and opinions as on the summary screen
        assert "Samenvatting" in texts(past, "#past-body .section")
        persons = texts(past, "#past-body .summary-person")
        assert "Karin (zus)" in persons and "Els (buurvrouw)" in persons
        assert "Karin: “Dat ik het volhoud met de kinderen.”" in texts(past, "#past-body .summary-opinion")
        from quez.storage.persons import PersonDecisions
        from quez.summary import summarise_session

        found = summarise_session(history.store, history.first).persons  # Karin, Els and 'de kinderen'
        assert f"{len(found)} personen genoemd" in str(past.query_one("#past-meta").render())
        meta = str(past.query_one("#past-meta").render())
        assert meta.startswith(f"Gesprek {history.first} · Proefbank (versie 1.0)")
        # a decision taken on the summary screen shows here on return
        els = next(p for p in found if p.name == "Els")
        await pilot.press("s")
        await on_screen(pilot, "SummaryScreen")
        PersonDecisions(history.store).remove(history.store.client("AB-12").id, els.ref())
        await pilot.press("escape")
        await on_screen(pilot, "PastSessionScreen")
        await wait_for(pilot, lambda: "Els" not in texts(past, "#past-body .summary-person"))
        assert f"{len(found) - 1} personen genoemd" in str(past.query_one("#past-meta").render())
        await pilot.press("n")
        dialog = await on_screen(pilot, "LaterNoteScreen")
        dialog.query_one(TextArea).text = "Karin belde: ze wil meedenken."
        dialog.query_one(Select).value = "wie-snapt"
        await pilot.press("ctrl+s")
        await on_screen(pilot, "PastSessionScreen")
        await wait_for(pilot, lambda: "Karin belde" in texts(past, "#past-body Static"))
        assert "Later toegevoegd (" in texts(past, "#past-body .later")
    from quez.storage.notes import notes

    (note,) = notes(history.store, history.first)
    assert (note.question_id, note.added_later, note.text) == ("wie-snapt", True, "Karin belde: ze wil meedenken.")


@pytest.mark.slow
async def test_timeline_screen(make_app, history):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await open_review(pilot)
        await pilot.press("t")  # the newest session is AB-12's
        timeline = await on_screen(pilot, "TimelineScreen")
        grid = timeline.query_one("#timeline-grid")
        rows = {r[0].split(" (")[0]: r for r in table_rows(grid)}
        assert rows["Karin"][1:] == ["●", "●", "·", "stil geworden"]
        assert rows["Piet"][1:] == ["·", "●", "●", "terugkerend"]
        assert (rows["Karin"][0], rows["kinderen"][0]) == ("Karin (zus)", "kinderen")  # no 'kinderen (kinderen)'
        shown = texts(timeline, "#timeline-body Static")
        assert "Nieuw genoemd: Piet" in shown and "Niet meer genoemd: Els" in shown
        assert "Karin vindt dat de cliënt het goed doet: “Dat ik het volhoud met de kinderen.”" in shown
        assert "Els begrijpt waar de cliënt mee worstelt (genoemd bij: Wie snapt waar je mee worstelt?)" in shown
        assert [r[0].split(" (")[0] for r in table_rows(grid)] == ["Els", "Karin", "kinderen", "Piet"]
        await pilot.press("down", "enter")  # Karin: her last session
        past = await on_screen(pilot, "PastSessionScreen")
        assert past.session_id == history.second


@pytest.mark.slow
async def test_network_map_from_the_review_screen(make_app, history):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_review(pilot)
        await pilot.press("w")  # the newest session is AB-12's
        network = await on_screen(pilot, "NetworkScreen")
        await wait_for(pilot, lambda: network.network is not None)
        assert network.client_code == "AB-12" and "Karin" in {p.name for p in network.network.persons}


@pytest.mark.slow
async def test_continue_parked_session_from_review(make_app, history):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await open_review(pilot)
        await pilot.press("down")  # the parked session
        assert table_rows(table)[1][3] == "geparkeerd"
        await pilot.press("v")
        conversation = await on_screen(pilot, "ConversationScreen")
        assert conversation.session_id == history.second
    assert history.store.session(history.second).status == "in_progress"


@pytest.mark.slow
async def test_a_finished_conversation_is_reopened_after_asking_and_recorded(make_app, history):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await open_review(pilot)
        await pilot.press("end", "enter")  # the first session, finished
        past = await on_screen(pilot, "PastSessionScreen")
        assert "afgerond ·" in str(past.query_one("#past-meta").render())
        await pilot.press("v")
        confirm = await on_screen(pilot, "ConfirmScreen")
        assert "Dit gesprek is afgerond op " in str(confirm.query_one("#confirm-body").render())
        await pilot.press("escape")  # not now: nothing changes
        await on_screen(pilot, "PastSessionScreen")
        assert history.store.session(history.first).status == "finished"
        await pilot.press("v")
        await on_screen(pilot, "ConfirmScreen")
        await pilot.press("enter")
        conversation = await on_screen(pilot, "ConversationScreen")
        assert conversation.session_id == history.first
        await wait_for(pilot, lambda: history.store.session(history.first).status == "in_progress")
        session = history.store.session(history.first)
        assert session.reopened_at and session.ended_at is None
        from quez.tui.screens.past_session import PastSessionScreen

        app.push_screen(PastSessionScreen(history.first))
        past = await on_screen(pilot, "PastSessionScreen")
        await wait_for(pilot, lambda: "(heropend " in str(past.query_one("#past-meta").render()))


@pytest.mark.slow
async def test_continued_session_keeps_the_bank_it_started_with(make_app, history, user_banks):
    """The bank is edited after the session was parked: continuing it asks the questions as they were."""
    from quez.banks.editing import save_bank
    from quez.banks.structured import BankDocument

    path = user_banks / "proefbank.toml"
    doc = BankDocument(path.read_text(encoding="utf-8"))
    doc.update_question(0, 1, text="Hoe is het vandaag?")  # hoe-gaat-het, the parked question
    doc.remove_question(1, 0)
    edited = save_bank(path, doc.text())
    assert edited.question("hoe-gaat-het").text == "Hoe is het vandaag?" and edited.question("hoe-zwaar") is None
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await open_review(pilot)
        await pilot.press("down", "enter")  # the parked session, read-only first
        past = await on_screen(pilot, "PastSessionScreen")
        shown = texts(past, "#past-body Static")
        assert "Hoe gaat het nu met je?" in shown and "Hoe zwaar voelt het?" in shown
        assert "Hoe is het vandaag?" not in shown
        await pilot.press("v")
        conversation = await on_screen(pilot, "ConversationScreen")
        assert conversation.session_id == history.second
        texts_asked = [step.text for step in conversation.conversation.flow.steps]
        assert "Hoe gaat het nu met je?" in texts_asked and "Hoe zwaar voelt het?" in texts_asked
        assert "Hoe is het vandaag?" not in texts_asked


@pytest.mark.slow
async def test_export_a_client_from_the_review_screen(make_app, history, tmp_path):
    from quez.portability.importer import import_document, read_document
    from quez.storage.store import Store

    target = tmp_path / "overdracht" / "AB-12.json"
    target.parent.mkdir()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await open_review(pilot)
        await pilot.press("o")  # the selected session is AB-12's
        dialog = await on_screen(pilot, "ExportReportScreen")
        assert "Gesprekken van AB-12 exporteren" in texts(dialog, "#export-title")
        assert dialog.query_one("#export-format", Select).value == "json"
        dialog.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await on_screen(pilot, "ReviewScreen")
        await wait_for(pilot, target.exists)
        # CSV for a spreadsheet: choosing it changes the suggested name
        await pilot.press("o")
        dialog = await on_screen(pilot, "ExportReportScreen")
        dialog.query_one("#export-path", Input).value = str(target)
        dialog.query_one("#export-format", Select).value = "csv"
        await pilot.pause()
        assert dialog.query_one("#export-path", Input).value == str(target.with_suffix(".csv"))
        await pilot.press("enter")
        await wait_for(pilot, target.with_suffix(".csv").exists)
    assert target.with_suffix(".csv").read_bytes().startswith(b"\xef\xbb\xbfclient_code;")
    document = read_document(target)
    assert [c.code for c in document.clients] == ["AB-12"] and len(document.clients[0].sessions) == 3
    with Store(tmp_path / "andere-laptop" / "quez.db") as other:
        assert import_document(other, document).added["sessions"] == 3


@pytest.mark.slow
async def test_persons_column_counts_what_the_summary_shows(make_app, history):
    # the worker added one person; the answer names another: the list, the session and the client agree
    from quez.summary import summarise_client, summarise_session

    store = history.store
    session = store.start_session("EF-56", history.bank)
    jan = store.add_person(store.client("EF-56").id, "Jan", relation="vader", category="family")
    store.record_answer(session.id, "wie-snapt", phase_id="begin",
                        text="Mijn vader Jan snapt het. De buurvrouw Anja vindt dat ik het goed doe.")
    store.add_mention(jan.id, session.id, "wie-snapt", quote="Jan")
    store.finish_session(session.id)
    in_summary = len(summarise_session(store, session.id).persons)
    assert in_summary == 2  # Jan, and the neighbour found in the answer

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await open_review(pilot)
        assert table_rows(table)[0][1] == "EF-56"
        await wait_for(pilot, lambda: table_rows(table)[0][5] == str(in_summary))
        await wait_for(pilot, lambda: table_rows(table)[-1][5] == str(len(summarise_session(store, history.first)
                                                                             .persons)))
        await pilot.press("enter")
        past = await on_screen(pilot, "PastSessionScreen")
        assert f"{in_summary} personen genoemd" in texts(past, "#past-meta")
        await pilot.press("escape")
        await on_screen(pilot, "ReviewScreen")

        await pilot.press("c")  # per client
        expected = {code: str(len(summarise_client(store, code).persons)) for code in ("AB-12", "CD-34", "EF-56")}
        await wait_for(pilot, lambda: {r[0]: r[5] for r in table_rows(table)} == expected)
