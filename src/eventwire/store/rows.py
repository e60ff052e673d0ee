"""Flatten one :class:`CodedArticle` into the rows of the store's tables (plain dicts, column → value).

The keys are the column names of :mod:`eventwire.store.schema`; ``position`` is the item's index in its list
of the record, so ``(article_id, position)`` is deterministic and re-writing an article gives the same keys.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventwire.models import Actor, CodedArticle, Event, Quote
from eventwire.record import to_document

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """Everything one article puts in the store."""

    article_id: str
    articles: list[Row]
    events: list[Row]
    actors: list[Row]
    quotes: list[Row]

    def tables(self) -> dict[str, list[Row]]:
        return {
            "articles": self.articles,
            "events": self.events,
            "actors": self.actors,
            "quotes": self.quotes,
        }


def flatten(coded: CodedArticle, *, coded_at: datetime, version: str) -> ArticleRows:
    """The rows of one coded article; ``articles.document`` holds its full CONTRACT document as JSON."""
    article = coded.article
    document = to_document(coded)
    article_row: Row = {
        "id": article.id,
        "title": article.title,
        "dateline": article.dateline,
        "agency": article.agency,
        "published": article.published,
        "photo_credit": article.photo_credit,
        "url": article.url,
        "source": article.source,
        "origin_path": article.origin.path,
        "origin_line": article.origin.line,
        "origin_url": article.origin.url,
        "text": article.text,
        "removed": json.dumps(document["article"]["removed"], ensure_ascii=False),
        "document": json.dumps(document, ensure_ascii=False),
        "coded_at": coded_at,
        "eventwire_version": version,
    }
    return ArticleRows(
        article_id=article.id,
        articles=[article_row],
        events=[event_row(article.id, i, event) for i, event in enumerate(coded.events)],
        actors=[actor_row(article.id, i, actor) for i, actor in enumerate(coded.actors)],
        quotes=[quote_row(article.id, i, quote) for i, quote in enumerate(coded.quotes)],
    )


def actor_columns(prefix: str, actor: Actor | None) -> Row:
    """``{prefix}_text``, ``{prefix}_name``, … of an actor in an event or quote (all None if absent)."""
    fields: Row = {
        "text": None,
        "name": None,
        "country": None,
        "sector": None,
        "code": None,
        "kind": None,
        "start": None,
        "end": None,
    }
    if actor is not None:
        fields.update(
            text=actor.text,
            name=actor.name,
            country=actor.country,
            sector=actor.sector,
            code=actor.code,
            kind=actor.kind,
            start=actor.start,
            end=actor.end,
        )
    return {f"{prefix}_{name}": value for name, value in fields.items()}


def event_row(article_id: str, position: int, event: Event) -> Row:
    location, attribution, evidence = event.location, event.attribution, event.evidence
    return {
        "article_id": article_id,
        "position": position,
        "id": event.id,
        "type": event.type,
        "plover_type": event.plover_type,
        "mode": event.mode,
        "cameo": event.cameo,
        "cameo_code": event.cameo_code,
        "quad": event.quad,
        "factuality": event.factuality,
        **actor_columns("source", event.source),
        **actor_columns("target", event.target),
        "date": event.date,
        "end_date": event.end_date,
        "date_text": event.date_text,
        "location_text": location.text if location else None,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "location_lat": location.lat if location else None,
        "location_lon": location.lon if location else None,
        "attributed": attribution is not None,
        **actor_columns("speaker", attribution.speaker if attribution else None),
        "attribution_cue": attribution.cue if attribution else None,
        "via": list(attribution.via) if attribution else None,
        "evidence_sentence": evidence.sentence,
        "evidence_start": evidence.start,
        "evidence_end": evidence.end,
        "evidence_trigger": evidence.trigger,
        "evidence_trigger_start": evidence.trigger_start,
        "evidence_trigger_end": evidence.trigger_end,
        "confidence": float(event.confidence),
    }


def actor_row(article_id: str, position: int, actor: Actor) -> Row:
    return {
        "article_id": article_id,
        "position": position,
        "text": actor.text,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "code": actor.code,
        "kind": actor.kind,
        "start_offset": actor.start,
        "end_offset": actor.end,
    }


def quote_row(article_id: str, position: int, quote: Quote) -> Row:
    return {
        "article_id": article_id,
        "position": position,
        **actor_columns("speaker", quote.speaker),
        "text": quote.text,
        "direct": quote.direct,
        "cue": quote.cue,
        "via": list(quote.via),
        "start_offset": quote.start,
        "end_offset": quote.end,
    }
