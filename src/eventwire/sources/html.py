"""HTML input: one page is one article; extraction happens in :mod:`eventwire.clean.html`."""

from __future__ import annotations

from eventwire.errors import InputError
from eventwire.models import Origin, RawArticle
from eventwire.sources.text import EMPTY


def read_html(html: str, origin: Origin) -> RawArticle:
    """One article from an HTML page; raises :class:`InputError` when the page is empty."""
    if not html.strip():
        raise InputError(origin.describe(), EMPTY)
    return RawArticle(origin=origin, html=html, url=origin.url)
