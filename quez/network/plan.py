"""The next step: whom the client asks first and for what small thing, who else, what she gives back.

Printable as an invitation list or as a draft familiegroepsplan for a network
meeting (HTML, A4). The practice: asking one person one small thing is a
first step; it is easier to ask when you can also give something back
(wederkerigheid); the client decides.
"""

from __future__ import annotations

import html

#: what a person could do, from the kind of support they give
COULD_DO = {
    "practical": "helpen met praktische dingen",
    "company": "tijd samen doorbrengen",
    "advice": "meedenken en advies geven",
    "emotional": "luisteren en steunen",
}
KINDS = {"uitnodiging": "Uitnodigingslijst", "familiegroepsplan": "Familiegroepsplan (concept)"}


def could_do(person) -> str:
    """What ``person`` could do, in words, from their support kinds."""
    parts = [COULD_DO[k] for k in person.support if k in COULD_DO]
    if not parts:
        return ""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]


def plan_lines(network) -> list[str]:
    """The plan as short lines (the timeline, the plan screen's preview); [] when there is none."""
    plan = network.plan
    if plan.empty:
        return []
    lines = []
    first = network.by_person_id(plan.first_person_id)
    if first is not None:
        ask = f": {plan.first_ask}" if plan.first_ask else ""
        lines.append(f"Eerste stap: {first.name} vragen{ask}")
    elif plan.first_ask:
        lines.append(f"Eerste stap: {plan.first_ask}")
    for person_id, doing in plan.involve.items():
        p = network.by_person_id(person_id)
        if p is not None and person_id != plan.first_person_id:
            lines.append(f"Betrekken: {p.name}" + (f" ({doing})" if doing else ""))
    if plan.gives_back:
        lines.append(f"Iets terugdoen: {plan.gives_back}")
    return lines


_CSS = """
@page { size: A4; margin: 20mm; }
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; font-size: 14pt; line-height: 1.45; color: #111;
       max-width: 170mm; margin: 0 auto; }
h1 { font-size: 22pt; } h2 { font-size: 16pt; margin-top: 8mm; border-bottom: 1px solid #999; }
table { width: 100%; border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2mm 3mm;
       text-align: left; vertical-align: top; } th { background: #eee; }
.line { display: inline-block; min-width: 80mm; border-bottom: 1px solid #111; height: 1.3em; }
.muted { color: #444; }
"""


def plan_html(network, kind: str = "uitnodiging", date: str | None = None) -> str:
    """The plan as a printable page: ``uitnodiging`` (who is invited) or ``familiegroepsplan`` (a draft)."""
    from datetime import date as today

    if kind not in KINDS:
        raise ValueError(f"unknown plan kind {kind!r}")
    e = html.escape
    plan = network.plan
    stamp = date or today.today().strftime("%d-%m-%Y")
    people = [network.by_person_id(pid) for pid in plan.involve]
    first = network.by_person_id(plan.first_person_id)
    if first is not None and first not in people:
        people.insert(0, first)
    people = [p for p in people if p is not None]
    who = network.client_label or network.client_code
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{e(KINDS[kind])}</title><style>{_CSS}</style></head><body>",
           f"<h1>{e(KINDS[kind])}</h1>", f'<p class="muted">{e(who)} · {e(stamp)}</p>']
    rows = []
    for p in people:
        doing = plan.involve.get(p.person_id) or could_do(p)
        rows.append(f"<tr><td>{e(p.name)}</td><td>{e(p.relation or '')}</td><td>{e(doing)}</td>"
                    + ("<td></td><td></td></tr>" if kind == "uitnodiging" else "</tr>"))
    if kind == "uitnodiging":
        out += ["<p>Wie wil je uitnodigen voor een netwerkgesprek?</p>",
                "<table><tr><th>Naam</th><th>Relatie</th><th>Wat diegene zou kunnen doen</th>"
                "<th>Gevraagd op</th><th>Komt</th></tr>", *rows, "</table>"]
    else:
        out += ["<h2>Waar het om gaat</h2>", '<p><span class="line"></span></p><p><span class="line"></span></p>',
                "<h2>De eerste stap</h2>"]
        if first is not None:
            out.append(f"<p>{e(first.name)} vragen" + (f": {e(plan.first_ask)}" if plan.first_ask else "") + "</p>")
        else:
            blank = '<span class="line"></span>'
            out.append(f"<p>{e(plan.first_ask) or blank}</p>")
        out += ["<h2>Wie doet wat</h2>", "<table><tr><th>Naam</th><th>Relatie</th><th>Wat</th></tr>", *rows,
                "</table>", "<h2>Wat ik terug kan doen</h2>",
                f"<p>{e(plan.gives_back)}</p>" if plan.gives_back else '<p><span class="line"></span></p>',
                "<h2>Wanneer kijken we samen hoe het gaat?</h2>", '<p><span class="line"></span></p>']
    out += ["</body></html>", ""]
    return "\n".join(out)


class _Named:
    """Just enough of a network for :func:`plan_lines`: names by person id, and the plan."""

    def __init__(self, names: dict[int, str], plan) -> None:
        self.names, self.plan = names, plan

    def by_person_id(self, person_id):
        if person_id not in self.names:
            return None
        return _Person(self.names[person_id])


class _Person:
    def __init__(self, name: str) -> None:
        self.name = name


def stored_plan_lines(store, client_id: int) -> list[str]:
    """The client's plan as lines, straight from the tables (for the timeline; no summary needed)."""
    from quez.storage.network import NetworkStore
    from quez.storage.persons import PersonDecisions

    merged = PersonDecisions(store).merged_into(client_id)
    # a removed person is not in the plan
    names = {p.id: p.name for p in store.all_persons(client_id) if not p.removed}

    def follow(person_id):
        seen = set()
        while person_id in merged and person_id not in seen:
            seen.add(person_id)
            person_id = merged[person_id]
        return person_id

    plan = NetworkStore(store).plan(client_id)
    plan.involve = {follow(k): v for k, v in plan.involve.items()}
    plan.first_person_id = follow(plan.first_person_id) if plan.first_person_id else None
    return plan_lines(_Named(names, plan))
