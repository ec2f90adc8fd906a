"""Roles and gentle suggestions for a summary, in Dutch (plain Python).

Suggestions are options for the client, grounded in network-oriented
practice (netwerkcirkel, wederkerigheid, the client's own pace); never a push.
They are safe by design: a child of the client (unless the worker marked
them as an adult) and a person the client spoke of with tension are never
proposed to be involved; and each suggestion says which answers it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quez.vocabulary import answer_status_label
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

def about_client(phrase: str) -> str:
    """A role phrase for the worker: "begrijpt waar je mee worstelt" -> "begrijpt waar de cliënt mee worstelt"."""
    words = ["de cliënt" if w in ("je", "jij") else w for w in phrase.split()]
    return " ".join(words)


#: relation words for a child (or grandchild, foster or step child) of the client
CHILD_WORDS = frozenset(
    "zoon zoons zonen zoontje dochter dochters dochtertje kind kinderen kindje kids baby tweeling "
    "kleinzoon kleindochter kleinkind kleinkinderen pleegkind pleegkinderen pleegzoon pleegdochter "
    "stiefzoon stiefdochter stiefkind stiefkinderen jongste oudste middelste".split())
#: how many answers a suggestion names before "en N meer"
BASIS_SHOWN = 3


@dataclass
class Suggestion:
    text: str
    #: the answers it rests on: (session id, question id, question text)
    basis: list[tuple[int, str, str]] = field(default_factory=list)

    def worded(self, with_session: bool) -> str:
        if not self.basis:
            return self.text
        shown = [f"‘{q}’" + (f" (gesprek {s})" if with_session else "") for s, _qid, q in self.basis[:BASIS_SHOWN]]
        more = len(self.basis) - BASIS_SHOWN
        return f"{self.text} Dit rust op: {_names(shown + ([f'{more} meer'] if more > 0 else []))}."


def is_child(p) -> bool:
    """A son, daughter, (grand/foster/step) child of the client, unless the worker marked them as an adult."""
    if getattr(p, "adult", False):
        return False
    for phrase in (p.relation or "", p.name):
        head = phrase.casefold().replace("-", " ").split(" van ")[0]  # "de juf van mijn zoon" is the juf
        if any(w in CHILD_WORDS for w in head.split()):
            return True
    return False


def may_be_involved(p) -> bool:
    """Whether a suggestion may propose to involve this person: never a child, never someone spoken of with tension."""
    return not is_child(p) and not p.tensions


def _names(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def _basis(items) -> list[tuple[int, str, str]]:
    """Distinct answers, in order, from opinions or question items."""
    seen: dict[tuple[int, str], str] = {}
    for o in items:
        key = (o.session_id, o.question_id)
        seen.setdefault(key, getattr(o, "question_text", "") or getattr(o, "text", ""))
    return [(s, q, text) for (s, q), text in seen.items()]


def _answers_of(summary, persons) -> list[tuple[int, str, str]]:
    texts = {(q.session_id, q.question_id): q.text for q in summary.answered}
    where = sorted({w for p in persons for w in p.answers})
    return [(s, q, texts.get((s, q), q)) for s, q in where]


def _involving(summary, safe) -> list[Suggestion]:
    out: list[Suggestion] = []
    recurring = [p for p in safe if p.opinions and (len(p.questions) >= 2 or len(p.sessions) >= 2)]
    for p in recurring[:3]:
        role = about_client(p.roles[0] if p.roles else "denkt positief over je")
        out.append(Suggestion(
            f"{p.name} kwam in {plural(len(p.questions), 'vraag', 'vragen')} ter sprake en {role}. "
            "Als de cliënt dat wil, "
            f"kan {p.name} misschien bij een volgend gesprek aanschuiven, of kan de cliënt {p.name} "
            "vertellen wat er speelt. Het tempo en de keuze blijven bij de cliënt.", _basis(p.opinions)))
    if not recurring:
        once = [p for p in safe if p.opinions][:3]
        if once:
            out.append(Suggestion(
                f"{_names([p.name for p in once])} {'werd' if len(once) == 1 else 'werden'} genoemd met iets "
                "positiefs over de cliënt. In een volgend gesprek kan het helpen daar samen bij stil te staan: "
                "hoe is het om dat te horen?", _basis([o for p in once for o in p.opinions])))
    return out


def _held_back(summary) -> list[Suggestion]:
    """Why some persons are not proposed (without naming them: no push, not even a hint)."""
    out: list[Suggestion] = []
    tensed = [p for p in summary.persons if p.tensions]
    if tensed:
        out.append(Suggestion(
            f"Bij {plural(len(tensed), 'persoon', 'personen')} kwam spanning ter sprake. Die worden hier bewust niet "
            "voorgesteld om te betrekken; of dat ooit past, bepaalt de cliënt zelf.",
            _basis([o for p in tensed for o in p.tensions])))
    children = [p for p in summary.persons if is_child(p) and p.opinions]
    if children:
        out.append(Suggestion(
            "Wat kinderen van de cliënt zeggen, staat in de samenvatting, maar zij worden niet voorgesteld om te "
            "betrekken: zij horen de zorgen van hun ouder niet te dragen. Is een zoon of dochter volwassen, dan kan "
            "dat bij de persoon worden aangegeven (n).", _basis([o for p in children for o in p.opinions])))
    return out


def suggestions_with_basis(summary) -> list[Suggestion]:
    """Practice-grounded, optional next steps for the worker to offer the client, each with its answers."""
    persons = summary.persons
    safe = [p for p in persons if may_be_involved(p)]
    out = _involving(summary, safe) + _held_back(summary)
    givers = [p for p in safe if "voor deze persoon beteken jij iets" in p.roles]
    if givers:
        out.append(Suggestion(
            "De cliënt betekent zelf ook iets voor anderen. Die wederkerigheid kan het vragen om steun "
            "minder zwaar maken: iets terug kunnen doen hoort erbij.", _answers_of(summary, givers)))
    if persons and not any(p.opinions for p in persons):
        out.append(Suggestion(
            "Er is (nog) niemand genoemd die iets positiefs over de cliënt zegt. Dat betekent niet dat die er "
            "niet zijn: het is alleen niet gezegd of niet herkend. De vraag kan later terugkomen.",
            _basis(summary.answered)))
    if not persons:
        out.append(Suggestion(
            "Er kwamen (nog) geen personen ter sprake. Ook dat is informatie. Een netwerkcirkel samen invullen "
            "kan later helpen om rustig te verkennen wie er in het leven van de cliënt zijn.",
            _basis(summary.answered)))
    unconfirmed = [p for p in persons if not p.confirmed and "worker" not in p.sources]
    if unconfirmed:
        out.append(Suggestion(
            f"{len(unconfirmed)} {'persoon is' if len(unconfirmed) == 1 else 'personen zijn'} automatisch uit de "
            "antwoorden gehaald en nog niet bevestigd. Kijk ze na: bevestig, voeg samen of verwijder.",
            _answers_of(summary, unconfirmed)))
    if summary.parked:
        n = len(summary.parked)
        out.append(Suggestion(
            f"{n} {'vraag staat' if n == 1 else 'vragen staan'} op ‘{answer_status_label('parked')}’. "
            f"{'Die kan' if n == 1 else 'Die kunnen'} in een "
            f"volgend gesprek terugkomen, als de cliënt er klaar voor is.", _basis(summary.parked)))
    if summary.declined:
        n = len(summary.declined)
        out.append(Suggestion(
            f"{n} {'vraag staat' if n == 1 else 'vragen staan'} op ‘{answer_status_label('declined')}’. "
            "Dat is een keuze om te respecteren; vraag er alleen naar terug als de cliënt er zelf ruimte voor geeft.",
            _basis(summary.declined)))
    return out


def suggestions(summary) -> list[str]:
    """The suggestions as text, each ending with the answers it rests on."""
    return [s.worded(summary.scope == "client") for s in suggestions_with_basis(summary)]
