"""Import: read, check and merge an export into this database, all or nothing.

Rows are matched by their stable identity (client uuid or code, session,
person, mention and note uuid, answer by session + question id). What is
already here and not older is left alone, so importing the same file twice
changes nothing; a newer version of a row (later ``updated_at``) replaces
the older one, so a session continued on the other laptop comes across.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from quez.portability import TransferError
from quez.portability.checks import check_snapshots, number_out_of_range, short_number
from quez.portability.decisions import (
    _import_opinions,
    _import_person_decisions,
    _import_splits,
    _insert,
    _newer,
    _remap,
    _update,
)
from quez.portability.format import FORMAT_NAME, FORMAT_VERSION, ClientRecord, ExportDocument, SessionRecord

if TYPE_CHECKING:
    from quez.storage.store import Store

NOTHING_CHANGED = "Er is niets veranderd."
MAX_SHOWN_PROBLEMS = 8


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False

    def count(self, bucket: str, kind: str) -> None:
        target = getattr(self, bucket)
        target[kind] = target.get(kind, 0) + 1

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)

    def summary(self) -> str:
        from quez.wording import count_text

        def part(counts: dict[str, int]) -> str:
            return count_text(counts, skip_zero=True) or "niets"

        verb = "Zou toevoegen" if self.dry_run else "Toegevoegd"
        lines = [f"{verb}: {part(self.added)}.", f"Bijgewerkt: {part(self.updated)}."]
        if not self.changed:
            lines = ["Alles stond er al; er is niets veranderd."]
        return "\n".join(lines)


# -- reading and checking -------------------------------------------------------------


def _where(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else ("." if out else "") + str(part)
    return out


def _dutch(error: dict) -> str:
    kind, given = error["type"], error.get("input")
    if kind == "missing":
        return "ontbreekt"
    if kind == "extra_forbidden":
        return "onbekend veld"
    if kind == "literal_error":
        return f"onbekende waarde {str(given)[:40]!r}"
    if kind == "string_pattern_mismatch":
        return "geen geldige uuid"
    if kind in ("string_too_short", "too_short"):
        return "mag niet leeg zijn"
    if kind == "value_error":
        return str(error.get("ctx", {}).get("error", error["msg"]))
    if kind.endswith("_type") or kind.endswith("_parsing"):
        return f"verkeerd soort waarde ({type(given).__name__})"
    return error["msg"]


def parse_document(text: str, source: str = "het bestand") -> ExportDocument:
    """Check an export's text; raise :class:`TransferError` saying exactly what is wrong."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise TransferError(
            f"{source} is geen bruikbaar QueZ-exportbestand: lijsten of objecten zijn te diep genest "
            f"(een export heeft er hooguit een paar niveaus). {NOTHING_CHANGED}"
        ) from None
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        where = f" (regel {line})" if line else ""
        raise TransferError(
            f"{source} is geen QueZ-exportbestand: geen geldige JSON{where}. {NOTHING_CHANGED}"
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise TransferError(
            f"{source} is geen QueZ-exportbestand (maak er een met 'quez export -o BESTAND.json'). {NOTHING_CHANGED}"
        )
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise TransferError(f"{source}: formaatversie ontbreekt of is ongeldig ({version!r}). {NOTHING_CHANGED}")
    if version > FORMAT_VERSION:
        raise TransferError(
            f"{source} is gemaakt met een nieuwere versie van QueZ (formaatversie {version}; deze QueZ kent "
            f"versie {FORMAT_VERSION}). Werk QueZ bij en importeer opnieuw. {NOTHING_CHANGED}"
        )
    too_big = number_out_of_range(data)
    if too_big is not None:
        where, number = too_big
        raise TransferError(
            f"{source} is beschadigd of onvolledig:\n  {where or 'bestand'}: getal {short_number(number)} is te groot "
            f"(een database kan hooguit getallen tot 2^63 bewaren)\n{NOTHING_CHANGED}"
        )
    try:
        document = ExportDocument.model_validate(data)
    except RecursionError:
        raise TransferError(
            f"{source} is beschadigd: lijsten of objecten zijn te diep genest. {NOTHING_CHANGED}"
        ) from None
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        lines = [f"  {_where(tuple(e['loc'])) or 'bestand'}: {_dutch(e)}" for e in errors[:MAX_SHOWN_PROBLEMS]]
        more = len(errors) - MAX_SHOWN_PROBLEMS
        if more > 0:
            from quez.wording import plural

            lines.append(f"  … en nog {plural(more, 'probleem', 'problemen')}")
        raise TransferError(
            f"{source} is beschadigd of onvolledig:\n" + "\n".join(lines) + f"\n{NOTHING_CHANGED}"
        ) from None
    check_snapshots(document, source)
    return document


def read_document(path: Path, passphrase: str | Callable[[], str | None] | None = None) -> ExportDocument:
    """Read and check an export; an encrypted one (age) is opened with ``passphrase``.

    ``passphrase`` may be a function, called only when the file is encrypted.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise TransferError(f"Bestand {path} bestaat niet. {NOTHING_CHANGED}") from None
    except IsADirectoryError:
        raise TransferError(f"{path} is een map; geef een exportbestand (.json) op. {NOTHING_CHANGED}") from None
    from quez.portability import sealed

    if sealed.is_sealed(raw):
        raw = sealed.unseal(raw, passphrase() if callable(passphrase) else passphrase, str(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TransferError(f"{path} is geen QueZ-exportbestand (geen UTF-8-tekst). {NOTHING_CHANGED}") from None
    return parse_document(text, str(path))


# -- merging ------------------------------------------------------------------------------


class _DryRun(Exception):
    pass


def import_document(
    store: Store,
    document: ExportDocument,
    *,
    rename: Mapping[str, str] | None = None,
    merge_same_code: bool = False,
    dry_run: bool = False,
) -> ImportReport:
    """Merge ``document`` into ``store`` in one transaction; on any problem nothing changes.

    A client code that exists here for a *different* client (another uuid)
    is refused, unless ``rename`` gives it another code or
    ``merge_same_code`` says it is the same person.
    """
    rename = dict(rename or {})
    report = ImportReport(dry_run=dry_run)
    targets = _plan_clients(store, document, rename, merge_same_code)
    try:
        with store._write() as db:
            for client, (target_id, code) in zip(document.clients, targets, strict=True):
                _import_client(db, client, target_id, code, report)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return report


def _plan_clients(store, document, rename, merge_same_code) -> list[tuple[int | None, str]]:
    problems, plan = [], []
    for client in document.clients:
        code = rename.get(client.code, client.code)
        by_uuid = store._query("select id, code from clients where uuid = ?", [client.uuid])
        if by_uuid:
            plan.append((by_uuid[0]["id"], by_uuid[0]["code"]))
            continue
        by_code = store._query("select id from clients where code = ?", [code])
        if by_code and not merge_same_code:
            problems.append(
                f"Cliëntcode '{code}' bestaat hier al voor een andere cliënt. Importeer onder een andere code "
                f"(--rename {client.code}=NIEUWE-CODE) of, als het echt dezelfde cliënt is, met --merge."
            )
        plan.append((by_code[0]["id"] if by_code else None, code))
        for session in client.sessions:
            owner = store._query(
                "select c.code from sessions s join clients c on c.id = s.client_id where s.uuid = ?", [session.uuid]
            )
            if owner and owner[0]["code"] != code:
                problems.append(
                    f"Gesprek {session.uuid} staat hier al bij cliënt '{owner[0]['code']}', niet bij '{code}'."
                )
    if problems:
        raise TransferError("\n".join(problems) + f"\n{NOTHING_CHANGED}")
    return plan


def _import_client(db, client: ClientRecord, target_id: int | None, code: str, report: ImportReport) -> None:
    if target_id is None:
        target_id = _insert(
            db, "clients", {"uuid": client.uuid, "code": code, "label": client.label, "created_at": client.created_at}
        )
        report.count("added", "clients")
    else:
        report.count("unchanged", "clients")
        if client.label:
            db.conn.execute("update clients set label = ? where id = ? and label is null", [client.label, target_id])
    refs: dict[int, int] = {}
    changed: list = []  # persons added or updated: their merge decision follows below
    for person in client.persons:
        values = person.model_dump(exclude={"ref", "uuid", "merged_into_ref", "aliases"})
        values.update(confirmed=int(person.confirmed), removed=int(person.removed), adult=int(person.adult))
        local = db.conn.execute(
            "select id, client_id, updated_at from persons where uuid = ?", [person.uuid]
        ).fetchone()
        if local and local[1] != target_id:
            raise TransferError(
                f"Persoon {person.uuid} hoort hier bij een andere cliënt dan '{code}'; het bestand klopt niet. "
                + NOTHING_CHANGED
            )
        if not local:
            refs[person.ref] = _insert(db, "persons", {"uuid": person.uuid, "client_id": target_id, **values})
            report.count("added", "persons")
            changed.append(person)
            continue
        refs[person.ref] = local[0]
        if _newer(person.updated_at, local[2]):
            _update(db, "persons", local[0], values)
            report.count("updated", "persons")
            changed.append(person)
        else:
            report.count("unchanged", "persons")
    _import_person_decisions(db, client, target_id, refs, changed, report)
    from quez.portability.network import import_network

    import_network(db, client.network, target_id, refs, report)
    for session in client.sessions:
        _import_session(db, session, target_id, refs, report)


def _session_values(session: SessionRecord, refs: Mapping[int, int]) -> dict[str, Any]:
    snapshot = (
        json.dumps(session.bank_snapshot, ensure_ascii=False, separators=(",", ":"))
        if session.bank_snapshot is not None
        else None
    )
    values = session.model_dump(include={"bank_id", "bank_version", "bank_title", "status", "started_at",
                                         "updated_at", "ended_at", "elapsed_seconds", "reopened_at"})
    values.update(bank_snapshot=snapshot, current_question=_remap(session.current_question, refs))
    return values


def _import_session(db, session: SessionRecord, client_id: int, refs: Mapping[int, int], report: ImportReport) -> None:
    conn = db.conn
    local = conn.execute("select id, updated_at from sessions where uuid = ?", [session.uuid]).fetchone()
    if not local:
        values = {"uuid": session.uuid, "client_id": client_id, **_session_values(session, refs)}
        session_id = _insert(db, "sessions", values)
        report.count("added", "sessions")
    else:
        session_id = local[0]
        if _newer(session.updated_at, local[1]):
            values = _session_values(session, refs)
            values.pop("bank_snapshot")  # the bank a session was held with never changes
            _update(db, "sessions", session_id, values)
            report.count("updated", "sessions")
        else:
            report.count("unchanged", "sessions")
    here = {
        row[0]: (row[1], row[2] or row[3])
        for row in conn.execute("select question_id, id, updated_at, created_at from answers where session_id = ?",
                                [session_id])
    }
    for answer in session.answers:
        values = answer.model_dump(exclude={"person_ref"})
        values.update(
            question_id=_remap(answer.question_id, refs),
            person_id=refs.get(answer.person_ref) if answer.person_ref is not None else None,
        )
        existing = here.get(values["question_id"])
        if existing is None:
            _insert(db, "answers", {"session_id": session_id, **values})
            report.count("added", "answers")
        elif _newer(answer.updated_at or answer.created_at, existing[1]):
            _update(db, "answers", existing[0], values)
            report.count("updated", "answers")
        else:
            report.count("unchanged", "answers")
    known = {row[0] for row in conn.execute("select uuid from mentions where session_id = ?", [session_id])}
    for mention in session.mentions:
        if mention.uuid in known:
            report.count("unchanged", "mentions")
            continue
        _insert(
            db,
            "mentions",
            {
                "uuid": mention.uuid,
                "person_id": refs[mention.person_ref],
                "session_id": session_id,
                "question_id": _remap(mention.question_id, refs),
                "source": mention.source,
                "quote": mention.quote,
                "created_at": mention.created_at,
            },
        )
        report.count("added", "mentions")
    known = {row[0] for row in conn.execute("select uuid from session_notes where session_id = ?", [session_id])}
    for note in session.notes:
        if note.uuid in known:
            report.count("unchanged", "notes")
            continue
        values = note.model_dump()
        values.update(question_id=_remap(note.question_id, refs), added_later=int(note.added_later))
        _insert(db, "session_notes", {"session_id": session_id, **values})
        report.count("added", "notes")
    _import_opinions(db, session, session_id, client_id, refs, report)
    _import_splits(db, session, session_id, client_id, refs, report)
