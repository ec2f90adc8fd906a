"""The network picture (in the spirit of Lensink's netwerkcirkel), without textual.

The client sits at the centre; each relation category has a sector; closeness
decides the ring (1 inner .. 3 outer). :func:`layout` places persons in unit
coordinates; :func:`render_text` draws them as lines of characters (the TUI
widget colours the labels; the Markdown report uses the lines as they are);
the HTML report draws an SVG from the same layout.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from quez.textsafety import one_line
from quez.vocabulary import CATEGORY_LABELS

#: (category, label) per sector, in the vocabulary's order
SECTORS: tuple[tuple[str, str], ...] = tuple(CATEGORY_LABELS.items())
RING_RADIUS = {1: 0.36, 2: 0.62, 3: 0.88}
CENTRE_LABEL = "cliënt"


@dataclass(frozen=True)
class Placed:
    name: str
    category: str
    ring: int
    x: float  # unit circle: -1..1, y up
    y: float
    key: str = ""


@dataclass
class Picture:
    lines: list[str]
    #: (row, first column, last column + 1, category, key) of every label drawn
    labels: list[tuple[int, int, int, str, str]] = field(default_factory=list)
    #: persons that did not fit, by name
    overflow: list[str] = field(default_factory=list)


def sector_of(category: str) -> int:
    for i, (cat, _label) in enumerate(SECTORS):
        if cat == category:
            return i
    return len(SECTORS) - 1


def layout(persons) -> list[Placed]:
    """``persons``: objects with ``name``, ``category``, ``closeness`` (and optionally ``group_id``)."""
    buckets: dict[tuple[int, int], list] = {}
    for p in persons:
        ring = p.closeness if p.closeness in RING_RADIUS else 3
        buckets.setdefault((sector_of(p.category), ring), []).append(p)
    placed: list[Placed] = []
    width = 2 * math.pi / len(SECTORS)
    for (sector, ring), group in sorted(buckets.items()):
        for k, p in enumerate(group):
            # spread over the sector, away from its edges; clockwise from 12 o'clock
            angle = sector * width + width * (k + 1) / (len(group) + 1)
            r = RING_RADIUS[ring]
            placed.append(Placed(p.name, p.category or "other", ring, r * math.sin(angle), r * math.cos(angle),
                                 getattr(p, "group_id", "")))
    return placed


def _short(name: str, limit: int) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def ring_canvas(width: int, height: int):
    """The empty drawing: ``(grid, taken, cell, (cx, cy))`` with the rings dotted in; ``cell(x, y)``
    turns a point of the unit circle into (column, row)."""
    grid = [[" "] * width for _ in range(height)]
    taken = [[False] * width for _ in range(height)]
    cx, cy = (width - 1) / 2, (height - 1) / 2
    sx, sy = (width - 2) / 2, (height - 1) / 2  # a terminal cell is about twice as tall as wide

    def cell(x: float, y: float) -> tuple[int, int]:
        return round(cx + x * sx), round(cy - y * sy)

    for radius in RING_RADIUS.values():
        steps = int(2 * math.pi * radius * sx / 2) + 8
        for i in range(steps):
            a = 2 * math.pi * i / steps
            col, row = cell(radius * math.sin(a), radius * math.cos(a))
            if 0 <= row < height and 0 <= col < width:
                grid[row][col] = "·"
    return grid, taken, cell, (cx, cy)


def render_text(persons, width: int = 76, height: int = 19, label_width: int = 12) -> Picture:
    """The picture as ``height`` lines of ``width`` characters."""
    width, height = max(width, 30), max(height, 9)
    grid, taken, cell, (cx, cy) = ring_canvas(width, height)
    def put(text: str, col: int, row: int, mark: bool = True) -> bool:
        if row < 0 or row >= height or col < 0 or col + len(text) > width:
            return False
        if any(taken[row][c] for c in range(max(col - 1, 0), min(col + len(text) + 1, width))):
            return False
        for i, ch in enumerate(text):
            grid[row][col + i] = ch
            if mark:
                taken[row][col + i] = True
        return True

    centre = f"[{CENTRE_LABEL}]"
    put(centre, round(cx - len(centre) / 2), round(cy))
    picture = Picture([])
    for i, (_cat, label) in enumerate(SECTORS):  # sector names in the outer corners of their sector
        a = 2 * math.pi * (i + 0.5) / len(SECTORS)
        col, row = cell(0.97 * math.sin(a), 0.97 * math.cos(a))
        text = label
        col = min(max(col - len(text) // 2, 0), width - len(text))
        put(text, col, min(max(row, 0), height - 1), mark=True)
        picture.labels.append((min(max(row, 0), height - 1), col, col + len(text), "sector", ""))
    for p in layout(persons):
        text = _short(one_line(p.name, 200), label_width)  # a drawing: names as safe single lines
        col, row = cell(p.x, p.y)
        col -= len(text) // 2
        for d_row, d_col in ((0, 0), (1, 0), (-1, 0), (0, 3), (0, -3), (1, 3), (-1, -3), (2, 0), (-2, 0)):
            c = min(max(col + d_col, 0), width - len(text))
            if put(text, c, row + d_row):
                picture.labels.append((row + d_row, c, c + len(text), p.category, p.key))
                break
        else:
            picture.overflow.append(one_line(p.name, 60))
    picture.lines = ["".join(r).rstrip() for r in grid]
    return picture


def legend() -> str:
    return "Binnen: heel dichtbij · midden: dichtbij · buiten: verder weg of onbekend."
