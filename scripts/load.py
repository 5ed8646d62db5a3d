"""Load stage: the tables, their full-text indexes and facet indexes, written with sqlite-utils.

Tables are created with explicit columns and keys before any row arrives, so that the
schema does not depend on the data and two builds of the same `raw/` are identical.
"""

from __future__ import annotations

from typing import Iterable

import sqlite_utils

SCHEMA: dict[str, dict] = {
    "articles": {
        "columns": {
            "id": str, "title": str, "file": str, "format": str, "url": str, "url_source": str, "outlet": str,
            "outlet_source": str, "headline": str, "headline_source": str, "subheadline": str,
            "dateline": str, "dateline_text": str, "dateline_agency": str, "dateline_date": str,
            "published": str, "published_source": str, "month": str, "body": str, "boilerplate": str,
            "word_count": int, "person_count": int, "meeting_count": int, "tweet_count": int,
            "encoding": str, "sha256": str, "bytes": int, "duplicate_files": str,
        },
        "pk": "id",
    },
    "people": {
        "columns": {
            "id": str, "name": str, "country": str, "country_source": str, "organisation": str,
            "title": str, "title_source": str, "aliases": str, "twitter": str, "mention_count": int,
            "article_count": int, "meeting_count": int, "first_seen": str, "last_seen": str,
            "in_registry": int,
        },
        "pk": "id",
    },
    "mentions": {
        "columns": {
            "id": str, "person_id": str, "article_id": str, "text": str, "kind": str, "title": str,
            "role": str, "country": str, "organisation": str, "char_start": int, "char_end": int,
            "sentence": str, "evidence": str,
        },
        "pk": "id",
        "foreign_keys": [("person_id", "people", "id"), ("article_id", "articles", "id")],
    },
    "roles": {
        "columns": {
            "id": str, "person_id": str, "article_id": str, "published": str, "role": str, "title": str,
            "organisation": str, "country": str, "sentence": str,
        },
        "pk": "id",
        "foreign_keys": [("person_id", "people", "id"), ("article_id", "articles", "id")],
    },
    "meetings": {
        "columns": {
            "id": str, "title": str, "date": str, "date_precision": str, "date_text": str, "month": str,
            "year": int, "place": str, "place_source": str, "venue": str, "country": str,
            "latitude": float, "longitude": float, "summary": str, "participants": str, "participant_count": int, "source_count": int,
        },
        "pk": "id",
    },
    "meeting_participants": {
        "columns": {"meeting_id": str, "person_id": str, "role": str},
        "pk": ("meeting_id", "person_id"),
        "foreign_keys": [("meeting_id", "meetings", "id"), ("person_id", "people", "id")],
    },
    "meeting_sources": {
        "columns": {"meeting_id": str, "article_id": str, "char_start": int, "char_end": int, "sentence": str},
        "pk": ("meeting_id", "article_id", "char_start"),
        "foreign_keys": [("meeting_id", "meetings", "id"), ("article_id", "articles", "id")],
    },
    "meeting_pairs": {
        "columns": {"person_id": str, "other_id": str, "meetings": int, "first": str, "last": str},
        "pk": ("person_id", "other_id"),
        "foreign_keys": [("person_id", "people", "id"), ("other_id", "people", "id")],
    },
    "tweets": {
        "columns": {
            "id": str, "url": str, "handle": str, "person_id": str, "person_source": str,
            "created_at": str, "month": str, "quoted_text": str, "display_date": str, "author_name": str,
            "article_count": int,
        },
        "pk": "id",
        "foreign_keys": [("person_id", "people", "id")],
    },
    "tweet_articles": {
        "columns": {
            "tweet_id": str, "article_id": str, "position": int, "form": str, "quoted_text": str,
            "char_start": int, "char_end": int,
        },
        "pk": ("tweet_id", "article_id"),
        "foreign_keys": [("tweet_id", "tweets", "id"), ("article_id", "articles", "id")],
    },
}

FULL_TEXT = {
    "articles": ["headline", "body"],
    "people": ["name", "aliases", "title", "organisation"],
    "meetings": ["title", "summary", "place", "venue"],
    "tweets": ["quoted_text", "handle"],
}

INDEXES = {
    "articles": [["outlet"], ["published"], ["month"], ["dateline"], ["format"]],
    "people": [["country"], ["organisation"], ["name"], ["in_registry"]],
    "mentions": [["person_id"], ["article_id"], ["kind"]],
    "roles": [["person_id"], ["article_id"], ["published"]],
    "meetings": [["date"], ["month"], ["year"], ["place"], ["country"], ["venue"], ["date_precision"]],
    "meeting_participants": [["person_id"], ["role"]],
    "meeting_sources": [["article_id"]],
    "meeting_pairs": [["meetings", "person_id", "other_id"], ["other_id"]],
    "tweets": [["handle"], ["person_id"], ["month"], ["created_at"]],
    "tweet_articles": [["article_id"]],
}


def create_schema(db: sqlite_utils.Database) -> None:
    for name, spec in SCHEMA.items():
        db[name].create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys"))


def insert(db: sqlite_utils.Database, table: str, rows: Iterable[dict]) -> None:
    """Append rows to a table sqlite-utils created. Values are already plain text and numbers,
    so one prepared statement does it: sqlite-utils' insert_all would inspect every value again,
    which costs more than the rest of a cached rebuild."""
    columns = list(SCHEMA[table]["columns"])
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    db.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
                        ([row.get(c) for c in columns] for row in rows))


def finish(db: sqlite_utils.Database) -> None:
    """Facet indexes, counts that need every table, full-text search, statistics."""
    for table, columns in INDEXES.items():
        for index in columns:
            db[table].create_index(index, if_not_exists=True)
    db.execute("""UPDATE articles SET
        person_count = (SELECT count(DISTINCT person_id) FROM mentions WHERE article_id = articles.id),
        meeting_count = (SELECT count(DISTINCT meeting_id) FROM meeting_sources WHERE article_id = articles.id),
        tweet_count = (SELECT count(*) FROM tweet_articles WHERE article_id = articles.id)""")
    # Who met whom, counted once here rather than on every visit to the canned query.
    db.execute("""INSERT INTO meeting_pairs (person_id, other_id, meetings, first, last)
        SELECT a.person_id, b.person_id, count(*), min(meetings.date), max(meetings.date)
        FROM meeting_participants a
        JOIN meeting_participants b ON b.meeting_id = a.meeting_id AND a.person_id < b.person_id
        JOIN meetings ON meetings.id = a.meeting_id
        GROUP BY a.person_id, b.person_id ORDER BY a.person_id, b.person_id""")
    db.execute("""UPDATE people SET meeting_count =
        (SELECT count(*) FROM meeting_participants WHERE person_id = people.id)""")
    db.execute("""UPDATE tweets SET article_count =
        (SELECT count(*) FROM tweet_articles WHERE tweet_id = tweets.id)""")
    for table, columns in FULL_TEXT.items():
        db[table].enable_fts(columns, tokenize="porter", create_triggers=False, replace=True)
    db.execute("ANALYZE")
