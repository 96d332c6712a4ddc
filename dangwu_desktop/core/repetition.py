"""Minutes that repeat other records wholesale (the 千篇一律 an inspector notes): how much of one
record's text is found in another's, over normalised text.

Each text is reduced to its characters that carry words (punctuation, spaces and the template's
一、 headings dropped; full-width folded by NFKC) and cut into overlapping runs of `SHINGLE`
characters. The share of a record's runs found in another record says how much of it is copied.
A year of records (a few hundred short texts) takes milliseconds: one set per record, built once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

SHINGLE = 6  # characters: longer than a stock phrase (认真学习了), shorter than a sentence
REPEATED_SHARE = 0.8  # this much of a record found in one other record is a copy of it
MINIMUM_CHARACTERS = 30  # shorter minutes are warned as too short already


def normalised(text: str, headings: Iterable[str] = ()) -> str:
    """The word characters of `text`, without the lines that are only a 议题 heading."""
    skip = {h.strip() for h in headings if h.strip()}
    kept = []
    for line in unicodedata.normalize("NFKC", text).splitlines():
        _ordinal, separator, topic = line.strip().partition("、")
        if separator and topic.strip() in skip:
            continue
        kept.append(line)
    return "".join(c for c in "".join(kept) if c.isalnum())


def shingles(text: str) -> frozenset[str]:
    if len(text) < MINIMUM_CHARACTERS:
        return frozenset()
    return frozenset(text[i : i + SHINGLE] for i in range(len(text) - SHINGLE + 1))


@dataclass(frozen=True, slots=True)
class Repeat:
    key: int  # the other record
    share: float  # of this record's text found in it


def repeats(own: frozenset[str], others: Mapping[int, frozenset[str]]) -> list[Repeat]:
    """The records that hold at least REPEATED_SHARE of `own`, most copied first."""
    if not own:
        return []
    found = []
    for key, theirs in others.items():
        share = len(own & theirs) / len(own)
        if share >= REPEATED_SHARE:
            found.append(Repeat(key, share))
    return sorted(found, key=lambda r: (-r.share, r.key))
