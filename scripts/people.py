"""Find the people an article names, with the title and role the text gives them.

How news English introduces a person, and what this module looks for:
  * a title or role before the name: "Lt-Gen Faiz Hameed", "Afghan presidential spokesman Sediq Seddiqi";
  * an appositive after it: "Fawad Aman, Afghan defense ministry's spokesperson";
  * a known first name ("Joe Biden"), a speech verb ("said Fawad Aman"), or a curated registry entry.
Later short forms in the same article ("Gen Qamar", "Khalilzad") resolve to the full name
introduced in that article. Each mention keeps its offsets into the article body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .knowledge import Knowledge
from .text import Token, fold, tokenize

PARTICLES = lx.NAME_PARTICLES
# Military ranks and honorifics: the "title" of a mention, never part of its role.
RANKS = lx.HONORIFICS | {
    "general", "gen", "lt", "lt-gen", "lt-general", "lieutenant", "lieutenant-general", "major",
    "maj", "maj-gen", "major-general", "brigadier", "brig", "colonel", "col", "captain", "capt",
    "admiral", "adm", "vice-admiral", "marshal", "sergeant", "sgt", "ambassador", "amb", "retd",
    "retired", "air", "vice", "rear", "field",
}
# "Director General", "Secretary General": here General is part of the job, not a rank.
GENERAL_COMPOUNDS = {"director", "secretary", "attorney", "inspector", "consul", "surgeon",
                     "solicitor", "governor", "auditor", "postmaster", "accountant"}
SPEECH_VERBS = {
    "said", "says", "told", "tells", "added", "adds", "tweeted", "wrote", "stated", "noted",
    "stressed", "remarked", "asked", "urged", "announced", "explained", "insisted", "warned",
    "claimed", "declared", "posted", "commented", "observed", "maintained", "argued",
    "emphasised", "emphasized", "underlined", "reiterated", "pointed", "acknowledged", "confirmed",
    "denied", "met", "meets", "called", "arrived", "visited", "held", "led", "leads", "welcomed",
    "expressed", "thanked", "assured", "briefed", "received", "hosted", "spoke", "speaks",
    "discussed", "praised", "appreciated", "highlighted", "agreed", "replied", "responded",
    "who", "whose", "has", "had", "was", "is", "will", "would",
}
ATTRIBUTIVE_NOUNS = {"administration", "government", "regime", "era", "camp", "cabinet",
                     "presidency", "doctrine", "tenure", "years", "white"}
_IZAFAT = re.compile(r"-[eiy]-", re.I)
_HYPHENATED_SUFFIX = re.compile(r"-([a-z]+)$")
# Titles that are also family names in South Asia: a surname when they end a name ("Rizwan Saeed Sheikh").
PLACE_NOUNS = {"area", "areas", "neighbourhood", "neighborhood", "locality", "suburb", "township", "sector",
               "village", "town", "city", "district", "province", "valley", "region", "border", "crossing",
               "state", "island", "governorate", "prefecture", "territory", "emirate"}  # ("the Indian state of Tamil Nadu")
SURNAME_TITLES = {"sheikh", "shaikh", "syed", "mian", "malik", "pir", "mir", "sultan", "nawab", "sardar", "raja", "rana",
                  "sen", "king"}  # "Hun Sen", "Amartya Sen": not "Sen." for senator; "Madeleine King"
PLACE_PLURALS = {"provinces", "districts", "regions", "cities", "towns", "villages", "states", "counties", "governorates",
                 "prefectures", "municipalities", "departments", "oblasts", "areas"}
_BUILDING_NOUNS = {"residence", "palace", "house", "mansion", "office", "offices", "headquarters", "compound", "villa",
                   "guesthouse", "guest-house", "hotel", "building", "complex", "estate", "retreat", "lodge"}
_ACRONYM = re.compile(r"^(?:[A-Z]{2,}|(?:[A-Z]\.){2,}|[A-Z][a-z]?[A-Z]+)$")


@dataclass
class Candidate:
    sentence: int
    name_tokens: list[Token]
    title_tokens: list[Token] = field(default_factory=list)
    role: str | None = None
    role_span: tuple[int, int] | None = None
    evidence: set[str] = field(default_factory=set)
    attributive: bool = False
    after_article: bool = False  # right after "the", "a" or "an"
    before_place_noun: bool = False  # right before "area", "district", "mine"...
    place_surname: bool = False  # ends with a town's name ("Bolton", "Kani"): a person only on other evidence
    place_like: bool = False  # one word that is also a town's name ("Mora", "Doha"): only a short form
    short_only: bool = False  # after "for", "of", "on": a person only as the short form of a full name
    canonical: str | None = None  # from the registry

    name: str = ""  # the name as written, e.g. "Kenneth F. McKenzie"

    @property
    def start(self) -> int:
        return (self.title_tokens or self.name_tokens)[0].start

    @property
    def end(self) -> int:
        return self.name_tokens[-1].end


# ---------------------------------------------------------------- word classes

def _is_particle(token: Token) -> bool:
    return token.text.lower() in PARTICLES


def _is_name_word(token: Token, knowledge: Knowledge, last: bool) -> bool:
    """Could this word be part of a person's name? (Memoised: the same words recur.)"""
    cache = knowledge.__dict__.setdefault("_name_words", {})
    key = (token.text, last)
    if key not in cache:
        cache[key] = _name_word(token, knowledge, last)
    return cache[key]


def _name_word(token: Token, knowledge: Knowledge, last: bool) -> bool:
    word = token.text
    lower = word.lower()
    if not _capitalised(token) or len(word) < 2 and not last:
        return False
    if _ACRONYM.match(word) and fold(word) not in knowledge.registry.tokens:
        return False
    if _hyphenated_adjective(word):
        return False  # "Taliban-run", "Qatar-based", "US-led"
    if _CONTRACTION.match(word):
        return False  # "I'm Dana Khoury": the speaker's "I'm", not a name
    if last and lower in SURNAME_TITLES:
        return True  # "Rizwan Saeed Sheikh": a title word that is also a surname (checked against the token before it)
    if lower in lx.STOPWORDS or lower in lx.TITLE_WORDS or lower in lx.ROLE_NOUNS or lower in lx.TIME_WORDS:
        return False
    if lower in lx.FAMILY_FIRST_NAMES and not word.isupper():
        return True  # "Park Jin", "Moon Jae-in": a family name, however English the word
    if lower in lx.ORG_WORDS and (last or not lx.is_given_name(word)) or (lower in lx.ROLE_MODIFIERS and lower not in PARTICLES):
        return False  # (a first name may be an institution's word too: "Bill Gates")
    if lx.country_of(word) or knowledge.gazetteer.country(word) or lx.is_region(word):
        return False
    if _IZAFAT.search(word) and fold(word) not in knowledge.registry.tokens:
        return False
    known_first_name = lx.is_given_name(word) or fold(word) in knowledge.registry.tokens
    if knowledge.gazetteer.city(word) and not known_first_name:
        return False
    if not last and _common(word) and not known_first_name:
        return False
    return True


_CONTRACTION = re.compile(r"(?i)^(?:i|we|you|they|he|she|it|that|there|here|what|who|let)[’'](?:m|ve|d|ll|re|s)$")
_ADJECTIVE_ENDINGS = {"run", "led", "made", "born", "held", "style", "wide", "free", "like", "level", "bound", "only"}


def _hyphenated_adjective(word: str) -> bool:
    """"Taliban-run", "Qatar-based", "US-led", but not the syllables of a Korean given name
    ("Jong-un", "Hyok-chol", "Kyung-wha") or an Arabic compound ("Fazl-ur-Rehman")."""
    suffix = _HYPHENATED_SUFFIX.search(word)
    if not suffix:
        return False
    ending = suffix.group(1)
    return ending in _ADJECTIVE_ENDINGS or len(ending) >= 5 and ending.endswith(("ed", "ing"))


def _is_title_token(token: Token) -> bool:
    if token.text in {"DR", "MR", "MS", "MRS"}:
        return False  # "DR Congo": capitals make an abbreviation, not an honorific
    lower = token.text.lower().rstrip(".")
    return lower in lx.TITLE_WORDS or lower == "army" or bool(_ACRONYM.match(token.text))


# ---------------------------------------------------------------- chunks

_PREFIXED = re.compile(r"^(?:al|el|as|ad|ar|at|an|ash|bin|ibn|ul|ud|ur|de|di|da|du|le|la|van|von|d)[-’'][A-Z]")


def _capitalised(token: Token) -> bool:
    """A word that may belong to a name: capitalised, or a prefixed name such as al-Qahtani."""
    return token.is_word and (token.is_cap or bool(_PREFIXED.match(token.text)))


def _chunks(tokens: list[Token]) -> list[list[int]]:
    """Runs of capitalised words (with name particles and title full stops) as token indexes."""
    chunks, n = [], len(tokens)
    # (a run starts at a capitalised word: most tokens are not, and are passed over here)
    # (or a prefixed name written in lower case: "al-Sharaa had received ...")
    starts = [k for k, t in enumerate(tokens) if t.text[:1].isupper() and t.text[:1].isalpha()
              or t.text[:1] in "aeldbiu" and _PREFIXED.match(t.text)]
    for i in starts:
        if chunks and i <= chunks[-1][-1]:
            continue
        run, k = [i], i + 1
        while k < n:
            token = tokens[k]
            if _capitalised(token):
                run.append(k)
            elif _is_particle(token) and _particles_then_name(tokens, k):
                run.append(k)  # "von der Leyen", "de la Cruz", "bin Salman"
            elif token.text == "." and tokens[k - 1].text.lower().split("-")[-1] in _DOTTED and k + 1 < n and tokens[k + 1].is_cap:
                run.append(k)
            else:
                break
            k += 1
        chunks.append(run)
    return chunks


def _particles_then_name(tokens: list[Token], k: int) -> bool:
    """Tokens from k on are name particles (at most three) followed by a capitalised word."""
    for j in range(k, min(k + 3, len(tokens))):
        if tokens[j].is_cap and tokens[j].is_word:
            return j > k
        if not _is_particle(tokens[j]):
            return False
    return False


_DOTTED = {"gen", "lt", "col", "maj", "brig", "capt", "dr", "mr", "mrs", "ms", "prof", "sen", "rep",
           "gov", "amb", "adm", "cdr", "sgt", "st", "jr", "sr", "hon", "rev", "engr", "eng"} | {
    chr(c) for c in range(ord("a"), ord("z") + 1)}


def _demonym_surname(words: list[Token], knowledge: Knowledge) -> bool:
    """"Second Vice President Sarwar Danish": a surname that is also a demonym, after a first name."""
    return len(words) >= 2 and words[-1].text.lower() in lx.DEMONYMS and words[-1].text[:1].isupper() \
        and lx.is_given_name(words[-2].text) and _is_name_word(words[-2], knowledge, last=False)


# Rooms and grounds of a building: "the State Dining Room", "the Rose Garden" are not people.
_ROOMS = {"room", "garden", "gardens", "lawn", "wing", "terrace", "courtyard", "suite", "chamber", "salon", "lounge"}
# The heads of titles written right before a name ("Prime Minister Rishi Sunak").
_TITLE_HEADS = {"president", "minister", "secretary", "ambassador", "envoy", "chancellor", "premier", "governor",
                "senator", "mayor", "speaker", "chairman", "commissioner", "king", "queen", "prince", "princess",
                "emir", "sheikh", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "u", "daw",  # Burmese U, Daw
                "councillor", "councillors", "councilor", "councilors", "senators", "ministers"}


def _particle_or_caps(name: list[Token]) -> bool:
    return bool(name) and (_is_particle(name[0]) or name[0].text.isupper())


def _capitalised_surnames(words: list[Token], knowledge: Knowledge) -> set[int]:
    """Family names written in capitals next to a given name, as protocol offices write them:
    "Mr. KISHIDA Fumio", "H.E. Mr. KIM Sung-han", "Mr. Antonio GUTERRES". Acronyms ("NATO",
    "ISPR") are not next to a given name, and an all-capitals headline has no mixed-case word."""
    found = set()
    for i, token in enumerate(words):
        if not _CAPS_WORD.match(token.text) or _ROMAN.match(token.text):
            continue
        title = token.text[:1] + token.text[1:].lower()
        lower = title.lower()
        if lower in lx.TITLE_WORDS or lower in lx.ROLE_NOUNS or lower in lx.STOPWORDS \
                or lx.country_of(title) or knowledge.gazetteer.country(title) or title in knowledge.gazetteer.capitals_by_name:
            continue  # (a smaller town's name is a family name too often: Kim, Park)
        neighbours = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
        if any(not n.text.isupper() and _is_name_word(n, knowledge, last=n is words[-1])
               and (lx.is_given_name(n.text) or not _common(n.text)) for n in neighbours):
            found.add(token.start)  # (not "NATO Allies": a given name next to it, not a word)
    return found


_REGNAL_NUMBER = re.compile(r"^(?:II|III|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3}|XIX|XX|XXI{0,3})$")


def _regnal_name(words: list[Token]) -> list[Token] | None:
    """A sovereign's or a pope's name and number: "King Charles III", "Pope Leo XIV", "John Paul II"."""
    if len(words) < 2 or not _REGNAL_NUMBER.match(words[-1].text) or not lx.is_given_name(words[-2].text):
        return None
    if len(words) >= 3 and lx.is_given_name(words[-3].text) and not _is_title_token(words[-3]):
        return words[-3:]
    return words[-2:]


_CAPS_WORD = re.compile(r"^[A-Z][A-Z’'-]*[AEIOUY][A-Z’'-]*$")
_ROMAN = re.compile(r"^[IVXLC]+$")


def _town_inside_name(token: Token, knowledge: Knowledge) -> bool:
    """A town's name that is also a family name, inside a name: not a country, region or capital."""
    word = token.text
    return bool(knowledge.gazetteer.city(word)) and _capitalised(token) and not word.isupper() \
        and word not in knowledge.gazetteer.capitals_by_name and not knowledge.gazetteer.country(word) \
        and not lx.country_of(word) and not lx.is_region(word) and word.lower() not in lx.ORG_WORDS | lx.STOPWORDS


def _place_surname(words: list[Token], knowledge: Knowledge) -> bool:
    """"John Bolton", "Ali Bagheri Kani", "Alex de Waal": a surname that is also a town's name, after
    a first name (particles skipped). Not a capital or a country: "... Mikhail Ulyanov Vienna"; not an
    institution's word that some town is also called: "Sun Yat-sen University"."""
    last = words[-1]
    if len(words) < 2 or not knowledge.gazetteer.city(last.text) or knowledge.gazetteer.country(last.text) \
            or lx.country_of(last.text) or lx.is_region(last.text) or not last.text[:1].isupper() \
            or last.text.lower() in lx.ORG_WORDS \
            or last.text in knowledge.gazetteer.capitals_by_name:
        return False
    before = [t for t in words[:-1] if not _is_particle(t)]
    if not before:
        return False
    first = before[-1]
    # (a first name that is also a town's, "Marco Rubio", is still a first name)
    return _is_name_word(first, knowledge, last=False) and (not knowledge.gazetteer.city(first.text) or lx.is_given_name(first.text))


def _place_ends_at(words: list[Token], index: int, knowledge: Knowledge) -> bool:
    """Do two or three words ending at `index` name a country or a capital ("Addis Ababa")? Only
    those: smaller towns are often named after people ("Aung San")."""
    if index == 0 and words and words[0].text in knowledge.gazetteer.capitals_by_name \
            and (len(words) >= 2 or not lx.is_given_name(words[0].text)):
        return True  # "... in Vienna Mikhail Ulyanov": a capital opening the run, a full name after it
    for size in (2, 3):
        if index - size + 1 >= 0:
            phrase = " ".join(t.text for t in words[index - size + 1:index + 1])
            if knowledge.gazetteer.country(phrase) or lx.country_of(phrase):
                return True
            city = knowledge.gazetteer.city(phrase)
            if city and city.country and knowledge.gazetteer.capitals_by_name.get(city.name) == city.country:
                return True
    return False


def _ends_with_place(words: list[Token], knowledge: Knowledge) -> bool:
    for size in range(2, min(4, len(words)) + 1):
        tail = " ".join(t.text for t in words[-size:])
        if lx.country_of(tail) or knowledge.gazetteer.country(tail) or knowledge.gazetteer.city(tail) or lx.is_region(tail):
            return True
    return False


def _split_chunk(chunk: list[Token], knowledge: Knowledge) -> tuple[list[Token], list[Token]] | None:
    """(descriptor tokens, name tokens) of a capitalised run, or None when it holds no name.
    Memoised on the run's words ("The", "He", "Prime Minister X" recur in every article), in a
    cache cleared when full so that a worker's memory stays flat."""
    cache = knowledge.__dict__.setdefault("_splits", {})
    key = tuple(t.text for t in chunk)
    if key not in cache:
        if len(cache) >= 100_000:
            cache.clear()
        split = _split_words(chunk, knowledge)
        where = {t.start: i for i, t in enumerate(chunk)}
        cache[key] = split and tuple([where[t.start] for t in part] for part in split)
    split = cache[key]
    return split and tuple([chunk[i] for i in part] for part in split)


def _split_words(chunk: list[Token], knowledge: Knowledge) -> tuple[list[Token], list[Token]] | None:
    words = [t for t in chunk if t.text != "."]
    dotted = {t.start for t, after in zip(chunk, chunk[1:]) if after.text == "."}  # "J.D. Vance": initials
    # "Modi in March", but "Theresa May": a month after a first name is a family name
    month_surname = len(words) >= 2 and words[-1].text.lower() in lx.MONTHS and lx.is_given_name(words[-2].text) \
        and words[-2].text.lower() not in lx.STOPWORDS
    while words and words[-1].text.lower() in lx.TIME_WORDS and not month_surname:
        words.pop()
    if not words:
        return None
    regnal = _regnal_name(words)
    if regnal:
        return [t for t in words if t.end <= regnal[0].start], regnal
    capitals = _capitalised_surnames(words, knowledge)
    titled_town = len(words) >= 2 and _is_title_token(words[-2]) and _town_inside_name(words[-1], knowledge)
    # "Laurent Saint-Martin", "Ruth Lloyd-Jones": a double-barrelled surname after a first name, whatever place it names
    compound = len(words) >= 2 and "-" in words[-1].text.strip("-") and words[-1].text[:1].isupper() \
        and lx.is_given_name(words[-2].text) and not _hyphenated_adjective(words[-1].text)
    # "Bui Thanh Son": a given name that is also a family word ("son"), after given names no dictionary holds
    kin_word = len(words) >= 3 and words[-1].text.lower() in lx.ROLE_NOUNS and lx.is_given_name(words[-1].text) \
        and words[-1].text[:1].isupper() \
        and all(lx.is_given_name(w.text) and not _common(w.text) or w.text.lower() in PARTICLES for w in words[:-1])
    if not (_is_name_word(words[-1], knowledge, last=True) or words[-1].start in capitals or titled_town or month_surname
            or compound or kin_word) \
            and not _demonym_surname(words, knowledge) and not _place_surname(words, knowledge):
        if len(words) == 1 and _town_inside_name(words[0], knowledge):
            return [], words  # "met Garcia": a town's name alone, a person only as the short form of a full name
        return None  # ("Foreign Minister Rodríguez": a title before a town's name makes it a family name)
    if words[-1].text.lower() in SURNAME_TITLES and (len(words) < 2 or not _is_name_word(words[-2], knowledge, last=True)):
        return None  # "Sheikh" after a title is the title of the next name, not a surname
    if _ends_with_place(words, knowledge):
        return None  # "United Arab Emirates", "Khyber Pakhtunkhwa"
    name = [words[-1]]
    rest = words[:-1]
    index = len(rest) - 1
    while index >= 0 and len([t for t in name if not _is_particle(t)]) < 5:
        token = rest[index]
        if _place_ends_at(rest, index, knowledge):
            break  # "Chargé d'Affaires in Addis Ababa Tracey Jacobson": the place ends the descriptor
        if _is_particle(token) or _is_name_word(token, knowledge, last=False) or token.start in capitals:
            name.insert(0, token)
        elif len(token.text) == 1 and token.text.isupper():  # middle initial: Austin S. Miller
            name.insert(0, token)
        elif len(name) == 1 and re.fullmatch(r"[A-Z]{2}", token.text) and index > 0 and _is_title_token(rest[index - 1]) \
                and not lx.country_of(token.text) and token.text not in lx.TITLE_WORDS:
            name.insert(0, token)  # initials as a first name after a title: "Vice President JD Vance"
        elif re.fullmatch(r"(?:[A-Z]\.){2,3}", token.text) and not _common(name[-1].text) and not lx.country_of(token.text.replace(".", "")) \
                and token.text.replace(".", "") not in {"UN", "EU", "UK", "US", "USA", "HE", "HH", "HM", "HRH", "HB", "PO"}:
            name.insert(0, token)  # "J.D. Vance"
        elif len(name) == 1 and lx.country_of(token.text) and lx.is_given_name(token.text) and not _common(name[0].text) \
                and not knowledge.gazetteer.city(name[0].text) and name[0].text.lower() not in _DESCRIPTIVE_WORDS \
                and (index == 0 or not _is_name_word(rest[index - 1], knowledge, last=False)):
            name.insert(0, token)  # "Defense Minister Israel Katz", "Jordan Bardella": a country's name as a first name
            break
        elif index > 0 and rest[index - 1].text.lower() in _SON_OF and _capitalised(token) \
                and token.text.lower() not in _DESCRIPTIVE_WORDS:
            name.insert(0, token)  # a father's name after "bin", whatever else the word means: "bin Khalifa"
        elif name and _PREFIXED.match(name[0].text) and _capitalised(token) and token.text.lower() not in _DESCRIPTIVE_WORDS:
            name.insert(0, token)  # an Arabic compound: "Shams al-Din", "Nur ad-Din"
        elif index > 0 and (rest[index - 1].text.lower().rstrip(".") in RANKS
                            or rest[index - 1].text.lower().rstrip(".") in _TITLE_HEADS and not _common(name[-1].text)) \
                and _capitalised(token) and _common(token.text) and not _particle_or_caps(name) \
                and token.text.lower() not in _DESCRIPTIVE_WORDS | lx.ROLE_MODIFIERS and not lx.country_of(token.text) \
                and not knowledge.gazetteer.city(token.text):
            # right after a rank or a title, a first name that is also a dictionary word: "Marshal Khalifa
            # Haftar", "Prime Minister Rishi Sunak"
            name.insert(0, token)
        elif len(name) == 1 and index > 0 and _capitalised(token) and not token.text.isupper() and _rare_word(token.text) \
                and name[0].text.lower() not in _PLACE_WORDS and token.text.lower() not in _DESCRIPTIVE_WORDS | lx.ROLE_MODIFIERS \
                and rest[index - 1].text.lower() in lx.ORG_WORDS | lx.ROLE_MODIFIERS \
                and not knowledge.gazetteer.city(token.text) and not knowledge.gazetteer.country(token.text):
            # a first name that is also a rare dictionary word, after the institution a title ends with:
            # "Director of National Intelligence Tulsi Gabbard"
            name.insert(0, token)
        elif index > 0 and len(name) == 1 and rest[index - 1].text.lower().rstrip(".") in _TITLE_HEADS \
                and knowledge.gazetteer.city(token.text) and token.text not in knowledge.gazetteer.capitals_by_name \
                and _capitalised(token) and not token.text.isupper() and not _common(token.text) \
                and token.text.lower() not in lx.STOPWORDS | _DESCRIPTIVE_WORDS and not _common(name[0].text):
            name.insert(0, token)  # "Prime Minister Noda Yoshihiko": a family name first that is also a town's
        elif index > 0 and token.text.lower() in {"haji", "hajji"} and lx.is_given_name(rest[index - 1].text):
            name.insert(0, token)  # Malay "Mohamad Haji Hasan": a pilgrim's honorific inside the name
        elif index > 0 and len(name) == 1 and _capitalised(token) and not token.text.isupper() \
                and token.text.lower() not in _DESCRIPTIVE_WORDS | lx.ROLE_MODIFIERS | lx.TITLE_WORDS \
                and not knowledge.gazetteer.city(token.text) and not lx.country_of(token.text) \
                and _is_name_word(rest[index - 1], knowledge, last=False) and not _common(rest[index - 1].text) \
                and not lx.is_given_name(rest[index - 1].text) and not _common(name[0].text):
            # a dictionary word between a first name no dictionary holds and a surname: "Shivraj Singh Chouhan"
            name.insert(0, token)
        elif index > 0 and token.text.lower() not in lx.TITLE_WORDS \
                and (_is_name_word(token, knowledge, last=True) or _town_inside_name(token, knowledge)) \
                and lx.is_given_name(rest[index - 1].text) \
                and _is_name_word(rest[index - 1], knowledge, last=False):
            # a common word or a town's name between a first name and a surname: "Amir Khan Muttaqi",
            # "Bruno Rodríguez Parrilla"
            name.insert(0, token)
        else:
            break
        index -= 1
    # (a leading letter without its full stop is a word, "A", "I", unless initials follow it: "N S Boseraju")
    while name and (_is_particle(name[0]) or len(name[0].text) == 1 and len(name) > 2 and name[0].start not in dotted
                    and not (name[0].text.isupper() and len(name[1].text) == 1 and name[0].text not in {"A", "I", "O"})):
        name.pop(0)
    if not name or len(name) == 1 and len(name[0].text) == 1:
        return None
    descriptor = [t for t in words if t.end <= name[0].start]
    if descriptor and len(name) == 1 and all(t.text.lower() in lx.TITLE_SEQUELS for t in descriptor):
        name, descriptor = descriptor + name, []  # "Seri Perdana": no title before "Seri", so it opens the name
    if len(name) == 1 and name[0].text.lower() in lx.FAMILY_FIRST_NAMES and descriptor \
            and not _is_title_token(descriptor[-1]):
        return None  # "Central Park", "Harvest Moon": the family name alone after another word is not one
    if len(name) == 1 and knowledge.gazetteer.country(name[0].text) and not (descriptor and _is_title_token(descriptor[-1])):
        return None  # a country, whatever names it shares; "Mr Kim" is a person
    if len(name) == 1 and descriptor and descriptor[-1].text.lower() in lx.ORG_WORDS and not _is_title_token(descriptor[-1]):
        return None  # a building or a body named after someone: "Villa Taverna", "Camp David", "Palazzo Chigi"
    # (a single word that is also a town's name is kept: it is a person only as the short form of a
    # full name the article gives, "Mora" after "Enrique Mora"; see extract_people)
    return descriptor, name


# ---------------------------------------------------------------- roles

def _title_tokens(descriptor: list[Token]) -> list[Token]:
    """The honorific or rank written right before the name ("Lt General", "Amb", "President")."""
    run: list[Token] = []
    for token in reversed(descriptor):
        if _is_title_token(token):
            run.insert(0, token)
        else:
            break
    while run and _ACRONYM.match(run[0].text) and run[0].text.lower() not in lx.TITLE_WORDS:
        run.pop(0)  # "ISI" opens "ISI Director General" only as part of the role
    ranks = _trailing_ranks(run)
    run = ranks or run
    # "Seri", "Utama" follow a Malay title ("Datuk Seri"); alone they begin a name: "Seri Perdana"
    return [] if all(t.text.lower() in lx.TITLE_SEQUELS for t in run) else run


def _trailing_ranks(tokens: list[Token]) -> list[Token]:
    ranks: list[Token] = []
    for index in range(len(tokens) - 1, -1, -1):
        lower = tokens[index].text.lower().rstrip(".")
        if lower not in RANKS:
            break
        if lower in {"general", "gen"} and index > 0 and tokens[index - 1].text.lower() in GENERAL_COMPOUNDS:
            break
        ranks.insert(0, tokens[index])
    return ranks


def _role_before(tokens: list[Token], first: int, text: str) -> tuple[int, int] | None:
    """Offsets of the role phrase that ends right before token `first` (the name)."""
    i = first - 1
    start = None
    depth = 0
    steps = 0
    while i >= 0 and steps < 18:
        token = tokens[i]
        lower = token.text.lower()
        if token.text == ")":
            depth += 1
        elif token.text == "(":
            if depth == 0:
                break
            depth -= 1
        elif depth:
            pass
        elif token.text == "-" and (text[token.start - 1:token.start].isspace() or text[token.end:token.end + 1] in {"-", " "}):
            break  # "SEOUL (Yonhap) -- Foreign Minister": a dash that ends the dateline, not a hyphen
        elif token.text in {"’s", "'s", "-", ".", "&"}:
            pass
        elif token.is_cap and token.is_word:
            if lower in {"the", "a", "an"}:
                break
        elif lower in lx.ROLE_NOUNS or lower in lx.ROLE_MODIFIERS or lower in lx.ROLE_CONNECTORS - {"and", "&"}:
            pass
        else:
            break
        start = i
        i -= 1
        steps += 1
    if start is None:
        return None
    while start < first and tokens[start].text.lower() in lx.ROLE_CONNECTORS | {"’s", "'s", "-", "."}:
        start += 1
    if start >= first:
        return None
    return tokens[start].start, tokens[first - 1].end


def _has_role_noun(phrase: str) -> bool:
    return any(w.lower() in lx.ROLE_NOUNS or w.lower().rstrip("s") in lx.ROLE_NOUNS
               for w in re.findall(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*", phrase))


def _strip_ranks(tokens: list[Token], span: tuple[int, int]) -> tuple[int, int] | None:
    inside = [t for t in tokens if span[0] <= t.start and t.end <= span[1]]
    ranks = _trailing_ranks([t for t in inside if t.text != "."])
    if ranks:
        kept = [t for t in inside if t.end <= ranks[0].start and t.text != "."]
        if not kept:
            return None
        return span[0], kept[-1].end
    return span


_APPOSITIVE_WORDS = {"the", "a", "an", "of", "for", "to", "in", "on", "at", "’s", "'s", "-", "&"}


def _appositive_after(tokens: list[Token], last: int, text: str, knowledge: Knowledge) -> tuple[int, int] | None:
    """", the commander of the Resolute Support Mission in Afghanistan" after a name."""
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return None
    start = last + 2
    first = tokens[start]
    if first.text.lower() in SPEECH_VERBS or first.text.lower() in {"and", "or", "but", "as", "while"}:
        return None
    end = start
    while end < len(tokens) and end - start < 16 and tokens[end].text not in {",", ".", ";", ":", "—", "–", "”", "“", '"'}:
        word = tokens[end].text
        if word == "and" and end > start and end + 1 < len(tokens) and tokens[end + 1].is_cap \
                and (_is_title_token(tokens[end + 1]) or tokens[end + 1].text.lower() in lx.ROLE_NOUNS):
            end += 1  # ", Deputy Prime Minister and Minister of Defence": one role after another
            continue
        if word.lower() in {"who", "which", "said", "says", "told", "and"} and end > start:
            break
        if end == start and word[:1].islower() and word.lower() not in lx.ROLE_MODIFIERS and word.endswith("ed"):
            break  # ", joined the Prime Minister": a verb, not a role
        if word[:1].islower() and word not in _APPOSITIVE_WORDS and word.lower() not in lx.ROLE_NOUNS | lx.ROLE_MODIFIERS \
                and not ((end == start or end == start + 1 and tokens[start].text.lower() in {"the", "a", "an"})
                         and any(t.text.lower() in lx.ROLE_NOUNS for t in tokens[end + 1:end + 4])):
            # "... Reconciliation alongwith General Miller", "... Afghanistan called on": the role has ended
            # (but not at the modifier that opens it: "the detained State Counsellor", "foreign-policy adviser")
            break
        if tokens[end].text == "(":
            # Only an acronym in brackets belongs to the role: "Chief of the Defence Staff (CDS)".
            if end + 2 < len(tokens) and _ACRONYM.match(tokens[end + 1].text) and tokens[end + 2].text == ")":
                end += 3
                continue
            break
        end += 1
    if end < len(tokens) and tokens[end].text.lower() in _BUILDING_NOUNS | SPEECH_VERBS:
        return None  # ", his official residence": a house described; "by Rosatom, the Russian diplomat said"
    end = _more_roles(tokens, end)
    while end > start and tokens[end - 1].text.lower() in {"of", "the", "a", "an", "for", "to", "in", "at", "on"}:
        end -= 1  # "the ousted leader of the party": the role is "ousted leader"
    if end == start:
        return None
    words = [t.text.lower() for t in tokens[start:end]]
    head_words = words[:9]
    if not any(w in lx.ROLE_NOUNS or w.rstrip("s") in lx.ROLE_NOUNS for w in head_words):
        return None
    # A capitalised name right after the comma is the next item of a list, not an appositive.
    if tokens[start].is_cap and words[0] not in {"the", "a", "an", "his", "her", "its", "their"} \
            and words[0] not in lx.ROLE_NOUNS and words[0] not in lx.ROLE_MODIFIERS \
            and not lx.country_of(tokens[start].text) and not _is_title_token(tokens[start]):
        return None
    if _is_title_token(tokens[start]) and any(_is_title_token(a) and b.is_cap and _is_name_word(b, knowledge, last=True)
                                             for a, b in zip(tokens[start:end], tokens[start + 1:end])):
        return None  # ", Crown Prince Akishino and Crown Princess Kiko, ...": the next people of a list
    while start < end and words[start - (last + 2)] in {"the", "a", "an"}:
        start += 1
    return (tokens[start].start, tokens[end - 1].end) if start < end else None


def _more_roles(tokens: list[Token], end: int) -> int:
    """", Deputy Prime Minister and Minister of Defence, Acting Prime Minister, led ...": a press release's
    roles one after another, each capitalised, each between commas."""
    while end + 1 < len(tokens) and tokens[end].text == ",":
        stop = end + 1
        while stop < len(tokens) and stop - end <= 6 and tokens[stop].text not in {",", ".", ";", ":"} \
                and (tokens[stop].is_cap or tokens[stop].text in {"of", "the", "and", "for"}):
            stop += 1
        segment = [t.text.lower() for t in tokens[end + 1:stop]]
        if stop >= len(tokens) or tokens[stop].text != "," or not tokens[end + 1].is_cap \
                or not any(w in lx.ROLE_NOUNS for w in segment):
            return end
        end = stop
    return end


def _appositive_before(tokens: list[Token], first: int, name_last: int) -> tuple[int, int] | None:
    """"The head of the peace process for the Afghan government, Abdullah Abdullah, had ..."."""
    # (the name closes the phrase: a comma after it, or the sentence's end: "..., and on the Vietnamese side
    # by the Deputy Prime Minister and Minister of Foreign Affairs, Bui Thanh Son.")
    if first < 2 or tokens[first - 1].text != "," \
            or name_last + 1 < len(tokens) and tokens[name_last + 1].text not in {",", ".", ";"}:
        return None
    end = first - 2
    start = end
    while start > 0 and tokens[start - 1].text not in {",", ".", ";", ":", "“", "”", '"'} and end - start < 14:
        start -= 1
    # "The Prime Minister spoke to the Taoiseach, Leo Varadkar": the role starts after the last word
    # that cannot be part of one.
    for i in range(end, start - 1, -1):
        word = tokens[i].text
        if word[:1].islower() and word.lower() not in lx.ROLE_NOUNS | lx.ROLE_MODIFIERS | lx.ROLE_CONNECTORS | _APPOSITIVE_WORDS:
            start = i + 1
            break
    if start > end:
        return None
    words = [t.text.lower() for t in tokens[start:end + 1]]
    if words[0] in {"the", "a", "an"} and any(w in lx.ROLE_NOUNS for w in words):
        return tokens[start + 1].start, tokens[end].end
    # "met India's Minister of Agriculture and Farmers' Welfare, Shivraj Singh Chouhan": a role in capitals,
    # with the country (or state, or body) whose it is
    if len(words) > 3 and words[0] in {"and", "or"}:  # (the next of a list: "..., and India's Minister of X, Y,")
        start, words = start + 1, words[1:]
    owned = len(words) > 2 and words[1] in {"’s", "'s"} and tokens[start].is_cap
    head = start + 2 if owned else start
    if tokens[head].is_cap and words[head - start] in lx.ROLE_NOUNS | lx.ROLE_MODIFIERS and any(w in lx.ROLE_NOUNS for w in words):
        return tokens[start].start, tokens[end].end
    # Or the role phrase just before the comma: "... to meet India's foreign minister, S. Jaishankar, on Friday".
    tail = [t.text.lower() for t in tokens[max(start, end - 2):end + 1]]
    if tail and tail[-1] in lx.ROLE_NOUNS and not tokens[end].is_cap:
        phrase_start = end
        while phrase_start > start and (tokens[phrase_start - 1].text.lower() in lx.ROLE_MODIFIERS | lx.ROLE_NOUNS | {"’s", "'s"}
                                        or lx.country_of(tokens[phrase_start - 1].text)):
            phrase_start -= 1
        return tokens[phrase_start].start, tokens[end].end
    return None


# ---------------------------------------------------------------- candidates

def _strip_possessive(word: str) -> str:
    return re.sub(r"[’']s$", "", word)


_DESTINATION = {"to", "for", "in", "on", "with", "at", "from"}


def _country_of_role(role: str | None, title: str | None) -> str | None:
    """'US Special Representative' or 'head of Afghan high peace council' give a country;
    'Ambassador to the US' or 'commander ... in Afghanistan' name a destination, not a nationality."""
    for phrase in (role, title):
        words = re.findall(r"(?:[A-Za-z]\.){2,}|[^\W\d_]+(?:[-’'][^\W\d_]+)*", phrase or "")
        seen_role = False
        for i, word in enumerate(words):
            country = lx.country_of(_strip_possessive(word))
            previous = [w.lower() for w in words[max(0, i - 2):i]]
            if country and not (previous and (previous[-1] in _DESTINATION or previous[-1] == "the" and len(previous) > 1 and previous[0] in _DESTINATION)):
                if not seen_role or (previous and previous[-1] in {"of", "the"}):
                    return country
            if word.lower() in lx.ROLE_NOUNS:
                seen_role = True
    return None


_ORG_HEADS = {"ministry", "office", "department", "council", "committee", "commission", "agency",
              "authority", "bureau", "directorate", "division", "army", "navy", "forces", "corps",
              "police", "intelligence", "services", "mission", "embassy", "consulate", "government",
              "administration", "parliament", "assembly", "senate", "congress", "cabinet", "court",
              "party", "league", "movement", "front", "alliance", "union", "nations", "organisation",
              "organization", "association", "foundation", "institute", "university", "bank", "fund",
              "company", "group", "taliban", "command", "secretariat", "emirate"}


def _organisation_of_role(role: str | None) -> str | None:
    """The institution inside a role phrase: 'commander of the Resolute Support Mission' ->
    'Resolute Support Mission'; 'Afghan defense ministry's spokesperson' -> 'Afghan defense ministry'."""
    words = re.findall(r"\([^)]*\)|[^\W\d_][\w’'.-]*", role or "")
    for i, word in enumerate(words):
        head = _strip_possessive(word).lower()
        if head not in _ORG_HEADS or (head == "army" and i + 1 < len(words) and words[i + 1] == "Staff"):
            continue
        begin = i
        while begin > 0:
            previous = _strip_possessive(words[begin - 1]).lower()
            if words[begin - 1].startswith("(") or previous in {"the", "a", "an"} | lx.ROLE_CONNECTORS \
                    or (previous in lx.ROLE_NOUNS and previous not in _ORG_HEADS):
                break
            begin -= 1
        end = i + 1
        if end < len(words) and words[end].startswith("("):
            end += 1  # the acronym: "Inter-Services Intelligence (ISI)"
        elif end + 1 < len(words) and words[end] in {"for", "of"} and words[end + 1][:1].isupper() \
                and not lx.country_of(words[end + 1]):
            end += 2  # "High Council for National Reconciliation"
            while end < len(words) and words[end][:1].isupper():
                end += 1
        organisation = _strip_possessive(" ".join(words[begin:end]))
        if end - begin < 2 and head != "taliban":
            return None  # "Army" alone says which army no more than "the government" does
        return organisation if any(w[:1].isupper() for w in words[begin:end]) else None
    return None


# "leader of Srpska Lista", "Head of the Delegation of the European Union": a role that ends in a
# preposition is someone else's; the name after it is what they lead.
_OBJECT_OF_ROLE = re.compile(r"\b(?:of|of the|for|for the|to|to the|at|at the|in|in the|with)\s*$", re.I)


def _written(body: str, name: list[Token]) -> str:
    """The name as the text writes it, family names in capitals in ordinary case ("KISHIDA Fumio" ->
    "Kishida Fumio"; "Charles III" keeps its numeral)."""
    return " ".join(_ordinary_case(w) for w in body[name[0].start:name[-1].end].split())


def _ordinary_case(word: str) -> str:
    if not _CAPS_WORD.match(word) or _ROMAN.match(word) or len(word) < 3:
        return word
    return re.sub(r"[A-Z]+", lambda m: m.group()[0] + m.group()[1:].lower(), word)


def _candidates_in_sentence(index: int, body: str, span: tuple[int, int], knowledge: Knowledge) -> list[Candidate]:
    start, end = span
    text = body[start:end]
    tokens = tokenize(body, start, end)
    position = {t.start: i for i, t in enumerate(tokens)}
    found: list[Candidate] = []
    for run in _chunks(tokens):
        chunk = [tokens[i] for i in run]
        split = _split_chunk(chunk, knowledge)
        if split is None:
            continue
        descriptor, name = split
        if len(descriptor) == 1 and run[0] > 0 and tokens[run[0] - 1].text in lx.ROLE_NOUNS \
                and _capitalised(descriptor[0]) and not descriptor[0].text.isupper() \
                and descriptor[0].text.lower() not in _DESCRIPTIVE_WORDS | lx.ROLE_MODIFIERS | lx.STOPWORDS \
                and (len(name) >= 2 or not knowledge.gazetteer.city(descriptor[0].text)) and not lx.country_of(descriptor[0].text) \
                and descriptor[0].text.lower() not in lx.DEMONYMS and not any(_common(t.text) for t in name):
            # after a job in lower case, a first name that is also a dictionary word: "director Manas Ranjan Mishra"
            descriptor, name = [], descriptor + name
        first, last = position[name[0].start], position[name[-1].start]
        short_only = len(name) == 1 and not descriptor and first > 0 and tokens[first - 1].text.lower() in {"for", "of", "on"} \
            and not _known_name(name[0].text, knowledge)  # "Special Envoy ... for Counterterrorism", "Minister for Planning"
        if run[0] > 0 and tokens[run[0] - 1].text == "(" and last + 1 < len(tokens) and tokens[last + 1].text == ")":
            continue  # "(Asia Pacific)": a parenthesised label, not a person being introduced
        if last + 3 < len(tokens) and tokens[last + 1].text == "(" and tokens[last + 3].text == ")" \
                and tokens[last + 2].text == _acronym_of(chunk):
            continue  # "Hayat Tahrir al-Sham (HTS)": a body and its acronym, not a person
        title = _title_tokens(descriptor)
        if title and title[0] is chunk[0] and run[0] > 1 and tokens[run[0] - 1].text.lower() in {"of", "for", "on", "to"} \
                and _is_title_token(tokens[run[0] - 2]):
            title = []  # "Secretary of State Antony Blinken": "State" alone is not the title
        candidate = Candidate(index, name, title, name=_written(body, name), short_only=short_only)
        candidate.place_surname = len(name) > 1 and not _is_name_word(name[-1], knowledge, last=True)
        candidate.place_like = len(name) == 1 and bool(knowledge.gazetteer.city(name[0].text)) \
            and not (descriptor and _is_title_token(descriptor[-1]))
        if candidate.title_tokens:
            candidate.evidence.add("title")
        if descriptor and len(name) >= 2 and lx.is_given_name(name[0].text) and descriptor[-1].text.lower() in lx.DEMONYMS:
            candidate.evidence.add("demonym")  # "the Kenyan Godfrey Otunge": a nationality before a full name
        possessed = not descriptor and first > 0 and tokens[first - 1].text in {"’s", "'s"}
        role_span = None if possessed else _role_before(tokens, first, body)  # "in Kabul's Karte Char": a possessor
        if role_span:
            role_span = _strip_ranks(tokens, role_span)
        if role_span and _has_role_noun(body[role_span[0]:role_span[1]]) \
                and not _OBJECT_OF_ROLE.search(body[role_span[0]:role_span[1]]):
            candidate.role_span = role_span
            candidate.evidence.add("role")
        else:
            role_span = _appositive_after(tokens, last, body, knowledge) or _appositive_before(tokens, first, last)
            if role_span:
                candidate.role_span = role_span
                candidate.evidence.add("appositive")
        if candidate.role_span:
            candidate.role = body[candidate.role_span[0]:candidate.role_span[1]].strip(" ,")
        after = tokens[last + 1].text.lower() if last + 1 < len(tokens) else ""
        before = tokens[first - 1].text.lower() if first > 0 else ""
        candidate.after_article = run[0] > 0 and tokens[run[0] - 1].text.lower() in {"the", "a", "an"}
        candidate.before_place_noun = after in lx.ORG_WORDS | PLACE_NOUNS or _listed_before_place_noun(tokens, last + 1) \
            or run[0] > 1 and tokens[run[0] - 1].text.lower() == "of" and tokens[run[0] - 2].text.lower() in PLACE_NOUNS
        # ("the southern city of Khan Younis": a place, whatever first names it holds)
        if after in SPEECH_VERBS or before in {"said", "says", "told", "by", "to", "with"}:
            candidate.evidence.add("context")
        if after in ATTRIBUTIVE_NOUNS and after != "white" and not (last + 1 < len(tokens) and tokens[last + 1].text in {"’s", "'s"}):
            candidate.attributive = True
        if not descriptor and _role_noun_then_name(tokens, last + 1):
            # "Sinn Fein vice-president Michelle O'Neill", "Trump adviser Stephen Miller": the name
            # qualifies someone else's role, as in "the Biden administration".
            candidate.attributive = True
        found.append(candidate)
    found.extend(_registry_candidates(index, text, start, tokens, found, knowledge))
    return found


def _acronym_of(tokens: list[Token]) -> str:
    """"Hayat Tahrir al-Sham" -> "HTS": the capitals that open its words and their hyphenated parts."""
    return "".join(part[0] for t in tokens for part in re.split(r"[-‐]", t.text) if part[:1].isupper())


def _listed_before_place_noun(tokens: list[Token], i: int) -> bool:
    """"Preah Vihear, Banteay Meanchey and Pursat provinces": one of a list of places that a plural
    place noun closes."""
    if i >= len(tokens) or tokens[i].text not in {",", "and"}:
        return False
    for token in tokens[i:i + 24]:
        word = token.text.lower()
        if word in PLACE_PLURALS:
            return True
        if not (token.text in {",", "and"} or token.is_cap and token.is_word or word in lx.NAME_PARTICLES):
            return False
    return False


def _role_noun_then_name(tokens: list[Token], i: int) -> bool:
    """A lower-case role noun at token i, then (after at most one more lower-case word) a capitalised name."""
    if i >= len(tokens) or not tokens[i].text[:1].islower():
        return False
    word = tokens[i].text.lower()
    if word not in lx.ROLE_NOUNS and word.split("-")[-1] not in lx.ROLE_NOUNS:
        return False
    for j in (i + 1, i + 2):
        if j < len(tokens) and tokens[j].is_cap and tokens[j].is_word:
            return True
        if j < len(tokens) and not (tokens[j].text[:1].islower() and tokens[j].text.lower() in lx.ROLE_NOUNS | lx.ROLE_MODIFIERS):
            return False
    return False


def _registry_candidates(index, text, offset, tokens, found, knowledge) -> list[Candidate]:
    """Registry names the chunker split or missed (lower-case particles, odd spacing)."""
    pattern = knowledge.registry.pattern
    extra = []
    if not pattern:
        return extra
    for match in pattern.finditer(text):
        s, e = match.start() + offset, match.end() + offset
        overlapping = [c for c in found if c.start < e and s < c.end]
        canonical = knowledge.registry.canonical(match.group())
        for c in overlapping:
            if fold(c.name) == fold(match.group()) or fold(match.group()) in fold(c.name):
                c.canonical = c.canonical or (canonical if fold(c.name) == fold(match.group()) else None)
                c.evidence.add("registry")
        if overlapping:
            continue
        name_tokens = [t for t in tokens if s <= t.start and t.end <= e]
        following = next((t for t in tokens if t.start >= e), None)
        if following is not None and following.is_cap and (following.text.lower() in lx.ORG_WORDS or _common(following.text)):
            continue  # "Hamid Karzai International Airport": a place named after the person
        if name_tokens:
            extra.append(Candidate(index, name_tokens, evidence={"registry"}, canonical=canonical,
                                   name=" ".join(match.group().split())))
    return extra


# ---------------------------------------------------------------- acceptance and resolution

def _accepted_full_name(candidate: Candidate, knowledge: Knowledge) -> bool:
    words = [t for t in candidate.name_tokens if not _is_particle(t)]
    if len(words) < 2:
        return False
    if knowledge.gazetteer.city(candidate.name) or knowledge.gazetteer.country(candidate.name) or lx.is_region(candidate.name):
        return False
    if candidate.evidence & {"title", "role", "appositive", "registry", "demonym"}:
        return True
    if candidate.place_surname:
        # "John Bolton" (a known first name), "says Kholood Khair" (speech), but not "Srpska Lista", "European Union".
        return "context" in candidate.evidence or lx.is_given_name(words[0].text)
    if all(knowledge.gazetteer.city(t.text) or lx.country_of(t.text) for t in words):
        return False  # "Doha Doha": places side by side, whatever first names they share
    if candidate.after_article or candidate.before_place_noun:
        return False  # "the Mes Aynak copper mine", "Kabul's Karte Char area": places, not people
    if lx.is_given_name(words[0].text):
        return True
    if "context" in candidate.evidence and not _common(words[0].text) and not knowledge.gazetteer.city(words[0].text) \
            and not lx.country_of(words[0].text) and not (words[-1].text.endswith("s") and _common(words[-1].text)):
        return True  # "held talks with Manmohan Singh": a family name that is also a dictionary word
    if len(words) >= 3 and not _common(words[0].text) and any(lx.is_given_name(t.text) for t in words[1:-1]) \
            and (not _common(words[-1].text) or lx.is_given_name(words[-1].text) or _is_particle(candidate.name_tokens[-2])):
        return True  # "Luiz Inácio Lula da Silva": a first name the dictionary lacks, before others it has
    return all(not _common(t.text) for t in words)


_DESCRIPTIVE_WORDS = lx.ORG_WORDS | lx.ROLE_NOUNS | lx.TITLE_WORDS
_PLACE_WORDS = lx.ORG_WORDS | PLACE_NOUNS | _ROOMS  # what ends the name of a building, a room or a place


def _common(word: str) -> bool:
    """An English word, singular or plural ("Ministries", "Chiefs")."""
    lower = word.lower()
    words = lx.common_words()
    return lower in words or lower.endswith("s") and (lower[:-1] in words or lower.endswith("ies") and lower[:-3] + "y" in words) \
        or lower.rstrip("s") in _DESCRIPTIVE_WORDS


def _resolve_short(candidate: Candidate, full: list[tuple[int, Candidate]], knowledge: Knowledge,
                   article_only: bool = False) -> str | None:
    """The full name a short form ("Gen Qamar", "Khalilzad", "Scott Miller") refers to."""
    short = [_unprefixed(fold(t.text)) for t in candidate.name_tokens if not _is_particle(t)]
    # "Prime Minister Barzani" with President Nechirvan and Prime Minister Masrour Barzani about:
    # the one whose title or role has the short form's title words
    titled = _title_words(candidate)
    best = None
    for order, other in full:
        # ("Sharaa" for "Ahmed al-Sharaa", "Assad" for "Bashar al-Assad": the article prefix dropped)
        words = [_unprefixed(fold(t.text)) for t in other.name_tokens if not _is_particle(t)]
        if len(short) > len(words) or len(short) == len(words) and short != words:
            continue  # (the same words: the name the article introduced elsewhere with its role)
        if not _contains(words, short) or len(short) > 1 and _fathers_name(other, short):
            continue
        # Prefer a name introduced before the short form, then a surname match over a first-name
        # match (or a family name written first: "Mr Kim" for Kim Jong-un), then the first introduced:
        # the story's protagonist keeps the short form when several share it.
        rank = 0 if words[-len(short):] == short else 1 if words[:len(short)] == short else 2
        distance = candidate.start - other.start
        # (of a role, what the person is, not whose: "the Grand Ayatollah's son" is no ayatollah)
        described = {fold(t.text) for t in other.title_tokens} | set(fold(re.split(r"[’']s\s+", other.role or "")[-1]).split())
        if titled and {fold(t.text) for t in other.title_tokens} & _SPOUSE_HONORIFICS and not titled <= described:
            continue  # "Prime Minister Ishiba" is not "Mrs. Yoshiko Ishiba", the only Ishiba spelled out here
        untitled = 1 if titled and not titled <= described else 0
        key = (untitled, 0 if distance >= 0 else 1, rank, other.start if distance >= 0 else -other.start)
        if best is None or key < best[0]:
            best = (key, other)
    if best:
        return best[1].canonical or best[1].name
    if article_only:
        return None
    key = " ".join(short)
    return knowledge.registry.by_token.get(key) or knowledge.registry.by_alias.get(key)


_PERSONAL_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Speaker|President|Prime Minister|Premier|Chancellor|Ambassador|Gen|General|"
                             r"Senator|Governor|Sheikh|Prince|King|Queen)\.?$")


def _title_text(candidate: Candidate) -> str:
    return " ".join(t.text for t in candidate.title_tokens)


def _rare_word(word: str) -> bool:
    """Not a word a title is followed by in a phrase: no job, institution, time or function word."""
    lower = word.lower()
    return lower.rstrip("s") not in _DESCRIPTIVE_WORDS and lower not in lx.STOPWORDS and lower not in lx.TIME_WORDS \
        and not lx.country_of(word)


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)[- ](?=\w{3})")  # (folded: "al sharaa")


def _unprefixed(word: str) -> str:
    return _ARABIC_ARTICLE.sub("", word)


_SPOUSE_HONORIFICS = {"mrs", "madam", "madame", "lady", "first"}  # ("First Lady")


def _title_words(candidate: Candidate) -> set[str]:
    """The words of a mention's title that tell people apart ("prime", "minister"; not "mr")."""
    return {fold(t.text) for t in candidate.title_tokens} - {"mr", "mrs", "ms", "dr", "the", "of", "h.e.", "he"}


def _part_of_longer(candidate: Candidate, full: list[tuple[int, Candidate]]) -> bool:
    words = [fold(t.text) for t in candidate.name_tokens if not _is_particle(t)]
    return any(len(_words(c)) > len(words) and _contains(_words(c), words) and not _fathers_name(c, words) for _, c in full)


def _words(candidate: Candidate) -> list[str]:
    return [fold(t.text) for t in candidate.name_tokens if not _is_particle(t)]


_SON_OF = {"bin", "ibn", "bint", "ben", "ould"}


def _fathers_name(longer: Candidate, part: list[str]) -> bool:
    """"Salman bin Abdulaziz" inside "Mohammed bin Salman bin Abdulaziz": the father, named after "bin"."""
    tokens = longer.name_tokens
    for i, token in enumerate(tokens):
        if fold(token.text) == part[0] and i > 0 and tokens[i - 1].text.lower() in _SON_OF:
            following = [fold(t.text) for t in tokens[i:] if not _is_particle(t)]
            if following[:len(part)] == part:
                return True
    return False


def _known_name(word: str, knowledge: Knowledge) -> bool:
    return lx.is_given_name(word) or fold(word) in knowledge.registry.tokens


# "in Ain el-Tineh", "upon leaving Ain el-Tineh": the words before a place.
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|leaving|left|towards?|close to|back to|"
                              r"(?:went|drove|headed|travel+ed|flew|returned|came|moved|proceeded)(?:\s+\w+)?\s+to)\s+(?:the\s+)?$", re.I)


def _only_where_a_place_goes(candidate: Candidate, full: list[tuple[int, Candidate]], body: str) -> bool:
    """A name the article never titles, describes or quotes, and writes only where a place goes
    ("received ... in Ain el-Tineh", "upon leaving Ain el-Tineh"): a place the gazetteer does not know."""
    if candidate.canonical:
        return False
    same = [c for _, c in full if c.name == candidate.name]
    return all(_LOCATIVE_BEFORE.search(body[max(0, c.start - 30):c.start])
               and not c.evidence & {"title", "role", "appositive"}
               and not body.startswith(("’s", "'s"), c.end) for c in same)


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


def extract_people(body: str, sentences: list[tuple[int, int]], knowledge: Knowledge) -> list[dict]:
    """Person mentions of one article, in text order, each with its full name within the article."""
    candidates = [c for i, span in enumerate(sentences) for c in _candidates_in_sentence(i, body, span, knowledge)]
    full = [(i, c) for i, c in enumerate(candidates) if not c.attributive and _accepted_full_name(c, knowledge)]
    # "Asad Majeed" after "Asad Majeed Khan" is a short form, not a second person.
    full = [(i, c) for i, c in full if not _part_of_longer(c, full)]
    full = [(i, c) for i, c in full if not _only_where_a_place_goes(c, full, body)]
    full_ids = {id(c) for _, c in full}
    mentions = []
    meaning: dict[str, str] = {}  # one sense per article: "Mr Kim" keeps the person it first meant
    titled: dict[str, str] = {}  # single names accepted for their title: "Cardinal Parolin", then "Parolin"
    bare: list[Candidate] = []  # single words with nothing to say they are people (yet)
    for candidate in candidates:
        if id(candidate) in full_ids:
            name, kind = candidate.canonical or candidate.name, "full"
        else:
            written = " ".join(fold(t.text) for t in candidate.name_tokens)
            # (a title keeps its own sense: "President Barzani" and "Prime Minister Barzani" are two men)
            written += "|" + " ".join(sorted(_title_words(candidate)))
            name = meaning.get(written) or _resolve_short(candidate, full, knowledge, article_only=candidate.place_like)
            if candidate.short_only and not name:
                continue  # (but "a lunch that Trump hosted for Ramaphosa" after "Cyril Ramaphosa")
            if candidate.place_like and not name:
                bare.append(candidate)
                continue  # "in Doha, the top US diplomat": a place, unless the article names someone so
            if name:
                meaning.setdefault(written, name)
            kind = "attributive" if candidate.attributive else "short"
            if name is None and len(candidate.name_tokens) == 1 and not candidate.attributive:
                name = titled.get(fold(candidate.name))
            if name is None:
                if candidate.attributive or not candidate.evidence & {"title", "role", "appositive"}:
                    if len(candidate.name_tokens) == 1 and not candidate.attributive:
                        bare.append(candidate)
                    continue
                if len(candidate.name_tokens) == 1 and candidate.after_article and not candidate.title_tokens:
                    continue  # "the Houthis' council", "at the Akorda": a group or a building
                if len(candidate.name_tokens) > 1 and not _accepted_full_name(candidate, knowledge):
                    continue
                if len(candidate.name_tokens) == 1 and _common(candidate.name) and not _known_name(candidate.name, knowledge) \
                        and not (_PERSONAL_TITLE.match(_title_text(candidate)) and _rare_word(candidate.name)):
                    # "State Councilor", "Foreign Ministries": a title followed by a word, not a name (but
                    # "Speaker Berri", "Mr Brown": a personal title before a word that is no job or institution)
                    continue
                name = candidate.name  # a titled single name nobody spelled out ("Mr Haqqani")
                titled.setdefault(fold(name), name)
        title = body[candidate.title_tokens[0].start:candidate.title_tokens[-1].end] if candidate.title_tokens else None
        sentence_start, sentence_end = sentences[candidate.sentence]
        institution = knowledge.organisations.find(candidate.role) or knowledge.organisations.find(title)
        mentions.append({
            "name": name,
            "text": body[candidate.start:candidate.end],
            "title": title,
            "role": candidate.role,
            "kind": kind,
            "country": _country_of_role(candidate.role, title) or (institution[1] if institution else None),
            "organisation": institution[0] if institution else _organisation_of_role(candidate.role),
            "char_start": candidate.start,
            "char_end": candidate.end,
            "role_start": candidate.role_span[0] if candidate.role_span else None,
            "role_end": candidate.role_span[1] if candidate.role_span else None,
            "sentence_index": candidate.sentence,
            "sentence_start": sentence_start,
            "sentence_end": sentence_end,
            "evidence": ",".join(sorted(candidate.evidence)) or "name",
        })
    mentions += _paired_surnames(bare, mentions, body, sentences, knowledge)
    return _link_aliases(sorted(mentions, key=lambda m: m["char_start"]), body)


def _paired_surnames(bare: list[Candidate], mentions: list[dict], body: str, sentences, knowledge: Knowledge) -> list[dict]:
    """A surname the article never spells out, for someone it pairs with people: "Carney and Trump
    are now meeting", "Around the table: Carney, Trump, Starmer". A word written so twice or more,
    and no place, institution or dictionary word, is a person's name (and pairs others in turn)."""
    spans = {(m["char_start"], m["char_end"]) for m in mentions if m["kind"] != "attributive"}
    # (a town's name or a dictionary word too, when so paired: "Carney" is both; never a country, a capital
    # or an institution)
    bare = [c for c in bare if not (knowledge.gazetteer.country(c.name) or c.name in knowledge.gazetteer.capitals_by_name
                                    or knowledge.organisations.find(c.name)
                                    or c.name.lower() in lx.STOPWORDS | lx.TITLE_WORDS | lx.ROLE_NOUNS | lx.ORG_WORDS)]
    accepted: set[str] = set()
    for _ in range(3):  # ("Tanner and Lindqvist" once Lindqvist is known to be someone)
        known = spans | {(c.start, c.end) for c in bare if fold(c.name) in accepted}
        starts, ends = {a for a, _ in known}, {b for _, b in known}
        paired: dict[str, int] = {}
        for candidate in bare:
            after = re.match(r"\s*(?:,|and|&)\s*", body[candidate.end:candidate.end + 8])
            before = re.search(r"(?:,|\band|&)\s*$", body[max(0, candidate.start - 8):candidate.start])
            if after and candidate.end + after.end() in starts \
                    or before and any(body[end:candidate.start].strip() in {",", "and", "&"} for end in ends
                                      if 0 < candidate.start - end <= 8):
                paired[fold(candidate.name)] = paired.get(fold(candidate.name), 0) + 1
        grown = accepted | {w for w, n in paired.items() if n >= 2}
        if grown == accepted:
            break
        accepted = grown
    found = []
    for candidate in bare:
        word = candidate.name
        if any(_ALIAS_LINK.fullmatch(body[end:candidate.start]) for _, end in spans if 0 < candidate.start - end <= 60):
            accepted.add(fold(word))  # "Dagalo, popularly known as Hemedti": his name too
        if fold(word) not in accepted:
            continue
        sentence_start, sentence_end = sentences[candidate.sentence]
        found.append({"name": word, "text": body[candidate.start:candidate.end], "title": None, "role": None, "kind": "short",
                      "country": None, "organisation": None, "char_start": candidate.start, "char_end": candidate.end,
                      "role_start": None, "role_end": None, "sentence_index": candidate.sentence,
                      "sentence_start": sentence_start, "sentence_end": sentence_end, "evidence": "paired"})
    return found


# "Al-Sharaa, who until recently went by his nom de guerre Abu Mohammed al-Jolani", "Garcia, whose real
# name is Eliecer Herlinto Chamorro", "X, also known as Y": the second name is the first person's.
_ALIAS_LINK = re.compile(
    r"\s*,?\s*(?:(?:who\s+)?(?:until (?:recently|\w+)\s+|formerly\s+|previously\s+|once\s+|also\s+|better\s+|widely\s+|popularly\s+|commonly\s+|locally\s+)?"
    r"(?:went|goes|go|was known|is known|known|called|named)\s+(?:as|by)\s+(?:(?:his|her|the)\s+)?"
    r"(?:nom de guerre|alias|pseudonym|name|nickname)?|whose (?:real|legal|birth|full) name is)\s*,?\s*$", re.I)


def _link_aliases(mentions: list[dict], body: str) -> list[dict]:
    """Give a name written as another person's alias that person's name, everywhere in the article."""
    renamed = {}
    for first, second in zip(mentions, mentions[1:]):
        if first["sentence_index"] == second["sentence_index"] and first["name"] != second["name"] \
                and first["kind"] != "attributive" and _ALIAS_LINK.fullmatch(body[first["char_end"]:second["char_start"]]):
            renamed.setdefault(second["name"], renamed.get(first["name"], first["name"]))
    if renamed:
        for mention in mentions:
            mention["name"] = renamed.get(mention["name"], mention["name"])
    return mentions
