"""Report formats (JSON shape, Markdown, HTML escaping), the network picture and ``quez summary``."""

from __future__ import annotations

import json
import os
import stat
import time
from types import SimpleNamespace

import pytest

from quez.cli import main
from quez.network import layout, render_text
from quez.report import to_data, to_html, to_json, to_markdown
from quez.summary import summarise_client, summarise_session

ANSWERS = {
    "wie-snapt": "Mijn zus Karin snapt het. Mijn vader niet, mijn moeder wel.",
    "hoe-gaat-het": "Karin zegt dat ik het <goed> doe & sterk ben. Mijn vader vindt dat ik me aanstel.",
}


@pytest.fixture
def session_id(talk):
    return talk(ANSWERS, statuses={"hoe-zwaar": "parked", "soort-hulp": "declined"})


def test_json_has_exactly_the_stable_shape(store, session_id):
    data = json.loads(to_json(summarise_session(store, session_id)))
    assert {"session", "client", "persons", "opinions"} <= set(data)
    assert data["session"]["id"] == session_id and data["client"]["code"] == "KL-1"
    for person in data["persons"]:
        assert isinstance(person["name"], str) and isinstance(person["category"], str)
        assert person["relation"] is None or isinstance(person["relation"], str)
        assert isinstance(person["mentions"], int)
        assert all(isinstance(q, str) for q in person["questions"])
        assert all(isinstance(o, str) for o in person["opinions"])
    karin = data["persons"][0]
    assert (karin["name"], karin["relation"], karin["category"], karin["mentions"]) == ("Karin", "zus", "family", 2)
    assert karin["questions"] == ["hoe-gaat-het", "wie-snapt"]
    assert karin["opinions"] == ["Mijn zus Karin snapt het.", "Karin zegt dat ik het <goed> doe & sterk ben."]
    for opinion in data["opinions"]:
        assert set(opinion) >= {"person", "text", "question"} and isinstance(opinion["question"], str)
    assert {(o["person"], o["question"]) for o in data["opinions"]} == {
        ("Karin", "wie-snapt"), ("moeder", "wie-snapt"), ("Karin", "hoe-gaat-het")}
    assert [t["person"] for t in data["tensions"]] == ["vader"]
    assert [q["question"] for q in data["parked"]] == ["hoe-zwaar"]
    assert [q["question"] for q in data["declined"]] == ["soort-hulp"]


def test_json_for_a_client_has_no_single_session(store, talk, session_id):
    talk({"hoe-gaat-het": "Noor vindt dat ik het goed doe."})
    data = to_data(summarise_client(store, "KL-1"))
    assert data["session"] is None and data["scope"] == "client" and len(data["sessions"]) == 2
    assert {p["name"] for p in data["persons"]} == {"Karin", "vader", "moeder", "Noor"}


def test_markdown_report(store, session_id):
    text = to_markdown(summarise_session(store, session_id))
    assert text.startswith(f"# Samenvatting gesprek {session_id} — KL-1")
    assert "- **Karin** — zus, familie" in text
    assert "“Karin zegt dat ik het \\<goed\\> doe & sterk ben.”" in text  # no raw HTML in Markdown
    assert "## Spanningen" in text and "aanstel" in text
    assert "```text" in text and "[cliënt]" in text
    assert "## Later op terugkomen\n\n- Hoe zwaar voelt het? (Verder)" in text
    assert "## Cliënt wil hier (nog) niet op ingaan\n\n- Waar zou hulp het meest schelen? (Verder)" in text


def test_html_report_is_escaped_self_contained_and_printable(store, session_id, talk):
    sid = talk({"hoe-gaat-het": 'Els zegt dat ik <script>alert("x")</script> goed ben.'}, client="<b>KL</b>")
    page = to_html(summarise_session(store, sid))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "&lt;b&gt;KL&lt;/b&gt;" in page
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "") and "https://" not in page
    assert "<link" not in page and "src=" not in page
    assert "@media print" in page and "<svg" in page
    full = to_html(summarise_session(store, session_id))
    assert "Karin zegt dat ik het &lt;goed&gt; doe &amp; sterk ben." in full


def test_network_picture_fits_and_places_by_category_and_closeness():
    persons = [SimpleNamespace(name=n, category=c, closeness=k) for n, c, k in (
        ("Karin", "family", 1), ("moeder", "family", 1), ("Noor", "friends", 2), ("buurvrouw", "neighbours", 3),
        ("Ahmed", "work_school", 3), ("huisarts", "professionals", None), ("Sam", "other", 2))]
    placed = {p.name: p for p in layout(persons)}
    assert placed["Karin"].ring == 1 and placed["huisarts"].ring == 3
    assert placed["Karin"].x > 0 and placed["huisarts"].x < 0  # family right of 12 o'clock, professionals left
    picture = render_text(persons, 76, 17)
    assert len(picture.lines) == 17 and max(map(len, picture.lines)) <= 76
    drawn = "\n".join(picture.lines)
    for name in ("Karin", "moeder", "Noor", "buurvrouw", "Ahmed", "huisarts", "Sam", "[cliënt]", "familie"):
        assert name in drawn
    assert picture.overflow == []
    crowded = [SimpleNamespace(name=f"Persoon{i}", category="family", closeness=1) for i in range(40)]
    many = render_text(crowded, 60, 15)
    assert many.overflow and len(many.overflow) + sum(1 for lab in many.labels if lab[3] == "family") == 40


def test_cli_summary_formats_and_file(store, session_id, db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "summary", str(session_id), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["session"]["id"] == session_id
    assert main(["--db", str(db_path), "summary", str(session_id)]) == 0
    assert capsys.readouterr().out.startswith("# Samenvatting gesprek")
    out = tmp_path / "rapport.html"
    assert main(["--db", str(db_path), "summary", "--client", "KL-1", "--format", "html", "-o", str(out)]) == 0
    assert "Samenvatting geschreven naar" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_cli_summary_errors_are_dutch_and_clear(store, session_id, db_path, capsys):
    assert main(["--db", str(db_path), "summary", "999"]) == 1
    assert "gesprek 999 bestaat niet" in capsys.readouterr().err
    assert main(["--db", str(db_path), "summary", "--client", "ONBEKEND"]) == 1
    assert "geen cliënt met code 'ONBEKEND'" in capsys.readouterr().err
    store.start_session("ANDER", store.load_session(session_id).bank())
    assert main(["--db", str(db_path), "summary", str(session_id), "--client", "ANDER"]) == 1
    assert "hoort niet bij cliënt 'ANDER'" in capsys.readouterr().err
    assert main(["--db", str(db_path), "summary"]) == 2
    assert "geef een gespreknummer" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--db", str(db_path), "summary", "1", "--format", "pdf"])


@pytest.mark.slow
def test_summaries_are_fast_once_extracted(store, talk):
    texts = {"wie-snapt": "Mijn zus Karin en tante Els snappen het. Mijn vader niet.",
             "hoe-gaat-het": "Els zegt dat ik het goed doe. De buren helpen met boodschappen."}
    ids = [talk(texts) for _ in range(50)]
    summarise_client(store, "KL-1")  # extraction happens once, then it is cached
    started = time.perf_counter()
    summarise_session(store, ids[-1])
    one = time.perf_counter() - started
    started = time.perf_counter()
    summary = summarise_client(store, "KL-1")
    many = time.perf_counter() - started
    assert summary.persons[0].sessions == ids
    assert one < 0.05 and many < 0.4, f"session {one * 1000:.1f} ms, client {many * 1000:.1f} ms"
