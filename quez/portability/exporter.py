"""Export: the whole database, one client or one session, as JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from quez.files import write_atomic
from quez.portability import TransferError
from quez.portability.format import (
    FORMAT_VERSION,
    AnswerRecord,
    ClientRecord,
    ExportDocument,
    KeptApartRecord,
    MentionRecord,
    NoteRecord,
    OpinionRecord,
    PersonRecord,
    SessionRecord,
    SplitRecord,
)
from quez.storage.db import now

if TYPE_CHECKING:
    from quez.storage.export_rows import (
        StoredAlias,
        StoredMention,
        StoredOpinion,
        StoredPerson,
        StoredSession,
        StoredSplit,
    )
    from quez.storage.notes import SessionNote
    from quez.storage.records import Answer
    from quez.storage.store import Store


def _group(rows: list, key: str) -> dict[Any, list]:
    out: dict[Any, list] = {}
    for row in rows:
        out.setdefault(getattr(row, key), []).append(row)
    return out


def build_export(store: Store, *, client_code: str | None = None, session_id: int | None = None) -> ExportDocument:
    """Everything in scope as an :class:`ExportDocument` (a handful of queries, no N+1)."""
    from quez import __version__
    from quez.storage.export_rows import ExportRows

    if client_code is not None and session_id is not None:
        raise TransferError("Kies één cliënt (--client) óf één gesprek (--session), niet allebei.")
    rows = ExportRows(store)
    scope, clients, sessions = _in_scope(rows, client_code, session_id)
    session_ids = [s.id for s in sessions]
    client_ids = [c.id for c in clients]
    answers = _group(rows.answers(session_ids), "session_id")
    mentions = _group(rows.mentions(session_ids), "session_id")
    notes = _group(rows.notes(session_ids), "session_id")
    opinions = _group(rows.opinions(session_ids), "session_id")
    splits = _group(rows.splits(session_ids), "session_id")
    persons = rows.persons(client_ids)
    if session_id is not None:
        persons = _persons_of_session(persons, [*answers.get(session_id, []), *mentions.get(session_id, []),
                                                *opinions.get(session_id, []), *splits.get(session_id, [])])
    aliases = _group(rows.aliases(client_ids), "person_id")
    apart = _group(rows.kept_apart(client_ids), "client_id")
    persons_by_client = _group(persons, "client_id")
    networks = {}
    if scope != "session":  # the network is the client's, not one session's
        from quez.portability.network import network_records

        networks = network_records(store, client_ids)
    sessions_by_client = _group(sessions, "client_id")

    records = []
    for c in clients:
        records.append(
            ClientRecord(
                uuid=c.uuid,
                code=c.code,
                label=c.label,
                created_at=c.created_at,
                persons=[_person(p, aliases.get(p.id, [])) for p in persons_by_client.get(c.id, [])],
                sessions=[
                    _session(s, answers.get(s.id, []), mentions.get(s.id, []), notes.get(s.id, []),
                             opinions.get(s.id, []), splits.get(s.id, []))
                    for s in sessions_by_client.get(c.id, [])
                ],
                kept_apart=[KeptApartRecord(a=x.a, b=x.b, created_at=x.created_at)
                            for x in apart.get(c.id, [])],
                network=networks.get(c.id),
            )
        )
    return ExportDocument(
        format_version=FORMAT_VERSION, exported_at=now(), app_version=__version__, scope=scope, clients=records
    )


def _in_scope(rows, client_code: str | None, session_id: int | None
              ) -> tuple[Literal["all", "client", "session"], list, list]:
    """The scope, its clients and its sessions: one session, one client's sessions, or all."""
    if session_id is not None:
        session = rows.session(session_id)
        if session is None:
            raise TransferError(f"Gesprek {session_id} bestaat niet; 'quez' → Terugkijken toont de nummers.")
        client = rows.client_by_id(session.client_id)
        return "session", [client] if client is not None else [], [session]
    if client_code is not None:
        client = rows.client(client_code)
        if client is None:
            raise TransferError(f"Er is geen cliënt met code '{client_code}'.")
        return "client", [client], rows.sessions(client.id)
    return "all", rows.clients(), rows.sessions()


def _persons_of_session(persons: list, rows: list) -> list:
    """The persons one session's answers, mentions, opinions and splits point at, with the persons they were
    merged into and those merged into them."""
    used = {r.person_id for r in rows} - {None}
    while True:
        more = {p.merged_into for p in persons if p.id in used} | {p.id for p in persons if p.merged_into in used}
        if more <= used | {None}:
            break
        used |= more
    return [p for p in persons if p.id in used]


def _person(p: StoredPerson, aliases: list[StoredAlias]) -> PersonRecord:
    return PersonRecord(
        uuid=p.uuid,
        ref=p.id,
        name=p.name,
        relation=p.relation,
        category=p.category or "other",
        closeness=p.closeness,
        confirmed=bool(p.confirmed),
        removed=bool(p.removed),
        merged_into_ref=p.merged_into,
        aliases=[a.key for a in aliases],
        adult=bool(p.adult),
        created_at=p.created_at,
        updated_at=p.updated_at,
    )


def _session(s: StoredSession, answers: list[Answer], mentions: list[StoredMention], notes: list[SessionNote],
             opinions: list[StoredOpinion], splits: Sequence[StoredSplit] = ()) -> SessionRecord:
    snapshot = json.loads(s.bank_snapshot) if s.bank_snapshot else None
    return SessionRecord(
        uuid=s.uuid,
        bank_id=s.bank_id,
        bank_version=s.bank_version,
        bank_title=s.bank_title,
        bank_snapshot=snapshot,
        status=s.status,
        current_question=s.current_question,
        started_at=s.started_at,
        updated_at=s.updated_at,
        ended_at=s.ended_at,
        elapsed_seconds=s.elapsed_seconds or 0,
        reopened_at=s.reopened_at,
        answers=[_answer(a) for a in answers],
        mentions=[
            MentionRecord(uuid=m.uuid, person_ref=m.person_id, question_id=m.question_id, source=m.source,
                          quote=m.quote, created_at=m.created_at)
            for m in mentions
        ],
        notes=[
            NoteRecord(uuid=n.uuid, question_id=n.question_id, text=n.text, added_later=n.added_later,
                       created_at=n.created_at)
            for n in notes
        ],
        opinions=[_opinion(o) for o in opinions],
        splits=[SplitRecord(question_id=x.question_id, key=x.key, person_ref=x.person_id,
                            created_at=x.created_at) for x in splits],
    )


def _answer(a: Answer) -> AnswerRecord:
    return AnswerRecord(
        question_id=a.question_id,
        phase_id=a.phase_id,
        question_text=a.question_text,
        parent_question_id=a.parent_question_id,
        person_ref=a.person_id,
        text=a.text,
        value=a.value,
        status=a.status,
        note=a.note,
        created_at=a.created_at,
        updated_at=a.updated_at,
    )


def _opinion(o: StoredOpinion) -> OpinionRecord:
    return OpinionRecord(
        question_id=o.question_id,
        person_ref=o.person_id,
        person_key=o.person_key,
        quote=o.quote or "",
        text=o.text or "",
        kind=o.kind or "positive",
        stance=o.stance,
        status=o.status,
        created_at=o.created_at,
        updated_at=o.updated_at,
    )


def to_json(document: ExportDocument) -> str:
    return document.model_dump_json(indent=2) + "\n"


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` atomically, readable by the user only (it holds client data)."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise TransferError(f"De map {directory} bestaat niet; kies een bestaande map voor het exportbestand.")
    write_atomic(path, data)


# -- CSV: one row per answer, for a spreadsheet ------------------------------------------

CSV_COLUMNS = [
    "client_code",
    "client_label",
    "session_no",
    "session_uuid",
    "session_started_at",
    "session_status",
    "bank_id",
    "bank_version",
    "phase",
    "question_id",
    "question",
    "follow_up_person",
    "answer_status",
    "value",
    "answer",
    "note",
    "persons_named",
    "answered_at",
    "later_notes",  # notes added afterwards about this question, oldest first, separated by " | "
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")  # OWASP: CSV injection
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def _cell(value: Any) -> str:
    """Text as a spreadsheet shows it; a cell that would start a formula gets a leading '."""
    text = "" if value is None else str(value)
    # -2+3+cmd|' /C calc'!A0 starts with a number too: only a plain number stays as it is
    formula = text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(text)
    return "'" + text if formula else text


def to_csv(document: ExportDocument, delimiter: str = ";") -> str:
    """One row per answer (drafts included, marked by their status)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    for client in document.clients:
        names = {p.ref: p.name for p in client.persons if not p.removed}
        for number, session in enumerate(client.sessions, start=1):
            phases, texts = _bank_labels(session.bank_snapshot)
            named: dict[str, list[str]] = {}
            for m in session.mentions:
                if m.person_ref in names and names[m.person_ref] not in named.setdefault(m.question_id, []):
                    named[m.question_id].append(names[m.person_ref])
            later: dict[str, list[str]] = {}
            for n in sorted(session.notes, key=lambda n: n.created_at):
                if n.question_id and n.added_later:
                    later.setdefault(n.question_id, []).append(" ".join(n.text.split()))
            for a in session.answers:
                top = a.parent_question_id or a.question_id
                writer.writerow(
                    _cell(v)
                    for v in (
                        client.code,
                        client.label,
                        number,
                        session.uuid,
                        session.started_at,
                        session.status,
                        session.bank_id,
                        session.bank_version,
                        phases.get(top, a.phase_id),
                        a.question_id,
                        a.question_text or texts.get(a.question_id, ""),
                        names.get(a.person_ref) if a.person_ref else "",
                        a.status,
                        a.value,
                        a.text,
                        a.note,
                        ", ".join(named.get(a.question_id, [])),
                        a.updated_at or a.created_at,
                        " | ".join(later.get(a.question_id, [])),
                    )
                )
    return out.getvalue()


def _bank_labels(snapshot: dict | None) -> tuple[dict[str, str], dict[str, str]]:
    """question id -> phase title, question id -> question text, from a bank snapshot."""
    phases: dict[str, str] = {}
    texts: dict[str, str] = {}
    for phase in (snapshot or {}).get("phases", ()):
        for q in phase.get("questions", ()):
            phases[q.get("id")] = phase.get("title", phase.get("id", ""))
            texts[q.get("id")] = q.get("text", "")
    return phases, texts


def export_to_file(
    store: Store,
    path: Path,
    *,
    client_code: str | None = None,
    session_id: int | None = None,
    fmt: str = "json",
    delimiter: str = ";",
    passphrase: str | None = None,
) -> ExportDocument:
    """Write the export to ``path``; with ``passphrase``, encrypted as a whole (age, see :mod:`sealed`)."""
    document = build_export(store, client_code=client_code, session_id=session_id)
    if fmt == "csv":
        data = ("\ufeff" + to_csv(document, delimiter)).encode("utf-8")  # BOM: Excel reads it as UTF-8
    else:
        data = to_json(document).encode("utf-8")
    if passphrase is not None:
        from quez.portability.sealed import seal

        data = seal(data, passphrase)
    write_private(path, data)
    return document
