"""What the client sees: "Wat anderen goed vinden aan jou", in plain Dutch addressed as "je".

Only what she said and only positive words: the positive opinions the
worker did not reject, in her own words where she gave them, from persons
whose contact is not broken off. No hints, notes, tensions or suggestions.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

TITLE = "Wat anderen goed vinden aan jou"
EMPTY = "Hier komt te staan wat anderen goed vinden aan jou, als je daarover vertelt."


@dataclass
class GoodWords:
    name: str
    phrases: list[str] = field(default_factory=list)  # "vindt dat je het goed doet"
    quotes: list[str] = field(default_factory=list)  # her own words


def good_words(network) -> list[GoodWords]:
    from quez.summary_advice import ROLE_PHRASES

    out: dict[str, GoodWords] = {}
    for p in network.persons:
        if p.quality == "broken" or p.item is None:
            continue
        for o in p.item.opinions:
            if o.status == "rejected" or o.kind != "positive":
                continue
            entry = out.setdefault(p.group_id, GoodWords(p.name))
            phrase = ROLE_PHRASES.get(o.stance or "", "denkt positief over je")
            if phrase not in entry.phrases:
                entry.phrases.append(phrase)
            quote = " ".join((o.quote or o.text).split()) if (o.explicit or o.status == "added") else ""
            if quote and quote not in entry.quotes:
                entry.quotes.append(quote)
    return list(out.values())


def sentence(entry: GoodWords) -> str:
    """``Els vindt dat je het goed doet en begrijpt waar je mee worstelt.``"""
    phrases = entry.phrases or ["denkt positief over je"]
    body = phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " en " + phrases[-1]
    return f"{entry.name} {body}."


def client_text(network) -> list[str]:
    """Lines for the screen: one sentence per person, her own words below it."""
    lines = []
    for entry in good_words(network):
        lines.append(sentence(entry))
        lines += [f"    “{q}”" for q in entry.quotes]
        lines.append("")
    return lines or [EMPTY]


_LETTER_CSS = """
@page { size: A4; margin: 20mm; }
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; font-size: 16pt; line-height: 1.5; color: #111;
       max-width: 170mm; margin: 0 auto; }
h1 { font-size: 24pt; margin: 0 0 6mm; }
.date { color: #444; margin-bottom: 8mm; }
.picture svg { width: 100%; max-height: 120mm; }
ul { padding-left: 0; list-style: none; } li { margin: 0 0 5mm; break-inside: avoid; }
.quote { font-style: italic; display: block; margin-left: 8mm; }
.sign { margin-top: 14mm; break-inside: avoid; }
.line { display: inline-block; min-width: 90mm; border-bottom: 1px solid #111; height: 1.3em; }
.legend { font-size: 12pt; color: #444; }
"""


def letter_html(network, worker_name: str = "", date: str | None = None) -> str:
    """A printable letter for the client (A4, large type): the picture, the good words, a date, a signature."""
    from datetime import date as today

    from quez.network.svg import network_svg

    e = html.escape
    stamp = date or today.today().strftime("%d-%m-%Y")
    items = []
    for entry in good_words(network):
        quotes = "".join(f'<span class="quote">“{e(q)}”</span>' for q in entry.quotes)
        items.append(f"<li>{e(sentence(entry))}{quotes}</li>")
    body = "<ul>" + "".join(items) + "</ul>" if items else f"<p>{e(EMPTY)}</p>"
    name = f"<span>{e(worker_name)}</span>" if worker_name.strip() else '<span class="line"></span>'
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
        f"<title>{e(TITLE)}</title><style>{_LETTER_CSS}</style></head><body>",
        f"<h1>{e(TITLE)}</h1>", f'<p class="date">{e(stamp)}</p>',
        f'<div class="picture">{network_svg(network, for_client=True)}</div>',
        '<p class="legend">Dichter bij het midden: dichter bij jou. P praktische hulp · G gezelschap · '
        "A advies · E emotionele steun. Een lijn: zij kennen elkaar.</p>",
        body,
        '<div class="sign"><p>Met hartelijke groet,</p><p>Naam hulpverlener: ' + name + "</p>",
        '<p>Handtekening: <span class="line"></span></p></div>',
        "</body></html>", ""])
