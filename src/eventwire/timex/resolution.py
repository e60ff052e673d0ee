"""Resolving a :class:`Timex` against an anchor, the publication date.

Rules (``future`` is the caller's reading of the clause, or'ed with what the expression itself says):

- a bare weekday is the most recent such day on or before the anchor, the next one on or after it when
  ``future``; the anchor's own weekday is the anchor day (wire copy dated Thursday says "said Thursday").
  "last Friday" is strictly before the anchor, "next Friday" strictly after, "this Friday" in the anchor's
  week;
- a date, month, season, quarter or holiday without a year takes the anchor's year, unless it would start more
  than :data:`TOLERANCE` after the anchor in a past reading (then the year before), or end more than
  :data:`TOLERANCE` before it in a future reading (then the year after). The tolerance is about a month; with
  a weak tense signal a longer one does better (two months: +1.3 points of value accuracy on TimeBank, where
  "payable Dec. 15" and "expected to join in April" are read as past), but then "they met in May", written
  in late March, would be the coming May;
- "last March" is the latest March that ended more than :data:`NAMED_MARGIN` before the anchor ("last
  February" said on March 1 is a year back), "next March" the first that starts more than that after it;
  "last Christmas" and "next Christmas" only need to be before or after the anchor;
- relative expressions count from the anchor: days, ISO weeks (Monday to Sunday), months, quarters, years;
- vague expressions resolve to None.
"""

from __future__ import annotations

import calendar
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from .find import find_timexes
from .lexicon import Lexicon, load_lexicon, norm
from .model import GRANULARITY_ORDER, Resolved, Timex

logger = logging.getLogger(__name__)

#: how far a yearless date may lie on the "wrong" side of the anchor before it moves to another year
TOLERANCE = timedelta(days=31)
#: "last March" / "next March": how far the named month, season or quarter must lie from the anchor
NAMED_MARGIN = timedelta(days=31)
_YEARFUL = frozenset({"absolute", "month", "season", "quarter", "holiday"})

Span = tuple[date, date]


def resolve(timex: Timex, anchor: date, *, future: bool = False) -> Resolved | None:
    """The calendar reading of ``timex`` against ``anchor``, or None when it has none (vague, impossible)."""
    resolver = _RESOLVERS.get(timex.kind)
    if resolver is None:
        return None
    try:
        return resolver(timex, anchor, future or timex.future)
    except (ValueError, OverflowError) as error:
        logger.debug("cannot resolve %r against %s: %s", timex.text, anchor, error)
        return None


def resolve_all(
    text: str, anchor: date, *, future: bool | None = None, lexicon: Lexicon | None = None
) -> list[tuple[Timex, Resolved | None]]:
    """Find and resolve every time expression in ``text``.

    With ``future=None`` each expression is read with :func:`says_future`; True or False forces the reading.
    """
    pairs = []
    for timex in find_timexes(text, lexicon=lexicon):
        ahead = says_future(text, timex, lexicon=lexicon) if future is None else future
        pairs.append((timex, resolve(timex, anchor, future=ahead)))
    return pairs


# ---------------------------------------------------------------------------- calendar helpers


def _month_span(year: int, month: int) -> Span:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _months_span(year: int, first: int, last: int) -> Span:
    """From the first day of ``first`` to the last day of ``last`` (in the next year when last < first)."""
    return _month_span(year, first)[0], _month_span(year + (last < first), last)[1]


def _add_months(day: date, months: int) -> tuple[int, int]:
    total = day.year * 12 + day.month - 1 + months
    return total // 12, total % 12 + 1


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    days = [
        d
        for d in calendar.Calendar().itermonthdates(year, month)
        if d.month == month and d.weekday() == weekday
    ]
    return days[nth - 1] if nth > 0 else days[nth]


def _pick_year(
    timex: Timex,
    span_for: Callable[[int], Span],
    anchor: date,
    future: bool,
    margin: timedelta = NAMED_MARGIN,
) -> int:
    """The year of a date or period named without a year (see the module rules)."""
    if timex.year is not None:
        return timex.year
    year = anchor.year
    if timex.shift is not None and timex.unit is None:
        if timex.shift < 0:
            while span_for(year)[1] >= anchor - margin:
                year -= 1
        elif timex.shift > 0:
            while span_for(year)[0] <= anchor + margin:
                year += 1
        return year
    start, end = span_for(year)
    if not future and start > anchor + TOLERANCE:
        return year - 1
    if future and end < anchor - TOLERANCE:
        return year + 1
    return year


def _safe_day(year: int, month: int, day: int) -> date:
    """``date(year, month, day)``, with February 29 falling back to the 28th while a year is being chosen."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


# ---------------------------------------------------------------------------- resolvers by kind


def _absolute(timex: Timex, anchor: date, future: bool) -> Resolved:
    month, day = timex.month or 1, timex.day or 1

    def span_for(year: int) -> Span:
        point = _safe_day(year, month, day)
        return point, point

    year = _pick_year(timex, span_for, anchor, future)
    return Resolved(date(year, month, day), None, "day")


def _weekday(timex: Timex, anchor: date, future: bool) -> Resolved:
    wanted = timex.weekday or 0
    back = (anchor.weekday() - wanted) % 7
    ahead = (wanted - anchor.weekday()) % 7
    if timex.shift is None:
        day = anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)
    elif timex.shift < 0:
        day = anchor - timedelta(days=back or 7)
    elif timex.shift > 0:
        day = anchor + timedelta(days=ahead or 7)
    else:
        day = anchor - timedelta(days=anchor.weekday() - wanted)
    return Resolved(day, None, "day")


def _relative(timex: Timex, anchor: date, future: bool) -> Resolved | None:
    shift, unit = timex.shift, timex.unit
    if unit == "weekend":
        return _weekend(shift, anchor, future)
    if shift is None:
        return None
    if unit == "day":
        return Resolved(anchor + timedelta(days=shift), None, "day")
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
        return Resolved(monday, monday + timedelta(days=6), "week")
    if unit == "month":
        return Resolved(*_month_span(*_add_months(anchor, shift)), "month")
    if unit == "quarter":
        year, month = _add_months(anchor, 3 * shift)
        first = 3 * ((month - 1) // 3) + 1
        return Resolved(*_months_span(year, first, first + 2), "month")
    if unit == "year":
        return Resolved(date(anchor.year + shift, 1, 1), date(anchor.year + shift, 12, 31), "year")
    return None


def _weekend(shift: int | None, anchor: date, future: bool) -> Resolved:
    saturday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=5)
    if shift is not None:
        saturday += timedelta(weeks=shift)
    elif future and anchor > saturday + timedelta(days=1):
        saturday += timedelta(weeks=1)
    elif not future and anchor < saturday:
        saturday -= timedelta(weeks=1)
    return Resolved(saturday, saturday + timedelta(days=1), "day")


def _month(timex: Timex, anchor: date, future: bool) -> Resolved:
    month = timex.month or 1
    if timex.unit == "year":  # "June last year"
        year = anchor.year + (timex.shift or 0)
    else:
        year = _pick_year(timex, lambda y: _month_span(y, month), anchor, future)
    return Resolved(*_month_span(year, month), "month")


def _months(timex: Timex, anchor: date, future: bool) -> Resolved:
    """Seasons and quarters: a run of months, month granularity."""
    first, last = timex.month or 1, timex.end_month or timex.month or 1
    year = _pick_year(timex, lambda y: _months_span(y, first, last), anchor, future)
    return Resolved(*_months_span(year, first, last), "month")


def _year(timex: Timex, anchor: date, future: bool) -> Resolved | None:
    if timex.year is None:
        return None
    last = timex.year + (9 if timex.kind == "decade" else 0)
    return Resolved(date(timex.year, 1, 1), date(last, 12, 31), "year")


def _holiday(timex: Timex, anchor: date, future: bool) -> Resolved:
    def day_in(year: int) -> date:
        if timex.day is not None:
            return _safe_day(year, timex.month or 1, timex.day)
        return _nth_weekday(year, timex.month or 1, timex.weekday or 0, timex.nth or 1)

    year = _pick_year(timex, lambda y: (day_in(y), day_in(y)), anchor, future, margin=timedelta(0))
    return Resolved(day_in(year), None, "day")


def _range(timex: Timex, anchor: date, future: bool) -> Resolved | None:
    parts = resolve_parts(timex, anchor, future=future)
    if parts is None:
        return None
    start, stop = parts
    granularity = max(start.granularity, stop.granularity, key=GRANULARITY_ORDER.index)
    return Resolved(start.value, stop.end or stop.value, granularity)


def resolve_parts(timex: Timex, anchor: date, *, future: bool = False) -> tuple[Resolved, Resolved] | None:
    """The readings of a range's two ends, each at its own granularity; None for a non-range or no reading.

    A yearless end borrows the other end's year ("from March 3 to April 5, 2018"); when the ends then run
    backwards they straddle New Year ("from December to February"). Two bare weekdays are the last such run
    before the anchor, or the next one after it in a future reading.
    """
    first, last = timex.first, timex.last
    if timex.kind != "range" or first is None or last is None:
        return None
    future = future or timex.future
    if first.kind == last.kind == "weekday" and first.shift is None and last.shift is None:
        return _weekday_range(first, last, anchor, future)
    borrowed_first = first.year is None and last.year is not None and first.kind in _YEARFUL
    if borrowed_first:
        first = replace(first, year=last.year)
    start = resolve(first, anchor, future=future)
    if start is None:
        return None
    borrowed_last = last.year is None and first.kind in _YEARFUL and last.kind in _YEARFUL
    if borrowed_last:
        last = replace(last, year=start.value.year)
    stop = resolve(last, anchor, future=future)
    if stop is None:
        return None
    if (stop.end or stop.value) < start.value:  # the ends straddle New Year
        if borrowed_last and last.year is not None:
            stop = resolve(replace(last, year=last.year + 1), anchor, future=future) or stop
        elif borrowed_first and first.year is not None:
            start = resolve(replace(first, year=first.year - 1), anchor, future=future) or start
    return start, stop


def _weekday_range(first: Timex, last: Timex, anchor: date, future: bool) -> tuple[Resolved, Resolved]:
    length = timedelta(days=((last.weekday or 0) - (first.weekday or 0)) % 7)
    if future:
        start = _weekday(first, anchor, True).value
        end = start + length
    else:
        end = _weekday(last, anchor, False).value
        start = end - length
    return Resolved(start, None, "day"), Resolved(end, None, "day")


def _vague(timex: Timex, anchor: date, future: bool) -> None:
    return None


_RESOLVERS: dict[str, Callable[[Timex, date, bool], Resolved | None]] = {
    "absolute": _absolute,
    "weekday": _weekday,
    "relative": _relative,
    "month": _month,
    "season": _months,
    "quarter": _months,
    "year": _year,
    "decade": _year,
    "holiday": _holiday,
    "range": _range,
    "vague": _vague,
}


# ---------------------------------------------------------------------------- tense heuristic

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s)|\n")


def says_future(text: str, timex: Timex, *, lexicon: Lexicon | None = None) -> bool:
    """Whether ``timex`` should be read forwards: its own words say so ("next", "coming", "later"), or the
    nearest verb cue before it in its sentence is "will", "'ll" or "shall".

    A simple heuristic for callers without a parse. Passive and perfect participles are looked through ("will
    be held Friday"); other finite auxiliaries, reporting verbs and past forms ("said", "was", "met",
    "arrested") end the search with a past reading, as does the start of the sentence.
    """
    if timex.future:
        return True
    lex = lexicon or load_lexicon()
    window_start = max(0, timex.start - 400)
    boundaries = list(_SENTENCE_END.finditer(text, window_start, timex.start))
    sentence_start = boundaries[-1].end() if boundaries else window_start
    before = _TOKEN.findall(text, sentence_start, timex.start)
    return bool(_scan(before[::-1], lex))


def _scan(words: list[str], lex: Lexicon) -> bool | None:
    """Walking back from the expression: True at a future cue, False at another verb cue, None at neither."""
    for i, word in enumerate(words):
        key = norm(word)
        if key in lex.future_cues or key.endswith("'ll"):
            return True
        if key in lex.finite_cues:
            return False
        if _past_form(word, lex):
            before = norm(words[i + 1]) if i + 1 < len(words) else ""
            if before in lex.passive_auxiliaries or before in lex.future_cues:
                continue  # "will be held", "has been met": the auxiliary decides
            return False
    return None


def _past_form(word: str, lex: Lexicon) -> bool:
    key = norm(word)
    if key in lex.past_forms:
        return True
    return word.islower() and len(key) > 3 and key.endswith("ed") and key not in lex.not_past_forms
