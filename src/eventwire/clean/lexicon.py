"""The boilerplate lexicon: ``data/lexicon/boilerplate.json`` read once and compiled into patterns.

The file's format is documented in its own ``_doc`` key. Code here only turns the data into regular
expressions; what counts as boilerplate, a photo credit or a news agency is decided by the file.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any

from eventwire.errors import DataFileError

LEXICON_FILE = "data/lexicon/boilerplate.json"

#: separators allowed between the phrases of a ``tokens`` rule ("Share on Facebook | Tweet | Email")
_TOKEN_SEPARATOR = r"[\s|·•/,:\-]*"


@dataclass(frozen=True, slots=True)
class LineRule:
    kind: str
    tail_only: bool
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class CreditForm:
    #: the credit (group ``credit``, name in group ``name``) closing a paragraph: the whole paragraph, after a
    #: sentence end, or in brackets (use ``search``)
    at_end: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Lexicon:
    line_rules: tuple[LineRule, ...]
    credit_forms: tuple[CreditForm, ...]
    caption_max_words: int
    credit_max_chars: int
    months: Mapping[str, int]
    #: casefolded spelling -> canonical agency name
    agencies: Mapping[str, str]
    #: "WASHINGTON (Reuters) -", "March 29 (UPI) —", "LONDON, March 3 (Reuters) -", "(CNN) —"
    dateline_with_agency: re.Pattern[str]
    #: "KABUL, Afghanistan —": a place in capitals and a dash, no agency
    dateline_place_only: re.Pattern[str]
    dateline_paragraphs: int
    headline_max_words: int
    headline_max_words_before_dateline: int

    def line_kind(self, line: str, *, at_tail: bool = False) -> str | None:
        """The kind of boilerplate ``line`` is, or None. Tail-only rules count only when ``at_tail``."""
        for rule in self.line_rules:
            if (at_tail or not rule.tail_only) and rule.pattern.fullmatch(line):
                return rule.kind
        return None

    def agency(self, text: str) -> str | None:
        return self.agencies.get(" ".join(text.split()).casefold())


@functools.cache
def load_lexicon() -> Lexicon:
    """The shipped lexicon, read and compiled once per process."""
    source = resources.files("eventwire").joinpath(LEXICON_FILE)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise DataFileError(LEXICON_FILE, f"cannot read: {err}") from err
    try:
        return build_lexicon(data)
    except (KeyError, TypeError, ValueError, re.error) as err:
        raise DataFileError(LEXICON_FILE, f"malformed: {err!r}") from err


def build_lexicon(data: Mapping[str, Any]) -> Lexicon:
    """Compile a lexicon from the parsed JSON (exposed so that tests can build small ones)."""
    credit = data["photo_credit"]
    dateline = data["dateline"]
    headline = data["headline"]
    agencies: dict[str, str] = {}
    for canonical, spellings in dateline["agencies"].items():
        for spelling in [canonical, *spellings]:
            agencies[" ".join(spelling.split()).casefold()] = canonical
    months = {str(k).casefold(): int(v) for k, v in dateline["months"].items()}
    separators = tuple(str(s) for s in dateline["separators"])
    with_agency, place_only = _dateline_patterns(months, separators)
    return Lexicon(
        line_rules=tuple(_line_rule(rule) for rule in data["line_rules"]),
        credit_forms=tuple(_credit_form(form, credit["name_pattern"]) for form in credit["forms"]),
        caption_max_words=int(credit["caption_max_words"]),
        credit_max_chars=int(credit["credit_max_chars"]),
        months=MappingProxyType(months),
        agencies=MappingProxyType(agencies),
        dateline_with_agency=with_agency,
        dateline_place_only=place_only,
        dateline_paragraphs=int(dateline["search_paragraphs"]),
        headline_max_words=int(headline["max_words"]),
        headline_max_words_before_dateline=int(headline["max_words_before_dateline"]),
    )


def _line_rule(rule: Mapping[str, Any]) -> LineRule:
    where = rule.get("where", "anywhere")
    if where not in ("anywhere", "tail"):
        raise ValueError(f"rule {rule['kind']!r}: 'where' must be 'anywhere' or 'tail', not {where!r}")
    alternatives = [f"(?:{line})" for line in rule.get("lines", ())]
    tokens = rule.get("tokens", ())
    if tokens:
        phrases = "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True))
        alternatives.append(f"(?:(?:{phrases}){_TOKEN_SEPARATOR})+")
    if not alternatives:
        raise ValueError(f"rule {rule['kind']!r} has neither 'lines' nor 'tokens'")
    pattern = re.compile("|".join(alternatives), re.IGNORECASE)
    return LineRule(kind=str(rule["kind"]), tail_only=where == "tail", pattern=pattern)


def _credit_form(form: str, name_pattern: str) -> CreditForm:
    names = f"(?-i:{name_pattern})"
    body = form.replace("{name}", f"(?P<name>{names})").replace("{n}", names)
    credit = rf"[(\[]?\s*(?:{body})\s*[)\]]?"
    at_end = re.compile(rf"(?:^|(?<=[.!?;\"')\]])\s+|\s+(?=[(\[]))(?P<credit>{credit})$", re.IGNORECASE)
    return CreditForm(at_end=at_end)


_UPPER = "A-ZÀ-ÖØ-Þ"
#: a place name: up to four capitalised words ("BEIRUT", "New York", "Rio de Janeiro", "St. Louis")
_PLACE = rf"[{_UPPER}][\w.'’-]*(?:\s+(?:[{_UPPER}][\w.'’-]*|de|da|del|la|el|al|upon)){{0,3}}"
#: a place in capitals only ("WASHINGTON", "NEW YORK"), at least three characters
_CAPS_PLACE = rf"[{_UPPER}][{_UPPER}.'’-]{{2,}}(?:\s+[{_UPPER}][{_UPPER}.'’-]+){{0,3}}"


def _dateline_patterns(months: Mapping[str, int], separators: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    when = (
        rf"(?:(?P<month>(?i:{names}))\.?\s+(?P<day>{day})|(?P<day2>{day})\s+(?P<month2>(?i:{names}))\.?)"
        r"(?:,?\s+(?P<year>\d{4}))?"
    )
    dash = "|".join(re.escape(s) for s in sorted(separators, key=len, reverse=True))
    # the story after the dash starts a sentence
    story = rf"(?=[{_UPPER}0-9\"'‘“(]|$)"
    with_agency = re.compile(
        rf"(?P<dateline>(?:(?P<place>{_PLACE})(?:,\s*(?P<region>{_PLACE}))?(?:,\s*|\s+))?"
        rf"(?:{when}\s*)?\((?P<agency>[^()\n]{{1,40}})\))\s*(?:{dash})\s*{story}"
    )
    place_only = re.compile(
        rf"(?P<dateline>(?P<place>{_CAPS_PLACE})(?:,\s*(?P<region>{_PLACE}))?(?:,\s*{when})?)"
        rf"\s*(?:{dash})\s+{story}"
    )
    return with_agency, place_only
