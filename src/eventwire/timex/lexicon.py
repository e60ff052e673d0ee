"""The time-expression lexicon: ``data/lexicon/timex.json`` read once into lookups and regex pieces."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


def alternation(phrases: Iterable[str]) -> str:
    """A non-capturing regex group matching any of ``phrases``, longest first.

    Spaces match any run of whitespace and an apostrophe matches a straight or curly one.
    """
    words = sorted({p for p in phrases if not p.startswith("_")}, key=lambda p: (-len(p), p))
    parts = [r"\s+".join(re.escape(w).replace("'", "['’]") for w in word.split()) for word in words]
    return "(?:" + "|".join(parts) + ")"


def norm(phrase: str) -> str:
    """Lower case, single spaces, curly apostrophes straightened: the form every lookup key has."""
    return " ".join(phrase.replace("’", "'").lower().split())


def _lower_keys(mapping: dict[str, Any]) -> dict[str, Any]:
    return {norm(k): v for k, v in mapping.items() if not k.startswith("_")}


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Lookups keyed by :func:`norm` forms, and the raw lists the patterns are built from."""

    raw: dict[str, Any]
    months: dict[str, int]  # full names and abbreviations
    full_months: frozenset[str]
    ambiguous_months: frozenset[str]
    month_context: frozenset[str]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    shifts: dict[str, int]
    shifts_need_no_article: frozenset[str]
    period_units: dict[str, str]
    period_ends: dict[str, str]
    units: dict[str, tuple[str, int]]
    numbers: dict[str, int]
    vague_counts: frozenset[str]
    directions: dict[str, int]
    ordinals: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    holidays: dict[str, dict[str, int]]
    vague: dict[str, str]
    future_words: frozenset[str]
    future_cues: frozenset[str]
    finite_cues: frozenset[str]
    passive_auxiliaries: frozenset[str]
    past_forms: frozenset[str]
    not_past_forms: frozenset[str]
    year_min: int
    year_max: int
    two_digit_year_pivot: int

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Lexicon:
        months = _lower_keys(raw["months"]) | _lower_keys(raw["month_abbreviations"])
        return cls(
            raw=raw,
            months=months,
            full_months=frozenset(norm(m) for m in raw["months"]),
            ambiguous_months=frozenset(norm(m) for m in raw["ambiguous_months"]),
            month_context=frozenset(norm(w) for w in raw["month_context"]),
            weekdays=_lower_keys(raw["weekdays"]),
            relative_days=_lower_keys(raw["relative_days"]),
            shifts=_lower_keys(raw["shifts"]),
            shifts_need_no_article=frozenset(norm(w) for w in raw["shifts_need_no_article"]),
            period_units=_lower_keys(raw["period_units"]),
            period_ends=_lower_keys(raw["period_ends"]),
            units={k: (v[0], int(v[1])) for k, v in _lower_keys(raw["units"]).items()},
            numbers=_lower_keys(raw["numbers"]),
            vague_counts=frozenset(norm(w) for w in raw["vague_counts"]),
            directions=_lower_keys(raw["directions"]),
            ordinals=_lower_keys(raw["ordinals"]),
            seasons={k: (int(v[0]), int(v[1])) for k, v in _lower_keys(raw["seasons"]).items()},
            holidays=_lower_keys(raw["holidays"]),
            vague=_lower_keys(raw["vague"]),
            future_words=frozenset(norm(w) for w in raw["future_words"]),
            future_cues=frozenset(norm(w) for w in raw["future_cues"]),
            finite_cues=frozenset(norm(w) for w in raw["finite_cues"]),
            passive_auxiliaries=frozenset(norm(w) for w in raw["passive_auxiliaries"]),
            past_forms=frozenset(norm(w) for w in raw["past_forms"]),
            not_past_forms=frozenset(norm(w) for w in raw["not_past_forms"]),
            year_min=int(raw["years"]["min"]),
            year_max=int(raw["years"]["max"]),
            two_digit_year_pivot=int(raw["two_digit_year_pivot"]),
        )

    def number(self, words: str) -> int | None:
        """The value of a count: digits, a listed word, or tens and ones ("twenty-four", "thirty one")."""
        key = norm(words)
        if key.isdigit():
            return int(key)
        if key in self.numbers:
            return self.numbers[key]
        parts = re.split(r"[-\s]+", key)
        if len(parts) == 2 and all(p in self.numbers for p in parts):
            tens, ones = self.numbers[parts[0]], self.numbers[parts[1]]
            if tens % 10 == 0 and 0 < ones < 10:
                return tens + ones
        return None

    def full_year(self, digits: str) -> int:
        """A year from four digits, or from two around the pivot ("89" -> 1989, "18" -> 2018)."""
        value = int(digits)
        if len(digits) > 2:
            return value
        return value + (2000 if value < self.two_digit_year_pivot else 1900)


@lru_cache(maxsize=8)
def load_lexicon(path: Path | None = None) -> Lexicon:
    """The shipped lexicon, or one in the same format read from ``path``."""
    if path is None:
        text = resources.files("eventwire").joinpath("data/lexicon/timex.json").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return Lexicon.from_dict(json.loads(text))
