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


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A hash of every module of the pipeline: editing the code invalidates the cache."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(sha256: str, file: str, row: dict, knowledge_fingerprint: str) -> str:
    parts = [sha256, file, json.dumps(row, sort_keys=True), knowledge_fingerprint, pipeline_version(), sys.version]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


class Cache:
    def __init__(self, path: Path):
        self.path = path
        self.connection = sqlite3.connect(path)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=NORMAL")
        self.connection.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        self.connection.execute("CREATE TABLE IF NOT EXISTS prepared (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        # The database this cache last built: its file's signature and each article's row signature.
        self.connection.execute("CREATE TABLE IF NOT EXISTS built_file (signature TEXT NOT NULL)")
        self.connection.execute("CREATE TABLE IF NOT EXISTS built (id TEXT PRIMARY KEY, signature TEXT NOT NULL)")
        # Files hashed by earlier builds, to skip reading the ones whose inode and times are unchanged.
        self.connection.execute("CREATE TABLE IF NOT EXISTS hashed (path TEXT PRIMARY KEY, stat TEXT NOT NULL, sha256 TEXT NOT NULL)")
        self.used: set[str] = set()

    def get(self, key: str) -> dict | None:
        found = self.connection.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        if found is None:
            return None
        self.used.add(key)
        return marshal.loads(found[0])

    def get_many(self, keys: list[str], chunk: int = 256):
        """(key, value) for each key in order, read a few hundred at a time."""
        for i in range(0, len(keys), chunk):
            part = keys[i:i + chunk]
            marks = ",".join("?" * len(part))
            found = dict(self.connection.execute(f"SELECT key, value FROM results WHERE key IN ({marks})", part))
            for key in part:
                self.used.add(key)
                yield key, marshal.loads(found[key])

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
        blob = marshal.dumps(value)  # not compressed: decompressing cost more than reading
        self.connection.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, blob))
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
