"""Dates: absolute date strings, and relative expressions resolved against an anchor.

`resolve(expression, anchor)` turns "on Monday", "yesterday", "last month" or "on March 8"
into an ISO date (`YYYY-MM-DD`, or `YYYY-MM` when only the month is known) using the
article's own date as the anchor. Without an anchor nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime, timedelta, timezone

from .lexicon import MONTHS, WEEKDAYS

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# A live blog's entry time alone on a line: "10:45", "9.20am", "10:40 PM IST", "Oct 07, 2024 10:40 PM IST",
# "07/04/2023 - 17:20" (read keeps such lines in the body; the meetings stage dates entries by them)
ENTRY_TIME = re.compile(r"^\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4},?\s+|\d{1,2} [A-Z][a-z]{2,8} \d{4},?\s+"
                        r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}\s*[-–]?\s*)?\d{1,2}[:.]\d{2}"
                        r"(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:GMT|UTC|[A-Z]{2,4})\)?\s*(?:[+-]\d{1,2})?)?\s*$", re.I)

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_ISO_SLASH = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\s*$")
# "11.07.2023", "06/02/2024" alone: day first, as everywhere but the United States writes it, unless impossible
# "05/03/2021", "29/07/2568 10:15" (a Thai date: the Buddhist era runs 543 years ahead)
# (a time or a byline may follow: "25/03/2025 - 06:10 By ...")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./]((?:19|20|25)\d\d)(?:,?\s+(?:[-–—|]\s+)?\d{1,2}[:.]\d\d\b.*)?\s*$")
_BUDDHIST_ERA = 543
# Whole strings only (a date line, a meta tag), so case does not matter: "JANUARY 18, 2019".
_MDY = re.compile(rf"^\s*(?:{_WEEKDAY},?\s+)?({_MONTH})\s+({_DAY}),?\s+({_YEAR})\b", re.I)
_DMY = re.compile(rf"^\s*(?:{_WEEKDAY},?\s+)?({_DAY})\s+({_MONTH}),?\s+({_YEAR})\b", re.I)


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def parse_date(text: str) -> date | None:
    """An absolute date written out in full: ISO, 'October 29th, 2019', '29 Oct 2019'.
    Trailing text (a time, 'PKT', a byline) is ignored; anything else gives None."""
    if not text:
        return None
    text = text.strip()
    try:
        if match := _ISO.match(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _ISO_SLASH.match(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _NUMERIC.match(text):
            first, second = int(match[1]), int(match[2])
            day, month = (second, first) if second > 12 else (first, second)
            year = int(match[3])
            return date(year - _BUDDHIST_ERA if year > 2400 else year, month, day)
        if match := _MDY.match(text):
            return date(int(match[3]), _month_number(match[1]), _day_number(match[2]))
        if match := _DMY.match(text):
            return date(int(match[3]), _month_number(match[2]), _day_number(match[1]))
    except ValueError:  # 31 February and friends
        return None
    return None


_FULL_DATE = re.compile(rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}|(?:{_MONTH})\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+(?:{_MONTH}),?\s+{_YEAR})\b", re.I)


def find_full_date(text: str) -> tuple[date, str] | None:
    """The first date with a year anywhere in a text: (date, the words that wrote it)."""
    for match in _FULL_DATE.finditer(text):
        found = parse_date(match.group())
        if found:
            return found, match.group()
    return None


def parse_month_day(text: str) -> tuple[int, int] | None:
    """'Oct 29' or '29 October' (no year): the dateline form."""
    if match := re.fullmatch(rf"\s*({_MONTH})\s+({_DAY})\s*", text):
        return _month_number(match[1]), _day_number(match[2])
    if match := re.fullmatch(rf"\s*({_DAY})\s+({_MONTH})\s*", text):
        return _month_number(match[2]), _day_number(match[1])
    return None


def with_year_near(month: int, day: int, anchor: date) -> date | None:
    """The date with this month and day closest before (or just after) the anchor."""
    for year in (anchor.year, anchor.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= anchor + timedelta(days=2):
            return candidate
    return None


def snowflake_time(tweet_id: str | int) -> datetime | None:
    """UTC creation time of a tweet from its snowflake ID; None before snowflakes (Nov 2010)."""
    value = int(tweet_id)
    if value < 30_000_000_000:
        return None
    millis = (value >> 22) + 1288834974657
    return datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(milliseconds=millis)


def iso_millis(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    kind: str  # weekday, relative_day, month_day, month, relative_month, recent
    value: tuple = ()

    @property
    def strength(self) -> int:
        """How precisely the phrase dates an event: a named day beats a vague 'recent'."""
        return {"recent": 0, "relative_month": 1, "month": 1}.get(self.kind, 2)


_EXPRESSIONS = [
    ("month_day", re.compile(
        rf"\b(?:on\s+)?(?:{_WEEKDAY},?\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\b(?:,?\s+(?P<y1>{_YEAR}))?"
        rf"|(?:the\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?"
        rf"|(?P<holiday>New Year[’']s (?:Day|Eve)|Christmas (?:Day|Eve)|Boxing Day)(?:,?\s+(?P<y3>{_YEAR}))?)"
        r"(?:,?\s+(?P<rel>last|this|next) year\b)?"  # "on April 1 this year", "in September last year"
        # "the February 29 deal" names an agreement, not the day of an event.
        r"(?!\s+(?:deal|agreement|accord|pact|attacks?|elections?|polls|deadline|incident|ceasefire|truce|accords))")),
    ("weekday", re.compile(
        rf"\b(?P<prefix>(?:[Oo]n|[Ll]ast|[Tt]his|[Ll]ate|[Ee]arly|[Ee]arlier|[Ss]ince)\s+)?(?P<weekday>{_WEEKDAY})(?:[’']s)?"
        r"(?:\s+(?:morning|afternoon|evening|night))?\b")),
    ("relative_day", re.compile(
        r"\b(?P<word>yesterday|today|tonight|last night|this morning|this afternoon|this evening|"
        r"earlier today)\b", re.I)),
    ("relative_month", re.compile(
        r"\b(?P<word>last week|earlier this week|this week|last month|earlier this month|this month|"
        r"early this month|late last month|earlier last month|"
        r"(?:at|in) the (?:start|beginning|end) of (?:the|this) month)\b", re.I)),
    ("month", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Ll]ast|[Mm]id-)\s*(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?\b(?!\s+\d)"
                         r"(?:,?\s+(?P<rel>last|this|next) year\b)?")),
    ("recent", re.compile(
        r"\b(?P<word>(?:his|her|their|the)\s+(?:recent|latest|current|ongoing|present)\s+(?:visit|trip|tour)|"
        r"recently|(?:on|during)\s+(?:this|the)\s+(?:visit|trip|tour))\b", re.I)),
]
_FUTURE_PREFIX = re.compile(r"\b(?:next|coming|following)\s+$", re.I)
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# What each kind of expression needs in the lower-cased sentence: the others are not tried.
_NEEDED = {
    "month_day": tuple("0123456789") + ("new year", "christmas", "boxing day"),
    "weekday": ("day",),
    "relative_day": ("yesterday", "today", "tonight", "night", "morning", "afternoon", "evening"),
    "relative_month": ("week", "month"),
    "month": _MONTH_WORDS,
    "recent": ("recent", "latest", "current", "ongoing", "present", "visit", "trip", "tour"),
}


# Every expression above contains one of these: most sentences have none and are skipped
# (a few substring tests are much faster than the expressions themselves).
_TIME_WORDS = re.compile("day|christmas|yesterday|tonight|night|morning|afternoon|evening|week|month|recent|latest|current|"
                         "ongoing|present|visit|trip|tour|earlier|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")


def find_expressions(text: str, offset: int = 0) -> list[TimeExpression]:
    """Every time expression in a sentence, in order, non-overlapping (longest first)."""
    if not _TIME_WORDS.search(text.lower()):
        return []
    return _find_expressions(text, offset)


@lru_cache(maxsize=1024)
def _find_expressions(text: str, offset: int) -> list[TimeExpression]:
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    lower = text.lower()
    for kind, pattern in _EXPRESSIONS:
        if not any(needed in lower for needed in _NEEDED[kind]):
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            if _FUTURE_PREFIX.search(text[max(0, start - 12):start]):
                continue
            value = _value(kind, match)
            if value is None:
                continue
            taken.append((start, end))
            found.append(TimeExpression(start + offset, end + offset, match.group().strip(), kind, value))
    return sorted(found, key=lambda e: e.start)


_YEARS_AWAY = {"last": -1, "this": 0, "next": 1}
# Days named by their holiday, the same every year ("went to Riyadh on New Year's Day")
_HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24), "christmas day": (12, 25),
             "boxing day": (12, 26)}


def _value(kind: str, match: re.Match) -> tuple | None:
    if kind == "month_day" and match["holiday"]:
        month, day = _HOLIDAYS[match["holiday"].replace("’", "'").lower()]
        return (month, day, int(match["y3"]) if match["y3"] else None, _YEARS_AWAY.get(match["rel"]))
    if kind == "month_day":
        month = match["m1"] or match["m2"]
        day = match["d1"] or match["d2"]
        year = match["y1"] or match["y2"]
        if month.rstrip(".") == "may" and not match["d1"] and not year:
            return None  # "the 17 may ...": a verb (but "On 17 May" is a day)
        return (_month_number(month), _day_number(day), int(year) if year else None, _YEARS_AWAY.get(match["rel"]))
    if kind == "weekday":
        prefix = (match["prefix"] or "").strip().lower()
        return (WEEKDAYS.index(match["weekday"].lower()), prefix == "last")
    if kind == "month":
        if match["month"].lower() == "may" and not match["year"] and \
                not re.match(r"\s*(?:[,.;]|$|when|last|this|next|and)", match.string[match.end():]):
            return None  # "may" is far more often a verb: "in May" only when nothing verb-like follows
        return (_month_number(match["month"]), int(match["year"]) if match["year"] else None, _YEARS_AWAY.get(match["rel"]))
    return (match["word"].lower(),)


def resolve(expression: TimeExpression, anchor: date | None) -> tuple[str, str] | None:
    """(ISO date, precision) for an expression, or None when it cannot be dated."""
    if expression.kind == "month_day" and expression.value[2]:
        month, day, year, _ = expression.value
        try:
            return date(year, month, day).isoformat(), "day"
        except ValueError:
            return None
    if expression.kind == "month" and expression.value[1]:
        return f"{expression.value[1]:04d}-{expression.value[0]:02d}", "month"
    if anchor is None:
        return None
    if expression.kind == "weekday":
        weekday, strictly_before = expression.value
        back = (anchor.weekday() - weekday) % 7
        if strictly_before and back == 0:
            back = 7
        return (anchor - timedelta(days=back)).isoformat(), "day"
    if expression.kind == "month_day":
        month, day, _, away = expression.value
        if away is not None:  # "on April 1 this year"
            try:
                return date(anchor.year + away, month, day).isoformat(), "day"
            except ValueError:
                return None
        found = with_year_near(month, day, anchor)
        return (found.isoformat(), "day") if found else None
    if expression.kind == "month":
        month, _, away = expression.value
        year = anchor.year + away if away is not None else anchor.year if month <= anchor.month else anchor.year - 1
        return f"{year:04d}-{month:02d}", "month"
    word = expression.value[0]
    if expression.kind == "relative_day":
        back = 1 if word in {"yesterday", "last night"} else 0
        return (anchor - timedelta(days=back)).isoformat(), "day"
    if expression.kind == "relative_month":
        if "last month" in word:
            first = anchor.replace(day=1) - timedelta(days=1)
            return first.strftime("%Y-%m"), "month"
        if word == "last week":
            return (anchor - timedelta(days=7)).strftime("%Y-%m"), "month"
        if "week" in word:
            return (anchor - timedelta(days=anchor.weekday())).strftime("%Y-%m"), "month"
        return anchor.strftime("%Y-%m"), "month"
    if expression.kind == "recent":
        return anchor.strftime("%Y-%m"), "month"
    return None
