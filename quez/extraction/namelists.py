"""The shipped name lists: first names (with gender) and place names, read once when first needed, and how
names are compared (folded; short, pet and misspelt forms)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without accents: ``'Zoë'`` → ``'zoe'`` (remembered: names and words come back all the time)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


@lru_cache(maxsize=1)
def _name_genders() -> dict[str, str | None]:
    """Folded first name -> "f", "m", or None (used for both), from the shipped list's sections."""
    text = resources.files("quez.extraction").joinpath("first_names.txt").read_text(encoding="utf-8")
    genders: dict[str, str | None] = {}
    gender = None
    for line in text.splitlines():
        words, _, comment = line.partition("#")
        heading = comment.strip().lstrip("- ").split(" ", 1)[0]
        if heading in ("women", "men"):
            gender = "f" if heading == "women" else "m"
        for word in words.split():
            name = fold(word)
            genders[name] = gender if genders.get(name, gender) == gender else None
    return genders


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Folded words of the shipped place names ("goes", "hoceima" of Al Hoceima), without first names
    ("Maarten" of Sint Maarten) and short words."""
    from quez.extraction import lexicon

    text = resources.files("quez.extraction").joinpath("places.txt").read_text(encoding="utf-8")
    words = set()
    for line in text.splitlines():
        parts = line.split()
        if not parts or line.startswith("#") or any(fold(w) not in _PLACE_PARTICLES for w in parts[:-1]):
            continue  # "Puerto Rico": not "Rico"
        folded = fold(parts[-1])  # "Goes", "Al Hoceima", "Den Helder", "Sint-Niklaas"
        if len(folded) >= 3 and folded not in lexicon.STOP_WORDS and folded not in _name_genders():
            words.add(folded)
    return frozenset(words)


_PLACE_PARTICLES = frozenset("al el den de la le les los las 's het ter ten".split())


def is_place(word: str) -> bool:
    """A word of a place name that is no first name: "Goes", "Texel", "Nador", "Hoceima"."""
    return fold(word) in _place_words()


def is_first_name(word: str) -> bool:
    return fold(word) in _name_genders()


def name_gender(name: str) -> str | None:
    """"f" or "m" for a first name in the shipped list (the first word of ``name``), else None."""
    first = name.split()[0] if name.split() else ""
    return _name_genders().get(fold(first))


_DIMINUTIVES = ("tje", "je", "ke", "eke", "ie", "y")
#: pet forms that are no spelling of the name (Dutch, Limburgs, Polish, Russian, Arabic, Turkish): full name,
#: then its known pet forms
_PET_NAMES = """
johannes hans jan joop jo johan hannes | johanna jo ans anneke hanneke jannie | cornelis kees cees cor
pieter piet | nicolaas klaas nico | elisabeth bep lies liesbeth betty els elly | wilhelmina mien willy wil
eva eef eefje evie | josephine fien | chantal chanty
catharina toos tiny katrien kathy | katrien kathy trien | hendrika riek rika | hendrik henk hein | gerard sjra
gerrit | jozef sjef jos | hubert ber bert | maria mia mies marie ria | margaretha greet grietje margriet
jacobus koos jaap | jakub kuba | agnieszka aga | grzegorz grzesiek | tomasz tomek | bartosz bartek
wojciech wojtek | katarzyna kasia | malgorzata gosia | barbara basia | aleksandr sasha sacha | oleksandr sasha
mohammed mo moha | mehmet memo | mustafa musti | alexander alex sander | alexandra sandra
anne-marie annemie | wilhelmus wim | antonius toon ton | theodorus theo | franciscus frans
""".strip()


def name_form_of(written: str, name: str) -> bool:
    """"Es" or "Marjo" for Marjolein (a short form), "Fleurtje" for Fleur, "Gaily" for Gail (a pet form),
    "Jaimie" for Jaimy, "denis" for Dennis: the same name written another way (never the name itself)."""
    from rapidfuzz.distance import Levenshtein

    a, b = fold(written).replace("-", ""), fold(name).replace("-", "")
    if a == b:
        return False
    parts = fold(name).replace("-", " ").split()
    if len(parts) > 1 and a == "".join(part[0] for part in parts):
        return True  # "jw" for Jan-Willem, "MJ" for Marie-José
    if a in _pet_forms().get(b, ()):
        return True  # "Kuba" for Jakub, "Sjra" for Gerard, "Kathy" for Katrien (not Hans for Jan: two people)
    if b.endswith(a) and len(a) >= 4 and len(b) > len(a) + 1:
        return True  # "Kader" for Abdelkader, "Lieve" for Godelieve
    if a[:1] != b[:1]:
        return False
    short = b.startswith(a) and len(b) > len(a) + 1 and (len(a) <= 3 or len(a) * 2 >= len(b))
    short = short or a.endswith("s") and len(a) >= 4 and b.startswith(a[:-1]) and len(b) >= len(a)  # "Debs", "Lieks"
    pet = any(a == b + s or a == b[:-1] + s or a == b + b[-1:] + s for s in _DIMINUTIVES) and len(b) >= 3
    # "Kimmie" for Kim, "Bassie" for Bas: the last letter doubled before the pet ending
    return short or pet or min(len(a), len(b)) >= 4 and Levenshtein.distance(a, b) <= (1 if len(b) < 6 else 2)


def short_form_of(written: str, name: str) -> bool:
    """``written`` is another form of ``name`` and not the other way round: "Lut" for Lutgarde (not "Lien" for
    Lientje: that one is a pet form of hers)."""
    return name_form_of(written, name) and not name_form_of(name, written)


def of_two_sexes(a: str, b: str) -> bool:
    """The shipped lists give one name as a woman's and the other as a man's ("Janneke", "Jan"): two people."""
    return {name_gender(a), name_gender(b)} == {"f", "m"}


def nickname_of(written: str, name: str) -> bool:
    """"Jackie" for Jacqueline, "Kiki" for Kiara, "abby" for Abena, "Fika" for Fikreta: the first letters of the
    name and a pet ending. Looser than :func:`name_form_of`, so only for the one person a follow-up asks about."""
    a, b = fold(written).replace("-", ""), fold(name).replace("-", "")
    if a == b or not 3 <= len(a) <= 6 or len(b) < 4:
        return False
    if a.endswith(("a", "o")):
        return b.startswith(a[:-1])  # "Fika" for Fikreta; not "Marco" for Martin
    doubled = a[:2] == a[2:4] and a[:2] == b[:2]  # "Kiki" for Kiara
    return (doubled or a[:3] == b[:3]) and a.endswith(_NICKNAME_ENDINGS)  # not "Sammy" for Sandra


_NICKNAME_ENDINGS = ("ie", "y", "i", "ke", "tje", "je")


@lru_cache(maxsize=1)
def _pet_forms() -> dict[str, set[str]]:
    """Each full name and its pet forms."""
    table: dict[str, set[str]] = {}
    for group in _PET_NAMES.replace("\n", "|").split("|"):
        words = [fold(w).replace("-", "") for w in group.split()]
        if words:
            table.setdefault(words[0], set()).update(words[1:])
    return table


#: capitalised words that are not persons (places, shops, agencies, feasts, illnesses
#: named after someone, hospitals and clubs)
NON_PERSON_CAPS = frozenset(
    """nederland belgië belgie vlaanderen marokko turkije suriname curaçao curacao polen syrië syrie
    amsterdam rotterdam utrecht groningen eindhoven tilburg almere breda nijmegen arnhem zwolle leiden haarlem
    maastricht den haag antwerpen gent brussel leuven brugge limburg brabant friesland
    action heijn jumbo lidl aldi hema kruidvat ikea plus coop spar blokker zeeman primark
    insta instagram facebook tiktok snapchat whatsapp youtube marktplaats god gods allah jezus
    roma sinti koerden marokkanen turken surinamers antillianen molukkers nederlanders hollanders belgen vlamingen
    syriërs syriers afghanen eritreeërs eritreeers somaliërs somaliers ghanezen chinezen indonesiërs indonesiers
    hindoestanen creolen javanen friezen limburgers brabanders
    bulgaar bulgaren roemeen roemenen pool filipino filipina filipino's filipijnen congolees congolezen nigeriaan
    nigerianen ghanees tamil tamils koerd irakees irakezen iraniër iranier iraniërs iraniers afghaan somaliër somalier
    eritreeër eritreeer portugees portugezen kaapverdiaan kaapverdianen vietnamees vietnamezen oekraïner oekrainer
    oekraïners oekrainers rus russen hongaar hongaren spanjaard spanjaarden italiaan italianen griek grieken engelsman
    engelsen amerikaan amerikanen duitser duitsers fransman fransen marokkaan turk surinamer antilliaan syriër syrier
    belg nederlander vlaming brabander limburger urker urkers tukker tukkers groninger groningers rotterdammer
    amsterdammer hagenaar antwerpenaar molukker indo indo's chinees hindoestaan javaan creool pakistaan pakistanen
    indiër indier indiërs indiers egyptenaar egyptenaren algerijn algerijnen tunesiër tunesier ethiopiër ethiopier
    ethiopiërs soedanees soedanezen jemeniet jemenieten
    wmo uwv ocmw cjg svb duo belastingdienst gemeente jeugdzorg veilig thuis kerk moskee
    humanitas kwadraad vluchtelingenwerk leger heils buurtzorg ggz ggd mee zorgbelang wijkteam voedselbank
    kledingbank schuldhulp jeugdbescherming raad kinderbescherming sociaal plan bureau stichting vereniging
    lentis parnassia arkin kwintes rib cordaan amsta vitalis tactus novadic brijder
    whatsapp facebook instagram google youtube tiktok netflix
    kerst kerstmis pasen pinksteren ramadan suikerfeest offerfeest sinterklaas oud nieuwjaar god allah
    aäron elia noach goliath boeddha buddha ganesha
    alzheimer parkinson huntington crohn lyme korsakov korsakoff asperger tourette duchenne pfeiffer down
    ehlers-danlos hodgkin kahler bechterew hashimoto menière meniere sjögren sjogren raynaud guillain creutzfeldt
    marfan noonan angelman prader rett klinefelter
    erasmus radboud isala rijnstate zuyderland martini amphia gelre maasstad ikazia umcg lumc amc vumc olvg spaarne
    tergooi ajax feyenoord psv vitesse anderlecht antwerp beerschot colruyt delhaize carrefour vomar hoogvliet
    similes ypsilon accare ziggo kpn vodafone rabobank
    nederlands engels duits turks arabisch marokkaans pools spaans italiaans russisch oekraïens somalisch
    tigrinya berbers koerdisch papiamento sranan vlaams fries digid excel word teams zoom outlook café cafe
    enschede hengelo almelo venlo venray roermond heerlen sittard weert helmond oss zwolle deventer apeldoorn
    amersfoort dordrecht zoetermeer schiedam delft gouda alkmaar hoorn purmerend lelystad emmen assen
    leeuwarden heerenveen hilversum brugge mechelen hasselt genk kortrijk oostende aalst
    syrië syrie polen turkije oekraïne oekraine eritrea somalië somalie afghanistan irak iran marokko
    venezuela poolse turkse marokkaanse syrische oekraïense oekraiense surinaamse antilliaanse nederlandse
    belgische vlaamse duitse engelse franse eritrese somalische afghaanse koerdische russische chinese
    indonesische molukse kaapverdische canada amerika engeland frankrijk duitsland spanje portugal italië italie
    griekenland bulgarije roemenië roemenie ghana nigeria egypte tunesië tunesie algerije indonesië indonesie
    china india pakistan australië australie brazilië brazilie colombia aruba bonaire
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli
    augustus september oktober november december ghanese poolse polak polakken hollander hollanders
    i i'm i've i'll i'd you he she we they it the my
    hongaars vietnamees tamil sarnami papiaments papiamentu farsi dari pashto amhaars chinees kantonees mandarijn
    portugees kaapverdiaans roemeens bulgaars albanees bosnisch servisch kroatisch hindi urdu bengaals thai tagalog
    lingala swahili tigrinya perzisch hebreeuws grieks japans koreaans venloos mestreechs gronings twents drents
    brabants limburgs zeeuws haags gents antwerps west-vlaams sranantongo hindostaans hindoestaans
    tết tet aïd aid eid diwali divali holi newroz nowruz chanoeka hanukkah pesach kerstfeest keti koti
    dios diosa gott mungu jah bhagwan khuda allee amai awel wablieft voila enfin""".split()
)
