"""Review queries, full-text search, later notes, the read-only session view and the timeline."""

from __future__ import annotations

import pytest

from quez.storage.db import StoreError
from quez.storage.notes import add_note, notes
from quez.storage.review import ReviewFilter, banks_in_use, list_clients, list_sessions, session_row
from quez.storage.search import MARK_END, MARK_START, fts_query, make_snippet, search
from quez.storage.session_view import session_view
from quez.summary.timeline import client_timeline
from quez.wording import local_time


def test_sessions_newest_first_with_counts(history):
    page = list_sessions(history.store)
    assert [r.id for r in page.rows] == [history.third, history.second, history.other, history.first]
    assert page.total == 4 and not page.has_next and page.number == 1 and page.count == 1
    first = page.rows[-1]
    assert first.client_code == "AB-12" and first.client_label == "gezin Noord"
    assert first.answer_count == 4  # wie-snapt, its follow-up, hoe-gaat-het, hoe-zwaar (declined is not an answer)
    assert first.persons_named == 2
    assert first.declined_count == 1
    assert first.status == "finished"
    second = page.rows[1]
    assert (second.parked_count, second.later_notes, second.status) == (1, 1, "parked")


def test_filters_combine(history):
    store = history.store
    assert [r.id for r in list_sessions(store, ReviewFilter(status="parked")).rows] == [history.second]
    assert {r.id for r in list_sessions(store, ReviewFilter(client="cd")).rows} == {history.other}
    assert {r.id for r in list_sessions(store, ReviewFilter(client="noord")).rows} == {
        history.first,
        history.second,
        history.third,
    }
    assert list_sessions(store, ReviewFilter(client_code="AB-12", status="finished")).total == 1
    assert list_sessions(store, ReviewFilter(bank_id="andere-bank")).total == 0
    assert banks_in_use(store) == [("proefbank", "Proefbank")]


def test_paging_walks_every_session_once(history):
    seen = []
    offset = 0
    while True:
        page = list_sessions(history.store, limit=3, offset=offset)
        seen.extend(r.id for r in page.rows)
        assert page.count == 2
        if not page.has_next:
            break
        offset += 3
    assert seen == [history.third, history.second, history.other, history.first]
    assert page.number == 2


def test_text_filter_finds_answers_notes_and_later_notes(history):
    store = history.store
    by_answer = list_sessions(store, ReviewFilter(text="formulier"))
    assert [r.id for r in by_answer.rows] == [history.third]
    assert by_answer.rows[0].match.kind == "answer"
    assert f"{MARK_START}formulieren{MARK_END}" in by_answer.rows[0].match.snippet
    by_note = list_sessions(store, ReviewFilter(text="dichtbij"))
    assert [r.id for r in by_note.rows] == [history.first] and by_note.rows[0].match.kind == "note"
    later = list_sessions(store, ReviewFilter(text="langs"))
    assert [r.id for r in later.rows] == [history.second] and later.rows[0].match.kind == "later_note"
    # prefix, diacritics folded, every word must occur
    assert {r.id for r in list_sessions(store, ReviewFilter(text="kar")).rows} == {history.first, history.second}
    assert [r.id for r in list_sessions(store, ReviewFilter(text="client belde")).rows] == [history.second]
    assert list_sessions(store, ReviewFilter(text="karin formulieren")).total == 0
    assert list_sessions(store, ReviewFilter(text="karin", status="finished")).total == 1


def test_search_is_safe_for_any_input(history):
    for nasty in ['"', "AND OR NOT", "*", "(", "zus\"broer", "NEAR(a b)", "'; drop table answers; --"]:
        search(history.store, nasty)  # never raises
        list_sessions(history.store, ReviewFilter(text=nasty))
    assert fts_query("  ") is None
    assert fts_query('zus "goed doet"') == '"zus"* "goed doet"'
    assert history.store.info()["answers"] > 0


def test_search_follows_edits_and_deletes(history):
    store = history.store
    store.record_answer(history.third, "hoe-gaat-het", text="Beter dan vorige maand", phase_id="begin")
    assert [h.session_id for h in search(store, "maand")] == [history.third]
    store.record_answer(history.third, "hoe-gaat-het", text="Wisselend", phase_id="begin")
    assert search(store, "maand") == []
    assert [h.session_id for h in search(store, "wisselend")] == [history.third]


def test_snippet_marks_words_around_first_match():
    text = "Eerst ging het slecht. " * 5 + "Toen kwam de cliënt bij mijn zus Karin en dat hielp echt heel veel."
    snippet = make_snippet(text, "client")
    assert f"{MARK_START}cliënt{MARK_END}" in snippet and snippet.startswith("…")


def test_clients_page(history):
    page = list_clients(history.store)
    assert [c.code for c in page.rows] == ["AB-12", "CD-34"]  # most recent session first
    ab = page.rows[0]
    assert (ab.session_count, ab.open_sessions, ab.persons, ab.label) == (3, 2, 3, "gezin Noord")
    assert [c.code for c in list_clients(history.store, ReviewFilter(text="noor")).rows] == ["CD-34"]
    assert [c.code for c in list_clients(history.store, ReviewFilter(status="parked")).rows] == ["AB-12"]
    assert list_clients(history.store, limit=1, offset=1).rows[0].code == "CD-34"


def test_later_notes_are_marked_and_validated(history):
    store = history.store
    note = add_note(store, history.first, "  Nagebeld: Karin wil meedenken.  ", question_id="wie-snapt")
    assert note.added_later and note.text == "Nagebeld: Karin wil meedenken."
    assert [n.text for n in notes(store, history.first)] == ["Nagebeld: Karin wil meedenken."]
    assert session_row(store, history.first).later_notes == 1
    with pytest.raises(StoreError, match="leeg"):
        add_note(store, history.first, "   ")
    with pytest.raises(StoreError, match="bestaat niet"):
        add_note(store, 9999, "iets")


def test_session_view_by_phase(history):
    view = session_view(history.store, history.first)
    assert [p.title for p in view.phases] == ["Begin", "Verder"]
    wie = view.phases[0].items[0]
    assert wie.status == "answered" and wie.persons == ["Karin", "Els"] and wie.note == "zus dichtbij"
    assert [(f.person, f.question_text, f.text) for f in wie.follow_ups] == [
        ("Karin", "Wat vindt Karin dat je goed doet?", "Dat ik het volhoud met de kinderen.")
    ]
    verder = {i.question_id: i for i in view.phases[1].items}
    assert (verder["hoe-zwaar"].value, verder["hoe-zwaar"].text) == ("4", "")
    assert verder["eerder-gevraagd"].status is None
    assert [d.question_id for d in view.declined] == ["soort-hulp"]
    assert view.persons == [("Els", 1), ("Karin", 1)]
    parked = session_view(history.store, history.second)
    assert [p.question_id for p in parked.parked] == ["hoe-gaat-het"]
    assert [n.text for n in parked.later_notes] == ["Cliënt belde later: Els komt toch weer langs."]


def test_timeline_new_recurring_quiet_and_opinions(history):
    timeline = client_timeline(history.store, "AB-12")
    assert [e.session.id for e in timeline.entries] == [history.first, history.second, history.third]
    first, second, third = timeline.entries
    # the persons of the client's summary: named by the worker and found in the answers ("de kinderen")
    assert (sorted(first.new), first.recurring, first.quiet) == (["Els", "Karin", "kinderen"], [], [])
    assert (second.new, second.recurring, second.quiet) == (["Piet"], ["Karin"], ["Els", "kinderen"])
    assert (third.new, third.recurring, sorted(third.quiet)) == ([], ["Piet"], ["Els", "Karin", "kinderen"])
    trends = {p.name: timeline.trend(p) for p in timeline.persons}
    assert trends == {"Karin": "stil geworden", "Els": "stil geworden", "kinderen": "stil geworden",
                      "Piet": "terugkerend"}
    opinions = [(o.person, o.kind, o.text) for o in first.opinions]
    assert ("Karin", "understanding", "Mijn zus Karin snapt het, en de buurvrouw Els.") in opinions
    assert ("Els", "understanding", "") in opinions  # named for "Wie snapt…": no words of her own
    # the follow-up "Wat vindt Karin dat je goed doet?"
    assert ("Karin", "does_well", "Dat ik het volhoud met de kinderen.") in opinions
    assert [o.person for o in third.opinions] == ["Piet"]
    with pytest.raises(StoreError):
        client_timeline(history.store, "ZZ-99")


def test_timeline_follows_the_workers_person_decisions(history):
    from quez.storage.persons import PersonDecisions
    from quez.summary import summarise_client

    # "kinderen" was found in the text; the worker says (in the summary) it is not a person to follow
    kinderen = next(p for p in summarise_client(history.store, "AB-12").persons if p.name == "kinderen")
    PersonDecisions(history.store).remove(history.store.client("AB-12").id, kinderen.ref())
    timeline = client_timeline(history.store, "AB-12")
    assert "kinderen" not in {p.name for p in timeline.persons}
    assert "kinderen" not in timeline.entries[1].quiet


def test_removed_persons_leave_review_and_timeline(history):
    history.store.update_person(history.els, removed=1)
    assert session_view(history.store, history.first).persons == [("Karin", 1)]
    assert "Els" not in {p.name for p in client_timeline(history.store, "AB-12").persons}
    assert session_row(history.store, history.first).persons_named == 1


def test_local_time_formats():
    assert local_time(None) == ""
    assert local_time("niet-een-datum") == "niet-een-datum"
    assert len(local_time("2026-01-10T09:00:00.000+00:00")) == len("10-01-2026 10:00")


def test_migration_gives_existing_rows_uuids_and_indexes_existing_answers(tmp_path, sample_bank):
    from quez.storage.db import connect
    from quez.storage.schema import migrations
    from quez.storage.store import Store

    path = tmp_path / "old.db"
    db = connect(path, migrate=False)
    migrations.apply(db, stop_before="m002_review_search_transfer")
    db["clients"].insert({"code": "OUD-1", "created_at": "2025-01-01T00:00:00+00:00"})
    db["sessions"].insert(
        {"client_id": 1, "bank_id": "proefbank", "bank_version": "1.0", "status": "finished",
         "started_at": "2025-01-01"}
    )
    db["answers"].insert(
        {"session_id": 1, "question_id": "wie-snapt", "text": "Oma Truus", "status": "answered", "created_at": "x"}
    )
    db.conn.commit()
    db.close()
    with Store(path) as store:
        uuids = [r["uuid"] for r in store._query("select uuid from clients union all select uuid from sessions")]
        assert all(len(u) == 36 and u[14] == "4" for u in uuids) and len(set(uuids)) == 2
        assert [h.session_id for h in search(store, "truus")] == [1]


def test_session_view_without_usable_snapshot_still_shows_every_answer(history):
    store = history.store
    store.db.execute("update sessions set bank_snapshot = '{}' where id = ?", [history.first])
    store.db.conn.commit()
    view = session_view(store, history.first)
    assert view.bank is None and view.phases == []
    assert {i.question_id for i in view.loose} == {"wie-snapt", "hoe-gaat-het", "hoe-zwaar", "soort-hulp"}
    assert [f.person for f in view.loose[0].follow_ups] == ["Karin"]
