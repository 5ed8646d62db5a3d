"""Serve the database with Datasette as a public, read-only site.

    python -m scripts.serve [--db build/envoys.db] [--port 8001]

One place for the serving settings, shared by `make serve`, the tests and the load test.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
METADATA = PROJECT / "metadata.yml"
PLUGINS = PROJECT / "plugins"  # the fast array facet and the meeting page's lists
TEMPLATES = PROJECT / "templates"

# Limits for a public site: a runaway query is cut off, a page never returns too much.
SETTINGS = {
    "sql_time_limit_ms": 1000,
    "max_returned_rows": 1000,
    "facet_time_limit_ms": 500,
    "facet_suggest_time_limit_ms": 200,
    "allow_download": True,
    "default_page_size": 50,
    "num_sql_threads": 4,
    # Suggesting facets runs extra queries on every table page; our facets are chosen in metadata.yml.
    "suggest_facets": False,
}


def inspect_file(db: Path) -> Path:
    """Table counts computed once at build time so immutable serving never counts rows."""
    return db.with_suffix(".inspect.json")


def write_inspect(db: Path) -> Path:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    tables = {}
    for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        count = connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        tables[name] = {"count": count}
    connection.close()
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    target = inspect_file(db)
    target.write_text(json.dumps({db.stem: {"hash": digest, "size": db.stat().st_size, "file": db.name, "tables": tables}}, indent=2))
    return target


def datasette_args(db: Path, port: int, host: str = "127.0.0.1") -> list[str]:
    args = ["serve", "-i", str(db), "--metadata", str(METADATA), "--host", host, "--port", str(port),
            "--inspect-file", str(write_inspect(db)), "--plugins-dir", str(PLUGINS), "--template-dir", str(TEMPLATES)]
    for name, value in SETTINGS.items():
        args += ["--setting", name, str(value).lower() if isinstance(value, bool) else str(value)]
    return args


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class Server:
    """A real `datasette serve` process on a free loopback port, started as `make serve` starts it
    (used by the browser tests, the load test and the benchmark)."""

    def __init__(self, db: Path, host: str = "127.0.0.1"):
        self.port = free_port(host)
        self.url = f"http://{host}:{self.port}"
        self.log = tempfile.TemporaryFile()
        datasette = Path(sys.executable).with_name("datasette")
        self.process = subprocess.Popen([str(datasette), *datasette_args(db, self.port, host)],
                                        stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

    def output(self, lines: int = 20) -> str:
        """The end of the server's output (its access log included)."""
        self.log.seek(0)
        return "\n".join(self.log.read().decode("utf-8", "replace").splitlines()[-lines:])

    def wait_until_up(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"datasette exited with code {self.process.returncode}:\n{self.output()}")
            try:
                with urllib.request.urlopen(f"{self.url}/-/versions.json", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"datasette did not answer on {self.url} within {seconds:.0f}s:\n{self.output()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log.close()


@contextlib.contextmanager
def running(db: Path, attempts: int = 3):
    """A started, answering Server; stopped on exit. Retries when the free port is taken first."""
    for attempt in range(attempts):
        server = Server(db)
        try:
            server.wait_until_up()
            break
        except RuntimeError as error:
            server.stop()
            if attempt == attempts - 1 or "address already in use" not in str(error).lower():
                raise
    try:
        yield server
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m scripts.serve")
    parser.add_argument("--db", type=Path, default=PROJECT / "build" / "envoys.db")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    if not args.db.exists():
        sys.exit(f"error: {args.db} does not exist; run `make build` first")
    datasette = Path(sys.executable).with_name("datasette")
    os.execv(str(datasette), [str(datasette), *datasette_args(args.db, args.port, args.host)])


if __name__ == "__main__":
    main()
