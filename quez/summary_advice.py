"""Roles and gentle suggestions for a summary, in Dutch (plain Python).

Suggestions are options for the client, grounded in network-oriented
practice (netwerkcirkel, wederkerigheid, the client's own pace); never a push.
"""

from __future__ import annotations

from quez.wording import plural

#: what a person means to the client, by what the question elicited
ROLE_PHRASES: dict[str, str] = {
    "understanding": "begrijpt waar je mee worstelt",
    "no_blame": "geeft je niet de schuld",
    "help_ok": "vindt hulp vragen goed",
    "does_well": "vindt dat je het goed doet",
    "respect": "heeft respect voor hoe je het volhoudt",
    "positive_opinion": "denkt positief over je",
    "support_practical": "helpt je met praktische dingen",
    "support_emotional": "is er om mee te praten",
    "closeness": "is belangrijk voor je",
    "helps_others": "voor deze persoon beteken jij iets",
    "reciprocity": "voor deze persoon kun jij iets doen",
}
#: elicits that give a role to a person merely mentioned in the answer text (support, closeness);
#: a person the worker names as the answer to a "who" question gets every role the question elicits
NAMED_ROLES = ("support_practical", "support_emotional", "closeness", "helps_others", "reciprocity")

CATEGORY_LABELS = {
    "family": "familie",
    "friends": "vrienden",
    "neighbours": "buren",
    "work_school": "werk/school",
    "professionals": "hulpverleners",
    "other": "overig",
}


def about_client(phrase: str) -> str:
    """A role phrase for the worker: "begrijpt waar je mee worstelt" -> "begrijpt waar de cliënt mee worstelt"."""
    words = ["de cliënt" if w in ("je", "jij") else w for w in phrase.split()]
    return " ".join(words)


def _names(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def suggestions(summary) -> list[str]:
    """Practice-grounded, optional next steps for the worker to offer the client."""
    out: list[str] = []
    persons = summary.persons
    recurring = [p for p in persons if p.opinions and (len(p.questions) >= 2 or len(p.sessions) >= 2)]
    for p in recurring[:3]:
        role = about_client(p.roles[0] if p.roles else "denkt positief over je")
        out.append(
            f"{p.name} kwam in {plural(len(p.questions), 'vraag', 'vragen')} ter sprake en {role}. "
            "Als de cliënt dat wil, "
            f"kan {p.name} misschien bij een volgend gesprek aanschuiven, of kan de cliënt {p.name} "
            "vertellen wat er speelt. Het tempo en de keuze blijven bij de cliënt."
        )
    if not recurring:
        once = [p for p in persons if p.opinions][:3]
        if once:
            out.append(
                f"{_names([p.name for p in once])} {'werd' if len(once) == 1 else 'werden'} genoemd met iets "
                "positiefs over de cliënt. In een volgend gesprek kan het helpen daar samen bij stil te staan: "
                "hoe is het om dat te horen?"
            )
    mixed = [p.name for p in persons if p.opinions and p.tensions]
    if mixed:
        out.append(
            f"Bij {_names(mixed)} kwam naast iets positiefs ook spanning ter sprake. Verken eerst met de "
            "cliënt of en hoe betrekken past, voordat dit als mogelijkheid op tafel komt."
        )
    if any("voor deze persoon beteken jij iets" in p.roles for p in persons):
        out.append(
            "De cliënt betekent zelf ook iets voor anderen. Die wederkerigheid kan het vragen om steun "
            "minder zwaar maken: iets terug kunnen doen hoort erbij."
        )
    if persons and not any(p.opinions for p in persons):
        out.append(
            "Er is (nog) niemand genoemd die iets positiefs over de cliënt zegt. Dat betekent niet dat die er "
            "niet zijn: het is alleen niet gezegd of niet herkend. De vraag kan later terugkomen."
        )
    if not persons:
        out.append(
            "Er kwamen (nog) geen personen ter sprake. Ook dat is informatie. Een netwerkcirkel samen invullen "
            "kan later helpen om rustig te verkennen wie er in het leven van de cliënt zijn."
        )
    unconfirmed = [p for p in persons if not p.confirmed and "worker" not in p.sources]
    if unconfirmed:
        out.append(
            f"{len(unconfirmed)} {'persoon is' if len(unconfirmed) == 1 else 'personen zijn'} automatisch uit de "
            "antwoorden gehaald en nog niet bevestigd. Kijk ze na: bevestig, voeg samen of verwijder."
        )
    if summary.parked:
        n = len(summary.parked)
        out.append(
            f"{n} {'vraag staat' if n == 1 else 'vragen staan'} op ‘later op terugkomen’. "
            f"{'Die kan' if n == 1 else 'Die kunnen'} in een "
            f"volgend gesprek terugkomen, als de cliënt er klaar voor is."
        )
    if summary.declined:
        n = len(summary.declined)
        out.append(
            f"Op {n} {'vraag' if n == 1 else 'vragen'} wilde de cliënt (nog) niet ingaan. Dat is een keuze om te "
            "respecteren; vraag er alleen naar terug als de cliënt er zelf ruimte voor geeft."
        )
    return out
