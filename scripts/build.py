"""Build the envoys database from a folder of articles.

    python -m scripts.build [--raw raw/] [--db build/envoys.db] [--jobs N] [--no-cache]

read -> extract (all cores, cached per article) -> resolve (people, meetings, tweets
across articles) -> load. The database is written to a temporary file next to the
target and renamed into place only when complete, so a failed or killed build leaves
the previous database exactly as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import multiprocessing
import os
import re
import shutil
import sqlite3
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from . import load
from .cache import Cache, cache_key
from .extract import extract_article
from .knowledge import Knowledge, load_knowledge
from .read import Source, article_id, list_sources, read_file
from .resolve import PeopleResolver, meeting_rows, merge_meetings, merge_tweets, report

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
    kept: int = 0  # articles whose rows were kept from the previous database
    seconds: float = 0.0

    def line(self, db_path: Path) -> str:
        return (f"built {db_path}: {self.read} articles read, {self.skipped} skipped, {len(self.warnings)} warnings; "
                f"{self.people} people, {self.meetings} meetings, {self.tweets} tweets "
                f"({self.extracted} files extracted, {self.cached} from cache"
                + (f"; {self.kept} unchanged articles kept from the previous database" if self.kept else "")
                + f") in {self.seconds:.1f}s")


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


def _results(todo: list[tuple[str, str, dict]], jobs: int, progress, cache: Cache):
    """Yield results in order; a process pool when there is enough work to pay for it."""
    if todo:
        _KNOWLEDGE.prepare(cache)  # loaded once here, shared by the forked workers
    if jobs <= 1 or len(todo) < 32:
        for item in todo:
            yield _work(item)
            progress.update(1)
        return
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
    """Temporary files and throwaway caches of builds that were killed: their process is gone."""
    for stale in db_path.parent.glob(f".{db_path.name}.tmp-*"):
        pid = re.match(r"\d+", stale.name[len(f".{db_path.name}.tmp-"):])
        if pid and not _alive(int(pid.group())):
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink(missing_ok=True)


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

    def warn_line(line: str) -> None:
        summary.warnings.append(line)
        warn(f"warning: {line}")

    for line in folder_warnings:
        warn_line(line)
    with _cache(db_path, use_cache) as cache, _replacing(db_path) as temporary:
        entries = _plan(sources, knowledge, cache, warn_line, summary)
        kept = _reusable_rows(db_path, cache, entries)
        db = _open(temporary, copy_of=db_path if kept else None)
        if kept:
            summary.kept = len(kept["unchanged"])
            load.clear_derived(db)
            load.remove_articles(db, set(kept["previous"]) - kept["unchanged"])
        else:
            load.create_schema(db)
        found = _load_articles(db, entries, cache, jobs or os.cpu_count() or 1, progress, summary, warn_line,
                               knowledge, unchanged=kept["unchanged"] if kept else set())
        if summary.read == 0:
            raise BuildError(f"no readable article in {raw_dir} ({summary.skipped} skipped)")
        _load_resolved(db, found, knowledge, summary, patched=bool(kept))
        load.finish(db)
        db.close()
        cache.record_build(_file_signature(temporary), {e["id"]: _row_signature(e) for e in entries if e.get("loaded")})
        cache.commit(prune=use_cache)
    summary.seconds = time.monotonic() - started
    return summary


def _open(path: Path, copy_of: Path | None) -> sqlite_utils.Database:
    """The database being written: new, or a copy of the previous build to patch."""
    path.unlink(missing_ok=True)
    if copy_of:
        shutil.copyfile(copy_of, path)
    # One connection, shared with the thread that fills the articles' full-text index.
    db = sqlite_utils.Database(sqlite3.connect(path, check_same_thread=False))
    # The file is renamed into place only when complete: no journal, no syncs, one writer.
    # A 16 MB page cache: the writes are appends and the index sorts run as fast as with 64 MB,
    # which only made the build's memory grow with the corpus (measured at 10,000 articles).
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "locking_mode=EXCLUSIVE", "temp_store=MEMORY",
                   "cache_size=-16384"):
        db.execute(f"PRAGMA {pragma}")
    return db


def _file_signature(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ino}"


def _row_signature(entry: dict) -> str:
    """What an article's rows depend on: its cache key (bytes, name, sources.csv row, code), the
    other files with the same bytes, and the tables' layout."""
    return f"{entry['key']}\0{entry['duplicates'] or ''}\0{load.LAYOUT}"


def _reusable_rows(db_path: Path, cache: Cache, entries: list[dict]) -> dict | None:
    """Whether to patch the previous database rather than write every article again: only if it
    is the very file this cache recorded, and most of its articles are unchanged."""
    if not db_path.is_file():
        return None
    previous = cache.previous_build(_file_signature(db_path))
    unchanged = {e["id"] for e in entries if previous.get(e["id"]) == _row_signature(e)}
    if len(unchanged) < len(entries) / 2:
        return None
    return {"previous": previous, "unchanged": unchanged}


@contextlib.contextmanager
def _replacing(db_path: Path):
    """A temporary file next to the database, renamed over it only if the block completes."""
    _remove_stale_temporaries(db_path)
    temporary = db_path.parent / f".{db_path.name}.tmp-{os.getpid()}"
    try:
        yield temporary
        os.replace(temporary, db_path)
    finally:
        temporary.unlink(missing_ok=True)


@contextlib.contextmanager
def _cache(db_path: Path, persistent: bool):
    """The extraction cache next to the database, or a throwaway one (--no-cache) that sits there
    too, so that the next build clears it away if this one is killed."""
    scratch = None if persistent else db_path.parent / f".{db_path.name}.tmp-{os.getpid()}-cache"
    if scratch:
        scratch.mkdir(exist_ok=True)
    cache = Cache(scratch / "cache" if scratch else db_path.parent / f".{db_path.name}.cache")
    try:
        yield cache
    finally:
        cache.close()
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)


@dataclass
class _Found:
    """What the articles say, gathered while they are loaded, for the resolve stage."""
    people: PeopleResolver
    meetings: list = field(default_factory=list)  # resolve.report(published, article id, meeting)
    citations: list = field(default_factory=list)  # (article id, tweet)
    written: list = field(default_factory=list)  # ids of the articles whose rows were written now


def _load_articles(db, entries, cache, jobs, progress, summary, warn_line, knowledge, unchanged: set[str]) -> _Found:
    """One pass over every article, from the cache or extracted now: write its row and its
    mentions (their person ids come after resolving) unless the previous build's are kept,
    and keep what resolving needs."""
    found = _Found(PeopleResolver(knowledge.registry))
    todo = [(str(e["source"].path), e["source"].file, e["source"].row) for e in entries if not e["cached"]]
    bar = _Progress(len(entries), progress)
    computed = _results(todo, jobs, bar, cache)
    # Unchanged articles keep their rows in the database: only what resolving needs is read back.
    cached = cache.get_many([e["key"] for e in entries if e["cached"]],
                            without_rows={e["key"] for e in entries if e["cached"] and e["id"] in unchanged})
    articles, mentions = [], []
    with db.conn:
        for entry in entries:
            if entry["cached"]:
                result = next(cached)[1]
                summary.cached += 1
                bar.update(1)
            else:
                result = next(computed)
                cache.put(entry["key"], result)
                summary.extracted += 1
            for reason in result.get("skip") or result.get("warnings") or []:
                warn_line(f"{entry['source'].file}: {reason}")
            if "skip" in result:
                summary.skipped += 1
                continue
            summary.read += 1
            entry["loaded"] = True
            published = result["published"] if "published" in result else result["article"]["published"]
            if entry["id"] not in unchanged:
                found.written.append(entry["id"])
                articles.append(dict(result["article"], id=entry["id"], duplicate_files=entry["duplicates"]))
                mentions.extend(_mention_rows(entry["id"], result))
            for tweet in result["tweets"]:
                if tweet.get("person"):
                    handle = tweet["handle"] if (tweet.get("person_source") or "").startswith("embed") else None
                    found.people.add_author(tweet["person"], handle)
                found.citations.append((entry["id"], tweet))
            for meeting in result["meetings"]:
                found.meetings.append(report(published, entry["id"], meeting))
            if len(mentions) >= 5000 or len(articles) >= 500:
                load.insert(db, "articles", articles)
                load.insert(db, "mentions", mentions)
                articles, mentions = [], []
        load.insert(db, "articles", articles)
        load.insert(db, "mentions", mentions)
    bar.close()
    return found


def _mention_rows(article_id: str, result: dict):
    body = result["article"]["body"]
    for mention in result["mentions"]:
        yield dict(mention, id=f"{article_id}:{mention['char_start']}", article_id=article_id,
                   sentence=body[mention["sentence_start"]:mention["sentence_end"]])


def _load_resolved(db, found: _Found, knowledge, summary: Summary, patched: bool) -> None:
    """People, meetings and tweets across articles, and the mentions' person ids. What is only
    counting (mentions per person, people per article, roles) is SQL's, in load."""
    found.people.add_mentions(load.mention_facts(db), load.published_dates(db))
    load.index_per_article(db)
    with _articles_full_text(db, patched, found.written):
        person_of, people = found.people.resolve()
        merged = merge_meetings(found.meetings, person_of)
        tweets, citations = merge_tweets(found.citations, person_of, knowledge.registry)
    by_id, used = {p["id"]: p for p in people}, set()
    with db.conn:
        load.insert(db, "people", people)
        load.write_roles(db, load.link_mentions(db, person_of))
        for start in range(0, len(merged), 1000):  # a batch at a time: the rows of 100,000 articles are large
            meetings, participants, sources = meeting_rows(merged[start:start + 1000], by_id, used)
            load.insert(db, "meetings", meetings)
            load.insert(db, "meeting_participants", participants)
            load.insert(db, "meeting_sources", sources)
        load.insert(db, "tweets", tweets)
        load.insert(db, "tweet_articles", sorted(citations, key=lambda t: (t["tweet_id"], t["article_id"])))
    summary.people, summary.meetings, summary.tweets = len(people), len(merged), len(tweets)


@contextlib.contextmanager
def _articles_full_text(db, patched: bool, written: list[str]):
    """The articles' full-text index: a patched database kept its own and gets the articles
    written now; a new one is filled whole, on the other core while the block resolves (resolving
    is Python and needs no database; SQLite releases the GIL)."""
    if patched:
        load.index_articles_text(db, written)
        yield
        return
    load.create_full_text(db, "articles")
    with _in_background(load.fill_full_text, db.conn, "articles"):
        yield


@contextlib.contextmanager
def _in_background(function, *args):
    """Run `function(*args)` on a thread for the duration of the block; its error is raised here."""
    failure = []

    def run():
        try:
            function(*args)
        except BaseException as error:  # re-raised in the building thread
            failure.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield
    finally:
        thread.join()
    if failure:
        raise failure[0]


def _plan(sources: list[Source], knowledge: Knowledge, cache: Cache, warn_line, summary: Summary) -> list[dict]:
    """Hash every file, fold duplicates into one article, give each a unique id and cache key."""
    entries, by_hash, used_ids = [], {}, set()
    known, hashed, now = cache.hashes(), {}, time.time_ns()
    for source in sources:
        try:
            sha = _sha256(source.path, known, hashed, now)
        except OSError as error:
            warn_line(f"{source.file}: cannot be read ({error.strerror or type(error).__name__})")
            summary.skipped += 1
            continue
        if sha in by_hash:
            first = by_hash[sha]
            first["duplicate_list"].append(source.file)
            first["duplicates"] = ", ".join(first["duplicate_list"])
            warn_line(f"{source.file}: same bytes as {first['source'].file}; kept as one article")
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
    cache.record_hashes(hashed)
    present = cache.has([e["key"] for e in entries])
    for entry in entries:
        entry["cached"] = entry["key"] in present
    return entries


def _sha256(path: Path, known: dict, hashed: dict, now_ns: int) -> str:
    """The file's sha256, or, as git does, the one an earlier build computed when the file's inode,
    size and modification and change times are the same (a chmod or a write changes the change
    time). A file changed in the last two seconds is not remembered: a write within the clock's
    resolution could leave its times as they were."""
    stat = path.stat()
    signature = f"{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}"
    remembered = known.get(str(path))
    if remembered and remembered[0] == signature:
        sha = remembered[1]
    else:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
    if now_ns - max(stat.st_mtime_ns, stat.st_ctime_ns) > 2_000_000_000:
        hashed[str(path)] = (signature, sha)
    return sha


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
