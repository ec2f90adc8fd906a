"""GraphML and CSV lists (read back by networkx and csv), the letter and the plan, from the CLI (real files)."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys

import pytest


@pytest.fixture
def ready_network(store, walked):
    from quez.storage.network import NetworkStore

    client = store.client("KL-1")
    ids = {p.name: p.id for p in store.persons(client.id)}
    ns = NetworkStore(store)
    ns.set_tie(client.id, ids["Els"], ids["Noor"])
    ns.set_tie_quality(client.id, ids["Els"], ids["Noor"], "positive")
    ns.set_support(client.id, ids["Els"], ["practical", "company"])
    ns.save_plan(client.id, first_person_id=ids["Noor"], first_ask="Een keer mee naar de afspraak",
                 gives_back="Koken", involve={ids["Noor"]: "luisteren en steunen"})
    return ids


def cli(db_path, *args):
    return subprocess.run([sys.executable, "-m", "quez", "--db", str(db_path), *args], capture_output=True,
                          text=True, timeout=120)


@pytest.mark.slow
def test_graphml_from_the_cli_opens_in_networkx_with_the_expected_nodes_and_edges(db_path, store, ready_network,
                                                                                  tmp_path):
    import networkx as nx

    out = tmp_path / "netwerk.graphml"
    result = cli(db_path, "network", "export", "--client", "KL-1", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert (out.stat().st_mode & 0o777) == 0o600
    graph = nx.read_graphml(out)
    ids = ready_network
    els, noor, jan = f"p{ids['Els']}", f"p{ids['Noor']}", f"p{ids['Jan']}"
    assert set(graph.nodes) == {"ego", els, noor, jan}
    assert graph.nodes[els]["name"] == "Els" and graph.nodes[els]["relation"] == "tante"
    assert graph.nodes[els]["category"] == "family" and graph.nodes[els]["closeness"] == 1
    assert graph.nodes[els]["support"] == "practical,company" and graph.nodes[els]["support_company"] is True
    assert graph.nodes[jan]["quality"] == "tense"
    edges = {tuple(sorted(e)): d["type"] for *e, d in graph.edges(data=True)}
    assert edges == {tuple(sorted(("ego", els))): "ego", tuple(sorted(("ego", noor))): "ego",
                     tuple(sorted(("ego", jan))): "ego", tuple(sorted((els, noor))): "tie"}
    assert graph.edges["ego", jan]["quality"] == "tense" and graph.edges[els, noor]["quality"] == "positive"


@pytest.mark.slow
def test_csv_lists_ego_alters_edges(db_path, store, ready_network, tmp_path):
    result = cli(db_path, "network", "export", "--client", "KL-1", "-o", str(tmp_path / "lijst.csv"))
    assert result.returncode == 0, result.stderr

    def rows(name):
        text = (tmp_path / f"lijst_{name}.csv").read_text(encoding="utf-8-sig")
        return list(csv.DictReader(io.StringIO(text)))

    assert rows("ego") == [{"ego_id": "KL-1", "client_code": "KL-1", "alters": "3", "ties": "1"}]
    alters = {r["name"]: r for r in rows("alters")}
    assert set(alters) == {"Els", "Noor", "Jan"} and alters["Els"]["support_practical"] == "1"
    edges = rows("edges")
    assert sorted(e["type"] for e in edges) == ["ego", "ego", "ego", "tie"]


def test_letter_and_plan_pages(store, ready_network):
    from quez.network.client_view import letter_html
    from quez.network.model import build_network
    from quez.network.plan import plan_html

    net = build_network(store, "KL-1")
    letter = letter_html(net, "", "30-11-2026")
    assert "size: A4" in letter and "30-11-2026" in letter and "Naam hulpverlener" in letter
    assert "Wat anderen goed vinden aan jou" in letter and "doorzetter" in letter
    for worker_only in ("≈", "gespannen", "×", "cliënt"):
        assert worker_only not in letter
    assert "A. de Wit" in letter_html(net, "A. de Wit")
    invitation = plan_html(net, "uitnodiging", "30-11-2026")
    assert "Uitnodigingslijst" in invitation and "Noor" in invitation and "luisteren en steunen" in invitation
    draft = plan_html(net, "familiegroepsplan")
    assert "Noor vragen: Een keer mee naar de afspraak" in draft and "Koken" in draft


def test_text_in_the_pages_is_escaped(store, ready_network):
    from quez.network.client_view import letter_html
    from quez.network.model import build_network
    from quez.network.plan import plan_html

    store.update_person(ready_network["Noor"], name="<script>x</script>")
    net = build_network(store, "KL-1")
    for page in (letter_html(net), plan_html(net, "uitnodiging")):
        assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_the_letter_renders_in_headless_chromium(store, ready_network, tmp_path):
    from quez.network.files import write_network
    from quez.network.model import build_network

    page = tmp_path / "brief.html"
    write_network(build_network(store, "KL-1"), "letter", page)
    shot = tmp_path / "brief.png"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={shot}",
                    "--window-size=794,1123", page.as_uri()], capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000


@pytest.mark.slow
def test_networkx_loads_only_when_exporting():
    code = ("import sys, quez.network.model, quez.network.picture, quez.network.files, quez.tui.screens.network, "
            "quez.commands.network; print('networkx' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


@pytest.mark.slow
def test_the_map_for_the_file_shows_relations_and_who_chose(db_path, store, ready_network, tmp_path):
    out = tmp_path / "kaart.html"
    result = cli(db_path, "network", "export", "--client", "KL-1", "--format", "kaart", "-o", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<svg" in page and "stroke-dasharray" in page  # Jan's tense line
    assert "<td>Els</td><td>tante</td><td>familie</td><td>heel dichtbij</td><td>praktische hulp, gezelschap</td>" \
        in page
    assert "<td>gespannen *</td>" in page


@pytest.mark.slow
def test_the_html_summary_report_draws_ties_support_and_relations(db_path, store, ready_network):
    result = cli(db_path, "summary", "--client", "KL-1", "--format", "html")
    assert result.returncode == 0, result.stderr
    page = result.stdout
    assert "stroke-dasharray" in page  # Jan: tense
    assert '<tspan font-weight="bold"> PG</tspan>' in page  # Els: practical help and company
    assert page.count('stroke="#888"') == 1  # one tie


@pytest.mark.slow
def test_the_markdown_summary_report_draws_the_network_map(db_path, store, ready_network):
    result = cli(db_path, "summary", "--client", "KL-1")
    assert result.returncode == 0, result.stderr
    assert "+Els PG" in result.stdout and "≈Jan" in result.stdout
    assert "lijn: kennen elkaar" in result.stdout
