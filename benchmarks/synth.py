"""A synthetic QueZ database of realistic size and realistic Dutch text.

``build(path, clients=500, sessions_per_client=20, answers_per_session=25)``
writes clients with pseudonymous codes, the persons each client names (with
relations and categories), sessions on a 25-question bank (its snapshot
stored as the app stores it), answers built from varied Dutch templates
(persons with relations, positive opinions, negations, hesitations),
follow-ups about a named person, mentions and a few later notes. One
transaction, ``executemany``, ``synchronous=OFF`` while writing; the result
is an ordinary QueZ database (opened with the normal migrations, FTS kept
in sync by the normal triggers).

Run ``python benchmarks/synth.py OUT.db [--clients N] [--sessions N]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

#: id of the client with many sessions used for whole-client figures
BIG_CLIENT = "GROOT-50"

FIRST_NAMES = (
    "Els", "Karin", "Mohammed", "Fatima", "Jan", "Piet", "Anouk", "Sanne", "Youssef", "Ilse", "Henk", "Ria",
    "Kees", "Marieke", "Bram", "Noor", "Ahmet", "Ayşe", "Daan", "Lotte", "Wim", "Gerda", "Sem", "Femke",
    "Joris", "Inge", "Rachid", "Naima", "Thijs", "Esther", "Ruud", "Anja", "Mehmet", "Zeynep", "Tom", "Lieke",
    "Bas", "Chantal", "Kevin", "Priya", "Stijn", "Joke", "Hans", "Wendy", "Lucas", "Mila", "Cor", "Truus",
)
RELATIONS = (
    ("zus", "family"), ("broer", "family"), ("moeder", "family"), ("vader", "family"), ("tante", "family"),
    ("oom", "family"), ("oma", "family"), ("dochter", "family"), ("zoon", "family"), ("schoonmoeder", "family"),
    ("vriendin", "friends"), ("vriend", "friends"), ("kennis", "friends"), ("buurvrouw", "neighbours"),
    ("buurman", "neighbours"), ("collega", "work_school"), ("juf", "work_school"), ("huisarts", "professionals"),
    ("wijkverpleegkundige", "professionals"), ("bewindvoerder", "professionals"), ("", "other"),
)
OPINION = (
    "{p} snapt wel waarom het me zo zwaar valt",
    "{p} zegt dat ik het goed doe met de kinderen",
    "volgens {p} hoef ik me nergens voor te schamen",
    "{p} vindt het juist sterk dat ik hulp durf te vragen",
    "{p} heeft respect voor hoe ik volhoud",
    "{p} zei laatst dat ik een goede moeder ben",
    "ik denk dat {p} het helemaal niet erg zou vinden om een keer te helpen",
    "{p} geeft mij nooit de schuld van de schulden",
    "{p} weet hoe het is, die heeft het zelf ook meegemaakt",
    "bij {p} kan ik altijd even mijn verhaal kwijt",
)
NEGATION = (
    "ik wil {p} er eigenlijk niet mee lastigvallen",
    "{p} weet er niets van en dat wil ik zo houden",
    "ik denk niet dat {p} het begrijpt",
    "met {p} praat ik daar nooit over",
    "{p} heeft het zelf al druk genoeg, dus ik vraag niks",
    "ik schaam me tegenover {p}",
)
PLAIN = (
    "Het gaat wisselend, de ene week beter dan de andere.",
    "Ik slaap slecht sinds de brief van de woningcorporatie.",
    "Eigenlijk los ik alles liever zelf op.",
    "De kinderen merken dat het thuis onrustig is.",
    "Ik ben goed in regelen, dat zegt iedereen.",
    "Vroeger deed ik veel vrijwilligerswerk bij de voedselbank.",
    "Ik help de buren wel eens met hun papieren.",
    "Het is lastig om toe te geven dat het niet lukt.",
    "Op maandag heb ik altijd een afspraak bij de schuldhulp.",
    "Ik wil graag dat het over een jaar rustiger is.",
    "Als ik iets terug kan doen, voelt vragen minder zwaar.",
    "Soms weet ik gewoon niet waar ik moet beginnen.",
    "Ik kook graag, dat geeft me rust.",
    "Mijn werk geeft me structuur, ook al is het maar twee dagen.",
)
HESITATION = ("Tja, ", "Nou, ", "Ik weet het niet precies, maar ", "Eerlijk gezegd ", "", "", "")

# (id, kind, text, elicits, follow_ups)
QUESTIONS = (
    ("wie-snapt", "persons", "Wie snapt waar je mee worstelt?", ("persons", "understanding"),
     ("Wat vindt {persoon} dat je goed doet?", "Hoe merk je dat {persoon} je begrijpt?")),
    ("hoe-gaat-het", "open", "Hoe gaat het nu met je?", ("feeling",), ()),
    ("geen-schuld", "open", "Wie geeft jou niet de schuld van wat er gebeurd is?", ("no_blame",), ()),
    ("zwaarte", "scale", "Hoe zwaar voelt het op dit moment?", ("feeling",), ()),
    ("goed-in", "open", "Waar ben je goed in, volgens jezelf?", ("strength",), ()),
    ("anderen-helpen", "open", "Wanneer help jij anderen?", ("helps_others",), ()),
    ("wie-helpt", "persons", "Wie helpt je met praktische dingen?", ("persons", "support_practical"),
     ("Wat doet {persoon} dan precies?",)),
    ("goed-doen", "open", "Wie vindt dat je het goed doet?", ("does_well",), ()),
    ("eerder-gevraagd", "yesno", "Heb je eerder om hulp gevraagd?", ("context",), ()),
    ("hulp-ok", "open", "Wie zou het goed vinden als je om hulp vraagt?", ("help_ok",), ()),
    ("respect", "open", "Wie heeft respect voor hoe jij volhoudt?", ("respect",), ()),
    ("soort-hulp", "choice", "Waar zou hulp het meest schelen?", ("wish",), ()),
    ("praten", "persons", "Bij wie kun je je verhaal kwijt?", ("persons", "support_emotional"), ()),
    ("teruggeven", "open", "Wat zou je terug kunnen doen?", ("reciprocity",), ()),
    ("spanning", "open", "Met wie is het contact lastig?", ("tension",), ()),
    ("positief", "open", "Wat denken mensen om je heen over jou?", ("positive_opinion",), ()),
    ("wens", "open", "Wat hoop je dat er over een jaar anders is?", ("wish",), ()),
    ("dichtbij", "scale", "Hoe dichtbij voelen de mensen om je heen?", ("closeness",), ()),
    ("situatie", "open", "Hoe ziet een gewone week eruit?", ("context",), ()),
)
ANSWERS_PER_SESSION = 25

BANK_ID = "netwerk-synthetisch"


def bank_toml() -> str:
    """The synthetic bank as TOML (valid for the real loader)."""
    lines = [
        "[bank]",
        f'id = "{BANK_ID}"',
        'title = "Netwerk betrekken (synthetisch)"',
        'version = "1.0"',
        'description = "Voor de snelheidsmetingen."',
        'source = "QueZ-benchmarks"',
    ]
    phases = (("begrijpen", "Begrip", 0, 7), ("sterktes", "Sterktes", 7, 13), ("vooruit", "Vooruit", 13, 19))
    for pid, title, lo, hi in phases:
        lines += ["", "[[phases]]", f'id = "{pid}"', f'title = "{title}"']
        for qid, kind, text, elicits, follow_ups in QUESTIONS[lo:hi]:
            lines += ["", "[[phases.questions]]", f'id = "{qid}"', f'text = "{text}"', f'kind = "{kind}"']
            lines.append("elicits = [" + ", ".join(f'"{e}"' for e in elicits) + "]")
            if follow_ups:
                lines.append("follow_ups = [" + ", ".join(f'"{f}"' for f in follow_ups) + "]")
            if kind == "scale":
                lines.append('scale = { min = 1, max = 10, low_label = "licht", high_label = "zwaar" }')
            if kind == "choice":
                lines.append('options = ["praktisch", "iemand om mee te praten", "geldzaken"]')
    return "\n".join(lines) + "\n"


def load_bank():
    from quez.banks.loader import parse_bank

    return parse_bank(bank_toml(), None, "extra")


def person_phrase(rng: random.Random, person: tuple[str, str]) -> str:
    name, relation = person
    if not relation:
        return name
    return rng.choice((f"mijn {relation} {name}", f"{name}, mijn {relation},", name, f"mijn {relation}"))


def answer_text(rng: random.Random, persons: list[tuple[str, str]]) -> str:
    sentences = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.45 and persons:
            template = rng.choice(OPINION)
        elif roll < 0.65 and persons:
            template = rng.choice(NEGATION)
        else:
            sentences.append(rng.choice(PLAIN))
            continue
        sentence = template.format(p=person_phrase(rng, rng.choice(persons)))
        sentence = rng.choice(HESITATION) + sentence
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
    return " ".join(sentences)


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def build(
    path: Path | str,
    *,
    clients: int = 500,
    sessions_per_client: int = 20,
    answers_per_session: int = ANSWERS_PER_SESSION,
    big_client_sessions: int = 50,
    seed: int = 7,
) -> dict[str, int]:
    """Write a synthetic database at ``path`` (must not exist); returns row counts.

    ``big_client_sessions`` adds one extra client (:data:`BIG_CLIENT`) with that
    many sessions (0 for none).
    """
    from quez.storage.db import connect

    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    rng = random.Random(seed)
    bank = load_bank()
    snapshot = bank.model_dump_json()
    questions = bank.questions
    phase_of = {q.id: phase.id for phase in bank.phases for q in phase.questions}
    db = connect(path)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA secure_delete = OFF")
    start = datetime(2022, 1, 10, 9, 0, tzinfo=UTC)
    counts = dict(clients=0, sessions=0, answers=0, persons=0, mentions=0, session_notes=0)
    client_rows, person_rows, session_rows, answer_rows, mention_rows, note_rows = [], [], [], [], [], []
    plan = [(f"C{n:04d}-{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}",
             sessions_per_client) for n in range(1, clients + 1)]
    if big_client_sessions:
        plan.append((BIG_CLIENT, big_client_sessions))
    person_id = session_id = answer_id = 0
    for client_id, (code, n_sessions) in enumerate(plan, start=1):
        created = start + timedelta(days=rng.randint(0, 60), minutes=client_id)
        label = rng.choice((None, None, "moeder van 2", "alleenstaand", "mantelzorger", "vader, 3 kinderen"))
        client_rows.append((client_id, code, label, _stamp(created), str(uuid.uuid4())))
        persons: list[tuple[int, str, str]] = []
        for name in rng.sample(FIRST_NAMES, rng.randint(5, 12)):
            relation, category = rng.choice(RELATIONS)
            person_id += 1
            persons.append((person_id, name, relation))
            person_rows.append((person_id, client_id, name, relation or None, category, rng.choice((1, 2, 3, None)),
                                1, 0, _stamp(created), _stamp(created), str(uuid.uuid4())))
        moment = created
        for s in range(n_sessions):
            session_id += 1
            moment += timedelta(days=rng.randint(5, 40), minutes=rng.randint(0, 600))
            ended = moment + timedelta(minutes=rng.randint(25, 70))
            status = "finished" if s < n_sessions - 1 or rng.random() < 0.9 else "parked"
            session_rows.append((session_id, client_id, bank.id, bank.version, bank.title, snapshot, status,
                                 questions[-1].id, _stamp(moment), _stamp(ended),
                                 _stamp(ended) if status == "finished" else None,
                                 int((ended - moment).total_seconds()), str(uuid.uuid4())))
            named_here: list[tuple[int, str, str]] = []
            written = 0
            for q in questions:
                if written >= answers_per_session:
                    break
                answer_id += 1
                written += 1
                stamp = _stamp(moment + timedelta(minutes=written * 2))
                status_roll = rng.random()
                a_status = "answered" if status_roll < 0.9 else rng.choice(("skipped", "declined", "parked"))
                text, value = "", None
                if q.kind == "persons":
                    chosen = rng.sample(persons, min(len(persons), rng.randint(1, 4)))
                    for pid, _name, _rel in chosen:
                        if pid not in {p[0] for p in named_here}:
                            named_here.append((pid, _name, _rel))
                        mention_rows.append((pid, session_id, q.id, "worker", None, stamp, str(uuid.uuid4())))
                    text = answer_text(rng, [(n, r) for _, n, r in chosen])
                elif q.kind == "scale":
                    value = str(rng.randint(1, 10))
                    text = rng.choice(("", "", "Het schommelt.", "Beter dan vorige keer."))
                elif q.kind == "yesno":
                    value = rng.choice(("ja", "nee"))
                elif q.kind == "choice":
                    value = rng.choice(q.options)
                else:
                    text = answer_text(rng, [(n, r) for _, n, r in persons])
                if a_status != "answered":
                    text, value = "", None
                note = "Cliënt werd emotioneel." if rng.random() < 0.03 else ""
                answer_rows.append((answer_id, session_id, q.id, phase_of[q.id], q.text, None, None, text, value,
                                    a_status, note, stamp, stamp))
                # follow-ups about a person named in this question
                if q.kind == "persons" and q.follow_ups and named_here:
                    for n, template in enumerate(q.follow_ups):
                        if written >= answers_per_session or rng.random() < 0.3:
                            continue
                        pid, name, rel = rng.choice(named_here)
                        answer_id += 1
                        written += 1
                        answer_rows.append((answer_id, session_id, f"{q.id}~{n}~{pid}", phase_of[q.id],
                                            q.follow_up_for(template, name), q.id, pid,
                                            answer_text(rng, [(name, rel)]), None, "answered", "", stamp, stamp))
            while written < answers_per_session:  # extra open remarks fill up to the exact count
                answer_id += 1
                written += 1
                answer_rows.append((answer_id, session_id, f"extra-{written}", None, "Nog iets?", None, None,
                                    answer_text(rng, [(n, r) for _, n, r in persons]), None, "answered", "",
                                    _stamp(ended), _stamp(ended)))
            if rng.random() < 0.1:
                note_rows.append((str(uuid.uuid4()), session_id, None,
                                  "Later teruggebeld: " + rng.choice(PLAIN), 1, _stamp(ended + timedelta(days=2))))
    with db.atomic():
        conn.executemany("insert into clients (id, code, label, created_at, uuid) values (?,?,?,?,?)", client_rows)
        conn.executemany(
            "insert into persons (id, client_id, name, relation, category, closeness, confirmed, removed, created_at, "
            "updated_at, uuid) values (?,?,?,?,?,?,?,?,?,?,?)", person_rows)
        conn.executemany(
            "insert into sessions (id, client_id, bank_id, bank_version, bank_title, bank_snapshot, status, "
            "current_question, started_at, updated_at, ended_at, elapsed_seconds, uuid) "
            "values (?,?,?,?,?,?,?,?,?,?,?,?,?)", session_rows)
        conn.executemany(
            "insert into answers (id, session_id, question_id, phase_id, question_text, parent_question_id, "
            "person_id, text, value, status, note, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            answer_rows)
        conn.executemany(
            "insert into mentions (person_id, session_id, question_id, source, quote, created_at, uuid) "
            "values (?,?,?,?,?,?,?)", mention_rows)
        conn.executemany(
            "insert into session_notes (uuid, session_id, question_id, text, added_later, created_at) "
            "values (?,?,?,?,?,?)", note_rows)
    conn.execute("PRAGMA optimize")
    counts.update(clients=len(client_rows), sessions=len(session_rows), answers=len(answer_rows),
                  persons=len(person_rows), mentions=len(mention_rows), session_notes=len(note_rows))
    db.close()
    return counts


def cached(sessions: int, *, sessions_per_client: int = 20, big_client_sessions: int = 50) -> Path:
    """A synthetic DB with about ``sessions`` sessions, built once into ``benchmarks/.cache``.

    The cache key includes this file and the schema, so a changed generator or
    a new migration rebuilds it.
    """
    import hashlib

    from benchmarks.common import CACHE, ROOT

    key = hashlib.sha256(
        Path(__file__).read_bytes() + (ROOT / "quez" / "storage" / "schema.py").read_bytes()
    ).hexdigest()[:10]
    clients = max(1, sessions // sessions_per_client)
    path = CACHE / f"synth-{clients}x{sessions_per_client}-{key}.db"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        for old in CACHE.glob(f"synth-{clients}x{sessions_per_client}-*.db*"):
            old.unlink()
        tmp = path.with_name(path.name + ".tmp")
        for leftover in CACHE.glob(tmp.name + "*"):
            leftover.unlink()
        build(tmp, clients=clients, sessions_per_client=sessions_per_client, big_client_sessions=big_client_sessions)
        tmp.rename(path)
    return path


def copy_of(source: Path, target: Path) -> Path:
    """A private copy (a benchmark that writes must not touch the cached DB)."""
    import shutil

    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--sessions", type=int, default=20, help="sessions per client")
    parser.add_argument("--answers", type=int, default=ANSWERS_PER_SESSION, help="answers per session")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    counts = build(args.out, clients=args.clients, sessions_per_client=args.sessions, answers_per_session=args.answers)
    size = args.out.stat().st_size / 1e6
    print(f"{args.out}: {counts} ({size:.0f} MB) in {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
