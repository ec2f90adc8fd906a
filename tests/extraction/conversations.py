"""Whole labelled conversations through the real summary: stored, summarised, compared with the labels.

Each ``[[conversation]]`` of a case file becomes a session in a real SQLite store on a bank built from
the file's questions (a follow-up template hangs under a "who" question with its stance). The worker's
part is what a worker does: a person a later follow-up is about was typed into the persons field of the
turn that named them first ("Karin - zus"), and each follow-up is stored as the conversation stores it.
Everything else is left to the summary: merging spellings and ways of referring, holders of opinions.

Compared per conversation: the persons the summary lists (``summary.persons``) and the persons with at
least one positive opinion (``summary.positive``).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.extraction.evaluate import Report, Score, _fold, load, referent


def _bank(questions: dict, tmp: Path):
    from quez.banks.loader import load_bank
    from quez.banks.models import ELICITS

    lines = ['[bank]', 'id = "gesprek"', 'title = "Gesprek"', 'language = "nl"', 'version = "1"',
             'description = "Vragen uit de casusset."', 'source = "QueZ-tests"', "", "[[phases]]",
             'id = "gesprek"', 'title = "Gesprek"']
    for key, q in questions.items():
        elicits = [e for e in q["elicits"] if e in ELICITS]
        follow = "{persoon}" in q["text"]
        lines += ["", "[[phases.questions]]", f"id = {json.dumps(_qid(key, follow))}",
                  f"text = {json.dumps(q['text'] if not follow else 'Wie nog meer?')}",
                  'kind = "persons"', f"elicits = {json.dumps(sorted(set(elicits) | {'persons'}))}"]
        if follow:
            lines.append(f"follow_ups = [{json.dumps(q['text'])}]")
    path = tmp / "gesprek.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_bank(path)


def _qid(key: str, follow_up: bool) -> str:
    return f"{key}-vraag" if follow_up else key


def _similar(a: str, b: str) -> bool:
    from rapidfuzz.distance import JaroWinkler

    return a[:1] == b[:1] and JaroWinkler.similarity(a, b) >= 0.9


def _label(person) -> set[str]:
    """Ways a listed person matches a label: the name (or another name it was found under: the worker wrote down
    "Kader", the answers say "Abdelkader"), or its relation word and stem."""
    from quez.extraction.lexicon import DETERMINERS_OTHER, DETERMINERS_OWN, relation_info

    labels = {_fold(person.name)} | {_fold(label) for key, label in person.keys.items() if key.startswith("n:")}
    owners = DETERMINERS_OWN | DETERMINERS_OTHER  # "haar collega", "d'r vriend": someone else's colleague
    words = [w for w in (person.relation or "").split() if w not in owners][:1]
    words += [w for w in person.name.split() if w.casefold() not in owners][:1]
    for word in words:
        info = relation_info(word)
        labels |= {word.lower()} | ({info[0]} if info else set())
    return labels


def summarise_conversation(store, questions: dict, conversation: dict, tmp: Path):
    """Store one conversation as the app would and return its session summary."""
    from quez.extraction import extract
    from quez.summary import summarise_session

    bank = _bank(questions, tmp)
    session = store.start_session(conversation["id"], bank)
    client_id = store.session(session.id).client_id
    about_targets = {_fold(t["about"]) for t in conversation["turn"] if t.get("about")}
    stored: dict[str, int] = {}
    for turn in conversation["turn"]:
        q = questions[turn["question"]]
        if turn.get("about"):
            person_id = stored[_fold(turn["about"])]
            text = q["text"].replace("{persoon}", store.person(person_id).name)
            store.record_answer(session.id, f"{_qid(turn['question'], True)}~0~{person_id}", text=turn["text"],
                                question_text=text, parent_question_id=_qid(turn["question"], True),
                                person_id=person_id, phase_id="gesprek")
            continue
        store.record_answer(session.id, turn["question"], text=turn["text"], phase_id="gesprek")
        for label in turn["persons"]:  # the worker types the persons a follow-up will be about
            if _fold(label) in about_targets and _fold(label) not in stored:
                similar = next((pid for name, pid in stored.items() if _similar(name, _fold(label))), None)
                if similar is not None:  # the persons field offers the one already there ("Joli" → Jolien)
                    stored[_fold(label)] = similar
                    continue
                found = extract(turn["text"], q["elicits"]).mentions
                relation = next((m.stem or m.relation for m in found if m.name and _fold(m.name) == _fold(label)),
                                None)
                ref = referent(label, relation)
                person = store.add_person(client_id, ref.name or ref.relation, relation)
                store.add_mention(person.id, session.id, turn["question"], "worker")
                stored[_fold(label)] = person.id
    return summarise_session(store, session.id)


def score_conversation(report: Report, summary, conversation: dict) -> None:
    expected_persons = {_fold(p) if p[:1].isupper() else p.lower() for p in conversation["summary"]["persons"]}
    expected_positive = {_fold(p) if p[:1].isupper() else p.lower() for p in conversation["summary"]["positive"]}

    def as_label(person) -> str:
        labels = _label(person)
        return next((x for x in sorted(labels) if x in expected_persons), _fold(person.name))

    got_persons = {as_label(p) for p in summary.persons}
    got_positive = {as_label(p) for p in summary.persons if p.opinions}
    text = conversation["id"]
    report.add("persons", ["conversation"], expected_persons, got_persons, text)
    report.add("positive opinions", ["conversation"], expected_positive, got_positive, text)
    report.answers += 1


def evaluate_conversations(paths, tmp: Path) -> Report:
    from quez.storage.store import Store

    report = Report()
    for k, path in enumerate(paths):
        data = load(path)
        for j, conversation in enumerate(data.get("conversation", [])):
            folder = tmp / f"c{k}-{j}"
            folder.mkdir(parents=True)
            with Store(folder / "quez.db") as store:
                score_conversation(report, summarise_conversation(store, data["questions"], conversation, folder),
                                   conversation)
    return report


def line(score: Score, what: str) -> str:
    return score.line(what)
