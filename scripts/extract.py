"""Extract stage: one article row in, its people, tweets and meetings out.

Runs in worker processes, one article at a time, and depends on nothing but the article
and the curated knowledge, so its result can be cached by content.
"""

from __future__ import annotations

import re

from .knowledge import Knowledge
from .meetings import extract_meetings
from .people import extract_people
from .places import Place
from .text import fold, sentence_spans
from .tweets import extract_tweets, speaker_of


def extract_article(row: dict, knowledge: Knowledge) -> dict:
    """{"article": row, "mentions": [...], "tweets": [...], "meetings": [...]} for one article."""
    body = row["body"]
    sentences = sentence_spans(body)
    mentions = extract_people(body, sentences, knowledge)
    tweets = [_attribute(t, body, mentions, knowledge) for t in extract_tweets(row.pop("_lines", []), row.pop("_embeds", []))]
    article = {key: value for key, value in row.items() if not key.startswith("_")}
    _date_from_tweets(article, tweets)
    context = dict(article, **_home_place(article, body, knowledge, {w for m in mentions for w in fold(m["name"]).split()}))
    meetings = extract_meetings(body, sentences, mentions, context, knowledge)
    article["month"] = article["published"][:7] if article.get("published") else None
    return {"article": article, "mentions": mentions, "tweets": tweets, "meetings": meetings}


def _home_place(article: dict, body: str, knowledge: Knowledge, name_words: set[str] = frozenset()) -> dict:
    """Where the article was written, for meetings it does not otherwise place: the dateline's
    city; in a press release, a closing line that names a city ("Ministry of Foreign Affairs /
    Addis Ababa", "Manila, 2 July 2024"); else the one city the headline names, or the city the first
    sentence puts the story in. `name_words` are the words of the article's people's names."""
    if article.get("dateline"):
        # (a town too small for the gazetteer keeps its name, without coordinates)
        place = knowledge.gazetteer.city(article["dateline"]) \
            or (None if knowledge.gazetteer.country(article["dateline"]) or "/" in article["dateline"]
                else _unknown_town(article["dateline"]))  # (not "Paris/Warsaw": the text says which)
        return {"dateline_place": place,
                "home_place_source": f"dateline {article.get('dateline_text') or article['dateline']}"}
    for line in body.rstrip().split("\n")[-2:]:
        line = re.sub(r",\s*\d.*$|,\s*[A-Z][a-z]+\.? \d{1,2},? \d{4}\.?$", "", line)  # "Manila, 2 July 2024"
        place = knowledge.gazetteer.city(line.strip(" .")) if len(line) < 40 else None
        if place:
            return {"dateline_place": place, "home_place_source": f"closing line {line.strip()}"}
    # No dateline: the one city the headline names ("... after Luanda mini-summit"), else the city
    # the first sentence puts the story in ("met ... in Windsor today").
    cities = _cities_in(article.get("headline") or "", knowledge, name_words)
    if len(cities) == 1:
        return {"dateline_place": cities[0], "home_place_source": f"headline {article['headline']}"}
    match = _LEAD_PLACE.search("\n\n".join(body[:600].split("\n\n")[:2]))
    place = match and knowledge.gazetteer.city(match["place"])
    if place:
        return {"dateline_place": place, "home_place_source": f"first sentence: {match.group()}"}
    return {"dateline_place": None}


_LEAD_PLACE = re.compile(r"\b(?:(?:is|are|was|were|arrived|landed) in|(?:visit|trip) to|city of|"
                         r"(?:meeting|talks|summit|conference|negotiations) in|in(?=\s+[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
                         r" (?:on|today|yesterday|this|for)\b))\s+(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)")


def _unknown_town(name: str) -> Place:
    name = name.title() if name.isupper() else name
    return Place(name, name, None, None, None)


def _cities_in(headline: str, knowledge: Knowledge, name_words: set[str] = frozenset()) -> list:
    """Cities a headline names: capitalised words (two at most) that the gazetteer knows and that
    are not also English words ("Nice", "Reading"), countries, or a name the article gives a person
    ("Ali, Maduro face to face in St Vincent")."""
    from .lexicon import common_words

    found = {}
    words = re.findall(r"[A-Z][\w’'-]*", headline)
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            if size == 1 and (phrase.lower() in common_words() or any(phrase in f for f in found)) \
                    or fold(phrase) in name_words:
                continue
            place = knowledge.gazetteer.city(phrase)
            if place and not knowledge.gazetteer.country(phrase):
                found[phrase] = place
    return list({p.name: p for p in found.values()}.values())


def _date_from_tweets(article: dict, tweets: list[dict]) -> None:
    """No date from sources.csv, HTML or text: the latest cited tweet is a lower bound."""
    if article.get("published"):
        return
    dated = [t for t in tweets if t["created_at"]]
    if not dated:
        return
    latest = max(dated, key=lambda t: t["created_at"])
    article["published"] = latest["created_at"][:10]
    article["published_source"] = f"tweets: lower bound from the latest cited tweet {latest['id']} created {latest['created_at']}"


def _attribute(tweet: dict, body: str, mentions: list[dict], knowledge: Knowledge) -> dict:
    """Who wrote the tweet: the registry's handle, the embed's author line, or the quoting paragraph."""
    paragraph = tweet.pop("_paragraph", None)
    start = body.find(paragraph) if paragraph else -1
    tweet["char_start"], tweet["char_end"] = (start, start + len(paragraph)) if start >= 0 else (None, None)
    person = knowledge.registry.by_handle.get(tweet["handle"].lower())
    if person:
        tweet["person"], tweet["person_source"] = person, f"people.yml: twitter {tweet['handle']}"
        return tweet
    if tweet.get("author_name"):
        name = _person_name(tweet["author_name"], knowledge) or _written_as(tweet["author_name"], mentions)
        if name:
            name = _named_in_article(name, mentions) or name
            tweet["person"], tweet["person_source"] = name, f"embed author line: {tweet['author_name']}"
            return tweet
    if start >= 0:
        inside = [m for m in mentions if start <= m["char_start"] < start + len(paragraph) and m["kind"] != "attributive"]
        speaker = speaker_of(inside, paragraph, start)
        if speaker:
            tweet["person"], tweet["person_source"] = speaker, f"text: the quoting paragraph names {speaker} as speaking"
            return tweet
    tweet["person"], tweet["person_source"] = None, None
    return tweet


def _named_in_article(name: str, mentions: list[dict]) -> str | None:
    """'William Samoei Ruto' -> 'William Ruto', the one person of the article with the same first and last names."""
    words = name.split()
    found = {m["name"] for m in mentions if m["kind"] == "full" and len(m["name"].split()) >= 2
             and m["name"].split()[0] == words[0] and m["name"].split()[-1] == words[-1]}
    return found.pop() if len(found) == 1 else None


def _written_as(display_name: str, mentions: list[dict]) -> str | None:
    """'Lula': the one person of the article the text itself calls by that short name."""
    written = fold(re.sub(r"[^\w\s.'’-]", " ", display_name))
    found = {m["name"] for m in mentions if m["kind"] != "attributive" and fold(m["text"]).split()[-len(written.split()):] == written.split()}
    return found.pop() if written and len(found) == 1 else None


def _person_name(display_name: str, knowledge: Knowledge) -> str | None:
    """'Dr Mohammad Faisal' -> 'Mohammad Faisal'; an institution's display name -> None."""
    display_name = display_name.split(",")[0]  # "William Samoei Ruto, PhD": credentials after a comma
    text = re.sub(r"[^\w\s.'’-]", " ", display_name).strip()
    mentions = [m for m in extract_people(f"{text} said.", sentence_spans(f"{text} said."), knowledge) if m["kind"] == "full"]
    return mentions[0]["name"] if mentions else knowledge.registry.canonical(text)
