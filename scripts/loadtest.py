"""A bounded load test of the published site on a real Datasette (`make loadtest`; not part of `make test`).

    python -m scripts.loadtest --db build/envoys.db [--seconds 30] [--concurrency 50] [--max-p95-ms MS]

Starts `datasette serve` with the project's serving arguments (scripts.serve.datasette_args) on a
free port of 127.0.0.1, sends requests from `--concurrency` concurrent workers for `--seconds`
seconds (and at most `--max-requests` requests) over a mix of the site's pages, then stops the
server and prints, per kind of page and overall: requests, requests/s, p50/p95/p99/max latency
in ms and the errors.

Exits 1 on any 5xx, 4xx, connection error or timeout, or when the overall p95 exceeds
`--max-p95-ms`; exits 2 when the server cannot be started. Traffic only ever goes to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import math
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from scripts.serve import SETTINGS, Server

HOST = "127.0.0.1"  # never anything but this machine


# ---------------------------------------------------------------- the pages

def pages(db: Path) -> dict[str, str]:
    """The mix of pages, by kind; the row pages use a meeting and a person taken from the database."""
    from datasette.utils import tilde_encode

    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        meeting = connection.execute("SELECT id FROM meetings ORDER BY source_count DESC, id LIMIT 1").fetchone()
        person = connection.execute("SELECT id FROM people ORDER BY mention_count DESC, id LIMIT 1").fetchone()
    finally:
        connection.close()
    if not meeting or not person:
        raise SystemExit(f"error: {db} has no meeting or no person to load a row page with")
    return {
        "table": "/envoys/meetings",
        "row meeting": f"/envoys/meetings/{tilde_encode(meeting[0])}",
        "row person": f"/envoys/people/{tilde_encode(person[0])}",
        "facets": "/envoys/meetings?_facet=venue&_facet=date_precision",
        "search": "/envoys/articles?_search=ceasefire",
        "canned query": "/envoys/who_met_whom",
        "csv": "/envoys/meetings.csv?_stream=on",
    }


# ---------------------------------------------------------------- the load

@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)  # ms, of every answered request
    client_errors: int = 0  # 4xx
    server_errors: int = 0  # 5xx
    connection_errors: int = 0  # refused, reset, timed out
    examples: list[str] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return len(self.latencies) + self.connection_errors

    @property
    def errors(self) -> int:
        return self.client_errors + self.server_errors + self.connection_errors

    def note(self, message: str) -> None:
        if len(self.examples) < 3:
            self.examples.append(message)


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


async def run_load(base_url: str, urls: dict[str, str], seconds: float, concurrency: int,
                   max_requests: int, timeout: float, alive=lambda: True) -> tuple[dict[str, Tally], float]:
    """Requests from `concurrency` workers until `seconds` pass, `max_requests` are sent or the server dies."""
    import httpx

    tallies = {kind: Tally() for kind in urls}
    mix = itertools.cycle(list(urls.items()))  # an even, deterministic mix
    sent = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=timeout) as client:
        started = time.monotonic()
        deadline = started + seconds

        async def worker() -> None:
            nonlocal sent
            while time.monotonic() < deadline and sent < max_requests and alive():
                sent += 1
                kind, path = next(mix)
                tally = tallies[kind]
                began = time.perf_counter()
                try:
                    response = await client.get(path)  # reads the whole body, streamed CSV included
                except httpx.TransportError as error:
                    tally.connection_errors += 1
                    tally.note(f"{path}: {type(error).__name__}: {error}")
                    await asyncio.sleep(0.05)  # no busy loop against a port that refuses
                    continue
                tally.latencies.append((time.perf_counter() - began) * 1000)
                if response.status_code >= 500:
                    tally.server_errors += 1
                    tally.note(f"{path}: HTTP {response.status_code}: {response.text[:200]}")
                elif response.status_code >= 400:
                    tally.client_errors += 1
                    tally.note(f"{path}: HTTP {response.status_code}: {response.text[:200]}")

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.monotonic() - started
    return tallies, elapsed


def check_pages(base_url: str, urls: dict[str, str], timeout: float) -> list[str]:
    """Every page answers 200 once before the load: a wrong URL is reported as such, not as load."""
    import httpx

    problems = []
    with httpx.Client(base_url=base_url, timeout=timeout) as client:
        for kind, path in urls.items():
            try:
                response = client.get(path)
            except httpx.TransportError as error:
                problems.append(f"{kind} {path}: {type(error).__name__}: {error}")
                continue
            if response.status_code != 200:
                problems.append(f"{kind} {path}: HTTP {response.status_code}")
    return problems


# ---------------------------------------------------------------- the report

def report(tallies: dict[str, Tally], elapsed: float) -> tuple[str, Tally]:
    overall = Tally()
    for tally in tallies.values():
        overall.latencies += tally.latencies
        overall.client_errors += tally.client_errors
        overall.server_errors += tally.server_errors
        overall.connection_errors += tally.connection_errors
    header = ("page", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "4xx", "5xx", "conn err")
    rows = []
    for kind, tally in [*tallies.items(), ("overall", overall)]:
        values = sorted(tally.latencies)
        rows.append((kind, str(tally.requests), f"{tally.requests / elapsed:.1f}",
                     *(f"{percentile(values, p):.1f}" for p in (50, 95, 99)),
                     f"{values[-1]:.1f}" if values else "nan",
                     str(tally.client_errors), str(tally.server_errors), str(tally.connection_errors)))
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(row):
        return "  ".join(cell.ljust(width) if i == 0 else cell.rjust(width) for i, (cell, width) in enumerate(zip(row, widths)))

    rule = "  ".join("-" * width for width in widths)
    table = "\n".join([line(header), rule, *map(line, rows[:-1]), rule, line(rows[-1])])
    return table, overall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.loadtest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("build/envoys.db"))
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--max-p95-ms", type=float, default=None, help="fail when the overall p95 is above this")
    parser.add_argument("--max-requests", type=int, default=1_000_000, help="a bound on the requests sent")
    parser.add_argument("--timeout", type=float, default=30, help="seconds before one request counts as failed")
    args = parser.parse_args(argv)
    if not args.db.exists():
        parser.error(f"{args.db} does not exist; run `make build` first")
    if args.db.name != "envoys.db":
        parser.error("the database must be named envoys.db: the name `envoys` is in every URL")
    if not (0 < args.seconds <= 3600 and 1 <= args.concurrency <= 1000 and args.max_requests >= 1):
        parser.error("--seconds must be in (0, 3600], --concurrency in [1, 1000], --max-requests >= 1")

    urls = pages(args.db)
    server = Server(args.db)
    try:
        try:
            server.wait_until_up()
        except RuntimeError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        problems = check_pages(server.url, urls, args.timeout)
        if problems:
            print("error: pages that do not answer 200 before any load:", *problems, sep="\n  ", file=sys.stderr)
            return 1
        settings = ", ".join(f"{name}={value}" for name, value in SETTINGS.items()
                             if name in ("num_sql_threads", "sql_time_limit_ms", "default_page_size"))
        print(f"load test: {args.db} on {server.url} ({settings}); "
              f"{args.concurrency} concurrent clients for {args.seconds:g}s")
        tallies, elapsed = asyncio.run(run_load(server.url, urls, args.seconds, args.concurrency,
                                                args.max_requests, args.timeout,
                                                alive=lambda: server.process.poll() is None))
        died = server.process.poll()
        if died is not None:
            print(f"error: datasette exited with code {died} during the load:\n{server.output()}", file=sys.stderr)
    finally:
        server.stop()

    table, overall = report(tallies, elapsed)
    print(table)
    print(f"{overall.requests} requests in {elapsed:.1f}s: {overall.requests / elapsed:.1f} requests/s")
    failures = []
    if overall.errors:
        failures.append(f"{overall.server_errors} 5xx, {overall.client_errors} 4xx and "
                        f"{overall.connection_errors} connection errors")
        for kind, tally in tallies.items():
            for example in tally.examples:
                failures.append(f"  {kind}: {example}")
    p95 = percentile(sorted(overall.latencies), 95)
    if args.max_p95_ms is not None and not p95 <= args.max_p95_ms:
        failures.append(f"overall p95 {p95:.1f} ms is above --max-p95-ms {args.max_p95_ms:g}")
    if died is not None:
        failures.append(f"the server exited with code {died} during the load")
    if failures:
        print("FAILED: " + "\n".join(failures), file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
