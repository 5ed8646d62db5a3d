"""Shared fixtures: built databases, the knowledge files, and a Datasette client."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scripts.build import build
from scripts.extract import extract_article
from scripts.knowledge import load_knowledge
from scripts.read import Source, read_article
from scripts.serve import METADATA, PLUGINS, SETTINGS, TEMPLATES

PROJECT = Path(__file__).resolve().parent.parent
RAW = PROJECT / "raw"
TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def knowledge():
    return load_knowledge(RAW)


@pytest.fixture(scope="session")
def bare_knowledge(tmp_path_factory):
    """Knowledge without the people registry: detection alone."""
    return load_knowledge(RAW, use_registry=False)


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("seeds") / "envoys.db"
    build(RAW, db, jobs=1, warn=lambda line: None)
    return db


def run_build(raw: Path, db: Path, *args: str) -> subprocess.CompletedProcess:
    """The build as a user runs it: a real process, its output and exit code."""
    return subprocess.run([sys.executable, "-m", "scripts.build", "--raw", str(raw), "--db", str(db), *args],
                          cwd=PROJECT, capture_output=True, text=True, timeout=300)


def make_raw(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder


def extract_text(text: str, knowledge, name: str = "article.txt", row: dict | None = None) -> dict:
    """Read and extract one article given as text, without touching the disk."""
    source = Source(Path(name), name, row or {})
    article, _ = read_article(source, text.encode("utf-8"), knowledge.gazetteer)
    return extract_article(article, knowledge)


def people_of(result: dict, kinds=("full", "short")) -> set[str]:
    return {m["name"] for m in result["mentions"] if m["kind"] in kinds}


class SiteClient:
    """Datasette's own test client on a database, with the metadata and settings we publish with."""

    def __init__(self, db: Path):
        from datasette.app import Datasette

        self.loop = asyncio.new_event_loop()
        metadata = yaml.safe_load(METADATA.read_text())
        self.datasette = Datasette(immutables=[str(db)], metadata=metadata, settings=dict(SETTINGS),
                                   plugins_dir=str(PLUGINS), template_dir=str(TEMPLATES))
        self.loop.run_until_complete(self.datasette.invoke_startup())

    def get(self, path: str, **kwargs):
        return self.loop.run_until_complete(self.datasette.client.get(path, **kwargs))

    def post(self, path: str, **kwargs):
        return self.loop.run_until_complete(self.datasette.client.post(path, **kwargs))

    def close(self):
        self.loop.close()


@pytest.fixture(scope="session")
def site(seeds_db):
    client = SiteClient(seeds_db)
    yield client
    client.close()


@pytest.fixture()
def copy_of_raw(tmp_path) -> Path:
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    return target
