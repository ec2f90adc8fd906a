"""Pilot tests: the bank manager, the TOML editor and the question editor."""

from __future__ import annotations

import pytest
from review_support import SIZE, on_screen, ready, texts, wait_for
from textual.widgets import Input, OptionList, TextArea

from quez.banks.editing import backups
from quez.banks.loader import load_bank
from quez.storage.session_view import session_view


async def open_manager(pilot):
    await ready(pilot)
    await pilot.press("b")
    screen = await on_screen(pilot, "BankManagerScreen")
    return screen


def option_texts(options: OptionList) -> list[str]:
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.slow
async def test_manager_lists_bundled_own_overridden_and_invalid(make_app, user_banks, bank_dir, tmp_path):
    (user_banks / "kapot.toml").write_text('[bank]\nid = "kapot"\n', encoding="utf-8")
    app = make_app(bundled_banks=bank_dir)  # the same bank bundled and own: the own one overrides
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_manager(pilot)
        options = screen.query_one("#bank-options", OptionList)
        labels = option_texts(options)
        assert "eigen · 5 vragen" in labels[0]
        assert "meegeleverd, vervangen" in labels[1]
        assert "kapot.toml" in labels[2] and "kan niet worden gebruikt" in labels[2]
        assert "Gaat voor op" in texts(screen, "#bank-detail Static")
        assert screen.check_action("edit_questions", ()) is True
        await pilot.press("down")
        assert "maak met d een eigen kopie" in texts(screen, "#bank-detail Static")
        assert screen.check_action("edit_questions", ()) is None  # bundled: read-only
        await pilot.press("down")
        shown = texts(screen, "#bank-detail Static")
        assert "verplicht veld ontbreekt" in shown and "Herstel het bestand met e" in shown


@pytest.mark.slow
async def test_duplicate_bundled_bank_and_create_new_one(make_app, bank_dir, tmp_path):
    own = tmp_path / "nog-leeg"
    app = make_app(bundled_banks=bank_dir, user_banks=own)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_manager(pilot)
        await pilot.press("d")
        await wait_for(pilot, lambda: (own / "proefbank-eigen.toml").exists())
        await wait_for(pilot, lambda: screen.query_one("#bank-options", OptionList).option_count == 2)
        labels = option_texts(screen.query_one("#bank-options", OptionList))
        assert any("Proefbank (eigen versie)" in label for label in labels)
        assert screen.check_action("edit_questions", ()) is True  # the copy is selected and editable
        await pilot.press("n")
        prompt = await on_screen(pilot, "TextPromptScreen")
        prompt.query_one(Input).value = "Netwerk in kaart"
        await pilot.press("enter")
        await on_screen(pilot, "BankManagerScreen")
        await wait_for(pilot, lambda: (own / "netwerk-in-kaart.toml").exists())
        assert load_bank(own / "netwerk-in-kaart.toml").title == "Netwerk in kaart"


@pytest.mark.slow
async def test_toml_editor_validates_live_and_refuses_invalid_save(make_app, user_banks):
    path = user_banks / "proefbank.toml"
    original = path.read_text(encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_manager(pilot)
        await pilot.press("e")
        editor = await on_screen(pilot, "BankEditorScreen")
        area = editor.query_one(TextArea)
        assert area.text == original and area.language == "toml"
        assert "In orde: 5 vragen" in str(editor.query_one("#toml-status").render())
        broken = original.replace('kind = "scale"', 'kind = "schaal"')
        area.text = broken
        bad_line = broken.splitlines().index('kind = "schaal"') + 1
        await wait_for(pilot, lambda: editor.problems)
        assert [p.line for p in editor.problems] == [bad_line]
        assert f"regel {bad_line}" in option_texts(editor.query_one("#toml-problems", OptionList))[0]
        await pilot.press("ctrl+s")
        assert path.read_text(encoding="utf-8") == original and backups(path) == []
        assert area.cursor_location[0] == bad_line - 1  # the refusal put the cursor on the problem
        assert "onbekende soort vraag" in str(editor.query_one("#toml-here").render())
        area.text = original.replace("Hoe zwaar voelt het?", "Hoe zwaar voelt het vandaag?")
        await wait_for(pilot, lambda: not editor.problems)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "vandaag" in path.read_text(encoding="utf-8"))
        assert [b.read_text(encoding="utf-8") for b in backups(path)] == [original]
        assert "# A small bank covering every question kind." in path.read_text(encoding="utf-8")
        await pilot.press("escape")
        await on_screen(pilot, "BankManagerScreen")


@pytest.mark.slow
async def test_toml_editor_asks_before_discarding(make_app, user_banks):
    path = user_banks / "proefbank.toml"
    original = path.read_text(encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_manager(pilot)
        await pilot.press("e")
        editor = await on_screen(pilot, "BankEditorScreen")
        editor.query_one(TextArea).text = original + "\n# een opmerking\n"
        await pilot.press("escape")
        await on_screen(pilot, "ConfirmScreen")
        await pilot.press("escape")  # no: keep editing
        await on_screen(pilot, "BankEditorScreen")
        await pilot.press("escape")
        await on_screen(pilot, "ConfirmScreen")
        await pilot.click("#yes")
        await on_screen(pilot, "BankManagerScreen")
    assert path.read_text(encoding="utf-8") == original


@pytest.mark.slow
async def test_question_editor_edits_reorders_adds_and_removes(make_app, user_banks, store, sample_bank):
    path = user_banks / "proefbank.toml"
    session = store.start_session("AB-1", sample_bank)
    store.record_answer(session.id, "hoe-gaat-het", text="Goed.", phase_id="begin")
    store.park_session(session.id)  # else the home screen offers to resume it first
    before = [(i.question_id, i.question_text, i.text) for i in session_view(store, session.id).items()]
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_manager(pilot)
        await pilot.press("s")
        editor = await on_screen(pilot, "StructuredEditorScreen")
        options = editor.query_one("#struct-questions", OptionList)
        assert option_texts(options)[:3] == [
            "— Begin —", "1. Wie snapt waar je mee worstelt?", "2. Hoe gaat het nu met je?"
        ]
        form_text = editor.query_one("#qf-text", Input)
        assert form_text.value == "Wie snapt waar je mee worstelt?"
        # edit text, hint and follow-ups of the first question
        form_text.value = "Wie begrijpt je het best?"
        editor.query_one("#qf-hint", Input).value = "Rustig aan."
        editor.query_one("#qf-follow-ups", TextArea).text = "Wat vindt {persoon} van je?\nHoe merk je dat?"
        await pilot.pause()
        assert option_texts(options)[1] == "1. Wie begrijpt je het best?"
        # move it down, below "Hoe gaat het"
        options.focus()
        await pilot.press("ctrl+down")
        assert option_texts(options)[1:3] == ["1. Hoe gaat het nu met je?", "2. Wie begrijpt je het best?"]
        # add a question after it
        await pilot.press("a")
        prompt = await on_screen(pilot, "TextPromptScreen")
        prompt.query_one(Input).value = "Wie helpt je met praktische dingen?"
        await pilot.press("enter")
        await on_screen(pilot, "StructuredEditorScreen")
        assert option_texts(options)[3] == "3. Wie helpt je met praktische dingen?"
        # remove the last question of the second phase
        options.focus()
        await pilot.press("end", "x")
        await on_screen(pilot, "ConfirmScreen")
        await pilot.click("#yes")
        await on_screen(pilot, "StructuredEditorScreen")
        assert "Heb je eerder om hulp gevraagd?" not in "\n".join(option_texts(options))
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "Rustig aan." in path.read_text(encoding="utf-8"))
    bank = load_bank(path)
    assert [q.id for q in bank.phases[0].questions] == [
        "hoe-gaat-het", "wie-snapt", "wie-helpt-je-met-praktische-dingen"
    ]
    q = bank.question("wie-snapt")
    assert (q.text, q.hint, q.follow_ups) == (
        "Wie begrijpt je het best?", "Rustig aan.", ("Wat vindt {persoon} van je?", "Hoe merk je dat?")
    )
    assert bank.question("eerder-gevraagd") is None and bank.version == "1.1"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# A small bank covering every question kind.")
    assert len(backups(path)) == 1
    # the past session still reads as it was held
    assert [(i.question_id, i.question_text, i.text) for i in session_view(store, session.id).items()] == before


@pytest.mark.slow
async def test_question_editor_refuses_invalid_edit_and_leaves_file_untouched(make_app, user_banks):
    path = user_banks / "proefbank.toml"
    original = path.read_text(encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_manager(pilot)
        await pilot.press("s")
        editor = await on_screen(pilot, "StructuredEditorScreen")
        editor.query_one("#qf-follow-ups", TextArea).text = "Wat vindt {naam} van je?"
        await wait_for(pilot, lambda: editor.problems)
        shown = option_texts(editor.query_one("#struct-problems", OptionList))
        assert shown == [
            "fase 1, vraag 1, doorvraag 1: onbekende invulplek {naam} in doorvraag \"Wat vindt {naam} van je?\"; "
            "gebruik alleen {persoon}, {relatie}, {hem_haar}"
        ]
        await pilot.press("ctrl+s")
        assert "opslaan kan als alles in orde is" in str(editor.query_one("#struct-status").render())
        assert path.read_text(encoding="utf-8") == original and backups(path) == []
        # an empty question text is refused at once, the previous text stays in the bank
        editor.query_one("#qf-text", Input).value = ""
        await pilot.pause()
        assert "mag niet leeg zijn" in str(editor.query_one("#struct-status").render())
        assert editor.doc.phases()[0].questions[0].text == "Wie snapt waar je mee worstelt?"
    assert path.read_text(encoding="utf-8") == original


@pytest.mark.slow
async def test_previous_version_of_an_own_bank_can_be_put_back(make_app, user_banks):
    from quez.banks.editing import save_bank

    path = user_banks / "proefbank.toml"
    original = path.read_text(encoding="utf-8")
    edited = original.replace("Hoe zwaar voelt het?", "Hoe zwaar voelt het vandaag?")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_manager(pilot)
        assert screen.check_action("restore_previous", ()) is None  # nothing saved before: nothing to put back
        save_bank(path, edited)  # as the editors do
        await pilot.press("r")
        await wait_for(pilot, lambda: "u zet de vorige versie terug" in texts(screen, "#bank-detail Static"))
        await pilot.press("u")
        confirm = await on_screen(pilot, "ConfirmScreen")
        assert "proefbank.toml terugzetten naar de versie die gold tot" in texts(confirm, "#confirm-body")
        await pilot.press("escape")  # not now: nothing changes
        await on_screen(pilot, "BankManagerScreen")
        assert path.read_text(encoding="utf-8") == edited
        await pilot.press("u")
        await on_screen(pilot, "ConfirmScreen")
        await pilot.click("#yes")
        await on_screen(pilot, "BankManagerScreen")
        await wait_for(pilot, lambda: path.read_text(encoding="utf-8") == original)
        assert app.services.banks.get("proefbank").question("hoe-zwaar").text == "Hoe zwaar voelt het?"
    # the version of just now was kept in turn, so putting back can be undone
    assert [b.read_text(encoding="utf-8") for b in backups(path)][0] == edited


@pytest.mark.slow
async def test_right_after_an_own_copy_the_details_show_once(make_app, bank_dir, tmp_path):
    own = tmp_path / "eigen"
    app = make_app(bundled_banks=bank_dir, user_banks=own)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_manager(pilot)
        await pilot.press("d")
        await wait_for(pilot, lambda: screen.query_one("#bank-options", OptionList).option_count == 2)
        await pilot.pause(0.3)
        titles = [t for t in texts(screen, "#bank-detail Static").splitlines() if "(versie" in t]
        assert len(titles) == 1, titles


@pytest.mark.slow
async def test_toml_editor_keeps_the_line_being_typed_in_view_and_no_empty_row(make_app, user_banks):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_manager(pilot)
        await pilot.press("e")
        editor = await on_screen(pilot, "BankEditorScreen")
        await pilot.pause(0.2)
        assert editor.query_one("#toml-here").region.height == 0  # nothing to say: no empty row
        area = editor.query_one(TextArea)
        area.move_cursor(area.document.end)
        await pilot.pause(0.2)
        await pilot.press("enter", "x", "x", "x")  # not TOML: the problems panel appears
        await wait_for(pilot, lambda: editor.problems)
        await pilot.pause(0.3)
        row = area.cursor_location[0]
        top = area.scroll_offset.y
        assert top <= row < top + area.scrollable_content_region.height  # the line typed on is in view
        assert editor.query_one("#toml-problems").region.height > 0
