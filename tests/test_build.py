"""The build command: bad input, clear errors, atomic writes under SIGKILL, determinism, the cache."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import PROJECT, RAW, TESTS, make_raw, run_build

BAD = TESTS / "bad_inputs"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(db: Path) -> list[str]:
    """Every row of every table (as `sqlite3 .dump` gives them), then the schema in the order
    the file stores it (the order the sqlite3 shell dumps in).

    A full-text index's segments depend on the order its rows came in (a patched database adds the
    changed articles to the index it kept), so instead of its b-tree blobs the dump lists what the
    index holds: every term's every occurrence (fts5vocab), and the row and token totals."""
    con = sqlite3.connect(db)
    indexes = [name for (name,) in con.execute(
        "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%USING FTS5%' ORDER BY name")]
    segments = tuple(f'INSERT INTO "{name}_{shadow}"' for name in indexes for shadow in ("data", "idx"))
    lines = [line for line in con.iterdump() if not line.startswith(segments)]
    for name in indexes:
        con.execute(f"CREATE VIRTUAL TABLE temp.[vocab_{name}] USING fts5vocab(main, [{name}], instance)")
        lines += [f"{name} {row}" for row in con.execute(f"SELECT * FROM temp.[vocab_{name}] ORDER BY 1, 2, 3, 4")]
        lines += [f"{name} totals {row}" for row in con.execute(f"SELECT block FROM [{name}_data] WHERE id = 1")]
    lines += [f"{kind} {name}" for kind, name in con.execute("SELECT type, name FROM sqlite_master ORDER BY rowid")]
    con.close()
    return lines


@pytest.fixture()
def bad_raw(tmp_path) -> Path:
    raw = tmp_path / "bad"
    shutil.copytree(BAD, raw)
    (raw / "unreadable.txt").symlink_to(tmp_path / "nowhere.txt")  # a file that cannot be read, even by root
    words = "the envoy met officials in Kabul on Monday to discuss peace talks and said".split()
    rng = random.Random(7)
    (raw / "huge.txt").write_text("ISLAMABAD: " + "\n".join(" ".join(rng.choice(words) for _ in range(100)) + "."
                                                              for _ in range(10000)))
    assert (raw / "huge.txt").stat().st_size > 5_000_000
    return raw


def test_bad_input_gives_one_warning_per_file_and_builds_the_rest(bad_raw, tmp_path):
    db = tmp_path / "out.db"
    done = run_build(bad_raw, db)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == len(done.stderr.strip().splitlines()), done.stderr  # nothing but warning lines
    expected = {
        "empty.txt": "empty file", "whitespace.txt": "empty file", "binary.txt": "binary",
        "latin1.txt": "cp1252", "dup_b.txt": "same bytes as dup_a.txt", "unreadable.txt": "cannot be read",
        "contradictory.txt": "sources.csv says published 2020-03-05 but the text says 2020-03-01",
    }
    for file, reason in expected.items():
        lines = [w for w in warnings if w.startswith(f"warning: {file}: ")]
        assert len(lines) == 1 and reason in lines[0], (file, lines)
    csv_lines = [w for w in warnings if w.startswith("warning: sources.csv: ")]
    for reason in ("'missing.txt' names a file that does not exist", "'not a url' is not an http(s) URL",
                   "'2021-02-30' is not a date", "unknown column(s) 'notes'", "repeats 'good.txt'"):
        assert sum(reason in w for w in csv_lines) == 1, reason
    con = sqlite3.connect(db)
    files = {r[0] for r in con.execute("select file from articles")}
    assert files == {"good.txt", "contradictory.txt", "dup_a.txt", "latin1.txt", "malformed.html", "nodate.txt",
                     "script.html", "truncated.html", "huge.txt"}
    assert con.execute("select duplicate_files from articles where file = 'dup_a.txt'").fetchone() == ("dup_b.txt",)
    assert con.execute("select published from articles where file = 'nodate.txt'").fetchone() == (None,)
    assert con.execute("select url, published from articles where file = 'good.txt'").fetchone() == \
        ("https://example.org/good", "2021-05-16")
    summary = done.stdout.strip().splitlines()[-1]
    assert "9 articles read" in summary and "5 skipped" in summary and f"{len(warnings)} warnings" in summary


def test_markup_in_articles_is_text_not_markup(tmp_path):
    db = tmp_path / "x.db"
    assert run_build(BAD, db).returncode == 0
    body, headline = sqlite3.connect(db).execute("select body, headline from articles where file = 'script.html'").fetchone()
    assert '<script>alert("xss")</script>' in body  # the article's own words, kept as text
    assert "document.body.innerHTML" not in body  # the page's script is not prose
    assert headline == 'Envoy <script>alert("headline")</script> meets FM'


@pytest.mark.parametrize("raw,db,message", [
    ("{tmp}/does-not-exist", "{tmp}/x.db", "error: raw folder {tmp}/does-not-exist does not exist"),
    ("{tmp}/empty", "{tmp}/x.db", "error: no articles (*.txt, *.html) in {tmp}/empty"),
    (str(RAW), "{tmp}/no/such/folder/x.db", "error: cannot write {tmp}/no/such/folder/x.db: folder {tmp}/no/such/folder does not exist"),
    (str(RAW), "/proc/envoys-test.db", "error: cannot write /proc/envoys-test.db: folder /proc is not writable"),
    ("{tmp}/only-bad", "{tmp}/x.db", "error: no readable article in {tmp}/only-bad (2 skipped)"),
])
def test_fatal_errors_are_one_line_and_leave_the_database_alone(raw, db, message, tmp_path):
    (tmp_path / "empty").mkdir()
    make_raw(tmp_path / "only-bad", {"a.txt": b"", "b.txt": b"\x00\x01\x02" * 100})
    existing = tmp_path / "x.db"
    existing.write_bytes(b"previous database")
    done = run_build(Path(raw.format(tmp=tmp_path)), Path(db.format(tmp=tmp_path)))
    assert done.returncode != 0
    errors = [line for line in done.stderr.splitlines() if not line.startswith("warning: ")]
    assert len(errors) == 1 and errors[0].startswith(message.format(tmp=tmp_path)), done.stderr
    assert existing.read_bytes() == b"previous database"
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]


def _corpus(folder: Path, copies: int) -> Path:
    """Many distinct articles made from the seeds (a line of their own keeps them apart)."""
    folder.mkdir()
    seeds = sorted(RAW.glob("*.txt"))
    for i in range(copies):
        seed = seeds[i % len(seeds)]
        (folder / f"{i:04d}_{seed.name}").write_text(seed.read_text() + f"\nArchive copy number {i}.\n")
    return folder


def test_sigkill_at_any_moment_leaves_the_previous_database_as_it_was(tmp_path):
    raw = _corpus(tmp_path / "raw", 400)
    reference = tmp_path / "reference.db"
    assert run_build(raw, reference, "--no-cache").returncode == 0
    db = tmp_path / "envoys.db"
    assert run_build(RAW, db).returncode == 0
    before = sha(db)
    interrupted = 0
    for delay in (0.05, 0.2, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0):
        process = subprocess.Popen([sys.executable, "-m", "scripts.build", "--raw", str(raw), "--db", str(db), "--no-cache"],
                                   cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(delay)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        if sha(db) != before:
            # The signal came after the rename: the build had finished, and the database is whole.
            assert dump(db) == dump(reference), f"a partial database after a kill at {delay}s"
            break
        interrupted += 1
    assert interrupted >= 3, "the corpus builds too fast to interrupt; make it larger"
    # The next build removes the killed builds' temporary files and replaces the database.
    assert run_build(raw, db).returncode == 0
    assert dump(db) == dump(reference)
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]


def test_two_builds_give_identical_dumps_with_or_without_cache(tmp_path):
    first, second, third = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    assert run_build(RAW, first, "--no-cache").returncode == 0
    assert run_build(RAW, second, "--no-cache", "--jobs", "2").returncode == 0
    shutil.copy(tmp_path / ".a.db.cache", tmp_path / ".c.db.cache") if (tmp_path / ".a.db.cache").exists() else None
    assert run_build(RAW, third).returncode == 0
    assert run_build(RAW, third).returncode == 0  # from the cache this time
    assert dump(first) == dump(second) == dump(third)


def test_rebuild_after_one_change_extracts_one_article(tmp_path, copy_of_raw):
    db = tmp_path / "x.db"
    assert "5 files extracted" in run_build(copy_of_raw, db).stdout
    assert "0 files extracted, 5 from cache" in run_build(copy_of_raw, db).stdout
    article = next(copy_of_raw.glob("002_*.txt"))
    article.write_text(article.read_text() + "\nA correction was appended.\n")
    assert "1 files extracted, 4 from cache" in run_build(copy_of_raw, db).stdout


def test_a_rebuild_that_patches_the_previous_database_equals_a_fresh_build(tmp_path, copy_of_raw):
    db, fresh = tmp_path / "patched.db", tmp_path / "fresh.db"
    assert run_build(copy_of_raw, db).returncode == 0
    original = dump(db)
    edited = next(copy_of_raw.glob("002_*.txt"))
    text = edited.read_text()
    edited.write_text(text.replace("Khalilzad", "Zalmay Khalilzad", 1) + "\nA correction was appended.\n")
    gone = next(copy_of_raw.glob("004_*.txt"))
    gone.rename(tmp_path / gone.name)
    (copy_of_raw / "010_wire.txt").write_text(
        "BERLIN, May 4 (Wire) - German Foreign Minister Annalena Baerbock met French Foreign Minister "
        "Catherine Colonna in Berlin on Thursday, her office said.\n")
    done = run_build(copy_of_raw, db)
    assert "; 3 unchanged articles kept from the previous database" in done.stdout, done.stdout
    assert run_build(copy_of_raw, fresh, "--no-cache").returncode == 0
    assert dump(db) == dump(fresh)
    assert "Annalena Baerbock" in {name for (name,) in sqlite3.connect(db).execute("select name from people")}
    # Undo every change: the patched database is the first build again, row for row.
    edited.write_text(text)
    (tmp_path / gone.name).rename(gone)
    (copy_of_raw / "010_wire.txt").unlink()
    assert "unchanged articles kept" in run_build(copy_of_raw, db).stdout
    assert dump(db) == original


def test_a_database_of_another_layout_is_rebuilt_not_patched(tmp_path, copy_of_raw, monkeypatch):
    """A column or index added to the schema: the previous file cannot be patched into it."""
    from scripts import build as build_module, load

    db = tmp_path / "x.db"
    quiet = {"jobs": 1, "warn": lambda line: None}
    build_module.build(copy_of_raw, db, **quiet)
    article = next(copy_of_raw.glob("002_*.txt"))
    article.write_text(article.read_text() + "\nA correction was appended.\n")
    assert build_module.build(copy_of_raw, db, **quiet).kept == 4
    search = "select count(*) from articles_fts where articles_fts match 'correction'"
    assert sqlite3.connect(db).execute(search).fetchone() == (1,)  # the kept index has the patched article's words
    article.write_text(article.read_text() + "\nA second correction.\n")
    monkeypatch.setattr(load, "LAYOUT", "another layout")
    assert build_module.build(copy_of_raw, db, **quiet).kept == 0
    assert sqlite3.connect(db).execute(search).fetchone() == (1,)


def test_summary_line(tmp_path):
    done = run_build(RAW, tmp_path / "x.db")
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.startswith(f"built {tmp_path / 'x.db'}: 5 articles read, 0 skipped, 0 warnings; 16 people, ")


def test_the_cache_version_covers_every_module_the_extraction_runs():
    """A cached result stays valid across edits to resolve, load or build, so the version must hash
    every module that reading and extracting an article import (a new one must be listed)."""
    from scripts.cache import EXTRACTION_MODULES

    code = ("import sys, scripts.read, scripts.extract; "
            "print(' '.join(m.split('.', 1)[1] for m in sys.modules if m.startswith('scripts.')))")
    imported = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=TESTS.parent,
                              check=True).stdout.split()
    assert {"read", "extract", "meetings", "people"} <= set(imported)
    assert set(imported) <= set(EXTRACTION_MODULES), set(imported) - set(EXTRACTION_MODULES)
