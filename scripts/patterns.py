"""Long alternations that run only the alternatives a text can match.

Python's `re` tries every alternative of `\\b(?:met|called on|held talks|...)` at every word of a
sentence, and case-insensitive alternatives cannot fail fast: the meeting verbs cost about 100 µs a
sentence each. Most alternatives start with letters that a given sentence does not contain, so
`Alternation` reads, once, what each alternative must start with ("met", "call", "held"), and on each
text compiles (and caches) the alternation of only those whose start the text contains. An
alternative that cannot match anywhere in a text changes no match, so the matches are exactly the
full pattern's (tests/test_meetings.py checks this on every corpus of the repository).
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

_LONGEST = 6  # letters of an alternative's start worth testing
_MOST = 24  # starts per alternative; more than that and it is not worth testing


class Alternation:
    """A pattern of the form HEAD(?:A|B|C...)TAIL (or A|B|C...) with the `finditer`, `search` and
    `match` of `re`, whose matches are those of `re.compile(pattern, flags)`. Each alternative is
    compiled on its own, when a text first needs it; a text runs only those whose start it contains,
    and where several match, the leftmost wins, then the one written first, as in the alternation."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags
        head, alternatives, tail = _split(pattern)
        self._sources = [head + "(?:" + alternative + ")" + tail for alternative in alternatives]
        self._compiled: list[re.Pattern | None] = [None] * len(alternatives)
        self._always: list[int] = []
        # A start that every match begins at the start of a word with is filed under that word's first
        # three letters (a text's words say which to look for); the others are looked for one by one.
        self._by_word: dict[str, list[tuple[str, int]]] = {}
        self._elsewhere: list[tuple[str, int]] = []
        self._exact = True
        for i, source in enumerate(self._sources):
            tree = sre_parse.parse(source, flags)
            # (an alternative that can match nothing would make finditer step a character at a time)
            self._exact = self._exact and tree.getwidth()[0] > 0
            starts = _starts(tree)
            if starts is None:
                self._always.append(i)
                continue
            at_word_start = _anchored(list(tree))
            for start in starts:
                lead = re.match(r"\w*", start).group()
                if at_word_start and lead and (len(lead) >= 3 or len(lead) < len(start)):
                    self._by_word.setdefault(lead[:3], []).append((start, i))
                else:
                    self._elsewhere.append((start, i))
        self._words = frozenset(self._by_word)
        self._last: tuple[str | None, list[re.Pattern]] = (None, [])

    @property
    def full(self) -> re.Pattern:
        """The pattern as written, compiled whole."""
        return re.compile(self.pattern, self.flags)

    def _alternative(self, i: int) -> re.Pattern:
        if self._compiled[i] is None:
            self._compiled[i] = re.compile(self._sources[i], self.flags)
        return self._compiled[i]

    def _kept(self, text: str) -> list[re.Pattern]:
        """The alternatives whose start the text contains, in their order (remembered for the last text:
        a sentence is read several times over)."""
        if self._last[0] is not text:
            folded, words = _words_of(text)
            kept = set(self._always)
            for word in self._words.intersection(words):
                for start, i in self._by_word[word]:
                    if start == word or start in folded:
                        kept.add(i)
            for start, i in self._elsewhere:
                if start in folded:
                    kept.add(i)
            self._last = (text, [self._alternative(i) for i in sorted(kept)])
        return self._last[1]

    def may_match(self, text: str) -> bool:
        """False when no alternative can match anywhere in the text."""
        return bool(self._kept(text))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        if not self._exact:
            return self.full.finditer(text, pos, len(text) if endpos is None else endpos)
        return self._finditer(self._kept(text), text, pos, len(text) if endpos is None else endpos)

    @staticmethod
    def _finditer(kept: list[re.Pattern], text: str, pos: int, endpos: int):
        found = [each.search(text, pos, endpos) for each in kept]
        while True:
            first = None
            for i, match in enumerate(found):
                if match is not None and (first is None or match.start() < found[first].start()):
                    first = i
            if first is None:
                return
            match = found[first]
            yield match
            pos = match.end()
            found = [None if other is None else other if other.start() >= pos else each.search(text, pos, endpos)
                     for each, other in zip(kept, found)]

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return next(iter(self.finditer(text, pos, endpos)), None)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        endpos = len(text) if endpos is None else endpos
        return next((m for each in self._kept(text) if (m := each.match(text, pos, endpos))), None)


_WORD_START = re.compile(r"\b\w{1,3}")
_last_text: tuple[str | None, str, frozenset[str]] = (None, "", frozenset())


def _words_of(text: str) -> tuple[str, frozenset[str]]:
    """The text case-folded, and the first three letters of each of its words (remembered for the
    last text: each alternation reads the same sentence)."""
    global _last_text
    if _last_text[0] is not text:
        folded = text.casefold()
        _last_text = (text, folded, frozenset(_WORD_START.findall(folded)))
    return _last_text[1], _last_text[2]


def _split(pattern: str) -> tuple[str, list[str], str]:
    """`\\b(?:A|B)` -> ("\\b", ["A", "B"], ""); `A|B` -> ("", ["A", "B"], "")."""
    alternatives = _top_level(pattern)
    if len(alternatives) == 1:
        whole = re.match(r"(\\b|\^)?\(\?:", pattern)
        if whole and _closing(pattern, whole.end() - 3) == len(pattern) - 1:
            return whole.group(1) or "", _top_level(pattern[whole.end():-1]), ""
        if whole and pattern.endswith(")\\b") and _closing(pattern, whole.end() - 3) == len(pattern) - 3:
            return whole.group(1) or "", _top_level(pattern[whole.end():-3]), "\\b"  # \b(?:A|B)\b
    return "", alternatives, ""


def _top_level(pattern: str) -> list[str]:
    """The pattern split at its top-level `|`s."""
    parts, start = [], 0
    for i, char, depth in _scan(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _closing(pattern: str, i: int) -> int:
    """The index of the `)` that closes the group opened at i."""
    return next((j for j, char, depth in _scan(pattern, i) if char == ")" and depth == 0), -1)


def _scan(pattern: str, i: int = 0):
    """(index, character, depth of groups after it) for each character from i on, outside escapes and
    character classes."""
    depth = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i) + 1
            continue
        depth += (char == "(") - (char == ")")
        yield i, char, depth
        i += 1


def _class_end(pattern: str, i: int) -> int:
    """The index of the `]` that closes the character class opened at i."""
    i += 1
    if pattern[i:i + 1] == "^":
        i += 1
    if pattern[i:i + 1] == "]":
        i += 1
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _starts(tree) -> tuple[str, ...] | None:
    """What every match of a parsed pattern starts with, case-folded (one of these strings), or None
    when that cannot be told in a few letters."""
    starts, _ = _sequence(list(tree), {""})
    if "" in starts or len(starts) > _MOST:
        return None
    return tuple(sorted(starts))


def _anchored(items: list) -> bool:
    """Whether every match begins where a word begins: "\\b" or "^" before the first letter."""
    for op, value in items:
        if op is sre.AT:
            return value in (sre.AT_BOUNDARY, sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.SUBPATTERN:
            return _anchored(list(value[-1]))
        if op is sre.BRANCH:
            return all(_anchored(list(alternative)) for alternative in value[1])
        return False
    return False


def _sequence(items: list, starts: set[str]) -> tuple[set[str], bool]:
    """Extends each start by what the items match first; the bool says whether all items were read
    (a repetition or a wide class ends what can be told)."""
    for at, (op, value) in enumerate(items):
        if all(len(s) >= _LONGEST for s in starts) or len(starts) > _MOST:
            return starts, False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: "\b", lookarounds
        if op is sre.LITERAL:
            starts = {_extend(s, chr(value)) for s in starts}
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in value) and len(value) <= 4:
            starts = {_extend(s, chr(char)) for s in starts for _, char in value}
        elif op is sre.SUBPATTERN:
            starts, complete = _sequence(list(value[-1]), starts)
            if not complete:
                return starts, False
        elif op is sre.BRANCH:
            found, complete = set(), True
            for alternative in value[1]:
                more, done = _sequence(list(alternative), set(starts))
                found |= more
                complete = complete and done
            starts = found
            if not complete:
                return starts, False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] == 0:
            # "(?:also )?joined": what follows without it, or one time through it
            without, _ = _sequence(items[at + 1:], set(starts))
            once, _ = _sequence(list(value[2]), set(starts))
            return without | once, False
        else:
            return starts, False  # a repetition, any character, a category: nothing more is certain
    return starts, True


def _extend(start: str, char: str) -> str:
    return (start + char.casefold())[:_LONGEST] if len(start) < _LONGEST else start
