"""History: years of sessions in the database (synthetic, realistic Dutch text).

Databases of 1k, 3k and 10k sessions (clients × 20 sessions × 25 answers; the
10k one is 500 × 20 as in the issue) plus one client with 50 sessions, built
once by :mod:`benchmarks.synth` into ``benchmarks/.cache``. Figures, each on a
private copy opened with the normal :class:`~quez.storage.store.Store`:

* review_open: the real app in the pilot, from the key "e" on the home screen
  to the display that shows the first page of sessions and their count
  (timed as in :mod:`benchmarks.interaction`);
* search: the full-text search the review screen runs (first page of matches,
  with snippets), for a few realistic queries;
* timeline: the timeline of the client with 50 sessions;
* summary_client50: the summary over that client's 50 sessions, cold (no
  cached extractions: the first time ever) and warm (as every later time);
* summary_session: one session's summary, cold and warm.

Each timing is the median of several runs; the 1k/3k/10k rows show how it
grows with the size of the history.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, spread

GOALS = {"review_open": 200.0, "search": 200.0, "timeline": 200.0, "summary_client50": 200.0,
         "summary_session": 20.0}
SIZES = {"1k": 1000, "3k": 3000, "10k": 10000}
QUERIES = ("buurvrouw", "schamen", "goede moeder", "Karin respect", '"hulp durf"')


def _ms(seconds: float) -> float:
    return seconds * 1000


def _clock(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(_ms(time.perf_counter() - start))
    return times


async def _review_open(settings, store, repeat: int) -> list[float]:
    """From the key "e" on the home screen to the display that shows the first page of sessions."""
    from benchmarks.interaction import Probe, _wait
    from quez.banks.loader import load_registry
    from quez.services import Services
    from quez.tui.app import QuezApp

    services = Services(settings, store=store, banks=load_registry(settings.bank_sources()))
    app = QuezApp(services)
    times = []
    async with app.run_test(size=(100, 30)) as pilot:
        await _wait(pilot, lambda: app.ready)
        probe = Probe(app)

        def shown() -> bool:
            screen = app.screen
            return (type(screen).__name__ == "ReviewScreen" and screen.query_one("#review-table").row_count > 0
                    and "gesprek" in str(screen.query_one("#review-count").render()))

        for _ in range(repeat):
            times.append(await probe.press("e", "e", shown))
            await pilot.pause()
            await pilot.press("escape")
            await _wait(pilot, lambda: type(app.screen).__name__ == "HomeScreen")
            await pilot.pause()
    return times


def _measure(label: str, source: Path, tmp: Path, repeat: int) -> list[Result]:
    from benchmarks import synth
    from quez.settings import Settings
    from quez.storage.review import ReviewFilter, list_sessions
    from quez.storage.store import Store
    from quez.summary import summarise_client, summarise_session
    from quez.summary.extractions import forget_read
    from quez.summary.timeline import client_timeline

    db = synth.copy_of(source, tmp / f"history-{label}.db")
    settings = Settings(db_path=db, bundled_banks=None, user_banks=None, extra_banks=[], preferences_path=None)
    results: list[Result] = []
    with Store(db) as store:
        sessions = store._query("select count(*) as n from sessions")[0]["n"]
        answers = store._query("select count(*) as n from answers")[0]["n"]
        where = f"{sessions:,} sessions, {answers:,} answers".replace(",", ".")

        def add(name: str, times: list[float], note: str, goal_key: str | None = None) -> None:
            stats = spread(times)
            goal = GOALS.get(goal_key or name)
            results.append(Result(f"history.{name}[{label}]", stats["median"], goal=goal,
                                  goal_text=f"< {goal:g} ms" if goal else "",
                                  status="ok" if goal else "info",
                                  note=f"median of {stats['n']}; {note}; {where}", details=stats))

        add("review_open", asyncio.run(_review_open(settings, store, repeat)),
            "key e on the home screen → first page of 50 sessions on the display")
        search_times = []
        for query in QUERIES:
            search_times += _clock(lambda q=query: list_sessions(store, ReviewFilter(text=q)), max(2, repeat // 2))
        add("search", search_times, f"full-text search, first page with snippets ({len(QUERIES)} queries)")
        add("timeline", _clock(lambda: client_timeline(store, synth.BIG_CLIENT), repeat),
            "timeline of the client with 50 sessions")

        store.db.execute("delete from extractions")  # cold: as the very first summary of this client
        forget_read()  # ... in a fresh process: nothing kept in memory either
        cold = _clock(lambda: summarise_client(store, synth.BIG_CLIENT), 1)
        stored = _clock(lambda: (forget_read(), summarise_client(store, synth.BIG_CLIENT)), repeat)
        warm = _clock(lambda: summarise_client(store, synth.BIG_CLIENT), repeat)
        add("summary_client50", warm, "summary of the client with 50 sessions (1.250 answers), redone in the app "
            "(after a correction): extractions kept in memory")
        add("summary_client50_stored", stored, "the same in a new process (quez summary): extractions read from the "
            "database", "summary_client50")
        add("summary_client50_cold", cold, "the same, first time ever: every answer extracted and cached")
        one = store._query("select id from sessions order by id desc limit 1")[0]["id"]
        store.db.execute("delete from extractions where answer_id in (select id from answers where session_id = ?)",
                         [one])
        forget_read()
        cold = _clock(lambda: summarise_session(store, one), 1)
        warm = _clock(lambda: summarise_session(store, one), repeat * 2)
        add("summary_session", warm, "summary of one session (25 answers), extractions cached")
        add("summary_session_cold", cold, "the same, first time: 25 answers extracted")
    return results


def figures(quick: bool = False) -> list[Result]:
    from benchmarks import synth

    labels = ("1k", "3k") if quick else ("1k", "3k", "10k")
    repeat = 3 if quick else 7
    results: list[Result] = []
    tmp = Path(tempfile.mkdtemp(prefix="quez-bench-history-"))
    try:
        for label in labels:
            results += _measure(label, synth.cached(SIZES[label]), tmp, repeat)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    results += _growth(results, labels)
    return results


def _growth(results: list[Result], labels: tuple[str, ...]) -> list[Result]:
    """How each figure grows from the smallest to the largest history (1.0 = flat)."""
    first, last = labels[0], labels[-1]
    out = []
    for name in ("review_open", "search", "timeline", "summary_client50", "summary_session"):
        small = next((r for r in results if r.name == f"history.{name}[{first}]"), None)
        large = next((r for r in results if r.name == f"history.{name}[{last}]"), None)
        if small and large and small.value:
            factor = large.value / small.value
            size_factor = SIZES[last] / SIZES[first]
            out.append(Result(f"history.{name}.growth", round(factor, 2), unit="×", status="info",
                              note=f"{last} vs {first} sessions ({size_factor:g}× the data): "
                              + ("flat" if factor < 1.5 else "grows" if factor < size_factor / 2 else "linear")))
    return out


if __name__ == "__main__":
    for r in figures(quick=True):
        print(f"{r.name:40} {r.value!s:>10} {r.unit:4} {r.verdict():5} {r.note}")
