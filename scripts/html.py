"""Saved HTML pages: main text, boilerplate, metadata and tweet embeds, with BeautifulSoup.

We use beautifulsoup4 (with lxml) rather than trafilatura or htmldate: every field must
name where it came from (`html:og:site_name`, `html:article:published_time`, ...), the
boilerplate must be kept rather than dropped, and tweet embeds must be read before the
page is cleaned. A few explicit rules do all three and stay fast (about 5 ms a page).
"""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from .dates import parse_date

_DISCARD = ["script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "link", "meta"]
_CHROME = ["nav", "footer", "header", "aside", "form", "button", "select", "dialog"]
_CHROME_NAME = re.compile(
    r"(?:^|[-_ ])(?:comments?|related|share|sharing|social|newsletter|ads?|advert|advertisement|promo|sidebar|"
    r"breadcrumbs?|footer|nav|navbar|menu|subscribe|cookie|popup|modal|tags|recommended|trending|most-read|"
    r"author|author-bio|byline-social|outbrain|taboola)(?:$|[-_ ])", re.I)
_BLOCKS = ["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "dd", "dt"]
_MAIN_SELECTORS = ['[itemprop="articleBody"]', "article", ".article-body", ".story-body", ".entry-content",
                   ".post-content", ".story-content", ".article-content", ".content-body", "main", '[role="main"]']
_DATE_METAS = [
    ("property", "article:published_time"), ("itemprop", "datePublished"), ("name", "pubdate"),
    ("name", "publishdate"), ("name", "publish-date"), ("name", "date"), ("name", "dc.date.issued"),
    ("name", "DC.date.issued"), ("name", "article.published"), ("name", "parsely-pub-date"),
    ("name", "sailthru.date"), ("property", "og:published_time"),
]


def read_html(text: str) -> dict:
    soup = BeautifulSoup(text, "lxml")
    meta = _metadata(soup)
    boilerplate: list[str] = []
    embeds = _tweet_embeds(soup, boilerplate) + _tweet_links(soup)
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(_DISCARD):
        tag.decompose()
    main = _main_container(soup)
    for tag in list(soup.find_all(True)):
        if tag.decomposed or tag is main or _contains(tag, main):
            continue
        if tag.name in _CHROME or _is_chrome(tag) or tag.get("role") in {"navigation", "banner", "contentinfo", "complementary"}:
            boilerplate.extend(_lines(tag))
            tag.decompose()
    lines: list[str] = []
    if main is not None:
        for block in _blocks(main):
            text_line = _text(block)
            if not text_line:
                continue
            (boilerplate if block.name == "figcaption" else lines).append(text_line)
        if not lines:
            lines = _lines(main)
        headline = meta.get("headline", (None,))[0]
        lines = [line for line in lines if line != headline]
        main.clear()  # whatever the page shows outside the article is boilerplate too
    body = soup.body or soup
    boilerplate.extend(line for line in _lines(body) if line)
    return {"lines": lines, "boilerplate": boilerplate, "meta": meta, "embeds": embeds}


def _contains(tag: Tag, other: Tag | None) -> bool:
    return other is not None and any(parent is tag for parent in other.parents)


def _is_chrome(tag: Tag) -> bool:
    if tag.attrs is None:
        return False
    names = " ".join(tag.get("class") or []) + " " + (tag.get("id") or "")
    return bool(names.strip()) and bool(_CHROME_NAME.search(names))


# Elements that break a line of text; other tags are inline ("<a>Faiz Hameed</a>, the spy chief").
_BREAKS = frozenset(_BLOCKS + ["br", "div", "section", "article", "ul", "ol", "table", "tr", "td", "th", "hr",
                               "figure", "header", "footer", "h1"])


def _text(tag: Tag, until: Tag | None = None) -> str:
    """A block's text as a reader sees it (up to one of its elements, if given): inline tags join
    their neighbours without a space ("@POTUS</a>, for" -> "@POTUS, for"; get_text(" ") would write
    "@POTUS , for"), block elements and line breaks separate words, runs of white space are one space."""
    parts = []
    for node in tag.descendants:
        if node is until:
            break
        if isinstance(node, NavigableString):
            if not isinstance(node, Comment):
                parts.append(str(node))
        elif node.name in _BREAKS:
            parts.append(" ")
    return " ".join("".join(parts).split())


def _lines(tag: Tag) -> list[str]:
    return [line.strip() for line in tag.get_text("\n").split("\n") if line.strip()]


def _is_stamp(tag: Tag) -> bool:
    """A live blog's entry time ("<span class="lbTime">Oct 07, 2024 10:40 PM IST</span>"): kept as a line
    of its own, since it dates the entry under it."""
    return tag.name == "time" or tag.name in {"span", "div"} and any(
        _STAMP_CLASS.search(c) for c in tag.get("class") or ()) and len(tag.get_text(strip=True)) <= 40


_STAMP_CLASS = re.compile(r"time|stamp", re.I)


def _blocks(main: Tag) -> list[Tag]:
    found = []
    # (a live blog has an entry time over each entry; one or two times are the page's own, not entries')
    stamps = len(main.find_all(_is_stamp)) >= 3
    for block in main.find_all(lambda t: t.name in _BLOCKS or stamps and _is_stamp(t)):
        parent = block.parent
        nested = False
        while parent is not None and parent is not main:
            if parent.name in _BLOCKS:
                nested = True
                break
            parent = parent.parent
        if not nested:
            found.append(block)
    return found


def _main_container(soup: BeautifulSoup) -> Tag | None:
    for selector in _MAIN_SELECTORS:
        candidates = [t for t in soup.select(selector) if len(t.get_text(" ", strip=True)) >= 200]
        if candidates:
            return max(candidates, key=lambda t: len(t.get_text(" ", strip=True)))
    # No semantic markup: the element holding the most paragraph text.
    best, best_length = None, 0
    for tag in soup.find_all(["div", "section", "td"]):
        length = sum(len(p.get_text(" ", strip=True)) for p in tag.find_all("p", recursive=False))
        if length > best_length:
            best, best_length = tag, length
    return best or soup.body


def _metadata(soup: BeautifulSoup) -> dict:
    meta: dict = {}
    json_ld = _json_ld(soup)

    metas: dict[tuple[str, str], Tag] = {}  # one pass over the page's meta tags, not one per name looked up
    for tag in soup.find_all("meta"):
        for attribute in ("property", "name", "itemprop"):
            if isinstance(tag.get(attribute), str):
                metas.setdefault((attribute, tag[attribute]), tag)

    def content(attribute: str, value: str) -> str | None:
        tag = metas.get((attribute, value))
        return (tag.get("content") or "").strip() or None if tag else None

    if outlet := content("property", "og:site_name"):
        meta["outlet"] = (outlet, "html:og:site_name")
    elif publisher := _ld_value(json_ld, "publisher"):
        name = publisher.get("name") if isinstance(publisher, dict) else publisher
        if isinstance(name, str) and name.strip():
            meta["outlet"] = (name.strip(), "html:json-ld publisher")
    h1 = soup.find("h1")
    if h1 and _text(h1):
        meta["headline"] = (_text(h1), "html:h1")
    elif title := content("property", "og:title"):
        meta["headline"] = (title, "html:og:title")
    elif isinstance(_ld_value(json_ld, "headline"), str):
        meta["headline"] = (_ld_value(json_ld, "headline").strip(), "html:json-ld headline")
    elif soup.title and soup.title.get_text(strip=True):
        meta["headline"] = (re.split(r"\s+[|–—-]\s+", soup.title.get_text(strip=True))[0], "html:title")
    canonical = soup.find("link", rel="canonical")
    for url, label in ((canonical.get("href") if canonical else None, "html:canonical"),
                       (content("property", "og:url"), "html:og:url")):
        if url and re.match(r"^https?://\S+$", url.strip()):
            meta["url"] = (url.strip(), label)
            break
    for attribute, value in _DATE_METAS:
        raw = content(attribute, value)
        if raw and parse_date(raw):
            meta["published"] = (parse_date(raw).isoformat(), f"html:{value}")
            break
    if "published" not in meta:
        raw = _ld_value(json_ld, "datePublished")
        if isinstance(raw, str) and parse_date(raw):
            meta["published"] = (parse_date(raw).isoformat(), "html:json-ld datePublished")
    if "published" not in meta:
        for time in soup.find_all("time"):
            raw = time.get("datetime")
            if raw and parse_date(raw):
                meta["published"] = (parse_date(raw).isoformat(), "html:time datetime")
                break
    return meta


def _json_ld(soup: BeautifulSoup) -> list[dict]:
    objects: list[dict] = []
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return objects


def _ld_value(objects: list[dict], key: str):
    for item in objects:
        if key in item:
            return item[key]
    return None


_STATUS_HREF = re.compile(r"(?:twitter|x)\.com/(\w{1,15})/status(?:es)?/(\d+)", re.I)


def _tweet_links(soup: BeautifulSoup) -> list[dict]:
    """A tweet cited by a link in the prose ("<a href=...status/...>wrote on Twitter</a>"): its
    words are the quotation in that paragraph."""
    links = []
    for anchor in soup.find_all("a", href=_STATUS_HREF):
        paragraph = anchor.find_parent("p")
        if paragraph is not None:
            links.append({"url": anchor["href"], "paragraph": _text(paragraph), "before": _text(paragraph, until=anchor)})
    return links


def _tweet_embeds(soup: BeautifulSoup, boilerplate: list[str]) -> list[dict]:
    """`<blockquote class="twitter-tweet">`: the tweet's words, author line and dated link."""
    embeds = []
    for quote in soup.select("blockquote.twitter-tweet, blockquote.twitter-video"):
        links = [a for a in quote.find_all("a", href=True) if _STATUS_HREF.search(a["href"])]
        paragraph = quote.find("p")
        words = _text(paragraph) if paragraph else None
        text = _text(quote)
        author = None
        # The author line follows the tweet's words: "— Name (@handle) date" (a hyphen in the words,
        # "civilian-led", is not its dash).
        tail = text[len(words):] if words and text.startswith(words) else text
        match = re.search(r"(?:^|\s)[—–-]\s*(?P<name>[^(@]{1,80}?)\s*\(@(?P<handle>\w{1,15})\)", tail)
        if match:
            author = {"name": match["name"].strip(), "handle": match["handle"]}
        if links:
            link = links[-1]
            embeds.append({"url": link["href"], "text": words, "author": author,
                           "display_date": link.get_text(" ", strip=True) or None})
        boilerplate.extend(_lines(quote))
        quote.decompose()
    return embeds
