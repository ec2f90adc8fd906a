"""Full-text search over answers and notes (SQLite FTS5, see migration m002).

The worker types plain words; :func:`fts_query` turns them into a safe FTS5
expression (every word must occur, each as a prefix, so "Kar" finds
"Karin"; "double quotes" search a phrase). Diacritics are folded by the
tokenizer: "client" finds "cliënt".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from quez.storage.store import Store

#: Markers around the matched words in :attr:`SearchHit.snippet`.
MARK_START, MARK_END = "\x02", "\x03"
_TOKEN = re.compile(r"\w+", re.UNICODE)
_PART = re.compile(r'"([^"]*)"|(\S+)')

HitKind = Literal["answer", "note", "later_note"]


def fts_query(text: str | None) -> str | None:
    """A safe FTS5 MATCH expression for what the worker typed; None if nothing to search."""
    if not text:
        return None
    terms: list[str] = []
    for phrase, word in _PART.findall(text):
        if phrase:
            tokens = _TOKEN.findall(phrase)
            if tokens:
                terms.append('"' + " ".join(tokens) + '"')
        else:
            terms.extend(f'"{token}"*' for token in _TOKEN.findall(word))
    return " ".join(terms) or None


@dataclass(frozen=True)
class SearchHit:
    session_id: int
    client_code: str
    started_at: str
    bank_title: str | None
    kind: HitKind
    question_id: str | None
    question_text: str | None
    snippet: str


def matching_sessions_sql(match: str) -> tuple[str, list[str]]:
    """SQL (``select session_id ...``) for the sessions with a hit, and its parameters."""
    sql = (
        "select a.session_id from answers_fts f join answers a on a.id = f.rowid where answers_fts match ? "
        "union select n.session_id from session_notes_fts g join session_notes n on n.id = g.rowid "
        "where session_notes_fts match ?"
    )
    return sql, [match, match]


def _terms(text: str) -> list[list[str]]:
    """The worker's search as folded word sequences (a phrase is several words)."""
    out: list[list[str]] = []
    for phrase, word in _PART.findall(text or ""):
        if phrase:
            tokens = [fold(t) for t in _TOKEN.findall(phrase)]
            if tokens:
                out.append(tokens)
        else:
            out.extend([fold(t)] for t in _TOKEN.findall(word))
    return out


def fold(word: str) -> str:
    """Lower case without diacritics, as the FTS tokenizer sees a word."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def make_snippet(text: str, search_text: str, width: int = 14) -> str:
    """A short excerpt of ``text`` around the first match, matches between markers."""
    terms = _terms(search_text)
    tokens = list(_TOKEN.finditer(text))
    folded = [fold(t.group()) for t in tokens]
    marked: set[int] = set()
    for term in terms:
        for i in range(len(tokens) - len(term) + 1):
            if len(term) == 1:
                hit = folded[i].startswith(term[0])
            else:
                hit = folded[i : i + len(term)] == term
            if hit:
                marked.update(range(i, i + len(term)))
    if not tokens:
        return text[:200]
    first = min(marked) if marked else 0
    lo = max(0, first - width // 3)
    hi = min(len(tokens), lo + width)
    out, pos = [], tokens[lo].start()
    for i in range(lo, hi):
        token = tokens[i]
        out.append(text[pos : token.start()])
        out.append(f"{MARK_START}{token.group()}{MARK_END}" if i in marked else token.group())
        pos = token.end()
    end = tokens[hi - 1].end()
    tail = text[end : end + 1] if hi == len(tokens) else ""
    snippet = " ".join("".join(out).split()) + tail
    return ("…" if lo > 0 else "") + snippet + ("…" if hi < len(tokens) else "")


_HITS = """
select * from (
  select 'answer' as kind, a.id as rid, a.session_id, a.question_id, a.question_text, a.text, a.note,
         0 as added_later, c.code as client_code, s.started_at, s.bank_title
  from answers_fts f join answers a on a.id = f.rowid join sessions s on s.id = a.session_id
       join clients c on c.id = s.client_id
  where answers_fts match ?{extra}
  union all
  select 'note', n.id, n.session_id, n.question_id, null, n.text, '', n.added_later,
         c.code, s.started_at, s.bank_title
  from session_notes_fts g join session_notes n on n.id = g.rowid join sessions s on s.id = n.session_id
       join clients c on c.id = s.client_id
  where session_notes_fts match ?{extra}
) order by started_at desc, session_id desc, kind, rid
"""


def _hit(row: dict, search_text: str) -> SearchHit:
    terms = _terms(search_text)
    in_text = row["kind"] == "answer" and _contains(row["text"] or "", terms)
    if row["kind"] == "note":
        kind: HitKind = "later_note" if row["added_later"] else "note"
    else:
        kind = "answer" if in_text or not row["note"] else "note"
    source = row["text"] if kind != "note" or row["kind"] == "note" else row["note"]
    return SearchHit(
        session_id=row["session_id"],
        client_code=row["client_code"],
        started_at=row["started_at"],
        bank_title=row["bank_title"],
        kind=kind,
        question_id=row["question_id"],
        question_text=row["question_text"],
        snippet=make_snippet(source or "", search_text),
    )


def _contains(text: str, terms: list[list[str]]) -> bool:
    folded = [fold(t) for t in _TOKEN.findall(text)]
    return any(any(w.startswith(term[0]) for w in folded) for term in terms)


def search(
    store: Store,
    text: str,
    *,
    client_code: str | None = None,
    session_ids: Iterable[int] | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[SearchHit]:
    """Answers and notes matching ``text``, newest session first."""
    match = fts_query(text)
    if match is None:
        return []
    where: list[str] = []
    params: list[Any] = []
    if client_code is not None:
        where.append("c.code = ?")
        params.append(client_code)
    if session_ids is not None:
        ids = [int(i) for i in session_ids]
        if not ids:
            return []
        where.append(f"s.id in ({', '.join('?' for _ in ids)})")
        params.extend(ids)
    extra = (" and " + " and ".join(where)) if where else ""
    sql = _HITS.format(extra=extra) + " limit ? offset ?"
    rows = store._query(sql, [match, *params, match, *params, int(limit), int(offset)])
    return [_hit(r, text) for r in rows]


def first_hits(store: Store, text: str, session_ids: Iterable[int]) -> dict[int, SearchHit]:
    """The first hit in each of ``session_ids``, showing why it matched (one query)."""
    match = fts_query(text)
    ids = [int(i) for i in session_ids]
    if match is None or not ids:
        return {}
    extra = f" and s.id in ({', '.join('?' for _ in ids)})"
    best: dict[int, dict] = {}
    for row in store._query(_HITS.format(extra=extra), [match, *ids, match, *ids]):
        best.setdefault(row["session_id"], row)
    return {sid: _hit(row, text) for sid, row in best.items()}
