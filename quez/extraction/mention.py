"""One mention of a person in an answer, with its exact place (found by :mod:`quez.extraction.persons`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from quez.extraction import lexicon as lx


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person in an answer."""

    name: str | None  # "Els"
    relation: str | None  # the relation word as written, lower case: "tante", "zoontje"
    stem: str | None  # canonical relation: "zoon" for "zoontje"
    category: str
    closeness: int | None
    own: bool  # the client's own relation ("mijn tante"), not someone else's ("haar man")
    plural: bool
    qualifier: str  # distinguishing adjective ("oudste") or possessor ("van Sam")
    start: int  # character span of the whole mention
    end: int
    first: int  # token span
    last: int
    possessor: bool = False  # only named as someone's relative/owner ("de juf van Sam": Sam)
    confidence: float = 0.9

    @property
    def label(self) -> str:
        """How the summary names this person: "Els", "oudste zoon", "juf van Sam", "haar man"."""
        if self.name:
            return self.name
        text = self.relation or ""
        if self.qualifier.startswith("van "):
            text = f"{text} {self.qualifier}"
        elif self.qualifier:
            text = f"{self.qualifier} {text}"
        return f"{self.owner_word} {text}" if self.owner_word and not self.own else text

    owner_word: str = ""
    alias: str | None = None  # the name as written when it is another form of ``name`` ("Lieve" for Godelieve)

    def key(self) -> str:
        """Identity for merging: by name, else by relation (own) or description (someone else's)."""
        if self.name:
            return "n:" + lx.fold(self.name)
        if self.own and not self.qualifier.startswith("van "):
            q = f":{self.qualifier}" if self.qualifier in lx.DISTINGUISHING else ""
            return f"r:{self.stem or self.relation}{q}"
        return "o:" + lx.fold(self.label)

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}



@dataclass
class Setting:
    """What one answer is read against: the conversation so far and the question it answers."""

    text: str = ""  # the answer itself, for cues read from its text
    known_names: frozenset[str] = frozenset()  # folded names the conversation already has ("fenna" is Fenna)
    about_stems: frozenset[str] = frozenset()  # a follow-up's person's relation to the client
    known_stems: dict[str, str] = field(default_factory=dict)  # folded known name: relation stem
    follow_up: bool = False  # the answer is about one person
    called: list[str] = field(default_factory=list)  # filled in: names the answer uses for the client
    cues: list | None = None  # filled in when first needed: the answer's cue hits
    praise_at: frozenset[int] | None = None  # filled in when first needed: where the answer's positive cues start

    def cue_hits(self, tokens) -> list:
        """The answer's cues (:func:`~quez.extraction.cues.find_cues`): read once per answer, only when needed."""
        if self.cues is None:
            from quez.extraction.cues import find_cues

            self.cues = find_cues(self.text, tokens)
        return self.cues
