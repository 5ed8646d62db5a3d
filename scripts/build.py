"""Build the envoys database from a folder of articles.

    python -m scripts.build [--raw raw/] [--db build/envoys.db] [--jobs N] [--no-cache]

read -> extract (all cores, cached per article) -> resolve (people, meetings, tweets
across articles) -> load. The database is written to a temporary file next to the
target and renamed into place only when complete, so a failed or killed build leaves
the previous database exactly as it was.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from . import load
from .cache import Cache, cache_key
from .extract import extract_article
from .knowledge import Knowledge, load_knowledge
from .read import Source, article_id, list_sources, read_file
from .resolve import PeopleResolver, countries_from_hosting, meeting_rows, merge_meetings, merge_tweets

PROJECT = Path(__file__).resolve().parent.parent


class BuildError(Exception):
    """A build that cannot run at all; the message is the one line shown to the user."""


@dataclass
class Summary:
    read: int = 0
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)
    people: int = 0
    meetings: int = 0
    tweets: int = 0
    extracted: int = 0
    cached: int = 0
    seconds: float = 0.0

    def line(self, db_path: Path) -> str:
        return (f"built {db_path}: {self.read} articles read, {self.skipped} skipped, {len(self.warnings)} warnings; "
                f"{self.people} people, {self.meetings} meetings, {self.tweets} tweets "
                f"({self.extracted} files extracted, {self.cached} from cache) "
                f"in {self.seconds:.1f}s")


# ---------------------------------------------------------------- the work of one article

_KNOWLEDGE: Knowledge | None = None


def _work(item: tuple[str, str, dict]) -> dict:
    """Read and extract one file (runs in a worker process)."""
    path, file, row = item
    article, warnings = read_file(Source(Path(path), file, row), _KNOWLEDGE.gazetteer)
    if article is None:
        return {"skip": warnings}
    result = extract_article(article, _KNOWLEDGE)
    result["warnings"] = warnings
    return result


def _results(todo: list[tuple[str, str, dict]], jobs: int, progress):
    """Yield results in order; a process pool when there is enough work to pay for it."""
    if jobs <= 1 or len(todo) < 32:
        for item in todo:
            yield _work(item)
            progress.update(1)
        return
    _KNOWLEDGE.warm()  # loaded once here, shared by the forked workers
    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    with (context or multiprocessing).Pool(jobs) as pool:
        for result in pool.imap(_work, todo, chunksize=8):
            yield result
            progress.update(1)


class _Progress:
    """tqdm on a terminal, silence elsewhere (CI logs, pipes)."""

    def __init__(self, total: int, enabled: bool):
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="article", file=sys.stderr, leave=False)

    def update(self, n: int) -> None:
        if self.bar:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar:
            self.bar.close()


# ---------------------------------------------------------------- the build

def _check_target(db_path: Path) -> None:
    """Fail before any work if the database cannot be written where asked."""
    folder = db_path.parent
    if not folder.is_dir():
        raise BuildError(f"cannot write {db_path}: folder {folder} does not exist")
    if db_path.is_dir():
        raise BuildError(f"cannot write {db_path}: it is a folder")
    probe = folder / f".{db_path.name}.probe-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise BuildError(f"cannot write {db_path}: folder {folder} is not writable ({error.strerror or error})")


def _remove_stale_temporaries(db_path: Path) -> None:
    """Temporary files of builds that were killed: their process is gone."""
    for stale in db_path.parent.glob(f".{db_path.name}.tmp-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not _alive(int(pid)):
            stale.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def build(raw_dir: Path, db_path: Path, jobs: int | None = None, use_cache: bool = True,
          use_registry: bool = True, progress: bool = False, warn=None) -> Summary:
    started = time.monotonic()
    warn = warn or (lambda line: print(line, file=sys.stderr))
    if not raw_dir.is_dir():
        raise BuildError(f"raw folder {raw_dir} does not exist" if not raw_dir.exists() else f"{raw_dir} is not a folder")
    _check_target(db_path)
    sources, folder_warnings = list_sources(raw_dir)
    if not sources:
        raise BuildError(f"no articles (*.txt, *.html) in {raw_dir}")
    global _KNOWLEDGE
    _KNOWLEDGE = knowledge = load_knowledge(raw_dir, use_registry)
    summary = Summary()
    for line in folder_warnings:
        summary.warnings.append(line)
        warn(f"warning: {line}")

    def warn_file(file: str, reason: str) -> None:
        summary.warnings.append(f"{file}: {reason}")
        warn(f"warning: {file}: {reason}")

    _remove_stale_temporaries(db_path)
    temporary = db_path.parent / f".{db_path.name}.tmp-{os.getpid()}"
    scratch = None if use_cache else tempfile.TemporaryDirectory(prefix="envoys-cache-")
    cache_path = db_path.parent / f".{db_path.name}.cache" if use_cache else Path(scratch.name) / "cache"
    try:
        cache = Cache(cache_path)
        entries = _plan(sources, knowledge, cache, warn_file, summary)
        db = sqlite_utils.Database(temporary, recreate=True)
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        load.create_schema(db)
        people = PeopleResolver(knowledge.registry)
        meeting_reports, citations = [], []
        todo = [(str(e["source"].path), e["source"].file, e["source"].row) for e in entries if not e["cached"]]
        bar = _Progress(len(entries), progress)
        computed = _results(todo, jobs or os.cpu_count() or 1, bar)
        articles = []
        with db.conn:
            for entry in entries:
                if entry["cached"]:
                    result = cache.get(entry["key"])
                    summary.cached += 1
                    bar.update(1)
                else:
                    result = next(computed)
                    cache.put(entry["key"], result)
                    summary.extracted += 1
                for reason in result.get("skip") or result.get("warnings") or []:
                    warn_file(entry["source"].file, reason)
                if "skip" in result:
                    summary.skipped += 1
                    entry["skipped"] = True
                    continue
                summary.read += 1
                article = dict(result["article"], id=entry["id"], duplicate_files=entry["duplicates"])
                articles.append(article)
                if len(articles) >= 500:
                    load.insert(db, "articles", articles)
                    articles = []
                published = article["published"]
                for mention in result["mentions"]:
                    people.add_mention(entry["id"], published, mention)
                for tweet in result["tweets"]:
                    if tweet.get("person"):
                        people.add_author(tweet["person"], tweet["handle"] if tweet.get("person_source", "").startswith("embed") else None)
                    citations.append((entry["id"], tweet))
                for meeting in result["meetings"]:
                    meeting_reports.append((published, entry["id"], meeting))
            load.insert(db, "articles", articles)
        bar.close()
        if summary.read == 0:
            raise BuildError(f"no readable article in {raw_dir} ({summary.skipped} skipped)")
        person_of, person_rows = people.resolve()
        by_id = {p["id"]: p for p in person_rows}
        meetings, participants, meeting_sources = meeting_rows(merge_meetings(meeting_reports, person_of), by_id)
        countries_from_hosting(person_rows, participants, meetings)
        tweets, tweet_links = merge_tweets(citations, person_of, knowledge.registry)
        with db.conn:
            load.insert(db, "people", person_rows)
            _write_mentions(db, entries, cache, person_of)
            load.insert(db, "meetings", meetings)
            load.insert(db, "meeting_participants", participants)
            load.insert(db, "meeting_sources", sorted(meeting_sources, key=lambda s: (s["meeting_id"], s["article_id"], s["char_start"])))
            load.insert(db, "tweets", tweets)
            load.insert(db, "tweet_articles", sorted(tweet_links, key=lambda t: (t["tweet_id"], t["article_id"])))
        load.finish(db)
        db.close()
        cache.commit(prune=use_cache)
        cache.close()
        os.replace(temporary, db_path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        if scratch:
            scratch.cleanup()
    summary.people, summary.meetings, summary.tweets = len(person_rows), len(meetings), len(tweets)
    summary.seconds = time.monotonic() - started
    return summary


def _plan(sources: list[Source], knowledge: Knowledge, cache: Cache, warn_file, summary: Summary) -> list[dict]:
    """Hash every file, fold duplicates into one article, give each a unique id and cache key."""
    entries, by_hash, used_ids = [], {}, set()
    for source in sources:
        try:
            data = source.path.read_bytes()
        except OSError as error:
            warn_file(source.file, f"cannot be read ({error.strerror or type(error).__name__})")
            summary.skipped += 1
            continue
        sha = hashlib.sha256(data).hexdigest()
        if sha in by_hash:
            first = by_hash[sha]
            first["duplicate_list"].append(source.file)
            first["duplicates"] = ", ".join(first["duplicate_list"])
            warn_file(source.file, f"same bytes as {first['source'].file}; kept as one article")
            summary.skipped += 1
            continue
        identifier = article_id(source.file)
        if identifier in used_ids:
            identifier = f"{identifier}-{source.path.suffix.lstrip('.').lower() or 'file'}"
        used_ids.add(identifier)
        entry = {"source": source, "id": identifier, "key": cache_key(sha, source.file, source.row, knowledge.fingerprint),
                 "duplicates": None, "duplicate_list": []}
        by_hash[sha] = entry
        entries.append(entry)
    present = cache.has([e["key"] for e in entries])
    for entry in entries:
        entry["cached"] = entry["key"] in present
    return entries


def _write_mentions(db: sqlite_utils.Database, entries: list[dict], cache: Cache, person_of: dict[str, str]) -> None:
    """Second pass over the cached results: mentions and roles, now that people have ids."""
    mentions, roles = [], []
    for entry in entries:
        if entry.get("skipped"):
            continue
        result = cache.get(entry["key"])
        body = result["article"]["body"]
        published = result["article"]["published"]
        seen_roles = set()
        for mention in result["mentions"]:
            person = person_of[mention["name"]]
            sentence = body[mention["sentence_start"]:mention["sentence_end"]]
            mentions.append(dict(mention, id=f"{entry['id']}:{mention['char_start']}", person_id=person,
                                 article_id=entry["id"], sentence=sentence))
            if (mention["role"] or mention["title"]) and person not in seen_roles and mention["kind"] != "attributive":
                seen_roles.add(person)
                roles.append({"id": f"{person}@{entry['id']}", "person_id": person, "article_id": entry["id"],
                              "published": published, "role": mention["role"], "title": mention["title"],
                              "organisation": mention["organisation"], "country": mention["country"],
                              "sentence": sentence})
        if len(mentions) >= 2000:
            load.insert(db, "mentions", mentions)
            mentions = []
    load.insert(db, "mentions", mentions)
    load.insert(db, "roles", roles)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("--raw", type=Path, default=PROJECT / "raw", help="folder of articles (default: raw/)")
    parser.add_argument("--db", type=Path, default=PROJECT / "build" / "envoys.db", help="database to write (default: build/envoys.db)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    parser.add_argument("--no-cache", action="store_true", help="extract every article again")
    parser.add_argument("--no-registry", action="store_true", help="ignore people.yml (measure detection alone)")
    parser.add_argument("--quiet", action="store_true", help="no warnings on stderr, only the summary")
    args = parser.parse_args(argv)
    try:
        summary = build(args.raw, args.db, jobs=args.jobs, use_cache=not args.no_cache,
                        use_registry=not args.no_registry, progress=sys.stderr.isatty(),
                        warn=(lambda line: None) if args.quiet else None)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; the previous database is untouched", file=sys.stderr)
        return 130
    print(summary.line(args.db))
    return 0


if __name__ == "__main__":
    sys.exit(main())
