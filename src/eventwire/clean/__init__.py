"""Cleaning: raw articles (text or HTML) → :class:`~eventwire.models.Article` with text and metadata."""

from eventwire.clean.article import NO_TEXT, clean_article, content_id
from eventwire.clean.lexicon import load_lexicon
from eventwire.clean.normalize import normalize_text

__all__ = ["NO_TEXT", "clean_article", "content_id", "load_lexicon", "normalize_text"]
