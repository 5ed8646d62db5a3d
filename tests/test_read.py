"""Reading: decoding, datelines, headlines, boilerplate, HTML, and which source wins."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from scripts.read import Skip, Source, decode, find_dateline, list_sources, read_article, split_boilerplate

from .conftest import RAW, extract_text


def read(text: str | bytes, name: str = "a.txt", row: dict | None = None, gazetteer=None):
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return read_article(Source(Path(name), name, row or {}), data, gazetteer)


# ---------------------------------------------------------------- decoding

def test_utf8_is_read_as_is_and_hashed():
    data = "KABUL: Afghan officials met on Sunday.\nA second paragraph with “quotes”.".encode()
    row, warnings = read(data)
    assert warnings == []
    assert row["encoding"] == "utf-8"
    assert row["sha256"] == hashlib.sha256(data).hexdigest()
    assert "“quotes”" in row["body"]


def test_cp1252_is_decoded_with_a_warning():
    data = "DOHA: Qatar\x92s foreign minister met the envoy \x93today\x94.\nSecond line.".encode("latin-1")
    row, warnings = read(data)
    assert row["encoding"] == "cp1252"
    assert "Qatar’s" in row["body"] and "“today”" in row["body"]
    assert len(warnings) == 1 and "not valid UTF-8" in warnings[0] and "cp1252" in warnings[0]


@pytest.mark.parametrize("data,reason", [(b"", "empty"), (b"   \n\n ", "empty"), (b"\x00\x01\x02binary\x00" * 50, "binary")])
def test_empty_and_binary_files_are_skipped_with_a_reason(data, reason):
    with pytest.raises(Skip, match=reason):
        decode(data)


def test_newlines_and_spaces_are_normalised():
    row, _ = read("TASHKENT:  Delegates   met\r\non Friday.\r\n\r\n\r\n\r\nSecond\tparagraph.\u00a0End.")
    assert "\r" not in row["body"]
    assert "  " not in row["body"]
    assert "\n\n\n" not in row["body"]


# ---------------------------------------------------------------- datelines

@pytest.mark.parametrize("line,place,agency,date", [
    ("ISLAMABAD: The envoy met", "ISLAMABAD", None, None),
    ("ISLAMABAD – US Special Representative", "ISLAMABAD", None, None),
    ("RAWALPINDI (Dunya News) – Chief of Army Staff", "RAWALPINDI", "Dunya News", None),
    ("Islamabad, Oct 29 (IANS) Pakistan's Prime Minister", "Islamabad", "IANS", "Oct 29"),
    ("KABUL, Afghanistan (AP) — The Taliban", "KABUL", "AP", None),
    ("ISLAMABAD, Sept 15 (NNN-PPI): Pakistan and", "ISLAMABAD", "NNN-PPI", "Sept 15"),
    ("NEW DELHI (Reuters) - India's foreign minister", "NEW DELHI", "Reuters", None),
    ("TEHRAN", "TEHRAN", None, None),
])
def test_datelines(line, place, agency, date, knowledge):
    found = find_dateline(line, knowledge.gazetteer)
    assert found is not None
    assert (found["place"], found["agency"], found["date"]) == (place, agency, date)


@pytest.mark.parametrize("line", ["The US envoy met the army chief.", "ISPR: the army said", "Pakistan and Afghanistan agreed"])
def test_not_datelines(line, knowledge):
    assert find_dateline(line, knowledge.gazetteer) is None


def test_dateline_date_takes_its_year_from_the_publication_date(knowledge):
    row, _ = read("ISLAMABAD, Dec 30 (APP): The minister met envoys.\nMore text here.", row={"published": "2021-01-02"},
                  gazetteer=knowledge.gazetteer)
    assert row["dateline_date"] == "2020-12-30"
    assert row["dateline_agency"] == "APP"


# ---------------------------------------------------------------- headline, boilerplate, text metadata

def test_seed_001_headline_subheadline_dateline_and_boilerplate(knowledge):
    source = next(s for s in list_sources(RAW)[0] if s.file.startswith("001"))
    row, warnings = read_article(source, source.path.read_bytes(), knowledge.gazetteer)
    assert row["headline"] == "Khalilzad meets Gen Qamar amid push for Afghan truce"
    assert row["subheadline"] == "Pakistan’s support sought to convince Taliban to agree to a ceasefire"
    assert row["dateline"] == "ISLAMABAD"
    assert "SCREENGRAB" in row["boilerplate"] and "SCREENGRAB" not in row["body"]
    assert "Load Next Story" in row["boilerplate"] and "Load Next Story" not in row["body"]
    assert row["url"].startswith("https://tribune.com.pk/story/2267532/")
    assert (row["outlet"], row["outlet_source"]) == ("The Express Tribune", "sources.csv")


def test_published_in_line_gives_outlet_and_date():
    row, _ = read("LAHORE: A meeting took place.\nMore prose follows here.\nPublished in Dawn, October 29th, 2019")
    assert row["published"] == "2019-10-29"
    assert row["outlet"] == "Dawn"
    assert row["published_source"] == "text:Published in Dawn, October 29th, 2019"
    assert "Published in" not in row["body"]


def test_press_release_dated_line():
    text = ("PRESS RELEASE\nNo. 212/2020\nDated: 14 September 2020\n"
            "The Foreign Minister received the visiting delegation at the Foreign Office.\nBoth sides agreed.")
    row, _ = read(text)
    assert row["published"] == "2020-09-14"
    assert row["published_source"] == "text:Dated: 14 September 2020"


@pytest.mark.parametrize("line", [
    "Follow the PNI Facebook page for the latest news and updates.",
    "Load Next Story", "Comments", "Also Read: Taliban name new envoy", "PHOTO: FILE",
    "Prime Minister Imran Khan with the visiting envoy. PHOTO: PID", "Share this:", "Advertisement",
    "https://twitter.com/SomeHandle/status/1346125516701650946", "(Reporting by Jane Doe; Editing by John Roe)",
    "— Dr Mohammad Faisal (@ForeignOfficePk) January 17, 2019", "© 2021 Example News. All rights reserved.",
])
def test_boilerplate_lines(line):
    prose, boilerplate = split_boilerplate(["A sentence of prose that stays.", line])
    assert boilerplate == [line]
    assert prose == ["A sentence of prose that stays."]


def test_comment_sections_and_related_blocks_go_whole():
    lines = ["The envoy met the minister on Tuesday.", "Related Stories", "Taliban reject truce offer",
             "Pakistan welcomes Doha talks", "The talks will resume next week, officials said.",
             "Comments", "Ahmed Raza: Great news for peace.", "Sara Khan: Let us hope so."]
    prose, boilerplate = split_boilerplate(lines)
    assert prose == ["The envoy met the minister on Tuesday.", "The talks will resume next week, officials said."]
    assert "Sara Khan: Let us hope so." in boilerplate and "Pakistan welcomes Doha talks" in boilerplate


# ---------------------------------------------------------------- HTML

HTML_PAGE = """<!doctype html><html><head>
<title>FM meets Chinese envoy - Example TV</title>
<meta property="og:site_name" content="Example TV">
<meta property="og:title" content="FM meets Chinese envoy">
<meta property="article:published_time" content="2020-06-02T18:30:00+05:00">
<link rel="canonical" href="https://example.tv/news/fm-meets-envoy">
<script>var tracking = "Imran Khan";</script><style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World News Menu</a></nav>
<header class="site-header">Example TV Breaking</header>
<article>
<h1>FM meets Chinese envoy</h1>
<p>ISLAMABAD: Foreign Minister Shah Mahmood Qureshi met Chinese Ambassador Nong Rong on Tuesday.</p>
<figure><img src="x.jpg"><figcaption>The two at the Foreign Office. PHOTO: EXPRESS</figcaption></figure>
<p>They discussed regional security, the Foreign Office said.</p>
<iframe src="https://ads.example/x"></iframe>
<!-- an HTML comment that mentions Sergey Lavrov -->
<div class="share-buttons">Share on Facebook Share on Twitter</div>
</article>
<aside class="related">Related: Lavrov visits Islamabad</aside>
<section id="comments"><p>Reader Ali Raza says: good.</p></section>
<footer>Copyright Example TV</footer>
</body></html>"""


def test_html_main_text_metadata_and_boilerplate():
    row, _ = read(HTML_PAGE, name="page.html")
    assert row["format"] == "html"
    assert (row["outlet"], row["outlet_source"]) == ("Example TV", "html:og:site_name")
    assert (row["published"], row["published_source"]) == ("2020-06-02", "html:article:published_time")
    assert (row["url"], row["url_source"]) == ("https://example.tv/news/fm-meets-envoy", "html:canonical")
    assert row["headline"] == "FM meets Chinese envoy"
    assert "Nong Rong" in row["body"] and "regional security" in row["body"]
    for gone in ("tracking", "color: red", "World News Menu", "Share on Facebook", "Ali Raza", "Lavrov", "Copyright", "PHOTO: EXPRESS"):
        assert gone not in row["body"], gone
    assert "Ali Raza" in row["boilerplate"] and "PHOTO: EXPRESS" in row["boilerplate"]
    assert "Sergey Lavrov" not in (row["boilerplate"] or "")  # HTML comments are not text at all


def test_html_json_ld_and_time_dates():
    json_ld = """<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"NewsArticle","headline":"Envoy in Kabul","datePublished":"2021-07-05T09:00:00Z",
       "publisher":{"@type":"Organization","name":"Kabul Daily"}}]}</script></head>
      <body><div><p>KABUL: The envoy met President Ashraf Ghani at the Presidential Palace on Sunday.</p>
      <p>Both sides discussed the peace process in detail, officials said.</p></div></body></html>"""
    row, _ = read(json_ld, name="ld.html")
    assert (row["published"], row["published_source"]) == ("2021-07-05", "html:json-ld datePublished")
    assert (row["outlet"], row["outlet_source"]) == ("Kabul Daily", "html:json-ld publisher")
    timed = "<html><body><article><time datetime='2019-02-03'>Feb 3</time><p>" + "Text of the story. " * 20 + "</p></article></body></html>"
    row, _ = read(timed, name="t.html")
    assert (row["published"], row["published_source"]) == ("2019-02-03", "html:time datetime")


def test_precedence_sources_csv_then_html_then_text():
    page = HTML_PAGE.replace("</article>", "<p>Published in Dawn, January 1st, 2018</p></article>")
    row, warnings = read(page, name="p.html", row={"outlet": "Curated Outlet", "published": "2020-06-03"})
    assert (row["outlet"], row["outlet_source"]) == ("Curated Outlet", "sources.csv")
    assert (row["published"], row["published_source"]) == ("2020-06-03", "sources.csv")
    assert any("sources.csv says published 2020-06-03 but the text says 2018-01-01" in w for w in warnings)
    row, _ = read(page, name="p.html")
    assert row["published_source"] == "html:article:published_time"


def test_every_seed_is_read_and_dated_as_the_foundation_issue_says(seeds_db):
    import sqlite3

    con = sqlite3.connect(seeds_db)
    rows = {r[0][:3]: r[1:] for r in con.execute("select file, published, outlet, url, body from articles")}
    assert rows["003"][0] == "2019-10-29" and rows["003"][1] == "Dawn"
    assert rows["001"][1] == "The Express Tribune" and rows["001"][2].startswith("https://tribune.com.pk/")
    assert rows["000"][0] == "2021-01-04"
    assert all("Load Next Story" not in body for *_, body in rows.values())
    assert all("twitter.com" not in body for *_, body in rows.values())


@pytest.mark.parametrize("text,headline,outlet", [
    ("Federal Republic of Utopia\nMinistry of Foreign Affairs\nPRESS RELEASE\nPress Release No. 12/2022\n"
     "Foreign Minister Jane Roe receives the Ambassador of Ruritania\nJane Roe received Ambassador Karl Lang today.\n"
     "They discussed trade.\n", "Foreign Minister Jane Roe receives the Ambassador of Ruritania", "Ministry of Foreign Affairs"),
    ("Andes TV\nHome > News > Latin America\nPresidents Meet in Lima, Agree on Trade\n"
     "President Ana Ruiz met President Luis Vega in Lima on Tuesday.\nThey agreed on trade.\n",
     "Presidents Meet in Lima, Agree on Trade", "Andes TV"),
])
def test_a_masthead_or_breadcrumb_above_the_headline_is_not_the_headline(text, headline, outlet, knowledge):
    article, _ = read(text, gazetteer=knowledge.gazetteer)
    assert article["headline"] == headline and article["outlet"] == outlet
    assert "Ministry of Foreign Affairs" not in article["body"] and "Home > News" not in article["body"]


@pytest.mark.parametrize("text,published,outlet,headline", [
    # a state agency's field bar, the date written day first
    ("QNA - Qatar News Agency\n\nPolitical | 06/02/2024 - 20:51\n\nHH the Amir Meets US Secretary of State\n\n"
     "Doha, February 06 (QNA) - The Amir met the Secretary of State.\nThey discussed the region.\n",
     "2024-02-06", "QNA - Qatar News Agency", "HH the Amir Meets US Secretary of State"),
    # a wire service's source line
    ("Chinese FM meets Nepali counterpart\n\nSource: Xinhua | 2021-05-04 21:10:05 | Editor: huaxia\n\n"
     "BEIJING, May 4 (Xinhua) -- Chinese Foreign Minister met his Nepali counterpart here on Tuesday.\nMore.\n",
     "2021-05-04", "Xinhua", "Chinese FM meets Nepali counterpart"),
    # a press release signed off with its city and date
    ("Republic of Indonesia\nMINISTRY OF FOREIGN AFFAIRS\n\nHome > News > Press Releases\n\n"
     "INDONESIA AND VIET NAM HOLD THIRD JOINT COMMISSION\n\nThe two ministers co-chaired the meeting.\n"
     "They agreed to meet again.\n\nMinistry of Foreign Affairs\nJakarta, 2 November 2021\n",
     "2021-11-02", "MINISTRY OF FOREIGN AFFAIRS", "INDONESIA AND VIET NAM HOLD THIRD JOINT COMMISSION"),
    # a print edition's footer, and a live blog's "Updated" line
    ("MANILA - The two sides agreed to ease tensions.\nMore talks are planned.\n\n"
     "- Published in the print edition of SunStar Cebu, Wednesday, July 3, 2024, Page 4\n",
     "2024-07-03", "SunStar Cebu", None),
    ("South China Morning Post\nChina > Diplomacy\n\nLIVE | Blinken in Beijing\n\nUpdated: 9:05pm, 19 Jun, 2023\n\n"
     "9.15am\nBlinken and Wang sit down at Diaoyutai.\nMore to come.\n",
     "2023-06-19", "South China Morning Post", "LIVE | Blinken in Beijing"),
])
def test_dates_outlets_and_headlines_from_a_pages_furniture(text, published, outlet, headline, knowledge):
    article, _ = read(text, gazetteer=knowledge.gazetteer)
    assert (article["published"], article["outlet"], article["headline"]) == (published, outlet, headline)
    assert article["published_source"].startswith("text:")


def test_tweet_embed_code_pasted_into_a_text_file_is_read_as_the_tweet_it_is(bare_knowledge):
    text = ("JAKARTA (Antara) - Foreign Minister Retno Marsudi met her Vietnamese counterpart on Tuesday.\n"
            '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Productive talks with my Vietnamese counterpart '
            'today.</p>&mdash; Retno Marsudi (@Menlu_RI) <a href="https://twitter.com/Menlu_RI/status/'
            '1455431829101592576?ref_src=twsrc%5Etfw">November 2, 2021</a></blockquote> <script async '
            'src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\nThey discussed trade.\n')
    result = extract_text(text, bare_knowledge, row={"published": "2021-11-02"})
    assert "blockquote" not in result["article"]["body"] and "twitter-tweet" not in result["article"]["body"]
    [tweet] = result["tweets"]
    assert (tweet["id"], tweet["handle"], tweet["person"], tweet["quoted_text"]) == \
        ("1455431829101592576", "Menlu_RI", "Retno Marsudi", "Productive talks with my Vietnamese counterpart today.")


@pytest.mark.parametrize("text,published,headline", [
    # a letterhead in two scripts, a numbered release, its city and date on a line
    ("ECONOMIC COMMUNITY OF WEST AFRICAN STATES\nالجماعة الاقتصادية لدول غرب أفريقيا\n\nPRESS RELEASE N° 045/2023\n\n"
     "Abuja, 10 August 2023\n\nECOWAS Heads of State meet on Niger\n\nThe Authority met in extraordinary session.\n"
     "It decided to keep talking.\n\n-END-\n\nFor further information, please contact:\nMr. Adama Ouedraogo | Directorate of Communication\n",
     "2023-08-10", "ECOWAS Heads of State meet on Niger"),
    # a long navigation bar, a podcast's tagline, a headline whose topic is a country
    ("THE SAHEL HOUR\nA podcast from the Dakar Policy Lab\nHome | News | Politics | Economy | Security | Culture | Sport\n\n"
     "Niger: Can the junta be talked down?\n\n[Transcript]\n\nHOST: Welcome. I'm Awa Ndiaye.\nGUEST: Thanks.\n\n"
     "[END OF TRANSCRIPT]\n\nCredits: Producer: Moussa Diallo | Music: Ibrahima Sow\n", None, "Niger: Can the junta be talked down?"),
])
def test_letterheads_navigation_taglines_and_the_end_of_a_release(text, published, headline, knowledge):
    article, _ = read(text, gazetteer=knowledge.gazetteer)
    assert article["headline"] == headline and article["published"] == published
    assert "Ouedraogo" not in article["body"] and "Moussa Diallo" not in article["body"] and "Home |" not in article["body"]


def test_bylines_without_by_and_contributor_lines_are_not_prose(knowledge):
    text = ("Leaders meet in Dakar\n\nAminata Touré and Ousmane Faye\nin Dakar\n\n"
            "DAKAR (Wire) - The two presidents met on Monday.\nThey agreed on a plan.\n\n"
            "Wire writer Fatou Sarr in Bamako contributed.\n")
    article, _ = read(text, gazetteer=knowledge.gazetteer)
    assert "Aminata" not in article["body"] and "in Dakar\n" not in article["body"] and "Fatou Sarr" not in article["body"]
    other = "Paix au Sahel\n\nSalif Keita, Mariam Diop   |11.08.2023 - Update : 11.08.2023\n\nBAMAKO (Wire) - Talks began.\nMore.\n"
    article, _ = read(other, gazetteer=knowledge.gazetteer)
    assert "Keita" not in article["body"] and article["headline"] == "Paix au Sahel"


@pytest.mark.parametrize("text,published,outlet,headline,dateline", [
    # a newsletter saved from the mail client
    ("From: The Lisbon Letter <news@lisbonletter.pt>\nTo: subscriber\nSubject: Fwd: Costa's week in Luanda\n"
     "Date: Sat, 9 Mar 2024 07:00:12 +0000\n\nView this email in your browser\n\nGood morning.\n\n"
     "The prime minister met President João Lourenço on Friday.\n\n"
     "THANKS to our editor Rui Matos. Today's Letter was written by Ana Faria.\nThis newsletter was written by Ana Faria "
     "and edited by Rui Matos.\n", "2024-03-09", "The Lisbon Letter", "Costa's week in Luanda", None),
    # a site's name and tagline over its navigation bar; a reporter's e-mail; a caption and its credits
    ("QUITO NEWS\nEcuador's News Agency\n\nHome | Top News | Politics | Economy | World | Sport | Video\n\n"
     "Noboa and Petro agree on border plan\n\n9th March 2024 22:10\n\nmgarcia@quitonews.ec\n\n"
     "[Photo] President Daniel Noboa (left) with President Gustavo Petro. (QUITO NEWS/HO-Presidency/Luis Vega/abc)\n\n"
     "Quito (QUITO NEWS) - The two presidents met on Saturday.\nThey agreed to patrol the border.\n"
     "A video of the handshake was shown on television. (02:48) Video: Teleamazonas / Pedro Ruiz\n"
     "Trade between the neighbours has doubled.\nThe next meeting will be in Bogotá.\n\n"
     "Translator: Carla Soto, Mateo Paz\n\nMaría Delgado, Quito\n\nTags: Ecuador\n",
     "2024-03-09", "QUITO NEWS", "Noboa and Petro agree on border plan", "Quito"),
    # a letterhead, a bare domain, an address line, a breadcrumb led by Home and a city and day-first date
    ("REPUBLIC OF HONDURAS\nPRESIDENCY OF THE REPUBLIC\nPresidency.gob.hn\nCasa Presidencial, Tegucigalpa\n\n"
     "Home | The President | News | Statements | Gallery | Contact\n\nPRESS RELEASE\nTegucigalpa - 05/03/2024\n\n"
     "President Castro receives the Costa Rican delegation\n\nThe President received today, Tuesday, the delegation.\n"
     "They discussed trade.\nThey also discussed migration.\nA joint statement followed.\n",
     "2024-03-05", "PRESIDENCY OF THE REPUBLIC", "President Castro receives the Costa Rican delegation", "Tegucigalpa"),
    # a Thai government release: a Buddhist-era date, a letterhead in Thai script, a bracketed region in a dateline
    ("ROYAL GOVERNMENT OF THAILAND\nรัฐบาลไทย\nthaigov.go.th\n\nHome > News > Press Releases\n\n"
     "Prime Minister meets Lao delegation\n\nUpdated: 12/02/2567 10:15\n\n"
     "Vientiane [Laos], February 12 (TNA): The Prime Minister met the Lao Prime Minister today.\nMore talks followed.\n",
     "2024-02-12", None, "Prime Minister meets Lao delegation", "Vientiane"),
])
def test_newsletters_site_bars_and_government_letterheads(text, published, outlet, headline, dateline, knowledge):
    article, _ = read(text, gazetteer=knowledge.gazetteer)
    assert (article["published"], article["headline"], article["dateline"]) == (published, headline, dateline)
    if outlet:
        assert article["outlet"] == outlet
    for credit in ("Rui Matos", "Ana Faria", "mgarcia@", "Luis Vega", "Pedro Ruiz", "Carla Soto", "María Delgado",
                   "View this email", "Presidency.gob.hn", "thaigov", "Home |", "Home >", "To: subscriber"):
        assert credit not in article["body"], credit


def test_credits_author_lines_and_photo_credits_are_not_prose(knowledge):
    text = ("Damascus diary\n\nBy Lena Vogel, a correspondent at the Weekly Review.\n\n"
            "DAMASCUS (Wire) - The ministers met on Friday.\nThey agreed to talk again.\nMore talks are planned.\n\n"
            "R. Haddad / Omar Nasser\n\nLive updates by Sami Karam and Nour Saleh\n\nEdited by: Petra Lind\n\n"
            "That's it for today. Written by Lena Vogel. Edited by Jonas Berg and Ana Silva.\n\n"
            "Lena Vogel is a Berlin-based journalist who writes on the Levant.\n")
    article, _ = read(text, gazetteer=knowledge.gazetteer)
    for name in ("Lena Vogel", "Omar Nasser", "Sami Karam", "Petra Lind", "Jonas Berg"):
        assert name not in article["body"], name
    assert "The ministers met on Friday." in article["body"]


@pytest.mark.parametrize("text,published,outlet,headline,dateline", [
    # a wire's site: name, tagline, a bar of multi-word sections, a section label, a time stamp without a year
    ("NORDPRESS\nBaltic News Agency\n\nPolitics | Business & Economy | Science & Space | Society & Culture | Sports\n\n"
     "Baltic Politics & Diplomacy\nMarch 3, 10:15 UPDATED: March 3, 12:40\n\n"
     "Karis, Nausėda hold talks in Vilnius on energy links\n\n"
     "VILNIUS, March 3. /NORDPRESS/. Estonian President Alar Karis met Lithuanian President Gitanas Nausėda on Monday.\n"
     "They discussed the grid.\nMore talks are due.\n", None, None, "Karis, Nausėda hold talks in Vilnius on energy links", "VILNIUS"),
    # a president's site: a bilingual letterhead, a bar, a breadcrumb and "Press release 4.2.2025 14.00", day first
    ("THE PRESIDENT OF THE REPUBLIC OF ICELAND\nForseti Íslands | In English\n\nPresident | News | Duties | Contact\n"
     "Front page > News > Press releases\n\nPress release 4.2.2025 14.00\n\n"
     "President Tómasdóttir received the Prime Minister of Norway\n\n"
     "President Halla Tómasdóttir received Jonas Gahr Støre at Bessastaðir on Tuesday.\nThey discussed the Arctic.\n"
     "A dinner followed.\n", "2025-02-04", None, "President Tómasdóttir received the Prime Minister of Norway", None),
    # a minister's site: the ministry, the minister and her offices over "Home > Transcripts"; a transcript's date
    ("New Zealand Government\nMinister of Foreign Affairs\nHon Winston Peters\n"
     "Minister of Foreign Affairs | Deputy Prime Minister | Minister for Racing\n\nHome > Transcripts\n\n"
     "Interview with Jack Tame, Q+A\n\nTranscript\n5 May 2024\n\nJACK TAME: Minister, welcome.\n"
     "PETERS: Thank you.\nWe met the Fijian delegation yesterday.\n", "2024-05-05", None, "Interview with Jack Tame, Q+A", None),
    # a print page: a running head with the site's domain, a kicker, a byline with a job and a second writer,
    # jumps to other pages, captions, and the folio that gives the paper and the day
    ("NEWS                                  islandtimes.co.nz\n\nPACIFIC TIES\n\nLuxon's lunch ends with a deal\n\n"
     "Premier visits the port and meets the council\n\nANNA REID\nSenior Political Reporter\nand MARK TE KANI\n\n"
     "Prime Minister Christopher Luxon met Fijian Prime Minister Sitiveni Rabuka in Auckland yesterday.\n"
     "They signed a shipping accord.\n\nCONTINUED PAGE 6\nEDITORIAL P14\n\n"
     "[Picture caption] Luxon and Rabuka at the port. Picture: Tom Hale\n\n"
     "THE ISLAND TIMES THURSDAY, MAY 9, 2024     5\n",
     "2024-05-09", "The Island Times", "Luxon's lunch ends with a deal", None),
    # a government readout: the place on its own line under the headline and date
    ("Prime Minister of Ireland\nPríomh-Aire\n\nSkip to main content | Gaeilge\n\nHome > News > Readouts\n\n"
     "Taoiseach meets Prime Minister of Spain Pedro Sánchez\n\nApril 9, 2025\nMadrid, Spain\n\n"
     "Today, the Taoiseach met the Prime Minister of Spain, Pedro Sánchez.\nThey discussed trade.\nMore followed.\n",
     "2025-04-09", None, "Taoiseach meets Prime Minister of Spain Pedro Sánchez", "Madrid"),
    # a headline in capitals with a comma is no letterhead; a dateline in capitals for a town too small for the gazetteer
    ("B2 | MOUNTAIN VIEW GAZETTE | FRIDAY, JUNE 6, 2025\n\nNEWS\n\nTALKS OVER, TOWN EXHALES\n"
     "Leaders leave the lodge after two days of meetings\n\nBy Erin Walsh\nLocal Journalism Initiative Reporter\n\n"
     "WHISTLERTON – The motorcades are gone.\nThe premier met the mayor on Thursday.\nThe roads reopened.\n",
     "2025-06-06", None, "TALKS OVER, TOWN EXHALES", "WHISTLERTON"),
    # "Source: Xinhua| date|Editor" written without spaces, under a site's bar led by its domain
    ("English.news.cn | Home | China | World | Business | Culture\n\nXi meets Chilean president\n\n"
     "Source: Xinhua| 2024-11-22 07:05:12|Editor: huaxia\n\n"
     "BEIJING, Nov. 21 (Xinhua) -- Chinese President Xi Jinping met Chilean President Gabriel Boric in Beijing.\nMore.\n",
     "2024-11-22", "Xinhua", "Xi meets Chilean president", "BEIJING"),
])
def test_wire_sites_presidential_releases_print_pages_and_readouts(text, published, outlet, headline, dateline, knowledge):
    article, _ = read(text, gazetteer=knowledge.gazetteer)
    assert (article["published"], article["headline"], article["dateline"]) == (published, headline, dateline)
    if outlet:
        assert article["outlet"] == outlet
    for chrome in ("UPDATED:", "Politics |", "Press release", "Home >", "Minister for Racing", "ANNA REID", "MARK TE KANI",
                   "Senior Political Reporter", "CONTINUED PAGE", "EDITORIAL P14", "Picture caption", "ISLAND TIMES",
                   "Madrid, Spain", "Erin Walsh", "Local Journalism", "English.news.cn", "Editor: huaxia"):
        assert chrome not in article["body"], chrome


def test_live_blog_writers_file_credits_related_links_and_a_release_contact_block(knowledge):
    text = ("Kenya news live\n\nRuto meets Museveni in Entebbe\n\nAmina Otieno (now) and Paul Kamau (earlier)\n\n"
            "President William Ruto met President Yoweri Museveni in Entebbe on Friday.\nThey discussed oil.\n"
            "More talks are due.\n\n— With files from Joseph Mwangi in Nairobi\nWith help from Grace Wanjiru\n"
            "Edition: Maria Onyango / Peter Kirui\n\nSee also\nMay 2, 2025 Meeting with President of Rwanda Paul Kagame\n"
            "April 9, 2025 Meeting with President of Burundi Évariste Ndayishimiye\n\n"
            "Further information: Press Officer Jane Muthoni, tel. +254 20 222 7436\n")
    article, _ = read(text, gazetteer=knowledge.gazetteer)
    for name in ("Amina Otieno", "Joseph Mwangi", "Grace Wanjiru", "Maria Onyango", "Paul Kagame", "Ndayishimiye", "Jane Muthoni"):
        assert name not in article["body"], name
    assert "President William Ruto met President Yoweri Museveni in Entebbe on Friday." in article["body"]
    # a live blog's day heading stays: it dates the entries under it
    blog, _ = read("Summit live\n\nSaturday 10 May\n\n09:10\nThe leaders met.\nMore.\nMore again.\n", gazetteer=knowledge.gazetteer)
    assert "Saturday 10 May" in blog["body"]


def test_a_cookie_banner_a_two_city_dateline_and_a_city_line_under_the_date(knowledge):
    page, _ = read("Cookies on GOV.XX\nWe use some essential cookies to make this website work.\n"
                   "Accept additional cookies   Reject additional cookies   View cookies\nGOV.XX\nNavigation menu\n"
                   "Home > Government > News\nPress release\nPM meets President Ferreira: 3 June 2025\n\n"
                   "The Prime Minister met President Ferreira in Lisbon today.\nThey discussed trade.\nMore.\n",
                   gazetteer=knowledge.gazetteer)
    assert page["headline"] == "PM meets President Ferreira: 3 June 2025" and "cookies" not in page["body"]
    wire, _ = read("Berg in Lisbon and Madrid\n\nLisbon/Madrid (Wire) - Prime Minister Jonas Berg met his counterparts "
                   "on Monday.\nMore.\nMore again.\n", gazetteer=knowledge.gazetteer)
    assert wire["dateline"] == "Lisbon/Madrid"
    tv, _ = read("TV News\n\nBerg and Sanz agree on energy\n\n3 June 2025, 10:47 PM | Ana Ruiz\nWashington DC\n\n"
                 "Prime Minister Jonas Berg met President Pedro Sanz.\nMore.\nMore again.\n", gazetteer=knowledge.gazetteer)
    assert tv["dateline"] == "Washington" and "Washington DC" not in tv["body"]


def test_a_newsletters_colophon_and_postal_address_are_not_prose(knowledge):
    text = ("From: Baltic Brief <desk@balticbrief.example>\nSubject: Riga talks\nDate: Fri, 6 Jun 2025 07:00:00 +0300\n\n"
            "Good morning. President Edgars Rinkis met Chancellor Petra Lange in Riga on Thursday.\n\n"
            "=====================================================\n"
            "Baltic Brief is written by Janis Ozols in Riga, with Ieva Kalna in Vilnius. Edited by Marta Vilks.\n"
            "You are receiving this email because you subscribed at balticbrief.example.\n"
            "Baltic Brief, Brivibas iela 55-57, Riga 1010, Latvia\n")
    result = extract_text(text, knowledge, name="brief.txt")
    assert result["article"]["body"].rstrip().endswith("in Riga on Thursday.")
    names = {m["name"] for m in result["mentions"]}
    assert names == {"Edgars Rinkis", "Petra Lange"}


def test_a_wire_sites_language_links_section_list_kicker_and_a_print_running_head(knowledge):
    wire = ("Kestrel News Agency\nWorld | Politics | Economy | Analysis | Video\nKNA English  ·  Deutsch  ·  Français  ·  Русский\n\n"
            "NATIONS WORLD BUSINESS & ECONOMY DEFENSE SCIENCE & SPACE SOCIETY & CULTURE SPORTS\n\n"
            "Regional politics & diplomacy\n\n"
            "Oslo talks end after three hours, both delegations satisfied with the outcome\n\n"
            "OSLO, March 4 (KNA) - Talks between the two delegations ended on Tuesday, officials said.\n\nMore text here.\n")
    row, _ = read(wire, gazetteer=knowledge.gazetteer)
    assert row["headline"] == "Oslo talks end after three hours, both delegations satisfied with the outcome"
    assert row["outlet"] == "Kestrel News Agency" and row["dateline"] == "OSLO"
    state = ("Skip to content\nAn official website of the Republic of Nordland  Here's how you know\n\n"
             "MINISTRY of FOREIGN AFFAIRS\n\nHome | Policy | Countries | News\n\n"
             "Minister's Meeting with the Visiting Envoy\n\nREADOUT\n\nMARCH 4, 2025\n\n"
             "The minister met the envoy today in the capital.\n\nThey discussed trade.\n")
    row, _ = read(state, gazetteer=knowledge.gazetteer)
    assert row["published"] == "2025-03-04" and row["headline"] == "Minister's Meeting with the Visiting Envoy"
    page = ("THE NORTHERN HERALD                                   WEDNESDAY 16 JULY 2025\n\nWORLD | PM ABROAD\n\n"
            "A bet on warmth in the great hall\n\nThe prime minister was given ninety minutes.\n\n"
            "The talks went well, officials said on Tuesday.\n")
    row, _ = read(page, gazetteer=knowledge.gazetteer)
    assert (row["published"], row["outlet"], row["headline"]) == ("2025-07-16", "The Northern Herald", "A bet on warmth in the great hall")


def test_a_press_agencys_stamp_with_its_byline_a_releases_place_and_day_and_a_newsletters_credits(knowledge):
    wire = ("Agencia Sul\nHome | Politics | Economy | International\n\nINTERNATIONAL\n\n"
            "President opens trade fair in Lagos on first day of visit\n\n"
            "Published on 14/05/2025 - 09:40 By Tiago Moreira Lemos - Reporter - Agencia Sul - Lagos\n\n"
            "Lagos (Nigeria), 05/14/2025 - The president arrives at the fair. Photo: Bruno Valle/PR\n\n"
            "The president opened the fair this Wednesday morning (May 14).\n\nHe then toured the stands.\n\n"
            "Translation: Carla Nunes Pinto - Edition: Rui Tavares\n")
    row, _ = read(wire, gazetteer=knowledge.gazetteer)
    assert row["published"] == "2025-05-14" and row["headline"] == "President opens trade fair in Lagos on first day of visit"
    assert row["body"] == "The president opened the fair this Wednesday morning (May 14).\n\nHe then toured the stands."
    release = ("GOVERNMENT OF NORDLAND\nPRESS OFFICE\n\nHome > Press > News\n\n"
               "Accra (Ghana), Thursday 15 May 2025\n\n"
               "The Prime Minister and the President of Ghana agree to step up trade\n\n"
               "The Prime Minister held a meeting in Accra with the President of Ghana today.\n\n"
               "PRESS OFFICE\nPalace of the Government - Avda. Reina Alta, s/n - 28071 Nordstad\n")
    row, _ = read(release, gazetteer=knowledge.gazetteer)
    assert (row["published"], row["dateline"]) == ("2025-05-15", "Accra")
    assert row["headline"] == "The Prime Minister and the President of Ghana agree to step up trade"
    assert "Avda" not in row["body"]
    brief = ("Two visitors in a fortnight.\n\n5. READING LIST\n\n"
             '- "Why Lisbon keeps going to Lagos" - Irene Castell, Agenda Pública\n\n'
             "That's it for this issue.\n\n— Thu Trang\n")
    row, _ = read(brief, gazetteer=knowledge.gazetteer)
    assert "Irene Castell" not in row["body"] and "Thu Trang" not in row["body"]


def test_a_print_pages_running_head_and_section_a_transcripts_speakers_and_a_syndicated_pages_credit_line(knowledge):
    page = ("12                    THE TRIBUNE | CHANDIGARH | MONDAY, MARCH 3, 2025\nNATION\n" + "_" * 60 + "\n\n"
            "Envoy tours apple belt, meets growers in Shimla\n\n"
            "Visitor calls on Governor; talks on horticulture and hydropower\n\nTRIBUNE NEWS SERVICE\n\nSHIMLA\n\n"
            "Ambassador Eric Garcetti on Sunday met Governor Shiv Pratap Shukla at Raj Bhavan.\n\n"
            "He later visited an orchard in Kotkhai with growers.\n")
    row, _ = read(page, gazetteer=knowledge.gazetteer)
    assert (row["outlet"], row["published"], row["dateline"]) == ("The Tribune", "2025-03-03", "SHIMLA")
    assert row["headline"] == "Envoy tours apple belt, meets growers in Shimla"
    assert "NEWS SERVICE" not in row["body"] and "NATION" not in row["body"]
    # (a one-word section is not a dateline, even where a town bears its name: Metro, Indonesia)
    assert find_dateline("METRO", knowledge.gazetteer) is None
    transcript = ("Transcript of Special Briefing on the visit of the President of Ghana (May 6, 2025)\n\nMay 6, 2025\n\n"
                  "Shri Arvind Kumar, Joint Secretary (West Africa): Thank you. The President arrived this morning.\n\n"
                  "Shri Anil Mehra, Secretary (East): The two leaders met at Hyderabad House.\n")
    row, _ = read(transcript, gazetteer=knowledge.gazetteer)
    assert row["dateline"] is None
    syndicated = ("The Eastern Chronicle\n\nLeaders agree to double trade as Ghana's president wraps up Kolkata visit\n\n"
                  "United News of India  |  Kolkata\n\nFirst Published: May 7 2025 | 6:10 PM IST\n\n"
                  "The visiting president met the chief minister on Wednesday.\n\nThey discussed trade.\n")
    row, _ = read(syndicated, row={"outlet": "United News of India (via The Eastern Chronicle)"}, gazetteer=knowledge.gazetteer)
    assert row["headline"] == "Leaders agree to double trade as Ghana's president wraps up Kolkata visit"
    assert (row["dateline"], row["dateline_agency"]) == ("Kolkata", "United News of India")
    assert find_dateline("Kenya | Uganda", knowledge.gazetteer) is None  # (a section bar of countries)


def test_a_bylines_date_and_a_reading_time(knowledge):
    page = ("PACIFIC AFFAIRS REVIEW\n\nArticles | Issues | Podcast | Newsletters | About\n\nANALYSIS\n\n"
            "What Fiji wants from Tokyo, and what it can get\n\nBy Sereana Tuilau | May 14, 2025\nReading time: 7 minutes\n\n"
            "SUVA - When Sitiveni Rabuka walked into the Kantei on May 2, he had a list.\n\nIt was long.\n")
    row, _ = read(page, gazetteer=knowledge.gazetteer)
    assert (row["published"], row["published_source"]) == ("2025-05-14", "text:By Sereana Tuilau | May 14, 2025")
    assert "Reading time" not in row["body"] and row["body"].startswith("SUVA - When")
