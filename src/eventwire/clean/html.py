"""HTML pages → article text, figure captions and page metadata.

trafilatura extracts the main text (comments and tables off) and the page metadata (title, date, canonical
URL, site name) in one pass; dates come from the page's metadata and URL only (htmldate's extensive search
reads a footer's "Copyright 2018" as 1 January 2018). When the extraction yields fewer than ``min_chars``
characters, the page's visible text is used instead (scripts, styles, navigation, forms, hidden elements and
figure captions left out); the boilerplate rules of the text cleaning then remove most of what that lets
through.
The ``<figcaption>`` texts are returned apart, for the photo credit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.settings import set_date_params

logger = logging.getLogger(__name__)

#: elements whose text a reader does not see as part of the page
_INVISIBLE = frozenset(
    {
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "canvas",
        "nav",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
        "label",
        "figcaption",
    }
)
#: elements that start a new line of text
_BLOCKS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "body",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)


@dataclass(frozen=True, slots=True)
class PageText:
    text: str
    title: str | None = None
    date: date | None = None
    url: str | None = None
    sitename: str | None = None
    #: the texts of the page's <figcaption> elements, in page order
    captions: tuple[str, ...] = ()
    #: "trafilatura", "visible" (the fallback) or "none"
    method: str = "none"


def extract_page(html: str, *, url: str | None = None, min_chars: int = 200) -> PageText:
    """The article text of an HTML page and its metadata; ``text`` is empty when the page has none."""
    root = _parse(html)
    captions = tuple(_captions(root)) if root is not None else ()
    document = None
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=set_date_params(extensive=False),
        )
    except (ValueError, TypeError, lxml.etree.LxmlError) as err:  # a page trafilatura cannot parse
        logger.debug("trafilatura failed on a page: %r", err)
    text = (document.text if document is not None else None) or ""
    method = "trafilatura" if text else "none"
    if len(text) < min_chars:
        visible = visible_text(root) if root is not None else ""
        if len(visible) > len(text):
            logger.debug("extraction gave %d characters, visible text %d: using it", len(text), len(visible))
            text, method = visible, "visible"
    if document is None:
        return PageText(text=text, captions=captions, method=method)
    return PageText(
        text=text,
        title=document.title or None,
        date=_iso_date(document.date),
        url=document.url or None,
        sitename=document.sitename or None,
        captions=captions,
        method=method,
    )


def visible_text(root: lxml.html.HtmlElement) -> str:
    """The text a reader sees on the page, one line per block element, figure captions left out.

    When the page has a visible ``<h1>``, the text starts there: what comes before it is the site's header.
    """
    parts: list[str] = []
    _collect(root, parts, started=not any(_shown(h1) for h1 in root.iter("h1")))
    return "".join(parts).strip()


def _parse(html: str) -> lxml.html.HtmlElement | None:
    try:
        parser = lxml.html.HTMLParser(encoding="utf-8")
        return lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (lxml.etree.LxmlError, ValueError) as err:
        logger.debug("lxml cannot parse a page: %r", err)
        return None


def _captions(root: lxml.html.HtmlElement) -> list[str]:
    texts = (" ".join(caption.text_content().split()) for caption in root.iter("figcaption"))
    return [text for text in texts if text]


def _collect(element: lxml.etree._Element, parts: list[str], *, started: bool) -> bool:
    """Append the visible text of ``element`` and its tail once ``started``; return whether it has started."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""  # "" for comments and the like
    if tag and tag not in _INVISIBLE and not _hidden(element):
        started = started or tag == "h1"
        block = tag in _BLOCKS
        if started:
            parts.append("\n" if block else "")
            parts.append(element.text or "")
        for child in element:
            started = _collect(child, parts, started=started)
        if started and block:
            parts.append("\n")
    if started:
        parts.append(element.tail or "")
    return started


def _shown(element: lxml.etree._Element) -> bool:
    """Whether the element and all its ancestors are visible."""
    return not any(
        not isinstance(e.tag, str) or e.tag.lower() in _INVISIBLE or _hidden(e)
        for e in (element, *element.iterancestors())
    )


def _hidden(element: lxml.etree._Element) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
