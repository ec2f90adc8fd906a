"""A summary as JSON, Markdown or HTML (self-contained, printable, escaped).

The JSON shape is stable (documented in README.md, "Summary JSON"): the keys
``session``, ``client``, ``persons`` (name, relation, category, mentions,
questions, opinions) and ``opinions`` (person, text, question) never change
meaning; more keys may be added.
"""

from __future__ import annotations

import html
import json
import math
from typing import TYPE_CHECKING, Any

from quez.network import RING_RADIUS, SECTORS, layout, legend, render_text
from quez.summary import Summary
from quez.summary_advice import ROLE_PHRASES
from quez.vocabulary import CLOSENESS_LABELS, answer_status_label, category_label, session_status_label
from quez.wording import local_time

if TYPE_CHECKING:
    from quez.network import Picture
    from quez.network.picture import NetPicture

FORMATS = ("json", "markdown", "html")
UNATTRIBUTED_TITLE = "Uitspraken bij niemand in het bijzonder"
WISHES_TITLE = "Wat de cliënt zelf wil, in eigen woorden"
NOTES_TITLE = "Notities van de werker"


def _note_where(n) -> str:
    where = f"bij: {n.question_text}" if n.question_id else "bij het gesprek"
    return where + (", later toegevoegd" if n.added_later else "")


def _minutes(seconds: int) -> str:
    return f"{max(0, seconds) // 60} min"


def to_data(summary: Summary) -> dict[str, Any]:
    def session(s) -> dict[str, Any]:
        return {"id": s.id, "bank": s.bank_title, "started_at": s.started_at, "status": s.status,
                "elapsed_seconds": s.elapsed_seconds}

    def opinion(o) -> dict[str, Any]:
        return {"person": o.person, "text": o.text, "question": o.question_id, "question_text": o.question_text,
                "quote": o.quote, "session": o.session_id, "kind": o.kind, "stance": o.stance,
                "role": ROLE_PHRASES.get(o.stance or ""), "confidence": round(o.confidence, 2), "source": o.source,
                "confirmed": o.status in ("confirmed", "added")}

    return {
        "session": session(summary.session) if summary.session else None,
        "client": {"code": summary.client_code, "label": summary.client_label},
        "persons": [
            {"name": p.name, "relation": p.relation, "category": p.category, "mentions": p.mentions,
             "questions": p.questions, "opinions": [o.text for o in p.opinions],
             "closeness": p.closeness, "phases": p.phases, "sessions": p.sessions, "roles": p.roles,
             "tensions": [o.text for o in p.tensions], "confirmed": p.confirmed, "sources": sorted(p.sources),
             "confidence": round(p.confidence, 2), "adult": p.adult}
            for p in summary.persons
        ],
        "opinions": [opinion(o) for o in summary.opinions],
        "scope": summary.scope,
        "sessions": [session(s) for s in summary.sessions],
        "tensions": [opinion(o) for o in summary.tensions],
        "parked": [{"session": q.session_id, "question": q.question_id, "text": q.text, "phase": q.phase}
                   for q in summary.parked],
        "declined": [{"session": q.session_id, "question": q.question_id, "text": q.text, "phase": q.phase}
                     for q in summary.declined],
        "suggestions": summary.suggestions,
        "unattributed": [opinion(o) for o in summary.unattributed],
        "suggestion_basis": [[{"session": sid, "question": qid, "question_text": text} for sid, qid, text in basis]
                             for basis in summary.suggestion_basis],
        "wishes": [{"session": q.session_id, "question": q.question_id, "question_text": q.text, "text": q.answer}
                   for q in summary.wishes],
        "notes": [{"session": n.session_id, "question": n.question_id, "question_text": n.question_text,
                   "text": n.text, "added_later": n.added_later} for n in summary.notes],
        "possible_duplicates": [[pa.name, pb.name] for a, b in summary.merge_offers
                                if (pa := summary.person(a)) and (pb := summary.person(b))],
    }


def to_json(summary: Summary) -> str:
    return json.dumps(to_data(summary), ensure_ascii=False, indent=2) + "\n"


def _title(summary: Summary) -> str:
    who = summary.client_code + (f" ({summary.client_label})" if summary.client_label else "")
    if summary.session:
        return f"Samenvatting gesprek {summary.session.id} — {who}"
    return f"Samenvatting alle gesprekken — {who}"


def _meta(summary: Summary) -> list[str]:
    lines = []
    for s in summary.sessions:
        lines.append(f"Gesprek {s.id}: {s.bank_title}, {local_time(s.started_at)}, "
                     f"{session_status_label(s.status)}, {_minutes(s.elapsed_seconds)}")
    return lines


def _person_line(p) -> str:
    parts = [p.relation] if p.relation and p.relation.casefold() != p.name.casefold() else []
    parts.append(category_label(p.category))
    if p.closeness in CLOSENESS_LABELS:
        parts.append(CLOSENESS_LABELS[p.closeness])
    parts.append(f"{p.mentions}× genoemd in {len(p.questions)} {'vraag' if len(p.questions) == 1 else 'vragen'}")
    if not p.confirmed and "worker" not in p.sources:
        parts.append("nog niet bevestigd")
    return ", ".join(parts)


def _md(text: str) -> str:
    """Markdown-safe inline text (no accidental emphasis, links or HTML)."""
    out = text.replace("\\", "\\\\")
    for ch in "*_`[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def to_markdown(summary: Summary, network=None) -> str:
    lines = [f"# {_md(_title(summary))}", ""]
    lines += [f"- {_md(m)}" for m in _meta(summary)] + [""]
    lines += ["## Personen", ""]
    if not summary.persons:
        lines += ["Er kwamen (nog) geen personen ter sprake.", ""]
    for p in summary.persons:
        lines.append(f"- **{_md(p.name)}** — {_md(_person_line(p))}")
        for role in p.roles:
            lines.append(f"  - rol: {_md(role)}")
    lines += ["", "## Wat anderen positief over de cliënt zeggen", ""]
    if not summary.opinions:
        lines += ["Niets gevonden. Dat betekent: niet herkend in de antwoorden, niet dat het er niet is.", ""]
    for o in summary.opinions:
        lines.append(f"- **{_md(o.person)}**: {_md(o.shown)}")
        lines.append(f"  - antwoord op: {_md(o.question_text)}")
    if summary.tensions:
        lines += ["", "## Spanningen", ""]
        for o in summary.tensions:
            lines.append(f"- **{_md(o.person)}**: {_md(o.shown)} (antwoord op: {_md(o.question_text)})")
    if summary.unattributed:
        lines += ["", f"## {UNATTRIBUTED_TITLE}", ""]
        lines += [f"- {_md(o.shown)} (antwoord op: {_md(o.question_text)})" for o in summary.unattributed]
    if summary.wishes:
        lines += ["", f"## {WISHES_TITLE}", ""]
        for q in summary.wishes:
            lines += [f"- “{_md(q.answer)}”", f"  - antwoord op: {_md(q.text)}"]
    if network is not None:  # with ties, support letters and relations
        from quez.network.picture import network_legend, render_network

        picture: NetPicture | Picture = render_network(network.persons, network.ties, network.layout, 76, 19,
                                 tie_quality=network.tie_quality)
        note = network_legend()
    else:
        picture, note = render_text(summary.persons, 76, 19), legend()
    lines += ["", "## Netwerkcirkel", "", "```text", *picture.lines, "```", "", _md(note)]
    if picture.overflow:
        lines.append("Niet in de tekening gepast: " + _md(", ".join(picture.overflow)))
    for status, items in (("parked", summary.parked), ("declined", summary.declined)):
        lines += ["", f"## {answer_status_label(status, heading=True)}", ""]
        lines += [f"- {_md(q.text)} ({_md(q.phase)})" for q in items] or ["Geen."]
    if summary.notes:
        lines += ["", f"## {NOTES_TITLE}", ""]
        lines += [f"- {_md(n.text)} ({_md(_note_where(n))})" for n in summary.notes]
    if summary.suggestions:
        lines += ["", "## Suggesties (mogelijkheden, geen opdrachten)", ""]
        lines += [f"- {_md(s)}" for s in summary.suggestions]
    return "\n".join(lines) + "\n"


_CSS = """
body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; color: #222; line-height: 1.45; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 1.6rem; border-bottom: 1px solid #ccc; }
.meta, .muted { color: #555; } .quote { font-style: italic; } li { margin: .25rem 0; }
.role { color: #2a6; font-size: .95em; } svg { max-width: 100%; height: auto; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } svg, li { break-inside: avoid; } }
"""
_COLOURS = {"family": "#c0392b", "friends": "#2e86c1", "neighbours": "#27ae60", "work_school": "#b9770e",
            "professionals": "#7d3c98", "other": "#555555"}


def _svg(summary: Summary) -> str:
    size, r0 = 560, 250
    c = size / 2
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" role="img" '
             f'aria-label="Netwerkcirkel">']
    for radius in RING_RADIUS.values():
        parts.append(f'<circle cx="{c}" cy="{c}" r="{radius * r0:.1f}" fill="none" stroke="#bbb"/>')
    n = len(SECTORS)
    for i, (cat, label) in enumerate(SECTORS):
        a = 2 * math.pi * i / n
        parts.append(f'<line x1="{c}" y1="{c}" x2="{c + r0 * math.sin(a):.1f}" y2="{c - r0 * math.cos(a):.1f}" '
                     'stroke="#ddd"/>')
        b = 2 * math.pi * (i + 0.5) / n
        parts.append(f'<text x="{c + 1.04 * r0 * math.sin(b):.1f}" y="{c - 1.04 * r0 * math.cos(b):.1f}" '
                     f'text-anchor="middle" font-size="13" fill="{_COLOURS[cat]}">{html.escape(label)}</text>')
    parts.append(f'<text x="{c}" y="{c + 5}" text-anchor="middle" font-weight="bold" font-size="14">cliënt</text>')
    for p in layout(summary.persons):
        x, y = c + p.x * r0, c - p.y * r0
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{_COLOURS.get(p.category, "#555")}"/>'
                     f'<text x="{x:.1f}" y="{y - 7:.1f}" text-anchor="middle" font-size="12">'
                     f'{html.escape(p.name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def to_html(summary: Summary, network=None) -> str:
    """``network`` (:func:`quez.network.model.build_network`): the picture with ties, support and relations."""
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{e(_title(summary))}</title><style>{_CSS}</style></head><body>",
           f"<h1>{e(_title(summary))}</h1>", '<ul class="meta">']
    out += [f"<li>{e(m)}</li>" for m in _meta(summary)] + ["</ul>", "<h2>Personen</h2>"]
    if not summary.persons:
        out.append("<p>Er kwamen (nog) geen personen ter sprake.</p>")
    else:
        out.append("<ul>")
        for p in summary.persons:
            roles = "".join(f'<br><span class="role">{e(r)}</span>' for r in p.roles)
            out.append(f"<li><strong>{e(p.name)}</strong> — {e(_person_line(p))}{roles}</li>")
        out.append("</ul>")
    out.append("<h2>Wat anderen positief over de cliënt zeggen</h2>")
    if not summary.opinions:
        out.append('<p class="muted">Niets gevonden. Dat betekent: niet herkend in de antwoorden, niet dat het er '
                   "niet is.</p>")
    else:
        out.append("<ul>")
        out += [f'<li><strong>{e(o.person)}</strong>: <span class="quote">{e(o.shown)}</span><br>'
                f'<span class="muted">antwoord op: {e(o.question_text)}</span></li>' for o in summary.opinions]
        out.append("</ul>")
    if summary.tensions:
        out.append("<h2>Spanningen</h2><ul>")
        out += [f'<li><strong>{e(o.person)}</strong>: <span class="quote">{e(o.shown)}</span> '
                f'<span class="muted">(antwoord op: {e(o.question_text)})</span></li>' for o in summary.tensions]
        out.append("</ul>")
    if summary.unattributed:
        out.append(f"<h2>{e(UNATTRIBUTED_TITLE)}</h2><ul>")
        out += [f'<li><span class="quote">{e(o.shown)}</span> '
                f'<span class="muted">(antwoord op: {e(o.question_text)})</span></li>' for o in summary.unattributed]
        out.append("</ul>")
    if summary.wishes:
        out.append(f"<h2>{e(WISHES_TITLE)}</h2><ul>")
        out += [f'<li><span class="quote">“{e(q.answer)}”</span><br>'
                f'<span class="muted">antwoord op: {e(q.text)}</span></li>' for q in summary.wishes]
        out.append("</ul>")
    out += _html_picture(summary, network)
    for status, items in (("parked", summary.parked), ("declined", summary.declined)):
        out.append(f"<h2>{e(answer_status_label(status, heading=True))}</h2>")
        out.append("<ul>" + "".join(f"<li>{e(q.text)} <span class=\"muted\">({e(q.phase)})</span></li>"
                                    for q in items) + "</ul>" if items else "<p>Geen.</p>")
    if summary.notes:
        out.append(f"<h2>{e(NOTES_TITLE)}</h2><ul>")
        out += [f'<li>{e(n.text)} <span class="muted">({e(_note_where(n))})</span></li>' for n in summary.notes]
        out.append("</ul>")
    if summary.suggestions:
        out.append("<h2>Suggesties (mogelijkheden, geen opdrachten)</h2><ul>")
        out += [f"<li>{e(s)}</li>" for s in summary.suggestions]
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render(summary: Summary, fmt: str, network=None) -> str:
    if fmt == "json":
        return to_json(summary)
    if fmt == "markdown":
        return to_markdown(summary, network)
    if fmt == "html":
        return to_html(summary, network)
    raise ValueError(f"unknown format {fmt!r}")


def _html_picture(summary: Summary, network=None) -> list[str]:
    """The netwerkcirkel: as the network map draws it (ties, support, relations) when there is one."""
    if network is not None:
        from quez.network.picture import network_legend
        from quez.network.svg import network_svg

        return ["<h2>Netwerkcirkel</h2>", network_svg(network), f'<p class="muted">{html.escape(network_legend())}</p>']
    return ["<h2>Netwerkcirkel</h2>", _svg(summary), f'<p class="muted">{html.escape(legend())}</p>']


def write_report(summary: Summary, fmt: str, path, network=None) -> None:
    """Write atomically and private (0600): the report holds client data."""
    from pathlib import Path

    from quez.files import private_dir, write_atomic

    path = Path(path).expanduser()
    text = render(summary, fmt, network)
    private_dir(path.parent)
    write_atomic(path, text)
