"""Structured edits of a bank file that keep its comments and layout.

The text is cut into blocks at table headers: the part before the first
``[[phases]]`` (comments, ``[bank]``), then per phase its header block and
one block per ``[[phases.questions]]`` (with its sub-tables such as
``[phases.questions.scale]``). Comment lines directly above a header belong
to that header's block, so moving a question moves its comments with it.
Values inside one block are changed with tomlkit, which keeps comments and
formatting; everything not touched stays byte for byte the same.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import tomli
import tomlkit

from quez.banks.models import QUESTION_KINDS
from quez.errors import QuezError

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\" ]+?)\s*\]\]?\s*(#.*)?$")
EDITABLE_KINDS = ("open", "persons", "yesno", "ties")


class StructureError(QuezError):
    """The edit cannot be made; ``str(exc)`` is a Dutch message for the worker."""


@dataclass
class _Block:
    lines: list[str]  # leading comments, header, body, sub-tables, trailing blank lines


@dataclass
class _Phase:
    head: _Block
    questions: list[_Block] = field(default_factory=list)


def _is_comment(line: str) -> bool:
    return line.lstrip().startswith("#")


def _is_blank(line: str) -> bool:
    return not line.strip()


def _split(text: str) -> tuple[list[str], list[_Phase]]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    chunks: list[tuple[str | None, list[str]]] = [(None, [])]  # (header name, lines)
    multiline: str | None = None
    for line in lines:
        header = None if multiline else _HEADER.match(line)
        if header:
            name = ".".join(part.strip().strip('"') for part in header.group(2).split("."))
            kind = "[[" if header.group(1) == "[[" else "["
            previous = chunks[-1][1]
            lead: list[str] = []
            while previous and _is_comment(previous[-1]):
                lead.insert(0, previous.pop())
            chunks.append((kind + name, [*lead, line]))
        else:
            chunks[-1][1].append(line)
        for delimiter in ('"""', "'''"):
            if line.count(delimiter) % 2 == 1:
                multiline = None if multiline == delimiter else (multiline or delimiter)
    preamble: list[str] = []
    phases: list[_Phase] = []
    for header_name, chunk in chunks:
        if header_name == "[[phases":
            phases.append(_Phase(_Block(chunk)))
        elif header_name == "[[phases.questions" and phases:
            phases[-1].questions.append(_Block(chunk))
        elif phases and header_name and header_name.startswith("[phases.questions.") and phases[-1].questions:
            phases[-1].questions[-1].lines.extend(chunk)
        elif not phases:
            preamble.extend(chunk)
        else:
            raise StructureError(
                f"Deze bank is anders opgebouwd dan gebruikelijk (tabel {(header_name or '').lstrip('[')} "
                "na de fasen); "
                "pas haar aan in de TOML-editor."
            )
    return preamble, phases


def _join(blocks: list[list[str]]) -> str:
    out: list[str] = []
    for lines in blocks:
        if out and lines and not _is_blank(out[-1]):
            out.append("\n")
        out.extend(lines)
    while out and _is_blank(out[-1]):
        out.pop()
    return "".join(out) + ("\n" if out and not out[-1].endswith("\n") else "")


def slug(text: str, limit: int = 40) -> str:
    """An id from a question's text: ``Wie snapt je?`` -> ``wie-snapt-je``."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = re.findall(r"[a-z0-9]+", folded)
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or "vraag"


@dataclass(frozen=True)
class QuestionView:
    id: str
    text: str
    kind: str
    hint: str | None
    follow_ups: tuple[str, ...]


@dataclass(frozen=True)
class PhaseView:
    id: str
    title: str
    questions: tuple[QuestionView, ...]


class BankDocument:
    """A bank file's text with structured, layout-keeping edits."""

    def __init__(self, text: str):
        try:
            tomli.loads(text)
        except tomli.TOMLDecodeError as exc:
            from quez.banks.loader import toml_message

            where = f" op regel {exc.lineno}" if getattr(exc, "lineno", None) else ""
            raise StructureError(
                f"De bank is geen geldige TOML ({toml_message(exc)}{where}); herstel dat eerst in de TOML-editor."
            ) from None
        self._preamble, self._phases = _split(text)
        self._check_matches()

    # -- reading -----------------------------------------------------------------------
    def text(self) -> str:
        blocks = [self._preamble] + [b.lines for p in self._phases for b in (p.head, *p.questions)]
        return _join(blocks)

    def _data(self) -> dict:
        return tomli.loads(self.text())

    def _check_matches(self) -> None:
        data = self._data()
        phases = data.get("phases", [])
        shape = [len(p.get("questions", [])) for p in phases] if isinstance(phases, list) else None
        if shape != [len(p.questions) for p in self._phases]:
            raise StructureError(
                "De vragen van deze bank staan niet elk onder een eigen [[phases.questions]]; "
                "pas haar aan in de TOML-editor."
            )

    def phases(self) -> list[PhaseView]:
        out = []
        for phase in self._data().get("phases", []):
            questions = tuple(
                QuestionView(
                    id=str(q.get("id", "")),
                    text=str(q.get("text", "")),
                    kind=str(q.get("kind", "open")),
                    hint=q.get("hint"),
                    follow_ups=tuple(q.get("follow_ups", ())),
                )
                for q in phase.get("questions", [])
            )
            out.append(PhaseView(str(phase.get("id", "")), str(phase.get("title", "")), questions))
        return out

    def question_ids(self) -> set[str]:
        return {q.id for p in self.phases() for q in p.questions}

    def _block(self, phase: int, question: int) -> _Block:
        try:
            if phase < 0 or question < 0:
                raise IndexError
            return self._phases[phase].questions[question]
        except IndexError:
            raise StructureError(f"Vraag {question + 1} van fase {phase + 1} bestaat niet.") from None

    # -- editing one question ----------------------------------------------------------------
    def update_question(self, phase: int, question: int, **values) -> None:
        """Set ``text``, ``hint`` (None or "" removes it) and/or ``follow_ups`` of one question."""
        block = self._block(phase, question)
        if "text" in values and not str(values["text"] or "").strip():
            raise StructureError("De vraag mag niet leeg zijn.")
        lead, middle, tail = _cut(block.lines)
        doc = tomlkit.parse("".join(middle))
        table = doc["phases"]["questions"][0]
        for key, value in values.items():
            if key not in ("text", "hint", "follow_ups"):
                raise ValueError(f"cannot edit {key!r} here")
            if key == "follow_ups":
                items = [str(f).strip() for f in value or () if str(f).strip()]
                if not items:
                    table.pop("follow_ups", None)
                    continue
                array = tomlkit.array()
                array.extend(items)
                array.multiline(len(items) > 1)
                table["follow_ups"] = array
            elif key == "hint" and not (value or "").strip():
                table.pop("hint", None)
            else:
                table[key] = str(value).strip()
        block.lines = lead + tomlkit.dumps(doc).splitlines(keepends=True) + tail

    # -- adding, removing, moving ------------------------------------------------------------
    def add_question(
        self,
        phase: int,
        text: str,
        *,
        kind: str = "open",
        hint: str | None = None,
        follow_ups: list[str] | tuple[str, ...] = (),
        elicits: list[str] | tuple[str, ...] = (),
        position: int | None = None,
        question_id: str | None = None,
    ) -> str:
        """Add a question (at ``position`` in the phase, default last); returns its new id."""
        if not 0 <= phase < len(self._phases):
            raise StructureError(f"Fase {phase + 1} bestaat niet.")
        if not text.strip():
            raise StructureError("Typ eerst de tekst van de nieuwe vraag.")
        if kind not in QUESTION_KINDS or kind in ("scale", "choice"):
            raise StructureError(f"Soort vraag '{kind}' kan hier niet; kies uit {', '.join(EDITABLE_KINDS)}.")
        taken = self.question_ids()
        base = question_id or slug(text)
        new_id, n = base, 2
        while new_id in taken:
            new_id, n = f"{base}-{n}", n + 1
        lines = [
            "[[phases.questions]]\n",
            f"id = {tomlkit.string(new_id).as_string()}\n",
            f"text = {tomlkit.string(text.strip()).as_string()}\n",
            f"kind = {tomlkit.string(kind).as_string()}\n",
        ]
        if elicits:
            lines.append(f"elicits = {tomlkit.item(list(elicits)).as_string()}\n")
        block = _Block(lines)
        questions = self._phases[phase].questions
        index = len(questions) if position is None else max(0, min(position, len(questions)))
        questions.insert(index, block)
        if hint or follow_ups:
            self.update_question(phase, index, hint=hint, follow_ups=list(follow_ups))
        return new_id

    def remove_question(self, phase: int, question: int) -> None:
        self._block(phase, question)
        questions = self._phases[phase].questions
        if len(questions) == 1:
            raise StructureError("Een fase moet minstens één vraag houden; voeg eerst een andere vraag toe.")
        self._take(phase, question)

    def move_question(self, phase: int, question: int, to_index: int, to_phase: int | None = None) -> None:
        """Move a question within its phase (or to ``to_phase``), keeping its comments with it."""
        self._block(phase, question)
        target = phase if to_phase is None else to_phase
        if not 0 <= target < len(self._phases):
            raise StructureError(f"Fase {target + 1} bestaat niet.")
        if target != phase and len(self._phases[phase].questions) == 1:
            raise StructureError("Een fase moet minstens één vraag houden.")
        block = self._take(phase, question)
        questions = self._phases[target].questions
        questions.insert(max(0, min(to_index, len(questions))), block)

    def _take(self, phase: int, question: int) -> _Block:
        """Remove a question's block; comments after it (about what follows) stay where they were."""
        questions = self._phases[phase].questions
        block = questions.pop(question)
        lead, middle, tail = _cut(block.lines)
        if any(_is_comment(line) for line in tail):
            before = questions[question - 1] if question > 0 else self._phases[phase].head
            kept = list(before.lines)
            while kept and _is_blank(kept[-1]):
                kept.pop()
            before.lines = kept + (tail if _is_blank(tail[0]) else ["\n", *tail])
            block.lines = lead + middle + ["\n"]
        return block

    # -- bank metadata ---------------------------------------------------------------------------
    def bump_version(self) -> str:
        """Raise the bank's version (``1.0`` -> ``1.1``, ``2`` -> ``3``, ``x`` -> ``x.1``)."""
        doc = tomlkit.parse("".join(self._preamble))
        current = str(doc["bank"]["version"]) if "bank" in doc and "version" in doc["bank"] else "0"
        match = re.search(r"(\d+)(\D*)$", current)
        new = f"{current[: match.start(1)]}{int(match.group(1)) + 1}{match.group(2)}" if match else f"{current}.1"
        doc["bank"]["version"] = new
        self._preamble = tomlkit.dumps(doc).splitlines(keepends=True)
        return new


def _cut(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(comments above the header, header to last value, trailing comments and blank lines)."""
    start = 0
    while start < len(lines) and (_is_comment(lines[start]) or _is_blank(lines[start])):
        start += 1
    end = len(lines)
    while end > start + 1 and (_is_comment(lines[end - 1]) or _is_blank(lines[end - 1])):
        end -= 1
    return lines[:start], lines[start:end], lines[end:]
