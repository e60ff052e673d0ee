"""Plain-text input: the whole input is one article."""

from __future__ import annotations

from eventwire.errors import InputError
from eventwire.models import Origin, RawArticle

EMPTY = "empty file"


def read_text(text: str, origin: Origin) -> RawArticle:
    """One article from plain text; raises :class:`InputError` when there is nothing but white space."""
    if not text.strip():
        raise InputError(origin.describe(), EMPTY)
    return RawArticle(origin=origin, text=text)
