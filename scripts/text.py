"""Text helpers shared by every stage: normalising, tokens, sentences, slugs.

Everything here works on plain strings and character offsets, so that any fact
extracted later can point back into `articles.body` with `body[start:end]`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "brig", "capt", "cdr", "adm",
    "sgt", "sen", "rep", "gov", "amb", "st", "jr", "sr", "no", "nos", "vs", "etc", "inc", "ltd",
    "co", "corp", "dept", "govt", "eng", "engr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mt", "ft", "hon", "rev", "messrs", "approx", "est", "fig", "smt", "shri", "sh",
}

_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_BLANK_LINES = re.compile(r"\n{3,}")
# "process. =Director General": a stray markup character glued to a word, left by a CMS.
_STRAY_EQUALS = re.compile(r"(?:(?<=\s)|^)=(?=[A-Z])", re.M)
# Control characters and invisible formatting marks (soft hyphen, bidi marks), but not \t or \n.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def normalise(text: str) -> str:
    """NFC, Unix newlines, single spaces, no trailing blanks, at most one empty line in a row."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub("", text)
    text = _STRAY_EQUALS.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def slugify(value: str) -> str:
    """Lowercase ASCII slug: 'Shah Mahmood Qureshi' -> 'shah-mahmood-qureshi'."""
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = _NOT_SLUG.sub("-", value).strip("-").lower()
    return value or "x"


_NOT_SLUG = re.compile(r"[^a-zA-Z0-9]+")


@lru_cache(maxsize=200_000)
def fold(value: str) -> str:
    """Case- and accent-insensitive key: 'Cavuşoğlu' and 'cavusoglu' fold alike."""
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub(" ", value.lower()).strip()


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


class Token(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


# Order matters: dotted abbreviations (U.S.), words with inner apostrophes or hyphens
# (d'Affaires, Lt-Gen, Fazl-ur-Rehman) but not a final possessive, the possessive 's
# as its own token, numbers with ordinals, then any other character.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    r"|[^\W\d_]+(?:[’'\-‐](?![sS]\b)[^\W\d_]+)*"
    r"|[’'][sS]\b"
    r"|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th)?"
    r"|\S",
    re.UNICODE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of text[start:end], with offsets into text; possessive 's is its own token."""
    new = tuple.__new__  # Token(...) without the named tuple's Python-level constructor: a hot path
    return [new(Token, (m.group(), *m.span())) for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]


_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
_SENTENCE_END = re.compile(r"[.!?…]+[" + re.escape(_CLOSERS) + r"]*")


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    match = re.search(r"([A-Za-z]+)\.?$", text[max(0, dot - 12):dot + 1])
    if not match:
        return False
    word = match.group(1)
    if word.lower() in ABBREVIATIONS:
        return True
    # A single capital letter is an initial (Austin S. Miller) or part of U.S.
    return len(word) == 1 and word.isupper()


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each sentence; newlines always end a sentence."""
    spans = []
    line_start = 0
    for line in text.split("\n"):
        spans.extend(_line_sentences(line, offset + line_start))
        line_start += len(line) + 1
    return spans


def _line_sentences(line: str, offset: int) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(line):
        end = match.end()
        rest = line[end:]
        if match.group()[0] == "." and _ends_with_abbreviation(line, match.start()):
            continue
        following = rest.lstrip()
        if not following:
            break
        spaced = len(rest) > len(following)
        # ISPR."Both ...: a quotation glued to the full stop still starts a sentence.
        glued_quote = not spaced and following[0] in "“\"" and len(following) > 1 and following[1].isupper()
        if not (spaced or glued_quote):
            continue
        if following[0].islower():
            continue
        spans.append((offset + start, offset + end))
        start = end + (len(rest) - len(following))
    if line[start:].strip():
        spans.append((offset + start, offset + len(line.rstrip())))
    return spans
