"""Every dialog is a Dialog: one layout and stylesheet (quez/tui/screens/dialog.py), each keeps what differs."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.app import App
from textual.screen import ModalScreen
from textual.widgets import Select

import quez.tui.screens
from quez.tui.screens.dialog import Dialog


def test_every_modal_screen_is_a_dialog():
    found, not_dialogs = [], []
    for info in pkgutil.iter_modules(quez.tui.screens.__path__, "quez.tui.screens."):
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if inspect.isclass(cls) and cls.__module__ == module.__name__ and issubclass(cls, ModalScreen):
                found.append(cls.__name__)
                if not issubclass(cls, Dialog) and cls.__name__ != "CommandPalette":  # Textual's own palette
                    not_dialogs.append(cls.__name__)
    assert len(found) >= 12
    assert not not_dialogs, f"derive these from quez.tui.screens.dialog.Dialog: {not_dialogs}"


class Host(App):
    pass


async def test_dialog_parts_are_styled_once_and_a_select_keeps_its_own_look():
    from quez.tui.screens.text_prompt import TextPromptScreen

    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        results = []
        app.push_screen(TextPromptScreen("Nieuwe vraag", "Typ de vraag.", choices=[("Open", "open")]), results.append)
        await pilot.pause()
        screen = app.screen
        title = screen.query_one("#prompt-title")
        assert title.styles.text_style.bold
        assert screen.query_one("#prompt-help").styles.padding.bottom == 1
        buttons = screen.query_one(".dialog-buttons")
        assert buttons.styles.padding.top == 1 and buttons.styles.align_horizontal == "right"
        # the button row's rules stay in the button row: the choice looks as a Select does elsewhere
        current = screen.query_one(Select).query_one("SelectCurrent")
        assert current.styles.padding.top == 0 and current.outer_size.height == 3
        await pilot.press("escape")  # Dialog.action_cancel
        await pilot.pause()
        assert results == [None]


async def test_a_short_screen_makes_the_pick_list_fit():
    from quez.tui.screens.pick import PickScreen

    app = Host()
    async with app.run_test(size=(80, 16)) as pilot:
        app.push_screen(PickScreen("Kies", "Welke?", [(str(i), f"Optie {i}") for i in range(20)]))
        await pilot.pause()
        assert app.screen.has_class("-short")
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        assert not app.screen.has_class("-short")


async def test_the_arrow_keys_move_between_the_two_answers_of_a_question():
    from quez.tui.screens.confirm import ConfirmScreen

    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        results: list = []
        app.push_screen(ConfirmScreen("Gesprek afronden?", "Het wordt bewaard.", yes="Ja, afronden",
                                      no="Nog niet", careful=True), results.append)
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "no"  # careful: the focus starts on "Nog niet"
        await pilot.press("right")
        assert app.focused.id == "yes"
        await pilot.press("left")
        assert app.focused.id == "no"
        await pilot.press("right", "enter")
        await pilot.pause()
        assert results == [True]
