"""Helpers the event tests share: code a small text through the whole pipeline and look at its events.

Publication date is Thursday 29 March 2018 unless a test passes another, so "Monday" is 26 March.
"""

from __future__ import annotations

from datetime import date

from eventwire.models import CodedArticle, Event

PUBLISHED = date(2018, 3, 29)  # a Thursday


def code(pipeline, text: str, published: date = PUBLISHED) -> CodedArticle:
    return pipeline.code_text(text, date=published)


def summary(event: Event) -> tuple[str, str | None, str | None, str]:
    """(type, source country, target country, factuality): what most tests assert on."""
    source = event.source.country if event.source else None
    target = event.target.country if event.target else None
    return event.type, source, target, event.factuality


def summaries(pipeline, text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [summary(e) for e in code(pipeline, text).events]


def of_type(coded: CodedArticle, kind: str) -> list[Event]:
    return [e for e in coded.events if e.type == kind]


def types(pipeline, text: str, published: date = PUBLISHED) -> list[str]:
    """The categories of a text's events, in text order."""
    return [e.type for e in code(pipeline, text, published).events]
