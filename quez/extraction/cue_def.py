"""One opinion cue: a pattern of words with its polarity and stance (the table is
:mod:`quez.extraction.cue_table`)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class CueDef:
    pattern: re.Pattern
    polarity: int
    stance: str
    verb: bool = False  # a verb: negation may follow it ("snapt er niks van")
    consumes_negation: bool = False  # a fixed phrase whose negator is part of it
    descriptive: bool = False  # an adjective that may describe anyone ("goed", "knap"), not a stance toward someone
    credit: bool = False  # gives the client the credit for how someone is doing ("dankzij mij", "aan mij te danken")


def cue(words: str, polarity: int, stance: str, verb: bool = False, consumes: bool = False,
        descriptive: bool = False, credit: bool = False) -> CueDef:
    """A cue for ``words`` (a regular expression over the answer as its tokens read it), matched as whole words."""
    return CueDef(re.compile(r"(?<!\w)(?:" + words + r")(?!\w)"), polarity, stance, verb, consumes, descriptive,
                  credit)
