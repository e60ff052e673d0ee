"""The actor knowledge base: countries, international bodies, office-holders and sector words.

Read from the JSON files in ``eventwire/data/actors`` (format in ``data/README.md``) plus any files the user
adds; indexed by surface form for matching in text. Plain data, no spaCy.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

from eventwire.errors import DataFileError

log = logging.getLogger(__name__)

SECTORS = frozenset(
    "GOV MIL COP JUD LEG PTY REB OPP CVL REF MED EDU BUS LAB HLH NGO IGO REL CRM SPY ELI UAF".split()
)
NON_STATE = frozenset({"IGO", "NGO", "IMG", "ISM"})


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    start: date | None
    end: date | None

    def held_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One known actor. ``form`` says how a surface form names it (name, alias, demonym, capital, seat)."""

    name: str
    country: str | None
    sector: str | None
    kind: str
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True, slots=True)
class Surface:
    entry: Entry
    form: str  # name | alias | demonym | capital | seat


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    capital: str | None
    lat: float | None
    lon: float | None


@dataclass
class KnowledgeBase:
    """Indexes over the actor files. Build with :func:`load_knowledge` or :meth:`from_data`."""

    surfaces: dict[str, list[Surface]] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    people: list[Entry] = field(default_factory=list)
    sector_words: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    person_words: set[str] = field(default_factory=set)

    # -- building -------------------------------------------------------------------------------------------
    def add(self, text: str, entry: Entry, form: str) -> None:
        text = text.strip()
        if not text:
            return
        bucket = self.surfaces.setdefault(text, [])
        if not any(s.entry == entry for s in bucket):
            bucket.append(Surface(entry, form))

    def add_countries(self, items: Iterable[dict], origin: str) -> None:
        for item in items:
            code = _required(item, "code", origin)
            name = _required(item, "name", origin)
            capital = item.get("capital") or {}
            self.countries[code] = Country(
                code, name, capital.get("name"), capital.get("lat"), capital.get("lon")
            )
            country = Entry(name, code, None, "country")
            self.add(name, country, "name")
            for alias in item.get("aliases", ()):
                self.add(alias, country, "alias")
            for demonym in item.get("demonyms", ()):
                self.add(demonym, Entry(name, code, None, "group"), "demonym")
                self.demonyms[demonym] = code
            if capital.get("name"):
                self.add(capital["name"], Entry(capital["name"], code, "GOV", "location"), "capital")
            for seat in item.get("seats", ()):
                text = _required(seat, "text", origin)
                sector = seat.get("sector")
                self.add(text, Entry(_strip_the(text), code, sector, "organization"), "seat")

    def add_organizations(self, items: Iterable[dict], origin: str) -> None:
        for item in items:
            entry = Entry(
                _required(item, "name", origin),
                item.get("country"),
                item.get("sector"),
                item.get("kind") or "organization",
            )
            self.add(entry.name, entry, "name")
            for alias in item.get("aliases", ()):
                self.add(alias, entry, "alias")

    def add_people(self, items: Iterable[dict], origin: str) -> None:
        for item in items:
            roles = tuple(
                Role(r.get("role", ""), _date(r.get("start"), origin), _date(r.get("end"), origin))
                for r in item.get("roles", ())
            )
            entry = Entry(
                _required(item, "name", origin),
                item.get("country"),
                item.get("sector") or "GOV",
                "person",
                roles,
            )
            self.people.append(entry)
            self.add(entry.name, entry, "name")
            for alias in item.get("aliases", ()):
                self.add(alias, entry, "alias")

    def add_sectors(self, mapping: dict, origin: str) -> None:
        for sector, words in mapping.items():
            if sector.startswith("_"):
                continue
            if sector not in SECTORS:
                raise DataFileError(origin, f"unknown sector code {sector!r}")
            for word in words:
                self.sector_words.setdefault(word.lower(), sector)

    def add_file(self, path: Path | str, data: object) -> None:
        """Add one actor file: a countries/organizations/people list, a sectors mapping, or a dict of those."""
        origin = str(path)
        if isinstance(data, dict) and "person_words" in data:
            self.person_words.update(w.lower() for w in data["person_words"])
            return
        if isinstance(data, dict) and not any(k in data for k in ("countries", "organizations", "people")):
            self.add_sectors(data, origin)
            return
        if isinstance(data, list):
            data = {_guess_kind(data, origin): data}
        if not isinstance(data, dict):
            raise DataFileError(origin, "expected a JSON list or object")
        self.add_countries(data.get("countries", ()), origin)
        self.add_organizations(data.get("organizations", ()), origin)
        self.add_people(data.get("people", ()), origin)
        if "sectors" in data:
            self.add_sectors(data["sectors"], origin)

    # -- lookup ---------------------------------------------------------------------------------------------
    def lookup(self, text: str) -> list[Surface]:
        return self.surfaces.get(text) or self.surfaces.get(_strip_the(text)) or []

    def sector_of(self, phrase: str) -> str | None:
        return self.sector_words.get(phrase.lower())

    def country_name(self, code: str | None) -> str | None:
        country = self.countries.get(code or "")
        return country.name if country else None


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _required(item: dict, key: str, origin: str) -> str:
    value = item.get(key) if isinstance(item, dict) else None
    if not isinstance(value, str) or not value.strip():
        raise DataFileError(origin, f"entry without {key!r}: {str(item)[:80]}")
    return value


def _date(value: str | None, origin: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise DataFileError(origin, f"bad date {value!r}") from exc


def _guess_kind(items: list, origin: str) -> str:
    first = items[0] if items else {}
    if "code" in first:
        return "countries"
    if "roles" in first or first.get("kind") == "person":
        return "people"
    return "organizations"


def _read(path: Path | str, text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataFileError(str(path), f"not valid JSON: {exc}") from exc


SHIPPED = ("countries.json", "organizations.json", "people.json", "sectors.json", "person_words.json")


def _shipped() -> Iterable[tuple[str, object]]:
    folder = resources.files("eventwire") / "data" / "actors"
    for name in SHIPPED:
        resource = folder / name
        if resource.is_file():
            yield f"eventwire/data/actors/{name}", _read(name, resource.read_text(encoding="utf-8"))
        else:
            log.warning("actor file %s is missing from the package", name)


@cache
def load_knowledge(extra_files: Sequence[Path] = ()) -> KnowledgeBase:
    """The shipped knowledge base plus the user's files (read after, so they add to it)."""
    kb = KnowledgeBase()
    for origin, data in _shipped():
        kb.add_file(origin, data)
    for path in extra_files:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise DataFileError(str(path), f"cannot read actor file: {exc.strerror or exc}") from exc
        kb.add_file(path, _read(path, text))
    return kb
