"""Meetings: what counts, dates, places, participants, and one row per real meeting."""

from __future__ import annotations

import re
import sqlite3
from datetime import date

import pytest

from scripts.build import build
from scripts.dates import find_expressions, resolve

from .conftest import RAW, TESTS, extract_text, make_raw


def meetings_of(text: str, knowledge, published: str | None = "2021-06-09", name: str = "a.txt") -> list[dict]:
    row = {"published": published} if published else {}
    return extract_text(text, knowledge, name=name, row=row)["meetings"]


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("phrase,anchor,expected", [
    ("on Monday", date(2021, 3, 9), ("2021-03-08", "day")),      # a Tuesday: the day before
    ("on Monday", date(2020, 9, 14), ("2020-09-14", "day")),     # published on a Monday: that same day
    ("last Monday", date(2020, 9, 14), ("2020-09-07", "day")),
    ("on Thursday evening", date(2020, 10, 10), ("2020-10-08", "day")),
    ("yesterday", date(2019, 3, 1), ("2019-02-28", "day")),
    ("today", date(2019, 3, 1), ("2019-03-01", "day")),
    ("last month", date(2021, 1, 4), ("2020-12", "month")),
    ("earlier this month", date(2021, 1, 24), ("2021-01", "month")),
    ("last week", date(2021, 3, 3), ("2021-02", "month")),
    ("on March 8", date(2021, 3, 9), ("2021-03-08", "day")),
    ("on January 04", date(2021, 1, 5), ("2021-01-04", "day")),
    ("on December 30", date(2021, 1, 2), ("2020-12-30", "day")),  # the year before a January article
    ("on 8th March 2019", date(2021, 3, 9), ("2019-03-08", "day")),
    ("on New Year's Day", date(2025, 1, 6), ("2025-01-01", "day")),
    ("on Christmas Eve", date(2025, 1, 6), ("2024-12-24", "day")),  # the year before
])
def test_relative_dates(phrase, anchor, expected):
    expression = find_expressions(f"The envoy met the minister {phrase}.")[0]
    assert resolve(expression, anchor) == expected


def test_no_anchor_no_date(bare_knowledge):
    found = meetings_of("KABUL: President Ashraf Ghani met Deborah Lyons on Sunday at the Presidential Palace.",
                        bare_knowledge, published=None)
    assert len(found) == 1
    assert found[0]["date"] is None and found[0]["date_text"] == "on Sunday"


def test_wire_dateline_date_anchors_relative_days(bare_knowledge):
    text = ("ISLAMABAD, Sept 15 (NNN-PPI): Foreign Minister Shah Mahmood Qureshi met Turkish Ambassador Ihsan Mustafa "
            "Yurdakul on Monday at the Foreign Office.")
    found = meetings_of(text, bare_knowledge, published="2020-09-17")  # printed two days later
    assert found[0]["date"] == "2020-09-14"


# ---------------------------------------------------------------- what is and is not a meeting

@pytest.mark.parametrize("sentence", [
    "Prime Minister Imran Khan spoke to President Ashraf Ghani on the telephone on Monday.",
    "Foreign Minister Wang Yi will meet Sergey Lavrov in Moscow next week.",
    "Zalmay Khalilzad is expected to meet Abdullah Abdullah on Tuesday.",
    "President Donald Trump cancelled a meeting with Abdul Ghani Baradar at Camp David.",
    "Secretary of State Mike Pompeo wrote a letter to President Ashraf Ghani on Monday.",
    "Ambassador Ross Wilson arrived in Kabul on Monday, accompanied by his deputy Ian McCary.",
    "Mike Pompeo and Hamdullah Mohib held a video conference on Monday.",
    "Chinese Foreign Minister Wang Yi received a phone call from Javad Zarif on Sunday.",
])
def test_not_meetings(sentence, bare_knowledge):
    result = extract_text(f"DOHA: {sentence}", bare_knowledge, row={"published": "2021-06-09"})
    named = {m["name"] for m in result["mentions"] if m["kind"] != "attributive"}
    assert len(named) >= 2, named  # the people are found; only the meeting is refused
    assert result["meetings"] == []


def test_accompanied_and_also_present_join_the_meeting(bare_knowledge):
    text = ("ANKARA: Turkish Foreign Minister Mevlut Cavusoglu called on President Recep Tayyip Erdogan on Friday. "
            "He was accompanied by Deputy Foreign Minister Sedat Onal. "
            "Presidential spokesman Ibrahim Kalin and intelligence chief Hakan Fidan were also present.")
    found = meetings_of(text, bare_knowledge, published="2021-06-04")
    assert len(found) == 1
    meeting = found[0]
    assert set(meeting["participants"]) == {"Mevlut Cavusoglu", "Recep Tayyip Erdogan", "Sedat Onal", "Ibrahim Kalin", "Hakan Fidan"}
    assert meeting["participants"]["Mevlut Cavusoglu"] == "visitor"
    assert meeting["participants"]["Recep Tayyip Erdogan"] == "host"
    assert meeting["participants"]["Sedat Onal"] == "visitor"
    assert meeting["participants"]["Hakan Fidan"] == "attendee"
    assert meeting["date"] == "2021-06-04" and meeting["place"] == "Ankara"
    assert len(meeting["sources"]) == 3


def test_received_makes_the_subject_the_host(bare_knowledge):
    text = "TASHKENT (AP) — President Shavkat Mirziyoyev received Afghan envoy Mohammad Umer Daudzai on Tuesday."
    meeting = meetings_of(text, bare_knowledge, published="2019-04-17")[0]
    assert meeting["participants"] == {"Shavkat Mirziyoyev": "host", "Mohammad Umer Daudzai": "visitor"}
    assert meeting["date"] == "2019-04-16" and meeting["place"] == "Tashkent"


def test_role_nouns_refer_back(bare_knowledge):
    text = ("NEW DELHI: US Secretary of State Antony Blinken arrived in New Delhi on Tuesday. "
            "The top US diplomat met External Affairs Minister Subrahmanyam Jaishankar on Wednesday.")
    meeting = meetings_of(text, bare_knowledge, published="2021-07-29")[0]
    assert set(meeting["participants"]) == {"Antony Blinken", "Subrahmanyam Jaishankar"}
    assert meeting["date"] == "2021-07-28" and meeting["place"] == "New Delhi"


# ---------------------------------------------------------------- places

@pytest.mark.parametrize("sentence,place,venue", [
    ("General Nick Carter called on General Qamar Javed Bajwa at GHQ on Monday.", "Rawalpindi", "General Headquarters"),
    ("Sergey Lavrov met Wang Yi in Beijing on Monday.", "Beijing", None),
    ("Sergey Lavrov met Wang Yi at the Kremlin on Monday.", "Moscow", "Kremlin"),
    ("Deborah Lyons met President Ashraf Ghani at the Arg on Monday.", "Kabul", "Arg"),
    ("Tom West met Mullah Abdul Ghani Baradar on Monday.", "Doha", None),  # the dateline city
])
def test_places(sentence, place, venue, bare_knowledge):
    meeting = meetings_of(f"DOHA: {sentence}", bare_knowledge)[0]
    assert (meeting["place"], meeting["venue"]) == (place, venue)
    assert meeting["latitude"] is not None and meeting["longitude"] is not None


@pytest.mark.parametrize("text,place", [
    ("HANOI: Donald Trump was received by President Nguyen Phu Trong at the Presidential Palace on Monday.", "Hanoi"),
    # No dateline, no city in the text: every capital has a Presidential Palace, so no place is guessed.
    ("Deborah Lyons met President Ashraf Ghani at the Presidential Palace on Monday.", None),
    ("Annalena Baerbock received Jeyhun Bayramov at the Federal Foreign Office on Wednesday.", None),
    ("ISLAMABAD: Zalmay Khalilzad arrived in Kabul on Sunday. He met President Ashraf Ghani at the Presidential "
     "Palace on Monday.", "Kabul"),  # the visit, not the dateline
    ("ADDIS ABABA: Ann Linde met Demeke Mekonnen at the Foreign Ministry on Monday.", "Addis Ababa"),
])
def test_a_venue_found_in_every_capital_takes_the_city_of_the_story(text, place, bare_knowledge):
    assert meetings_of(text, bare_knowledge)[0]["place"] == place


@pytest.mark.parametrize("where,place", [
    ("in Central Java", None),  # a province, though a town is called Central
    ("in Nairobi Thursday", "Nairobi"),  # a day after the city, as US wire copy writes it
    ("in Washington DC", "Washington"),
])
def test_a_town_at_the_start_of_a_longer_name_is_not_the_place(where, place, bare_knowledge):
    meeting = meetings_of(f"Governor Ana Ruiz met President Tomas Lind {where} on Friday.", bare_knowledge)[0]
    assert meeting["place"] == place


def test_a_visit_to_a_person_is_a_meeting_and_who_is_the_one_before_it(bare_knowledge):
    text = ("Brussels, 4 March (Agencia Sur) - Chancellor Ingrid Halvorsen has begun a two-day tour of the Baltic capitals.\n\n"
            "Halvorsen follows her predecessor Matthias Kranz, who visited President Liis Tamm in Tallinn and Prime Minister "
            "Jonas Petraitis in Vilnius in October 2022.\n\n"
            "Foreign Minister Oskar Weber visited Riga on Monday and met Prime Minister Evika Rozenberga at the State Chancellery.")
    found = {(m["date"], m["place"], tuple(sorted(m["participants"])))
             for m in meetings_of(text, bare_knowledge, published="2025-03-04")}
    assert found == {("2022-10", "Tallinn", ("Liis Tamm", "Matthias Kranz")),
                     ("2022-10", "Vilnius", ("Jonas Petraitis", "Matthias Kranz")),
                     ("2025-03-03", "Riga", ("Evika Rozenberga", "Oskar Weber"))}


def test_visitors_in_a_row_each_with_their_own_day(bare_knowledge):
    text = ("Beirut, 8 February (Levant Wire) - The diplomatic traffic to the new government has not stopped.\n\n"
            "On Thursday, Dutch Foreign Minister Pieter Aalders and his Belgian counterpart, Sofie Maes, became the first "
            "Benelux ministers to sit down with the interim president, Karim Haddad, since the transition.\n\n"
            "Greek Foreign Minister Nikos Andreou visited Haddad in late January, days after a Cypriot delegation led by "
            "Elena Charalambous, the deputy minister for European affairs, met Haddad on Jan. 20. Malta's foreign minister, "
            "Ian Borg, stopped by on Jan. 30 to meet Haddad. The interim foreign minister, Samir Khoury, went to Amman on "
            "New Year's Day for talks with Jordanian Foreign Minister Ayman Safadi.")
    found = {(m["date"], m["place"], tuple(sorted(m["participants"])))
             for m in meetings_of(text, bare_knowledge, published="2025-02-08")}
    assert found == {("2025-02-06", "Beirut", ("Karim Haddad", "Pieter Aalders", "Sofie Maes")),
                     ("2025-01", "Beirut", ("Karim Haddad", "Nikos Andreou")),
                     ("2025-01-20", "Beirut", ("Elena Charalambous", "Karim Haddad")),
                     ("2025-01-30", "Beirut", ("Ian Borg", "Karim Haddad")),
                     ("2025-01-01", "Amman", ("Ayman Safadi", "Samir Khoury"))}


def test_an_earlier_meeting_told_as_the_time_of_this_one(bare_knowledge):
    text = ("NAIROBI, Sept. 10 (Coastline Wire) - President Amina Wekesa received Chancellor Otto Brenner at State House on "
            "Sept. 9.\n\nBrenner first sat down with Wekesa in her study, eight months after their Jan. 12 meeting there "
            "ended in a row in which Finance Minister Peter Ouma accused the Germans of stalling. The visit came three days "
            "after Saturday's summit in Kigali between Wekesa and President Paul Mugisha.")
    found = {(m["date"], tuple(sorted(m["participants"]))) for m in meetings_of(text, bare_knowledge, published="2025-09-10")}
    assert found == {("2025-09-09", ("Amina Wekesa", "Otto Brenner")),
                     ("2025-01-12", ("Amina Wekesa", "Otto Brenner", "Peter Ouma")),
                     ("2025-09-06", ("Amina Wekesa", "Paul Mugisha"))}


def test_place_before_the_verb_in_another_clause_is_not_the_meeting_place(bare_knowledge):
    text = ("With talks set to resume in Geneva, the envoy visited Tashkent on Monday and met Abdulaziz Kamilov "
            "and Ismatilla Irgashev.")
    meeting = meetings_of(text, bare_knowledge)[0]
    assert meeting["place"] == "Tashkent"


# ---------------------------------------------------------------- across articles

def test_same_meeting_from_several_outlets_is_one_row_and_different_meetings_stay_apart(tmp_path):
    raw = make_raw(tmp_path / "raw", {
        "wire.txt": ("KABUL (AP) — U.S. envoy Thomas West met Afghan Foreign Minister Mohammad Hanif Atmar on Tuesday. "
                     "Later that day West held talks with Chief Executive Abdullah Abdullah at Sapidar Palace."),
        "paper.txt": ("KABUL: Foreign Minister Muhammad Hanif Atmar received US envoy Thomas West yesterday at the "
                      "Foreign Ministry, officials said."),
        "site.html": ("<html><head><meta property='article:published_time' content='2021-03-04'></head><body><article>"
                      "<p>KABUL – Thomas West and Mohammad Hanif Atmar met on March 2 to discuss the peace process.</p>"
                      "<p>" + "Both sides agreed to continue talks in the coming weeks. " * 4 + "</p></article></body></html>"),
        "sources.csv": "file,url,outlet,published\nwire.txt,,AP,2021-03-02\npaper.txt,,Daily Outlook,2021-03-03\n",
    })
    db = tmp_path / "x.db"
    build(raw, db, jobs=1, use_registry=False, warn=lambda line: None)
    con = sqlite3.connect(db)
    rows = con.execute("select id, date, source_count from meetings order by id").fetchall()
    assert len(rows) == 2, rows
    atmar = [r for r in rows if "atmar" in r[0]][0]
    assert atmar[1] == "2021-03-02" and atmar[2] == 3
    assert con.execute("select count(distinct article_id) from meeting_sources where meeting_id = ?", (atmar[0],)).fetchone()[0] == 3
    for body, start, end, sentence in con.execute(
            "select body, char_start, char_end, sentence from meeting_sources join articles on articles.id = article_id"):
        assert body[start:end] == sentence


def test_meeting_ids_are_stable_across_builds(tmp_path, seeds_db):
    other = tmp_path / "again.db"
    from .conftest import RAW

    build(RAW, other, jobs=1, use_cache=False, warn=lambda line: None)
    first = sqlite3.connect(seeds_db).execute("select id from meetings order by id").fetchall()
    second = sqlite3.connect(other).execute("select id from meetings order by id").fetchall()
    assert first == second and ("2021-01-04-bajwa-hameed-khalilzad",) in first


def test_separate_meetings_in_one_sentence_and_who_joined_which(bare_knowledge):
    text = ("ISLAMABAD: Turkish Foreign Minister Mevlut Cavusoglu on Tuesday called on Prime Minister Shehbaz Sharif "
            "and Chief of Army Staff Gen Asim Munir in separate meetings.\n"
            "Mr Cavusoglu, who was accompanied by Ambassador Mehmet Pacaci, discussed trade with the prime minister.\n"
            "Foreign Minister Bilawal Bhutto Zardari and Minister of State Hina Rabbani Khar were also present.\n"
            "Later, the visiting minister called on Gen Munir at the General Headquarters in Rawalpindi, "
            "where Lt Gen Nadeem Anjum was also present.")
    found = meetings_of(text, bare_knowledge, published="2022-11-30")
    assert len(found) == 2
    pm, army = sorted(found, key=lambda m: m["place"])
    assert set(pm["participants"]) == {"Mevlut Cavusoglu", "Shehbaz Sharif", "Mehmet Pacaci", "Bilawal Bhutto Zardari",
                                       "Hina Rabbani Khar"}
    assert pm["place"] == "Islamabad"
    assert set(army["participants"]) == {"Mevlut Cavusoglu", "Asim Munir", "Nadeem Anjum"}
    assert army["place"] == "Rawalpindi" and army["venue"] == "General Headquarters"
    assert pm["date"] == army["date"] == "2022-11-29"


def test_pronouns_and_sentences_that_carry_on(bare_knowledge):
    text = ("TASHKENT, March 3 (UzA): President Shavkat Mirziyoyev on Wednesday said Uzbekistan would back the "
            "trans-Afghan railway.\n"
            "He said this while talking to Pakistan's Foreign Minister Shah Mahmood Qureshi, who called on him at "
            "the Kuksaroy residence.\n"
            "Earlier, Qureshi met his Uzbek counterpart Abdulaziz Kamilov and discussed trade.")
    found = meetings_of(text, bare_knowledge, published="2021-03-04")
    by_people = {frozenset(m["participants"]): m for m in found}
    president = by_people[frozenset({"Shavkat Mirziyoyev", "Shah Mahmood Qureshi"})]
    ministers = by_people[frozenset({"Shah Mahmood Qureshi", "Abdulaziz Kamilov"})]
    assert president["date"] == ministers["date"] == "2021-03-03"
    assert president["place"] == ministers["place"] == "Tashkent"


def test_middle_initials_merge_across_articles(tmp_path):
    raw = make_raw(tmp_path / "raw", {
        "a.txt": "KABUL: Gen. Kenneth F. McKenzie met President Ashraf Ghani on Monday.",
        "b.txt": "KABUL: US Central Command chief General Kenneth Frank McKenzie met Hamdullah Mohib on Tuesday.",
        "c.txt": "DOHA: Gen Kenneth McKenzie met Taliban negotiators on Wednesday.",
    })
    db = tmp_path / "x.db"
    build(raw, db, jobs=1, use_registry=False, warn=lambda line: None)
    names = [r[0] for r in sqlite3.connect(db).execute("select name from people where name like '%McKenzie'")]
    assert len(names) == 1, names


ISPR_STYLE = """No PR-301/2019-ISPR
Dated: November 12, 2019
RAWALPINDI, November 12, 2019: Mr Kairat Abdrakhmanov, Special Representative of Kazakhstan for Afghanistan alongwith Ambassador Akylbek Kamaldinov called on General Nadeem Raza, Chairman Joint Chiefs of Staff Committee (CJCSC) at Joint Staff Headquarters today.
Matters of mutual interest including regional security were discussed during the meeting."""

WIRE_TWO_MEETINGS = """ANKARA (Reuters) - Qatar's special envoy Mutlaq al-Qahtani met Turkish Foreign Minister Mevlut Cavusoglu in Ankara on Tuesday, and later on Tuesday called on President Recep Tayyip Erdogan at the Presidential Complex, a Turkish official said.
"We discussed the Afghan peace process," al-Qahtani told reporters after the talks, Anadolu Agency reported."""


def test_press_release_with_alongwith_and_appositives(bare_knowledge):
    meeting, = meetings_of(ISPR_STYLE, bare_knowledge, published=None)
    assert set(meeting["participants"]) == {"Kairat Abdrakhmanov", "Akylbek Kamaldinov", "Nadeem Raza"}
    assert meeting["participants"]["Nadeem Raza"] == "host"
    assert meeting["date"] == "2019-11-12" and meeting["place"] == "Rawalpindi"


def test_two_meetings_in_one_sentence_and_the_source_is_no_participant(bare_knowledge):
    found = meetings_of(WIRE_TWO_MEETINGS, bare_knowledge, published="2021-03-09")
    assert sorted(sorted(m["participants"]) for m in found) == [
        ["Mevlut Cavusoglu", "Mutlaq al-Qahtani"], ["Mutlaq al-Qahtani", "Recep Tayyip Erdogan"]]
    assert {m["date"] for m in found} == {"2021-03-09"}
    erdogan = next(m for m in found if "Recep Tayyip Erdogan" in m["participants"])
    assert erdogan["venue"] == "Presidential Complex" and erdogan["place"] == "Ankara"


def test_a_delegation_described_before_its_meetings_and_a_move_to_another_city(bare_knowledge):
    text = ("BELGRADE (Wire) - Western envoys held talks in Belgrade and Pristina on Friday.\n"
            "The delegation was led by Miroslav Lajcak, the EU's special representative, and included "
            "Gabriel Escobar, a US deputy assistant secretary of state.\n"
            "The envoys first met Serbian President Aleksandar Vucic in Belgrade.\n"
            "The envoys then travelled to Pristina, where they held talks with Kosovo Prime Minister Albin Kurti.")
    found = {m["place"]: set(m["participants"]) for m in meetings_of(text, bare_knowledge, published="2023-01-21")}
    assert found == {"Belgrade": {"Miroslav Lajcak", "Gabriel Escobar", "Aleksandar Vucic"},
                     "Pristina": {"Miroslav Lajcak", "Gabriel Escobar", "Albin Kurti"}}


def test_the_two_leaders_continue_the_meeting_just_reported_and_sources_stay_out(bare_knowledge):
    text = ("Asmara (AFP) - Ethiopian Prime Minister Abiy Ahmed arrived in Eritrea on Sunday and held talks with "
            "President Isaias Afwerki.\nThe two leaders then held talks at the State House, with Foreign Minister "
            "Workneh Gebeyehu also taking part, according to Eritrea's Information Minister Yemane Gebremeskel.")
    meetings = meetings_of(text, bare_knowledge, published="2018-07-08")
    assert len(meetings) == 1
    assert set(meetings[0]["participants"]) == {"Abiy Ahmed", "Isaias Afwerki", "Workneh Gebeyehu"}
    assert meetings[0]["date"] == "2018-07-08" and meetings[0]["place"] == "Asmara"


def test_a_day_abroad_takes_the_city_the_text_gives_that_trip_not_the_dateline(bare_knowledge):
    text = ("Phnom Penh, March 24 (AKP) – Prak Sokhonn, the ASEAN Special Envoy on Myanmar, returned to Phnom Penh "
            "yesterday after a visit to Myanmar.\n"
            "On Tuesday, the Special Envoy called on Senior General Min Aung Hlaing at his office in Nay Pyi Taw.\n"
            "On Monday, the Special Envoy held a bilateral meeting with Foreign Minister Than Swe at the Ministry "
            "of Foreign Affairs. In the afternoon of the same day, he met with Ramanathan Balakrishnan, the UN "
            "Resident Coordinator.")
    found = {m["date"]: m for m in meetings_of(text, bare_knowledge, published="2022-03-24")}
    assert set(found) == {"2022-03-21", "2022-03-22"}
    assert found["2022-03-22"]["place"] == "Nay Pyi Taw"
    assert found["2022-03-21"]["place"] == "Nay Pyi Taw"
    assert found["2022-03-21"]["place_source"].startswith("the article's meeting of 2022-03-2")


@pytest.mark.parametrize("text,participants,place", [
    ("NAIROBI (Wire) - President William Ruto on Wednesday hosted the commander of Sudan's paramilitary forces, "
     "Gen Mohamed Dagalo, at State House, Nairobi.", {"William Ruto", "Mohamed Dagalo"}, "Nairobi"),
    ("ISTANBUL (Wire) - The agreement was signed at a ceremony in Istanbul on Friday attended by Turkish President "
     "Recep Tayyip Erdogan and UN Secretary General Antonio Guterres.", {"Recep Tayyip Erdogan", "Antonio Guterres"},
     "Istanbul"),
    ("ADDIS ABABA (Wire) - Gen Mohamed Dagalo signed a declaration with former Prime Minister Abdalla Hamdok in "
     "Addis Ababa on Tuesday.", {"Mohamed Dagalo", "Abdalla Hamdok"}, "Addis Ababa"),
])
def test_a_guest_named_by_role_a_ceremony_attended_by_and_a_signing(text, participants, place, bare_knowledge):
    meetings = meetings_of(text, bare_knowledge, published="2024-01-04")
    assert len(meetings) == 1
    assert set(meetings[0]["participants"]) == participants and meetings[0]["place"] == place


def test_a_live_blog_dates_its_entries_by_the_blogs_day_and_keeps_sideline_meetings_apart(bare_knowledge):
    text = ("LIVE: Gulf ministers in Riyadh for talks on Yemen\n\n"
            "Live updates | Tuesday, 12 October 2021 | Last updated 18:10 (GMT+3)\n\n"
            "16:45\nSaudi Foreign Minister Faisal bin Farhan received Omani Foreign Minister Sayyid Badr Albusaidi "
            "at the Diplomatic Quarter, with Kuwaiti Foreign Minister Ahmad Nasser Al-Mohammad Al-Sabah and Bahraini "
            "Foreign Minister Abdullatif bin Rashid Al Zayani also present.\n\n"
            "14:20\nOn the sidelines of the ministerial meeting, Ahmad Nasser Al-Mohammad Al-Sabah met Abdullatif "
            "bin Rashid Al Zayani.")
    meetings = meetings_of(text, bare_knowledge, published=None)
    assert [(m["date"], m["date_text"], len(m["participants"])) for m in meetings] == \
        [("2021-10-12", "live-blog entry 16:45", 4), ("2021-10-12", "live-blog entry 14:20", 2)]
    assert {m["place"] for m in meetings} == {"Riyadh"}  # no dateline: the headline's city


def test_one_sentence_can_report_a_journey_of_several_meetings(bare_knowledge):
    text = ("ANKARA (AP) - Azerbaijan's Foreign Minister Jeyhun Bayramov was on a regional tour this week.\n"
            "On Thursday he was received in Ankara by Turkish Foreign Minister Mevlut Cavusoglu and flew on to "
            "Tbilisi the same evening, where he held talks with Georgian Prime Minister Irakli Garibashvili.")
    found = {(m["place"], tuple(sorted(m["participants"]))) for m in meetings_of(text, bare_knowledge, published="2021-03-05")}
    assert found == {("Ankara", ("Jeyhun Bayramov", "Mevlut Cavusoglu")),
                     ("Tbilisi", ("Irakli Garibashvili", "Jeyhun Bayramov"))}


def test_dates_counted_from_the_meeting_just_told_and_the_same_city(bare_knowledge):
    text = ("ANKARA (AP) - Azerbaijan's Foreign Minister Jeyhun Bayramov was on a regional tour this week.\n"
            "The first round of the format had met in Paris on February 2, when Russian Foreign Minister Sergei "
            "Lavrov met Armenian Foreign Minister Ara Aivazian. Six days later, Mr Lavrov and Mr Aivazian agreed on "
            "a plan at a meeting in the same city.")
    found = sorted((m["date"], m["place"]) for m in meetings_of(text, bare_knowledge, published="2021-03-05"))
    assert found == [("2021-02-02", "Paris"), ("2021-02-08", "Paris")]  # Paris, not "Pari"


def test_a_group_counted_like_the_last_meeting_and_a_meeting_recalled_by_a_speaker(bare_knowledge):
    text = ("WARSAW (Reuters) - CIA Director William Burns met Mossad chief David Barnea and Qatari Prime Minister "
            "Mohammed bin Abdulrahman Al Thani in Doha on November 9.\n"
            "The three men met again for dinner in Warsaw on December 18.\n"
            "Burns said that he had a long discussion with Barnea the day before.")
    found = sorted((m["date"], m["place"], len(m["participants"])) for m in
                   meetings_of(text, bare_knowledge, published="2023-12-19"))
    assert found == [("2023-11-09", "Doha", 3), ("2023-12-17", "Warsaw", 2), ("2023-12-18", "Warsaw", 3)]


def test_a_generic_venue_is_in_the_capital_of_the_country_visited(bare_knowledge):
    text = ("Press release\nOn 8 June, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with H.E. "
            "Mr. Joko Widodo, President of the Republic of Indonesia, who is visiting Japan, at the Prime "
            "Minister's Office.\nThe two leaders discussed trade.")
    meetings = meetings_of(text, bare_knowledge, published="2023-06-08")
    assert len(meetings) == 1 and meetings[0]["place"] == "Tokyo"


def test_a_sources_venue_the_teams_a_sentence_names_and_a_visiting_guest(bare_knowledge):
    text = ("WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken met with Saudi Crown Prince Mohammed bin "
            "Salman in Jeddah on Tuesday, the State Department said.\n"
            "Chinese President Xi Jinping held talks with visiting Brazilian President Luiz Inácio Lula da Silva in "
            "Beijing on Friday.\n"
            "The two sides met in Geneva on Monday, with Russian Deputy Foreign Minister Sergei Ryabkov leading "
            "Moscow's delegation and U.S. Deputy Secretary of State Wendy Sherman heading the American team.")
    found = {m["place"]: m for m in meetings_of(text, bare_knowledge, published="2023-05-24")}
    assert set(found) == {"Jeddah", "Beijing", "Geneva"}  # not Washington: the State Department only said so
    assert set(found["Geneva"]["participants"]) == {"Sergei Ryabkov", "Wendy Sherman"}
    assert found["Beijing"]["participants"] == {"Xi Jinping": "host", "Luiz Inácio Lula da Silva": "visitor"}


def test_to_before_a_meeting_verb_is_a_plan_but_not_in_speaking_to_reporters(bare_knowledge):
    text = ("JERUSALEM (Reuters) - Israeli President Isaac Herzog, speaking to reporters after meeting British "
            "Foreign Secretary David Cameron, said a deal was possible.\n"
            "Foreign Minister Israel Katz agreed to hold talks with Turkish Foreign Minister Hakan Fidan next week.")
    meetings = meetings_of(text, bare_knowledge, published="2024-02-16")
    assert [set(m["participants"]) for m in meetings] == [{"Isaac Herzog", "David Cameron"}]


@pytest.fixture(scope="module")
def corpus_lines(tmp_path_factory) -> list[str]:
    """Every line of every corpus of the repository and of 200 synthetic articles."""
    from scripts.synthetic import generate

    folder = tmp_path_factory.mktemp("synthetic")
    generate(folder, 200, seed=7, jobs=1)
    files = [p for p in [*RAW.glob("*"), *TESTS.glob("unseen*/raw/*"), *folder.rglob("*")] if p.suffix in (".txt", ".html")]
    assert len(files) > 250
    return [line for path in files for line in path.read_text(errors="replace").splitlines()]


def test_the_words_a_meeting_verb_needs_are_in_every_match_of_it(corpus_lines):
    """The substring tests that skip sentences before the short verb patterns run must never skip a
    sentence a pattern matches: every match contains one of its pattern's needed words."""
    from scripts import meetings

    matched = 0
    for line in corpus_lines:
        for pattern, words in meetings._NEEDED_WORDS.items():
            for match in pattern.finditer(line):
                matched += 1
                assert any(word in match.group().lower() for word in words), (line, match.group(), pattern.pattern[:40])
    assert matched > 100


def test_the_long_verb_patterns_match_exactly_as_written(corpus_lines):
    """An `Alternation` runs only the alternatives a sentence can match, each on its own: its
    matches (from any position), searches and anchored matches are those of the whole pattern."""
    from scripts import meetings

    matched = 0
    for line in corpus_lines:
        for pattern in (meetings._EVENT, meetings._JOINING, meetings._HOSTING):
            for pos in (0, len(line) // 3):
                expected = [(m.span(), m.group()) for m in pattern.full.finditer(line, pos)]
                assert [(m.span(), m.group()) for m in pattern.finditer(line, pos)] == expected, (line, pattern.pattern[:40])
                matched += len(expected)
            for match in pattern.full.finditer(line):
                assert pattern.match(line, match.start()).span() == match.span()
            if pattern.search(line) is None:
                assert pattern.full.search(line) is None
    assert matched > 3000


def test_an_alternation_keeps_the_order_and_the_leftmost_match():
    """Where several alternatives match, the leftmost wins, then the one written first; a zero-width
    head and tail apply to each; a text without any alternative's start matches nothing."""
    from scripts.patterns import Alternation

    words = Alternation(r"\b(?:talks with|talks|(?:also )?met|(?-i:[A-Z])\w+ met)\b", re.I)
    text = "Rubio also met Lavrov, then talks with Wang; Wang met him. Gentalks"
    assert [m.group() for m in words.finditer(text)] == [m.group() for m in words.full.finditer(text)] \
        == ["also met", "talks with", "Wang met"]
    assert words.match(text, text.index("talks")).group() == "talks with"
    def kept(text):
        return [words._sources.index(p.pattern) for p in words._kept(text)]

    assert kept("He MET them") == [2, 3]  # (case-folded; a capital can start anything)
    assert kept("nothing happened") == [3]
    verbs = Alternation(r"\b(?:met|held talks)\b", re.I)
    assert verbs.search("Nothing happened") is None and not verbs.may_match("Nothing happened")


def test_the_words_a_time_expression_needs_are_in_every_match_of_it():
    """As for the meeting verbs: the substring tests that spare a sentence the date expressions
    never skip one that has a match."""
    from scripts import dates

    files = [p for p in [*RAW.glob("*"), *TESTS.glob("unseen*/raw/*")] if p.suffix in (".txt", ".html")]
    matched = 0
    for path in files:
        for line in path.read_text(errors="replace").splitlines():
            for kind, pattern in dates._EXPRESSIONS:
                for match in pattern.finditer(line):
                    matched += 1
                    assert any(needed in match.group().lower() for needed in dates._NEEDED[kind]), (path.name, match.group())
    assert matched > 500


def _pairs(found: list[dict]) -> set[tuple[str, frozenset]]:
    return {(m["date"], frozenset(m["participants"])) for m in found}


def test_signings_presences_and_who_joined_for_a_meeting_of_its_own(bare_knowledge):
    text = ("ACCRA, Ghana (Wire) — The two sides agreed on Tuesday to end the border dispute.\n\n"
            "The accord was signed in the Ghanaian capital by Foreign Minister Shirley Ayorkor Botchwey and Togolese "
            "Foreign Minister Robert Dussey, in the presence of President Nana Akufo-Addo.\n\n"
            "Hours before the signing, Akufo-Addo received Dussey at Jubilee House, the seat of government.\n\n"
            "Akufo-Addo and Dussey were then joined by Ivorian envoy Kandia Camara for a trilateral meeting on security.")
    found = meetings_of(text, bare_knowledge, published="2023-03-14")
    people = {"Shirley Ayorkor Botchwey", "Robert Dussey", "Nana Akufo-Addo"}
    assert any(set(m["participants"]) >= people and m["date"] == "2023-03-14" for m in found), found
    assert any(set(m["participants"]) == {"Nana Akufo-Addo", "Robert Dussey"} for m in found)
    assert any(set(m["participants"]) >= {"Nana Akufo-Addo", "Kandia Camara"} for m in found)
    assert all(m["place"] != "Jubilee" for m in found)


def test_airport_welcomes_appeals_and_a_second_subject_are_told_apart(bare_knowledge):
    text = ("MONTEVIDEO (Wire) - Paraguayan President Santiago Peña was received at Carrasco International Airport by "
            "Foreign Minister Omar Paganini on Monday, and was then driven to the Torre Ejecutiva to call on President "
            "Luis Lacalle Pou.\n\n"
            "Lacalle Pou called on Argentina to reopen the river talks.\n\n"
            "Peña and Lacalle Pou met in Asunción in March, and Paganini went to Brasília in April to see Mauro Vieira.")
    found = meetings_of(text, bare_knowledge, published="2023-07-04")
    pairs = {frozenset(m["participants"]) for m in found}
    assert frozenset({"Santiago Peña", "Omar Paganini"}) not in pairs  # the welcome on arrival
    assert any({"Santiago Peña", "Luis Lacalle Pou"} <= set(m["participants"]) and m["date"] == "2023-07-03" for m in found)
    assert ("2023-03", frozenset({"Santiago Peña", "Luis Lacalle Pou"})) in _pairs(found)
    assert ("2023-04", frozenset({"Omar Paganini", "Mauro Vieira"})) in _pairs(found)
    assert all(m["place"] != "March" for m in found)


def test_talks_dated_in_the_sentence_before_and_a_since_clause(bare_knowledge):
    text = ("Talks Resume\n\nHANOI (Wire) - Prime Minister Pham Minh Chinh hosted Laotian Prime Minister Sonexay "
            "Siphandone on Saturday.\n\n"
            "The visit followed a full day of talks in Vientiane on Thursday. Chinh and Siphandone were joined by "
            "Cambodian Prime Minister Hun Manet for a three-way meeting.\n\n"
            "Siphandone and Hun Manet met for about an hour, in the Laotian leader's first trip since taking office in January.")
    found = meetings_of(text, bare_knowledge, published="2024-03-16")
    assert ("2024-03-14", frozenset({"Pham Minh Chinh", "Sonexay Siphandone", "Hun Manet"})) in _pairs(found)
    assert all(m["date"] != "2024-01" for m in found)


def test_a_transcripts_speaker_a_question_and_the_two_ministers_after_the_verb(bare_knowledge):
    text = ("Transcript\n\nSpokesperson Lin Hua: Yesterday, Chilean Foreign Minister Ana Ruiz held talks with Norwegian "
            "Foreign Minister Tomas Berg in Santiago.\n\n"
            "After their talks, Argentine Foreign Minister Diego Sosa met with the two foreign ministers.\n\n"
            "Question: Can you tell us more about the talks between Ruiz and Berg and President Gabriel Boric?")
    found = meetings_of(text, bare_knowledge, published="2024-02-07")
    assert all("Lin Hua" not in m["participants"] for m in found)  # who told of it
    assert all("Gabriel Boric" not in m["participants"] for m in found)  # a question reports nothing
    assert ("2024-02-06", frozenset({"Ana Ruiz", "Tomas Berg", "Diego Sosa"})) in _pairs(found)


def test_back_to_back_talks_and_a_guest_who_is_on_a_state_visit(bare_knowledge):
    text = ("TOKYO (Wire) - Prime Minister Aiko Tanaka held back-to-back talks with Premier Lars Holm and Chancellor "
            "Ines Vogt on Sunday.\n\nOn Monday, Tanaka held talks with President Omar Haddad, who is on a state visit to Japan.")
    found = meetings_of(text, bare_knowledge, published="2024-02-12")
    assert {("2024-02-11", frozenset({"Aiko Tanaka", "Lars Holm"})), ("2024-02-11", frozenset({"Aiko Tanaka", "Ines Vogt"}))} \
        <= _pairs(found)
    guest = next(m for m in found if "Omar Haddad" in m["participants"])
    assert guest["participants"] == {"Aiko Tanaka": "host", "Omar Haddad": "visitor"}


def test_a_release_that_leads_a_delegation_to_a_meeting_and_a_visitor_shown_round(bare_knowledge):
    text = ("On 3 May 2025, at the Government Palace, La Paz, Mr. Luis Arce, President of the Plurinational State of "
            "Bolivia, led the Bolivian delegation to the Special Meeting on the Silala waters, hosted by Mr. Gabriel Boric, "
            "President of Chile. The Peruvian delegation was led by Ms. Dina Boluarte, President of Peru.\n\n"
            "Accompanied by Foreign Minister Celinda Sosa, President Arce was taken round the port by the harbour master, "
            "Mr Ramiro Tapia.")
    found = meetings_of(text, bare_knowledge, published="2025-05-03")
    assert ("2025-05-03", frozenset({"Luis Arce", "Gabriel Boric", "Dina Boluarte"})) in _pairs(found)
    assert any(m["place"] == "La Paz" for m in found)
    tour = next(m for m in found if "Ramiro Tapia" in m["participants"])
    assert tour["participants"] == {"Celinda Sosa": "visitor", "Luis Arce": "visitor", "Ramiro Tapia": "host"}


def test_a_departure_day_is_not_the_day_of_the_meetings_that_follow(bare_knowledge):
    text = ("LIMA (Wire) - President Dina Boluarte yesterday opened a new port during a one-day visit to Bolivia.\n\n"
            "The President, who left Lima on Friday night, was greeted at El Alto airport by Vice-President David "
            "Choquehuanca.\n\nShe then proceeded to the presidential palace for talks with President Luis Arce.")
    found = meetings_of(text, bare_knowledge, published="2024-06-09")
    assert _pairs(found) == {("2024-06-08", frozenset({"Dina Boluarte", "Luis Arce"}))}


def test_where_clauses_newsletter_labels_and_cities_of_a_kind_place_meetings(bare_knowledge):
    text = ("If you are counting: stop two was Ankara itself, where Prime Minister Kaja Kallas met President Recep "
            "Tayyip Erdogan on Wednesday.\n\nALSO IN ANKARA: Foreign Minister Margus Tsahkna met Hakan Fidan on Thursday.\n\n"
            "On Saturday, Kallas met Grand Ayatollah Hussein Naqvi at his home in the holy city of Karbala.\n\n"
            "In Florida, Governor Ron DeSantis met Kallas on Friday.")
    places = {frozenset(m["participants"]): m["place"] for m in meetings_of(text, bare_knowledge, published="2024-03-16")}
    assert places[frozenset({"Kaja Kallas", "Recep Tayyip Erdogan"})] == "Ankara"
    assert places[frozenset({"Margus Tsahkna", "Hakan Fidan"})] == "Ankara"
    assert places[frozenset({"Kaja Kallas", "Hussein Naqvi"})] == "Karbala"
    assert places[frozenset({"Kaja Kallas", "Ron DeSantis"})] is None  # a US state, not the Cuban town named Florida


@pytest.mark.parametrize("phrase,expected", [
    ("in September last year", ("2023-09", "month")),
    ("in March this year", ("2024-03", "month")),
    ("on April 1 this year", ("2024-04-01", "day")),
    ("on 2 February last year", ("2023-02-02", "day")),
    ("last September", ("2024-09", "month")),
])
def test_a_month_with_last_or_this_year(phrase, expected):
    found = find_expressions(f"They met {phrase} in Rome.", 0)
    assert resolve(found[0], date(2024, 10, 3)) == expected


def test_an_interviews_speaker_the_holy_father_and_a_journey_where_he_urged_someone(bare_knowledge):
    text = ("Interview\n\nVatican Radio: How did Pope Francis's first day in Lisbon go?\n\n"
            "Cardinal Pietro Parolin: On Friday, as soon as we landed, Prime Minister António Costa welcomed the Holy "
            "Father on the tarmac, and they had a first conversation in the airport lounge. Then we drove to the Belém "
            "Palace. There President Marcelo Rebelo de Sousa received the Holy Father in his study. I was present at that "
            "meeting.\n\nVatican Radio: Was Pope Francis tired?\n\n"
            "Cardinal Pietro Parolin: Not at all.\n\n"
            "Earlier in the week, Costa travelled to Madrid on Tuesday, where he urged Pedro Sánchez to back the plan.")
    found = meetings_of(text, bare_knowledge, published="2023-08-06")
    assert ("2023-08-04", frozenset({"António Costa", "Francis"})) in _pairs(found)
    assert any({"Marcelo Rebelo de Sousa", "Francis", "Pietro Parolin"} <= set(m["participants"]) for m in found)
    assert ("2023-08-01", frozenset({"António Costa", "Pedro Sánchez"})) in _pairs(found)


def test_a_while_clause_tells_two_meetings_and_a_since_clause_recalls_one(bare_knowledge):
    text = ("BERLIN (Wire) - While Chancellor Olaf Scholz met Premier Li Qiang in the afternoon, Commission President "
            "Ursula von der Leyen held her own meeting with the Chinese premier.\n\n"
            "The two ministers, Annalena Baerbock and Wang Yi, reviewed the progress made since their meeting in Beijing "
            "on 5 March, agreed by President Xi Jinping.\n\nFollowing their meeting, the two ministers joined the dinner.")
    found = meetings_of(text, bare_knowledge, published="2023-06-20")
    pairs = {frozenset(m["participants"]) for m in found}
    assert frozenset({"Olaf Scholz", "Li Qiang"}) in pairs and frozenset({"Ursula von der Leyen", "Li Qiang"}) in pairs
    assert frozenset({"Olaf Scholz", "Li Qiang", "Ursula von der Leyen"}) not in pairs
    assert all("Xi Jinping" not in m["participants"] for m in found)


def test_a_government_briefing_bare_titles_initials_and_him_after_the_subject(bare_knowledge):
    text = ("Official Spokesperson, Shri Anil Mehta: Welcome to this briefing on the visit of the President of Sri "
            "Lanka.\n\nPresident Ranil Wickremesinghe arrived in New Delhi yesterday evening.\n\n"
            "External Affairs Minister Dr. S. Jaishankar later called on him at his hotel.\n\n"
            "This morning, the President was received by Smt. Droupadi Murmu. Prime Minister and President "
            "Wickremesinghe then held talks at Hyderabad House.\n\n"
            "President Wickremesinghe himself said so in his meeting with EAM yesterday.")
    found = meetings_of(text, bare_knowledge, published="2023-07-21")
    people = {name for m in found for name in m["participants"]}
    assert "Shri Anil Mehta" not in people and "Anil Mehta" not in people
    assert ("2023-07-20", frozenset({"S. Jaishankar", "Ranil Wickremesinghe"})) in _pairs(found)
    assert ("2023-07-21", frozenset({"Droupadi Murmu", "Ranil Wickremesinghe"})) in _pairs(found)


def test_a_live_blogs_entry_times_date_its_entries(tmp_path, bare_knowledge):
    entries = "".join(f'<div class="entry"><span class="lbTime">Oct 0{day}, 2024 0{hour}:10 PM IST</span>'
                      f"<p>{text}</p></div>" for day, hour, text in [
                          (8, 9, "That is all for today."),
                          (7, 5, "PM Narendra Modi held talks with President Ranil Wickremesinghe at Hyderabad House."),
                          (7, 1, "Wickremesinghe laid a wreath at Rajghat this afternoon, his office said.")])
    page = (f"<html><head><title>LIVE: Sri Lanka's president in Delhi</title>"
            f'<meta property="article:published_time" content="2024-10-08T21:00:00+05:30"></head>'
            f"<body><article><h1>LIVE: Sri Lanka's president in Delhi</h1>{entries}</article></body></html>")
    found = meetings_of(page, bare_knowledge, published=None, name="live.html")
    assert ("2024-10-07", frozenset({"Narendra Modi", "Ranil Wickremesinghe"})) in _pairs(found)


def test_a_second_round_with_the_same_people_and_an_aide_in_both_meetings(bare_knowledge):
    text = ("HOST: So the envoy, Amelia Grant, landed in Tripoli on Tuesday and went straight to Bab al-Aziz, where she "
            "sat with Speaker Kellner for about two hours.\n\nKellner is the channel. And on Wednesday morning she went "
            "back for a second round, which lasted an hour. Omar Haddad, Kellner's aide, was in both meetings.")
    found = meetings_of(text, bare_knowledge, published="2024-11-22")
    assert ("2024-11-19", frozenset({"Amelia Grant", "Kellner", "Omar Haddad"})) in _pairs(found)
    assert ("2024-11-20", frozenset({"Amelia Grant", "Kellner", "Omar Haddad"})) in _pairs(found)
    assert all("Bab al-Aziz" not in m["participants"] for m in found)  # written only where a place goes


def test_his_first_meeting_they_met_again_and_a_place_in_a_since_clause(bare_knowledge):
    text = ("NEW DELHI (Wire) - Prime Minister Narendra Modi met President Luiz Inácio Lula da Silva on Friday, their first "
            "talks in a year since they met in Rome in June.\n\n"
            "Modi has history with Chancellor Olaf Scholz. At his first meeting with Scholz, in Elmau on June 26, 2022, he "
            "spoke of reform.\n\nThe two met in Hamburg in May 2023 for a trade fair. They met again at Hanover on April "
            "23 this year, when Scholz invited Modi to Berlin.")
    found = meetings_of(text, bare_knowledge, published="2024-11-08")
    assert next(m for m in found if "Luiz Inácio Lula da Silva" in m["participants"])["place"] != "Rome"
    assert ("2022-06-26", frozenset({"Narendra Modi", "Olaf Scholz"})) in _pairs(found)
    assert ("2024-04-23", frozenset({"Narendra Modi", "Olaf Scholz"})) in _pairs(found)


def test_hours_spent_with_someone_a_walk_and_the_same_four_men(bare_knowledge):
    text = ("ANKARA (Wire) - On 3 May, President Kemal Aydin received envoy Laura Whitfield at the Cankaya Palace in "
            "Ankara, with adviser Selim Oral and fund chief Deniz Kaya sitting in.\n"
            "On 17 May, the same four men met in the Cankaya Palace for three hours.\n"
            "The channel began on 2 April, when Whitfield flew to Ankara and ended up spending roughly two hours with Aydin.\n"
            "On 9 April, Aydin kept Whitfield waiting for most of the day before receiving him late at night in Ankara.\n"
            "On 20 May, Kaya first took the envoy for a walk in Kugulu Park, and then Whitfield spent three hours in "
            "the Cankaya Palace with Aydin.")
    found = {m["date"]: set(m["participants"]) for m in meetings_of(text, bare_knowledge, published="2025-06-01")}
    assert found["2025-05-17"] == {"Kemal Aydin", "Laura Whitfield", "Selim Oral", "Deniz Kaya"}
    assert found["2025-04-02"] >= {"Laura Whitfield", "Kemal Aydin"}
    assert found["2025-04-09"] == {"Kemal Aydin", "Laura Whitfield"}
    assert {"Deniz Kaya", "Laura Whitfield"} <= found["2025-05-20"]


def test_what_is_only_planned_recalled_or_a_heading_is_no_meeting(bare_knowledge):
    text = ("What we know about Laura Whitfield's meeting with Aydin\n"
            "Laura Whitfield sat down with President Kemal Aydin on Tuesday, six months after their March 4 meeting there "
            "ended in a row.\n"
            "Aide Selim Oral said the two sides had agreed in principle on a meeting between Aydin and Chancellor Petra "
            "Lange in the coming days.\n"
            "Aydin began the arrangements for a meeting between Lange and Whitfield, to be followed by a summit with himself.\n"
            "On Monday, Whitfield met Lange in Bern, from where the two joined a video call with Aydin.")
    found = meetings_of(text, bare_knowledge, published="2025-09-05")
    # (their March 4 meeting is one of its own, not the date of Tuesday's)
    assert sorted((m["date"], sorted(m["participants"])) for m in found) == [
        ("2025-03-04", ["Kemal Aydin", "Laura Whitfield"]),
        ("2025-09-01", ["Laura Whitfield", "Petra Lange"]), ("2025-09-02", ["Kemal Aydin", "Laura Whitfield"])]


def test_a_guest_on_a_visit_under_way_the_next_meeting_of_the_day_and_the_presidents_with_their_aides(bare_knowledge):
    text = ("President Ana Ferreira met with Special Envoy Tomas Lind, who is in Lisbon on a working visit.\n"
            "Ferreira received Lind at the Belem Palace.\n"
            "The two presidents then held a private meeting in the library, attended only by minister Rui Costa, "
            "adviser Marta Pires and minister Jonas Berg.\n"
            "Next, Ferreira and Lind led an expanded meeting with the two delegations.")
    found = meetings_of(text, bare_knowledge, published="2025-03-12")
    assert found[0]["date"] == "2025-03-12" and found[0]["place"] == "Lisbon"
    assert [set(m["participants"]) >= {"Ana Ferreira", "Tomas Lind"} for m in found] == [True, True]
    assert {"Rui Costa", "Marta Pires", "Jonas Berg"} <= set(found[0]["participants"])
    assert len(found) == 2 and found[1]["date"] == "2025-03-12"


def test_a_newsletters_dated_items_an_audience_that_afternoon_and_talks_of_a_named_day(bare_knowledge):
    text = ("Here's the calendar.\n"
            "— Oslo, April 3. Prime Minister Jonas Berg had an audience with King Harald V at the palace.\n"
            "— The King in Bergen, May 26-27. King Harald V landed in Bergen on May 26. Berg had an audience with the "
            "King that afternoon, and the King opened the fair the next day.\n"
            "— Trondheim, June 2. At the premiers' meeting hosted by Premier Lise Dahl, Berg sat across from Premier "
            "Ola Moen.\n\n"
            "A quick recap of Wednesday's talks in Stockholm, which were scaled back.\n"
            "Instead, envoy Karin Holm met minister Erik Sand at the Foreign Office in Stockholm.")
    found = {m["date"]: m for m in meetings_of(text, bare_knowledge, published="2025-06-20")}
    assert set(found["2025-04-03"]["participants"]) == {"Jonas Berg", "Harald V"} and found["2025-04-03"]["place"] == "Oslo"
    assert set(found["2025-05-26"]["participants"]) == {"Jonas Berg", "Harald V"}
    assert set(found["2025-06-02"]["participants"]) >= {"Jonas Berg", "Ola Moen"} and found["2025-06-02"]["place"] == "Trondheim"
    assert set(found["2025-06-18"]["participants"]) == {"Karin Holm", "Erik Sand"}


def test_a_journeys_start_where_the_meeting_was_and_a_possessor_is_no_participant(bare_knowledge):
    text = ("Lind arrived in Oslo late on Tuesday from Helsinki, where earlier that day he met Finnish President "
            "Matti Koski.\n"
            "Yesterday, envoy Tomas Lind spent three hours with President Ana Ferreira in Lisbon, before the expiry of "
            "Chancellor Petra Lange's deadline.\n"
            "Ferreira attended Prime Minister Jonas Berg's swearing-in ceremony in Oslo on June 9.")
    found = meetings_of(text, bare_knowledge, published="2025-06-11")
    assert found[0]["place"] == "Helsinki"
    assert set(found[1]["participants"]) == {"Tomas Lind", "Ana Ferreira"}
    assert set(found[2]["participants"]) == {"Ana Ferreira", "Jonas Berg"}


def test_a_meeting_dated_to_the_month_does_not_split_the_days_reports(tmp_path):
    make_raw(tmp_path / "raw", {
        "a.txt": "PORT-AU-PRINCE (Wire) - Kenyan President William Ruto met Prime Minister Garry Conille on Saturday.\n\nMore.\n",
        "c.txt": "NAIROBI (Wire) - President William Ruto sat down with Prime Minister Garry Conille on 21 September. "
                 "Ruto and Conille met again in New York last week, on the sidelines of the General Assembly.\n\nMore.\n",
        "sources.csv": "file,url,outlet,published\na.txt,,Wire,2024-09-22\nc.txt,,Wire,2024-09-30\n",
    })
    build(tmp_path / "raw", tmp_path / "envoys.db", jobs=1, use_registry=False, warn=lambda line: None)
    rows = sqlite3.connect(tmp_path / "envoys.db").execute("select date, source_count from meetings order by date").fetchall()
    assert rows == [("2024-09", 1), ("2024-09-21", 2)]


def test_the_same_people_again_another_day_sitting_down_a_roundtable_and_aides_sitting_in(bare_knowledge):
    text = ("HELSINKI, May 20. /NORDPRESS/. President Matti Koski and envoy Laura Whitfield held talks in Turku on "
            "Tuesday, Kremlin Spokesman Dmitri Orlov told reporters.\n"
            "Aide Sanna Lehto and fund chief Pekka Niemi sat in on the talks.\n"
            "The president previously received the envoy in Helsinki on 11 February and again on 13 March.\n"
            "On 2 April Koski toured a plant in Oulu before sitting down with Prime Minister Anna Berg.\n"
            "On 9 April Koski and Berg co-chaired the Nordic CEO Roundtable in Tampere.\n"
            "On 30 April Koski and Berg met at an air base on the northern edge of Anchorage, in a format trailed by the "
            "White House.")
    found = meetings_of(text, bare_knowledge, published="2025-05-20")
    by_date = {m["date"]: m for m in found}
    assert set(by_date) == {"2025-05-20", "2025-02-11", "2025-03-13", "2025-04-02", "2025-04-09", "2025-04-30"}
    assert by_date["2025-04-30"]["place"] == "Anchorage"  # not Washington: the White House only trailed it
    assert set(by_date["2025-05-20"]["participants"]) == {"Matti Koski", "Laura Whitfield", "Sanna Lehto", "Pekka Niemi"}
    assert by_date["2025-05-20"]["place"] == "Turku"  # not Moscow: "Kremlin Spokesman" is a job
    assert set(by_date["2025-03-13"]["participants"]) == {"Matti Koski", "Laura Whitfield"}
    assert set(by_date["2025-04-09"]["participants"]) == {"Matti Koski", "Anna Berg"}


@pytest.mark.parametrize("phrase,expected", [("On 17 May, they met.", "17 May"), ("The 12 may follow.", None)])
def test_a_day_before_may_is_a_date_and_may_after_a_number_a_verb(phrase, expected):
    found = find_expressions(phrase, 0)
    assert (found[0].text if found else None) == expected


def test_the_second_meeting_of_a_sentence_takes_the_place_its_own_words_give(bare_knowledge):
    text = ("Three days in, Prime Minister Jonas Berg had a working lunch with President Ana Ferreira at the Belem "
            "Palace in Lisbon on Monday, then flew to Madrid for talks with Prime Minister Pedro Sanz at the Moncloa.")
    found = {frozenset(m["participants"]): m["place"] for m in meetings_of(text, bare_knowledge, published="2025-03-18")}
    assert found == {frozenset({"Jonas Berg", "Ana Ferreira"}): "Lisbon", frozenset({"Jonas Berg", "Pedro Sanz"}): "Madrid"}


def test_an_aside_before_the_verb_a_meeting_dated_by_its_noun_and_a_lunch_hosted_for_someone(bare_knowledge):
    text = ("Chancellor Jonas Berg, accompanied by Foreign Minister Lena Roth, was received by President Ana Ferreira "
            "at the palace on Wednesday morning.\n\n"
            "President Pedro Sanz has met with President Ana Ferreira at the Belem Palace in Lisbon.\n"
            "The meeting in the Belem Palace on Tuesday took an unexpected turn.\n\n"
            "When President Pedro Sanz sat down beside Chancellor Jonas Berg on Thursday, the plan was simple.\n"
            "The lunch that Berg hosted for Sanz on Friday lasted an hour.")
    found = [(m["date"], sorted(m["participants"])) for m in meetings_of(text, bare_knowledge, published="2025-06-06")]
    assert found == [("2025-06-04", ["Ana Ferreira", "Jonas Berg", "Lena Roth"]), ("2025-06-03", ["Ana Ferreira", "Pedro Sanz"]),
                     ("2025-06-05", ["Jonas Berg", "Pedro Sanz"]), ("2025-06-06", ["Jonas Berg", "Pedro Sanz"])]


def test_a_ministry_briefing_bare_titles_acronyms_and_a_call_in_another_clause(bare_knowledge):
    """A foreign ministry's briefing writes "Prime Minister" without an article, the minister by the
    initials of her job, and tells a phone call and a meeting in one sentence."""
    text = ("Foreign Secretary Ines Dalgaard briefed the press in Ottawa on Friday.\n\n"
            "Prime Minister Tomas Lindqvist arrived in Ottawa late last night, accompanied by Minister of "
            "Foreign Affairs Maren Holt.\n\n"
            "Prime Minister's first engagement this morning was a meeting at Rideau Hall with the Governor General, "
            "Ms. Odile Marchand. This was followed by a meeting with the Clerk of the Privy Council, Mr. Pavel Siwek.\n\n"
            "In the afternoon, Prime Minister met Mr. Carlos Ruane at the hotel.\n\n"
            "This visit comes just two days after Prime Minister's meeting with President Hanna Ek in Geneva. "
            "On 11 March, on the margins of the summit, Prime Minister met President Ek and her husband, Jon Ek.\n\n"
            "The Prime Minister and Chancellor Rolf Baum had last spoken on the phone on 2 March, and MFA had met "
            "Minister Leah Cho here in Ottawa on 20 February.")
    found = {frozenset(m["participants"]): (m["date"], m["place"])
             for m in meetings_of(text, bare_knowledge, published="2025-03-13")}
    assert found[frozenset({"Tomas Lindqvist", "Odile Marchand"})][0] == "2025-03-13"
    assert found[frozenset({"Tomas Lindqvist", "Pavel Siwek"})][0] == "2025-03-13"  # not the last one named's
    assert frozenset({"Tomas Lindqvist", "Carlos Ruane"}) in found
    # "two days after his meeting with Ek": the meeting is the earlier day, the one told whole next
    assert found[frozenset({"Tomas Lindqvist", "Hanna Ek", "Jon Ek"})] == ("2025-03-11", "Geneva")
    assert found[frozenset({"Maren Holt", "Leah Cho"})] == ("2025-02-20", "Ottawa")  # "MFA": Minister of Foreign Affairs
    assert not any("Rolf Baum" in people for people in found)  # a phone call


def test_a_meeting_at_a_university_is_not_in_a_town_called_university_and_a_schedule_is_not_held(bare_knowledge):
    text = ("HANOI, May 26 - President Elena Sorel met Prime Minister Bao Quang at the University of Science in Hanoi "
            "on Monday.\n\n"
            "President Sorel is scheduled to hold talks with General Secretary Van Thanh on Tuesday, her first meeting "
            "with Thanh since he took office.")
    found = meetings_of(text, bare_knowledge, published="2025-05-26")
    assert [(sorted(m["participants"]), m["place"]) for m in found] == [(["Bao Quang", "Elena Sorel"], "Hanoi")]


def test_signatories_in_the_presence_of_the_leaders_and_a_visit_made_together(bare_knowledge):
    text = ("JAKARTA (Wire) - President Adi Wirawan received President Claire Duval at the palace on Wednesday, with "
            "Duval's husband Marc Duval at her side.\n\n"
            "A contract was signed at the palace by Garuda chief Rina Hartati and Airbus executive Paul Girard in the "
            "presence of the two leaders.\n\n"
            "Yesterday the two presidents flew to Central Java and toured the temples together.")
    found = [(m["date"], sorted(m["participants"])) for m in meetings_of(text, bare_knowledge, published="2025-05-30")]
    assert found == [("2025-05-28", ["Adi Wirawan", "Claire Duval", "Marc Duval", "Paul Girard", "Rina Hartati"]),
                     ("2025-05-29", ["Adi Wirawan", "Claire Duval"])]


def test_a_reference_by_nationality_another_meeting_hours_earlier_and_a_visit_elsewhere_that_month(bare_knowledge):
    text = ("MOSCOW (Wire) - Yesterday, US envoy Tom Reyes spent three hours with Vladimir Orlov in the Kremlin, a day "
            "before the expiry of US President Dan Carver's deadline.\n"
            "It was Reyes's fourth meeting with the Russian president this year. Orlov's aide Ivan Sokol sat in on the talks.\n"
            "Hours earlier, Sokol took the envoy for a walk along the river.\n\n"
            "Earlier this month, Sokol paid a visit to Washington, where he held talks with Reyes.")
    found = [(m["date"], m["place"], sorted(m["participants"])) for m in meetings_of(text, bare_knowledge, published="2025-08-07")]
    assert ("2025-08-06", "Moscow", ["Ivan Sokol", "Tom Reyes", "Vladimir Orlov"]) in found
    assert not any("Dan Carver" in people for _, _, people in found)  # not the American president
    assert ("2025-08-06", ["Ivan Sokol", "Tom Reyes"]) in [(d, p) for d, _, p in found]  # the walk, a meeting of its own
    assert ("2025-08", "Washington", ["Ivan Sokol", "Tom Reyes"]) in found


def test_talks_told_before_their_people_a_present_perfect_and_a_lunch_in_someones_honour(bare_knowledge):
    text = ("OSLO, March 4. /KNA/. Direct talks held at the Akershus Fortress in Oslo on Tuesday have ended after two hours, "
            "a correspondent reported.\n\n"
            "\"We are satisfied,\" the head of one delegation said.\n\n\"We will continue,\" he added.\n\n"
            "\"The atmosphere was calm,\" he said.\n\n"
            "The talks were opened by Norwegian Foreign Minister Espen Barth Lie.\n\n"
            "The Latvian delegation was headed by Foreign Minister Baiba Ozola.\n\n"
            "Earlier on Tuesday, Ozola held a meeting with a US delegation headed by Tom Ward, director of policy planning "
            "at the US Department of State, a source in the Norwegian delegation told KNA.\n")
    found = {frozenset(m["participants"]): (m["date"], m["place"]) for m in meetings_of(text, bare_knowledge, published="2025-03-04")}
    assert found[frozenset({"Espen Barth Lie", "Baiba Ozola"})] == ("2025-03-04", "Oslo")
    assert found[frozenset({"Baiba Ozola", "Tom Ward"})][1] != "Washington"  # where Ward works, not where they met
    text = ("CANBERRA (Wire) - Prime Minister Ian Ward has met President Lu Wen in Beijing, after holding the annual "
            "leaders' meeting with Premier Zhou Ping.\n"
            "The meeting at the Great Hall on Tuesday afternoon ran for an hour.\n"
            "Earlier in the day, Mr Ward and Premier Zhou Ping held the annual leaders' meeting. Mr Zhou then hosted a "
            "lunch in Mr Ward's honour.\n"
            "Between the two sets of talks, the Prime Minister called on Gao Feng, the chairman of the congress.\n"
            "Cathay also hosted Nordic and Baltic negotiators in March 2022, the last time the two sides held talks.")
    found = [(m["date"], sorted(m["participants"])) for m in meetings_of(text, bare_knowledge, published="2025-07-16")]
    assert ("2025-07-15", ["Ian Ward", "Lu Wen"]) in found  # dated by the next sentence, not the publication day
    assert ("2025-07-15", ["Ian Ward", "Zhou Ping"]) in found and ("2025-07-15", ["Gao Feng", "Ian Ward"]) in found
    assert not any(date == "2022-03" for date, _ in found)  # the two sides are the negotiators, not Ward and Lu


def test_a_state_visits_banquet_its_guests_and_an_emperors_memory(bare_knowledge):
    text = ("Japan's Emperor Masahito has hosted a state banquet at the Imperial Palace in Tokyo for Kenyan President "
            "Daniel Otieno Wafula.\n\nAbout 120 guests attended the banquet on Tuesday evening. They included Empress Ayaka, "
            "Crown Prince Hisaaki and Prime Minister Kenta Mori.\n\nIn his speech, the Emperor noted the long friendship. "
            "He recalled that in June 2012, when he was Crown Prince, he traveled to Kenya and met Wafula in Mombasa.")
    found = {(m["date"], m["place"], tuple(sorted(m["participants"])))
             for m in meetings_of(text, bare_knowledge, published="2025-05-13")}
    assert found == {("2025-05-13", "Tokyo", ("Ayaka", "Daniel Otieno Wafula", "Hisaaki", "Kenta Mori", "Masahito")),
                     ("2012-06", "Mombasa", ("Daniel Otieno Wafula", "Masahito"))}


def test_a_summit_told_by_its_agreements_its_attendees_and_a_forum(bare_knowledge):
    text = ("TOKYO - Prime Minister Kenta Mori and Kenyan President Daniel Otieno Wafula agreed Wednesday to elevate ties.\n\n"
            "In their talks at the prime minister's office, the leaders also confirmed a new dialogue, with Mori saying "
            "Tokyo will move swiftly.\n\n\"We must work together,\" Mori told reporters after the meeting.\n\n"
            "Wafula, who is on a state visit through Thursday, urged Japan to invest.\n\n"
            "The meeting, which lasted about 80 minutes including an expanded session, was attended by Foreign Minister "
            "Aiko Tanabe and Kenyan Foreign Minister Grace Njeri.\n\n"
            "Mori and Wafula previously met in November on the sidelines of a summit in Dar es Salaam.\n\n"
            "Earlier in the day, Wafula addressed a business forum in Tokyo. Business federation chairman Hiroshi Kato "
            "also spoke at the forum.\n\nOn 3 May 2019, Wafula received Mori at the Alvorada palace.")
    found = {(m["date"], m["place"], tuple(sorted(m["participants"])))
             for m in meetings_of(text, bare_knowledge, published="2025-05-14")}
    assert found == {("2025-05-14", "Tokyo", ("Aiko Tanabe", "Daniel Otieno Wafula", "Grace Njeri", "Kenta Mori")),
                     ("2024-11", "Dar es Salaam", ("Daniel Otieno Wafula", "Kenta Mori")),
                     ("2025-05-14", "Tokyo", ("Daniel Otieno Wafula", "Hiroshi Kato")),
                     ("2019-05-03", "Tokyo", ("Daniel Otieno Wafula", "Kenta Mori"))}  # (the dateline, not the town Alvorada)


def test_a_newsletters_programme_of_the_day_under_its_heading(bare_knowledge):
    text = ("Daniel Otieno Wafula came to Hanoi fresh from Tokyo. His Hanoi programme on 28 March was about as packed as "
            "state visits get:\n\n"
            "- In the morning, the official welcome at the Presidential Palace, followed by talks with President Lê Văn Hải.\n\n"
            "- Early in the afternoon, a call on General Secretary Trịnh Quốc Bảo at the Party headquarters.\n\n"
            "- Later, a meeting with Prime Minister Đặng Minh Khoa at the Government Office.\n\n"
            "- And, to close the day, a meeting with National Assembly Chairman Vũ Thanh Tùng.\n\n"
            "Wafula flew home on the 29th. By Friday the premier was in Beijing, where Zhou Ming told him at the "
            "guesthouse that trade wars have no winners.")
    found = {(m["date"], m["place"], tuple(sorted(m["participants"])))
             for m in meetings_of(text, bare_knowledge, published="2025-04-05")}
    assert {f for f in found if f[0] == "2025-03-28"} == {
        ("2025-03-28", "Hanoi", ("Daniel Otieno Wafula", name))
        for name in ("Lê Văn Hải", "Trịnh Quốc Bảo", "Đặng Minh Khoa", "Vũ Thanh Tùng")}


def test_an_interviews_answers_are_the_interviewees_i(bare_knowledge):
    text = ("NAIROBI -- Kenyan Foreign Minister Grace Njeri sat down with us on Thursday morning, shortly before the "
            "delegation left for Hanoi.\n\nEdited excerpts from the interview follow.\n\n"
            "Q: How would you sum up the trip?\n\nA: Very positively. The relationship is old, but we gave it energy.\n\n"
            "Q: Did you also have your own bilateral meetings?\n\n"
            "A: On Tuesday afternoon, while the president was at the parliament, I had a working meeting with Foreign "
            "Minister Aiko Tanabe at the Iikura Guest House. We reviewed the action plan.\n\n"
            "Q: Is Kenya worried about tariffs?\n\nA: I spoke with Secretary of State Marco Rubio by phone last week.")
    found = {(m["date"], tuple(sorted(m["participants"]))) for m in meetings_of(text, bare_knowledge, published="2025-03-27")}
    assert found == {("2025-03-25", ("Aiko Tanabe", "Grace Njeri"))}


def test_the_next_morning_a_leader_by_nationality_and_seeing_someone_again(bare_knowledge):
    text = ("Spanish Prime Minister Ana Ruiz toured Asia in April. Ruiz's talks with Prime Minister Đặng Minh Khoa in Hanoi on 9 April "
            "went well. The next morning Ruiz called on General Secretary Trịnh Quốc Bảo at the Party headquarters, "
            "before leaving for Beijing.\n\nIn Beijing on Friday, the Spanish leader met the chairman of the Standing "
            "Committee, Wu Jian, at the Great Hall of the People.\n\nShe returned and saw Zhou Ming again at the "
            "Diaoyutai on 9 September 2024, and also held talks with Premier Lin Hai on that trip.")
    found = {(m["date"], m["place"], tuple(sorted(m["participants"])))
             for m in meetings_of(text, bare_knowledge, published="2025-04-12")}
    assert found == {("2025-04-09", "Hanoi", ("Ana Ruiz", "Đặng Minh Khoa")),
                     ("2025-04-10", "Hanoi", ("Ana Ruiz", "Trịnh Quốc Bảo")),
                     ("2025-04-11", "Beijing", ("Ana Ruiz", "Wu Jian")),
                     ("2024-09-09", "Beijing", ("Ana Ruiz", "Zhou Ming")),
                     ("2024-09-09", "Beijing", ("Ana Ruiz", "Lin Hai"))}


def test_a_meeting_attended_on_each_side(bare_knowledge):
    text = ("Hanoi (Vietnam), Wednesday 9 April 2025\n\nThe President of the Government, Ana Ruiz, today held a meeting in "
            "Hanoi with the Prime Minister of Vietnam, Đặng Minh Khoa, at the Government Headquarters.\n\n"
            "The meeting, held first in a restricted format and then with the full delegations, was attended on the "
            "Spanish side by the Minister for Economy, Tomás Vidal, and on the Vietnamese side by the Deputy Prime "
            "Minister, Lê Văn Hải.")
    found = [(m["date"], sorted(m["participants"])) for m in meetings_of(text, bare_knowledge, published=None)]
    assert found == [("2025-04-09", ["Ana Ruiz", "Lê Văn Hải", "Tomás Vidal", "Đặng Minh Khoa"])]


def test_before_receiving_the_guest_is_the_same_day(bare_knowledge):
    text = ("ST PETERSBURG, April 12 (Wire) - President Kemal Aydin received envoy Laura Whitfield in the city on Friday.\n\n"
            "The talks lasted four hours. The envoy left without comment. Officials said the mood was good. The two sides "
            "will meet again. Markets rose on the news. Analysts were divided. The rouble firmed.\n\n"
            "Before receiving the American guest, the president held a working meeting with Governor Selim Oral at the "
            "Smolny.")
    found = {(m["date"], tuple(sorted(m["participants"]))) for m in meetings_of(text, bare_knowledge, published="2025-04-12")}
    assert found == {("2025-04-11", ("Kemal Aydin", "Laura Whitfield")), ("2025-04-11", ("Kemal Aydin", "Selim Oral"))}


def test_met_twice_on_two_days_and_a_meeting_hosted_for_the_visitor(bare_knowledge):
    text = ("BEIJING, July 18 (Wire) - Prime Minister Ana Ruiz ended her visit to China on Friday.\n\n"
            "The headline event came on July 15, when Zhou Ming received her at the Great Hall of the People. The same day, "
            "Lin Hai hosted the annual leaders' meeting.\n\n"
            "A refresher: Tomas Lind and Pavel Orlov have met twice, on May 16 at the Dolmabahce Palace and on June 2 at "
            "the Ciragan Palace.")
    found = {(m["date"], tuple(sorted(m["participants"]))) for m in meetings_of(text, bare_knowledge, published="2025-07-18")}
    assert found == {("2025-07-15", ("Ana Ruiz", "Zhou Ming")), ("2025-07-15", ("Ana Ruiz", "Lin Hai")),
                     ("2025-05-16", ("Pavel Orlov", "Tomas Lind")), ("2025-06-02", ("Pavel Orlov", "Tomas Lind"))}


def test_a_transcripts_label_in_capitals_is_the_speaker_introduced_before(bare_knowledge):
    text = ("Foreign Minister Ana Ruiz spoke to Tom Lind from Washington on Thursday morning.\n\n"
            "TOM LIND: Minister, good morning. Were you surprised?\n\n"
            "RUIZ: On Tuesday I met Deputy Secretary Peter Kaye at the State Department, together with our envoy "
            "Grace Njeri. We prepared the ground.")
    found = {(m["date"], tuple(sorted(m["participants"]))) for m in meetings_of(text, bare_knowledge, published="2025-05-22")}
    assert found == {("2025-05-20", ("Ana Ruiz", "Grace Njeri", "Peter Kaye"))}


def test_received_by_one_host_and_by_another_before_the_guests_name(bare_knowledge):
    text = ("Three weeks earlier Daniel Otieno Wafula had made a different kind of journey. Received by King Harald Moen at "
            "the royal palace in Oslo on 25 March and by Prime Minister Ingrid Dahl in Bergen on 26 March, Wafula was "
            "treated to the full pomp of a state visit.")
    found = {(m["date"], m["place"], tuple(sorted(m["participants"])))
             for m in meetings_of(text, bare_knowledge, published="2025-04-14")}
    assert found == {("2025-03-25", "Oslo", ("Daniel Otieno Wafula", "Harald Moen")),
                     ("2025-03-26", "Bergen", ("Daniel Otieno Wafula", "Ingrid Dahl"))}


def test_the_day_after_someones_meeting_is_the_day_before(bare_knowledge):
    text = ("Foreign Minister Ana Ruiz spoke to reporters in Lima on Thursday morning, the day after President Tomas "
            "Lind's meeting with President Grace Njeri.")
    found = {(m["date"], tuple(sorted(m["participants"]))) for m in meetings_of(text, bare_knowledge, published="2025-05-22")}
    assert found == {("2025-05-21", ("Grace Njeri", "Tomas Lind"))}


def test_days_spent_in_a_town_a_day_and_town_opening_a_sentence_and_a_second_meeting_on_its_own_day(bare_knowledge):
    """"spent three days in Luanda, where ..." places the next paragraph's talks; ", and on Wednesday
    met B" is another meeting on that day; "since Joseph Kabila left office" is not B's meeting;
    "Yesterday in Lusaka, X received Y" is in Lusaka."""
    text = ("Ramaphosa's week abroad\n\nPresident Cyril Ramaphosa spent three days in Luanda, where the SADC summit adopted a "
            "communique few will read. The real business was bilateral.\n\n"
            "He held talks with Angolan President João Lourenço at the Cidade Alta palace on Tuesday, and on Wednesday met "
            "Felix Tshisekedi, the Congolese president, for the first time since Joseph Kabila left office in 2019.\n\n"
            "Yesterday in Lusaka, President Hakainde Hichilema received Ramaphosa at State House.\n")
    found = {(m["date"], frozenset(m["participants"]), m["place"]) for m in meetings_of(text, bare_knowledge, published="2025-08-22")}
    assert found == {("2025-08-19", frozenset({"Cyril Ramaphosa", "João Lourenço"}), "Luanda"),
                     ("2025-08-20", frozenset({"Cyril Ramaphosa", "Felix Tshisekedi"}), "Luanda"),
                     ("2025-08-21", frozenset({"Cyril Ramaphosa", "Hakainde Hichilema"}), "Lusaka")}


def test_the_ministers_of_the_sentence_before_meet_on_its_day(bare_knowledge):
    """A release: "A and B today launched negotiations. The Ministers met at ... in Canberra": those two,
    that day; "The ministers" after two people who are not ministers names no one."""
    text = ("MEDIA RELEASE\n\nPoland and Australia open talks on a partnership\n\n12 MAY 2025\n\n"
            "Poland's Minister of Development and Technology, Krzysztof Paszyk, and Australia's Minister for Trade "
            "and Tourism, Don Farrell, today launched negotiations on an economic partnership.\n\n"
            "The Ministers met at Parliament House in Canberra, where they agreed the terms of reference.\n")
    found = meetings_of(text, bare_knowledge, published=None)
    assert [(m["date"], sorted(m["participants"]), m["place"]) for m in found] == [
        ("2025-05-12", ["Don Farrell", "Krzysztof Paszyk"], "Canberra")]
    other = ("Singer Ana Lima and footballer Rui Costa today opened the festival.\n\n"
             "The ministers met at the palace in Lisbon.\n")
    assert meetings_of(other, bare_knowledge, published="2025-05-12") == []


def test_his_talks_then_a_call_the_next_day_that_same_weekday_and_a_meeting_in_a_relative_clause(bare_knowledge):
    """"His talks with A on 2 May ..., and he called on B the next day": two meetings, the second a day
    later; "That same Friday, A also received C, who had met D that morning": A with C (the main
    clause, not the past perfect of the clause after it) and C with D, both on that Friday."""
    text = ("It has been a month since Fiji's Prime Minister Sitiveni Rabuka was the chief guest at the Tokyo forum. "
            "His talks with Prime Minister Shigeru Ishiba at the Kantei on 2 May produced a maritime accord, and he called on "
            "Emperor Naruhito the next day.\n\n"
            "That same Friday, Ishiba also received Kenyan President William Ruto, who had met Foreign Minister Takeshi Iwaya "
            "that morning.\n")
    found = {(m["date"], frozenset(m["participants"])) for m in meetings_of(text, bare_knowledge, published="2025-05-30")}
    assert found == {("2025-05-02", frozenset({"Sitiveni Rabuka", "Shigeru Ishiba"})),
                     ("2025-05-03", frozenset({"Sitiveni Rabuka", "Naruhito"})),
                     ("2025-05-02", frozenset({"Shigeru Ishiba", "William Ruto"})),
                     ("2025-05-02", frozenset({"William Ruto", "Takeshi Iwaya"}))}


def test_a_day_of_a_state_visit_told_by_a_regional_paper_and_a_presidencys_bilateral_meeting_this_tuesday(bare_knowledge):
    """"Later in the afternoon" and "in the evening" are the day just told; a dinner "in honour of the
    visiting President" is with the President, not with the last caller; "In Kolkata on Thursday, X
    met Y" is in Kolkata; "held a bilateral meeting this Tuesday with" is a meeting."""
    text = ("BHUBANESWAR\n\nGhanaian President John Mahama on Friday visited the Odisha Space Applications Centre, where "
            "director Sudhansu Mishra briefed him.\n\n"
            "Later in the afternoon, Chief Minister Mohan Charan Majhi called on Mahama at the Mayfair hotel.\n\n"
            "Governor Hari Babu Kambhampati hosted a dinner in honour of the visiting President at Raj Bhavan in the evening.\n\n"
            "In Kolkata on Thursday, Mahama met West Bengal Chief Minister Mamata Banerjee.\n")
    found = {(m["date"], frozenset(m["participants"]), m["place"]) for m in meetings_of(text, bare_knowledge, published="2025-05-10")}
    assert found == {("2025-05-09", frozenset({"John Mahama", "Sudhansu Mishra"}), "Bhubaneswar"),
                     ("2025-05-09", frozenset({"John Mahama", "Mohan Charan Majhi"}), "Bhubaneswar"),
                     ("2025-05-09", frozenset({"John Mahama", "Hari Babu Kambhampati"}), "Bhubaneswar"),
                     ("2025-05-08", frozenset({"John Mahama", "Mamata Banerjee"}), "Kolkata")}
    release = ("As part of his State Visit, the President of the Republic, Luis Arce, held a bilateral meeting this Tuesday "
               "with the Prime Minister of Spain, Pedro Sánchez, at the Moncloa Palace in Madrid.\n")
    found = meetings_of(release, bare_knowledge, published="2025-06-10")
    assert [(m["date"], sorted(m["participants"])) for m in found] == [("2025-06-10", ["Luis Arce", "Pedro Sánchez"])]


def test_time_spent_with_someone_opening_a_sentence(bare_knowledge):
    text = ("After nearly three hours with President Alexander Stubb at Kultaranta on Thursday, Estonian Prime Minister "
            "Kristen Michal left without a statement.\n")
    found = meetings_of(text, bare_knowledge, published="2025-07-05")
    assert [(m["date"], sorted(m["participants"])) for m in found] == [("2025-07-03", ["Alexander Stubb", "Kristen Michal"])]
