"""Resolve stage: across articles, one row per real person, meeting and tweet.

People: every name the articles use for a person (spelling variants of transliterated
names, short forms, registry aliases) joins one cluster with a stable id. Meetings: the
same meeting reported by several articles (same date, two or more shared participants)
becomes one row with several sources. Tweets: one row per status ID.
"""

from __future__ import annotations

import hashlib
import json
import re
import marshal
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz

from .knowledge import Registry
from .lexicon import HONORIFICS, NAME_PARTICLES, ROLE_NOUNS, has_other_forms, usual_given_name

from .text import fold, slugify

ROLE_WORDS = frozenset(ROLE_NOUNS) - {"member", "official", "officer", "head", "chief", "leader", "deputy"}
# Spellings of one role word: "National Security Advisor" and "national security adviser".
_SAME_ROLE_WORD = {"advisor": "adviser", "counselor": "counsellor", "councilor": "councillor",
                   "spokesperson": "spokesman", "spokeswoman": "spokesman", "chairperson": "chairman",
                   "chairwoman": "chairman", "chair": "chairman"}

# ---------------------------------------------------------------- people

_VOWELS = re.compile(r"[aeiouy]")
_FINAL_H = re.compile(r"([aeiou])h$")
_REPEATS = re.compile(r"(.)\1+")
_UKRAINIAN_H = re.compile(r"(?<=[^szc])h(?=.)")
_R_BEFORE_CONSONANT = re.compile(r"(?<=[aeiou])r(?=[bcdfgjklmnpqstvxz])")


@lru_cache(maxsize=100_000)
def skeleton(word: str) -> str:
    """A transliteration-insensitive key: Mehmood/Mahmood, Muhammad/Mohammad, Hameed/Hamid."""
    word = fold(word).replace(" ", "")
    if not word:
        return word
    word = word.replace("ph", "f").replace("gh", "q").replace("w", "v")  # Bagheri/Baqeri, Wechayachai/Vechayachai
    # Indonesian names in the old Dutch spelling: Sjamsoeddin/Syamsuddin, Soedjono/Sujono, Tjahjo/Cahyo
    word = word.replace("sj", "sy").replace("dj", "j").replace("tj", "c")
    # Gebremichael/Gebremikael, Natthaphon/Nattaphon, Mukherjee/Mukerji
    word = word[0] + word[1:].replace("ch", "k").replace("th", "t").replace("kh", "k")
    # Ukrainian h where Russian writes g: Sybiha/Sibiga, Serhiy/Sergei, Ihor/Igor (not sh, zh, a final h)
    word = word[0] + _UKRAINIAN_H.sub("g", word)[1:]
    word = word[0] + _R_BEFORE_CONSONANT.sub("", word[1:])  # Narkphanit/Nakphanit (a Thai vowel's length, written with r)
    word = _FINAL_H.sub(r"\1", word)  # Abdallah/Abdalla, Fatah/Fattah
    rest = _VOWELS.sub("", word[1:])
    first = "*" if word[0] in "aeiou" else word[0]  # Ebrahim/Ibrahim, Osama/Usama, Omar/Umar
    return _REPEATS.sub(r"\1", first + rest)


def name_key(name: str) -> tuple[str, ...]:
    return tuple(skeleton(w) for w in fold(name).split())


@dataclass
class NameStats:
    """What the articles say about one written name."""
    count: int = 0
    forms: set = field(default_factory=set)
    countries: Counter = field(default_factory=Counter)
    organisations: Counter = field(default_factory=Counter)
    latest_role: tuple = ()  # (published, article id, role): the most recent article's wording


class PeopleResolver:
    """Takes what the mentions say about each written name, then clusters names into people."""

    def __init__(self, registry: Registry):
        self.registry = registry
        self.names: dict[str, NameStats] = defaultdict(NameStats)
        self.twitter: dict[str, str] = {}

    def add_mentions(self, mentions: Iterable[tuple], published_of: dict[str, str]) -> None:
        """Rows of load.mention_facts: each written name's forms, countries, organisations and
        latest role (a name used as an adjective counts as a form, not as a role or affiliation)."""
        for name, text, kind, country, organisation, role, title, article_id in mentions:
            stats = self.names[name]
            stats.count += 1
            stats.forms.add(text)
            if kind == "attributive":
                continue
            if country:
                stats.countries[country] += 1
            if organisation:
                stats.organisations[organisation] += 1
            role = role or (title if title and title.lower() not in HONORIFICS else None)
            if role:
                stats.latest_role = max(stats.latest_role, (published_of[article_id] or "", article_id, role))

    def add_author(self, name: str, handle: str | None) -> None:
        """A tweet's author is a person even if no article sentence names them."""
        self.names.setdefault(name, NameStats())
        if handle and name not in self.twitter:
            self.twitter[name] = handle

    def resolve(self) -> tuple[dict[str, str], list[dict]]:
        """({written name: person id}, person rows)."""
        names = sorted(self.names)
        parent = {n: n for n in names}

        def find(n):
            while parent[n] != n:
                parent[n] = parent[parent[n]]
                n = parent[n]
            return n

        def union(a, b):
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        canonical_of = {}
        for name in names:
            canonical = self.registry.canonical(name) or (self.registry.by_token.get(fold(name)) if " " not in name.strip() else None)
            if canonical:
                canonical_of[name] = canonical
        by_canonical = defaultdict(list)
        for name, canonical in canonical_of.items():
            by_canonical[canonical].append(name)
        for group in by_canonical.values():
            for other in group[1:]:
                union(group[0], other)
        multi = [n for n in names if len(fold(n).split()) >= 2]
        # A full name another article gives as someone's alias ("Sharaa, who went by his nom de guerre Abu
        # Mohammed al-Jolani"; "Garcia, whose real name is ..."): that someone, when only one has it so.
        aliased = defaultdict(set)
        for name in names:
            own = set(fold(name).split()) - NAME_PARTICLES
            for form in self.names[name].forms:
                words = fold(form).split()
                if (len(words) >= 2 or len(own) >= 2) and not (set(words) - NAME_PARTICLES) & own:
                    aliased[" ".join(words)].add(name)  # ("Hemedti", written for Mohamed Hamdan Dagalo)
        for name in names:
            owners = aliased.get(fold(name), set()) - {name}
            if len(owners) == 1:
                union(name, owners.pop())
        # Spelling variants: same consonant skeleton, and close as strings.
        by_key = defaultdict(list)
        for name in multi:
            by_key[name_key(name)].append(name)
        for group in by_key.values():
            for other in group[1:]:
                if fuzz.ratio(fold(group[0]), fold(other)) >= 75 and self._same_country(group[0], other):
                    union(group[0], other)
        # Middle initials: "Austin S. Miller" is "Austin Scott Miller"; "Angela P. Aggeler" is "Angela Aggeler".
        by_ends = defaultdict(list)
        for name in multi:
            words = fold(name).split()
            by_ends[(words[0], words[-1])].append((name, [w for w in words[1:-1] if w not in NAME_PARTICLES]))
        for group in by_ends.values():
            for i, (a, middle_a) in enumerate(group):
                for b, middle_b in group[i + 1:]:
                    if _initials_agree(middle_a, middle_b) and self._same_country(a, b):
                        union(a, b)
                    elif not middle_a or not middle_b or _in_order(middle_a, middle_b) or _in_order(middle_b, middle_a):
                        # "Rafael Grossi" and "Rafael Mariano Grossi": the same first and last names, one with
                        # a middle name, are one person when their roles say so too (two Mohammad ... Khans
                        # with different jobs stay apart).
                        if self._same_country(a, b) and self._same_affiliation(a, b):
                            union(a, b)
        # A family name written first or last: "Kishida Fumio" (Japanese order) is "Fumio Kishida".
        by_words = defaultdict(list)
        for name in multi:
            by_words[tuple(sorted(skeleton(w) for w in fold(name).split()))].append(name)
        for group in by_words.values():
            for other in group[1:]:
                # ("Ali Hassan" and "Hassan Ali" may be two people: their roles must agree too, unless one
                # is only a tweet's signature, "Orbán Viktor", with the one person of those words to be)
                if self._same_country(group[0], other) and (self._same_affiliation(group[0], other)
                                                            or self._bare_in(group, find)):
                    union(group[0], other)
        # Words written together or apart: "Abdel Fattah al-Burhan" and "Abdelfattah al-Burhan".
        by_joined = defaultdict(list)
        for name in multi:
            words = fold(name).split()
            by_joined[(skeleton("".join(words)), words[0][0])].append(name)  # (and "Amir-Abdollahian"/"Amirabdollahian")
        for group in by_joined.values():
            for other in group[1:]:
                if fuzz.ratio(fold(group[0]).replace(" ", ""), fold(other).replace(" ", "")) >= 85 \
                        and self._same_country(group[0], other):
                    union(group[0], other)
        # A given name in another of its forms: "Joe Biden" and "Joseph R. Biden", "Giorgos" and "George Gerapetritis".
        by_usual = defaultdict(list)
        for name in multi:
            words = fold(name).split()
            if has_other_forms(words[0]):
                by_usual[(usual_given_name(words[0]), words[-1])].append((name, words[1:-1]))
        for group in by_usual.values():
            for i, (a, middle_a) in enumerate(group):
                for b, middle_b in group[i + 1:]:
                    # (the middle names as for any two spellings: the same, or initials of each other)
                    if fold(a).split()[0] != fold(b).split()[0] and (middle_a == middle_b or _initials_agree(middle_a, middle_b)) \
                            and self._same_country(a, b):
                        union(a, b)
        # A given name spelled with a letter more or less: "Edgar" and "Edgard Leblanc Fils", when the rest
        # of the name is the same and long enough not to be a common surname alone.
        by_rest = defaultdict(list)
        for name in multi:
            words = fold(name).split()
            if len(" ".join(words[1:])) >= 8 and len(words[0]) >= 5:
                by_rest[(tuple(words[1:]), words[0][:3])].append(name)
        for group in by_rest.values():
            for other in group[1:]:
                if fuzz.ratio(fold(group[0]).split()[0], fold(other).split()[0]) >= 90 and self._same_country(group[0], other):
                    union(group[0], other)
        # An Arab name and its father's name, then lineage written one way or another: "Faisal bin Farhan
        # bin Abdullah" and "Faisal bin Farhan Al Saud" are one man when their countries agree.
        by_lineage = defaultdict(list)
        for name in multi:
            words = fold(name).split()
            if len(words) >= 4 and words[1] in {"bin", "ibn", "bint"}:
                by_lineage[tuple(words[:3])].append(name)
        for group in by_lineage.values():
            for other in group[1:]:
                if self._same_country(group[0], other):
                    union(group[0], other)
        # Shorter full names inside a longer one: "Scott Miller" in "Austin Scott Miller".
        longer_by_part = defaultdict(set)
        for other in multi:
            words = tuple(fold(other).split())
            for size in range(2, len(words)):
                for i in range(len(words) - size + 1):
                    longer_by_part[words[i:i + size]].add(other)
        for name in multi:
            candidates = [o for o in sorted(longer_by_part.get(tuple(fold(name).split()), ())) if self._same_country(name, o)]
            if len({find(o) for o in candidates}) == 1:
                union(name, candidates[0])
        by_last, by_first = defaultdict(set), defaultdict(set)
        for other in multi:
            words = fold(other).split()
            by_last[words[-1]].add(other)
            by_first[words[0]].add(other)
        # A first initial: "S. Jaishankar" is the one Jaishankar whose first name starts with S.
        for name in multi:
            words = fold(name).split()
            if len(words[0]) == 1:
                others = {find(o) for o in by_last.get(words[-1], ()) if o != name and fold(o).split()[0].startswith(words[0])
                          and len(fold(o).split()[0]) > 1}
                if len(others) == 1:
                    union(name, others.pop())
        # One-word names ("Trump" after "President Trump"): the unique person whose name ends or starts with it.
        for name in names:
            word = fold(name)
            if " " in word or name in canonical_of:
                continue
            last = {find(o) for o in by_last.get(word, ())}
            first = {find(o) for o in by_first.get(word, ())}
            if len(last) > 1:
                # "Prime Minister Gonsalves" with Ralph (prime minister) and Camillo (finance minister)
                # Gonsalves about: the one whose role says the same
                role = self._role_words(name)
                fitting = {find(o) for o in by_last[word] if role and role <= self._role_words(o)}
                last = fitting if len(fitting) == 1 else last
            if len(last) > 1:
                # or the one the articles name far more often: "Carney" where Mark Carney is named forty
                # times and Diana Fox Carney twice
                named = Counter()
                for o in by_last[word]:
                    named[find(o)] += self.names[o].count
                (most, most_count), (_, second_count) = named.most_common(2)
                last = {most} if most_count >= 5 * second_count else last
            match = last if len(last) == 1 else first if not last and len(first) == 1 else set()
            if match:
                union(name, match.pop())
        clusters = defaultdict(list)
        for name in names:
            clusters[find(name)].append(name)
        mapping, rows, used_ids = {}, [], set()
        for members in sorted(clusters.values(), key=lambda m: sorted(m)):
            row = self._person(members, canonical_of)
            if row is None:
                continue
            base, suffix = row["id"], 2
            while row["id"] in used_ids:
                row["id"] = f"{base}-{suffix}"
                suffix += 1
            used_ids.add(row["id"])
            for name in members:
                mapping[name] = row["id"]
            rows.append(row)
        return mapping, sorted(rows, key=lambda r: r["id"])

    def _same_affiliation(self, a: str, b: str) -> bool:
        """The two names share an organisation, or their latest roles share a role word."""
        if set(self.names[a].organisations) & set(self.names[b].organisations):
            return True
        roles = [{_SAME_ROLE_WORD.get(w, w) for w in fold(self.names[n].latest_role[2]).split()} & ROLE_WORDS
                 if self.names[n].latest_role else set() for n in (a, b)]
        return bool(roles[0] & roles[1])

    def _bare_in(self, group: list[str], find) -> bool:
        """One name of the group says nothing of its bearer, and the others are one person already."""
        bare = [n for n in group if not self._described(n)]
        return len(bare) == 1 and len({find(n) for n in group if n != bare[0]}) == 1

    def _described(self, name: str) -> bool:
        stats = self.names[name]
        return bool(stats.latest_role or stats.organisations or stats.countries)

    def _role_words(self, name: str) -> set[str]:
        latest = self.names[name].latest_role
        return {_SAME_ROLE_WORD.get(w, w) for w in fold(latest[2]).split()} - {"the", "of", "s"} if latest else set()

    def _same_country(self, a: str, b: str) -> bool:
        ca, cb = self.names[a].countries, self.names[b].countries
        return not ca or not cb or bool(set(ca) & set(cb))

    def _person(self, members: list[str], canonical_of: dict[str, str]) -> dict | None:
        stats = [self.names[m] for m in members]
        registry_names = sorted({canonical_of[m] for m in members if m in canonical_of})
        entry = self.registry.entry(registry_names[0]) if registry_names else None
        full = [m for m in members if len(fold(m).split()) >= 2]
        if entry:
            name = entry["name"]
        elif full:
            counts = Counter({m: self.names[m].count for m in full})
            name = sorted(full, key=lambda m: (-counts[m], -len(m), m))[0]
        else:
            name = sorted(members, key=lambda m: (-self.names[m].count, m))[0]
        countries = sum((s.countries for s in stats), Counter())
        organisations = sum((s.organisations for s in stats), Counter())
        latest = max((s.latest_role for s in stats), default=())
        forms = sorted({f for s in stats for f in s.forms} | set(members) | ({name} if entry else set()))
        twitter = (entry or {}).get("twitter") or next((self.twitter[m] for m in sorted(members) if m in self.twitter), None)
        return {
            "id": slugify(name),
            "name": name,
            "country": (entry or {}).get("country") or _most_common(countries),
            "country_source": "people.yml" if (entry or {}).get("country") else ("text: role phrases" if countries else None),
            "organisation": (entry or {}).get("organisation") or _most_common(organisations),
            "title": latest[2] if latest else (entry or {}).get("title"),
            "title_source": f"article {latest[1]}" if latest else ("people.yml" if (entry or {}).get("title") else None),
            "aliases": json.dumps(forms, ensure_ascii=False),
            "twitter": twitter,
            "in_registry": 1 if entry else 0,
        }


def _initials_agree(a: list[str], b: list[str]) -> bool:
    """Middle names that differ only by being initials: [s] and [scott], [p] and []."""
    if not any(len(w) == 1 for w in a + b):
        return False  # "Mohammad Ali Khan" and "Mohammad Khan" may well be two people
    if not a or not b:
        return all(len(w) == 1 for w in a + b)
    return len(a) == len(b) and all(x[0] == y[0] and (len(x) == 1 or len(y) == 1 or x == y) for x, y in zip(a, b))


def _in_order(part: list[str], whole: list[str]) -> bool:
    """["abdulrahman"] in ["abdulrahman", "jassim"]: a name that leaves out a grandfather's."""
    rest = iter(whole)
    return all(word in rest for word in part)


def _most_common(counter: Counter) -> str | None:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counter else None


def _contains_words(words: list[str], part: list[str]) -> bool:
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


# ---------------------------------------------------------------- meetings

_ROLE_RANK = {"visitor": 2, "host": 2, "attendee": 1}


def report(published: str | None, article_id: str, meeting: dict) -> tuple:
    """One article's meeting as merge_meetings takes it: its sort key, then the meeting kept
    marshalled (ten thousand articles' meetings fit in a few megabytes until they are merged).
    Within a month, the meetings dated to the day come first: a report dated only to the month
    then joins the day's meeting it fits best, rather than gathering the day's reports around itself."""
    day = meeting["date"] or ""
    return ((day[:7], meeting["date_precision"] != "day", day, published or "", article_id),
            published or "", article_id, marshal.dumps(meeting))


@dataclass
class MergedMeeting:
    date: str | None
    precision: str | None
    date_text: str | None
    participants: dict = field(default_factory=dict)  # person id -> role
    reports: list = field(default_factory=list)  # (published, article id, marshalled meeting)
    articles: set = field(default_factory=set)  # the reports' article ids
    hosts: set = field(default_factory=set)  # participants with the role host
    beside: bool = False  # one of the reports is a private meeting beside a larger one

    def add(self, published: str, article_id: str, meeting: dict, packed: bytes, people: dict[str, str]) -> None:
        self.reports.append((published, article_id, packed))
        self.articles.add(article_id)
        self.beside = self.beside or bool(meeting.get("beside"))
        for person, role in people.items():
            if _ROLE_RANK.get(role, 0) >= _ROLE_RANK.get(self.participants.get(person), 0):
                self.participants[person] = role
        self.hosts = {p for p, role in self.participants.items() if role == "host"}
        if meeting["date"] and (self.date is None or (self.precision == "month" and meeting["date_precision"] == "day")):
            self.date, self.precision, self.date_text = meeting["date"], meeting["date_precision"], meeting["date_text"]


def merge_meetings(reports: list[tuple], person_of: dict[str, str]) -> list[MergedMeeting]:
    """Article meetings (each made by `report`) -> real meetings. Same day (or month) and two
    shared participants: one meeting."""
    merged: list[MergedMeeting] = []
    by_month: dict[str, list[MergedMeeting]] = defaultdict(list)  # every meeting of the month, to the day or not
    by_day: dict[str, list[MergedMeeting]] = defaultdict(list)
    # Stable sort on the key alone: an article's meetings keep the order it tells them in.
    for _, published, article_id, packed in sorted(reports, key=lambda r: r[0]):
        meeting = marshal.loads(packed)
        people = {}
        for name, role in meeting["participants"].items():
            person = person_of.get(name)
            if person and _ROLE_RANK.get(role, 0) >= _ROLE_RANK.get(people.get(person), 0):
                people[person] = role
        if len(people) < 2:
            continue
        target = None
        if meeting["date"]:
            best = 0
            month = meeting["date"][:7]
            candidates = by_day[meeting["date"]] + [m for m in by_month[month] if m.precision != "day"] \
                if meeting["date_precision"] == "day" else by_month[month]
            ours = set(people)
            hosts = {p for p, role in people.items() if role == "host"}
            for candidate in candidates:
                shared = len(candidate.participants.keys() & ours)
                # The closest in people, not the largest overlap: the two leaders' talks before a
                # signing ceremony go with the talks, not with the ceremony of six.
                similarity = shared / len(candidate.participants.keys() | ours)
                if shared < 2 or similarity <= best or not _same_day(candidate, meeting) or article_id in candidate.articles:
                    continue
                if similarity < 0.5 and (meeting.get("beside") or candidate.beside):
                    continue  # a private meeting before the plenary is not the plenary of eight
                if hosts and candidate.hosts and not hosts & candidate.hosts:
                    # Both sides name their hosts and none is shared: the envoy's call on the prime
                    # minister and his call on the army chief the same day are two meetings.
                    continue
                target, best = candidate, similarity
        was_day = target is not None and target.precision == "day"
        if target is None:
            target = MergedMeeting(meeting["date"], meeting["date_precision"], meeting["date_text"])
            merged.append(target)
            if meeting["date"]:
                by_month[meeting["date"][:7]].append(target)
        target.add(published, article_id, meeting, packed, people)
        if target.precision == "day" and not was_day:
            by_day[target.date].append(target)  # (a meeting of the month that a report dates to the day)
    return merged


def _same_day(candidate: MergedMeeting, meeting: dict) -> bool:
    if candidate.precision == "day" and meeting["date_precision"] == "day":
        return candidate.date == meeting["date"]
    return candidate.date[:7] == meeting["date"][:7]


def meeting_rows(merged: list[MergedMeeting], people: dict[str, dict],
                 used: set[str]) -> tuple[list[dict], list[dict], list[dict]]:
    """(meetings, meeting_participants, meeting_sources) rows with stable ids; `used` holds the
    ids already given, so that the merged meetings can be written a batch at a time."""
    meetings, participants, sources = [], [], []
    surname = {p: person["name"].split()[-1] for p, person in people.items()}
    slug = {}
    for meeting in merged:
        ids = sorted(meeting.participants)
        order = sorted(ids, key=lambda p: ({"visitor": 0, "host": 1}.get(meeting.participants[p], 2), people[p]["name"]))
        surnames = [slug.get(surname[p]) or slug.setdefault(surname[p], slugify(surname[p]))
                    for p in sorted(ids, key=surname.__getitem__)]
        label = "-".join(surnames[:4]) + (f"-and-{len(surnames) - 4}-more" if len(surnames) > 4 else "")
        meeting_id = f"{meeting.date or 'undated'}-{label}"
        reports = sorted(((published, article_id, marshal.loads(packed)) for published, article_id, packed in meeting.reports),
                         key=lambda r: (r[0], r[1]))
        if meeting_id in used:
            # Same day, same people, yet reported as separate meetings: tell them apart by their evidence.
            evidence = sorted((r[1], s["char_start"]) for r in reports for s in r[2]["sources"])
            digest = hashlib.sha1(json.dumps([meeting.date, ids, evidence]).encode()).hexdigest()[:8]
            meeting_id = f"{meeting_id}-{digest}"
        used.add(meeting_id)
        placed = max((r[2] for r in reports if r[2]["place"]), key=lambda m: _place_rank(m), default=None)
        summary = next((r[2]["summary"] for r in reports if r[2]["summary"]), None)
        names = [people[p]["name"] for p in order]
        meetings.append({
            "id": meeting_id,
            "title": _title(names),
            "date": meeting.date,
            "date_precision": meeting.precision,
            "date_text": meeting.date_text or next((r[2]["date_text"] for r in reports if r[2]["date_text"]), None),
            "month": meeting.date[:7] if meeting.date else None,
            "year": int(meeting.date[:4]) if meeting.date else None,
            "place": placed["place"] if placed else None,
            "place_source": placed["place_source"] if placed else None,
            "venue": placed["venue"] if placed else None,
            "country": placed["country"] if placed else None,
            "latitude": placed["latitude"] if placed else None,
            "longitude": placed["longitude"] if placed else None,
            "summary": summary,
            "participants": json.dumps(names, ensure_ascii=False),
            "participant_count": len(ids),
            "source_count": len({r[1] for r in reports}),
        })
        for person in order:
            participants.append({"meeting_id": meeting_id, "person_id": person, "role": meeting.participants[person]})
        evidence = {}
        for published, article_id, report in reports:
            for source in report["sources"]:  # one sentence can report two meetings: kept once
                evidence.setdefault((article_id, source["char_start"]), source)
        sources.extend({"meeting_id": meeting_id, "article_id": article_id, **source}
                       for (article_id, _), source in sorted(evidence.items()))
    return meetings, participants, sources


def _place_rank(meeting: dict) -> tuple:
    source = meeting["place_source"] or ""
    return (2 if meeting["venue"] else 1 if source.startswith("text") else 0,)


def _title(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# ---------------------------------------------------------------- tweets

def merge_tweets(citations: list[tuple[str, dict]], person_of: dict[str, str], registry: Registry) -> tuple[list[dict], list[dict]]:
    """(tweets, tweet_articles): one tweet row per status ID, one link per citing article."""
    tweets: dict[str, dict] = {}
    links = []
    for article_id, tweet in sorted(citations, key=lambda c: (c[0], c[1]["position"])):
        person = person_of.get(tweet["person"]) if tweet.get("person") else None
        row = tweets.get(tweet["id"])
        if row is None:
            row = tweets[tweet["id"]] = {
                "id": tweet["id"], "url": tweet["url"], "handle": tweet["handle"], "person_id": person,
                "person_source": tweet.get("person_source") if person else None,
                "created_at": tweet["created_at"], "month": tweet["created_at"][:7] if tweet["created_at"] else None,
                "quoted_text": tweet["quoted_text"], "display_date": tweet["display_date"],
                "author_name": tweet.get("author_name"),
            }
        else:
            row["quoted_text"] = row["quoted_text"] or tweet["quoted_text"]
            row["display_date"] = row["display_date"] or tweet["display_date"]
            if person and not row["person_id"]:
                row["person_id"], row["person_source"] = person, tweet.get("person_source")
        links.append({"tweet_id": tweet["id"], "article_id": article_id, "position": tweet["position"],
                      "form": tweet.get("form"), "quoted_text": tweet["quoted_text"],
                      "char_start": tweet.get("char_start"), "char_end": tweet.get("char_end")})
    # A handle that the articles tie to one person: its other tweets are that person's too.
    authors = defaultdict(set)
    for row in tweets.values():
        if row["person_id"]:
            authors[row["handle"].lower()].add(row["person_id"])
    for row in tweets.values():
        known = authors.get(row["handle"].lower(), set())
        if not row["person_id"] and len(known) == 1:
            row["person_id"] = next(iter(known))
            row["person_source"] = f"other tweets of @{row['handle']} in the articles"
    return sorted(tweets.values(), key=lambda t: t["id"]), links
