"""Each class of bank error gives its own specific message: file, line, field, what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from quez.banks.loader import BankError, load_bank
from quez.banks.referring import is_personal


def broken(tmp_path: Path, text: str, name: str = "kapot.toml") -> BankError:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    with pytest.raises(BankError) as info:
        load_bank(path)
    error = info.value
    assert error.path == path
    assert error.problems, "a BankError always carries at least one problem"
    for problem in error.problems:
        assert str(path) in str(problem)
    return error


def line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in text")


def only(error: BankError):
    assert len(error.problems) == 1, [str(p) for p in error.problems]
    return error.problems[0]


def test_valid_sample_loads(sample_bank):
    assert sample_bank.id == "proefbank"
    assert [q.kind for q in sample_bank.questions] == ["persons", "open", "scale", "choice", "yesno"]
    assert sample_bank.phase_of("hoe-zwaar").id == "verder"
    assert sample_bank.question("wie-snapt").follow_up_for(
        sample_bank.question("wie-snapt").follow_ups[0], "Els"
    ) == "Wat vindt Els dat je goed doet?"


def test_toml_syntax_error_names_line(tmp_path, sample_bank_text):
    text = sample_bank_text.replace('title = "Proefbank"', 'title = "Proefbank')
    problem = only(broken(tmp_path, text))
    assert problem.line == line_of(text, 'title = "Proefbank')
    assert "geen geldige TOML" in problem.message


def test_toml_syntax_errors_are_told_in_dutch(tmp_path, sample_bank_text):
    text = sample_bank_text.replace('text = "Hoe gaat het nu met je?"', 'text = "Hoe gaat het\nnu met je?"')
    problem = only(broken(tmp_path, text))
    assert problem.line == line_of(text, "Hoe gaat het")
    assert "een regel eindigt midden in een tekst" in problem.message and "Illegal" not in problem.message
    problem = only(broken(tmp_path, sample_bank_text.replace('kind = "open"', 'kind = open')))
    assert "ongeldige waarde (tekst hoort tussen aanhalingstekens)" in problem.message


def test_unknown_kind(tmp_path, sample_bank_text):
    text = sample_bank_text.replace('kind = "open"', 'kind = "vrij"')
    problem = only(broken(tmp_path, text))
    assert problem.field == "phases[0].questions[1].kind"
    assert problem.line == line_of(text, 'kind = "vrij"')
    assert "'vrij'" in problem.message and "open, persons, scale, choice, yesno" in problem.message


def test_duplicate_question_id(tmp_path, sample_bank_text):
    text = sample_bank_text.replace('id = "hoe-zwaar"', 'id = "wie-snapt"')
    problem = only(broken(tmp_path, text))
    assert problem.field == "phases[1].questions[0].id"
    assert problem.line == [n for n, line in enumerate(text.splitlines(), 1) if 'id = "wie-snapt"' in line][1]
    assert "komt twee keer voor" in problem.message


def test_duplicate_phase_id(tmp_path, sample_bank_text):
    text = sample_bank_text.replace('id = "verder"', 'id = "begin"')
    problem = only(broken(tmp_path, text))
    assert problem.field == "phases[1].id"
    assert "fase-id 'begin'" in problem.message


def test_unknown_follow_up_placeholder(tmp_path, sample_bank_text):
    text = sample_bank_text.replace("{persoon} dat", "{naam} dat")
    problem = only(broken(tmp_path, text))
    assert problem.field == "phases[0].questions[0].follow_ups[0]"
    assert problem.line == line_of(text, "follow_ups")
    assert "{naam}" in problem.message and "{persoon}" in problem.message


def test_follow_up_placeholders_for_how_a_person_is_referred_to(tmp_path, sample_bank_text):
    path = tmp_path / "goed.toml"
    path.write_text(sample_bank_text.replace("Hoe merk je dat?", "Wat zei {relatie} over {hem_haar}?"), "utf-8")
    question = load_bank(path).question("wie-snapt")
    assert question.follow_ups == ("Wat vindt {persoon} dat je goed doet?", "Wat zei {relatie} over {hem_haar}?")
    assert all(is_personal(f) for f in question.follow_ups)
    assert question.follow_up_for(question.follow_ups[1], "Sam", "zoon") == "Wat zei je zoon over hem?"
    problem = only(broken(tmp_path, sample_bank_text.replace("{persoon} dat", "{relatie_naam} dat")))
    assert "{relatie_naam}" in problem.message and "{hem_haar}" in problem.message


def test_stray_brace_in_follow_up(tmp_path, sample_bank_text):
    text = sample_bank_text.replace("Hoe merk je dat?", "Hoe merk je dat {?")
    problem = only(broken(tmp_path, text))
    assert problem.field == "phases[0].questions[0].follow_ups[1]"
    assert "accolade" in problem.message


def test_empty_phase(tmp_path, sample_bank_text):
    head, _, rest = sample_bank_text.partition("[[phases]]\nid = \"verder\"")
    text = head + '[[phases]]\nid = "leeg"\ntitle = "Leeg"\n\n' + "[[phases]]\nid = \"verder\"" + rest
    problem = only(broken(tmp_path, text))
    assert problem.field == "phases[1].questions"
    assert problem.line == line_of(text, 'id = "leeg"') - 1
    assert "minstens één vraag" in problem.message


def test_bank_without_phases(tmp_path, sample_bank_text):
    text = sample_bank_text.split("[[phases]]")[0]
    problem = only(broken(tmp_path, text))
    assert problem.field == "phases"
    assert "minstens één fase" in problem.message


def test_missing_required_field(tmp_path, sample_bank_text):
    text = sample_bank_text.replace('text = "Hoe gaat het nu met je?"\n', "")
    problem = only(broken(tmp_path, text))
    assert problem.field == "phases[0].questions[1].text"
    assert problem.line == line_of(text, 'id = "hoe-gaat-het"') - 1
    assert "ontbreekt" in problem.message


def test_an_own_bank_needs_no_source(tmp_path, sample_bank_text):
    path = tmp_path / "eigen.toml"
    path.write_text(sample_bank_text.replace('source = "QueZ-tests"\n', ""), encoding="utf-8")
    assert load_bank(path).bank.source == "Eigen vragenbank"


def test_wrong_type(tmp_path, sample_bank_text):
    text = sample_bank_text.replace('version = "1.0"', "version = 1")
    problem = only(broken(tmp_path, text))
    assert problem.field == "bank.version"
    assert problem.line == line_of(text, "version = 1")
    assert "moet tekst zijn" in problem.message


def test_wrong_type_for_list(tmp_path, sample_bank_text):
    text = sample_bank_text.replace('options = ["praktisch", "iemand om mee te praten"]', 'options = "praktisch"')
    problem = only(broken(tmp_path, text))
    assert problem.field == "phases[1].questions[1].options"
    assert "lijst" in problem.message


def test_unknown_field(tmp_path, sample_bank_text):
    text = sample_bank_text.replace('kind = "open"', 'kind = "open"\nhnit = "typo"')
    problem = only(broken(tmp_path, text))
    assert problem.field == "phases[0].questions[1].hnit"
    assert problem.line == line_of(text, "hnit")
    assert "onbekend veld 'hnit'" in problem.message


def test_unknown_elicits_value(tmp_path, sample_bank_text):
    text = sample_bank_text.replace('"understanding"', '"begrip"')
    problem = only(broken(tmp_path, text))
    assert problem.field == "phases[0].questions[0].elicits[1]"
    assert "'begrip'" in problem.message and "understanding" in problem.message


def test_choice_without_options(tmp_path, sample_bank_text):
    text = sample_bank_text.replace('options = ["praktisch", "iemand om mee te praten"]', 'options = ["praktisch"]')
    problem = only(broken(tmp_path, text))
    assert problem.field == "phases[1].questions[1].options"
    assert "minstens twee" in problem.message


def test_invalid_id(tmp_path, sample_bank_text):
    text = sample_bank_text.replace('id = "hoe-gaat-het"', 'id = "Hoe gaat het"')
    problem = only(broken(tmp_path, text))
    assert problem.field == "phases[0].questions[1].id"
    assert "kleine letters" in problem.message


def test_scale_bounds(tmp_path, sample_bank_text):
    text = sample_bank_text.replace("min = 1, max = 5", "min = 5, max = 1")
    problem = only(broken(tmp_path, text))
    assert problem.field.startswith("phases[1].questions[0].scale")
    assert "groter" in problem.message


def test_several_problems_reported_at_once(tmp_path, sample_bank_text):
    text = sample_bank_text.replace('kind = "open"', 'kind = "vrij"').replace('version = "1.0"', "version = 1")
    error = broken(tmp_path, text)
    assert {p.field for p in error.problems} == {"bank.version", "phases[0].questions[1].kind"}


def test_every_problem_of_a_file_at_once_not_in_rounds(tmp_path, sample_bank_text):
    # field problems and the checks across fields (duplicate ids, placeholders, options) together
    text = (sample_bank_text.replace('version = "1.0"', "version = 1")
            .replace('id = "hoe-gaat-het"', 'id = "wie-snapt"')
            .replace("{persoon} dat", "{naam} dat")
            .replace('options = ["praktisch", "iemand om mee te praten"]', 'options = ["praktisch"]'))
    error = broken(tmp_path, text)
    assert [p.field for p in error.problems] == [
        "bank.version", "phases[0].questions[0].follow_ups[0]", "phases[0].questions[1].id",
        "phases[1].questions[1].options"]
    assert [p.line for p in error.problems] == sorted(p.line for p in error.problems)


def test_not_utf8(tmp_path, sample_bank_text):
    problem = only(broken(tmp_path, sample_bank_text.encode("latin-1").replace(b"Proefbank", b"Pr\xf6efbank")))
    assert "UTF-8" in problem.message


def test_missing_file(tmp_path):
    with pytest.raises(BankError) as info:
        load_bank(tmp_path / "bestaat-niet.toml")
    assert "bestaat niet" in str(info.value)
