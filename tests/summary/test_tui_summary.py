"""The summary screen through the pilot: persons, quotes, decisions stored in the DB."""

from __future__ import annotations

import pytest

from tests.pilot import SIZE, on_screen, ready, settle, wait_for


def shown(screen, selector: str) -> str:
    return "\n".join(str(w.render()) for w in screen.query(selector))


@pytest.mark.slow
async def test_summary_screen_shows_persons_and_quotes_and_merges_through_keys(make_app, store, talk):
    sid = talk({"wie-snapt": "Noor snapt het. Mijn vader niet.",
                "hoe-gaat-het": "Mijn beste vriendin zegt dat ik het goed doe."})
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.show_summary(sid)
        screen = await on_screen(pilot, "SummaryScreen")
        await settle(pilot)
        labels = [str(o.prompt) for o in screen.query_one("#person-list").options]
        assert any("Noor" in label for label in labels) and any("vriendin" in label for label in labels)
        assert "Noor" in shown(screen, "#detail") and "snapt het" in shown(screen, "#detail")
        # highlight "vriendin", merge her into Noor
        option_list = screen.query_one("#person-list")
        ids = [o.id for o in option_list.options]
        option_list.highlighted = ids.index("k:r:vriendin")
        await pilot.press("m")
        picker = await on_screen(pilot, "PickScreen")
        choices = [o.id for o in picker.query_one("OptionList").options]
        for _ in range(choices.index("k:n:noor")):
            await pilot.press("down")
        await pilot.press("enter")
        await on_screen(pilot, "SummaryScreen")
        await settle(pilot)
        rows = store._query("select id, name, confirmed from persons")
        assert [(r["name"], r["confirmed"]) for r in rows] == [("Noor", 1)]
        aliases = {r["key"]: r["person_id"] for r in store._query("select key, person_id from person_aliases")}
        assert aliases == {"n:noor": rows[0]["id"], "r:vriendin": rows[0]["id"]}
        options = {o.id: str(o.prompt) for o in screen.query_one("#person-list").options}
        assert "k:r:vriendin" not in options and "Noor (vriendin)" in options[f"p{rows[0]['id']}"]
        detail = shown(screen, "#detail")
        assert "Noor" in detail and "zegt dat ik het goed doe" in detail and "2 keer" in detail


@pytest.mark.slow
async def test_confirm_rename_remove_and_export(make_app, store, talk, tmp_path):
    sid = talk({"wie-snapt": "De buurvrouw snapt het, en ook Bakker."})
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.push_screen(__import__("quez.tui.screens.summary", fromlist=["SummaryScreen"]).SummaryScreen(sid))
        screen = await on_screen(pilot, "SummaryScreen")
        await settle(pilot)
        option_list = screen.query_one("#person-list")
        option_list.highlighted = [o.id for o in option_list.options].index("k:r:buurvrouw")
        await pilot.press("n")
        edit = await on_screen(pilot, "PersonEditScreen")
        edit.query_one("#edit-name").value = "Ria"
        await pilot.press("enter")
        await on_screen(pilot, "SummaryScreen")
        await settle(pilot)
        ria = store._query("select * from persons where name = 'Ria'")[0]
        assert ria["relation"] == "buurvrouw" and ria["confirmed"] == 1 and ria["category"] == "neighbours"
        option_list.highlighted = [o.id for o in option_list.options].index("k:n:bakker")
        await pilot.press("x")
        await on_screen(pilot, "ConfirmScreen")
        await pilot.press("enter")  # "Weghalen" has the focus
        await on_screen(pilot, "SummaryScreen")
        await settle(pilot)
        assert store._query("select removed from persons where name = 'Bakker'")[0]["removed"] == 1
        assert [o.id for o in option_list.options] == [f"p{ria['id']}"]
        await pilot.press("2")  # the network picture
        await settle(pilot)
        assert "Ria" in str(screen.query_one("#network-view").render())
        await pilot.press("1")
        await pilot.press("e")
        export = await on_screen(pilot, "ExportReportScreen")
        target = tmp_path / "verslag.md"
        export.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await on_screen(pilot, "SummaryScreen")
        await settle(pilot)
        assert target.read_text(encoding="utf-8").startswith("# Samenvatting gesprek")
        assert str(target) in shown(screen, "#export-info")
        await pilot.press("k")  # the whole client
        await settle(pilot)
        assert "alle gesprekken" in shown(screen, "#summary-title")
        await pilot.press("escape")
        await wait_for(pilot, lambda: screen not in app.screen_stack)


@pytest.mark.slow
async def test_after_removing_a_person_the_selection_stays_in_place(make_app, store, talk):
    sid = talk({"wie-snapt": "Noor snapt het, en Bakker, en Jansen, en de buurvrouw."})
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.show_summary(sid)
        screen = await on_screen(pilot, "SummaryScreen")
        await settle(pilot)
        option_list = screen.query_one("#person-list")
        ids = [o.id for o in option_list.options]
        assert len(ids) >= 4
        option_list.highlighted = 2
        await pilot.press("x")
        await on_screen(pilot, "ConfirmScreen")
        await pilot.press("enter")
        await on_screen(pilot, "SummaryScreen")
        await wait_for(pilot, lambda: option_list.option_count == len(ids) - 1)
        await settle(pilot)
        assert option_list.highlighted == 2  # the next person took the removed one's place
        assert option_list.get_option_at_index(2).id == ids[3]
