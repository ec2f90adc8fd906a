"""Reading question-bank files: TOML (tomli) validated by the pydantic models.

Every problem becomes a :class:`BankProblem` naming the file, the line where
it can be found, the field and what to do; nothing here raises a raw
traceback at the user.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import tomli
from pydantic import ValidationError

from quez.banks.models import ELICITS, QUESTION_KINDS, Bank, Origin, semantic_problems
from quez.errors import QuezError

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class BankProblem:
    """One thing wrong with one bank file."""

    path: Path | None
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = str(self.path) if self.path else "<tekst>"
        if self.line:
            where += f":{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class BankError(QuezError):
    """A bank file could not be used; carries every problem found in it."""

    def __init__(self, path: Path | None, problems: Sequence[BankProblem]):
        self.path = path
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# -- locating fields in the TOML text ------------------------------------------

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\" ]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")


def line_index(text: str) -> dict[Loc, int]:
    """Map locations such as ``("phases", 1, "questions", 0, "kind")`` to 1-based lines.

    Understands the layout the format prescribes (``[bank]``, ``[[phases]]``,
    ``[[phases.questions]]``, sub-tables such as ``[phases.questions.scale]``);
    values inside arrays are located at their key's line.
    """
    index: dict[Loc, int] = {}
    counters: dict[tuple[str, ...], int] = {}
    current: Loc = ()
    array_positions: dict[tuple[str, ...], Loc] = {}
    for lineno, raw in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(raw)
        if header:
            is_array = header.group(1) == "[["
            names = tuple(part.strip().strip('"') for part in header.group(2).split("."))
            loc: list[str | int] = []
            for depth, name in enumerate(names):
                prefix = names[: depth + 1]
                loc.append(name)
                last = depth == len(names) - 1
                if last and is_array:
                    parent = tuple(str(x) for x in loc[:-1])
                    key = (*parent, name)
                    counters[key] = counters.get(key, -1) + 1
                    loc.append(counters[key])
                    array_positions[prefix] = tuple(loc)
                elif not last and prefix in array_positions:
                    loc = list(array_positions[prefix])
            current = tuple(loc)
            index.setdefault(current, lineno)
            continue
        key_match = _KEY.match(raw)
        if key_match:
            index.setdefault((*current, key_match.group(1)), lineno)
    return index


def locate(index: dict[Loc, int], loc: Loc) -> int | None:
    """Best line for ``loc``: the field itself, else its nearest located parent."""
    for end in range(len(loc), 0, -1):
        line = index.get(tuple(loc[:end]))
        if line is not None:
            return line
    return None


def field_name(loc: Loc) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


# -- pydantic errors in plain Dutch ---------------------------------------------

_EXPECTS = {
    "string_type": "moet tekst zijn (tussen aanhalingstekens)",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "list_type": "moet een lijst zijn, zoals [\"a\", \"b\"]",
    "tuple_type": "moet een lijst zijn, zoals [\"a\", \"b\"]",
    "model_type": "moet een tabel zijn",
    "dict_type": "moet een tabel zijn",
    "bool_type": "moet true of false zijn",
}


def _clip(text: str, limit: int = 60) -> str:
    """A value as shown in a message: a huge or multi-line value must not drown it."""
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _dutch(error: dict) -> str:
    kind = error["type"]
    loc = error["loc"]
    last = loc[-1] if loc else ""
    if kind == "missing" and last == "questions":
        return "een fase moet minstens één vraag hebben; voeg een [[phases.questions]] toe"
    if kind == "missing" and last == "phases":
        return "een bank moet minstens één fase hebben; voeg een [[phases]] toe"
    if kind == "missing":
        return f"verplicht veld ontbreekt; voeg '{last} = ...' toe"
    if kind == "extra_forbidden":
        return f"onbekend veld '{last}'; controleer de spelling of verwijder het"
    if kind == "literal_error":
        given = _clip(str(error.get("input")))
        if last == "kind" or (len(loc) >= 2 and loc[-2] == "kind"):
            options = ", ".join(QUESTION_KINDS)
            return f"onbekende soort vraag '{given}'; kies uit: {options}"
        if "elicits" in loc:
            return f"onbekende waarde '{given}' in elicits; kies uit: {', '.join(ELICITS)}"
        return f"onbekende waarde '{given}'"
    if kind == "string_pattern_mismatch":
        return (
            f"ongeldige id '{_clip(str(error.get('input')))}': gebruik kleine letters, cijfers, '-' of '_' "
            "(bijvoorbeeld 'wie-snapt-je')"
        )
    if kind in ("too_short", "string_too_short"):
        if last in ("questions",):
            return "een fase moet minstens één vraag hebben"
        if last in ("phases",):
            return "een bank moet minstens één fase hebben"
        return "mag niet leeg zijn"
    if kind in ("string_too_long", "too_long"):
        return "is te lang"
    if kind in ("greater_than_equal", "less_than_equal"):
        return f"waarde {_clip(repr(error.get('input')))} valt buiten het toegestane bereik"
    if kind == "value_error":
        return str(error.get("ctx", {}).get("error", error["msg"]))
    if kind in _EXPECTS:
        return f"{_EXPECTS[kind]}, niet {_clip(repr(error.get('input')))}"
    return error["msg"]


def _consequence(error: dict, errors: list[dict]) -> bool:
    """A 'too short' list error that only follows from its items being invalid."""
    if error["type"] != "too_short":
        return False
    loc = tuple(error["loc"])
    return any(len(e["loc"]) > len(loc) and tuple(e["loc"][: len(loc)]) == loc for e in errors)


#: invisible characters that steer a terminal or reorder text (newline, tab and CR are fine)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _control_characters(data, loc: Loc = ()) -> list[tuple[Loc, str]]:
    """Texts with escape or other control characters: shown on screen they could steer the terminal."""
    if isinstance(data, str):
        found = _CONTROL.search(data)
        if found:
            code = f"U+{ord(found.group()):04X}"
            return [(loc, f"bevat een onzichtbaar stuurteken ({code}); haal het weg, het kan het scherm verstoren")]
        return []
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    return [problem for key, value in items for problem in _control_characters(value, (*loc, key))]


# -- loading ----------------------------------------------------------------------


#: what the TOML reader says, in Dutch (its own messages are English)
_TOML_MESSAGES = (
    (r"Illegal character '\\n'", "een regel eindigt midden in een tekst (sluit de tekst af met \" op dezelfde "
                                   "regel, of gebruik \"\"\" voor tekst over meer regels)"),
    (r"Illegal character (.*)", "ongeldig teken {0}"),
    (r"Unterminated string", "een tekst zonder afsluitend aanhalingsteken"),
    (r"Invalid value", "ongeldige waarde (tekst hoort tussen aanhalingstekens)"),
    (r"Expected '=' after a key.*", "na een veldnaam hoort een ="),
    (r"Cannot overwrite a value", "een veld staat er twee keer"),
    (r"Cannot declare \('([^']*)',\) twice", "[{0}] staat er twee keer"),
    (r"Cannot declare (.*) twice", "{0} staat er twee keer"),
    (r"Unclosed array", "een lijst zonder afsluitende ]"),
    (r"Unclosed inline table", "een tabel zonder afsluitende }"),
    (r"Invalid statement", "ongeldige regel"),
    (r"Invalid initial character for a key part", "een veldnaam begint met een ongeldig teken"),
    (r"Expected (.*)", "verwacht: {0}"),
    (r"Found invalid character (.*)", "ongeldig teken {0}"),
    (r"Unescaped '\\' in a string", "een losse \\ in een tekst (schrijf \\\\)"),
    (r"Invalid date or datetime", "ongeldige datum"),
    (r"Invalid hex value", "ongeldige code na \\u"),
)


def toml_message(exc: Exception) -> str:
    """A TOML syntax error in Dutch (the reader's own words only when nothing here matches)."""
    message = getattr(exc, "msg", None) or str(exc)
    for pattern, dutch in _TOML_MESSAGES:
        found = re.fullmatch(pattern, message)
        if found:
            return dutch.format(*found.groups())
    return message


class _Raw:
    """Attribute access over a bank's raw TOML tables, with the models' defaults (for semantic checks
    on a bank that did not pass the field checks)."""

    def __init__(self, data, defaults: dict):
        self._data = data if isinstance(data, dict) else {}
        self._defaults = defaults

    def __getattr__(self, name: str):
        value = self._data.get(name, self._defaults.get(name))
        if name in ("phases", "questions"):  # every entry (an odd one empty), so the places stay right
            defaults: dict[str, Any] = {"id": None, "questions": []} if name == "phases" else \
                {"id": None, "kind": "open", "follow_ups": [], "options": [], "scale": None}
            return [_Raw(item, defaults) for item in (value if isinstance(value, list) else [])]
        return value


def _raw_semantic_problems(data) -> list:
    from quez.banks.models import semantic_problems

    try:
        return semantic_problems(cast("Bank", _Raw(data, {"phases": []})))  # _Raw reads like a Bank
    except Exception:  # noqa: BLE001 -- malformed beyond what the checks read: the field errors say it
        return []


def parse_bank(text: str, path: Path | None = None, origin: Origin = "extra") -> Bank:
    """Validate bank TOML text; raise :class:`BankError` with every problem found."""
    text = text.removeprefix("\ufeff")  # a byte-order mark (some Windows editors) is fine
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        message = toml_message(exc)
        if line is None:
            found = re.search(r"line (\d+)", str(exc))
            line = int(found.group(1)) if found else None
        raise BankError(
            path, [BankProblem(path, line, "", f"geen geldige TOML: {message}; controleer aanhalingstekens en haakjes")]
        ) from None
    except RecursionError:
        raise BankError(path, [_too_deep(path)]) from None
    return bank_from_data(data, path, origin, text=text)


def _too_deep(path: Path | None) -> BankProblem:
    return BankProblem(path, None, "", "lijsten of tabellen zijn te diep genest; "
                                       "een vragenbank heeft hooguit een paar niveaus")


#: problems reported per file: all of a normal mistake, never a flood (a broken file can't slow QueZ down)
MAX_PROBLEMS = 20


def _capped(path: Path | None, problems: list[BankProblem], total: int | None = None) -> BankError:
    total = max(total or 0, len(problems))
    if total > MAX_PROBLEMS:
        more = total - MAX_PROBLEMS + 1
        problems = problems[: MAX_PROBLEMS - 1] + [
            BankProblem(path, None, "", f"… en nog {more} problemen; los eerst deze op")]
    return BankError(path, problems)


def bank_from_data(data, path: Path | None = None, origin: Origin = "extra", *, text: str | None = None) -> Bank:
    """Check parsed bank data with every rule a bank file gets (types, structure, placeholders,
    control characters); raise :class:`BankError` with its problems. ``text`` (the TOML) gives lines.

    The import checks a session's bank snapshot with this too: the same rules for the same things.
    """
    def line_of(loc: Loc) -> int | None:
        return locate(index, loc) if text is not None else None

    errors: list[dict] = []
    try:
        bank = Bank.model_validate(data)
    except RecursionError:
        raise BankError(path, [_too_deep(path)]) from None
    except ValidationError as exc:
        errors = [dict(e) for e in exc.errors(include_url=False)]
    if errors:  # outside the except: the error does not keep pydantic's (possibly huge) one alive
        index = line_index(text) if text is not None else {}
        shown = [e for e in errors[: MAX_PROBLEMS * 5] if not _consequence(e, errors)]
        problems = [BankProblem(path, line_of(tuple(e["loc"])), field_name(tuple(e["loc"])), _dutch(e))
                    for e in shown[:MAX_PROBLEMS]]
        # every problem of the file at once, not in rounds: what the field checks could not get to
        # (not about a question the field checks already found wrong: that would follow from it)
        reported = {p.field for p in problems}
        more = []
        for loc, message in _raw_semantic_problems(data):
            question = field_name(loc[:4]) if len(loc) >= 4 and loc[0] == "phases" else field_name(loc)
            if not any(f == question or f.startswith(question + ".") for f in reported):
                more.append(BankProblem(path, line_of(loc), field_name(loc), _clip(message, 300)))
        if text is None or "\\" in text or _CONTROL.search(text):  # control characters: always said
            try:
                more += [BankProblem(path, line_of(loc), field_name(loc), message)
                         for loc, message in _control_characters(data)[:MAX_PROBLEMS]]
            except RecursionError:
                pass
        problems = sorted(problems + more[:MAX_PROBLEMS], key=lambda p: p.line or 0)
        total = len(shown) + len(more) + max(len(errors) - MAX_PROBLEMS * 5, 0)
        raise _capped(path, problems, total=total)
    found = semantic_problems(bank)
    if text is None or "\\" in text or _CONTROL.search(text):  # a parsed text can only hold one the file has,
        found = found + _control_characters(data)               # or an escape made
    if found:  # lines are looked up only for problems (a third of the time of loading a good bank)
        index = line_index(text) if text is not None else {}
        raise _capped(path, [BankProblem(path, line_of(loc), field_name(loc), msg) for loc, msg in found])
    return bank.located(path, origin)


#: a bank is a few kB; anything this big is not a bank (and would be slow to read)
MAX_BANK_BYTES = 512_000


def load_bank(path: Path, origin: Origin = "extra") -> Bank:
    try:
        if path.exists() and not path.is_file():
            kind = "een map" if path.is_dir() else "een speciaal bestand"
            problem = f"geen gewoon bestand maar {kind}; geef een .toml-bestand op"
            raise BankError(path, [BankProblem(path, None, "", problem)])
        if path.exists() and path.stat().st_size > MAX_BANK_BYTES:
            size = path.stat().st_size / 1_000_000
            problem = f"bestand is te groot ({size:.1f} MB) voor een vragenbank"
            raise BankError(path, [BankProblem(path, None, "", problem)])
        text = path.read_text(encoding="utf-8-sig")  # a byte-order mark (some Windows editors) is fine
    except FileNotFoundError:
        raise BankError(path, [BankProblem(path, None, "", "bestand bestaat niet")]) from None
    except UnicodeDecodeError:
        problem = "bestand is geen UTF-8-tekst; sla het op als UTF-8"
        raise BankError(path, [BankProblem(path, None, "", problem)]) from None
    except OSError as exc:
        raise BankError(path, [BankProblem(path, None, "", f"kan bestand niet lezen ({exc.strerror})")]) from None
    return parse_bank(text, path, origin)


def bank_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.glob("*.toml") if p.is_file() and not p.name.startswith("."))


@dataclass
class BankRegistry:
    """Every bank found, by id, plus what could not be loaded and what was overridden."""

    banks: dict[str, Bank] = field(default_factory=dict)
    errors: list[BankError] = field(default_factory=list)
    overridden: list[Bank] = field(default_factory=list)

    def __iter__(self):
        return iter(self.banks.values())

    def __len__(self) -> int:
        return len(self.banks)

    def get(self, bank_id: str) -> Bank | None:
        return self.banks.get(bank_id)

    def add(self, bank: Bank) -> None:
        previous = self.banks.get(bank.id)
        if previous is not None:
            bank._overrides = previous.path
            self.overridden.append(previous)
        self.banks[bank.id] = bank

    def sorted(self) -> list[Bank]:
        return sorted(self.banks.values(), key=lambda b: (b.origin != "bundled", b.title.lower()))


def load_registry(sources: Iterable[tuple[Path, Origin]]) -> BankRegistry:
    """Load every ``*.toml`` in each directory, later directories overriding earlier ones."""
    registry = BankRegistry()
    for directory, origin in sources:
        for path in bank_files(directory):
            try:
                registry.add(load_bank(path, origin))
            except BankError as exc:
                # only the problems are kept: not the traceback, whose frames hold the file's text and data
                exc.__traceback__ = exc.__context__ = exc.__cause__ = None
                registry.errors.append(exc)
    return registry
