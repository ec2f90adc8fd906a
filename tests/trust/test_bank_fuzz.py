"""Property tests: whatever a bank file holds, the loader answers with a clear
:class:`BankError` or a valid bank — never another exception, never a hang.

The inputs range from random bytes and text, through token soup and shuffled
lines of a real bank, to a real bank whose structure was mutated (wrong types,
missing and extra fields, duplicated items, deep nesting, huge strings) and
then written back as TOML in the layout bank authors use.

Each test counts what it tried in ``FIGURES``; ``test_zz_report_figures``
prints them (the README's figures come from there).
"""

from __future__ import annotations

import datetime as dt
import re
import signal
import subprocess
import sys
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pytest
import tomli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from trust_support import SAMPLE  # the shared valid sample bank

from quez.banks.loader import BankError, load_bank, load_registry, parse_bank
from quez.banks.models import Bank

FIGURES: Counter[str] = Counter()
FAST = settings(
    max_examples=300,
    deadline=3000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
#: a problem message longer than this is not "specific", it is a dump
MAX_PROBLEM_CHARS = 1000
#: seconds one parse may take before it counts as a hang
HANG_SECONDS = 10


@contextmanager
def no_hang(seconds: int = HANG_SECONDS):
    def alarm(signum, frame):
        raise TimeoutError(f"bank loader took more than {seconds}s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check_answer(call, kind: str) -> Bank | BankError:
    """Run ``call``; it must give a valid bank or a BankError with useful problems."""
    FIGURES[kind] += 1
    with no_hang():
        try:
            bank = call()
        except BankError as exc:
            assert exc.problems, "a BankError must say what is wrong"
            for problem in exc.problems:
                text = str(problem)
                assert problem.message.strip(), f"empty problem message: {problem!r}"
                assert len(text) <= MAX_PROBLEM_CHARS, f"problem message too long ({len(text)} chars)"
            FIGURES[f"{kind}: rejected"] += 1
            return exc
    assert isinstance(bank, Bank)
    assert bank.questions, "a valid bank has questions"
    shown = [bank.title, *(p.title for p in bank.phases), *(t for q in bank.questions for t in (q.text, *q.follow_ups))]
    assert not any(re.search("[\x1b\x00-\x08\x7f-\x9f\u202e]", t) for t in shown), "control characters reach the screen"
    ids = [q.id for q in bank.questions]
    assert len(ids) == len(set(ids)), "a valid bank has unique question ids"
    FIGURES[f"{kind}: valid"] += 1
    return bank


# -- a TOML writer in bank-author layout ------------------------------------------

_BARE = re.compile(r"[A-Za-z0-9_-]+\Z")  # not "$": it also matches before a last "\n"


def toml_string(text: str) -> str:
    out = ['"']
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def toml_key(key: str) -> str:
    return key if _BARE.match(key) else toml_string(key)


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:
            return "nan"
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def _is_table_array(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def to_toml(data: dict) -> str:
    """``[bank]``/``[[phases]]``/``[[phases.questions]]`` layout, inline elsewhere."""
    lines: list[str] = []
    tables = {k: v for k, v in data.items() if isinstance(v, dict) or _is_table_array(v)}
    for key, value in data.items():
        if key not in tables:
            lines.append(f"{toml_key(key)} = {toml_value(value)}")
    for key, value in tables.items():
        if isinstance(value, dict):
            lines.append(f"\n[{toml_key(key)}]")
            lines.extend(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items())
            continue
        for item in value:
            lines.append(f"\n[[{toml_key(key)}]]")
            subarrays = {k: v for k, v in item.items() if _is_table_array(v)}
            lines.extend(f"{toml_key(k)} = {toml_value(v)}" for k, v in item.items() if k not in subarrays)
            for sub, entries in subarrays.items():
                for entry in entries:
                    lines.append(f"\n[[{toml_key(key)}.{toml_key(sub)}]]")
                    lines.extend(f"{toml_key(k)} = {toml_value(v)}" for k, v in entry.items())
    return "\n".join(lines) + "\n"


# -- strategies ----------------------------------------------------------------------

keys = st.one_of(
    st.sampled_from(["id", "text", "kind", "title", "version", "source", "elicits", "options", "scale",
                     "follow_ups", "hint", "intro", "min", "max", "questions", "phases", "bank",
                     "estimated_minutes", "authors", "language", "description", "low_label"]),
    st.text(min_size=1, max_size=12),
)
scalars = st.one_of(
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.text(max_size=40),
    st.sampled_from(["open", "persons", "scale", "choice", "yesno", "{persoon}", "{naam}", "{", "", " ", "a" * 81]),
    st.datetimes(),
    st.dates(),
    st.times(),
)
huge_strings = st.integers(min_value=10_000, max_value=300_000).flatmap(
    lambda n: st.sampled_from(["x" * n, "🙂é" * (n // 2), "{persoon}" * (n // 9), "\u202e" * n])
)
toml_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(keys, children, max_size=4),
    ),
    max_leaves=12,
)


@st.composite
def mutated(draw, node, depth: int = 0):
    """``node`` with random, mostly local damage; often still close to valid."""
    roll = draw(st.integers(min_value=0, max_value=80))
    # the simplest draw (0) means "no damage here": shrinking heads for the smallest damage
    if roll == 80:
        return draw(toml_values)
    if roll == 79:
        return draw(huge_strings)
    if roll == 78 and depth < 6:
        levels = draw(st.integers(min_value=1, max_value=60))
        wrapped = node
        for _ in range(levels):
            wrapped = [wrapped] if draw(st.booleans()) else {"x": wrapped}
        return wrapped
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if draw(st.integers(min_value=0, max_value=30)) == 30:
                continue  # missing field
            out[key] = draw(mutated(value, depth + 1))
        if draw(st.integers(min_value=0, max_value=8)) == 8:
            out[draw(keys)] = draw(toml_values)  # extra field
        return out
    if isinstance(node, list):
        out = []
        for item in node:
            copies = draw(st.sampled_from([1, 1, 1, 1, 1, 1, 0, 2]))  # drop or duplicate
            out.extend(draw(mutated(item, depth + 1)) for _ in range(copies))
        return out
    return node


def sample_data() -> dict:
    return tomli.loads(SAMPLE)


# -- the properties ---------------------------------------------------------------------


@pytest.mark.slow  # fuzzing
@FAST
@given(st.text(max_size=3000))
def test_any_text_gives_a_bank_or_a_bank_error(text):
    check_answer(lambda: parse_bank(text, Path("fuzz.toml")), "random text")


@pytest.mark.slow  # fuzzing
@FAST
@given(st.binary(max_size=3000))
def test_any_bytes_on_disk_give_a_bank_or_a_bank_error(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("bytes") / "bank.toml"
    path.write_bytes(raw)
    error = check_answer(lambda: load_bank(path), "random bytes")
    assert isinstance(error, BankError)
    assert all(p.path == path for p in error.problems)


TOKENS = [
    "[bank]", "[[phases]]", "[[phases.questions]]", "[phases.questions.scale]", "\n", "\n", " ", "=",
    "id", "text", "kind", "title", "version", "source", '"', "'", '"""', "[", "]", "{", "}", ",", "#",
    '"x"', '"open"', '"scale"', '"{persoon}"', "1", "-3", "1e9", "true", "inf", "nan", "1979-05-27",
    "\\", "\\u0000", "\t", "\r\n", "é", "🙂", "\u202e", "\x00", "\x1b[2J",
]


@pytest.mark.slow  # fuzzing
@FAST
@given(st.lists(st.sampled_from(TOKENS), max_size=200))
def test_token_soup_gives_a_bank_or_a_bank_error(tokens):
    text = "".join(tokens)
    check_answer(lambda: parse_bank(text, Path("soup.toml")), "TOML token soup")


@pytest.mark.slow  # fuzzing
@FAST
@given(st.data())
def test_shuffled_lines_of_a_real_bank(data):
    lines = SAMPLE.splitlines()
    picked = data.draw(st.lists(st.sampled_from(lines), max_size=len(lines) * 2))
    check_answer(lambda: parse_bank("\n".join(picked), Path("lines.toml")), "shuffled bank lines")


@pytest.mark.slow  # fuzzing
@settings(FAST, max_examples=600)
@given(st.data())
def test_mutated_structures_give_a_bank_or_specific_problems(data):
    tree = data.draw(mutated(sample_data()))
    if not isinstance(tree, dict):
        tree = {"bank": tree}
    text = to_toml(tree)
    answer = check_answer(lambda: parse_bank(text, Path("mutant.toml")), "mutated bank structures")
    if isinstance(answer, BankError):
        # the writer produced TOML, so every problem is about content, not syntax
        assert not any("geen geldige TOML" in p.message for p in answer.problems), text[:500]
        # ... and names the field it is about (a capped list ends with one line that counts the rest)
        problems = list(answer.problems)
        if problems and not problems[-1].field:
            assert problems[-1].message.startswith("… en nog "), str(problems[-1])
            problems.pop()
        assert all(p.field for p in problems), [str(p) for p in problems]


@pytest.mark.slow  # fuzzing
@settings(FAST, max_examples=40)
@given(st.integers(min_value=1, max_value=5000), st.sampled_from(["[", "{x = "]))
def test_deep_nesting_is_refused_not_crashed(depth, opener):
    closer = "]" if opener == "[" else "}"
    text = "[bank]\nid = " + opener * depth + "1" + closer * depth + "\n"
    check_answer(lambda: parse_bank(text, Path("deep.toml")), "deeply nested values")


def test_writer_quotes_a_key_that_ends_in_a_newline():
    assert tomli.loads(to_toml({"bank": {"0\n": False}})) == {"bank": {"0\n": False}}


def test_writer_round_trips_the_sample():
    data = sample_data()
    assert tomli.loads(to_toml(data)) == data
    assert isinstance(parse_bank(to_toml(data)), Bank)


def test_huge_value_message_stays_short():
    text = to_toml({**sample_data(), "extra": "x" * 1_000_000})
    error = check_answer(lambda: parse_bank(text, Path("huge.toml")), "huge strings")
    assert isinstance(error, BankError)
    assert "extra" in str(error)


def test_control_characters_in_texts_are_refused_with_their_line():
    text = SAMPLE.replace('text = "Hoe gaat het nu met je?"', 'text = "Hoe gaat het\\u001b]0;x\\u0007 nu?"')
    error = check_answer(lambda: parse_bank(text, Path("stuur.toml")), "control characters")
    assert isinstance(error, BankError)
    (problem,) = error.problems
    assert problem.field == "phases[0].questions[1].text" and "U+001B" in problem.message
    assert problem.line == next(n for n, line in enumerate(text.splitlines(), 1) if "u001b" in line)


def test_special_files_are_refused(tmp_path):
    import os

    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    error = check_answer(lambda: load_bank(fifo), "special files")
    assert isinstance(error, BankError) and "geen gewoon bestand" in str(error)
    directory = tmp_path / "map.toml"
    directory.mkdir()
    assert isinstance(check_answer(lambda: load_bank(directory), "special files"), BankError)


# -- one broken bank among good ones ------------------------------------------------------


@pytest.mark.slow  # fuzzing
@settings(FAST, max_examples=25)
@given(st.lists(st.binary(max_size=400) | st.text(max_size=400), min_size=1, max_size=3))
def test_broken_banks_do_not_hide_good_ones(tmp_path_factory, broken):
    directory = tmp_path_factory.mktemp("mixed")
    good_ids = ["goed-a", "goed-b"]
    for bank_id in good_ids:
        (directory / f"{bank_id}.toml").write_text(SAMPLE.replace('id = "proefbank"', f'id = "{bank_id}"'))
    for n, content in enumerate(broken):
        raw = content if isinstance(content, bytes) else content.encode("utf-8")
        (directory / f"kapot-{n}.toml").write_bytes(raw)
    FIGURES["directories with broken banks"] += 1
    with no_hang():
        registry = load_registry([(directory, "user")])
    assert set(good_ids) <= set(registry.banks)
    assert {e.path.name for e in registry.errors} | {
        b.path.name for b in registry if b.id not in good_ids
    } == {f"kapot-{n}.toml" for n in range(len(broken))}


@pytest.mark.slow
def test_banks_list_shows_good_banks_and_reports_the_broken_one(tmp_path):
    directory = tmp_path / "banks"
    directory.mkdir()
    (directory / "goed.toml").write_text(SAMPLE)
    (directory / "kapot.toml").write_text('[bank]\nid = "kapot"\ntitle = ')
    (directory / "diep.toml").write_text("[bank]\nid = " + "[" * 2000 + "]" * 2000 + "\n")
    result = subprocess.run(
        [sys.executable, "-m", "quez", "--db", str(tmp_path / "q.db"), "--banks", str(directory), "banks", "list"],
        capture_output=True, text=True, timeout=60, env={"QUEZ_DATA_DIR": str(tmp_path / "data"), "PATH": ""},
    )
    assert result.returncode == 1
    assert "proefbank" in result.stdout
    assert "ONGELDIG" in result.stderr and "kapot.toml:3" in result.stderr
    assert "diep.toml" in result.stderr and "te diep genest" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow  # reports what the fuzz tests tried
def test_zz_report_figures():
    """Print what the fuzz tests tried (run with -s to see it)."""
    if not FIGURES:
        pytest.skip("run together with the fuzz tests")
    print("\nbank fuzzing figures:")
    for key in sorted(FIGURES):
        print(f"  {key}: {FIGURES[key]}")
    assert FIGURES["mutated bank structures"] > 0
