"""Tweets an article cites: bare status links, HTML embeds, and embeds flattened to text.

Each tweet gets its status ID (as text: IDs exceed JavaScript's integer precision), a
canonical URL, its creation time from the ID, and the words the article quotes for it.
"""

from __future__ import annotations

import hashlib
import re

from .dates import iso_millis, parse_date, snowflake_time

STATUS_URL = re.compile(
    r"(?:https?://)?(?:www\.|mobile\.)?(?:twitter|x)\.com/(?P<handle>\w{1,15})/status(?:es)?/(?P<id>\d{1,25})(?:[/?#][^\s\"'<>]*)?",
    re.I)
_SIGNATURE = re.compile(
    r"(?:^|\s)[—–]{1,2}\s*(?P<name>[^()\n—–]{1,80}?)\s*\(@(?P<handle>\w{1,15})\)\s*"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})")
_PIC = re.compile(r"\s*pic\.twitter\.com/\w+")
_QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
_SPEECH = re.compile(r"\b(?:said|says|tweeted|wrote|added|posted|pointed out|stated|noted|stressed|remarked)\b")


def canonical_url(handle: str, tweet_id: str) -> str:
    return f"https://twitter.com/{handle}/status/{tweet_id}"


def _is_link_line(line: str) -> bool:
    return bool(STATUS_URL.fullmatch(line.strip()) or _PIC.fullmatch(line) or _SIGNATURE.search(line) and len(line) < 140)


# A quotation the link comes right after: '... captioned "Good walk and talk" (x.com/...)'.
_QUOTE_JUST_BEFORE = re.compile(r"[“\"]([^”\"]{3,})[”\"][\s,.:;(\[]{0,4}$")


def _quoted_words(paragraph: str | None, before: str | None = None) -> str | None:
    """What a paragraph quotes: its quotations joined, or None when it quotes nothing; a link
    right after a quotation cites that one (the paragraph's other quotations are someone else's)."""
    if not paragraph:
        return None
    just_before = _QUOTE_JUST_BEFORE.search(before) if before else None
    if just_before:
        return just_before[1].strip().rstrip(",")
    quotes = [q.strip().rstrip(",") for q in _QUOTE.findall(paragraph)]
    return " ".join(quotes) or None


def _tweet(tweet_id: str | None, handle: str, quoted: str | None, **extra) -> dict:
    created = snowflake_time(tweet_id) if tweet_id else None
    if tweet_id is None:
        # An embed flattened to text without its link has no status ID: key it by its content.
        digest = hashlib.sha1(f"{handle.lower()}|{quoted}|{extra.get('display_date')}".encode()).hexdigest()[:12]
        tweet_id = f"noid-{handle.lower()}-{digest}"
    return {
        "id": tweet_id,
        "url": canonical_url(handle, tweet_id) if not tweet_id.startswith("noid-") else None,
        "handle": handle,
        "created_at": iso_millis(created) if created else None,
        "quoted_text": quoted,
        "display_date": extra.get("display_date"),
        "author_name": extra.get("author_name"),
        "form": extra.get("form"),
        "_paragraph": extra.get("paragraph"),  # where the article quotes it; located in the body later
    }


def extract_tweets(lines: list[str], embeds: list[dict]) -> list[dict]:
    """Tweets in order of first citation; `lines` are the article's lines in page order."""
    found: dict[str, dict] = {}
    for index, line in enumerate(lines):
        # (substring tests first: the expressions would be tried at every character of every line)
        signature = _SIGNATURE.search(line) if "(@" in line else None
        urls = list(STATUS_URL.finditer(line)) if ".com/" in line.lower() else []
        if signature:
            paragraph = line[:signature.start()] if _PIC.sub("", line[:signature.start()]).strip() \
                else _previous_paragraph(lines, index) or ""
            words = _PIC.sub("", paragraph).strip()
            display = parse_date(signature["date"])
            match = urls[0] if urls else _status_right_after(lines, index, signature["handle"])
            tweet = _tweet(match["id"] if match else None, match["handle"] if match else signature["handle"],
                           words.strip("“”\" ") or None, display_date=display.isoformat() if display else None,
                           author_name=signature["name"].strip(), form="flattened embed", paragraph=words or None)
            found.setdefault(tweet["id"], tweet)
            continue
        for match in urls:
            inline = not STATUS_URL.fullmatch(line.strip())
            paragraph = line if inline else _previous_paragraph(lines, index)
            if paragraph and paragraph.rstrip().endswith(":") and not _quoted_words(paragraph):
                # "Petro wrote on his Twitter account:" <link> "“A fruitful meeting …,” Petro wrote.": the
                # quotation follows the link.
                paragraph = _next_paragraph(lines, index) or paragraph
            before = line[:match.start()] if inline else None
            found.setdefault(match["id"], _tweet(match["id"], match["handle"], _quoted_words(paragraph, before),
                                                 form="link", paragraph=paragraph))
    for embed in embeds:
        match = STATUS_URL.search(embed.get("url") or "")
        if not match:
            continue
        if "paragraph" in embed:  # a link inside a paragraph of the page
            found.setdefault(match["id"], _tweet(match["id"], match["handle"],
                                                 _quoted_words(embed["paragraph"], embed.get("before")),
                                                 form="link", paragraph=embed["paragraph"]))
            continue
        display = parse_date(embed.get("display_date") or "")
        author = embed.get("author") or {}
        tweet = _tweet(match["id"], author.get("handle") or match["handle"], embed.get("text"),
                       display_date=display.isoformat() if display else None,
                       author_name=author.get("name"), form="html embed")
        found.setdefault(tweet["id"], tweet)
    tweets = list(found.values())
    for position, tweet in enumerate(tweets, start=1):
        tweet["position"] = position
    return tweets


def _previous_paragraph(lines: list[str], index: int) -> str | None:
    """The prose paragraph a link follows (skipping other links and signatures)."""
    for line in reversed(lines[:index]):
        if line and not _is_link_line(line):
            return line
    return None


def _next_paragraph(lines: list[str], index: int) -> str | None:
    for line in lines[index + 1:]:
        if line and not _is_link_line(line):
            return line
    return None


def _status_right_after(lines: list[str], index: int, handle: str):
    for line in lines[index + 1:index + 3]:
        match = STATUS_URL.search(line)
        if match and match["handle"].lower() == handle.lower():
            return match
    return None


def speaker_of(paragraph_mentions: list[dict], paragraph: str, paragraph_start: int) -> str | None:
    """The one person a paragraph presents as speaking ("..., Ambassador Khalilzad said")."""
    speakers = set()
    for mention in paragraph_mentions:
        after = paragraph[mention["char_end"] - paragraph_start:][:120]
        before = paragraph[:mention["char_start"] - paragraph_start][-25:]
        # "Ross Wilson, the US Charge d'Affaires in Kabul, wrote on Twitter": an appositive may come between.
        after = re.sub(r"^\s*,[^,.;]{0,90},", "", after)
        after = re.sub(r"^\s*(?:later|then|also|again|once more|\w+ly)\s+", "", after)  # "Prabowo later posted"
        if _SPEECH.match(after.strip()) or re.search(r"\b(?:said|says|according to)\s*$", before):
            speakers.add(mention["name"])
    return speakers.pop() if len(speakers) == 1 else None
