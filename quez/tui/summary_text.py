"""The summary screen's texts: a person's line and details, the opinions, the overview (plain, safe text)."""

from __future__ import annotations

from quez.textsafety import display_safe, one_line
from quez.vocabulary import CLOSENESS_LABELS, answer_status_label, category_label
from quez.wording import plural

NO_ONE_LABEL = "niemand in het bijzonder"


def person_label(p) -> str:
    relation = f" ({p.relation})" if p.relation and p.relation.casefold() != p.name.casefold() else ""
    mark = "✓" if p.confirmed or "worker" in p.sources else "?"
    return one_line(f"{mark} {p.name}{relation} · {p.mentions}×", 40)


def _opinion_lines(title: str, items) -> list[str]:
    lines = ["", title]
    for o in items:
        mark = " ✓" if o.status in ("confirmed", "added") else ""
        lines += [f"  {o.shown}{mark}", f"     ↳ {o.question_text}"]
    return lines


def offer_for(summary, p) -> str | None:
    """The other person ``p`` looks like (a spelling variant with the same relation), if any."""
    for source, target in summary.merge_offers:
        if p.group_id in (source, target):
            other = summary.person(target if p.group_id == source else source)
            if other is not None:
                return other.name
    return None


def person_detail(p, summary=None) -> str:
    place = [category_label(p.category)]
    if p.closeness in CLOSENESS_LABELS:
        place.append(CLOSENESS_LABELS[p.closeness])
    if p.adult:
        place.append("volwassen")
    head = p.name + (f" — {p.relation}" if p.relation and p.relation.casefold() != p.name.casefold() else "")
    lines = [head, " · ".join(place)]
    status = "bevestigd" if p.confirmed or "worker" in p.sources else "gevonden in de antwoorden, nog niet bevestigd"
    lines.append(f"{plural(p.mentions, 'keer', 'keer')} genoemd in {plural(len(p.questions), 'vraag', 'vragen')}"
                 + (f" ({', '.join(p.phases)})" if p.phases else "") + f" · {status}")
    other = offer_for(summary, p) if summary is not None else None
    if other:
        lines += ["", f"Lijkt dezelfde persoon als {other} (zelfde relatie). Samenvoegen: v; twee personen: h."]
    if p.roles:
        lines += ["", "Rol:"] + [f"  • {r}" for r in p.roles]
    if p.opinions:
        lines += _opinion_lines("Positief:", p.opinions)
    if p.tensions:
        lines += _opinion_lines("Spanning:", p.tensions)
    if len(p.keys) > 1:
        lines += ["", "Gevonden als: " + ", ".join(dict.fromkeys(p.keys.values()))]
    return display_safe("\n".join(lines))


def opinions_text(s) -> str:
    lines = ["Wat anderen positief over de cliënt zeggen", ""]
    if not s.opinions:
        lines.append("Niets gevonden. Dat betekent: niet herkend in de antwoorden, niet dat het er niet is.")
    for o in s.opinions:
        lines += [f"{o.person}: {o.shown}", f"   ↳ {o.question_text}", ""]
    if s.tensions:
        lines += ["", "Spanningen", ""]
        for o in s.tensions:
            lines += [f"{o.person}: {o.shown}", f"   ↳ {o.question_text}", ""]
    if s.unattributed:
        lines += ["", "Bij niemand in het bijzonder", ""]
        for o in s.unattributed:
            lines += [o.shown, f"   ↳ {o.question_text}", ""]
    return display_safe("\n".join(lines))


def overview_text(s) -> str:
    lines = ["Wat de cliënt zelf wil, in eigen woorden", ""]
    lines += [f"• “{q.answer}”\n   ↳ {q.text}" for q in s.wishes] or ["(Nog) niets over gezegd."]
    lines += ["", "Suggesties (mogelijkheden, geen opdrachten)", ""]
    lines += [f"• {t}" for t in s.suggestions] or ["Geen."]
    for status, items in (("parked", s.parked), ("declined", s.declined)):
        lines += ["", answer_status_label(status, heading=True)] + ([f"• {q.text}" for q in items] or ["Geen."])
    if s.notes:
        lines += ["", "Notities van de werker"]
        for n in s.notes:
            where = f"bij: {n.question_text}" if n.question_id else "bij het gesprek"
            lines.append(f"• {n.text}\n   ↳ {where}" + (", later toegevoegd" if n.added_later else ""))
    return display_safe("\n".join(lines))
