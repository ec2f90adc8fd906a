"""Import of the worker's decisions: merges, aliases, opinion verdicts and splits; and the import's row helpers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from quez.portability.format import ClientRecord, SessionRecord

if TYPE_CHECKING:
    from quez.portability.importer import ImportReport


def _newer(incoming: str | None, local: str | None) -> bool:
    return (incoming or "") > (local or "")


def _remap(question_id: str | None, refs: Mapping[int, int]) -> str | None:
    """Point a follow-up id ``<question>~<n>~<person ref>`` at the person's id here."""
    from quez.conversation.follow_up_id import with_person_remapped

    return with_person_remapped(question_id, refs)


def _insert(db, table: str, values: dict[str, Any]) -> int:
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    return db.conn.execute(f"insert into {table} ({columns}) values ({marks})", list(values.values())).lastrowid


def _update(db, table: str, row_id: int, values: dict[str, Any]) -> None:
    assignments = ", ".join(f"{column} = ?" for column in values)
    db.conn.execute(f"update {table} set {assignments} where id = ?", [*values.values(), row_id])


def _import_person_decisions(db, client: ClientRecord, client_id: int, refs: Mapping[int, int], changed: list,
                             report: ImportReport) -> None:
    """Merges (for persons that came across) and aliases (added when the name is not tied to anyone here)."""
    for person in changed:
        merged_into = refs.get(person.merged_into_ref) if person.merged_into_ref is not None else None
        db.conn.execute("update persons set merged_into = ? where id = ?", [merged_into, refs[person.ref]])
        if merged_into is not None:
            report.count("added", "decisions")
    for pair in client.kept_apart:
        cursor = db.conn.execute("insert or ignore into person_distinct (client_id, a, b, created_at) "
                                 "values (?, ?, ?, ?)", [client_id, pair.a, pair.b, pair.created_at])
        report.count("added" if cursor.rowcount else "unchanged", "decisions")
    for person in client.persons:
        for key in person.aliases:
            cursor = db.conn.execute(
                "insert or ignore into person_aliases (client_id, person_id, key, created_at) values (?, ?, ?, ?)",
                [client_id, refs[person.ref], key, person.updated_at or person.created_at],
            )
            report.count("added" if cursor.rowcount else "unchanged", "decisions")


def _import_opinions(db, session: SessionRecord, session_id: int, client_id: int, refs: Mapping[int, int],
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
        existing = db.conn.execute(
            "select id, updated_at from opinions where session_id = ? and question_id = ? and quote = ? "
            "and coalesce(person_id, -1) = coalesce(?, -1) and coalesce(person_key, '') = coalesce(?, '')",
            [session_id, values["question_id"], values["quote"], values["person_id"], values["person_key"]],
        ).fetchone()
        if existing is None:
            _insert(db, "opinions", values)
            report.count("added", "decisions")
        elif _newer(opinion.updated_at, existing[1]):
            _update(db, "opinions", existing[0], values)
            report.count("updated", "decisions")
        else:
            report.count("unchanged", "decisions")


def _import_splits(db, session: SessionRecord, session_id: int, client_id: int, refs: Mapping[int, int],
                   report: ImportReport) -> None:
    """A person split off by answer; one already here for the same answer and name stays."""
    for split in session.splits:
        cursor = db.conn.execute(
            "insert or ignore into person_splits (client_id, session_id, question_id, key, person_id, created_at) "
            "values (?, ?, ?, ?, ?, ?)",
            [client_id, session_id, _remap(split.question_id, refs), split.key, refs[split.person_ref],
             split.created_at])
        report.count("added" if cursor.rowcount else "unchanged", "decisions")
