"""Tweets: every URL and embed form, snowflake times, quotations, attribution, dating articles."""

from __future__ import annotations

import sqlite3

import pytest

from scripts.build import build
from scripts.dates import iso_millis, snowflake_time
from scripts.tweets import extract_tweets

from .conftest import extract_text, make_raw

# Made-up tweets of accounts that are not in the seeds; IDs are real snowflakes for their dates.
ID_2019 = str(((1547700000000 - 1288834974657) << 22) | 12345)   # 2019-01-17T04:40:00.000Z
ID_2021 = str(((1625140800123 - 1288834974657) << 22) | 777)     # 2021-07-01T12:00:00.123Z


def test_snowflake_times():
    assert iso_millis(snowflake_time("1346125516701650946")) == "2021-01-04T16:05:07.641Z"
    assert iso_millis(snowflake_time(ID_2019)) == "2019-01-17T04:40:00.000Z"
    assert snowflake_time("20") is None  # from before snowflake IDs (2006)
    assert snowflake_time("29000000000") is None


@pytest.mark.parametrize("url", [
    f"https://twitter.com/MofaQatar_EN/status/{ID_2021}",
    f"https://x.com/MofaQatar_EN/status/{ID_2021}",
    f"https://mobile.twitter.com/MofaQatar_EN/status/{ID_2021}?s=20",
    f"http://www.twitter.com/MofaQatar_EN/status/{ID_2021}/",
    f"twitter.com/MofaQatar_EN/statuses/{ID_2021}?ref_src=twsrc%5Etfw",
    f"https://x.com/MofaQatar_EN/status/{ID_2021}/photo/1",
])
def test_every_url_form(url):
    lines = ["The ministry said “Qatar will keep hosting the talks.”", url]
    tweet, = extract_tweets(lines, [])
    assert tweet["id"] == ID_2021
    assert tweet["handle"] == "MofaQatar_EN"
    assert tweet["url"] == f"https://twitter.com/MofaQatar_EN/status/{ID_2021}"
    assert tweet["created_at"] == "2021-07-01T12:00:00.123Z"
    assert tweet["quoted_text"] == "Qatar will keep hosting the talks."


def test_html_embed(knowledge):
    page = f"""<html><head><meta property="og:site_name" content="Gulf Times"></head><body><article>
    <p>DOHA: Qatar's special envoy Mutlaq bin Majed al-Qahtani met Taliban negotiators on Thursday, he said on Twitter.</p>
    <blockquote class="twitter-tweet"><p lang="en" dir="ltr">Productive meeting today with the delegations in Doha.
    <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Mutlaq Al-Qahtani (@mutlaqmajed)
    <a href="https://twitter.com/mutlaqmajed/status/{ID_2021}?ref_src=twsrc%5Etfw">July 1, 2021</a></blockquote>
    <script async src="https://platform.twitter.com/widgets.js"></script>
    <p>{"The talks are expected to continue next week, officials said. " * 3}</p></article></body></html>"""
    result = extract_text(page, knowledge, name="gulf.html", row={"published": "2021-07-02"})
    tweet, = result["tweets"]
    assert (tweet["id"], tweet["handle"], tweet["display_date"]) == (ID_2021, "mutlaqmajed", "2021-07-01")
    assert tweet["quoted_text"].startswith("Productive meeting today")
    assert tweet["person"] == "Mutlaq Al-Qahtani" and tweet["person_source"].startswith("embed author")
    assert "Productive meeting" not in result["article"]["body"]


def test_embed_flattened_to_text(knowledge):
    text = ("ISLAMABAD: The Foreign Office welcomed the talks on Thursday.\n"
            "Pakistan welcomes the resumption of talks in Abu Dhabi. pic.twitter.com/Xy12AbC — Dr Mohammad Faisal (@ForeignOfficePk) January 17, 2019\n"
            "The spokesperson said Pakistan would continue to facilitate the process.")
    result = extract_text(text, knowledge, row={"published": "2019-01-18"})
    tweet, = result["tweets"]
    assert tweet["handle"] == "ForeignOfficePk" and tweet["display_date"] == "2019-01-17"
    assert tweet["quoted_text"] == "Pakistan welcomes the resumption of talks in Abu Dhabi."
    assert tweet["person"] == "Mohammad Faisal"
    assert tweet["created_at"] is None  # no status ID in a flattened embed without its link


def test_flattened_embed_followed_by_its_link():
    lines = ["Talks were productive. pic.twitter.com/Q1w2E3 — Javad Zarif (@JZarif) January 17, 2019",
             f"https://twitter.com/JZarif/status/{ID_2019}"]
    tweet, = extract_tweets(lines, [])
    assert tweet["id"] == ID_2019 and tweet["display_date"] == "2019-01-17" and tweet["author_name"] == "Javad Zarif"


def test_seed_000_tweets_date_the_article(seeds_db):
    con = sqlite3.connect(seeds_db)
    tweets = con.execute("select id, handle, person_id, created_at, substr(quoted_text, 1, 30) from tweets order by id").fetchall()
    assert tweets == [
        ("1346125516701650946", "US4AfghanPeace", "zalmay-khalilzad", "2021-01-04T16:05:07.641Z", "parties will make tangible pro"),
        ("1346125518232563714", "US4AfghanPeace", "zalmay-khalilzad", "2021-01-04T16:05:08.006Z", "Both sides must demonstrate th"),
        ("1346125520719765505", "US4AfghanPeace", "zalmay-khalilzad", "2021-01-04T16:05:08.599Z", "These perpetuating the violenc"),
    ]
    published, source = con.execute("select published, published_source from articles where file like '000%'").fetchone()
    assert published == "2021-01-04" and source.startswith("tweets:")
    assert con.execute("select date from meetings where id like '2021-01-04%'").fetchone() == ("2021-01-04",)


def test_a_tweet_cited_twice_is_one_row(tmp_path):
    url = f"https://twitter.com/UNAMAnews/status/{ID_2021}"
    raw = make_raw(tmp_path / "raw", {
        "a.txt": f"KABUL: UNAMA said “violence must end now” on Thursday.\n{url}\nMore prose here.",
        "b.txt": f"GENEVA: The mission repeated that “violence must end now”.\n{url}?s=20\nAnd more prose.",
    })
    db = tmp_path / "t.db"
    build(raw, db, jobs=1, warn=lambda line: None)
    con = sqlite3.connect(db)
    assert con.execute("select count(*), max(article_count) from tweets").fetchone() == (1, 2)
    assert con.execute("select count(*) from tweet_articles").fetchone() == (2,)
    assert con.execute("select typeof(id) from tweets").fetchone() == ("text",)


def test_a_quotation_after_a_link_introduced_with_a_colon(bare_knowledge):
    text = ("LIMA (Wire) - President Pedro Castillo met Gabriel Boric on Tuesday.\n\n"
            "After the meeting, Boric wrote on his account:\n\n"
            "https://twitter.com/gabrielboric/status/1587547080921556867?s=20\n\n"
            "\u201cA warm meeting with President Castillo,\u201d Boric wrote.\n")
    tweet = extract_text(text, bare_knowledge, row={"published": "2022-11-02"})["tweets"][0]
    assert tweet["id"] == "1587547080921556867" and tweet["quoted_text"] == "A warm meeting with President Castillo"


def test_an_embed_author_line_after_words_with_hyphens_and_credentials(bare_knowledge):
    page = """<html><head><meta property="og:site_name" content="Coast TV"></head><body><article>
    <h1>President hosts envoy</h1>
    <p>NAIROBI: President William Ruto hosted the envoy at State House on Wednesday.</p>
    <blockquote class="twitter-tweet"><p lang="en">Hosted the envoy. Kenya backs a civilian-led transition.
    <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; William Samoei Ruto, PhD (@WilliamsRuto)
    <a href="https://twitter.com/WilliamsRuto/status/1742528112996379502?ref_src=twsrc%5Etfw">January 3, 2024</a></blockquote>
    </article></body></html>"""
    tweet = extract_text(page, bare_knowledge, name="a.html")["tweets"][0]
    assert tweet["author_name"] == "William Samoei Ruto, PhD" and tweet["handle"] == "WilliamsRuto"
    assert tweet["person"] == "William Ruto"


def test_a_link_right_after_a_quotation_cites_that_one_and_inline_tags_add_no_spaces(bare_knowledge):
    text = ("OSLO (Wire) - Minister Arne Dahl met Ana Ruiz on Monday. The two walked along the \u201cold pier\u201d "
            "for an hour; Dahl posted a video, captioned \u201cGood talks with Ana in Oslo\u201d "
            "(x.com/arnedahl/status/1953028553228914379).\n")
    tweet = extract_text(text, bare_knowledge, row={"published": "2025-08-07"})["tweets"][0]
    assert tweet["quoted_text"] == "Good talks with Ana in Oslo"
    page = """<html><head><meta property="og:site_name" content="Nord TV"></head><body><article>
    <h1>Minister in <em>Oslo</em></h1>
    <p>Minister Arne Dahl met <a href="/tag/ruiz">Ana Ruiz</a>, the Chilean envoy, on Monday. Dahl called the talks
    \u201cuseful\u201d and in March wrote that \u201cChile is a friend\u201d
    (<a href="https://x.com/arnedahl/status/1900635161706970121">https://x.com/arnedahl/status/1900635161706970121</a>).</p>
    <blockquote class="twitter-tweet"><p lang="en">Thank you, <a href="https://twitter.com/anaruiz">@anaruiz</a>, for the
    visit. &mdash; see you in Santiago!</p>&mdash; Lula (@LulaOficial)
    <a href="https://twitter.com/LulaOficial/status/1859271015935596565">November 20, 2024</a></blockquote>
    <p>President Luiz In\u00e1cio Lula da Silva received Dahl later. Lula, accompanied by Janja Lula da Silva, spoke first.</p>
    </article></body></html>"""
    result = extract_text(page, bare_knowledge, name="a.html", row={"published": "2025-08-07"})
    body, tweets = result["article"]["body"], {t["id"]: t for t in result["tweets"]}
    assert "met Ana Ruiz, the Chilean envoy" in body and result["article"]["headline"] == "Minister in Oslo"
    assert tweets["1900635161706970121"]["quoted_text"] == "Chile is a friend"
    embed = tweets["1859271015935596565"]
    assert embed["quoted_text"].startswith("Thank you, @anaruiz, for the visit.")
    assert embed["person"] == "Luiz Inácio Lula da Silva"  # "Lula": what the article calls him


def test_a_link_after_a_speaker_and_an_adverb(bare_knowledge):
    text = ("JAKARTA (Wire) - President Adi Wirawan met President Claire Duval on Thursday. Wirawan later posted photos "
            "from the temple (https://x.com/adiwirawan/status/1928002273218268772), calling France \u201ca true friend\u201d.\n")
    tweet = extract_text(text, bare_knowledge, row={"published": "2025-05-30"})["tweets"][0]
    assert tweet["person"] == "Adi Wirawan"
