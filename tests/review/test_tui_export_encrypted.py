"""Pilot tests: the review screen's export ('o') writes an encrypted hand-over file on request,
and by default when the database itself is encrypted."""

from __future__ import annotations

import pytest
from review_support import SIZE, on_screen, ready, texts, wait_for
from textual.widgets import Input, Select

from quez.portability.importer import read_document
from quez.portability.sealed import AGE_MAGIC

PASS = "een zin van vijf woorden"


@pytest.fixture
def history(history):
    history.store.park_session(history.third)  # else the home screen offers to resume it
    return history


async def choose_passphrase(pilot, first: str, second: str):
    dialog = await on_screen(pilot, "NewPassphraseScreen")
    dialog.query_one("#passphrase-first", Input).value = first
    dialog.query_one("#passphrase-second", Input).value = second
    dialog.query_one("#passphrase-second", Input).focus()
    await pilot.press("enter")
    await pilot.pause()
    return dialog


@pytest.mark.slow
async def test_export_encrypted_from_the_review_screen(make_app, history, tmp_path):
    target = tmp_path / "AB-12.json"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await on_screen(pilot, "ReviewScreen")
        await pilot.press("o")
        dialog = await on_screen(pilot, "ExportReportScreen")
        assert dialog.query_one("#export-format", Select).value == "json"  # a plain database: plain by default
        dialog.query_one("#export-path", Input).value = str(target)
        dialog.query_one("#export-format", Select).value = "json-age"
        await pilot.pause()
        sealed = tmp_path / "AB-12.json.age"
        assert dialog.query_one("#export-path", Input).value == str(sealed)
        await pilot.press("enter")

        dialog = await choose_passphrase(pilot, "kort", "kort")
        assert "te kort" in texts(dialog, "#passphrase-error")
        dialog = await choose_passphrase(pilot, PASS, PASS + "!")
        assert "verschillen" in texts(dialog, "#passphrase-error")
        assert not sealed.exists()
        await choose_passphrase(pilot, PASS, PASS)
        await on_screen(pilot, "ReviewScreen")
        await wait_for(pilot, sealed.exists)
        # cancelling the passphrase writes nothing
        await pilot.press("o")
        dialog = await on_screen(pilot, "ExportReportScreen")
        other = tmp_path / "niet.json.age"
        dialog.query_one("#export-path", Input).value = str(other)
        dialog.query_one("#export-format", Select).value = "json-age"
        await pilot.press("enter")
        await on_screen(pilot, "NewPassphraseScreen")
        await pilot.press("escape")
        await on_screen(pilot, "ReviewScreen")
    assert sealed.read_bytes().startswith(AGE_MAGIC) and b"AB-12" not in sealed.read_bytes()
    document = read_document(sealed, PASS)
    assert [c.code for c in document.clients] == ["AB-12"] and len(document.clients[0].sessions) == 3
    assert not other.exists()
    assert app.errors == []


@pytest.mark.slow
async def test_encrypted_database_exports_encrypted_by_default(tmp_path, sample_bank):
    from quez.banks.loader import load_registry
    from quez.services import Services
    from quez.settings import Settings
    from quez.storage import crypto
    from quez.storage.store import Store
    from quez.tui.app import QuezApp

    if not crypto.available():
        pytest.skip("sqlcipher3 is not installed here (pip install 'quez[encryption]')")
    db_path = tmp_path / "versleuteld" / "quez.db"
    crypto.remember(db_path, "het wachtwoord van de database")
    try:
        with Store(db_path) as store:
            store.finish_session(store.start_session("KL-1", sample_bank).id)
            assert crypto.looks_encrypted(db_path)
            settings = Settings(db_path=db_path, bundled_banks=None, user_banks=tmp_path / "banks", extra_banks=[])
            app = QuezApp(Services(settings, store=store, banks=load_registry([])))
            async with app.run_test(size=SIZE) as pilot:
                await ready(pilot)
                await pilot.press("e")
                await on_screen(pilot, "ReviewScreen")
                await pilot.press("o")
                dialog = await on_screen(pilot, "ExportReportScreen")
                assert dialog.query_one("#export-format", Select).value == "json-age"
                assert dialog.query_one("#export-path", Input).value.endswith("quez-export-KL-1.json.age")
                target = tmp_path / "KL-1.json.age"
                dialog.query_one("#export-path", Input).value = str(target)
                await pilot.press("enter")
                await choose_passphrase(pilot, PASS, PASS)
                await on_screen(pilot, "ReviewScreen")
                await wait_for(pilot, target.exists)
    finally:
        crypto.forget_all()
    assert [c.code for c in read_document(target, PASS).clients] == ["KL-1"]
