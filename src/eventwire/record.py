"""The event record: a :class:`CodedArticle` as the JSON document CONTRACT.md fixes, and back.

:func:`to_document` gives plain dicts, lists, strings and numbers (dates as ISO strings), so the result can go
straight to :func:`json.dumps` and compares equal to its own JSON round trip. Beyond the contract's fields it
adds a few (the contract allows it): ``article.source``, ``event.cameo_code`` (the full CAMEO code),
``event.plover_type`` (the PLOVER view of the event) and ``evidence.trigger_start`` / ``trigger_end``.

:func:`from_document` reads such a document back, so stored or exported records can be used as objects again;
a malformed document raises :class:`~eventwire.errors.InputError` naming the field at fault.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from eventwire.errors import InputError
from eventwire.models import (
    CATEGORIES,
    FACTUALITY,
    Actor,
    Article,
    Attribution,
    CodedArticle,
    Event,
    Evidence,
    Location,
    Origin,
    Quote,
    Removed,
)

__all__ = ["actor_to_dict", "from_document", "to_document", "to_json", "to_jsonl"]


# ---------------------------------------------------------------------------------------------- writing


def to_document(coded: CodedArticle) -> dict[str, Any]:
    """The CONTRACT.md document of one coded article."""
    return {
        "article": _article(coded.article),
        "events": [_event(event) for event in coded.events],
        "quotes": [_quote(quote) for quote in coded.quotes],
        "actors": [actor_to_dict(actor) for actor in coded.actors],
    }


def to_json(coded: CodedArticle, *, indent: int | None = 2) -> str:
    """The document as pretty JSON (UTF-8 text, non-ASCII characters kept as they are)."""
    return json.dumps(to_document(coded), ensure_ascii=False, indent=indent)


def to_jsonl(coded: CodedArticle) -> str:
    """The document as one compact JSON line, without the trailing newline."""
    return json.dumps(to_document(coded), ensure_ascii=False, separators=(",", ":"))


def actor_to_dict(actor: Actor | None) -> dict[str, Any] | None:
    """The contract's ACTOR object (``code`` is ``country + sector``), or None."""
    if actor is None:
        return None
    return {
        "text": actor.text,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "code": actor.code,
        "kind": actor.kind,
        "start": actor.start,
        "end": actor.end,
    }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _article(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "origin": {"path": article.origin.path, "line": article.origin.line, "url": article.origin.url},
        "title": article.title,
        "dateline": article.dateline,
        "agency": article.agency,
        "published": _iso(article.published),
        "photo_credit": article.photo_credit,
        "url": article.url,
        "text": article.text,
        "removed": [{"kind": removed.kind, "text": removed.text} for removed in article.removed],
        "source": article.source,
    }


def _event(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        "quad": event.quad,
        "source": actor_to_dict(event.source),
        "target": actor_to_dict(event.target),
        "factuality": event.factuality,
        "date": _iso(event.date),
        "end_date": _iso(event.end_date),
        "date_text": event.date_text,
        "location": _location(event.location),
        "attribution": _attribution(event.attribution),
        "evidence": _evidence(event.evidence),
        "confidence": event.confidence,
        "cameo_code": event.cameo_code,
        "plover_type": event.plover_type,
    }


def _location(location: Location | None) -> dict[str, Any] | None:
    if location is None:
        return None
    return {
        "text": location.text,
        "name": location.name,
        "country": location.country,
        "lat": location.lat,
        "lon": location.lon,
    }


def _attribution(attribution: Attribution | None) -> dict[str, Any] | None:
    if attribution is None:
        return None
    return {
        "speaker": actor_to_dict(attribution.speaker),
        "cue": attribution.cue,
        "via": list(attribution.via),
    }


def _evidence(evidence: Evidence) -> dict[str, Any]:
    return {
        "sentence": evidence.sentence,
        "start": evidence.start,
        "end": evidence.end,
        "trigger": evidence.trigger,
        "trigger_start": evidence.trigger_start,
        "trigger_end": evidence.trigger_end,
    }


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "speaker": actor_to_dict(quote.speaker),
        "text": quote.text,
        "direct": quote.direct,
        "cue": quote.cue,
        "via": list(quote.via),
        "start": quote.start,
        "end": quote.end,
    }


# ---------------------------------------------------------------------------------------------- reading


class _Malformed(ValueError):
    """A field of the document is missing or of the wrong type; the message names it."""


def from_document(doc: Mapping[str, Any], *, where: str = "<document>") -> CodedArticle:
    """Rebuild the :class:`CodedArticle` a document describes (the inverse of :func:`to_document`).

    Derived fields (``cameo``, ``quad``, ``plover_type``, actor ``code``) are recomputed, not read. Fields the
    contract marks optional may be absent. A document without ``cameo_code`` keeps its ``cameo`` root as the
    code; one without ``trigger_start``/``trigger_end`` locates the trigger in the sentence (or, failing that,
    takes the whole sentence). ``where`` names the document in the :class:`InputError` a malformed one raises.
    """
    try:
        reader = _Reader(doc, "document")
        article = _read_article(reader.mapping("article"))
        events = tuple(_read_event(r, article.text) for r in reader.mappings("events"))
        quotes = tuple(_read_quote(r) for r in reader.mappings("quotes"))
        actors = tuple(_read_actor(r) for r in reader.mappings("actors"))
    except _Malformed as exc:
        raise InputError(where, f"malformed event record: {exc}") from None
    return CodedArticle(article=article, events=events, quotes=quotes, actors=actors)


class _Reader:
    """Typed access to one JSON object, with ``context`` (e.g. ``events[2].source``) for error messages."""

    def __init__(self, obj: Any, context: str) -> None:
        if not isinstance(obj, Mapping):
            raise _Malformed(f"{context}: expected an object, got {type(obj).__name__}")
        self.obj = obj
        self.context = context

    def _value(self, key: str, required: bool) -> Any:
        if key not in self.obj:
            if required:
                raise _Malformed(f"{self.context}.{key}: missing")
            return None
        return self.obj[key]

    def _typed(self, key: str, types: tuple[type, ...], label: str, required: bool) -> Any:
        value = self._value(key, required)
        if value is None:
            if required:
                raise _Malformed(f"{self.context}.{key}: is null")
            return None
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise _Malformed(f"{self.context}.{key}: expected {label}, got {value!r}")
        return value

    def opt_str(self, key: str) -> str | None:
        return self._typed(key, (str,), "a string", False)

    def req_str(self, key: str) -> str:
        return self._typed(key, (str,), "a string", True)

    def opt_int(self, key: str) -> int | None:
        return self._typed(key, (int,), "an integer", False)

    def req_int(self, key: str) -> int:
        return self._typed(key, (int,), "an integer", True)

    def opt_float(self, key: str) -> float | None:
        value = self._typed(key, (int, float), "a number", False)
        return float(value) if value is not None else None

    def req_bool(self, key: str) -> bool:
        return self._typed(key, (bool,), "true or false", True)

    def opt_date(self, key: str) -> date | None:
        text = self.opt_str(key)
        if text is None:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
        try:  # a full timestamp ("2018-03-29T08:00:00Z") gives its date
            return datetime.fromisoformat(text).date()
        except ValueError:
            raise _Malformed(f"{self.context}.{key}: not an ISO date: {text!r}") from None

    def strings(self, key: str) -> tuple[str, ...]:
        values = self._typed(key, (list, tuple), "a list", False) or ()
        for i, value in enumerate(values):
            if not isinstance(value, str):
                raise _Malformed(f"{self.context}.{key}[{i}]: expected a string, got {value!r}")
        return tuple(values)

    def mapping(self, key: str) -> _Reader:
        value = self._value(key, True)
        if value is None:
            raise _Malformed(f"{self.context}.{key}: is null")
        return _Reader(value, f"{self.context}.{key}")

    def opt_mapping(self, key: str) -> _Reader | None:
        value = self._value(key, False)
        return None if value is None else _Reader(value, f"{self.context}.{key}")

    def mappings(self, key: str) -> list[_Reader]:
        values = self._typed(key, (list, tuple), "a list", False) or ()
        return [_Reader(value, f"{self.context}.{key}[{i}]") for i, value in enumerate(values)]


def _read_article(r: _Reader) -> Article:
    origin = r.opt_mapping("origin")
    removed = tuple(
        Removed(kind=item.req_str("kind"), text=item.req_str("text")) for item in r.mappings("removed")
    )
    return Article(
        id=r.req_str("id"),
        origin=Origin(path=origin.opt_str("path"), line=origin.opt_int("line"), url=origin.opt_str("url"))
        if origin is not None
        else Origin(),
        text=r.req_str("text"),
        title=r.opt_str("title"),
        dateline=r.opt_str("dateline"),
        agency=r.opt_str("agency"),
        published=r.opt_date("published"),
        photo_credit=r.opt_str("photo_credit"),
        url=r.opt_str("url"),
        source=r.opt_str("source"),
        removed=removed,
    )


def _read_actor(r: _Reader | None) -> Actor | None:
    if r is None:
        return None
    return Actor(
        text=r.req_str("text"),
        name=r.req_str("name"),
        country=r.opt_str("country"),
        sector=r.opt_str("sector"),
        kind=r.req_str("kind"),
        start=r.req_int("start"),
        end=r.req_int("end"),
    )


def _read_event(r: _Reader, text: str) -> Event:
    category = r.req_str("type")
    if category not in CATEGORIES:
        raise _Malformed(f"{r.context}.type: not a PLOVER category: {category!r}")
    factuality = r.req_str("factuality")
    if factuality not in FACTUALITY:
        raise _Malformed(f"{r.context}.factuality: not one of {', '.join(FACTUALITY)}: {factuality!r}")
    cameo_code = r.opt_str("cameo_code") if "cameo_code" in r.obj else r.opt_str("cameo")
    confidence = r.opt_float("confidence")
    return Event(
        id=r.req_str("id"),
        type=category,
        mode=r.opt_str("mode"),
        cameo_code=cameo_code,
        source=_read_actor(r.opt_mapping("source")),
        target=_read_actor(r.opt_mapping("target")),
        factuality=factuality,
        evidence=_read_evidence(r.mapping("evidence"), text),
        date=r.opt_date("date"),
        end_date=r.opt_date("end_date"),
        date_text=r.opt_str("date_text"),
        location=_read_location(r.opt_mapping("location")),
        attribution=_read_attribution(r.opt_mapping("attribution")),
        confidence=confidence if confidence is not None else 0.5,
    )


def _read_evidence(r: _Reader, text: str) -> Evidence:
    start, end, trigger = r.req_int("start"), r.req_int("end"), r.req_str("trigger")
    trigger_start, trigger_end = r.opt_int("trigger_start"), r.opt_int("trigger_end")
    if trigger_start is None or trigger_end is None:
        found = text.find(trigger, start, end) if trigger else -1
        trigger_start, trigger_end = (found, found + len(trigger)) if found >= 0 else (start, end)
    return Evidence(
        sentence=r.req_str("sentence"),
        start=start,
        end=end,
        trigger=trigger,
        trigger_start=trigger_start,
        trigger_end=trigger_end,
    )


def _read_location(r: _Reader | None) -> Location | None:
    if r is None:
        return None
    return Location(
        text=r.req_str("text"),
        name=r.req_str("name"),
        country=r.opt_str("country"),
        lat=r.opt_float("lat"),
        lon=r.opt_float("lon"),
    )


def _read_attribution(r: _Reader | None) -> Attribution | None:
    if r is None:
        return None
    return Attribution(
        speaker=_read_actor(r.opt_mapping("speaker")),
        cue=r.opt_str("cue"),
        via=r.strings("via"),
    )


def _read_quote(r: _Reader) -> Quote:
    return Quote(
        speaker=_read_actor(r.opt_mapping("speaker")),
        text=r.req_str("text"),
        direct=r.req_bool("direct"),
        cue=r.opt_str("cue"),
        start=r.req_int("start"),
        end=r.req_int("end"),
        via=r.strings("via"),
    )
