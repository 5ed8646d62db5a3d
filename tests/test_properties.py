"""Property-based tests: readers and extractors never raise, and every stored offset slices the body."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts.dates import find_expressions, parse_date, resolve
from scripts.extract import extract_article
from scripts.knowledge import load_knowledge
from scripts.read import Skip, Source, read_article
from scripts.text import sentence_spans, tokenize
from scripts.tweets import extract_tweets

from .conftest import RAW

# Text that looks like news often enough to exercise the extractors, and garbage otherwise.
WORDS = ["ISLAMABAD:", "KABUL", "(AP)", "—", "met", "called", "on", "Monday", "General", "Gen.", "Qamar", "Javed",
         "Bajwa", "Ambassador", "Zalmay", "Khalilzad", "Mr", "said", "the", "envoy", "accompanied", "by", "were",
         "also", "present", "at", "GHQ", "in", "Rawalpindi", "yesterday", "March", "8", ",", ".", "“", "”",
         "https://twitter.com/Someone/status/1346125516701650946", "Published", "in", "Dawn,", "October", "29th,",
         "2019", "\n", "\n\n", "Lt-Gen", "al-Qahtani", "Sheikh", "<b>", "</p>", "&amp;", "O'Neil", "Mrs.", "U.S."]
news = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=80).map(" ".join)
settings.register_profile("envoys", deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("envoys")


@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "b.html"]))
def test_readers_never_raise_on_bytes(data, name):
    try:
        article, warnings = read_article(Source(Path(name), name, {}), data, _knowledge().gazetteer)
    except Skip:
        return
    assert isinstance(article["body"], str) and article["body"]


@given(news | st.text(max_size=400), st.sampled_from([None, "2021-03-09", "2019-10-29"]))
def test_extraction_never_raises_and_offsets_slice_the_body(text, published):
    try:
        article, _ = read_article(Source(Path("a.txt"), "a.txt", {"published": published} if published else {}),
                                  text.encode("utf-8"), _knowledge().gazetteer)
    except Skip:
        return
    result = extract_article(article, _knowledge())
    body = result["article"]["body"]
    for mention in result["mentions"]:
        assert body[mention["char_start"]:mention["char_end"]] == mention["text"]
        assert body[mention["sentence_start"]:mention["sentence_end"]]
    for meeting in result["meetings"]:
        for source in meeting["sources"]:
            assert body[source["char_start"]:source["char_end"]] == source["sentence"]
    for tweet in result["tweets"]:
        if tweet["char_start"] is not None:
            assert body[tweet["char_start"]:tweet["char_end"]]


@given(st.text(max_size=300))
def test_text_helpers_never_raise(text):
    for start, end in sentence_spans(text):
        assert 0 <= start <= end <= len(text)
    for token in tokenize(text):
        assert text[token.start:token.end] == token.text
    for expression in find_expressions(text):
        resolve(expression, None)
    parse_date(text)
    extract_tweets(text.split("\n"), [])


@lru_cache(maxsize=1)
def _knowledge():
    return load_knowledge(RAW)
