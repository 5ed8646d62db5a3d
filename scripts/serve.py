"""Serve the database with Datasette as a public, read-only site.

    python -m scripts.serve [--db build/envoys.db] [--port 8001]

One place for the serving settings, shared by `make serve`, the tests and the load test.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
METADATA = PROJECT / "metadata.yml"

# Limits for a public site: a runaway query is cut off, a page never returns too much.
SETTINGS = {
    "sql_time_limit_ms": 1000,
    "max_returned_rows": 1000,
    "facet_time_limit_ms": 500,
    "facet_suggest_time_limit_ms": 200,
    "allow_download": True,
    "default_page_size": 50,
    "num_sql_threads": 4,
}


def inspect_file(db: Path) -> Path:
    """Table counts computed once at build time so immutable serving never counts rows."""
    return db.with_suffix(".inspect.json")


def write_inspect(db: Path) -> Path:
    import sqlite3

    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    tables = {}
    for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        count = connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        tables[name] = {"count": count}
    connection.close()
    import hashlib

    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    target = inspect_file(db)
    target.write_text(json.dumps({db.stem: {"hash": digest, "size": db.stat().st_size, "file": db.name, "tables": tables}}, indent=2))
    return target


def datasette_args(db: Path, port: int, host: str = "127.0.0.1") -> list[str]:
    args = ["serve", "-i", str(db), "--metadata", str(METADATA), "--host", host, "--port", str(port),
            "--inspect-file", str(write_inspect(db))]
    for name, value in SETTINGS.items():
        args += ["--setting", name, str(value).lower() if isinstance(value, bool) else str(value)]
    return args


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
