"""RawArticle → Article: extract (HTML), normalise, drop boilerplate, read the headline, dateline and dates.

The steps, in order:

1. HTML pages go through :func:`eventwire.clean.html.extract_page` (trafilatura, visible text as fallback);
   the page's title, date, URL and site name fill what the input itself does not give, and its figure
   captions (never article text) are reported as removed and give the photo credit.
2. :func:`~eventwire.clean.normalize.normalize_text`, then the text is split into blocks of lines.
3. Boilerplate lines are removed (the lexicon's line rules, and the run of boilerplate that ends the text).
4. Lines become paragraphs: each line is a paragraph, except in plain text wrapped at a fixed width, where the
   lines of a block are joined.
5. Photo credits, and the captions they close, are removed.
6. The headline is taken off the top, and the wire dateline off the paragraph that opens with it.
7. ``published`` is the input's date, else the dateline's day in the year of ``default_date``, else
   ``default_date``; ``id`` is the input's id, else ``a-`` and 16 hex digits of the SHA-256 of the text.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from datetime import date

from eventwire.clean.boilerplate import Found, Unit, drop_boilerplate_lines, split_photo_credits
from eventwire.clean.html import extract_page
from eventwire.clean.lexicon import Lexicon, load_lexicon
from eventwire.clean.metadata import Dateline, find_dateline, resolve_published, split_headline
from eventwire.clean.normalize import is_hard_wrapped, normalize_text, split_blocks
from eventwire.errors import InputError
from eventwire.models import Article, RawArticle, Removed

logger = logging.getLogger(__name__)

NO_TEXT = "no article text after cleaning"


def clean_article(
    raw: RawArticle,
    *,
    default_date: date | None = None,
    min_html_chars: int = 200,
    headline_in_text: bool = False,
) -> Article:
    """Clean one raw article. Raises :class:`InputError` when no article text remains.

    With ``headline_in_text`` the headline stays in the text as its first paragraph (and is coded like the
    rest); it is always in ``title`` too.
    """
    lexicon = load_lexicon()
    title, stated_date, url, source = _one_line(raw.title), raw.date, raw.url, raw.source
    captions: list[Found] = []
    caption_credit = None
    if raw.html is not None:
        page = extract_page(raw.html, url=raw.url, min_chars=min_html_chars)
        logger.debug("%s: page text by %s", raw.origin.describe(), page.method)
        body, unwrap = page.text, False
        title = title or _one_line(page.title)
        stated_date = stated_date or page.date
        url = url or page.url
        source = source or page.sitename
        captions, caption_credit = _figure_captions(page.captions, lexicon)
    else:
        body, unwrap = raw.text or "", True

    paragraphs, found, text_credit = _body_paragraphs(body, lexicon, unwrap=unwrap)
    title, texts = split_headline([p.text for p in paragraphs], lexicon, known_title=title)
    texts, dateline = _strip_dateline(texts, lexicon)
    if not texts:
        raise InputError(raw.origin.describe(), NO_TEXT)
    text = "\n\n".join(([title] if title and headline_in_text else []) + texts)
    if not text:
        raise InputError(raw.origin.describe(), NO_TEXT)
    return Article(
        id=raw.id or content_id(text),
        origin=raw.origin,
        text=text,
        title=title or None,
        dateline=dateline.text if dateline else None,
        agency=dateline.agency if dateline else None,
        published=resolve_published(stated=stated_date, dateline=dateline, default_date=default_date),
        photo_credit=caption_credit or text_credit,
        url=url,
        source=source,
        removed=_unique(f.removed for f in captions + found),
    )


def content_id(text: str) -> str:
    """The id of an article that has none: the same text always gives the same id."""
    return "a-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _body_paragraphs(
    body: str, lexicon: Lexicon, *, unwrap: bool
) -> tuple[list[Unit], list[Found], str | None]:
    """Paragraphs of the body without boilerplate; what was removed, in input order; the photo credit."""
    blocks = _numbered(split_blocks(normalize_text(body)))
    blocks, found = drop_boilerplate_lines(blocks, lexicon)
    if unwrap and is_hard_wrapped([[u.text for u in block] for block in blocks]):
        paragraphs = [Unit(block[0].pos, " ".join(u.text for u in block)) for block in blocks]
    else:
        paragraphs = [unit for block in blocks for unit in block]
    paragraphs, credits, photo_credit = split_photo_credits(paragraphs, lexicon)
    return paragraphs, sorted(found + credits, key=lambda f: f.pos), photo_credit


def _figure_captions(captions: tuple[str, ...], lexicon: Lexicon) -> tuple[list[Found], str | None]:
    """A page's figure captions (never article text), split into caption and credit where possible."""
    units = [Unit(-1, normalize_text(caption)) for caption in captions]
    uncredited, found, credit = split_photo_credits(units, lexicon)
    return [Found(u.pos, Removed("photo_caption", u.text)) for u in uncredited] + found, credit


def _one_line(title: str | None) -> str | None:
    """A title normalised like the text, on one line; None when empty."""
    return " ".join(normalize_text(title).split()) or None if title else None


def _unique(removed: Iterable[Removed]) -> tuple[Removed, ...]:
    """In order, without repeats (a caption both in a <figcaption> and in the text is reported once)."""
    return tuple(dict.fromkeys(removed))


def _numbered(blocks: list[list[str]]) -> list[list[Unit]]:
    numbered: list[list[Unit]] = []
    pos = 0
    for block in blocks:
        numbered.append([Unit(pos + i, line) for i, line in enumerate(block)])
        pos += len(block)
    return numbered


def _strip_dateline(paragraphs: list[str], lexicon: Lexicon) -> tuple[list[str], Dateline | None]:
    """Take the dateline off the paragraph that opens with it; a paragraph that was only a dateline goes."""
    hit = find_dateline(paragraphs, lexicon)
    if hit is None:
        return paragraphs, None
    index, dateline = hit
    rest = paragraphs[index][dateline.end :].strip()
    return paragraphs[:index] + ([rest] if rest else []) + paragraphs[index + 1 :], dateline
