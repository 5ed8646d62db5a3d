"""Held-out articles in other outlets' house styles (tests/unseen/), scored like the seeds.

They were written and annotated separately from the extraction rules, with people, places
and dates the seeds do not have. The thresholds are the issues' targets for unseen text;
the build without the people registry must meet them too (detection cannot lean on a list).
"""

from __future__ import annotations

import pytest

from scripts.build import build
from scripts.evaluate import evaluate

from .conftest import TESTS

UNSEEN = TESTS / "unseen"


@pytest.fixture(scope="module", params=["with registry", "without registry"])
def report(request, tmp_path_factory):
    db = tmp_path_factory.mktemp("unseen") / "envoys.db"
    build(UNSEEN / "raw", db, jobs=1, use_registry=request.param == "with registry", warn=lambda line: None)
    return evaluate(UNSEEN / "gold.yaml", db)


def test_people_f1_per_article(report):
    for article in report["articles"]:
        assert "error" not in article, article
        assert article["people"]["f1"] >= 0.85, (article["file"], article["people"])
    assert report["totals"]["people"]["f1"] >= 0.95, report["totals"]["people"]


def test_no_person_split_over_two_rows(report):
    assert report["totals"]["people_split_over_rows"] == []


def test_meetings(report):
    totals = report["totals"]
    assert totals["meetings"]["f1"] >= 0.90, totals["meetings"]
    assert totals["meeting_date_accuracy"] >= 0.95
    assert totals["meeting_place_accuracy"] >= 0.90
    assert totals["duplicate_meetings"] == 0


def test_tweets_and_article_fields(report):
    right, total = map(int, report["totals"]["tweets_right"].split("/"))
    assert right == total
    right, total = map(int, report["totals"]["article_fields_right"].split("/"))
    assert right >= 0.9 * total
