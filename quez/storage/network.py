"""The network of a client as the worker shapes it: support kinds, relation quality, ties, layout, plan.

What the worker chooses is stored here and wins over what the summary
suggests (:mod:`quez.network.model` puts the two together). Every write
commits before it returns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, get_args

from quez.storage.db import StoreError, now
from quez.vocabulary import Quality, SupportKind

#: the ecogram's four kinds of support, in the order they are shown, with their letter
SUPPORT_KINDS: tuple[SupportKind, ...] = get_args(SupportKind)
QUALITIES: tuple[Quality, ...] = get_args(Quality)
LAYOUTS: tuple[str, ...] = ("netwerkcirkel", "ringen")


@dataclass
class PersonChoice:
    """The worker's choice for one person; ``None`` = not chosen (the suggestion stands)."""

    person_id: int
    support: tuple[str, ...] | None = None
    quality: str | None = None
    updated_at: str | None = None


@dataclass
class Plan:
    layout: str | None = None
    first_person_id: int | None = None
    first_ask: str = ""
    gives_back: str = ""
    #: person id -> what they could do, in the order the worker added them
    involve: dict[int, str] = field(default_factory=dict)
    updated_at: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.first_person_id or self.first_ask.strip() or self.gives_back.strip() or self.involve)


def _support_text(kinds: Iterable[str]) -> str:
    chosen = set(kinds)
    unknown = chosen - set(SUPPORT_KINDS)
    if unknown:
        raise ValueError(f"unknown support kinds {sorted(unknown)}")
    return ",".join(k for k in SUPPORT_KINDS if k in chosen)


def support_tuple(text: str | None) -> tuple[SupportKind, ...] | None:
    if text is None:
        return None
    return tuple(k for k in SUPPORT_KINDS if k in text.split(","))


class NetworkStore:
    """``NetworkStore(store)``: reads and writes the network tables of one database."""

    def __init__(self, store):
        self.store = store

    def _check_person(self, client_id: int, person_id: int) -> None:
        rows = self.store._query("select client_id from persons where id = ?", [person_id])
        if not rows or rows[0]["client_id"] != client_id:
            raise StoreError(f"Persoon {person_id} hoort niet bij deze cliënt.")

    # -- support and quality ------------------------------------------------------------------
    def choices(self, client_id: int) -> dict[int, PersonChoice]:
        rows = self.store._query("select * from network_persons where client_id = ?", [client_id])
        return {r["person_id"]: PersonChoice(r["person_id"], support_tuple(r["support"]), r["quality"],
                                             r["updated_at"]) for r in rows}

    def _set(self, client_id: int, person_id: int, column: str, value: str | None) -> None:
        self._check_person(client_id, person_id)
        stamp = now()
        with self.store._write() as db:
            db.execute(
                f"insert into network_persons (client_id, person_id, {column}, created_at, updated_at) "
                f"values (?, ?, ?, ?, ?) on conflict(client_id, person_id) do update set {column} = excluded.{column}, "
                "updated_at = excluded.updated_at", [client_id, person_id, value, stamp, stamp])

    def set_support(self, client_id: int, person_id: int, kinds: Iterable[str] | None) -> None:
        """The kinds of support this person gives; ``None`` goes back to what the answers suggest."""
        self._set(client_id, person_id, "support", None if kinds is None else _support_text(kinds))

    def set_quality(self, client_id: int, person_id: int, quality: str | None) -> None:
        if quality is not None and quality not in QUALITIES:
            raise ValueError(f"unknown quality {quality!r}")
        self._set(client_id, person_id, "quality", quality)

    # -- ties ------------------------------------------------------------------------------------
    def ties(self, client_id: int) -> set[tuple[int, int]]:
        rows = self.store._query("select person_a, person_b from network_ties where client_id = ?", [client_id])
        return {(r["person_a"], r["person_b"]) for r in rows}

    def tie_qualities(self, client_id: int) -> dict[tuple[int, int], str]:
        rows = self.store._query("select person_a, person_b, quality from network_ties where client_id = ? "
                                 "and quality is not null", [client_id])
        return {(r["person_a"], r["person_b"]): r["quality"] for r in rows}

    def set_tie_quality(self, client_id: int, a: int, b: int, quality: str | None) -> None:
        """How two persons who know each other get on (``None``: not said); makes the tie if it was missing."""
        if quality is not None and quality not in QUALITIES:
            raise ValueError(f"unknown quality {quality!r}")
        self.set_tie(client_id, a, b)
        with self.store._write() as db:
            db.execute("update network_ties set quality = ?, updated_at = ? where client_id = ? and person_a = ? "
                       "and person_b = ?", [quality, now(), client_id, min(a, b), max(a, b)])

    def set_tie(self, client_id: int, a: int, b: int, present: bool = True) -> None:
        """``a`` and ``b`` know each other (or, with ``present=False``, not any more)."""
        if a == b:
            raise StoreError("Een verbinding is tussen twee verschillende personen.")
        self._check_person(client_id, a)
        self._check_person(client_id, b)
        a, b = min(a, b), max(a, b)
        with self.store._write() as db:
            if present:
                stamp = now()
                db.execute("insert or ignore into network_ties (client_id, person_a, person_b, created_at, "
                           "updated_at) values (?, ?, ?, ?, ?)", [client_id, a, b, stamp, stamp])
            else:
                db.execute("delete from network_ties where client_id = ? and person_a = ? and person_b = ?",
                           [client_id, a, b])

    # -- layout and plan -----------------------------------------------------------------------------
    def plan(self, client_id: int) -> Plan:
        rows = self.store._query("select * from network_plans where client_id = ?", [client_id])
        plan = Plan()
        if rows:
            r = rows[0]
            plan = Plan(r["layout"], r["first_person_id"], r["first_ask"] or "", r["gives_back"] or "",
                        updated_at=r["updated_at"])
        for r in self.store._query("select person_id, could_do from network_plan_persons where client_id = ? "
                                   "order by position, id", [client_id]):
            plan.involve[r["person_id"]] = r["could_do"] or ""
        return plan

    @staticmethod
    def _plan_row(db, client_id: int, **values: Any) -> None:
        stamp = now()
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        updates = ", ".join(f"{c} = excluded.{c}" for c in values)
        db.execute(f"insert into network_plans (client_id, {columns}, created_at, updated_at) "
                   f"values (?, {marks}, ?, ?) on conflict(client_id) do update set {updates}, "
                   "updated_at = excluded.updated_at", [client_id, *values.values(), stamp, stamp])

    def layout(self, client_id: int) -> str:
        rows = self.store._query("select layout from network_plans where client_id = ?", [client_id])
        return rows[0]["layout"] if rows and rows[0]["layout"] in LAYOUTS else LAYOUTS[0]

    def set_layout(self, client_id: int, layout: str) -> None:
        if layout not in LAYOUTS:
            raise ValueError(f"unknown layout {layout!r}")
        with self.store._write() as db:
            self._plan_row(db, client_id, layout=layout)

    def save_plan(self, client_id: int, *, first_person_id: int | None, first_ask: str, gives_back: str,
                  involve: dict[int, str]) -> None:
        """The whole plan at once: whom to ask first and what, what the client gives back, who to involve."""
        for person_id in {*involve, *([first_person_id] if first_person_id else [])}:
            self._check_person(client_id, person_id)
        stamp = now()
        with self.store._write() as db:  # all of it or nothing
            self._plan_row(db, client_id, first_person_id=first_person_id, first_ask=first_ask.strip(),
                           gives_back=gives_back.strip())
            db.execute("delete from network_plan_persons where client_id = ?", [client_id])
            for position, (person_id, could_do) in enumerate(involve.items()):
                db.execute("insert into network_plan_persons (client_id, person_id, could_do, position, updated_at) "
                           "values (?, ?, ?, ?, ?)", [client_id, person_id, could_do.strip(), position, stamp])
