"""Bank editing core: duplicate, template, validate, save with backup, structured edits."""

from __future__ import annotations

import pytest

from quez.banks.editing import (
    EditError,
    backups,
    duplicate_bank,
    new_bank,
    restore_backup,
    save_bank,
    validate_text,
)
from quez.banks.loader import BankError, load_bank, load_registry
from quez.banks.structured import BankDocument, StructureError, slug
from quez.cli import main
from quez.storage.session_view import session_view

COMMENTED = '''\
# Bank header comment.
[bank]
id = "proefbank"
title = "Proefbank"   # the title
version = "1.0"
source = "tests"

[[phases]]
id = "begin"
title = "Begin"

# About the first question.
[[phases.questions]]
id = "een"
text = "Vraag een?"  # keep this remark
kind = "persons"
follow_ups = ["Wat vindt {persoon}?"]

# About the second question.
[[phases.questions]]
id = "twee"
text = "Vraag twee?"

# ===== Second phase =====

[[phases]]
id = "verder"
title = "Verder"

[[phases.questions]]
id = "drie"
text = "Vraag drie?"
kind = "scale"

[phases.questions.scale]
min = 1
max = 5
'''


def test_unchanged_document_is_byte_identical(sample_bank_text):
    for text in (COMMENTED, sample_bank_text):
        assert BankDocument(text).text() == text


def test_reorder_keeps_comments_with_their_question():
    doc = BankDocument(COMMENTED)
    doc.move_question(0, 1, 0)
    text = doc.text()
    assert text.index("# About the second question.\n[[phases.questions]]\nid = \"twee\"") < text.index(
        "# About the first question.\n[[phases.questions]]\nid = \"een\""
    )
    # the section comment stays between the phases, the inline remark stays on its line
    assert text.index("id = \"een\"") < text.index("# ===== Second phase =====") < text.index('id = "verder"')
    assert 'text = "Vraag een?"  # keep this remark' in text
    assert [q.id for q in load_bank_text(text).phases[0].questions] == ["twee", "een"]
    doc.move_question(0, 1, 0)
    assert doc.text() == COMMENTED  # and back: exactly the original


def load_bank_text(text):
    bank, problems = validate_text(text)
    assert problems == []
    return bank


def test_edit_text_hint_follow_ups_in_place():
    doc = BankDocument(COMMENTED)
    doc.update_question(0, 0, text='Wie "snapt" je?', hint="Rustig aan.", follow_ups=["A {persoon}?", "B?"])
    text = doc.text()
    assert 'text = "Wie \\"snapt\\" je?"  # keep this remark' in text
    bank = load_bank_text(text)
    q = bank.question("een")
    assert (q.text, q.hint, q.follow_ups) == ('Wie "snapt" je?', "Rustig aan.", ("A {persoon}?", "B?"))
    doc.update_question(0, 0, hint="", follow_ups=[])
    q = load_bank_text(doc.text()).question("een")
    assert q.hint is None and q.follow_ups == ()
    # everything outside the edited question is untouched
    assert doc.text().split("# About the second question.")[1] == COMMENTED.split("# About the second question.")[1]


def test_add_and_remove_questions():
    doc = BankDocument(COMMENTED)
    new_id = doc.add_question(1, "Wie helpt je écht?", kind="persons", hint="Let op", follow_ups=["Hoe?"], position=0)
    assert new_id == "wie-helpt-je-echt"
    assert doc.add_question(1, "Wie helpt je écht?") == "wie-helpt-je-echt-2"
    bank = load_bank_text(doc.text())
    assert [q.id for q in bank.phases[1].questions] == ["wie-helpt-je-echt", "drie", "wie-helpt-je-echt-2"]
    doc.remove_question(0, 1)
    text = doc.text()
    assert "twee" not in text and "# About the second question." not in text
    assert "# ===== Second phase =====" in text  # a comment about what follows stays
    with pytest.raises(StructureError, match="minstens één vraag"):
        doc.remove_question(0, 0)
    with pytest.raises(StructureError, match="leeg"):
        doc.update_question(0, 0, text="   ")
    with pytest.raises(StructureError, match="bestaat niet"):
        doc.update_question(5, 0, hint="x")
    with pytest.raises(StructureError, match="Soort vraag"):
        doc.add_question(0, "Hoe zwaar?", kind="scale")


def test_move_between_phases_and_bump_version():
    doc = BankDocument(COMMENTED)
    doc.move_question(0, 0, 1, to_phase=1)
    bank = load_bank_text(doc.text())
    assert [[q.id for q in p.questions] for p in bank.phases] == [["twee"], ["drie", "een"]]
    assert doc.bump_version() == "1.1"
    assert 'title = "Proefbank"   # the title' in doc.text()
    assert load_bank_text(doc.text()).version == "1.1"


def test_unusual_layouts_go_to_the_toml_editor():
    inline = (COMMENTED.split("[[phases]]")[0]
              + '[[phases]]\nid = "a"\ntitle = "A"\nquestions = [{id = "x", text = "X?"}]\n')
    with pytest.raises(StructureError, match="TOML-editor"):
        BankDocument(inline)
    with pytest.raises(StructureError, match="geen geldige TOML"):
        BankDocument("[bank\n")
    assert slug("Hoe gaat het — écht?") == "hoe-gaat-het-echt" and slug("???") == "vraag"


def test_save_refuses_invalid_text_and_leaves_file_untouched(tmp_path):
    path = tmp_path / "proefbank.toml"
    path.write_text(COMMENTED, encoding="utf-8")
    broken = COMMENTED.replace('kind = "scale"', 'kind = "schaal"')
    with pytest.raises(BankError) as info:
        save_bank(path, broken)
    assert [p.line for p in info.value.problems] == [broken.splitlines().index('kind = "schaal"') + 1]
    assert path.read_text(encoding="utf-8") == COMMENTED and backups(path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["proefbank.toml"]  # no temp files left
    bank, problems = validate_text(broken)
    assert bank is None and [p.line for p in problems] == [info.value.problems[0].line]


def test_save_keeps_previous_version_as_backup_and_can_restore(tmp_path):
    path = tmp_path / "proefbank.toml"
    path.write_text(COMMENTED, encoding="utf-8")
    changed = COMMENTED.replace("Vraag twee?", "Vraag twee, anders?")
    assert save_bank(path, changed).question("twee").text == "Vraag twee, anders?"
    assert path.read_text(encoding="utf-8") == changed
    [backup] = backups(path)
    assert backup.read_text(encoding="utf-8") == COMMENTED
    assert load_registry([(tmp_path, "user")]).banks.keys() == {"proefbank"}  # backups are not loaded as banks
    restore_backup(path, backup)
    assert path.read_text(encoding="utf-8") == COMMENTED and len(backups(path)) == 2


def test_duplicate_bundled_bank_into_user_folder(bank_dir, tmp_path):
    bundled = load_bank(bank_dir / "proefbank.toml", "bundled")
    user = tmp_path / "eigen"
    target = duplicate_bank(bundled, user)
    assert target == user / "proefbank-eigen.toml"
    copy = load_bank(target, "user")
    assert (copy.id, copy.title) == ("proefbank-eigen", "Proefbank (eigen versie)")
    assert [q.id for q in copy.questions] == [q.id for q in bundled.questions]
    assert "# A small bank covering every question kind." in target.read_text(encoding="utf-8")
    assert duplicate_bank(bundled, user).name == "proefbank-eigen-2.toml"
    with pytest.raises(EditError):
        duplicate_bank(bundled, None)


def test_banks_new_creates_a_commented_valid_bank(tmp_path, capsys):
    data = tmp_path / "userdata"
    assert main(["banks", "new", "Gezin in beeld"]) == 0
    path = data / "banks" / "gezin-in-beeld.toml"
    assert str(path) in capsys.readouterr().out
    text = path.read_text(encoding="utf-8")
    assert text.count("#") > 10
    bank = load_bank(path)
    assert (bank.id, bank.title) == ("gezin-in-beeld", "Gezin in beeld")
    assert bank.question("wie-snapt").follow_ups == ("Wat vindt {persoon} dat je goed doet?",)
    assert main(["banks", "new", "Gezin in beeld"]) == 0
    assert (data / "banks" / "gezin-in-beeld-2.toml").exists()
    assert main(["banks", "validate", str(data / "banks")]) == 0
    with pytest.raises(EditError):
        new_bank(data / "banks", "   ")


def test_past_session_reads_the_same_after_its_bank_is_edited(store, tmp_path, sample_bank_text):
    user = tmp_path / "eigen"
    user.mkdir()
    path = user / "proefbank.toml"
    path.write_text(sample_bank_text, encoding="utf-8")
    bank = load_bank(path, "user")
    session = store.start_session("AB-1", bank)
    store.record_answer(session.id, "wie-snapt", text="Mijn zus.", phase_id="begin")
    store.record_answer(session.id, "hoe-gaat-het", text="Goed.", phase_id="begin")
    before = _phases(store, session.id)
    summary_before = _summary_json(store, session.id)

    doc = BankDocument(sample_bank_text)
    doc.update_question(0, 0, text="Wie begrijpt je het best?")
    doc.remove_question(0, 1)
    doc.add_question(0, "Een heel nieuwe vraag?")
    doc.bump_version()
    save_bank(path, doc.text())
    assert load_bank(path).question("wie-snapt").text == "Wie begrijpt je het best?"

    after = _phases(store, session.id)
    assert after == before
    assert ("hoe-gaat-het", "Hoe gaat het nu met je?", "Goed.") in after[0][1]
    assert store.session(session.id).bank_version == "1.0"
    assert _summary_json(store, session.id) == summary_before  # the summary still names the question as asked
    assert "Wie snapt waar je mee worstelt?" in summary_before


def _phases(store, session_id: int) -> list:
    return [(p.title, [(i.question_id, i.question_text, i.text) for i in p.items])
            for p in session_view(store, session_id).phases]


def _summary_json(store, session_id: int) -> str:
    from quez.report import to_json
    from quez.summary import summarise_session

    return to_json(summarise_session(store, session_id))
