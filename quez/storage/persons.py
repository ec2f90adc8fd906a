"""The worker's decisions about persons and opinions, and the extraction cache.

Persons found in answer text live only in the extraction cache until the
worker decides something about one: then it becomes a row in ``persons``
(confirmed, renamed or removed) and the names it was found under become
``person_aliases`` pointing at that row, so later extraction finds it again.
The worker's decision always wins over automatic merging.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, get_args

from quez.storage.db import StoreError, now
from quez.storage.journal import journaled
from quez.storage.records import StoredOpinion, record
from quez.vocabulary import OpinionStatus


@dataclass
class PersonRef:
    """A person as the summary shows it: a stored row (``person_id``) or only found in text."""

    name: str
    relation: str | None = None
    category: str = "other"
    closeness: int | None = None
    person_id: int | None = None
    #: the keys this person was found under, with a label each ("n:els": "Els")
    keys: dict[str, str] = field(default_factory=dict)
    adult: bool = False  # the worker marked this person as an adult (a grown-up son or daughter)


#: the worker's verdicts on an opinion: found ones confirmed, rejected or moved (to another person, who then
#: has it as ``added``); ``added``: typed by the worker, or moved here (a person id, or none: "niemand")
OPINION_STATUSES: tuple[OpinionStatus, ...] = get_args(OpinionStatus)


def name_pair(name: str, other: str) -> tuple[str, str]:
    """Two names as the worker's "keep apart" decision stores them: folded, in order."""
    from quez.extraction.lexicon import fold

    a, b = sorted((fold(name), fold(other)))
    return a, b


@dataclass
class OpinionRef:
    """One opinion in a summary, as the worker's decisions identify it."""

    session_id: int
    question_id: str
    quote: str
    person_id: int | None = None  # the holder, when stored
    key: str | None = None  # else the key it was found under ("n:els")
    text: str = ""
    kind: str = "positive"
    stance: str | None = None
    added_id: int | None = None  # an opinion the worker added (or moved): its row in ``opinions``


class PersonDecisions:
    """``PersonDecisions(store)``: every write commits before it returns."""

    def __init__(self, store):
        self.store = store

    # -- reading ---------------------------------------------------------------------------
    def aliases(self, client_id: int) -> dict[str, int]:
        rows = self.store._query("select key, person_id from person_aliases where client_id = ?", [client_id])
        return {r["key"]: r["person_id"] for r in rows}

    def merged_into(self, client_id: int) -> dict[int, int]:
        rows = self.store._query(
            "select id, merged_into from persons where client_id = ? and merged_into is not null", [client_id])
        return {r["id"]: r["merged_into"] for r in rows}

    def verdicts(self, client_id: int, session_ids: Sequence[int] | None = None) -> list[StoredOpinion]:
        """The worker's verdicts on opinions, and the opinions the worker added, as stored."""
        sql, params = "select * from opinions where client_id = ?", [client_id]
        if session_ids is not None:
            sql += f" and session_id in ({', '.join('?' for _ in session_ids)})"
            params.extend(session_ids)
        return [record(StoredOpinion, r) for r in self.store._query(sql + " order by id", params)]

    def splits(self, client_id: int, session_ids: Sequence[int]) -> dict[tuple[int, str, str], int]:
        """``(session, question, key) -> person id``: a person split off by answer."""
        marks = ", ".join("?" for _ in session_ids)
        rows = self.store._query(f"select * from person_splits where client_id = ? and session_id in ({marks})",
                                 [client_id, *session_ids])
        return {(r["session_id"], r["question_id"], r["key"]): r["person_id"] for r in rows}

    def kept_apart(self, client_id: int) -> set[tuple[str, str]]:
        """Pairs of folded names the worker said are different persons."""
        rows = self.store._query("select a, b from person_distinct where client_id = ?", [client_id])
        return {(r["a"], r["b"]) for r in rows}

    def adults(self, client_id: int) -> set[int]:
        rows = self.store._query("select id from persons where client_id = ? and adult = 1", [client_id])
        return {r["id"] for r in rows}

    # -- decisions ---------------------------------------------------------------------------
    def ensure(self, client_id: int, ref: PersonRef, *, confirmed: bool = False) -> int:
        """The stored row for ``ref``, created (with its aliases) if it was only found in text."""
        if ref.person_id is not None:
            if ref.keys:
                self.add_aliases(client_id, ref.person_id, ref.keys)
            return ref.person_id
        person = self.store.add_person(client_id, ref.name, ref.relation, ref.category, ref.closeness,
                                       confirmed=confirmed)
        self.add_aliases(client_id, person.id, ref.keys)
        ref.person_id = person.id
        return person.id

    def add_aliases(self, client_id: int, person_id: int, keys: Iterable[str]) -> None:
        stamp = now()
        with self.store._write() as db:
            for key in keys:
                db.execute(
                    "insert into person_aliases (client_id, person_id, key, created_at) values (?, ?, ?, ?) "
                    "on conflict(client_id, key) do update set person_id = excluded.person_id",
                    [client_id, person_id, key, stamp],
                )

    @journaled("confirm")
    def confirm(self, client_id: int, ref: PersonRef) -> int:
        person_id = self.ensure(client_id, ref, confirmed=True)
        self.store.update_person(person_id, confirmed=1, removed=0)
        return person_id

    @journaled("rename")
    def rename(self, client_id: int, ref: PersonRef, name: str, relation: str | None = None,
               category: str | None = None, closeness: int | None = None, adult: bool | None = None) -> int:
        """New name (and relation, category, closeness); the old names still find this person."""
        from quez.extraction.lexicon import fold

        name = (name or "").strip()
        if not name:
            raise StoreError("Geef een naam of omschrijving op (bijvoorbeeld 'Els' of 'de buurvrouw').")
        person_id = self.ensure(client_id, ref, confirmed=True)
        values: dict[str, Any] = {"name": name, "relation": (relation or "").strip() or None, "confirmed": 1}
        if category:
            values["category"] = category
        values["closeness"] = closeness
        if adult is not None:
            values["adult"] = int(adult)
        self.store.update_person(person_id, **values)
        self.add_aliases(client_id, person_id, ["n:" + fold(name)])
        return person_id

    @journaled("set_place")
    def set_place(self, client_id: int, ref: PersonRef, category: str, closeness: int | None) -> int:
        person_id = self.ensure(client_id, ref, confirmed=True)
        self.store.update_person(person_id, category=category, closeness=closeness, confirmed=1)
        return person_id

    @journaled("remove")
    def remove(self, client_id: int, ref: PersonRef) -> int:
        """Not a person (or not relevant): hidden from summaries, also when found again."""
        person_id = self.ensure(client_id, ref)
        self.store.update_person(person_id, removed=1)
        return person_id

    def restore(self, person_id: int) -> None:
        self.store.update_person(person_id, removed=0)

    @journaled("merge")
    def merge(self, client_id: int, source: PersonRef, target: PersonRef) -> int:
        """``source`` is the same person as ``target``: everything of ``source`` goes to ``target``."""
        target_id = self.ensure(client_id, target, confirmed=True)
        if source.person_id == target_id:
            return target_id
        self.add_aliases(client_id, target_id, source.keys)
        if source.person_id is not None:
            source_id = source.person_id
            with self.store._write() as db:
                db.execute("update mentions set person_id = ? where person_id = ?", [target_id, source_id])
                db.execute("update person_aliases set person_id = ? where person_id = ?", [target_id, source_id])
                db.execute("update opinions set person_id = ? where person_id = ?", [target_id, source_id])
                db.execute("update persons set merged_into = ? where merged_into = ?", [target_id, source_id])
                db.execute("update persons set removed = 1, merged_into = ?, updated_at = ? where id = ?",
                           [target_id, now(), source_id])
        self.store.update_person(target_id, confirmed=1)
        return target_id

    @journaled("split")
    def split(self, client_id: int, ref: PersonRef, key: str, name: str | None = None) -> int:
        """What was found under ``key`` is someone else than ``ref``: a new person of its own."""
        from quez.extraction.lexicon import relation_info

        if key not in ref.keys:
            raise StoreError("Die vermelding hoort niet bij deze persoon.")
        if len(ref.keys) < 2 and ref.person_id is None:
            raise StoreError("Deze persoon is maar onder één naam gevonden; er valt niets af te splitsen.")
        self.ensure(client_id, ref, confirmed=True)
        label = name or ref.keys[key]
        relation = None
        info = None
        if key.startswith(("r:", "o:")):
            relation = label.split()[-1] if not key.startswith("o:") else None
            info = relation_info(key[2:].split(":")[0])
        person = self.store.add_person(client_id, label, relation, info[1] if info else "other",
                                       info[2] if info else None, confirmed=True)
        self.add_aliases(client_id, person.id, [key])
        return person.id

    @journaled("set_verdict")
    def set_verdict(self, client_id: int, session_id: int, question_id: str, quote: str, status: str, *,
                    person_id: int | None = None, person_key: str | None = None, text: str = "",
                    kind: str = "positive", stance: str | None = None) -> None:
        """The worker confirms (``confirmed``) or rejects (``rejected``) an opinion, or adds one (``added``)."""
        if status not in OPINION_STATUSES:
            raise ValueError(f"unknown opinion status {status!r}")
        stamp = now()
        with self.store._write() as db:
            existing = list(db.query(
                "select id from opinions where client_id = ? and session_id = ? and question_id = ? and quote = ? "
                "and coalesce(person_id, -1) = coalesce(?, -1) and coalesce(person_key, '') = coalesce(?, '')",
                [client_id, session_id, question_id, quote, person_id, person_key]))
            if existing:
                db.execute("update opinions set status = ?, updated_at = ? where id = ?",
                           [status, stamp, existing[0]["id"]])
            else:
                db["opinions"].insert({
                    "client_id": client_id, "session_id": session_id, "question_id": question_id,
                    "person_id": person_id, "person_key": person_key, "quote": quote, "text": text or quote,
                    "kind": kind, "stance": stance, "status": status, "created_at": stamp, "updated_at": stamp,
                })

    @journaled("keep_apart")
    def keep_apart(self, client_id: int, name: str, other: str) -> None:
        """``name`` and ``other`` look alike but are two persons: stop offering them as one."""
        a, b = sorted(name_pair(name, other))
        with self.store._write() as db:
            db.execute("insert or ignore into person_distinct (client_id, a, b, created_at) values (?, ?, ?, ?)",
                       [client_id, a, b, now()])

    # -- opinions ------------------------------------------------------------------------------
    @journaled("judge")
    def judge(self, client_id: int, opinion: OpinionRef, status: str) -> None:
        """Confirm or reject one opinion; whether its person is confirmed does not change."""
        if opinion.added_id is not None:
            self._update_opinion(opinion.added_id, status="added" if status == "confirmed" else status)
            return
        self.set_verdict(client_id, opinion.session_id, opinion.question_id, opinion.quote, status,
                         person_id=opinion.person_id, person_key=None if opinion.person_id else opinion.key,
                         text=opinion.text, kind=opinion.kind, stance=opinion.stance)

    @journaled("move_opinion")
    def move_opinion(self, client_id: int, opinion: OpinionRef, target: PersonRef | None) -> int | None:
        """The opinion is someone else's (``target``), or no one's in particular (None: "niemand")."""
        target_id = self.ensure(client_id, target) if target is not None else None
        if opinion.added_id is not None:
            self._update_opinion(opinion.added_id, person_id=target_id, person_key=None)
            return target_id
        self.judge(client_id, opinion, "moved")
        # with its new person it is the client's words: the quote, not what the question asked
        self._add(client_id, replace(opinion, text=opinion.quote or opinion.text), target_id)
        return target_id

    @journaled("add_opinion")
    def add_opinion(self, client_id: int, session_id: int, question_id: str, quote: str,
                    target: PersonRef | None, kind: str = "positive") -> int | None:
        """An opinion the worker reads in an answer, with its quote (the worker's words win)."""
        quote = " ".join((quote or "").split())
        if not quote:
            raise StoreError("Typ de uitspraak zoals de cliënt die zei "
                             "(bijvoorbeeld: ‘zij zegt dat ik een vechter ben’).")
        target_id = self.ensure(client_id, target) if target is not None else None
        self._add(client_id, OpinionRef(session_id, question_id, quote, text=quote, kind=kind), target_id)
        return target_id

    def _add(self, client_id: int, opinion: OpinionRef, person_id: int | None) -> None:
        stamp = now()
        with self.store._write() as db:
            db["opinions"].insert({
                "client_id": client_id, "session_id": opinion.session_id, "question_id": opinion.question_id,
                "person_id": person_id, "person_key": None, "quote": opinion.quote,
                "text": opinion.text or opinion.quote, "kind": opinion.kind, "stance": opinion.stance,
                "status": "added", "created_at": stamp, "updated_at": stamp,
            })

    def _update_opinion(self, opinion_id: int, **values: Any) -> None:
        sets = ", ".join(f"{c} = ?" for c in values)
        with self.store._write() as db:
            db.execute(f"update opinions set {sets}, updated_at = ? where id = ?",
                       [*values.values(), now(), opinion_id])

    @journaled("split_answer")
    def split_answer(self, client_id: int, ref: PersonRef, session_id: int, question_id: str, name: str) -> int:
        """In this one answer, ``ref`` is someone else (another Els): a new person, named ``name``."""
        name = (name or "").strip()
        if not name:
            raise StoreError("Geef de andere persoon een naam of omschrijving (bijvoorbeeld ‘Els van het werk’).")
        person_id = self.ensure(client_id, ref, confirmed=True)
        other = self.store.add_person(client_id, name, ref.relation, ref.category, ref.closeness, confirmed=True)
        stamp = now()
        with self.store._write() as db:
            where = "person_id = ? and session_id = ? and question_id = ?"
            for table in ("mentions", "opinions"):
                db.execute(f"update {table} set person_id = ? where {where}",
                           [other.id, person_id, session_id, question_id])
            for key in ref.keys:
                db.execute("insert into person_splits (client_id, session_id, question_id, key, person_id, "
                           "created_at) values (?, ?, ?, ?, ?, ?) on conflict(client_id, session_id, question_id, key) "
                           "do update set person_id = excluded.person_id",
                           [client_id, session_id, question_id, key, other.id, stamp])
        return other.id


# -- the extraction cache -----------------------------------------------------------------------


@dataclass(frozen=True)
class CachedExtraction:
    """What was found in an answer, as it was when the answer was last changed (``answer_updated_at``)."""

    answer_updated_at: str | None
    version: int
    data: str  # JSON


def cached_extractions(store, answer_ids: Sequence[int]) -> dict[int, CachedExtraction]:
    """Answer id -> its cached extraction, for the ids that are cached."""
    result: dict[int, CachedExtraction] = {}
    ids = list(answer_ids)
    for i in range(0, len(ids), 900):
        chunk = ids[i: i + 900]
        rows = store._query(f"select answer_id, answer_updated_at, version, data from extractions where answer_id in "
                            f"({', '.join('?' for _ in chunk)})", chunk)
        for r in rows:
            result[r["answer_id"]] = CachedExtraction(r["answer_updated_at"], r["version"], r["data"])
    return result


def save_extractions(store, rows: Iterable[tuple[int, str | None, int, dict]]) -> None:
    """Store ``(answer id, answer updated_at, version, data)``; a failure only costs speed."""
    import sqlite3

    encoded = [(a, u, v, json.dumps(d, ensure_ascii=False, separators=(",", ":"))) for a, u, v, d in rows]
    if not encoded:
        return
    try:
        with store._write() as db:
            db.conn.executemany(
                "insert or replace into extractions (answer_id, answer_updated_at, version, data) values (?, ?, ?, ?)",
                encoded)
    except (StoreError, sqlite3.Error):
        pass  # read-only or busy database: the summary is still right, just not cached
