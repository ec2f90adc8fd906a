"""Bank validation: what was accepted wrongly, refused wrongly, or flooded the screen."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from quez.banks.loader import MAX_PROBLEMS, BankError, load_bank, load_registry, parse_bank
from tests.conftest import SAMPLE_BANK


def problems_of(text: str) -> list[str]:
    with pytest.raises(BankError) as caught:
        parse_bank(text, Path("bank.toml"))
    return [str(p) for p in caught.value.problems]


def test_a_bank_saved_with_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + SAMPLE_BANK.encode("utf-8"))
    assert load_bank(path).id == "proefbank"


@pytest.mark.parametrize("template", ["Wat vindt {persoon!r}?", "Wat vindt {persoon:{naam}}?", "{persoon:>30}"])
def test_format_spec_placeholders_are_refused(template):
    text = SAMPLE_BANK.replace('"Wat vindt {persoon} dat je goed doet?"', f'"{template}"')
    found = problems_of(text)
    assert any("follow_ups" in p and "invulplek" in p for p in found), found


@pytest.mark.parametrize("old,new,field", [
    ('description = "Een kleine bank voor tests."', 'estimated_minutes = "20"', "estimated_minutes"),
    ('description = "Een kleine bank voor tests."', "estimated_minutes = true", "estimated_minutes"),
    ("min = 1, max = 5", "min = true, max = 5", "scale.min"),
    ("min = 1, max = 5", 'min = 1, max = "5"', "scale.max"),
    ('version = "1.0"', "version = 1", "bank.version"),
    ('title = "Proefbank"', "title = true", "bank.title"),
])
def test_numbers_and_booleans_are_not_silently_coerced(old, new, field):
    found = problems_of(SAMPLE_BANK.replace(old, new))
    assert any(field in p for p in found), found


@pytest.mark.parametrize("scale", ["min = 1, max = 1000000000", "min = -5000, max = -4990", "min = 0, max = 101"])
def test_absurd_scales_are_refused(scale):
    found = problems_of(SAMPLE_BANK.replace("min = 1, max = 5", scale))
    assert any("scale" in p for p in found), found


@pytest.mark.parametrize("options", ['["", "praten"]', '["  ", "praten"]'])
def test_empty_options_are_refused(options):
    found = problems_of(SAMPLE_BANK.replace('["praktisch", "iemand om mee te praten"]', options))
    assert any("options" in p and "leeg" in p for p in found), found


def test_every_problem_of_a_file_is_reported_at_once():
    text = (SAMPLE_BANK.replace('kind = "open"', 'kind = "vrij"')
            .replace("min = 1, max = 5", 'min = "1", max = 5')
            .replace('version = "1.0"', "version = 1")
            .replace("Hoe gaat het nu met je?", "Hoe gaat het\\u001b[2J nu met je?"))
    found = problems_of(text)
    assert len(found) == 4, found
    assert any("stuurteken" in p for p in found)


def huge_broken_bank(questions: int) -> str:
    items = "".join(f'[[phases.questions]]\nid = "Q {i}"\ntext = 1\nkind = "x"\nhint = 2\n\n' for i in range(questions))
    head = '[bank]\nid = "groot"\ntitle = "G"\nversion = "1"\nsource = "t"\n\n'
    return f'{head}[[phases]]\nid = "a"\ntitle = "A"\n\n{items}'


@pytest.mark.slow
def test_a_huge_broken_bank_gives_a_capped_list_quickly(tmp_path):
    path = tmp_path / "groot.toml"
    path.write_text(huge_broken_bank(6_000), encoding="utf-8")  # ~390 kB, 24,000 problems
    started = time.perf_counter()
    with pytest.raises(BankError) as caught:
        load_bank(path)
    took = time.perf_counter() - started
    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS
    assert "en nog" in problems[-1].message
    assert took < 5.0, f"{took:.1f} s"
    with pytest.raises(BankError) as caught:
        parse_bank(huge_broken_bank(20_000))  # 1.3 MB of text: 80,000 problems
    assert len(caught.value.problems) == MAX_PROBLEMS


def test_a_file_too_big_for_a_bank_is_refused_before_reading(tmp_path):
    path = tmp_path / "groot.toml"
    path.write_text(huge_broken_bank(20_000), encoding="utf-8")
    with pytest.raises(BankError) as caught:
        load_bank(path)
    assert "te groot" in str(caught.value)


@pytest.mark.slow
def test_a_folder_of_broken_banks_loads_quickly(tmp_path):
    folder = tmp_path / "banks"
    folder.mkdir()
    text = huge_broken_bank(300)
    for i in range(255):
        (folder / f"kapot{i:03d}.toml").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    registry = load_registry([(folder, "user")])
    took = time.perf_counter() - started
    assert len(registry.errors) == 255
    assert all(len(e.problems) <= MAX_PROBLEMS for e in registry.errors)  # was 1,200 each
    # nothing but the problems is kept (a traceback kept each file's text and data: 667 MB before)
    assert all(e.__traceback__ is None and e.__context__ is None for e in registry.errors)
    assert took < 20.0, f"{took:.1f} s"  # 16.7 s before, on a quiet machine; about 6 s now
