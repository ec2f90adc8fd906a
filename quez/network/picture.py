"""The netwerkcirkel with ties, support letters and relation quality, as lines of characters.

Two layouts, kept per client: ``netwerkcirkel`` (rings of closeness and the
sectors family, friends, neighbours, work/school, professionals; "other" only
when someone is in it) and ``ringen`` (rings only). A label reads
``+Els PE``: the mark says the relation (``+`` warm, ``≈`` tense, ``×``
broken off), the letters the support (P praktische hulp, G gezelschap,
A advies, E emotionele steun). Ties between persons are drawn as lines
(``- | / \\``); a tense relation gets a wavy line (``~``) to the centre.
The client's view (``for_client``) leaves out marks, tension lines and
broken-off persons.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from quez.network import CENTRE_LABEL, RING_RADIUS, SECTORS, ring_canvas


@dataclass
class NetPicture:
    lines: list[str]
    #: (row, first column, last column + 1, category, group id) of every person label
    labels: list[tuple[int, int, int, str, str]] = field(default_factory=list)
    #: (row, column, kind) of every line cell: tie | tense | broken (tense and broken: also between persons)
    strokes: list[tuple[int, int, str]] = field(default_factory=list)
    sector_labels: list[tuple[int, int, int]] = field(default_factory=list)
    overflow: list[str] = field(default_factory=list)


def sectors_for(persons, layout: str) -> list[tuple[str, str]]:
    if layout == "ringen":
        return []
    used_other = any((p.category or "other") not in {c for c, _ in SECTORS[:-1]} for p in persons)
    return [s for s in SECTORS if s[0] != "other" or used_other]


def positions(persons, layout: str) -> dict[str, tuple[float, float]]:
    """Unit-circle coordinates (x right, y up) per group id."""
    sectors = sectors_for(persons, layout)
    index = {cat: i for i, (cat, _label) in enumerate(sectors)}
    buckets: dict[tuple[int, int], list] = {}
    for p in persons:
        ring = p.closeness if p.closeness in RING_RADIUS else 3
        sector = index.get(p.category or "other", index.get("other", 0)) if sectors else 0
        buckets.setdefault((sector, ring), []).append(p)
    width = 2 * math.pi / max(len(sectors), 1)
    out = {}
    for (sector, ring), group in sorted(buckets.items()):
        # rings-only: start each ring at a different angle, so names on neighbouring rings don't line up
        offset = 0 if sectors else (ring - 1) * width / 7
        for k, p in enumerate(group):
            angle = offset + sector * width + width * (k + 0.5 if not sectors else k + 1) / (
                len(group) + (0 if not sectors else 1))
            r = RING_RADIUS[ring]
            out[p.group_id] = (r * math.sin(angle), r * math.cos(angle))
    return out


def label_of(p, for_client: bool = False, limit: int = 12) -> str:
    from quez.textsafety import one_line

    name = one_line(p.name, limit)
    mark = "" if for_client else p.mark
    return f"{mark}{name}" + (f" {p.letters}" if p.letters else "")


def _line(r0: int, c0: int, r1: int, c1: int) -> list[tuple[int, int]]:
    """Cells from (r0, c0) to (r1, c1), Bresenham."""
    cells = []
    dr, dc = abs(r1 - r0), abs(c1 - c0)
    sr, sc = (1 if r1 > r0 else -1), (1 if c1 > c0 else -1)
    err = dc - dr
    r, c = r0, c0
    while True:
        cells.append((r, c))
        if (r, c) == (r1, c1):
            return cells
        e2 = 2 * err
        if e2 > -dr:
            err -= dr
            c += sc
        if e2 < dc:
            err += dc
            r += sr


def _tie_char(dr: int, dc: int) -> str:
    ax, ay = abs(dc), 2 * abs(dr)  # a cell is about twice as tall as wide
    if ay < 0.5 * ax:
        return "-"
    if ax < 0.5 * ay:
        return "|"
    return "/" if (dr < 0) == (dc > 0) else "\\"


class _Canvas:
    """The text grid being drawn on: what is free, writing text, and drawing a line between two points."""

    def __init__(self, width: int, height: int, picture: NetPicture) -> None:
        self.grid, self.taken, self.cell, self.centre = ring_canvas(width, height)
        self.width, self.height, self.picture = width, height, picture

    def fits(self, text: str, col: int, row: int) -> bool:
        if row < 0 or row >= self.height or col < 0 or col + len(text) > self.width:
            return False
        return not any(self.taken[row][c] for c in range(max(col - 1, 0), min(col + len(text) + 1, self.width)))

    def put(self, text: str, col: int, row: int) -> None:
        for i, ch in enumerate(text):
            self.grid[row][col + i] = ch
            self.taken[row][col + i] = True

    def stroke(self, r0: int, c0: int, r1: int, c1: int, kind: str) -> None:
        """A tie ("-", "/", ...), a tense one ("~") or a broken one (one "×" halfway) over the free cells."""
        char = _tie_char(r1 - r0, c1 - c0)
        free = [(r, c) for r, c in _line(r0, c0, r1, c1)
                if 0 <= r < self.height and 0 <= c < self.width and not self.taken[r][c]]
        for n, (r, c) in enumerate(free):
            if kind == "tie":
                self.grid[r][c] = char
            elif kind == "tense":
                self.grid[r][c] = "~"
            elif n == len(free) // 2:  # broken: one cross halfway
                self.grid[r][c] = "×"
            else:
                continue
            self.picture.strokes.append((r, c, kind))


def render_network(persons, ties=(), layout: str = "netwerkcirkel", width: int = 76, height: int = 19,
                   for_client: bool = False, label_width: int = 12, tie_quality=None) -> NetPicture:
    """``persons``: :class:`quez.network.model.NetPerson`-like; ``ties``: pairs of group ids;
    ``tie_quality``: pair -> tense | broken | positive (a tense tie is wavy, a broken one crossed)."""
    if for_client:
        persons = [p for p in persons if p.quality != "broken"]
    picture = NetPicture([])
    canvas = _Canvas(max(width, 30), max(height, 9), picture)
    cx, cy = canvas.centre
    centre = "[jij]" if for_client else f"[{CENTRE_LABEL}]"
    centre_col, centre_row = round(cx - len(centre) / 2), round(cy)
    canvas.put(centre, centre_col, centre_row)
    _sector_labels(canvas, sectors_for(persons, layout))
    anchor = _person_labels(canvas, persons, positions(persons, layout), for_client, label_width)
    for a, b in ties:
        if a in anchor and b in anchor:
            quality = (tie_quality or {}).get((min(a, b), max(a, b)))
            kind = quality if quality in ("tense", "broken") and not for_client else "tie"
            canvas.stroke(*anchor[a], *anchor[b], kind)
    if not for_client:
        for p in persons:
            if p.group_id in anchor and p.quality in ("tense", "broken"):
                canvas.stroke(centre_row, centre_col + len(centre) // 2, *anchor[p.group_id], p.quality)
    picture.lines = ["".join(r).rstrip() for r in canvas.grid]
    return picture


def _sector_labels(canvas: _Canvas, sectors: list[tuple[str, str]]) -> None:
    """Each sector's name near the outer ring, where it fits."""
    for i, (_cat, label) in enumerate(sectors):
        a = 2 * math.pi * (i + 0.5) / len(sectors)
        col, row = canvas.cell(0.97 * math.sin(a), 0.97 * math.cos(a))
        col = min(max(col - len(label) // 2, 0), canvas.width - len(label))
        row = min(max(row, 0), canvas.height - 1)
        if canvas.fits(label, col, row):
            canvas.put(label, col, row)
            canvas.picture.sector_labels.append((row, col, col + len(label)))


def _person_labels(canvas: _Canvas, persons, where, for_client: bool, label_width: int) -> dict[str, tuple[int, int]]:
    """Each person's label at their place, or close by when taken; where each one ended up (or the overflow)."""
    anchor: dict[str, tuple[int, int]] = {}
    for p in persons:
        text = label_of(p, for_client, label_width)
        col, row = canvas.cell(*where[p.group_id])
        col -= len(text) // 2
        for d_row, d_col in ((0, 0), (1, 0), (-1, 0), (0, 3), (0, -3), (1, 3), (-1, -3), (2, 0), (-2, 0)):
            c = min(max(col + d_col, 0), canvas.width - len(text))
            if canvas.fits(text, c, row + d_row):
                canvas.put(text, c, row + d_row)
                canvas.picture.labels.append((row + d_row, c, c + len(text), p.category or "other", p.group_id))
                anchor[p.group_id] = (row + d_row, c + len(text) // 2)
                break
        else:
            canvas.picture.overflow.append(p.name)
    return anchor


def network_legend(for_client: bool = False) -> str:
    if for_client:
        return ("Dichter bij het midden: dichter bij jou. P praktische hulp · G gezelschap · A advies · "
                "E emotionele steun. Een lijn: zij kennen elkaar.")
    return ("Binnen: dichtbij · P praktisch · G gezelschap · A advies · E emotioneel · + warm · "
            "≈ gespannen (~) · × verbroken · lijn: kennen elkaar")
