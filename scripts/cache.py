"""A per-article cache of read + extract results, keyed by content.

The key is a hash of the file's bytes, its name, its sources.csv row, the curated
knowledge files, the pipeline's own source code and the Python version (values are
stored with `marshal`, the fastest way to reload plain dicts and lists): change any of
them and the article is extracted again. Everything else comes back from here, so a rebuild after one edited
article re-extracts one article.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import sqlite3
import sys
from functools import lru_cache
from pathlib import Path


# The modules that read and extract an article: what a cached result depends on. Editing any of them
# invalidates the cache; editing the stages after it (resolve, load, build) or the tools does not.
EXTRACTION_MODULES = ("__init__", "cache", "dates", "extract", "html", "knowledge", "lexicon", "meetings", "patterns",
                      "people", "places", "read", "text", "tweets")


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A hash of the extraction's modules: editing that code invalidates the cache."""
    digest = hashlib.sha256()
    for name in EXTRACTION_MODULES:
        path = Path(__file__).parent / f"{name}.py"
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(sha256: str, file: str, row: dict, knowledge_fingerprint: str) -> str:
    parts = [sha256, file, json.dumps(row, sort_keys=True), knowledge_fingerprint, pipeline_version(), sys.version]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


ROWS = ("article", "mentions")  # the large part of a result, needed only to write the article's rows


class Cache:
    def __init__(self, path: Path):
        self.path = path
        self.connection = sqlite3.connect(path)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=NORMAL")
        columns = [row[1] for row in self.connection.execute("PRAGMA table_info(results)")]
        if columns and columns != ["key", "head", "rows"]:
            self.connection.execute("DROP TABLE results")  # an older layout: the cache is only a cache
        # Each result in two parts: `head`, what resolving needs (small), and `rows`, the article's
        # row and mentions (large), read only when they are written.
        self.connection.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, head BLOB NOT NULL, rows BLOB)")
        self.connection.execute("CREATE TABLE IF NOT EXISTS prepared (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        # The database this cache last built: its file's signature and each article's row signature.
        self.connection.execute("CREATE TABLE IF NOT EXISTS built_file (signature TEXT NOT NULL)")
        self.connection.execute("CREATE TABLE IF NOT EXISTS built (id TEXT PRIMARY KEY, signature TEXT NOT NULL)")
        # Files hashed by earlier builds, to skip reading the ones whose inode and times are unchanged.
        self.connection.execute("CREATE TABLE IF NOT EXISTS hashed (path TEXT PRIMARY KEY, stat TEXT NOT NULL, sha256 TEXT NOT NULL)")
        self.used: set[str] = set()

    def get_many(self, keys: list[str], without_rows: set[str] = frozenset(), chunk: int = 256):
        """(key, value) for each key in order, read a few hundred at a time; for the keys in
        `without_rows`, the value lacks the article's body and mentions."""
        for i in range(0, len(keys), chunk):
            part = keys[i:i + chunk]
            light = [k for k in part if k in without_rows]
            full = [k for k in part if k not in without_rows]
            found = {}
            if light:
                found.update((k, (h, None)) for k, h in self.connection.execute(
                    f"SELECT key, head FROM results WHERE key IN ({','.join('?' * len(light))})", light))
            if full:
                found.update((k, (h, r)) for k, h, r in self.connection.execute(
                    f"SELECT key, head, rows FROM results WHERE key IN ({','.join('?' * len(full))})", full))
            for key in part:
                self.used.add(key)
                head, rows = found[key]
                value = marshal.loads(head)
                if rows is not None:
                    value.update(marshal.loads(rows))
                yield key, value

    def get_prepared(self, key: str) -> dict | None:
        """Data prepared once for every build (word lists, the city index), not per article."""
        found = self.connection.execute("SELECT value FROM prepared WHERE key = ?", (key,)).fetchone()
        return marshal.loads(found[0]) if found else None

    def put_prepared(self, key: str, value: dict) -> None:
        self.connection.execute("DELETE FROM prepared")
        self.connection.execute("INSERT INTO prepared VALUES (?, ?)", (key, marshal.dumps(value)))

    def has(self, keys: list[str]) -> set[str]:
        present = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            marks = ",".join("?" * len(chunk))
            present.update(k for (k,) in self.connection.execute(f"SELECT key FROM results WHERE key IN ({marks})", chunk))
        return present

    def put(self, key: str, value: dict) -> None:
        # Not compressed: decompressing cost more than reading.
        rows = {k: value[k] for k in ROWS if k in value}
        head = {k: v for k, v in value.items() if k not in ROWS}
        if "article" in value:
            head["published"] = value["article"]["published"]
        self.connection.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?)",
                                (key, marshal.dumps(head), marshal.dumps(rows) if rows else None))
        self.used.add(key)

    def hashes(self) -> dict[str, tuple[str, str]]:
        """{path: (stat signature, sha256)} of the files earlier builds hashed."""
        return {path: (stat, sha) for path, stat, sha in self.connection.execute("SELECT path, stat, sha256 FROM hashed")}

    def record_hashes(self, hashes: dict[str, tuple[str, str]]) -> None:
        self.connection.execute("DELETE FROM hashed")
        self.connection.executemany("INSERT INTO hashed VALUES (?, ?, ?)", ((p, st, sha) for p, (st, sha) in sorted(hashes.items())))

    def previous_build(self, file_signature: str) -> dict[str, str]:
        """{article id: row signature} of the last build, if `file_signature` is that build's file."""
        recorded = self.connection.execute("SELECT signature FROM built_file").fetchone()
        if not recorded or recorded[0] != file_signature:
            return {}
        return dict(self.connection.execute("SELECT id, signature FROM built"))

    def record_build(self, file_signature: str, articles: dict[str, str]) -> None:
        self.connection.execute("DELETE FROM built_file")
        self.connection.execute("DELETE FROM built")
        self.connection.execute("INSERT INTO built_file VALUES (?)", (file_signature,))
        self.connection.executemany("INSERT INTO built VALUES (?, ?)", sorted(articles.items()))

    def commit(self, prune: bool = False) -> None:
        """Save; with prune, forget results no article of this build used (keeps the file small)."""
        if prune:
            self.connection.execute("CREATE TEMP TABLE IF NOT EXISTS keep (key TEXT PRIMARY KEY)")
            self.connection.execute("DELETE FROM keep")
            self.connection.executemany("INSERT OR IGNORE INTO keep VALUES (?)", ((k,) for k in self.used))
            self.connection.execute("DELETE FROM results WHERE key NOT IN (SELECT key FROM keep)")
        self.connection.commit()

    def close(self) -> None:
        self.connection.close()
