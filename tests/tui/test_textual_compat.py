"""The Textual boundary: every private Textual hook QueZ uses (quez/tui/compat.py) is still there.

A Textual release that renames or removes one fails here, naming the hook, what QueZ needs it
for and the upstream issue; not somewhere deep in a screen, or silently.
"""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Static

from quez.tui import compat
from quez.tui.compat import HOOKS, TESTED_MINOR, Hook

TUI = Path(compat.__file__).parent


def resolve(owner: str):
    module_name, _, class_name = owner.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, class_name) if class_name else module


class Probe(App):
    """A running app, for the hooks that only exist on live objects."""

    def compose(self) -> ComposeResult:
        yield Static("probe", id="probe")


async def live_objects() -> dict[str, object]:
    from textual.command import CommandPalette
    from textual.events import Key
    from textual.signal import Signal

    app = Probe()
    async with app.run_test() as pilot:
        probe = app.query_one("#probe")
        probe.watch(app, "theme", lambda _value: None, init=False)
        palette = CommandPalette()
        await pilot.pause()
        return {
            "textual.app:App": app,
            "textual.message:Message": Key("a", "a"),
            "textual.dom:DOMNode": probe,
            "textual.message_pump:MessagePump": probe,
            "textual.reactive": app,  # ``__watchers`` is set on the watched object
            "textual.signal:Signal": Signal(app, "probe"),
            "textual.command:CommandPalette": palette,
        }


def failure(hook: Hook, what: str) -> str:
    from textual import __version__

    where = f" (upstream: {hook.upstream})" if hook.upstream else ""
    return (f"Textual {__version__}: the private hook {hook.owner}.{hook.name} {what}. QueZ uses it for: "
            f"{hook.why}{where}. Adapt quez/tui/compat.py (or drop the work-around if upstream fixed it).")


EXPECTED_PARAMETERS = {
    "_check_bindings": ["key", "priority"],
    "_handle_exception": ["error"],
    "_on_key": ["event"],
    "_delete_via_keyboard": ["start", "end"],
    "bindings_changed": ["screen"],
    "_start_no_matches_countdown": ["search_value"],
}


def test_installed_textual_is_the_tested_minor():
    from importlib.metadata import version

    installed = compat.textual_version()
    assert installed[:2] == TESTED_MINOR, (
        f"Textual {version('textual')} is installed; quez/tui/compat.py was checked against "
        f"{TESTED_MINOR[0]}.{TESTED_MINOR[1]}.x. Run this test on the new release, adapt the hooks it names, "
        "then raise TESTED_MINOR together with the pin in pyproject.toml."
    )


def test_the_pin_matches_the_tested_minor():
    text = (TUI.parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    major, minor = TESTED_MINOR
    assert re.search(rf'"textual>={major}\.{minor}\.\d+,<{major}\.{minor + 1}"', text), \
        "pyproject.toml must pin Textual to the minor release compat.TESTED_MINOR names"


@pytest.mark.parametrize("hook", HOOKS, ids=lambda h: f"{h.owner}.{h.name}")
async def test_every_hook_is_still_there(hook: Hook):
    try:
        owner = resolve(hook.owner)
    except (ImportError, AttributeError):
        pytest.fail(failure(hook, f"cannot be reached: {hook.owner} is gone"))
    found = hasattr(owner, hook.name)
    if not found:
        live = (await live_objects()).get(hook.owner)
        found = live is not None and hasattr(live, hook.name)
    assert found, failure(hook, "is gone (renamed or removed)")
    member = getattr(owner, hook.name, None)
    if hook.name in EXPECTED_PARAMETERS:
        parameters = [p for p in inspect.signature(member).parameters if p != "self"]
        assert parameters[: len(EXPECTED_PARAMETERS[hook.name])] == EXPECTED_PARAMETERS[hook.name], \
            failure(hook, f"takes other arguments now: {parameters}")
    if hook.name == "get_inner_outer":
        assert hasattr(member, "cache_clear"), failure(hook, "is no longer an lru_cache")


async def test_the_leak_helpers_see_what_textual_keeps():
    """A removed widget's watcher on the app is found (and dropped) through the compat helpers."""
    from quez.tui.leaks import forget_removed

    app = Probe()
    async with app.run_test() as pilot:
        probe = app.query_one("#probe")
        probe.watch(app, "theme", lambda _value: None, init=False)
        watchers = compat.watchers_of(app)
        assert watchers is not None and any(node is probe for node, _ in watchers.get("theme", [])), \
            failure(next(h for h in HOOKS if h.name == "__watchers"), "no longer holds the watchers")
        await probe.remove()
        await pilot.pause()
        assert compat.is_removed(probe), failure(next(h for h in HOOKS if h.name == "_closed"), "says nothing")
        assert forget_removed(app) >= 1
        assert not any(node is probe for node, _ in compat.watchers_of(app).get("theme", []))


def test_no_private_textual_name_outside_compat():
    """Private Textual modules are imported only by compat.py (``textual._x`` or ``textual.widgets._x``)."""
    private_import = re.compile(r"^\s*(from|import)\s+textual(\.\w+)*\._\w+", re.MULTILINE)
    offenders = [str(path.relative_to(TUI)) for path in TUI.rglob("*.py")
                 if path.name != "compat.py" and private_import.search(path.read_text(encoding="utf-8"))]
    assert not offenders, f"import private Textual modules through quez/tui/compat.py: {offenders}"


def test_no_private_textual_method_overridden_outside_compat():
    """A quez class that redefines a private method of its Textual base does so in compat.py (or it is a hook)."""
    import pkgutil

    import quez.tui

    offenders = []
    for info in pkgutil.walk_packages(quez.tui.__path__, "quez.tui."):
        if info.name.startswith("quez.tui.web"):
            continue
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if not inspect.isclass(cls) or cls.__module__ != module.__name__:
                continue
            textual_bases = [b for b in cls.__mro__[1:] if b.__module__.startswith("textual")]
            for name, value in vars(cls).items():
                if not inspect.isfunction(value) or not name.startswith("_") or name.startswith("__"):
                    continue  # (Textual's metaclass sets private class attributes of its own)
                if any(name in vars(base) for base in textual_bases):
                    offenders.append(f"{cls.__module__}.{cls.__qualname__}.{name}")
    assert not offenders, f"private Textual methods overridden outside quez/tui/compat.py: {offenders}"
