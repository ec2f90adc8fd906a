"""Export and import: round trip, idempotence, refusals without side effects, CSV."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import stat

import pytest

from quez.cli import main
from quez.portability import TransferError
from quez.portability.exporter import CSV_COLUMNS, build_export, to_json
from quez.portability.format import FORMAT_VERSION
from quez.portability.importer import import_document, parse_document, read_document
from quez.storage.review import ReviewFilter, list_sessions
from quez.storage.session_view import session_view
from quez.storage.store import Store
from quez.summary import summarise_client
from quez.summary.timeline import client_timeline


def comparable(document) -> dict:
    data = json.loads(to_json(document))
    data.pop("exported_at")
    return data


def table_dump(store) -> dict[str, list]:
    """Every table as plain tuples, local ids replaced by stable identities."""
    q = store._query
    persons = {r["id"]: r["uuid"] for r in q("select id, uuid from persons")}
    sessions = {r["id"]: r["uuid"] for r in q("select id, uuid from sessions")}
    clients = {r["id"]: r["code"] for r in q("select id, code from clients")}

    def qid(text):
        if text and text.count("~") == 2:
            base, n, ref = text.split("~")
            return f"{base}~{n}~{persons[int(ref)]}"
        return text

    def rows(sql, fix):
        return sorted((tuple(sorted(fix(dict(r)).items())) for r in q(sql)), key=repr)

    def f_session(r):
        r["client_id"] = clients[r.pop("client_id")]
        r["current_question"] = qid(r["current_question"])
        r.pop("id")
        return r

    def f_answer(r):
        r.pop("id")
        r["session_id"] = sessions[r["session_id"]]
        r["person_id"] = persons.get(r["person_id"])
        r["question_id"] = qid(r["question_id"])
        return r

    def f_person(r):
        r.pop("id")
        r["client_id"] = clients[r["client_id"]]
        return r

    def f_mention(r):
        r.pop("id")
        r["person_id"], r["session_id"] = persons[r["person_id"]], sessions[r["session_id"]]
        r["question_id"] = qid(r["question_id"])
        return r

    def f_note(r):
        r.pop("id")
        r["session_id"] = sessions[r["session_id"]]
        return r

    def f_client(r):
        r.pop("id")
        return r

    return {
        "clients": rows("select * from clients", f_client),
        "sessions": rows("select * from sessions", f_session),
        "answers": rows("select * from answers", f_answer),
        "persons": rows("select * from persons", f_person),
        "mentions": rows("select * from mentions", f_mention),
        "notes": rows("select * from session_notes", f_note),
    }


@pytest.fixture
def empty(tmp_path):
    with Store(tmp_path / "leeg" / "quez.db") as s:
        yield s


def test_round_trip_into_empty_database_is_identical(history, empty):
    document = build_export(history.store)
    report = import_document(empty, parse_document(to_json(document)))
    assert report.added == {"clients": 2, "persons": 4, "sessions": 4, "answers": 9, "mentions": 6, "notes": 1}
    # person ids differ between the databases (Noor is created after the others there too) ...
    assert table_dump(empty) == table_dump(history.store)
    # ... and everything derived reads the same
    assert comparable(build_export(empty)) == comparable(document)
    for sid in (history.first, history.second):
        uuid = history.store._query("select uuid from sessions where id = ?", [sid])[0]["uuid"]
        other = empty._query("select id from sessions where uuid = ?", [uuid])[0]["id"]
        assert _view_text(session_view(empty, other)) == _view_text(session_view(history.store, sid))
    ours, theirs = client_timeline(history.store, "AB-12"), client_timeline(empty, "AB-12")
    assert [(e.new, e.recurring, e.quiet, [o.text for o in e.opinions]) for e in ours.entries] == [
        (e.new, e.recurring, e.quiet, [o.text for o in e.opinions]) for e in theirs.entries
    ]
    assert list_sessions(empty).total == 4
    assert list_sessions(empty, ReviewFilter(text="formulieren")).rows[0].client_code == "AB-12"  # indexed too
    assert list_sessions(empty, ReviewFilter(text="langs")).rows[0].match.kind == "later_note"


def test_a_reopened_conversation_travels_with_its_reopening_time(history, empty):
    history.store.finish_session(history.first)
    history.store.reopen_session(history.first)
    reopened = history.store.session(history.first)
    assert reopened.status == "in_progress" and reopened.reopened_at and reopened.ended_at is None
    import_document(empty, parse_document(to_json(build_export(history.store))))
    assert table_dump(empty) == table_dump(history.store)
    uuid = history.store._query("select uuid from sessions where id = ?", [history.first])[0]["uuid"]
    assert empty._query("select reopened_at from sessions where uuid = ?", [uuid])[0]["reopened_at"] \
        == reopened.reopened_at


def _view_text(view) -> list:
    return [
        (i.question_id.split("~")[0], i.question_text, i.status, i.text, i.value, i.note, i.person, i.persons)
        for i in view.items()
    ] + [(n.text, n.added_later) for n in view.later_notes]


def _summary_view(store, code: str) -> dict:
    """What the worker reads in a client's summary (ids differ between databases; nothing else may)."""
    from quez.summary import summarise_client

    s = summarise_client(store, code)
    return {
        "persons": [(p.name, p.relation, p.category, p.closeness, p.confirmed, p.mentions, p.questions, p.roles,
                     [(o.text, o.status) for o in p.opinions], [o.text for o in p.tensions]) for p in s.persons],
        "opinions": [(o.person, o.text, o.question_id, o.status) for o in s.opinions],
        "suggestions": s.suggestions,
    }


def _decide(store, history):
    """The worker's decisions in the summary: merge, remove, reject and add opinions."""
    from quez.storage.persons import PersonDecisions
    from quez.summary import summarise_client

    client_id = store.client("AB-12").id
    store.record_answer(history.third, "hoe-gaat-het", text="Ruud belde nog, die vindt dat ik het goed doe.",
                        phase_id="begin")
    jansen = store.add_person(client_id, "P. Jansen", relation="collega", category="work_school")
    store.add_mention(jansen.id, history.third, "wie-snapt")
    decisions = PersonDecisions(store)
    persons = {p.name: p for p in summarise_client(store, "AB-12").persons}
    decisions.merge(client_id, persons["Ruud"].ref(), persons["P. Jansen"].ref())  # found in text: an alias
    persons = {p.name: p for p in summarise_client(store, "AB-12").persons}
    decisions.merge(client_id, persons["P. Jansen"].ref(), persons["Piet"].ref())  # a stored person: merged_into
    decisions.remove(client_id, persons["kinderen"].ref())
    summary = summarise_client(store, "AB-12")
    karin = next(o for o in summary.opinions if o.person == "Karin" and o.question_id == "wie-snapt")
    decisions.set_verdict(client_id, karin.session_id, karin.question_id, karin.quote, "rejected",
                          person_id=history.karin)
    decisions.set_verdict(client_id, history.third, "wie-snapt", "Piet zegt dat ik sterk ben.", "added",
                          person_id=history.piet, stance="respect")


def test_round_trip_carries_the_workers_person_decisions(history, empty):
    _decide(history.store, history)
    before = _summary_view(history.store, "AB-12")
    assert "kinderen" not in [p[0] for p in before["persons"]]  # the decisions took effect here ...
    assert ("Piet", "Piet zegt dat ik sterk ben.", "wie-snapt", "added") in before["opinions"]
    document = parse_document(to_json(build_export(history.store)))
    assert document.format_version == FORMAT_VERSION == 3
    report = import_document(empty, document)
    assert report.added["decisions"] >= 5  # 2 aliases or more, 1 merge, 2 verdicts
    assert _summary_view(empty, "AB-12") == before  # ... and read exactly the same on the other laptop
    assert _summary_view(empty, "CD-34") == _summary_view(history.store, "CD-34")
    again = import_document(empty, document)
    assert not again.changed  # twice is a no-op, decisions included
    # a single session carries the decisions about it, and the persons they need
    one = parse_document(to_json(build_export(history.store, session_id=history.third)))
    names = {p.name for p in one.clients[0].persons}
    assert {"Piet", "P. Jansen"} <= names and [o.status for o in one.clients[0].sessions[0].opinions] == ["added"]


def _summary_json(store, scope: str, key) -> dict:
    """The summary as ``quez summary --format json`` writes it, local session ids replaced by uuids."""
    from quez.report import to_data
    from quez.summary import summarise_client, summarise_session

    uuids = {r["id"]: r["uuid"] for r in store._query("select id, uuid from sessions")}
    data = to_data(summarise_session(store, key) if scope == "session" else summarise_client(store, key))

    def fix(value):
        if isinstance(value, dict):
            return {k: (uuids[v] if k in ("id", "session") and isinstance(v, int) else fix(v))
                    for k, v in value.items()}
        if isinstance(value, list):
            return [uuids.get(v, v) if isinstance(v, int) else fix(v) for v in value]
        return value

    return fix(data)


def test_round_trip_gives_identical_summary_json_for_every_session_and_client(history, empty):
    _decide(history.store, history)
    import_document(empty, parse_document(to_json(build_export(history.store))))
    by_uuid = {r["uuid"]: r["id"] for r in empty._query("select id, uuid from sessions")}
    for row in history.store._query("select id, uuid from sessions"):
        ours = _summary_json(history.store, "session", row["id"])
        assert ours["persons"] or row["id"] == history.other or ours["parked"]  # not trivially empty
        assert _summary_json(empty, "session", by_uuid[row["uuid"]]) == ours
    for code in ("AB-12", "CD-34"):
        assert _summary_json(empty, "client", code) == _summary_json(history.store, "client", code)


def test_a_version_1_file_is_still_read(history, empty):
    data = json.loads(to_json(build_export(history.store)))
    data["format_version"] = 1
    for client in data["clients"]:
        del client["kept_apart"]
        for person in client["persons"]:
            del person["merged_into_ref"], person["aliases"], person["adult"]
        for session in client["sessions"]:
            del session["opinions"], session["splits"]
    report = import_document(empty, parse_document(json.dumps(data)))
    assert report.added["sessions"] == 4


def _correct(store, history):
    """The summary corrections of version 3: a move, a move to no one, a split by answer, an adult mark."""
    from quez.storage.persons import PersonDecisions
    from quez.summary import summarise_client

    client_id = store.client("AB-12").id
    store.record_answer(history.third, "hoe-gaat-het", text="Karin zegt dat ik het goed doe. Noor belt vaak.",
                        phase_id="begin")
    decisions = PersonDecisions(store)
    summary = summarise_client(store, "AB-12")
    persons = {p.name: p for p in summary.persons}
    found = next(o for o in summary.opinions if o.quote == "Karin zegt dat ik het goed doe.")
    decisions.move_opinion(client_id, found.ref(), persons["Noor"].ref())
    piet = next(o for o in summary.opinions if o.person == "Piet")
    decisions.move_opinion(client_id, piet.ref(), None)
    decisions.split_answer(client_id, persons["Karin"].ref(), history.third, "hoe-gaat-het", "Karin van de buurt")
    decisions.rename(client_id, persons["Piet"].ref(), "Piet", "collega", "work_school", None, adult=True)
    decisions.keep_apart(client_id, "Karin", "Karina")


def test_round_trip_carries_the_summary_corrections(history, empty):
    _correct(history.store, history)
    before = _summary_view(history.store, "AB-12")
    assert ("Noor", "Karin zegt dat ik het goed doe.", "hoe-gaat-het", "added") in before["opinions"]
    assert "Karin van de buurt" in [p[0] for p in before["persons"]]
    document = parse_document(to_json(build_export(history.store)))
    assert [len(s.splits) for s in document.clients[0].sessions if s.splits] == [1]
    assert [p.name for p in document.clients[0].persons if p.adult] == ["Piet"]
    assert [(x.a, x.b) for x in document.clients[0].kept_apart] == [("karin", "karina")]
    import_document(empty, document)
    assert _summary_view(empty, "AB-12") == before
    assert [o.quote for o in summarise_client(empty, "AB-12").unattributed] == [
        o.quote for o in summarise_client(history.store, "AB-12").unattributed] != []
    assert empty._query("select adult from persons where name = 'Piet'")[0]["adult"] == 1
    assert empty._query("select a, b from person_distinct") == [{"a": "karin", "b": "karina"}]
    assert not import_document(empty, document).changed


def test_a_version_2_file_is_still_read(history, empty):
    data = json.loads(to_json(build_export(history.store)))
    data["format_version"] = 2
    for client in data["clients"]:
        del client["kept_apart"]
        for person in client["persons"]:
            del person["adult"]
        for session in client["sessions"]:
            del session["splits"]
    report = import_document(empty, parse_document(json.dumps(data)))
    assert report.added["sessions"] == 4 and _summary_view(empty, "AB-12") == _summary_view(history.store, "AB-12")


def test_importing_twice_is_a_no_op(history, empty):
    document = parse_document(to_json(build_export(history.store)))
    import_document(empty, document)
    before = table_dump(empty)
    report = import_document(empty, document)
    assert not report.changed and report.added == {} and report.updated == {}
    assert table_dump(empty) == before
    assert "niets veranderd" in report.summary()
    # importing into the database it came from is a no-op as well
    same = table_dump(history.store)
    assert not import_document(history.store, document).changed
    assert table_dump(history.store) == same


def test_newer_work_from_the_other_laptop_comes_across(history, empty):
    import_document(empty, build_export(history.store))
    store = history.store
    store.record_answer(history.second, "hoe-gaat-het", text="Nu wel: het gaat beter.", phase_id="begin")
    store.finish_session(history.second)
    report = import_document(empty, build_export(store, client_code="AB-12"))
    assert report.updated == {"sessions": 1, "answers": 1}
    assert table_dump(empty) == table_dump(store)


def test_single_session_export_carries_its_persons_only(history, empty):
    document = build_export(history.store, session_id=history.second)
    assert document.scope == "session"
    assert [s.uuid for c in document.clients for s in c.sessions] and len(document.clients[0].sessions) == 1
    assert sorted(p.name for p in document.clients[0].persons) == ["Karin", "Piet"]
    import_document(empty, document)
    assert empty.info()["sessions"] == 1 and empty.info()["persons"] == 2


def test_conflicting_client_code_is_refused_then_renamed_or_merged(history, tmp_path):
    document = build_export(history.store, client_code="CD-34")
    with Store(tmp_path / "b.db") as other:
        other.create_client("CD-34", "een heel andere cliënt")
        before = table_dump(other)
        with pytest.raises(TransferError, match="bestaat hier al voor een andere cliënt.*--rename CD-34="):
            import_document(other, document)
        assert table_dump(other) == before
        import_document(other, document, rename={"CD-34": "CD-34b"})
        assert [c.code for c in other.clients()] == ["CD-34", "CD-34b"]
        assert other.sessions("CD-34b")[0].bank_id == "proefbank"
    with Store(tmp_path / "c.db") as third:
        third.create_client("CD-34")
        import_document(third, document, merge_same_code=True)
        assert len(third.sessions("CD-34")) == 1
        assert not import_document(third, document, merge_same_code=True).changed


def test_dry_run_changes_nothing(history, empty):
    report = import_document(empty, build_export(history.store), dry_run=True)
    assert report.added["sessions"] == 4 and report.dry_run
    assert empty.info() == {**empty.info(), "clients": 0, "sessions": 0, "answers": 0, "persons": 0}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "geen QueZ-exportbestand"),
        (b"{niet: json", "geen geldige JSON"),
        (b"[1, 2, 3]", "geen QueZ-exportbestand"),
        (b'{"format": "iets-anders", "format_version": 1}', "geen QueZ-exportbestand"),
        (b'{"format": "quez-export", "format_version": "1"}', "formaatversie"),
        (b'{"format": "quez-export", "format_version": 99, "clients": []}', "nieuwere versie van QueZ"),
    ],
)
def test_wrong_files_are_refused_clearly(tmp_path, history, content, message):
    path = tmp_path / "bestand.json"
    path.write_bytes(content)
    before = table_dump(history.store)
    with pytest.raises(TransferError, match=message) as info:
        read_document(path)
    assert "niets veranderd" in str(info.value)
    assert table_dump(history.store) == before


def test_malformed_document_is_refused_without_side_effects(history, empty, tmp_path):
    data = json.loads(to_json(build_export(history.store)))
    data["clients"][0]["sessions"][1]["answers"][0]["status"] = "misschien"
    del data["clients"][1]["sessions"][0]["started_at"]
    with pytest.raises(TransferError) as info:
        parse_document(json.dumps(data))
    text = str(info.value)
    assert "clients[0].sessions[1].answers[0].status: onbekende waarde 'misschien'" in text
    assert "clients[1].sessions[0].started_at: ontbreekt" in text
    twice = json.loads(to_json(build_export(history.store)))
    twice["clients"][1]["persons"][0]["uuid"] = twice["clients"][0]["persons"][0]["uuid"]
    with pytest.raises(TransferError, match="komt twee keer voor"):
        parse_document(json.dumps(twice))


def test_problem_found_halfway_rolls_everything_back(history, empty):
    import_document(empty, build_export(history.store))
    before = table_dump(empty)
    data = json.loads(to_json(build_export(history.store, client_code="CD-34")))
    fresh = json.loads(json.dumps(data["clients"][0]))
    fresh.update(code="NIEUW-1", uuid="00000000-0000-4000-8000-000000000001", persons=[], sessions=[])
    karin = empty._query("select uuid from persons where name = 'Karin'")[0]["uuid"]
    data["clients"][0]["persons"][0]["uuid"] = karin  # Noor claims to be AB-12's Karin
    data["clients"].insert(0, fresh)
    with pytest.raises(TransferError, match="hoort hier bij een andere cliënt"):
        import_document(empty, parse_document(json.dumps(data)))
    assert table_dump(empty) == before  # NIEUW-1, added before the problem showed, is gone too


def test_dangling_person_reference_is_refused(history):
    data = json.loads(to_json(build_export(history.store)))
    data["clients"][0]["persons"] = []
    with pytest.raises(TransferError, match="onbekende persoon"):
        parse_document(json.dumps(data))


def test_cli_export_import_and_refusals(history, db_path, tmp_path, capsys):
    history.store.close()
    out = tmp_path / "alles.json"
    assert main(["--db", str(db_path), "export", "-o", str(out)]) == 0
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "quez-export" and data["format_version"] == FORMAT_VERSION
    new_db = tmp_path / "nieuw.db"
    assert main(["--db", str(new_db), "import", "--dry-run", str(out)]) == 0
    assert "Zou toevoegen: 2 cliënten, 4 personen, 4 gesprekken" in capsys.readouterr().out
    assert not new_db.exists()  # a trial run creates no database
    assert main(["--db", str(new_db), "import", str(out)]) == 0
    assert "Toegevoegd: 2 cliënten, 4 personen, 4 gesprekken" in capsys.readouterr().out
    assert main(["--db", str(new_db), "import", str(out)]) == 0
    assert "niets veranderd" in capsys.readouterr().out
    newer = tmp_path / "nieuwer.json"
    newer.write_text(json.dumps({**data, "format_version": FORMAT_VERSION + 1}), encoding="utf-8")
    copy = tmp_path / "kopie.db"
    shutil.copy(new_db, copy)
    before = copy.read_bytes()
    assert main(["--db", str(copy), "import", str(newer)]) == 1
    err = capsys.readouterr().err
    assert "nieuwere versie van QueZ" in err and "Traceback" not in err
    broken = tmp_path / "kapot.json"
    broken.write_text(out.read_text(encoding="utf-8")[:-200], encoding="utf-8")
    assert main(["--db", str(copy), "import", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "geen geldige JSON" in err and "Traceback" not in err
    assert copy.read_bytes() == before  # refused files leave the database file byte for byte as it was
    assert main(["--db", str(new_db), "export", "--client", "ZZ", "-o", str(tmp_path / "x.json")]) == 1
    assert "geen cliënt met code 'ZZ'" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


def test_csv_one_row_per_answer(history, db_path, tmp_path):
    from quez.storage.notes import add_note

    add_note(history.store, history.first, "Karin belde:\nze wil meedenken.", question_id="wie-snapt")
    history.store.close()
    out = tmp_path / "antwoorden.csv"
    assert main(["--db", str(db_path), "export", "--format", "csv", "--client", "AB-12", "-o", str(out)]) == 0
    raw = out.read_bytes()
    by_name = tmp_path / "ook.CSV"  # a .csv name is enough to get CSV
    assert main(["--db", str(db_path), "export", "--client", "AB-12", "-o", str(by_name)]) == 0
    assert by_name.read_bytes() == raw
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM so Excel reads UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert list(rows[0]) == CSV_COLUMNS
    assert len(rows) == 5 + 2 + 1  # answers of the three AB-12 sessions
    first = [r for r in rows if r["session_no"] == "1"]
    wie = next(r for r in first if r["question_id"] == "wie-snapt")
    assert wie["answer"] == "Mijn zus Karin snapt het, en de buurvrouw Els."
    assert wie["later_notes"] == "Karin belde: ze wil meedenken."
    assert {r["later_notes"] for r in rows if r is not wie} == {""}
    assert (wie["phase"], wie["question"], wie["persons_named"], wie["note"]) == (
        "Begin",
        "Wie snapt waar je mee worstelt?",
        "Karin, Els",
        "zus dichtbij",
    )
    follow = next(r for r in first if r["question_id"].startswith("wie-snapt~"))
    assert follow["follow_up_person"] == "Karin" and follow["question"] == "Wat vindt Karin dat je goed doet?"
    assert next(r for r in first if r["question_id"] == "hoe-zwaar")["value"] == "4"
    assert {r["client_code"] for r in rows} == {"AB-12"}


def test_csv_neutralises_formulas(history, tmp_path):
    from quez.portability.exporter import to_csv

    history.store.record_answer(history.other, "hoe-gaat-het", text="=HYPERLINK(\"x\")", phase_id="begin")
    history.store.record_answer(history.other, "hoe-zwaar", text="- gaat wel", value="-3", phase_id="verder")
    rows = list(csv.DictReader(io.StringIO(to_csv(build_export(history.store, client_code="CD-34"))), delimiter=";"))
    by_q = {r["question_id"]: r for r in rows}
    assert by_q["hoe-gaat-het"]["answer"] == "'=HYPERLINK(\"x\")"
    # OWASP: any cell starting with - (or + = @ tab CR) is protected; a plain number stays a number
    assert by_q["hoe-zwaar"]["answer"] == "'- gaat wel" and by_q["hoe-zwaar"]["value"] == "-3"


def test_cli_export_without_database_or_unknown_session(tmp_path, history, db_path, capsys):
    assert main(["--db", str(tmp_path / "nergens.db"), "export", "-o", str(tmp_path / "x.json")]) == 1
    assert "nog geen database" in capsys.readouterr().err
    history.store.close()
    assert main(["--db", str(db_path), "export", "--session", "999", "-o", str(tmp_path / "x.json")]) == 1
    assert "Gesprek 999 bestaat niet" in capsys.readouterr().err
    assert main(["--db", str(db_path), "import", str(tmp_path / "bestaat-niet.json")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "nergens.db").exists()
