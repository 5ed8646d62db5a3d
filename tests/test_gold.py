"""The seeds against their hand annotation (tests/gold.yaml), scored by `python -m scripts.evaluate`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from scripts.evaluate import evaluate

from .conftest import PROJECT, TESTS


@pytest.fixture(scope="module")
def report(seeds_db):
    return evaluate(TESTS / "gold.yaml", seeds_db)


def test_every_listed_person_in_every_article_and_no_one_else(report):
    for article in report["articles"]:
        people = article["people"]
        assert people["missed"] == [] and people["extra"] == [], article["file"]
    assert report["totals"]["people"]["f1"] == 1.0


def test_the_sixteen_people_of_the_registry_with_their_countries(report):
    totals = report["totals"]
    assert totals["people_rows"] == 16
    assert totals["registry_people_found"] == "16/16"
    assert totals["registry_countries_right"] == "16/16"
    assert totals["people_split_over_rows"] == []


def test_the_five_required_meetings_exactly_and_nothing_else(report):
    totals = report["totals"]
    assert totals["meetings"]["tp"] == 5 and totals["meetings"]["fp"] == 0 and totals["meetings"]["fn"] == 0
    assert totals["meeting_exact_participants"] == "5/5"
    assert totals["meeting_date_accuracy"] == 1.0 and totals["meeting_place_accuracy"] == 1.0
    assert totals["duplicate_meetings"] == 0


def test_tweets_and_article_fields(report):
    assert report["totals"]["tweets_right"] == "3/3"
    assert report["totals"]["article_fields_right"] == "12/12"


def test_evaluate_command_prints_scores_per_article(seeds_db):
    done = subprocess.run([sys.executable, "-m", "scripts.evaluate", str(TESTS / "gold.yaml"), str(seeds_db)],
                          cwd=PROJECT, capture_output=True, text=True)
    assert done.returncode == 0
    assert "003_0f3ca805edc1ce03.txt" in done.stdout
    assert "people    precision 1.000  recall 1.000  F1 1.000" in done.stdout
