"""What the text says about itself: headline, wire dateline (place, date, agency), publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.clean.lexicon import Lexicon
from eventwire.clean.normalize import word_count

#: a paragraph that ends with a full stop (possibly inside a closing quote or bracket)
_ENDS_WITH_PERIOD = re.compile(r"[.…][\"')\]]*$")
_NOT_WORD = re.compile(r"[\W_]+")
#: what page titles append to the headline: a separator and the site's name
_SITE_SUFFIX = re.compile(r"\s+(?:[|\-–—·:»]|::)\s+\S.{0,80}")

#: a dateline with no year is read in the year of the reference date, unless that puts it this far after it
_FUTURE_SLACK = timedelta(days=183)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire dateline: ``text`` as written without its dash ("LONDON, March 3 (Reuters)")."""

    text: str
    agency: str | None
    month: int | None
    day: int | None
    year: int | None
    #: where the article text starts after the dateline and its dash
    end: int


def match_dateline(paragraph: str, lexicon: Lexicon) -> Dateline | None:
    """The dateline opening ``paragraph``, or None."""
    m = lexicon.dateline_with_agency.match(paragraph)
    if m:
        written = " ".join(m["agency"].split())
        agency = lexicon.agency(written)
        if agency is None and not (written[0].isupper() and (m["place"] or m["month"] or m["month2"])):
            return None  # an unknown agency needs a capital and a place or date before it
        return _dateline(m, lexicon, agency or written)
    m = lexicon.dateline_place_only.match(paragraph)
    return _dateline(m, lexicon, None) if m else None


def _dateline(m: re.Match[str], lexicon: Lexicon, agency: str | None) -> Dateline:
    month_name = m["month"] or m["month2"]
    day = m["day"] or m["day2"]
    return Dateline(
        text=m["dateline"].strip(),
        agency=agency,
        month=lexicon.months[month_name.casefold()] if month_name else None,
        day=int(re.sub(r"\D", "", day)) if day else None,
        year=int(m["year"]) if m["year"] else None,
        end=m.end(),
    )


def find_dateline(paragraphs: list[str], lexicon: Lexicon) -> tuple[int, Dateline] | None:
    """The first dateline among the leading paragraphs, with the paragraph's index."""
    for index, paragraph in enumerate(paragraphs[: lexicon.dateline_paragraphs]):
        dateline = match_dateline(paragraph, lexicon)
        if dateline is not None:
            return index, dateline
    return None


def split_headline(
    paragraphs: list[str], lexicon: Lexicon, *, known_title: str | None = None
) -> tuple[str | None, list[str]]:
    """The headline and the paragraphs that follow it.

    With a ``known_title`` (a JSONL ``title``, the HTML page's title) that title wins, and the first
    paragraph is dropped only when it repeats it, or repeats it without the site name that page titles
    add ("Floods hit Freedonia | Example News" over "Floods hit Freedonia", which is then the headline).

    Otherwise the first paragraph is the headline when more text follows and it is short: it has no final
    full stop and at most ``headline.max_words`` words, or it is followed by a dateline paragraph and has at
    most ``headline.max_words_before_dateline`` words.
    """
    if known_title:
        if len(paragraphs) > 1 and same_text(paragraphs[0], known_title):
            return known_title, paragraphs[1:]
        if len(paragraphs) > 1 and is_title_with_site_name(known_title, paragraphs[0]):
            return paragraphs[0], paragraphs[1:]
        return known_title, paragraphs
    if len(paragraphs) < 2 or match_dateline(paragraphs[0], lexicon) is not None:
        return None, paragraphs
    first = paragraphs[0]
    words = word_count(first)
    if not _ENDS_WITH_PERIOD.search(first) and words <= lexicon.headline_max_words:
        return first, paragraphs[1:]
    if words <= lexicon.headline_max_words_before_dateline and match_dateline(paragraphs[1], lexicon):
        return first, paragraphs[1:]
    return None, paragraphs


def is_title_with_site_name(title: str, headline: str) -> bool:
    """Whether ``title`` is ``headline`` followed by a separator and a site name ("… | The Daily Example")."""
    return (
        title.startswith(headline)
        and _SITE_SUFFIX.fullmatch(title[len(headline) :]) is not None
        and word_count(headline) >= 2
    )


def same_text(a: str, b: str) -> bool:
    """Equal ignoring case, spacing and punctuation."""
    return _NOT_WORD.sub(" ", a).casefold().strip() == _NOT_WORD.sub(" ", b).casefold().strip()


def resolve_published(
    *, stated: date | None, dateline: Dateline | None, default_date: date | None
) -> date | None:
    """The publication date: the one the input states, else the dateline's day, else ``default_date``.

    A dateline without a year takes the year of ``default_date``, or the year before when that would put
    the article more than half a year after ``default_date`` ("Dec. 31" read against 2 January).
    """
    if stated is not None:
        return stated
    if dateline is not None and dateline.month and dateline.day:
        year = dateline.year or (default_date.year if default_date else None)
        found = _safe_date(year, dateline.month, dateline.day) if year else None
        if found and default_date and dateline.year is None and found > default_date + _FUTURE_SLACK:
            found = _safe_date(found.year - 1, found.month, found.day)
        if found:
            return found
    return default_date


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
