"""Load stage: the tables, their full-text indexes and facet indexes, written with sqlite-utils.

Tables are created with explicit columns and keys before any row arrives, so that the
schema does not depend on the data and two builds of the same `raw/` are identical.
"""

from __future__ import annotations

import hashlib
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
            "id": str, "person_id": str, "article_id": str, "text": str, "name": str, "kind": str, "title": str,
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

# Only what facets, sorts and row pages need: every index costs build time.
INDEXES = {
    "articles": [["outlet"], ["published"], ["month"]],
    "people": [["country"], ["organisation"]],
    "mentions": [["person_id", "article_id"], ["article_id", "person_id"]],  # (pages, and counting without the rows)
    "roles": [["person_id"], ["article_id"]],
    "meetings": [["date"], ["month"], ["place"], ["country"]],
    "meeting_participants": [["person_id"]],
    "meeting_sources": [["article_id"]],
    "meeting_pairs": [["meetings", "person_id", "other_id"], ["other_id"]],
    "tweets": [["handle"], ["person_id"], ["month"], ["created_at"]],
    "tweet_articles": [["article_id"]],
}


# Tables written article by article. A rebuild keeps the rows of unchanged articles from the
# previous database and rewrites every other table (see `clear_derived`); roles are rewritten only for
# the articles whose people changed (see `link_mentions`), and the articles' full-text index only for
# the articles that changed (see `remove_articles` and `index_articles_text`).
PER_ARTICLE = ("articles", "mentions", "roles")
KEPT_FULL_TEXT = "articles_fts"


# What a database's layout depends on: a build patches a previous database only if it has this.
LAYOUT = hashlib.sha256(repr((SCHEMA, FULL_TEXT, INDEXES, PER_ARTICLE)).encode()).hexdigest()[:16]


def create_schema(db: sqlite_utils.Database) -> None:
    for name, spec in SCHEMA.items():
        db[name].create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys"))


def rowid(identifier: str) -> int:
    """A row's place in its table, from its id: rows sit in the same order whether the file was
    written from scratch or patched from the previous build, so both dump the same."""
    return int.from_bytes(hashlib.blake2b(identifier.encode(), digest_size=8).digest(), "big") >> 1


def insert(db: sqlite_utils.Database, table: str, rows: Iterable[dict]) -> None:
    """Append rows to a table sqlite-utils created. Values are already plain text and numbers,
    so one prepared statement does it: sqlite-utils' insert_all would inspect every value again,
    which costs more than the rest of a cached rebuild."""
    columns = list(SCHEMA[table]["columns"])
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    if table in PER_ARTICLE:
        db.conn.executemany(f"INSERT INTO [{table}] (rowid, {names}) VALUES (?, {marks})",
                            ((rowid(row["id"]), *map(row.get, columns)) for row in rows))
    else:
        db.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
                            (tuple(map(row.get, columns)) for row in rows))


def clear_derived(db: sqlite_utils.Database) -> None:
    """Turn a copy of the previous build back into what `create_schema` and the per-article rows
    make: no index, full-text table or statistics (they are made again, in the same order), and
    only the per-article tables keep rows."""
    objects = db.execute("""SELECT type, name FROM sqlite_master
        WHERE (type = 'index' AND sql IS NOT NULL) OR (type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%')
        OR name = 'sqlite_stat1'""").fetchall()
    for kind, name in objects:
        if (kind == "index" and name in _per_article_indexes()) or name == KEPT_FULL_TEXT:
            continue  # kept: the per-article tables keep their rows, and so their indexes
        db.execute(f"DROP {kind.upper()} IF EXISTS [{name}]")
    for table in SCHEMA:
        if table not in PER_ARTICLE:
            db.execute(f"DELETE FROM [{table}]")


def _per_article_indexes() -> set[str]:
    return {f"idx_{table}_{'_'.join(columns)}" for table in PER_ARTICLE for columns in INDEXES[table]}


def index_per_article(db: sqlite_utils.Database) -> None:
    """The indexes of the per-article tables, made once their rows are in (and before the
    articles' full-text table, so that sqlite_master lists them in the same order whether the
    file was written from scratch or patched)."""
    for table in PER_ARTICLE:
        for columns in INDEXES[table]:
            db[table].create_index(columns, if_not_exists=True)


def remove_articles(db: sqlite_utils.Database, article_ids: Iterable[str]) -> None:
    """Delete articles (their mentions, roles and words in the full-text index) whose file changed
    or went away."""
    db.execute("CREATE TEMP TABLE gone (id TEXT PRIMARY KEY)")
    db.conn.executemany("INSERT INTO temp.gone VALUES (?)", ((i,) for i in sorted(article_ids)))
    # An external-content index forgets a row only when given the words it indexed.
    columns = ", ".join(f"[{c}]" for c in FULL_TEXT["articles"])
    db.execute(f"""INSERT INTO [{KEPT_FULL_TEXT}] ([{KEPT_FULL_TEXT}], rowid, {columns})
        SELECT 'delete', rowid, {columns} FROM articles WHERE id IN (SELECT id FROM temp.gone)""")
    db.execute("DELETE FROM mentions WHERE article_id IN (SELECT id FROM temp.gone)")
    db.execute("DELETE FROM roles WHERE article_id IN (SELECT id FROM temp.gone)")
    db.execute("DELETE FROM articles WHERE id IN (SELECT id FROM temp.gone)")
    db.execute("DROP TABLE temp.gone")


def mention_facts(db: sqlite_utils.Database):
    """What resolving needs of every mention, streamed from one scan of the table (in no order:
    resolving only counts and collects what the rows say)."""
    yield from db.conn.execute("SELECT name, text, kind, country, organisation, role, title, article_id FROM mentions")


def published_dates(db: sqlite_utils.Database) -> dict[str, str]:
    return dict(db.execute("SELECT id, published FROM articles").fetchall())


def write_roles(db: sqlite_utils.Database, article_ids: Iterable[str]) -> None:
    """`roles`: a person's role as each article states it, from the first mention there that
    gives a role or a title (a name used as an adjective gives neither), for the articles given
    (those link_mentions found changed; the others keep their rows)."""
    db.execute("CREATE TEMP TABLE touched (id TEXT PRIMARY KEY)")
    db.conn.executemany("INSERT INTO temp.touched VALUES (?)", ((i,) for i in sorted(article_ids)))
    db.execute("DELETE FROM roles WHERE article_id IN (SELECT id FROM temp.touched)")
    db.conn.create_function("row_place", 1, rowid, deterministic=True)
    # (SQLite takes the other columns of a min() aggregate from the row with the minimum)
    db.execute("""INSERT INTO roles (rowid, id, person_id, article_id, published, role, title, organisation, country, sentence)
        SELECT row_place(m.person_id || '@' || m.article_id), m.person_id || '@' || m.article_id, m.person_id, m.article_id,
               a.published, m.role, m.title, m.organisation, m.country, m.sentence
        FROM (SELECT person_id, article_id, min(char_start), role, title, organisation, country, sentence FROM mentions
              WHERE article_id IN (SELECT id FROM temp.touched) AND person_id IS NOT NULL
                    AND (role IS NOT NULL OR title IS NOT NULL) AND kind != 'attributive'
              GROUP BY person_id, article_id) AS m
        JOIN articles AS a ON a.id = m.article_id""")
    db.execute("DROP TABLE temp.touched")


def link_mentions(db: sqlite_utils.Database, person_of: dict[str, str]) -> set[str]:
    """Mentions were written before people were resolved: give each its person's id. Only the
    mentions whose person changed are updated (after a patch, most already have the right one);
    returns the articles they are in."""
    current = db.execute("SELECT DISTINCT name, person_id FROM mentions").fetchall()
    changed = sorted({name for name, person in current if person_of.get(name) != person})
    db.execute("CREATE TEMP TABLE person_of (name TEXT PRIMARY KEY, person_id TEXT)")
    db.conn.executemany("INSERT INTO temp.person_of VALUES (?, ?)", ((n, person_of.get(n)) for n in changed))
    touched = {article for (article,) in db.execute("""UPDATE mentions
        SET person_id = (SELECT person_id FROM temp.person_of WHERE name = mentions.name)
        WHERE name IN (SELECT name FROM temp.person_of)
              AND person_id IS NOT (SELECT person_id FROM temp.person_of WHERE name = mentions.name)
        RETURNING article_id""").fetchall()}
    db.execute("DROP TABLE temp.person_of")
    return touched


def finish(db: sqlite_utils.Database) -> None:
    """Facet indexes, counts that need every table, full-text search, statistics."""
    for table, columns in INDEXES.items():
        for index in columns:
            db[table].create_index(index, if_not_exists=True)
    # Who met whom, counted once here rather than on every visit to the canned query.
    db.execute("""INSERT INTO meeting_pairs (person_id, other_id, meetings, first, last)
        SELECT a.person_id, b.person_id, count(*), min(meetings.date), max(meetings.date)
        FROM meeting_participants a
        JOIN meeting_participants b ON b.meeting_id = a.meeting_id AND a.person_id < b.person_id
        JOIN meetings ON meetings.id = a.meeting_id
        GROUP BY a.person_id, b.person_id ORDER BY a.person_id, b.person_id""")
    db.execute("""UPDATE people SET meeting_count = met.meetings
        FROM (SELECT person_id, count(*) AS meetings FROM meeting_participants GROUP BY person_id) AS met
        WHERE met.person_id = people.id""")
    db.execute("UPDATE people SET meeting_count = 0 WHERE meeting_count IS NULL")
    _count_mentions(db)
    _countries_from_hosting(db)
    db.execute("""UPDATE tweets SET article_count =
        (SELECT count(*) FROM tweet_articles WHERE tweet_id = tweets.id)""")
    _count_per_article(db)
    for table in FULL_TEXT:
        if table != "articles":  # created, and filled on another thread, before resolving
            create_full_text(db, table)
            fill_full_text(db.conn, table)
    # Statistics for the query planner, of the tables the site queries (not of the full-text
    # indexes' own tables, which describe how their segments happen to be laid out).
    for table in SCHEMA:
        db.execute(f"ANALYZE [{table}]")


def _count_mentions(db: sqlite_utils.Database) -> None:
    """How often and in how many articles each person is named, and the first and last of those
    articles' dates."""
    # The dates apart from the articles' long rows: looked up once for each person and article.
    db.execute("CREATE TEMP TABLE published_of (id TEXT PRIMARY KEY, published TEXT) WITHOUT ROWID")
    db.execute("INSERT INTO temp.published_of SELECT id, published FROM articles")
    db.execute("""UPDATE people SET mention_count = named.mentions, article_count = named.articles,
            first_seen = named.first, last_seen = named.last
        FROM (SELECT person_id, sum(times) AS mentions, count(*) AS articles, min(published) AS first, max(published) AS last
              FROM (SELECT person_id, article_id, count(*) AS times FROM mentions WHERE person_id IS NOT NULL
                    GROUP BY person_id, article_id) AS named_in
              JOIN temp.published_of AS a ON a.id = named_in.article_id GROUP BY person_id) AS named
        WHERE named.person_id = people.id""")
    db.execute("DROP TABLE temp.published_of")
    db.execute("UPDATE people SET mention_count = 0, article_count = 0 WHERE mention_count IS NULL")


def _countries_from_hosting(db: sqlite_utils.Database) -> None:
    """A person with no known country who hosts meetings in one country is taken to serve it
    (the army chief receiving visitors at GHQ); `country_source` says so."""
    db.execute("""UPDATE people SET country = hosted.country,
            country_source = 'meetings: hosted ' || hosted.meetings || ' in ' || hosted.country
        FROM (SELECT person_id, min(meetings.country) AS country, count(*) AS meetings
              FROM meeting_participants JOIN meetings ON meetings.id = meeting_participants.meeting_id
              WHERE role = 'host' AND meetings.country IS NOT NULL
              GROUP BY person_id HAVING count(DISTINCT meetings.country) = 1) AS hosted
        WHERE hosted.person_id = people.id AND coalesce(people.country, '') = ''""")


def _count_per_article(db: sqlite_utils.Database) -> None:
    """The people, meetings and tweets of each article; only rows whose counts changed are
    written (after a patch, most articles' counts are the previous build's)."""
    db.execute("""UPDATE articles SET person_count = counted.people, meeting_count = counted.meetings,
            tweet_count = counted.tweets
        FROM (SELECT articles.id, coalesce(p.n, 0) AS people, coalesce(m.n, 0) AS meetings, coalesce(t.n, 0) AS tweets
              FROM articles
              LEFT JOIN (SELECT article_id, count(DISTINCT person_id) AS n FROM mentions GROUP BY article_id) AS p
                ON p.article_id = articles.id
              LEFT JOIN (SELECT article_id, count(DISTINCT meeting_id) AS n FROM meeting_sources GROUP BY article_id) AS m
                ON m.article_id = articles.id
              LEFT JOIN (SELECT article_id, count(*) AS n FROM tweet_articles GROUP BY article_id) AS t
                ON t.article_id = articles.id) AS counted
        WHERE counted.id = articles.id AND (person_count, meeting_count, tweet_count)
              IS NOT (counted.people, counted.meetings, counted.tweets)""")


def create_full_text(db: sqlite_utils.Database, table: str) -> None:
    """The full-text table sqlite-utils' enable_fts makes (porter stemming, external content),
    created here apart from filling it so that the articles' one can be filled on another thread."""
    columns = ", ".join(f"[{c}]" for c in FULL_TEXT[table])
    db.execute(f"CREATE VIRTUAL TABLE [{table}_fts] USING FTS5 ({columns}, tokenize='porter', content=[{table}])")


def index_articles_text(db: sqlite_utils.Database, article_ids: Iterable[str]) -> None:
    """Add articles written into a patched database to the full-text index it kept."""
    columns = ", ".join(f"[{c}]" for c in FULL_TEXT["articles"])
    db.execute("CREATE TEMP TABLE fresh (id TEXT PRIMARY KEY)")
    db.conn.executemany("INSERT INTO temp.fresh VALUES (?)", ((i,) for i in sorted(article_ids)))
    db.execute(f"""INSERT INTO [{KEPT_FULL_TEXT}] (rowid, {columns})
        SELECT rowid, {columns} FROM articles WHERE id IN (SELECT id FROM temp.fresh) ORDER BY rowid""")
    db.execute("DROP TABLE temp.fresh")


def fill_full_text(connection, table: str) -> None:
    columns = ", ".join(f"[{c}]" for c in FULL_TEXT[table])
    connection.execute(f"INSERT INTO [{table}_fts] (rowid, {columns}) SELECT rowid, {columns} FROM [{table}]")
    connection.commit()
