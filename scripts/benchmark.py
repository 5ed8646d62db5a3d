"""The performance benchmark behind BENCHMARKS.md (`make bench`; not part of `make test`).

    python -m scripts.benchmark [--sizes 1000 10000] [--huge] [--output BENCHMARKS.md]

For each corpus size (synthetic articles from scripts/synthetic.py): a full build from a
cold cache, the same files through a null pipeline (read + sqlite-utils insert + FTS, no
extraction) for a machine-independent ratio, peak memory of the whole process tree, the
database size; on the largest corpus, a rebuild after one changed article and the latency
of the site's heaviest pages on a real Datasette.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
WORK = PROJECT / "build" / "bench"


# ---------------------------------------------------------------- measuring a command

def _tree_memory(pid: int) -> int:
    """Memory (bytes) of a process and all its descendants, from /proc: the proportional set size,
    so pages the forked workers share with the parent count once, not once per process."""
    total, stack, seen = 0, [pid], set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            with open(f"/proc/{current}/smaps_rollup") as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
            with open(f"/proc/{current}/task/{current}/children") as children:
                stack.extend(int(c) for c in children.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def measure(command: list[str]) -> dict:
    """Wall time and peak memory of the whole process tree (sampled every 100 ms)."""
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_memory(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    done.set()
    sampler.join()
    seconds = time.monotonic() - started
    if process.returncode != 0:
        raise SystemExit(f"benchmark command failed: {' '.join(command)}\n{err[-2000:]}")
    return {"seconds": seconds, "peak_rss": peak, "stdout": out.strip()}


# ---------------------------------------------------------------- the null pipeline

def null_pipeline(raw: Path, db: Path) -> None:
    """Read every file (the real read stage) and load it with sqlite-utils and FTS: no extraction."""
    import sqlite_utils

    from .read import list_sources, read_file

    if db.exists():
        db.unlink()
    database = sqlite_utils.Database(db)
    sources, _ = list_sources(raw)

    def rows():
        for source in sources:
            article, _ = read_file(source)
            if article:
                yield {k: v for k, v in article.items() if not k.startswith("_")}

    database["articles"].insert_all(rows(), pk="id", batch_size=500)
    database["articles"].enable_fts(["headline", "body"], tokenize="porter")
    database.close()


# ---------------------------------------------------------------- serving

def serving_latency(db: Path, requests: int = 40) -> list[dict]:
    """p50 and p95 of the heaviest pages, sequential requests after a warm-up."""
    import httpx

    from .serve import running

    con = sqlite3.connect(db)
    person = con.execute("select id from people order by meeting_count desc, id limit 1").fetchone()[0]
    con.close()
    pages = {
        "meetings table with its facets (place, country, month, participants)": "/envoys/meetings",
        "a person's page": f"/envoys/people/{person}",
        "full-text search": "/envoys/articles?_search=ceasefire",
        "canned query (who met whom)": "/envoys/who_met_whom",
        "CSV export (a page of meetings)": "/envoys/meetings.csv",
    }
    results = []
    with running(db) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        for label, path in pages.items():
            client.get(path)  # warm up
            timings = []
            for _ in range(requests):
                started = time.perf_counter()
                response = client.get(path)
                timings.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise SystemExit(f"{path} answered {response.status_code}")
            timings.sort()
            results.append({"page": label, "path": path, "p50": statistics.median(timings),
                            "p95": timings[int(0.95 * (len(timings) - 1))]})
        # The full export is a download, not a page: its figure is throughput.
        started = time.perf_counter()
        response = client.get("/envoys/meetings.csv?_stream=on")
        seconds = time.perf_counter() - started
        rows = response.text.count("\n") - 1
        results.append({"page": f"full CSV export: {rows:,} meetings, {len(response.content) / 2**20:.1f} MiB streamed",
                        "path": "/envoys/meetings.csv?_stream=on", "p50": seconds * 1000, "p95": seconds * 1000})
    return results


# ---------------------------------------------------------------- the run

def _machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "unknown CPU")
    memory = next((int(line.split()[1]) // 1024 // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    return (f"{model}, {os.cpu_count()} cores, {memory} GiB RAM; Linux {platform.release()}; "
            f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}")


def run(sizes: list[int], output: Path | None) -> str:
    from .synthetic import generate

    python = sys.executable
    WORK.mkdir(parents=True, exist_ok=True)
    lines = []
    rows = []
    for size in sizes:
        raw = WORK / f"corpus-{size}"
        if not raw.exists():
            generate(raw, size, seed=0)
        db = WORK / f"db-{size}" / "envoys.db"  # the database name `envoys` is in every URL
        db.parent.mkdir(exist_ok=True)
        # Twice each, from a cold cache, keeping the faster: this machine's speed swings by half
        # from one minute to the next (the null pipeline shows it), and the slower run says more
        # about the neighbours than about the code. Peak memory is the larger of the two.
        builds, nulls = [], []
        for _ in range(2):
            for stale in db.parent.glob(".envoys.db.cache*"):
                stale.unlink()
            builds.append(measure([python, "-m", "scripts.build", "--raw", str(raw), "--db", str(db), "--quiet"]))
            nulls.append(measure([python, "-m", "scripts.benchmark", "--null", str(raw), str(WORK / f"null-{size}.db")]))
        build = dict(min(builds, key=lambda b: b["seconds"]), peak_rss=max(b["peak_rss"] for b in builds))
        null = min(nulls, key=lambda n: n["seconds"])
        articles = sqlite3.connect(db).execute("select count(*) from articles").fetchone()[0]
        rows.append({"size": size, "articles": articles, "build": build, "null": null, "builds": builds,
                     "db_bytes": db.stat().st_size, "summary": build["stdout"].splitlines()[-1]})
        print(f"{size}: {build['seconds']:.1f}s, null {null['seconds']:.1f}s", file=sys.stderr)
    largest = rows[-1]
    raw, db = WORK / f"corpus-{largest['size']}", WORK / f"db-{largest['size']}" / "envoys.db"
    changed = sorted(raw.glob("*.txt"))[len(list(raw.glob("*.txt"))) // 2]
    original = changed.read_bytes()
    rebuilds = []
    try:
        for attempt in range(3):  # a different edit each time, so each rebuild re-extracts one article
            changed.write_bytes(original + f"\nCorrection {attempt} was appended to this article.\n".encode())
            rebuilds.append(measure([python, "-m", "scripts.build", "--raw", str(raw), "--db", str(db), "--quiet"]))
    finally:
        changed.write_bytes(original)
    measure([python, "-m", "scripts.build", "--raw", str(raw), "--db", str(db), "--quiet"])  # back to the corpus as generated
    latency = serving_latency(db)

    lines.append("Builds from a cold cache, the faster of two runs (each run's times: "
                 + "; ".join(f"{r['size']:,}: " + ", ".join(f"{b['seconds']:.1f} s" for b in r["builds"]) for r in rows) + ").")
    lines.append("")
    lines.append("| articles | build (s) | articles/s | null pipeline (s) | ratio | peak memory (MiB, PSS) | database (MiB) |")
    lines.append("|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        b, n = row["build"], row["null"]
        lines.append(f"| {row['articles']:,} | {b['seconds']:.1f} | {row['articles'] / b['seconds']:.0f} | {n['seconds']:.1f} | "
                     f"{b['seconds'] / n['seconds']:.1f}× | {b['peak_rss'] / 2**20:.0f} | {row['db_bytes'] / 2**20:.0f} |")
    lines.append("")
    lines.append(f"Rebuild after one changed article ({largest['articles']:,} articles, warm cache): "
                 f"**{min(r['seconds'] for r in rebuilds):.1f} s** best of {len(rebuilds)}, "
                 f"{statistics.median(r['seconds'] for r in rebuilds):.1f} s median "
                 f"(`{rebuilds[-1]['stdout'].splitlines()[-1]}`)")
    lines.append("")
    lines.append(f"Serving, a real `datasette` process on the {largest['articles']:,}-article database "
                 f"(40 sequential requests per page after a warm-up):")
    lines.append("")
    lines.append("| page | p50 (ms) | p95 (ms) |")
    lines.append("|---|---:|---:|")
    for result in latency:
        lines.append(f"| {result['page']} (`{result['path']}`) | {result['p50']:.0f} | {result['p95']:.0f} |")
    report = "\n".join(lines)
    if output:
        _write(output, report)
    return report


def _write(output: Path, report: str) -> None:
    """Replace the generated section of BENCHMARKS.md, keeping the hand-written analysis."""
    start, end = "<!-- results:start -->", "<!-- results:end -->"
    block = (f"{start}\nMachine: {_machine()}.\n\nCommand: `make bench` "
             f"(`python -m scripts.benchmark`), run on {time.strftime('%Y-%m-%d')}.\n\n{report}\n{end}")
    text = output.read_text() if output.exists() else f"# Benchmarks\n\n{start}\n{end}\n"
    if start in text and end in text:
        text = text[:text.index(start)] + block + text[text.index(end) + len(end):]
    else:
        text += "\n" + block + "\n"
    output.write_text(text)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m scripts.benchmark", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--huge", action="store_true", help="add a 100,000-article corpus")
    parser.add_argument("--output", type=Path, default=PROJECT / "BENCHMARKS.md")
    parser.add_argument("--null", nargs=2, type=Path, metavar=("RAW", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.null:
        null_pipeline(*args.null)
        return
    sizes = args.sizes + ([100_000] if args.huge else [])
    print(run(sizes, args.output))


if __name__ == "__main__":
    main()
