"""Interaction: from a key press to the screen showing its effect, in the pilot.

Method. ``pilot.press()`` is not used for timing: after each key it sleeps
until the process looks idle (``wait_for_idle``), ~60 ms a key whatever the
app does (shown as ``interaction.pilot_press``). Instead:

1. the key event is handed to the app exactly as the pilot does it
   (``driver.send_message(events.Key(...))``) and the clock starts;
2. ``App._display`` is wrapped: it is called with every compositor update a
   real terminal would receive (the headless driver then drops it). In the
   wrapper the update is also turned into terminal escape codes
   (``render_segments``), as the real driver would, so that cost counts;
3. the clock stops at the end of the first display at which the effect is
   in the app's state (the character is in the TextArea, the next question's
   editor is mounted and focused, the person is in the list). A state change
   marks its widget dirty at once, so that display includes it.

Not counted: writing the bytes to the terminal and the terminal drawing them.
Keys are paced (a short gap after each), so timers (clock tick, draft save
every few seconds) interleave with typing as they would with a person. Text
set directly on a widget (an answer, a name) is painted before the key is
handed over, as text a person typed would have been.
The same method on a bare Textual app with one TextArea gives the floor.
"""

from __future__ import annotations

import asyncio
import gc
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, percentile, spread

SIZE = (80, 24)
TYPED = ("Mijn zus Els snapt wel waarom het zo zwaar is, maar ik wil haar er niet mee lastigvallen. "
         "Volgens de buurvrouw hoef ik me nergens voor te schamen. ")
GOALS = {"typing": 16.0, "next_question": 50.0, "add_person": 50.0, "back": 50.0,
         "next_question_open": 50.0, "back_open": 50.0}


def bank_toml(open_questions: int = 150, persons_questions: int = 30, mixed_questions: int = 160) -> str:
    lines = ['[bank]', 'id = "snelheid"', 'title = "Snelheidsbank"', 'version = "1"', 'source = "benchmarks"',
             '', '[[phases]]', 'id = "open"', 'title = "Open vragen"']
    for i in range(open_questions):
        lines += ['', '[[phases.questions]]', f'id = "open-{i}"',
                  f'text = "Vraag {i}: wie in je omgeving zou het goed vinden als je om hulp vraagt?"',
                  'kind = "open"', 'elicits = ["help_ok"]', 'hint = "Laat stiltes vallen; vul niet in."']
    lines += ['', '[[phases]]', 'id = "personen"', 'title = "Personen"']
    for i in range(persons_questions):
        lines += ['', '[[phases.questions]]', f'id = "wie-{i}"', f'text = "Wie helpt je met ding {i}?"',
                  'kind = "persons"', 'elicits = ["persons", "support_practical"]']
    # questions of changing kinds, as in the bundled banks (mostly "who" questions between open, scale and
    # choice ones): every move replaces the answer field
    lines += ['', '[[phases]]', 'id = "gemengd"', 'title = "Gemengd"']
    kinds = ("persons", "open", "scale", "choice", "yesno")
    for i in range(mixed_questions):
        kind = kinds[i % len(kinds)]
        lines += ['', '[[phases.questions]]', f'id = "mix-{i}"', f'text = "Vraag {i} ({kind}): hoe gaat het met {i}?"',
                  f'kind = "{kind}"', 'elicits = ["persons"]' if kind == "persons" else 'elicits = ["feeling"]']
        if kind == "choice":
            lines += ['options = ["vaak", "soms", "zelden"]']
    return "\n".join(lines) + "\n"


NAMES = ("Els", "Karin", "Mohammed", "Fatima", "Jan", "Piet", "Anouk", "Sanne", "Youssef", "Ilse", "Henk", "Ria",
         "Kees", "Marieke", "Bram", "Noor", "Ahmet", "Daan", "Lotte", "Wim", "Gerda", "Sem", "Femke", "Joris")
RELATIONS = ("tante", "buurvrouw", "zus", "collega", "vriend", "oom", "huisarts", "")


class Probe:
    """Wraps ``app._display``; resolves a future at the first display where ``predicate()`` holds."""

    def __init__(self, app):
        self.app = app
        self.original = app._display
        self.waiting: tuple[object, asyncio.Future] | None = None
        self.displays = 0
        app._display = self._display

    def _display(self, screen, renderable) -> None:
        self.original(screen, renderable)
        if renderable is None:
            return
        self.displays += 1
        render = getattr(renderable, "render_segments", None)
        if render is not None:
            render(self.app.console)  # what the real driver would do with it
        if self.waiting is not None:
            predicate, future = self.waiting
            if not future.done() and _holds(predicate):
                future.set_result(time.perf_counter())

    async def press(self, key: str, char: str | None, predicate, timeout: float = 5.0) -> float:
        """Milliseconds from handing over the key to the display that shows ``predicate()``."""
        from textual import events

        future = asyncio.get_running_loop().create_future()
        self.waiting = (predicate, future)
        event = events.Key(key, char)
        event.set_sender(self.app)
        start = time.perf_counter()
        self.app._driver.send_message(event)
        try:
            end = await asyncio.wait_for(future, timeout)
        finally:
            self.waiting = None
        return (end - start) * 1000


def _holds(predicate) -> bool:
    try:
        return bool(predicate())
    except Exception:  # a widget not mounted yet
        return False


def _key(ch: str) -> tuple[str, str]:
    from textual.keys import _character_to_key

    return (ch, ch) if ch.isalnum() else (_character_to_key(ch), ch)


async def _wait(pilot, condition, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not _holds(condition):
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there")
        await pilot.pause(0.02)


async def _conversation(app, pilot, question_id: str):
    """Open a new session on the speed bank at ``question_id``; the ConversationScreen."""
    store = app.services.store
    bank = app.services.banks.get("snelheid")
    session = store.start_session(f"SNEL-{question_id}", bank)
    store.set_position(session.id, question_id)
    app.open_conversation(session.id)
    await _wait(pilot, lambda: type(app.screen).__name__ == "ConversationScreen" and app.screen.answer_widget)
    await pilot.pause()
    return app.screen


def _editor_ready(screen, index: int, old):
    """The question at ``index`` is shown with its answer field focused: a new field, or (open question after
    open question) the same field holding the new question's answer."""
    def check() -> bool:
        widget = screen.answer_widget
        focused = screen.app.focused
        if screen.conversation.index != index or widget is None or not widget.is_mounted:
            return False
        if widget is old:
            stored = screen.conversation.answers.get(screen.step.id)
            if widget.answer()[0] != (stored.text if stored else ""):
                return False
        return focused is not None and widget in focused.ancestors_with_self
    return check


async def _walk(probe: Probe, screen, n_next: int) -> tuple[list[float], list[float]]:
    """Ctrl+N ``n_next`` times (an answer typed in each open question), then Ctrl+B up to 40 times."""
    times, back = [], []
    for _ in range(n_next):
        if screen.step.kind == "open":
            screen.answer_widget.text_area().load_text(TYPED)
            await asyncio.sleep(0.05)  # painted before the key, as text typed over time would be
        target, old = screen.conversation.index + 1, screen.answer_widget
        times.append(await probe.press("ctrl+n", None, _editor_ready(screen, target, old)))
        await asyncio.sleep(0.05)
    for _ in range(min(40, n_next)):
        target, old = screen.conversation.index - 1, screen.answer_widget
        back.append(await probe.press("ctrl+b", None, _editor_ready(screen, target, old)))
        await asyncio.sleep(0.05)
    return times, back


async def _measure(quick: bool) -> dict[str, list[float]]:
    from quez.banks.loader import load_registry
    from quez.services import Services
    from quez.settings import Settings
    from quez.storage.store import Store
    from quez.tui.app import QuezApp

    n_typing, n_next, n_persons = (120, 40, 40) if quick else (400, 140, 150)
    out: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="quez-bench-keys-") as tmp_name:
        tmp = Path(tmp_name)
        banks = tmp / "banks"
        banks.mkdir()
        (banks / "snelheid.toml").write_text(bank_toml(), encoding="utf-8")
        settings = Settings(db_path=tmp / "quez.db", bundled_banks=None, user_banks=banks, extra_banks=[])
        store = Store(settings.db_path)
        services = Services(settings, store=store, banks=load_registry(settings.bank_sources()))
        app = QuezApp(services)
        gc.freeze()  # as quez.cli.run_app does before it runs the app
        async with app.run_test(size=SIZE) as pilot:
            await _wait(pilot, lambda: app.ready)
            probe = Probe(app)

            # -- typing in an open answer
            screen = await _conversation(app, pilot, "open-0")
            area = screen.answer_widget.text_area()
            times = []
            for i in range(n_typing):
                ch = TYPED[i % len(TYPED)]
                expected = len(area.text) + 1
                key, char = _key(ch)
                times.append(await probe.press(key, char, lambda n=expected: len(area.text) == n))
                await asyncio.sleep(0.02)
            out["typing"] = times

            # -- next question (each with an answer to save), then back: between open questions
            out["next_question_open"], out["back_open"] = await _walk(probe, screen, n_next)
            app.go_home()
            await pilot.pause()

            # -- the same between questions of different kinds: a new answer field each time
            screen = await _conversation(app, pilot, "mix-0")
            out["next_question"], out["back"] = await _walk(probe, screen, n_next)
            app.go_home()
            await pilot.pause()

            # -- adding persons (Enter in the entry field): ten per question, then on to the next
            screen = await _conversation(app, pilot, "wie-0")
            times = []
            for i in range(n_persons):
                widget = screen.answer_widget
                if i and i % 10 == 0:
                    target = screen.conversation.index + 1
                    await probe.press("ctrl+n", None, _editor_ready(screen, target, widget))
                    await asyncio.sleep(0.05)
                    widget = screen.answer_widget
                name = NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else f" {i // len(NAMES)}")
                relation = RELATIONS[i % len(RELATIONS)]
                widget.query_one("#person-input").value = f"{name} - {relation}" if relation else name
                await asyncio.sleep(0.05)  # the name on screen before Enter, as when typed
                expected = len(widget.persons) + 1
                times.append(await probe.press("enter", "\r", lambda w=widget, n=expected: len(w.persons) == n))
                await asyncio.sleep(0.05)
            out["add_person"] = times

            # -- what pilot.press costs (why it is not used for timing)
            app.go_home()
            await pilot.pause()
            screen = await _conversation(app, pilot, "open-1")
            presses = []
            for i in range(15 if quick else 30):
                start = time.perf_counter()
                await pilot.press(TYPED[i % 20] if TYPED[i % 20].isalnum() else "x")
                presses.append((time.perf_counter() - start) * 1000)
            out["pilot_press"] = presses
        gc.unfreeze()
        store.close()
    return out


async def _floor(quick: bool) -> list[float]:
    """The same typing measurement on a bare Textual app with one TextArea."""
    from textual.app import App
    from textual.widgets import TextArea

    class Bare(App):
        def compose(self):
            yield TextArea(soft_wrap=True, show_line_numbers=False)

    app = Bare()
    times = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        area = app.query_one(TextArea)
        area.focus()
        await pilot.pause()
        probe = Probe(app)
        for i in range(120 if quick else 400):
            ch = TYPED[i % len(TYPED)]
            expected = len(area.text) + 1
            key, char = _key(ch)
            times.append(await probe.press(key, char, lambda n=expected: len(area.text) == n))
            await asyncio.sleep(0.02)
    return times


def figures(quick: bool = False) -> list[Result]:
    measured = asyncio.run(_measure(quick))
    floor = asyncio.run(_floor(quick))
    results = []
    floor_p95 = percentile(floor, 95)
    for name, label in (("typing", "a character typed in an open answer"),
                        ("next_question", "Ctrl+N: answer saved, the next question (another kind) with a new "
                                          "answer field, focused"),
                        ("back", "Ctrl+B: back to the previous question (another kind)"),
                        ("next_question_open", "Ctrl+N from an open question to the next open one: the answer "
                                               "field is kept, its text replaced"),
                        ("back_open", "Ctrl+B between open questions"),
                        ("add_person", "Enter in the persons field: stored, mentioned, shown in the list")):
        times = measured[name]
        stats = spread(times)
        ratio = round(stats["p95"] / floor_p95, 2) if name == "typing" and floor_p95 else None
        results.append(Result(f"interaction.{name}", stats["p95"], goal=GOALS[name],
                              goal_text=f"p95 < {GOALS[name]:g} ms",
                              ratio=ratio, note=f"p95; median {stats['median']:.1f} ms; n={stats['n']}; {label}"
                              + ("; ratio = p95 / bare TextArea p95" if ratio else ""), details=stats))
    stats = spread(floor)
    results.append(Result("interaction.typing_bare_textual", stats["p95"], status="info",
                          note=f"p95; median {stats['median']:.1f} ms; same method, bare app with one TextArea",
                          details=stats))
    stats = spread(measured["pilot_press"])
    results.append(Result("interaction.pilot_press", stats["median"], status="info",
                          note="median of `await pilot.press(key)`: mostly its idle-wait, not the app", details=stats))
    return results
