"""Read stage: files in `raw/` become article rows with clean prose and their metadata.

For each file: decode the bytes (UTF-8, else cp1252 with a warning), take the text out of
HTML, separate boilerplate from prose line by line, then fill each metadata field from the
best source available (sources.csv, then HTML metadata, then the text itself), recording
that source next to the value (`published_source`, `outlet_source`, ...).
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from . import lexicon as lx
from .dates import ENTRY_TIME, find_full_date, parse_date, parse_month_day, with_year_near
from .text import fold, normalise

ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}
SOURCES_COLUMNS = ["file", "url", "outlet", "published"]


class Skip(Exception):
    """A file that cannot become an article; the message is the reason shown to the user."""


@dataclass
class Source:
    """One file of the raw folder, before it is read."""
    path: Path
    file: str  # path relative to the raw folder, with forward slashes
    row: dict = field(default_factory=dict)  # its sources.csv values (only valid ones)


# ---------------------------------------------------------------- the raw folder

def list_sources(raw_dir: Path) -> tuple[list[Source], list[str]]:
    """Every article file under raw_dir (sorted), with its sources.csv row; and the warnings."""
    rows, warnings = read_sources_csv(raw_dir)
    sources = []
    for relative in sorted(_article_files(raw_dir)):
        sources.append(Source(raw_dir / relative, relative, rows.pop(relative, {})))
    for missing in sorted(rows):
        warnings.append(f"sources.csv: row for {missing!r} names a file that does not exist; row ignored")
    return sources, warnings


def _article_files(raw_dir: Path, prefix: str = ""):
    """Relative paths of the article files under a folder (hidden files and folders skipped)."""
    with os.scandir(raw_dir) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                yield from _article_files(Path(entry.path), f"{prefix}{entry.name}/")
            elif os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES:
                yield prefix + entry.name  # a broken link too: reading it gives the warning


def read_sources_csv(raw_dir: Path) -> tuple[dict[str, dict], list[str]]:
    path = raw_dir / "sources.csv"
    if not path.exists():
        return {}, []
    warnings: list[str] = []
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        return {}, [f"sources.csv: cannot be read ({_reason(error)}); ignored"]
    reader = csv.DictReader(text.splitlines(keepends=True))
    if not reader.fieldnames or "file" not in [f.strip().lower() for f in reader.fieldnames]:
        return {}, ["sources.csv: no 'file' column in the header; ignored"]
    columns = {f: f.strip().lower() for f in reader.fieldnames}
    extra = [f for f, c in columns.items() if c not in SOURCES_COLUMNS]
    if extra:
        warnings.append(f"sources.csv: unknown column(s) {', '.join(map(repr, extra))} ignored")
    rows: dict[str, dict] = {}
    try:
        for line_number, raw_row in enumerate(reader, start=2):
            row = {columns[k]: (v or "").strip() for k, v in raw_row.items() if k in columns and isinstance(v, str)}
            file = row.get("file", "").replace("\\", "/").lstrip("./")
            if not file:
                warnings.append(f"sources.csv: line {line_number} has no file name; ignored")
                continue
            if file in rows:
                warnings.append(f"sources.csv: line {line_number} repeats {file!r}; the first row is kept")
                continue
            rows[file] = _valid_values(file, row, warnings)
    except csv.Error as error:
        warnings.append(f"sources.csv: malformed CSV ({error}); rows after the error ignored")
    return rows, warnings


def _valid_values(file: str, row: dict, warnings: list[str]) -> dict:
    values = {}
    if row.get("url"):
        parsed = urlparse(row["url"])
        if parsed.scheme in {"http", "https"} and parsed.netloc and " " not in row["url"]:
            values["url"] = row["url"]
        else:
            warnings.append(f"sources.csv: {file}: url {row['url']!r} is not an http(s) URL; ignored")
    if row.get("outlet"):
        values["outlet"] = row["outlet"]
    if row.get("published"):
        published = parse_date(row["published"])
        if published:
            values["published"] = published.isoformat()
        else:
            warnings.append(f"sources.csv: {file}: published {row['published']!r} is not a date; ignored")
    return values


# ---------------------------------------------------------------- decoding

def decode(data: bytes) -> tuple[str, str, str | None]:
    """(text, encoding, warning). Binary data raises Skip."""
    if not data.strip():
        raise Skip("empty file")
    sample = data[:8192]
    if b"\x00" in sample or _control_ratio(sample) > 0.1:
        raise Skip("binary file, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8", None
    except UnicodeDecodeError as error:
        text = data.decode("cp1252", errors="replace")
        return text, "cp1252", f"not valid UTF-8 (byte {error.start}); decoded as cp1252"


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _control_ratio(sample: bytes) -> float:
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / max(1, len(sample))


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or type(error).__name__
    return str(error)


# ---------------------------------------------------------------- boilerplate

_TWEET_URL = re.compile(r"^(?:https?://)?(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status(?:es)?/\d+\S*$", re.I)
_BOILERPLATE_LINES = (
    r"^load (?:next|more) stor(?:y|ies)$",
    r"^(?:\d+\s+)?comments?:?$", r"^(?:leave a (?:reply|comment)|post a comment|add a comment).*$",
    r"^advertisement$", r"^(?:(?:estimated )?read(?:ing)? time:?\s*\d+\s*min(?:ute)?s?|\d+\s*min(?:ute)?s? read)\.?$", r"^(?:share|share this|share on \w+|tweet|email|print|whatsapp|facebook|twitter|linkedin|telegram|copy link)(?:\s*[|/·•,]\s*\w+)*\s*:?$",
    r"^(?:also read|read more|read also|see also|more on this|related|related (?:stories|articles|news|posts|coverage)|you may also like|recommended|more from \w+.*|most (?:read|popular)|trending|latest news)\b.*$",
    r"^follow (?:the |us |our )?.{0,60}\b(?:facebook|twitter|instagram|whatsapp|telegram|youtube|google news|page|channel|on x)\b.*$",
    r"^(?:join|subscribe to|sign up for|download) (?:our|the) .{0,60}(?:channel|newsletter|app|updates).*$",
    r"^(?:copyright|©|\(c\)).*$",
    r"^(?:tags?|topics?|filed under|categories|category)\s*:.*$",
    r"^(?:published|posted|updated|last updated|first published|dated?)\b.{0,80}\d{4}.{0,40}$",
    r"^\(?(?:reporting|additional reporting|writing|editing|compiled|edited) by .*$",  # wire credits
    r"^by (?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})(?:\s*(?:,|and|&|\||in|-|–|—)\s*[^.]{0,60})?\.?$",  # a byline
    # "— With files from Tariq Desrosiers in Ottawa", "With help from ...": who else reported
    r"^[-–—]?\s*with (?:files|help|reporting|additional reporting|contributions) from\b.{0,100}$",
    # a live blog's writers: "Tom Ashworth (now) and Léa Martin (earlier)"
    r"^(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){1,3} \((?:now|earlier|until \w+)\)(?:,? and (?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){1,3} \((?:now|earlier)\))*$",
    r"^(?:author|authors|written by|reporter|reported by|story by)\s*:\s*(?-i:[A-Z])[^.]{0,60}$",  # "Author: Aigerim Dauletova"
    r"^(?:our standards|staff report|news desk|web desk|monitoring desk|by (?:our|a|the) (?:staff )?(?:correspondent|reporter))\b.{0,80}$",
    r"^\d+\s*min(?:ute)?s?\s+read$",
    r"^(?:--|—|–)\s*[A-Z]{2,10}(?:\s+\w+/\w+)?$",  # wire sign-off: "--IANS", "— APP"
    r"^(?:https?://|www\.)\S+$", r"^pic\.twitter\.com/\w+$", r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$",  # a reporter's e-mail
    r"^(?:—|--|-)\s*.{1,80}\(@\w{1,15}\)\s+\w+\s+\d{1,2},?\s+\d{4}$",  # flattened tweet signature
    r"^(?:photo|image|picture|file photo|video|credits?|courtesy|producers?|produced by|sound engineering|music|translators?|"
    r"translation|editors?|editing|edition)\s*:.*$",
    # a reading list: '- "Why X keeps going to Beijing" - Irene Castell, Agenda Pública'
    r"^[-–—•*]\s*[\"“‘'][^\"”]{5,160}[\"”’']\s*[-–—]\s*(?-i:[A-Z])[\w'’.-]+(?: [\w'’.-]+){0,3},\s*.{2,60}$",
    r"^[-–—]\s*(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){0,2}$",  # a letter's sign-off: "— Thu Trang"
    r"^\[(?:(?:photo|image|picture|video|file)(?: caption)?|caption)\].*$",  # "[Photo] President X (left) shakes hands with ..."
    # a print page's jumps: "CONTINUED PAGE 8", "EDITORIAL P20", "Continued on page 4"
    r"^(?:continued\s+(?:on\s+|from\s+)?(?:page|p)\.?\s*\d{1,3}|(?-i:[A-Z][A-Z ]{1,30})\s+(?:page|p)\.?\s*\d{1,3})$",
    # credits: "Edited by: Martina Heuer", "Live updates by Rasha Haidar and Karim Sabbagh"
    r"^(?:live (?:updates|coverage|blog)|updates|text|words|story|written|edited|compiled|produced|reported|translated)\s+by\s*:?\s+"
    r"(?-i:[A-Z]).{0,120}$",
    r"^(?:that'?s (?:it|all) for today|thanks? (?:you )?for reading)\b.{0,200}\b(?:written|edited|produced) by\b.{0,150}$",
    # an author's line: "Meera Krishnaswamy is a New Delhi-based journalist who writes on ..."
    r"^(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){1,3} is (?:an?|the|[\w'’-]+[’']s) (?:[\w-]+ ){0,4}(?:journalist|writer|correspondent|reporter|editor|"
    r"analyst|fellow|researcher|columnist|contributor)\b.{0,250}$",
    # a photo's credit: "R. Jazaeri / Hazem Sabbagh"
    r"^(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3}\s*/\s*(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3}$",
    # a newsletter's credits: "THANKS to our editor X and producer Y. Today's Brief was written by Z."
    r"^(?:thanks to our (?:editors?|producers?)\b|(?:today's|this) (?:\w+ )?(?:brief|newsletter|edition|issue|column|digest|briefing) "
    r"(?:was|is) (?:written|compiled|edited|produced|put together) by\b).{0,250}$",
    # a newsletter's colophon: "Mekong Notes is written by X in Hanoi, with Y. Edited by Z."; "You are receiving this email ..."
    r"^(?-i:[A-Z])[\w'’&-]*(?: [\w'’&-]+){0,5} (?:is|was) (?:written|edited|produced|compiled|put together) by (?-i:[A-Z]).{0,200}$",
    r"^you(?:'re| are)? (?:receiving|received|getting) this (?:e-?mail|newsletter|message)\b.{0,200}$",
    # an address line: "Jl. Jend. Sudirman Kav. 52-53, Jakarta 12190, Indonesia"
    r"^(?=.{0,120}$)(?!.*[.!?]$).*\b\d{1,4}(?:-\d{1,4})?,\s+(?-i:[A-Z])[\w'’ -]{1,30}\s+\d{4,6}\b.*$",
    # (or a street and a postcode: "Complejo de la Moncloa - Avda. Puerta de Hierro, s/n - 28071 Madrid")
    r"^(?=.{0,160}$)(?!.*[.!?]$).*\b(?:Avda|Av|Avenida|Calle|Rua|Viale|Rue|Street|St|Road|Rd|Jl|Strasse|Straße)\b\.?\s.*\b\d{4,6}\b.*$",
    r"^(?:[=_*~]{3,}|-{5,})$",  # a rule drawn across a page
    r"^skip to (?:the )?(?:main )?content$", r"^an official website of the\b.{0,80}$",  # a government site's top lines
    r"^click here\b.*$", r"^(?:watch|listen)\s*:.*$", r"^(?:the writer|the author) is\b.{0,200}$",
    r"^(?:press release\s*)?(?:no\.?|number|pr\s*no\.?)\s*[\w/.-]*\d[\w/.-]*$",  # "No PR-187/2020-ISPR"
    r"^press release$",
    r"^view (?:this (?:email|e-mail|newsletter) |it )?(?:in|on) (?:your |a |the )?(?:web )?browser\b.{0,80}$",  # a newsletter's top line
    r"^(?:to|cc|bcc|reply-to)\s*:\s*\S.{0,100}$",  # an e-mail's header fields (From, Subject and Date are read)
    # a cookie banner and a menu saved with the page
    r"^cookies on .{1,40}$", r"^we use (?:some )?(?:essential |necessary |strictly necessary )?cookies\b.{0,300}$",
    r"^(?:accept|reject|allow|manage)(?: all| additional| optional)? cookies\b.{0,80}$", r"^(?:navigation menu|main menu|menu)$",
)
# Lines that end in a telltale (a credit, a caption's position, a tweet's picture link) may be long:
# a substring test spares the ordinary lines these expressions' backtracking.
_BOILERPLATE_ENDINGS = (
    (("reserved",), re.compile(r"^.{0,80}all rights reserved\.?$", re.I)),
    (("contribut",), re.compile(r"^.{0,200}\b(?:contributed to this report|contributed reporting|contributed to this story)\.?$"
                                 r"|^.{0,150}\b(?:writers?|correspondents?|reporters?|journalists?)\b.{0,150}\bcontributed\.?$", re.I)),
    ((")",), re.compile(r"^.{0,300}\((?:\d(?:st|nd|rd|th) )?[LRC]\).{0,300}$", re.I)),  # a caption's "(R)", "(2nd L)": who stands where
    ((")",), re.compile(r"^.{0,400}\([^()]{0,80}\b(?:Handout|Photo|Xinhua|Reuters|AFP|EPA|Getty|File|via)\b[^()]{0,80}\)\.?$", re.I)),
    # a postal address: "Élysée Palace - 55, rue du Faubourg Saint-Honoré - 75008 Paris"
    (("rue ", "avenue", "street", "road", "boulevard", "strasse", "straße", "via ", "calle", "plaza"),
     re.compile(r"^(?=.{0,140}$)(?!.*\.$).*\b\d{1,4}[a-z]?,?\s+(?:rue|avenue|street|road|boulevard|strasse|straße|via|calle|plaza)\b.*\b\d{4,5}\b.*$", re.I)),
    # a video's or photo's credit closing a caption: "... (02:48) Video: Citizen TV / Eric Njoka"
    (("video:", "photo:"), re.compile(r"^.{0,300}\b(?:video|photo)\s*:\s*[^.:]{0,60}/\s*(?-i:[A-Z][\w'’.-]+)(?: (?-i:[A-Z][\w'’.-]+)){0,3}\.?$", re.I)),
    (("pic.twitter.com",), re.compile(r"^.{0,400}\spic\.twitter\.com/\w+$", re.I)),  # a tweet embedded as text: the tweet's words, not the article's
    (("screengrab", "photo", "image", "—"), re.compile(r"^.{0,300}(?:SCREENGRAB|PHOTO:\s*[A-Z][\w ./]*|PHOTO\s*/\s*[\w ]+|FILE PHOTO|\(?PHOTO: FILE\)?|— ?(?:AFP|REUTERS|AP|APP|EPA|FILE|Reuters|Reuters/File|AFP/File)|\((?:Photo|Image|File photo)[^)]*\))\.?$", re.I)),
)
# One expression for them all: one scan of a line instead of one per pattern.
_BOILERPLATE_LINE = re.compile("|".join(f"(?:{p})" for p in _BOILERPLATE_LINES), re.I)
# Headings after which every short line is a link, until prose resumes.
_LINK_BLOCK_HEADINGS = re.compile(r"^(?:related|also read|read more|see also|more stories|you may also like|recommended|more from .*|most (?:read|popular)|trending|latest news)\b.*$", re.I)
_COMMENTS_HEADING = re.compile(r"^(?:\d+\s+)?(?:comments?|reader comments|leave a (?:reply|comment)|post a comment|what do you think\??)\s*(?:\(\d+\))?:?$", re.I)


# A press release's end mark or contact block: what follows is not the release's prose.
_END_OF_RELEASE = re.compile(r"^(?:-+\s*ends?\s*-+|ends\.?|#{3}|\[?end of (?:transcript|release|statement)\]?|(?:for (?:further|more) information|media (?:enquiries|inquiries|contacts?)|"
                             r"press contacts?)\b.{0,60}|contacts?\s*:.{0,80}|further information\s*:.*)$", re.I)


def is_boilerplate(line: str) -> bool:
    if _TWEET_URL.match(line) or _BOILERPLATE_LINE.match(line):
        return True
    lower = line.lower()
    return any(pattern.match(line) for words, pattern in _BOILERPLATE_ENDINGS if any(w in lower for w in words))


def _looks_like_link(line: str) -> bool:
    """A related-link headline: short, no final full stop."""
    return len(line.split()) <= 20 and not line.rstrip().endswith((".", "”", '"', "?", "!")) or bool(re.match(r"^https?://", line))


def split_boilerplate(lines: list[str]) -> tuple[list[str], list[str]]:
    """(prose lines, boilerplate lines). Comment sections and related-link blocks go whole."""
    prose, boilerplate = [], []
    in_comments = in_links = False
    for line in lines:
        if not line:
            continue
        if in_comments:
            boilerplate.append(line)
            continue
        if _COMMENTS_HEADING.match(line) or _END_OF_RELEASE.match(line):
            in_comments = True
            boilerplate.append(line)
            continue
        if _LINK_BLOCK_HEADINGS.match(line) and len(line.split()) <= 8:
            in_links = True
            boilerplate.append(line)
            continue
        if in_links and _looks_like_link(line):
            boilerplate.append(line)
            continue
        in_links = False
        if is_boilerplate(line):
            boilerplate.append(line)
        else:
            prose.append(line)
    return prose, boilerplate


# ---------------------------------------------------------------- metadata from the text

_AGENCY = r"\((?P<agency>[A-Za-z][\w .&'’/-]{1,40})\)"
_DATELINE_DATE = r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)"
_PLACE_CAPS = r"(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2})"
_PLACE_ANY = r"(?P<place>[A-Z][a-zA-Z.'’-]+(?:\s+[A-Z][a-zA-Z.'’-]+){0,2}(?:/[A-Z][a-zA-Z.'’-]+)?)"  # ("Paris/Warsaw (dpa)")
_SEPARATOR = r"\s*(?:--|[:–—-]|\s-)\s*"
_DATELINES = [
    # ISLAMABAD, Oct 29 (APP): / KABUL, Afghanistan (AP) — / RAWALPINDI (Dunya News) – / KINGSTOWN, St Vincent, Dec 14 (Reuters) -
    re.compile(rf"^{_PLACE_CAPS}(?:,\s*(?P<region>[A-Z][a-zA-Z .]+?)(?=,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)|\s*\(|{_SEPARATOR}))?"
               rf"(?:,\s*{_DATELINE_DATE}(?:,?\s*(?P<year>\d{{4}}))?)?\s*(?:{_AGENCY})?{_SEPARATOR}(?=\S)"),
    # Islamabad, Oct 29 (IANS) Pakistan's ...
    re.compile(rf"^{_PLACE_ANY},\s*{_DATELINE_DATE}(?:,?\s*\d{{4}})?\s*{_AGENCY}\s*(?:[:–—-]\s*)?(?=\S)"),
    # Islamabad, Oct 29: / Islamabad (Reuters) -
    re.compile(rf"^{_PLACE_ANY}(?:,\s*{_DATELINE_DATE})?\s*(?:{_AGENCY})?\s*[:–—]\s*(?=\S)"),
    # Asmara (AFP) - / Nairobi, March 3 (Reuters) -: a hyphen after the agency
    re.compile(rf"^{_PLACE_ANY}(?:,\s*{_DATELINE_DATE})?\s*{_AGENCY}\s*(?:--|-)\s*(?=\S)"),
    # Tashkent, Uzbekistan (UzDaily.com) -- / Kabul, Afghanistan (Pajhwok):
    re.compile(rf"^{_PLACE_ANY},\s*(?P<region>[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)?)\s*{_AGENCY}\s*(?:--|[:–—-])\s*(?=\S)"),
    # Rawalpindi - June 29, 2021: (a press release)
    re.compile(rf"^{_PLACE_ANY}\s*[–—-]\s*{_DATELINE_DATE},?\s*\d{{4}}\s*:?"),
    # Male [Maldives], August 10 (ANI):
    re.compile(rf"^{_PLACE_ANY}\s*\[(?P<region>[A-Z][\w .]+)\],?\s*(?:{_DATELINE_DATE})?\s*(?:{_AGENCY})?\s*(?:--|[:–—-])\s*(?=\S)"),
    # TASHKENT, July 16. /TASS/.
    re.compile(rf"^{_PLACE_CAPS},\s*{_DATELINE_DATE}\.\s*/(?P<agency>[A-Za-z-]{{2,20}})/\.?"),
]
_DATELINE_LINE = re.compile(rf"^{_PLACE_CAPS}\s*[:–—-]?$")
# "Press Trust of India  |  New Delhi": the agency's credit and where it filed from
_CREDIT_AND_PLACE = re.compile(r"^(?P<agency>[A-Z][\w.&'’ -]{1,40}?)\s+\|\s+(?P<place>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})$")
_DATELINE_WITH_FIELDS = re.compile(rf"^{_PLACE_ANY},\s*(?P<fields>[^–—:]{{6,70}}?)\s*(?:--|[–—]|:)\s*(?=\S)")
_PUBLISHED_IN = re.compile(r"^[-–—•*\s]*(?:Published|Printed|Appeared)\s+in\s+(?:the\s+(?:print|printed|online)\s+edition\s+of\s+)?"
                           r"(?P<outlet>[^,]{2,60}),\s*(?P<date>.+?)\.?$", re.I)
_PUBLISHED_ON = re.compile(r"^(?:Published|Posted|Updated|Last updated|First published|Dated?|Press release)\s*(?:on|at)?\s*[:\-–]?\s*(?P<date>.+)$", re.I)


_SECTION_LABELS = {"breaking", "breaking news", "update", "updated", "exclusive", "analysis", "opinion", "editorial", "live",
                   "news", "alert", "photos", "video", "watch", "explainer", "comment", "review", "correction", "fact check",
                   "world", "politics", "sport", "sports", "business",
                   # a print page's section: "METRO" is also a town in Indonesia
                   "metro", "nation", "national", "international", "city", "state", "states", "region", "regional",
                   "local", "front page", "top stories", "capital"}


def find_dateline(line: str, gazetteer=None) -> dict | None:
    """The dateline that opens a paragraph, e.g. 'ISLAMABAD:' or 'Islamabad, Oct 29 (IANS)'."""
    if _DATELINE_LINE.match(line) and len(line) < 40:
        place = _DATELINE_LINE.match(line)["place"].strip()
        if fold(place) in _SECTION_LABELS:
            return None
        if gazetteer is None or gazetteer.city(place) or gazetteer.country(place):  # not "REPUBLIC OF AZERBAIJAN"
            return {"text": line.strip(), "place": place, "date": None, "agency": None}
        return None
    credit = _CREDIT_AND_PLACE.match(line)
    # (not a section bar of places: "Cuba | Colombia")
    if credit and gazetteer is not None and gazetteer.city(credit["place"]) and not gazetteer.country(credit["place"]) \
            and not gazetteer.city(credit["agency"]) and not gazetteer.country(credit["agency"]) and not lx.country_of(credit["agency"]):
        return {"text": line.strip(), "place": credit["place"], "date": None, "agency": credit["agency"].strip()}
    for index, pattern in enumerate(_DATELINES):
        match = pattern.match(line)
        if not match:
            continue
        place = match["place"].strip()
        found = match.groupdict()
        confirmed = found.get("agency") or found.get("date")
        known = gazetteer is None or gazetteer.city(place) or gazetteer.country(place)
        if not known and (_titled(place) or found.get("region") and _titled(found["region"])):
            continue  # a transcript's speaker: "Shri Jaideep Mazumdar, Secretary (East): Thank you"
        # (or a town too small for the gazetteer in capitals before a dash: "KANANASKIS – The helicopters")
        capitals = place.isupper() and re.match(rf"{re.escape(place)}\s+[–—]\s+\S", line) and fold(place) not in _SECTION_LABELS
        # An opening word is a dateline only if a date, an agency or the gazetteer vouches for it.
        if not (confirmed or known or capitals) or len(place) < 3:
            continue
        full = find_full_date(match.group()) if found.get("date") else None
        return {"text": match.group().strip(" :–—-./"), "place": place, "date": found.get("date"),
                "agency": (found.get("agency") or "").strip() or None, "full_date": full[0].isoformat() if full else None}
    match = _DATELINE_WITH_FIELDS.match(line)
    if match and (gazetteer is None or gazetteer.city(match["place"])) and find_full_date(match["fields"]):
        # "Jeddah, Muharram 18, 1445, August 05, 2023, SPA --": a calendar or two, then the agency
        full, written = find_full_date(match["fields"])
        agency = match["fields"].rsplit(",", 1)[-1].strip()
        return {"text": match.group().strip(" :–—-./"), "place": match["place"], "date": written,
                "agency": agency if re.fullmatch(r"[A-Z][A-Za-z]{1,10}", agency) and agency not in written else None,
                "full_date": full.isoformat()}
    return None


def _titled(phrase: str) -> bool:
    """"Shri Jaideep Mazumdar", "Secretary": a person or a job, not a place."""
    first = phrase.split()[0].lower().rstrip(".")
    return first in lx.HONORIFICS or first in lx.ROLE_NOUNS


def _is_headline(line: str) -> bool:
    words = line.split()
    quoted = line[:1] in {'"', "“"} and line.endswith(('"', "”"))  # '"A good day for our region"'
    return 2 <= len(words) <= 30 and (quoted or not line.endswith((".", ":", ";", ",", "”", '"'))) \
        and not _TWEET_URL.match(line)


_BREADCRUMB = re.compile(r"^(?=.*\s[>»›/]\s)\s*\w[\w .&'-]{0,30}(?:\s+[>»›/|]\s+[\w .&'-]{1,30}){1,5}\s*$"
                         # "Local | Politics", "Business & Economy | Press conferences and interviews | ..."
                         r"|^\s*\w[\w&'.-]*(?: [\w&'-]+)?(?:\s+\|\s+\w[\w&'-]*(?: [\w&'-]+)?){1,12}\s*$"
                         r"|^\s*\w[\w&'.-]*(?: [\w&'-]+){0,3}(?:\s+\|\s+\w[\w&'-]*(?: [\w&'-]+){0,3}){2,12}\s*$"
                         r"|^\s*Home\s+[>»›|]\s+.+$"  # "Home > Press Releases > (the whole headline)", "Home | News | ..."
                         # a language switcher: "AA English · Türkçe · Français"
                         r"|^\s*[^·\s][^·]{0,30}(?:\s+·\s+[^·\s][^·]{0,30}){2,12}\s*$")
# A site's bar: "NHK WORLD-JAPAN | NEWS | LIVE", "The New Times | Rwanda's Leading Daily".
_SITE_BAR = re.compile(r"^\s*(?P<site>[\w.&'’-]+(?: [\w.&'’-]+){0,5})(?:\s+\|\s+[\w.&'’-]+(?: [\w.&'’-]+){0,4}){1,12}\s*$")
_MASTHEAD_WORDS = {"ministry", "republic", "kingdom", "government", "embassy", "office", "offices", "department",
                   "presidency", "secretariat", "directorate", "council", "mission", "emirate", "sultanate", "agency",
                   "spokesperson", "organization", "organisation"}


_FOREIGN_MASTHEAD_WORDS = {"presidence", "presidencia", "republique", "republica", "ministere", "ministerio", "gouvernement",
                           "gobierno", "governo", "ministerium", "bundesregierung", "regeringskansliet"}
_ISSUER = re.compile(r"\b(?:ministry|department|offices?|agency|embassy|secretariat|directorate|council|mission|presidency|"
                     r"service)\b", re.I)
_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.I)  # "thaigov.go.th" under a letterhead
# An e-mail's header: "From: The Jakarta Post <newsletters@...>", "Subject: ...", "Date: Sat, 16 Nov 2024 07:00:12 +0700"
_EMAIL_FIELD = re.compile(r"^(?P<field>From|Subject|Date|Sent)\s*:\s*(?P<value>\S.*)$")


def _is_label(line: str) -> bool:
    """Under a masthead: a section's one-word name ("News", "Regeringskansliet"), a bar of the issuer's
    offices ("Prime Minister's Office | Ministry for Foreign Affairs"), "Article from ..."."""
    parts = [p.strip() for p in line.split(" | ")]
    return len(line.split()) == 1 and line[:1].isupper() \
        or len(parts) > 1 and all(_ISSUER.search(p) for p in parts) \
        or bool(re.match(r"(?:Article|Press release|Statement|News|Readout) from\b", line)) \
        or bool(re.match(r"An? (?:podcast|newsletter|publication|programme|program|show|blog|service) (?:from|of|by)\b", line))


def _is_masthead(line: str) -> bool:
    """"Federal Democratic Republic of Ethiopia", "Ministry of Foreign Affairs", "PRESS RELEASE",
    "Press Release No. 011/2022": the issuer's letterhead, not a headline."""
    words = [w for w in line.split() if w not in {"-", "–", "—", "|"}]  # "QNA - Qatar News Agency"
    if re.match(r"^(?:press release|press statement|handout|for immediate release|readout)\b(?:\s*(?:no\.?|n°|nº|number)\s*:?\s*[\w/-]+)?\s*$", line, re.I):
        return True
    if 2 <= len(words) <= 4 and any(_DOMAIN.fullmatch(w) for w in words) and all(w.isupper() or _DOMAIN.fullmatch(w) for w in words):
        return True  # a print page's running head: "NEWS thewest.com.au"
    if 1 <= len(words) <= 6 and not any(c.isascii() and c.isalpha() for c in line):
        return True  # a letterhead's name in another script: "الاتحاد الأفريقي"
    if 1 <= len(words) <= 6 and any(fold(w) in _FOREIGN_MASTHEAD_WORDS for w in words) and not line.endswith("."):
        return True  # "Présidence de la République française"
    # "Ministry of Foreign Affairs of the People's Republic of China": a long one opens with its institution
    longest = 12 if words and words[0].lower() in _MASTHEAD_WORDS else 6
    if not 1 <= len(words) <= longest or line.endswith((".", ":", "?", "!")):
        return False
    titled = all(w[:1].isupper() or w.lower() in {"of", "and", "the", "for", "on", "&", "in"} for w in words)
    if titled and len(words) <= 5 and " & " in line:
        return True  # a section's label: "Russian Politics & Diplomacy"
    # (an all-capitals line with a comma is a headline: "SUMMIT OVER, VALLEY EXHALES")
    return titled and (line.isupper() and "," not in line or any(w.lower().strip(",") in _MASTHEAD_WORDS for w in words))


def _is_address(line: str, gazetteer) -> bool:
    """"State House, Nairobi" under a letterhead: where the issuer sits."""
    match = re.fullmatch(r"[A-Z][\w'’ .-]{2,40},\s*(?P<city>[A-Z][\w'’ .-]{2,30})", line)
    return bool(match) and len(line.split()) <= 6 and bool(gazetteer and gazetteer.city(match["city"]))


def _email_header(lines: list[str]) -> dict:
    """From, Subject and Date of an e-mail at the top of the text (taken out of `lines`)."""
    found = {}
    while lines and (match := _EMAIL_FIELD.match(lines[0])):
        field, value = match["field"], match["value"].strip()
        if field == "From":
            sender = re.sub(r"\s*<[^>]*>\s*$", "", value).strip(' "')
            if sender and "@" not in sender:
                found["outlet"] = (sender, f"text:{lines[0]}")
        elif field == "Subject":
            found["headline"] = (re.sub(r"^(?:(?:Fwd?|Re)\s*:\s*)+", "", value, flags=re.I), f"text:{lines[0]}")
        elif (stated := find_full_date(value)) is not None:
            found["published"] = (stated[0].isoformat(), f"text:{lines[0]}")
        lines.pop(0)
    return found


def _country_then_question(line: str, gazetteer) -> bool:
    """"Ethiopia: Can the Pretoria deal survive ...?": a headline's topic before a colon, not a dateline."""
    topic, _, rest = line.partition(":")
    return bool(rest) and len(line.split()) <= 20 and not line.rstrip().endswith(".") \
        and bool(gazetteer and gazetteer.country(topic.strip()))


def _is_byline(line: str, gazetteer=None) -> bool:
    from .lexicon import is_given_name

    # "Selin Karaca, Oğuzhan Yalçın   |08.12.2023 - Update : 08.12.2023": names, then the date
    line = re.sub(r"\s*\|\s*\d.*$", "", line)
    place = re.search(r",\s*(?P<city>[A-Z][\w'’ -]{1,30})$", line)
    if place and gazetteer and gazetteer.city(place["city"]):
        line = line[:place.start()]  # "Nataliia Bondarenko, Kyiv": the reporter and where they wrote from
    names = [n for n in re.split(r",\s*|\s+(?:and|&)\s+", line) if n]
    # (every part written as a name, and one at least opening with a known first name)
    return 1 <= len(names) <= 3 and all(_written_as_name(n) for n in names) \
        and any(is_given_name(n.split()[0]) for n in names)


def _written_as_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[^\W\d_][^\W\d_’'.-]*", w) and w[:1].isupper() for w in words)


def _stamp(line: str):
    """A line of fields that gives a date: "Source: Xinhua | 2022-03-25 22:17:40 | Editor: huaxia"."""
    if "|" not in line or len(line) > 120:
        return None
    for part in re.split(r"\s*\|\s*", line):  # ("Source: Xinhua| 2024-11-21 07:05:12|Editor: huaxia")
        found = find_full_date(part)
        if found:
            return found
        numeric = _NUMERIC_DATE.search(part)
        if numeric and parse_date(numeric.group()):  # "06/02/2024": day first, as parse_date reads it
            return parse_date(numeric.group()), numeric.group()
    return None


_REPORTER_JOB = re.compile(r"(?:[A-Z][\w-]* ){0,3}(?:correspondent|reporter|editor|writer|journalist|columnist|"
                           r"news service|news network|bureau|news desk)", re.I)  # ("DH NEWS SERVICE", "Our Bureau")
# (or "4   DECCAN HERALD | BENGALURU | SATURDAY, APRIL 5, 2025": the page, the paper, its edition's city, the date)
_FOLIO = re.compile(r"^(?:\d{1,3}\s+)?(?P<outlet>(?-i:[A-Z][A-Z.'’&]+(?: (?!(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b)[A-Z.'’&]+){0,4}))"
                    r"(?:\s*\|\s*(?P<edition>(?-i:[A-Z][A-Z .'’-]{1,30}?)))?(?:\s*\|\s*|\s+)"
                    r"(?P<date>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[a-z]{3,9}\.?,?\s+)"
                    r"(?:19|20)\d\d)(?:\s+\d{1,3})?$", re.I)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d\b")


# "Manila, 2 July 2024" closing a press release
_CITY_AND_DATE = re.compile(r"^[A-Z][\w .'’-]{1,30},\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\.?$")


def _is_date_line(line: str) -> bool:
    return _date_of_line(line) is not None or _is_time_stamp(line)


_STAMP_WORDS = {"updated", "published", "posted", "last", "modified", "first", "at", "on", "am", "pm", "h", "hrs"}


def _is_time_stamp(line: str) -> bool:
    """A page's time stamp without its year: "April 11, 19:52 UPDATED: April 11, 21:37"."""
    from .lexicon import MONTHS, WEEKDAYS

    tokens = re.findall(r"[^\W\d_]+|\d+", line)
    calendar = [t for t in tokens if t.lower() in MONTHS or t.lower() in WEEKDAYS]
    # (with a time of day: "Monday 10 July" alone heads a live blog's day and stays in the text)
    return len(line) <= 60 and bool(re.search(r"\b\d{1,2}:\d\d\b", line)) and bool(calendar) \
        and all(t.isdigit() or t in calendar or t.lower() in _STAMP_WORDS
                or re.fullmatch(r"[A-Z]{2,4}", t) for t in tokens)


_LINKING_WORDS = {"the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "and", "by", "as", "from", "after", "over"}


def _is_section_list(line: str) -> bool:
    """A site's sections in capitals without separators: "RUSSIA WORLD BUSINESS & ECONOMY MILITARY &
    DEFENSE SPORTS" (a headline in capitals has the words that link a sentence: "TO", "IN", "OF")."""
    words = line.split()
    return len(words) >= 6 and line.isupper() and not re.search(r"[.,:;!?\d]", line) \
        and not any(w.lower() in _LINKING_WORDS for w in words)


# A release's place and date of issue: "Baghdad - 05/03/2021", "Hanoi (Vietnam), Wednesday 9 April 2025"
_ISSUED_AT = re.compile(r"^(?P<city>[A-Z][\w .'’-]{1,30}?)(?:\s+\([^()]{2,30}\))?(?:,|\s+[-–—])\s+"
                        r"(?P<date>\d.+|[A-Z][a-z]+\.? \d.+|[A-Z][a-z]+day,? \d.+)$")


_BYLINE_AND_DATE = re.compile(r"^By\s+[^|–—·•]{2,80}?\s+[|–—·•]\s+(?P<date>[^|–—·•]{6,40}?)\s*$")


def _date_of_line(line: str):
    """A date printed on its own line: "Wednesday, September 18, 2019", "March 19, 2022 / 8:09 AM",
    "Pretoria, 2 November 2022"."""
    stamped = _PUBLISHED_ON.match(line)  # "Updated: 29/07/2568 10:15"
    if stamped and len(line) < 200 and parse_date(stamped["date"]):
        # (a byline may follow: "Published on 25/03/2025 - 06:10 By X - Reporter - Agency - Tokyo")
        return parse_date(stamped["date"])
    signed = _BYLINE_AND_DATE.match(line)  # "By Martina Leighton | April 7, 2025"
    if signed and parse_date(signed["date"]):
        return parse_date(signed["date"])
    if len(line) >= 80 or len(line.split()) > 14:
        return None
    placed = _ISSUED_AT.match(line)  # "Baghdad - 05/03/2021", "Hanoi (Vietnam), Wednesday 9 April 2025"
    return parse_date(line) or (parse_date(placed["date"]) if placed else None)


def text_metadata(prose: list[str], boilerplate: list[str], gazetteer=None,
                  headline_known: bool = False, outlet: str | None = None) -> tuple[dict, list[str], list[str]]:
    """Headline, subheadline, dateline, outlet and date from the text.
    Returns (fields, the prose without those lines, the date and byline lines taken out of it)."""
    found: dict = {}
    lines = list(prose)
    header = _email_header(lines)
    if header:  # a newsletter saved from the mail client: its Subject is the headline
        found.update(header)
        headline_known = headline_known or "headline" in header
    head = _FOLIO.match(lines[0]) if lines else None
    running_head = None
    if head and parse_date(head["date"]) and len(lines) > 3:
        # a print page's running head: "THE AUSTRALIAN FINANCIAL REVIEW   WEDNESDAY 16 JULY 2025"
        paper = head["outlet"].strip()
        found["published"] = (parse_date(head["date"]).isoformat(), f"text:{head.group()}")
        found["outlet"] = (paper.title() if paper.isupper() else paper, f"text:{head.group()}")
        running_head = lines.pop(0)
    # (a live blog's entry times stay where they are: each dates the entry under it)
    timed = [line for line in lines if ENTRY_TIME.match(line)]
    entries = set(timed) if len(timed) >= 3 else set()
    date_lines = [line for line in lines[:8] if (_is_date_line(line) or _stamp(line)) and line not in entries]
    for line in date_lines:
        published = _date_of_line(line) or (_stamp(line) or [None])[0]
        if published:  # (not a stamp without its year)
            found.setdefault("published", (published.isoformat(), f"text:{line}"))
        source = re.search(r"\bSource:\s*(?P<outlet>[^|]+?)\s*(?:\||$)", line)
        if source:
            found.setdefault("outlet", (source["outlet"], f"text:{line}"))
        lines.remove(line)
    if running_head:
        date_lines.insert(0, running_head)  # (so that a section's name under it goes too: "METRO")
    # A site's bar above the headline: its first part names the site.
    if len(lines) > 3 and not headline_known and "outlet" not in found and _SITE_BAR.match(lines[0]) and not _stamp(lines[0]):
        found.setdefault("outlet", (_SITE_BAR.match(lines[0])["site"], "text:the site's bar above the headline"))
        date_lines.append(lines.pop(0))
    # A byline without "By": a person's name alone on a line near the top ("Kamran Yousaf").
    bylines = [line for line in lines[:6] if _is_byline(line, gazetteer)]
    # (or signed at the end, under the story)
    bylines += [line for line in lines[-3:] if len(lines) > 6 and line not in bylines and _is_byline(line, gazetteer)]
    # (and the lines under one that say where the reporters were, "in Guangzhou", their jobs,
    # "Chief Political Correspondent", and who wrote with them, "and AYESHA GRANT")
    # (a reporter's job alone on a line near the top, under a "By ..." taken out before: "Local Journalism Initiative Reporter")
    bylines += [line for line in lines[:8] if _REPORTER_JOB.fullmatch(line) and len(line.split()) <= 5 and line not in bylines]
    for line, after in zip(lines[:8], lines[1:9]):
        if line in bylines and (re.fullmatch(r"(?:in|from) [A-Z][\w .,'’-]{1,40}", after) or _REPORTER_JOB.fullmatch(after)
                                or after.startswith("and ") and _is_byline(after[4:], gazetteer)) and after not in bylines:
            bylines.append(after)
    for line in bylines:
        lines.remove(line)
    date_lines += bylines
    # A masthead above the headline: a site's name over its breadcrumb, an issuer's name, "PRESS RELEASE".
    if len(lines) > 3 and len(lines[0].split()) <= 4 and _BREADCRUMB.match(lines[1]):
        found["outlet"] = (lines[0], "text:the site's name above its breadcrumb")
        date_lines += lines[:2]
        del lines[:2]
    # The outlet's own name over the headline: "Business Standard" (a page saved from a site syndicating PTI)
    if outlet and len(lines) > 3 and len(lines[0].split()) <= 4 and not headline_known \
            and re.search(rf"(?<!\w){re.escape(fold(lines[0]))}(?!\w)", fold(outlet)) and _is_headline(lines[1]):
        date_lines.append(lines.pop(0))
    # A site's name and tagline over its navigation bar: "ANTARA News", "Indonesian News Agency", "Home | Top News | ..."
    # (or a minister's name and offices over "Home > Transcripts")
    nav = next((i for i, line in enumerate(lines[:6]) if _BREADCRUMB.match(line)
                and (line.count("|") >= 3 and i < 4 or re.match(r"\s*Home\b", line))), None)
    longest = 20 if nav and re.match(r"\s*Home\b", lines[nav]) else 8
    if nav and len(lines) > nav + 3 and not headline_known \
            and all(len(line.split()) <= longest and not line.endswith(".") for line in lines[:nav]):
        # (the site's own name, not the state's above an issuer: "REPUBLIC OF IRAQ" over "PRIME MINISTER'S MEDIA OFFICE")
        stately = re.search(r"\b(?:republic|kingdom|emirate|sultanate|federation|state of)\b", lines[0], re.I)
        site = next((line for line in lines[1:nav] if _ISSUER.search(line)), lines[0]) if stately else lines[0]
        found.setdefault("outlet", (re.split(r"\s+[:|–—-]\s+", site)[0], "text:the site's name above its navigation bar"))
        date_lines += lines[:nav + 1]
        del lines[:nav + 1]
    popped = bool(date_lines)
    while len(lines) > 2 and not headline_known and (_is_masthead(lines[0]) or _BREADCRUMB.match(lines[0])
                                                     or _is_section_list(lines[0])
                                                     or popped and (_is_label(lines[0]) or _DOMAIN.fullmatch(lines[0])
                                                                    or _is_address(lines[0], gazetteer))) \
            and not find_dateline(lines[0], gazetteer):
        popped = True
        if _ISSUER.search(lines[0]) and not _BREADCRUMB.match(lines[0]):
            # "Ministry of Foreign Affairs" under "Federal Republic of Utopia": the issuer, not its country
            found.setdefault("outlet", (lines[0], "text:the issuer's name above the headline"))
        date_lines.append(lines.pop(0))
    if popped and not headline_known and len(lines) > 3 and len(lines[0].split()) <= 4 and _is_headline(lines[0]) \
            and not lines[0].isupper() and not re.search(r"[,:;!?]", lines[0]) \
            and _is_headline(lines[1]) and len(lines[1].split()) >= 6 and not find_dateline(lines[0], gazetteer):
        date_lines.append(lines.pop(0))  # a section's kicker over the headline: "Russian politics & diplomacy"
    # Headline and subheadline: leading short lines that are not sentences or datelines.
    if not headline_known and len(lines) > 2 and _is_headline(lines[0]) \
            and (not find_dateline(lines[0], gazetteer) or _country_then_question(lines[0], gazetteer)):
        found["headline"] = lines.pop(0)
        if len(lines) > 2 and _is_headline(lines[0]) and not find_dateline(lines[0], gazetteer) and len(lines[0].split()) >= 4:
            found["subheadline"] = lines.pop(0)
    placed = re.fullmatch(r"(?P<city>[A-Z][\w .'’-]{1,30}?)(?:,\s*(?P<country>[A-Z][\w .'’-]{1,30})|\s+D\.?C\.?)?", lines[0]) \
        if lines else None
    if placed and gazetteer and gazetteer.city(placed["city"]) and (not placed["country"] or gazetteer.country(placed["country"])) \
            and len(lines) > 2 and date_lines:
        # a readout's place on its own line under the headline and date: "London, United Kingdom"
        found["dateline"] = {"text": lines[0], "place": placed["city"], "date": None, "agency": None}
        date_lines.append(lines.pop(0))
    for line in lines[:6] if "dateline" not in found else ():
        dateline = find_dateline(line, gazetteer)
        if dateline:
            found["dateline"] = dateline
            break
    else:
        for line in date_lines:  # a release's "Baghdad - 05/03/2021": where it was issued
            placed = _ISSUED_AT.match(line)
            if placed and gazetteer and gazetteer.city(placed["city"]):
                found["dateline"] = {"text": line, "place": placed["city"], "date": None, "agency": None}
                break
    for line in boilerplate + lines[-3:]:
        match = _PUBLISHED_IN.match(line)
        if match and parse_date(match["date"]):
            found.setdefault("published", (parse_date(match["date"]).isoformat(), f"text:{line}"))
            found.setdefault("outlet", (match["outlet"].strip(), f"text:{line}"))
            continue
        signed = _BYLINE_AND_DATE.match(line)
        if signed and parse_date(signed["date"]):  # "By Martina Leighton | April 7, 2025", taken out as a byline
            found.setdefault("published", (parse_date(signed["date"]).isoformat(), f"text:{line}"))
            continue
        match = _PUBLISHED_ON.match(line)
        stated = match and (parse_date(match["date"]) or (find_full_date(match["date"]) or [None])[0])
        if stated:  # "Updated: 9:05pm, 19 Jun, 2023"
            found.setdefault("published", (stated.isoformat(), f"text:{line}"))
    folio = next((m for line in reversed(lines[-3:]) if (m := _FOLIO.match(line)) and parse_date(m["date"])), None)
    if folio:  # a print page's folio: "THE WEST AUSTRALIAN WEDNESDAY, JUNE 19, 2024 7"
        outlet = folio["outlet"].strip()
        found.setdefault("published", (parse_date(folio["date"]).isoformat(), f"text:{folio.group()}"))
        found.setdefault("outlet", (outlet.title() if outlet.isupper() else outlet, f"text:{folio.group()}"))
        lines.remove(folio.group())
        date_lines.append(folio.group())
    footer = next((line for line in reversed(lines[-3:]) if _stamp(line)), None) if "published" not in found else None
    if footer:  # a print page's footer: "SEARCHLIGHT | FRIDAY, DECEMBER 15, 2023 | 3"
        found["published"] = (_stamp(footer)[0].isoformat(), f"text:{footer}")
        lines.remove(footer)
        date_lines.append(footer)
    if "published" not in found:
        # A press release's sign-off: "New Delhi" then "March 25, 2022" on the last lines.
        closing = next((line for line in reversed(lines[-3:]) if _is_date_line(line) or _CITY_AND_DATE.match(line)), None)
        if closing and len(lines) > 3:
            stated = parse_date(closing) or find_full_date(closing)[0]
            found["published"] = (stated.isoformat(), f"text:closing line {closing}")
            if not _CITY_AND_DATE.match(closing):  # "Manila, 2 July 2024" stays: it also says where
                lines.remove(closing)
                date_lines.append(closing)
    if "published" not in found and found.get("dateline") and found["dateline"].get("full_date"):
        found["published"] = (found["dateline"]["full_date"], f"text:dateline {found['dateline']['text']}")
    return found, lines, date_lines


# ---------------------------------------------------------------- one article

def article_id(file: str) -> str:
    """A stable id from the file name: URLs survive rebuilds."""
    stem = re.sub(r"\.(txt|html?)$", "", file, flags=re.I).replace("/", "--").lower()
    return re.sub(r"[^a-z0-9_-]+", "-", stem).strip("-") or "article"


def read_article(source: Source, data: bytes, gazetteer=None) -> tuple[dict, list[str]]:
    """The article row for one file, plus its warnings (each a reason, without the file name)."""
    from .html import read_html

    warnings = []
    text, encoding, warning = decode(data)
    if warning:
        warnings.append(warning)
    is_html = source.path.suffix.lower() in {".html", ".htm"} or bool(re.match(r"\s*(?:<!doctype html|<html)", text[:500], re.I))
    meta: dict = {}
    embeds: list[dict] = []
    if is_html:
        page = read_html(text)
        lines = [normalise(line) for line in page["lines"]]
        extra_boilerplate, meta, embeds = page["boilerplate"], page["meta"], page["embeds"]
        if meta.get("headline"):  # (a no-break space in the page's <h1> is a space)
            meta["headline"] = (normalise(meta["headline"][0]), meta["headline"][1])
    else:
        text, embeds, extra_boilerplate = _pasted_embeds(text)
        lines = normalise(text).split("\n")
    prose, boilerplate = split_boilerplate(lines)
    boilerplate = [normalise(line) for line in extra_boilerplate if normalise(line)] + boilerplate
    from_text, prose, date_lines = text_metadata(prose, boilerplate, gazetteer, headline_known=bool(meta.get("headline")),
                                                 outlet=source.row.get("outlet") or (meta.get("outlet") or [None])[0])
    boilerplate += date_lines
    if not prose:
        raise Skip("no article text found" + (" in the HTML" if is_html else ""))
    body = "\n\n".join(prose)
    row = {
        "id": article_id(source.file),
        "file": source.file,
        "format": "html" if is_html else "txt",
        "encoding": encoding,
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
    }
    _choose(row, "url", source.row.get("url"), "sources.csv", meta.get("url"))
    _choose(row, "outlet", source.row.get("outlet"), "sources.csv", meta.get("outlet"), from_text.get("outlet"))
    _choose(row, "headline", None, None, meta.get("headline"), _text_value(from_text.get("headline")))
    row["subheadline"] = from_text.get("subheadline")
    dateline = from_text.get("dateline") or {}
    row["dateline"] = dateline.get("place")
    row["dateline_text"] = dateline.get("text")
    row["dateline_agency"] = dateline.get("agency")
    _choose(row, "published", source.row.get("published"), "sources.csv", meta.get("published"), from_text.get("published"))
    row["dateline_date"] = _dateline_date(dateline.get("date"), row["published"])
    if row["published"] and from_text.get("published") and from_text["published"][0] != row["published"] \
            and row["published_source"] == "sources.csv":
        warnings.append(f"sources.csv says published {row['published']} but the text says {from_text['published'][0]}; using sources.csv")
    if not row.get("outlet") and dateline.get("agency"):
        row["outlet"], row["outlet_source"] = dateline["agency"], f"text:dateline {dateline['text']}"
    row["title"] = row["headline"] or _opening(body, dateline.get("text"))
    row["body"] = body
    row["boilerplate"] = "\n".join(boilerplate) or None
    row["word_count"] = len(re.findall(r"\w+", body))
    row["_embeds"] = embeds  # read by the tweets extractor; not a column
    row["_lines"] = [line for line in lines if line]  # the page's lines in order, for the same
    return row, warnings


_PASTED_EMBED = re.compile(r"<blockquote[^>]*\btwitter-tweet\b.*?</blockquote>(?:\s*<script[^>]*>\s*</script>)?", re.S | re.I)


def _pasted_embeds(text: str) -> tuple[str, list[dict], list[str]]:
    """Tweet embed code pasted into a text file: read as the HTML it is (the tweet, its author and
    date), and taken out of the prose."""
    from .html import read_html

    embeds, boilerplate = [], []
    for snippet in _PASTED_EMBED.findall(text):
        page = read_html(f"<html><body>{snippet}</body></html>")
        embeds += page["embeds"]
        boilerplate += page["boilerplate"]
    return _PASTED_EMBED.sub("\n", text), embeds, boilerplate


def _opening(body: str, dateline: str | None, limit: int = 90) -> str:
    """The article's first words after its dateline, as a label when it has no headline."""
    text = body[len(dateline):] if dateline and body.startswith(dateline) else body
    first = text.lstrip(" :–—-\n").split("\n", 1)[0]
    return first if len(first) <= limit else first[:limit].rsplit(" ", 1)[0] + "…"


def _text_value(value):
    return (value, "text:first line") if isinstance(value, str) else value


def _choose(row: dict, key: str, csv_value, csv_label, *candidates) -> None:
    """Set row[key] and row[key_source] from the first available (value, source) pair."""
    if csv_value:
        row[key], row[f"{key}_source"] = csv_value, csv_label
        return
    for candidate in candidates:
        if candidate and candidate[0]:
            row[key], row[f"{key}_source"] = candidate
            return
    row[key], row[f"{key}_source"] = None, None


def _dateline_date(text: str | None, published: str | None) -> str | None:
    if not text or not published:
        return None
    month_day = parse_month_day(text)
    if not month_day:
        return None
    found = with_year_near(*month_day, parse_date(published))
    return found.isoformat() if found else None


def read_file(source: Source, gazetteer=None) -> tuple[dict | None, list[str]]:
    """Read one file; a Skip or OS error becomes (None, [reason])."""
    try:
        data = source.path.read_bytes()
    except OSError as error:
        return None, [f"cannot be read ({_reason(error)})"]
    try:
        return read_article(source, data, gazetteer)
    except Skip as reason:
        return None, [str(reason)]

