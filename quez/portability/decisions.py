"""Import of the worker's decisions: merges, aliases, opinion verdicts and splits; and the import's helpers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from quez.portability.format import ClientRecord, SessionRecord

if TYPE_CHECKING:
    from quez.portability.importer import ImportReport
    from quez.storage.transfer import ImportRows


def _newer(incoming: str | None, local: str | None) -> bool:
    return (incoming or "") > (local or "")


def _remap(question_id: str | None, refs: Mapping[int, int]) -> str | None:
    """Point a follow-up id ``<question>~<n>~<person ref>`` at the person's id here."""
    if not question_id or question_id.count("~") != 2:
        return question_id
    base, n, ref = question_id.split("~")
    if ref.isdigit() and int(ref) in refs:
        return f"{base}~{n}~{refs[int(ref)]}"
    return question_id


def _import_person_decisions(rows: ImportRows, client: ClientRecord, client_id: int, refs: Mapping[int, int],
                             changed: list, report: ImportReport) -> None:
    """Merges (for persons that came across) and aliases (added when the name is not tied to anyone here)."""
    for person in changed:
        merged_into = refs.get(person.merged_into_ref) if person.merged_into_ref is not None else None
        rows.set_merged_into(refs[person.ref], merged_into)
        if merged_into is not None:
            report.count("added", "decisions")
    for pair in client.kept_apart:
        added = rows.keep_apart(client_id, pair.a, pair.b, pair.created_at)
        report.count("added" if added else "unchanged", "decisions")
    for person in client.persons:
        for key in person.aliases:
            added = rows.add_alias(client_id, refs[person.ref], key, person.updated_at or person.created_at)
            report.count("added" if added else "unchanged", "decisions")


def _import_opinions(rows: ImportRows, session: SessionRecord, session_id: int, client_id: int, refs: Mapping[int, int],
                     report: ImportReport) -> None:
    """The worker's verdicts on opinions, matched on (question, person, quote); the newer verdict wins."""
    for opinion in session.opinions:
        values = opinion.model_dump(exclude={"person_ref"})
        values.update(
            client_id=client_id,
            session_id=session_id,
            question_id=_remap(opinion.question_id, refs),
            person_id=refs.get(opinion.person_ref) if opinion.person_ref is not None else None,
        )
        existing = rows.opinion(session_id, values["question_id"], values["quote"], values["person_id"],
                                values["person_key"])
        if existing is None:
            rows.add_opinion(values)
            report.count("added", "decisions")
        elif _newer(opinion.updated_at, existing.updated_at):
            rows.update_opinion(existing.id, values)
            report.count("updated", "decisions")
        else:
            report.count("unchanged", "decisions")


def _import_splits(rows: ImportRows, session: SessionRecord, session_id: int, client_id: int, refs: Mapping[int, int],
                   report: ImportReport) -> None:
    """A person split off by answer; one already here for the same answer and name stays."""
    for split in session.splits:
        added = rows.add_split(client_id, session_id, _remap(split.question_id, refs), split.key,
                               refs[split.person_ref], split.created_at)
        report.count("added" if added else "unchanged", "decisions")
