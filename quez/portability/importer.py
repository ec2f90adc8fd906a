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
from quez.portability.decisions import _import_opinions, _import_person_decisions, _import_splits, _newer, _remap
from quez.portability.format import FORMAT_NAME, FORMAT_VERSION, ClientRecord, ExportDocument, SessionRecord

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

    from quez.storage.store import Store
    from quez.storage.transfer import ImportRows

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


def _dutch(error: ErrorDetails) -> str:
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
    from quez.storage.transfer import merging

    rename = dict(rename or {})
    report = ImportReport(dry_run=dry_run)
    targets = _plan_clients(store, document, rename, merge_same_code)
    try:
        with merging(store) as rows:
            for client, (target_id, code) in zip(document.clients, targets, strict=True):
                _import_client(rows, client, target_id, code, report)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return report


def _plan_clients(store, document, rename, merge_same_code) -> list[tuple[int | None, str]]:
    from quez.storage.transfer import client_by_uuid, session_owner

    problems: list[str] = []
    plan: list[tuple[int | None, str]] = []
    for client in document.clients:
        code = rename.get(client.code, client.code)
        same = client_by_uuid(store, client.uuid)
        if same is not None:
            plan.append((same.id, same.code))
            continue
        by_code = store.client(code)
        if by_code is not None and not merge_same_code:
            problems.append(
                f"Cliëntcode '{code}' bestaat hier al voor een andere cliënt. Importeer onder een andere code "
                f"(--rename {client.code}=NIEUWE-CODE) of, als het echt dezelfde cliënt is, met --merge."
            )
        plan.append((by_code.id if by_code is not None else None, code))
        for session in client.sessions:
            owner = session_owner(store, session.uuid)
            if owner is not None and owner != code:
                problems.append(
                    f"Gesprek {session.uuid} staat hier al bij cliënt '{owner}', niet bij '{code}'."
                )
    if problems:
        raise TransferError("\n".join(problems) + f"\n{NOTHING_CHANGED}")
    return plan


def _import_client(rows: ImportRows, client: ClientRecord, target_id: int | None, code: str,
                   report: ImportReport) -> None:
    if target_id is None:
        target_id = rows.add_client({"uuid": client.uuid, "code": code, "label": client.label,
                                     "created_at": client.created_at})
        report.count("added", "clients")
    else:
        report.count("unchanged", "clients")
        if client.label:
            rows.fill_client_label(target_id, client.label)
    refs: dict[int, int] = {}
    changed: list = []  # persons added or updated: their merge decision follows below
    for person in client.persons:
        values = person.model_dump(exclude={"ref", "uuid", "merged_into_ref", "aliases"})
        values.update(confirmed=int(person.confirmed), removed=int(person.removed), adult=int(person.adult))
        local = rows.person(person.uuid)
        if local is not None and local.client_id != target_id:
            raise TransferError(
                f"Persoon {person.uuid} hoort hier bij een andere cliënt dan '{code}'; het bestand klopt niet. "
                + NOTHING_CHANGED
            )
        if local is None:
            refs[person.ref] = rows.add_person({"uuid": person.uuid, "client_id": target_id, **values})
            report.count("added", "persons")
            changed.append(person)
            continue
        refs[person.ref] = local.id
        if _newer(person.updated_at, local.updated_at):
            rows.update_person(local.id, values)
            report.count("updated", "persons")
            changed.append(person)
        else:
            report.count("unchanged", "persons")
    _import_person_decisions(rows, client, target_id, refs, changed, report)
    from quez.portability.network import import_network

    import_network(rows, client.network, target_id, refs, report)
    for session in client.sessions:
        _import_session(rows, session, target_id, refs, report)


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


def _import_session(rows: ImportRows, session: SessionRecord, client_id: int, refs: Mapping[int, int],
                    report: ImportReport) -> None:
    local = rows.session(session.uuid)
    if local is None:
        values = {"uuid": session.uuid, "client_id": client_id, **_session_values(session, refs)}
        session_id = rows.add_session(values)
        report.count("added", "sessions")
    else:
        session_id = local.id
        if _newer(session.updated_at, local.updated_at):
            values = _session_values(session, refs)
            values.pop("bank_snapshot")  # the bank a session was held with never changes
            rows.update_session(session_id, values)
            report.count("updated", "sessions")
        else:
            report.count("unchanged", "sessions")
    here = rows.answers(session_id)
    for answer in session.answers:
        values = answer.model_dump(exclude={"person_ref"})
        values.update(
            question_id=_remap(answer.question_id, refs),
            person_id=refs.get(answer.person_ref) if answer.person_ref is not None else None,
        )
        existing = here.get(values["question_id"])
        if existing is None:
            rows.add_answer({"session_id": session_id, **values})
            report.count("added", "answers")
        elif _newer(answer.updated_at or answer.created_at, existing.updated_at):
            rows.update_answer(existing.id, values)
            report.count("updated", "answers")
        else:
            report.count("unchanged", "answers")
    known = rows.mention_uuids(session_id)
    for mention in session.mentions:
        if mention.uuid in known:
            report.count("unchanged", "mentions")
            continue
        rows.add_mention(
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
    known = rows.note_uuids(session_id)
    for note in session.notes:
        if note.uuid in known:
            report.count("unchanged", "notes")
            continue
        values = note.model_dump()
        values.update(question_id=_remap(note.question_id, refs), added_later=int(note.added_later))
        rows.add_note({"session_id": session_id, **values})
        report.count("added", "notes")
    _import_opinions(rows, session, session_id, client_id, refs, report)
    _import_splits(rows, session, session_id, client_id, refs, report)
