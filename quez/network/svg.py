"""The netwerkcirkel as SVG (for the HTML letter, the plan and the network report), from the same layout.

Warm relations get a solid green line to the centre, tense ones a dashed
orange zigzag, broken-off ones a grey line with a cross; ties between
persons are thin grey lines. The client's view leaves out quality lines
and broken-off persons.
"""

from __future__ import annotations

import html
import math

from quez.network import RING_RADIUS
from quez.network.picture import positions, sectors_for

COLOURS = {"family": "#c0392b", "friends": "#2e86c1", "neighbours": "#27ae60", "work_school": "#b9770e",
           "professionals": "#7d3c98", "other": "#555555"}
SECTOR_NAMES = {"neighbours": "buren/buurt"}


def _zigzag(x1: float, y1: float, x2: float, y2: float, step: float = 9, amp: float = 4) -> str:
    length = math.hypot(x2 - x1, y2 - y1) or 1
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    points = [f"{x1:.1f},{y1:.1f}"]
    n = max(int(length // step), 2)
    for i in range(1, n):
        side = amp if i % 2 else -amp
        px, py = x1 + ux * step * i - uy * side, y1 + uy * step * i + ux * side
        points.append(f"{px:.1f},{py:.1f}")
    points.append(f"{x2:.1f},{y2:.1f}")
    return " ".join(points)


def network_svg(network, for_client: bool = False, size: int = 600) -> str:
    e = html.escape
    persons = [p for p in network.persons if not (for_client and p.quality == "broken")]
    r0, c = size * 0.42, size / 2
    pad = size * 0.12  # room for the sector names left and right
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{-pad:.0f} 0 {size + 2 * pad:.0f} {size}" role="img" '
             f'aria-label="Netwerkcirkel" font-family="system-ui, Arial, sans-serif">']
    for radius in RING_RADIUS.values():
        parts.append(f'<circle cx="{c}" cy="{c}" r="{radius * r0:.1f}" fill="none" stroke="#bbb"/>')
    sectors = sectors_for(persons, network.layout)
    for i, (cat, label) in enumerate(sectors):
        a = 2 * math.pi * i / len(sectors)
        parts.append(f'<line x1="{c}" y1="{c}" x2="{c + r0 * math.sin(a):.1f}" y2="{c - r0 * math.cos(a):.1f}" '
                     'stroke="#ddd"/>')
        b = 2 * math.pi * (i + 0.5) / len(sectors)
        parts.append(f'<text x="{c + 1.1 * r0 * math.sin(b):.1f}" y="{c - 1.1 * r0 * math.cos(b) + 5:.1f}" '
                     f'text-anchor="middle" font-size="18" fill="{COLOURS[cat]}">'
                     f'{e(SECTOR_NAMES.get(cat, label))}</text>')
    where = {k: (c + x * r0, c - y * r0) for k, (x, y) in positions(persons, network.layout).items()}
    for a, b in network.ties:
        if a in where and b in where:
            (x1, y1), (x2, y2) = where[a], where[b]
            quality = None if for_client else network.quality_of_tie(a, b)
            if quality == "tense":
                parts.append(f'<polyline points="{_zigzag(x1, y1, x2, y2, 7, 3)}" fill="none" stroke="#d35400" '
                             'stroke-width="1.5" stroke-dasharray="4 2"/>')
                continue
            parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#888" '
                         'stroke-width="1.5"/>')
            if quality == "broken":
                parts.append(f'<text x="{(x1 + x2) / 2:.1f}" y="{(y1 + y2) / 2 + 5:.1f}" text-anchor="middle" '
                             'font-size="15" fill="#c0392b">×</text>')
    if not for_client:
        for p in persons:
            x, y = where[p.group_id]
            if p.quality == "positive":
                parts.append(f'<line x1="{c}" y1="{c}" x2="{x:.1f}" y2="{y:.1f}" stroke="#2e8b57" '
                             'stroke-width="2.5" opacity="0.6"/>')
            elif p.quality == "tense":
                parts.append(f'<polyline points="{_zigzag(c, c, x, y)}" fill="none" stroke="#d35400" '
                             'stroke-width="2" stroke-dasharray="6 3"/>')
            elif p.quality == "broken":
                mx, my = (c + x) / 2, (c + y) / 2
                parts.append(f'<line x1="{c}" y1="{c}" x2="{x:.1f}" y2="{y:.1f}" stroke="#999" stroke-width="1.5"/>'
                             f'<text x="{mx:.1f}" y="{my + 6:.1f}" text-anchor="middle" font-size="18" '
                             'fill="#c0392b">×</text>')
    centre = "jij" if for_client else "cliënt"
    parts.append(f'<circle cx="{c}" cy="{c}" r="22" fill="#fff" stroke="#333"/>'
                 f'<text x="{c}" y="{c + 5}" text-anchor="middle" font-weight="bold" font-size="15">{centre}</text>')
    for p in persons:
        x, y = where[p.group_id]
        colour = COLOURS.get(p.category or "other", "#555")
        letters = f" {p.letters}" if p.letters else ""
        mark = "" if for_client else p.mark
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{colour}"/>'
                     f'<text x="{x:.1f}" y="{y - 10:.1f}" text-anchor="middle" font-size="20" '
                     f'paint-order="stroke" stroke="#fff" stroke-width="4">{e(mark + p.name)}'
                     f'<tspan font-weight="bold">{e(letters)}</tspan></text>')
    parts.append("</svg>")
    return "".join(parts)


def map_html(network, date: str | None = None) -> str:
    """The network map for the worker's file: the picture with relations, and every person in a table."""
    from datetime import date as today

    from quez.network.model import LAYOUT_LABELS, QUALITY_LABELS, SUPPORT_LABELS
    from quez.vocabulary import CLOSENESS_LABELS, category_label

    e = html.escape
    stamp = date or today.today().strftime("%d-%m-%Y")
    who = network.client_code + (f" ({network.client_label})" if network.client_label else "")
    rows = []
    for p in network.persons:
        support = ", ".join(SUPPORT_LABELS[k] for k in p.support) or "—"
        quality = QUALITY_LABELS.get(p.quality or "", "—")
        knows = ", ".join(o.name for g in network.tied_to(p.group_id) if (o := network.person(g))) or "—"
        rows.append("<tr>" + "".join(f"<td>{e(v)}</td>" for v in (
            p.name, p.relation or "", category_label(p.category), CLOSENESS_LABELS.get(p.closeness, "—"),
            support + ("" if p.support_chosen else " *"), quality + ("" if p.quality_chosen else " *"), knows))
            + "</tr>")
    css = ("body { font-family: system-ui, Arial, sans-serif; max-width: 52rem; margin: 2rem auto; color: #222; } "
           "svg { max-width: 34rem; display: block; margin: auto; } table { border-collapse: collapse; width: 100%; } "
           "td, th { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; } .muted { color: #555; } "
           "@page { size: A4; margin: 15mm; } @media print { body { margin: 0; } tr { break-inside: avoid; } }")
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
        f"<title>Netwerkkaart {e(who)}</title><style>{css}</style></head><body>",
        f"<h1>Netwerkkaart — {e(who)}</h1>",
        f'<p class="muted">{e(stamp)} · {e(LAYOUT_LABELS.get(network.layout, network.layout))}</p>',
        network_svg(network), '<p class="muted">Binnen: heel dichtbij, buiten: verder weg. P praktische hulp · '
        "G gezelschap · A advies · E emotionele steun. Groene lijn (+): warm; oranje zigzag (≈): gespannen; "
        "grijs met × : verbroken; dunne grijze lijn: kennen elkaar.</p>",
        "<table><tr><th>Naam</th><th>Relatie</th><th>Vak</th><th>Ring</th><th>Steun</th><th>Relatie</th>"
        "<th>Kent</th></tr>", *rows, "</table>",
        '<p class="muted">* uit de antwoorden; zonder * gekozen door de hulpverlener.</p>', "</body></html>", ""])
