"""Finding time expressions: regex patterns built from the lexicon, longest matches first, then ranges.

Every pattern has a handler that turns a match into a :class:`Timex` or rejects it (a month name with no
date context, a four-digit count, "the day before the vote" …). Among overlapping candidates the longest
wins; two expressions joined by "from … to", "between … and", "through" or a dash become one range.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from .lexicon import Lexicon, alternation, load_lexicon, norm
from .model import Timex

START = r"(?<![\w])"
END = r"(?![\w])"
_WORD = re.compile(r"[\w'’.$£€#%-]+")
_OPENER = re.compile(r"\b(from|between)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([\w$%£€]+)")

Handler = Callable[["Finder", re.Match[str], str], Timex | None]


def _previous_word(text: str, start: int) -> str:
    """The token right before ``start`` (punctuation included), or '' at a sentence or text start."""
    words = _WORD.findall(text[max(0, start - 40) : start])
    return words[-1] if words else ""


def _next_word(text: str, end: int) -> str:
    match = _NEXT_WORD.match(text, end)
    return match.group(1) if match else ""


def _capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


class Finder:
    """Compiled patterns for one lexicon; use :func:`find_timexes`."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        raw = lex.raw
        self.patterns: list[tuple[re.Pattern[str], Handler]] = [
            (re.compile(source, re.IGNORECASE), handler) for source, handler in self._sources(raw)
        ]
        self.month_weak_context = frozenset(norm(w) for w in raw["month_weak_context"])
        self.month_weak_context_blockers = frozenset(norm(w) for w in raw["month_weak_context_blockers"])
        self.clause_starts = frozenset(norm(w) for w in raw["clause_starts"])
        self.vague_blockers_after = frozenset(norm(w) for w in raw["vague_blockers_after"])
        self.weekday_blockers_before = frozenset(raw["weekday_blockers_before"])
        self.weekday_blockers_after = tuple(raw["weekday_blockers_after"])
        self.year_blockers_before = frozenset(raw["year_blockers_before"])
        self.year_blockers_after = frozenset(norm(w) for w in raw["year_blockers_after"])
        self.month_context_phrases = re.compile(
            alternation(raw["month_context_phrases"]) + r"\s+$", re.IGNORECASE
        )
        self.range_openers = {
            k: frozenset(v) for k, v in raw["range_openers"].items() if not k.startswith("_")
        }
        self.range_bare = frozenset(raw["range_connectors_bare"])
        months = alternation(raw["months"])
        self.month_range_before = re.compile(
            rf"\b(?:from|between)\s+{months}\s+(?:to|and|through|until|-)\s*$", re.IGNORECASE
        )

    # ------------------------------------------------------------------ patterns

    def _sources(self, raw: dict) -> list[tuple[str, Handler]]:
        month_full = alternation(raw["months"]) + END
        month = f"(?:{alternation(raw['months'])}|{alternation(raw['month_abbreviations'])}\\.?){END}"
        day_num = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w])(?![:.,]\d)"
        day = f"(?:{day_num}|{alternation(raw['ordinals'])}{END})"
        year = r"(?:1[89]\d\d|20\d\d)(?![\w])(?![.,]\d)"
        weekday = alternation(raw["weekdays"]) + END
        pmod = alternation(raw["period_modifiers"])
        dmod = alternation(raw["day_modifiers"])
        shift = alternation(raw["shifts"])
        parts = alternation(raw["parts_of_day"])
        number_word = alternation(raw["numbers"])
        count = f"(?:{alternation(raw['vague_counts'])}|\\d{{1,4}}|{number_word}(?:[-\\s]{number_word})?)"
        quarter_ordinal = (
            f"(?:{alternation(k for k, v in raw['ordinals'].items() if v <= 4)}|[1-4](?:st|nd|rd|th))"
        )
        seasons = alternation(raw["seasons"])
        to = r"(?P<conn>-|–|—|to|through|thru|until|till|and)"
        lead = f"(?:(?P<mod>{pmod})(?:\\s+|-))?"
        of_the = alternation(m for m in raw["period_modifiers"] if m.endswith(" of"))
        return [
            (r"(?<![\w./-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w/-])", Finder._numeric),
            (r"(?<![\w./])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\w/])", Finder._numeric),
            (
                r"(?<![\w.])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\w])(?!\.\d)",
                Finder._numeric,
            ),
            (
                f"{START}(?:(?P<wd>{weekday}),?\\s+)?(?P<m>{month})\\s*(?P<d1>{day})"
                f"(?:\\s*{to}\\s*(?P<d2>{day}))?(?:,?\\s+(?P<y>{year}))?",
                Finder._day_and_month,
            ),
            (
                f"{START}(?:(?P<wd>{weekday}),?\\s+)?(?P<d1>{day_num})(?:\\s*{to}\\s*(?P<d2>{day_num}))?"
                f"\\s+(?:of\\s+)?(?P<m>{month})(?:,?\\s+(?P<y>{year}))?",
                Finder._day_and_month,
            ),
            (f"{START}{lead}(?P<m>{month})(?:\\s+of)?,?\\s+(?P<y>{year})", Finder._month),
            (f"{START}{lead}(?P<m>{month_full})\\s+(?P<yshift>{shift})\\s+year{END}", Finder._month),
            (f"{START}{lead}(?:(?P<shift>{shift})\\s+)?(?P<m>{month_full})", Finder._month),
            (
                f"(?<![\\w$£€#.,/]){lead}(?P<y>{year})(?:\\s*(?P<conn>-|–|—|/)\\s*(?P<y2>{year}|\\d\\d{END}))?",
                Finder._year_expression,
            ),
            (f"(?<![\\w$£€#.,]){lead}(?P<y>(?:1[89]|20)\\d0)['’]?s{END}", Finder._decade),
            (
                f"{START}(?:(?P<mod>{dmod})\\s+)?(?:(?P<shift>{shift})\\s+)?(?P<wd>{weekday})"
                f"(?:\\s+(?P<part>{parts}){END})?",
                Finder._weekday,
            ),
            (
                f"{START}(?:(?P<mod>{dmod})\\s+)?(?P<rel>{alternation(raw['relative_days'])}){END}"
                f"(?:\\s+(?P<part>{parts}){END})?",
                Finder._relative_day,
            ),
            (
                f"{START}(?:(?P<approx>{alternation(raw['approximations'])})\\s+)?(?:(?P<count>{count})\\s+)?"
                f"(?P<unit>{alternation(raw['units'])})(?:\\s+or\\s+so)?\\s+(?P<dir>{alternation(raw['directions'])}){END}",
                Finder._counted,
            ),
            (
                f"{START}(?:(?P<mod>{pmod})\\s+)?(?P<shift>{shift})\\s+(?P<unit>{alternation(raw['period_units'])}){END}",
                Finder._period,
            ),
            (
                f"{START}(?P<mod>{of_the})\\s+the\\s+(?P<unit>{alternation(raw['period_units'])}){END}",
                Finder._period,
            ),
            (f"{START}(?P<mod>{alternation(raw['period_ends'])}){END}", Finder._period_end),
            (f"{START}(?:over\\s+)?the\\s+weekend{END}", Finder._the_weekend),
            (f"{START}{lead}(?P<shift>{shift})\\s+(?P<season>{seasons}){END}", Finder._season),
            (f"{START}{lead}(?:the\\s+)?(?P<season>{seasons})\\s+(?:of\\s+)?(?P<y>{year})", Finder._season),
            (f"{START}{lead}the\\s+(?P<season>{seasons}){END}(?!\\s+of\\b)", Finder._season),
            (
                f"{START}(?:(?P<mod>{pmod})\\s+)?(?P<q>{quarter_ordinal})[\\s-]+quarter{END}"
                f"(?:\\s+of\\s+(?P<y>{year})|,?\\s+(?P<y2>{year}))?",
                Finder._quarter,
            ),
            (f"{START}Q(?P<q>[1-4]){END}(?:\\s+(?P<y>{year}))?", Finder._quarter),
            (
                f"{START}(?:(?P<shift>{shift})\\s+)?(?P<h>{alternation(raw['holidays'])}){END}"
                f"(?:,?\\s+(?P<y>{year}))?",
                Finder._holiday,
            ),
            (f"{START}(?P<v>{alternation(raw['vague'])}){END}", Finder._vague),
        ]

    # ------------------------------------------------------------------ finding

    def find(self, text: str) -> list[Timex]:
        candidates: list[tuple[int, int, int, Timex]] = []
        for rank, (pattern, handler) in enumerate(self.patterns):
            for match in pattern.finditer(text):
                timex = handler(self, match, text)
                if timex is not None:
                    candidates.append((-(timex.end - timex.start), timex.start, rank, timex))
        candidates.sort(key=lambda c: c[:3])
        chosen: list[Timex] = []
        for *_, timex in candidates:
            if all(timex.end <= other.start or timex.start >= other.end for other in chosen):
                chosen.append(timex)
        chosen.sort(key=lambda t: t.start)
        return self._join_ranges(text, chosen)

    def _join_ranges(self, text: str, found: list[Timex]) -> list[Timex]:
        out: list[Timex] = []
        i = 0
        while i < len(found):
            joined = self._join(text, found[i], found[i + 1]) if i + 1 < len(found) else None
            if joined is not None:
                out.append(joined)
                i += 2
                continue
            out.append(self._with_opener(text, found[i]) if found[i].kind == "range" else found[i])
            i += 1
        return out

    def _join(self, text: str, first: Timex, last: Timex) -> Timex | None:
        if {first.kind, last.kind} & {"vague", "range"}:
            return None
        gap = norm(text[first.end : last.start])
        opener = _OPENER.search(text, max(0, first.start - 12), first.start)
        if opener and gap in self.range_openers.get(opener.group(1).lower(), ()):
            start = opener.start()
        elif gap in self.range_bare and first.kind == last.kind:  # not "31 August 2013 – Labor Day"
            start = first.start
        else:
            return None
        return Timex(
            start,
            last.end,
            text[start : last.end],
            "range",
            future=first.future or last.future,
            first=first,
            last=last,
        )

    def _with_opener(self, text: str, timex: Timex) -> Timex:
        opener = _OPENER.search(text, max(0, timex.start - 12), timex.start)
        if opener is None:
            return timex
        return replace(timex, start=opener.start(), text=text[opener.start() : timex.end])

    # ------------------------------------------------------------------ helpers

    def _timex(
        self,
        match: re.Match[str],
        text: str,
        kind: str,
        *,
        start: int | None = None,
        end: int | None = None,
        **pieces: object,
    ) -> Timex:
        start = match.start() if start is None else start
        end = match.end() if end is None else end
        return Timex(start, end, text[start:end], kind, **pieces)  # type: ignore[arg-type]

    def _month_number(self, name: str) -> int | None:
        return self.lex.months.get(norm(name).rstrip(".")) if _capitalised(name) else None

    def _day_number(self, token: str) -> int:
        key = norm(token)
        return self.lex.ordinals[key] if key in self.lex.ordinals else int(re.sub(r"\D", "", key))

    def _year(self, token: str | None) -> int | None:
        if token is None:
            return None
        year = self.lex.full_year(token)
        return year if self.lex.year_min <= year <= self.lex.year_max else None

    def _shift(self, match: re.Match[str], group: str = "shift") -> int | None:
        word = match.group(group)
        return None if word is None else self.lex.shifts[norm(word)]

    def _is_future(self, *words: str | None) -> bool:
        return any(w is not None and norm(w) in self.lex.future_words for w in words)

    def _after_the(self, text: str, start: int) -> bool:
        return _previous_word(text, start).lower() == "the"

    def _noun_phrase_follows(self, text: str, end: int) -> bool:
        """True when a phrase or clause follows: "the day before the vote", "a day after he arrived",
        "the day before returning"; then "before"/"after" count from that, not from the anchor."""
        word = _next_word(text, end)
        if not word:
            return False
        lower = word.lower()
        return lower in self.clause_starts or _capitalised(word) or word[0].isdigit() or lower.endswith("ing")

    def _modifier(self, match: re.Match[str], *groups: str) -> str | None:
        found = [norm(match.group(g)) for g in groups if g in match.re.groupindex and match.group(g)]
        return " ".join(found) or None

    # ------------------------------------------------------------------ handlers

    def _numeric(self, match: re.Match[str], text: str) -> Timex | None:
        year = self._year(match.group("y"))
        month, day = int(match.group("m")), int(match.group("d"))
        if "/" in match.group(0) and month > 12 >= day:  # 29/3/2018: day first, not the US order
            month, day = day, month
        if year is None or not _valid_day(year, month, day):
            return None
        return self._timex(match, text, "absolute", year=year, month=month, day=day)

    def _day_and_month(self, match: re.Match[str], text: str) -> Timex | None:
        month = self._month_number(match.group("m"))
        wd = match.group("wd")
        if month is None or (wd is not None and not _capitalised(wd)):
            return None
        year = self._year(match.group("y"))
        first_day = self._day_number(match.group("d1"))
        weekday = self.lex.weekdays[norm(wd)] if wd else None
        if not _valid_day(year or 2000, month, first_day):
            return None
        second = self._second_day(match, year or 2000, month, first_day)
        if second is None:
            if match.group("d2"):  # "March 5 to 3": keep "March 5" only
                if match.start("m") > match.start("d1"):
                    return None
                return self._timex(
                    match, text, "absolute", end=match.end("d1"), month=month, day=first_day, weekday=weekday
                )
            return self._timex(
                match, text, "absolute", year=year, month=month, day=first_day, weekday=weekday
            )
        month_first = match.start("m") < match.start("d1")
        first_end = match.end("d1")
        first = Timex(
            match.start(),
            first_end,
            text[match.start() : first_end],
            "absolute",
            year=year,
            month=month,
            day=first_day,
            weekday=weekday,
        )
        last_start = match.start("d2")
        last_end = match.end("d2") if month_first else match.end()
        last = Timex(
            last_start, last_end, text[last_start:last_end], "absolute", year=year, month=month, day=second
        )
        return self._timex(match, text, "range", first=first, last=last)

    def _second_day(self, match: re.Match[str], year: int, month: int, first: int) -> int | None:
        if not match.group("d2"):
            return None
        second = self._day_number(match.group("d2"))
        if second <= first or not _valid_day(year, month, second):
            return None
        return second

    def _month(self, match: re.Match[str], text: str) -> Timex | None:
        name = match.group("m")
        month = self._month_number(name)
        if month is None:
            return None
        groups = match.re.groupindex
        year = self._year(match.group("y")) if "y" in groups else None
        if "y" in groups and year is None:
            return None
        mod = self._modifier(match, "mod")
        if "yshift" in groups:
            yshift = self._shift(match, "yshift")
            return self._timex(
                match,
                text,
                "month",
                month=month,
                unit="year",
                shift=yshift,
                modifier=mod,
                future=bool(yshift and yshift > 0),
            )
        shift = self._shift(match) if "shift" in groups else None
        if year is None and mod is None and shift is None and not self._month_in_context(text, match, name):
            return None
        return self._timex(
            match,
            text,
            "month",
            year=year,
            month=month,
            shift=shift,
            modifier=mod,
            future=bool(shift and shift > 0),
        )

    def _month_in_context(self, text: str, match: re.Match[str], name: str) -> bool:
        """A bare month name is a month, unless an ambiguous one ("May", "March") lacks date context."""
        key = norm(name)
        if key not in self.lex.ambiguous_months:
            return True
        before = text[max(0, match.start() - 40) : match.start()]
        previous = _previous_word(text, match.start()).lower()
        if previous in self.lex.month_context:
            return previous not in self.month_weak_context or not self._person_follows(text, match.end())
        if self.month_context_phrases.search(before):
            return True
        return bool(self.month_range_before.search(before))  # "from March to May"

    def _person_follows(self, text: str, end: int) -> bool:
        """True for "after May said", "by May's government": a name, not a month."""
        after = text[end : end + 20]
        if after.startswith(("'s", "’s")):
            return True
        return norm(_next_word(text, end)) in self.month_weak_context_blockers

    def _year_blocked(self, text: str, match: re.Match[str]) -> bool:
        if match.group("mod"):
            return False
        before = _previous_word(text, match.start("y"))
        if before in self.year_blockers_before or (before and before[-1] in "$£€#"):
            return True
        after = text[match.end() : match.end() + 30]
        if after.startswith("%"):
            return True
        words = re.findall(r"[\w'’]+", after.lower())[:2]
        return bool(words) and (
            words[0] in self.year_blockers_after or " ".join(words) in self.year_blockers_after
        )

    def _year_expression(self, match: re.Match[str], text: str) -> Timex | None:
        year = self._year(match.group("y"))
        if year is None or self._year_blocked(text, match):
            return None
        mod = self._modifier(match, "mod")
        second = self._second_year(match, year)
        if second is None:
            return self._timex(match, text, "year", end=match.end("y"), year=year, modifier=mod)
        first = Timex(
            match.start(),
            match.end("y"),
            text[match.start() : match.end("y")],
            "year",
            year=year,
            modifier=mod,
        )
        last = Timex(match.start("y2"), match.end("y2"), match.group("y2"), "year", year=second)
        return self._timex(match, text, "range", first=first, last=last)

    def _second_year(self, match: re.Match[str], year: int) -> int | None:
        token = match.group("y2")
        if token is None:
            return None
        if len(token) == 2:
            second = year - year % 100 + int(token)
            second += 100 if second <= year else 0
        else:
            second = int(token)
        if norm(match.group("conn")) == "/" and second != year + 1:
            return None
        return second if year < second <= year + 100 else None

    def _decade(self, match: re.Match[str], text: str) -> Timex | None:
        year = self._year(match.group("y"))
        if year is None:
            return None
        return self._timex(
            match, text, "decade", year=year, unit="decade", modifier=self._modifier(match, "mod")
        )

    def _weekday(self, match: re.Match[str], text: str) -> Timex | None:
        name = match.group("wd")
        if not _capitalised(name):
            return None
        if _previous_word(text, match.start("wd")) in self.weekday_blockers_before:
            return None
        after = text[match.end("wd") : match.end("wd") + 20].lstrip()
        if any(after.startswith(word) for word in self.weekday_blockers_after):
            return None
        shift = self._shift(match)
        return self._timex(
            match,
            text,
            "weekday",
            weekday=self.lex.weekdays[norm(name)],
            shift=shift,
            modifier=self._modifier(match, "mod", "part"),
            future=self._is_future(match.group("shift")),
        )

    def _relative_day(self, match: re.Match[str], text: str) -> Timex | None:
        phrase = norm(match.group("rel"))
        if phrase.endswith(("before", "after")) and self._noun_phrase_follows(text, match.end("rel")):
            return None
        first = match.group(0)
        previous = _previous_word(text, match.start())
        if first[0].isupper() and _capitalised(previous) and not previous.endswith((".", ":")):
            return None  # "USA Today", "VOA Today"
        shift = self.lex.relative_days[phrase]
        return self._timex(
            match,
            text,
            "relative",
            unit="day",
            shift=shift,
            modifier=self._modifier(match, "mod", "part"),
            future=shift > 0 or self._is_future(match.group("rel"), match.group("mod")),
        )

    def _counted(self, match: re.Match[str], text: str) -> Timex | None:
        unit_word, direction = norm(match.group("unit")), norm(match.group("dir"))
        if direction in ("before", "after") and self._noun_phrase_follows(text, match.end()):
            return None
        sign = self.lex.directions[direction]
        count = match.group("count")
        if count is None or norm(count) in self.lex.vague_counts:
            if count is None and not unit_word.endswith("s"):
                return None
            start = match.start("count") if count else match.start("unit")
            return self._timex(
                match, text, "vague", start=start, reference="past" if sign < 0 else "future", future=sign > 0
            )
        number = self.lex.number(count)
        if number is None:
            return None
        unit, size = self.lex.units[unit_word]
        return self._timex(
            match,
            text,
            "relative",
            unit=unit,
            shift=sign * number * size,
            modifier=self._modifier(match, "approx"),
            future=sign > 0,
        )

    def _period(self, match: re.Match[str], text: str) -> Timex | None:
        unit = match.group("unit")
        if not text[match.start("unit")].islower() and not unit.isupper():
            return None  # "This Week", ABC's programme
        shift_word = norm(match.group("shift")) if "shift" in match.re.groupindex else "this"
        if (
            not match.group("mod")
            and shift_word in self.lex.shifts_need_no_article
            and self._after_the(text, match.start())
        ):
            return None  # "the last week", "over the next month": durations
        shift = self.lex.shifts[shift_word]
        return self._timex(
            match,
            text,
            "relative",
            unit=self.lex.period_units[norm(unit)],
            shift=shift,
            modifier=self._modifier(match, "mod"),
            future=shift > 0 or self._is_future(match.group("mod")),
        )

    def _period_end(self, match: re.Match[str], text: str) -> Timex | None:
        unit = self.lex.period_ends[norm(match.group("mod"))]
        return self._timex(match, text, "relative", unit=unit, shift=0, modifier="end")

    def _the_weekend(self, match: re.Match[str], text: str) -> Timex | None:
        start = match.start() + match.group(0).lower().rfind("the")  # "over the weekend": from "the"
        return self._timex(match, text, "relative", start=start, unit="weekend")

    def _season(self, match: re.Match[str], text: str) -> Timex | None:
        groups = match.re.groupindex
        season = norm(match.group("season"))
        shift = self._shift(match) if "shift" in groups else None
        year = self._year(match.group("y")) if "y" in groups else None
        if "y" in groups and year is None:
            return None
        if "shift" not in groups and "y" not in groups:  # "the fall": needs "in", "during", "since" …
            if _previous_word(text, match.start()).lower() not in self.lex.month_context:
                return None
        if shift is not None and not match.group("mod") and self._after_the(text, match.start()):
            return None
        first_month, last_month = self.lex.seasons[season]
        return self._timex(
            match,
            text,
            "season",
            season=season,
            month=first_month,
            end_month=last_month,
            year=year,
            shift=shift,
            modifier=self._modifier(match, "mod"),
            future=bool(shift and shift > 0),
        )

    def _quarter(self, match: re.Match[str], text: str) -> Timex | None:
        token = match.group("q")
        if match.group(0).startswith("q"):  # "Q3" must be upper case
            return None
        number = self.lex.ordinals.get(norm(token)) or int(token[0])
        groups = match.re.groupindex
        year_token = match.group("y") or (match.group("y2") if "y2" in groups else None)
        year = self._year(year_token)
        if year_token is not None and year is None:
            return None
        mod = self._modifier(match, "mod") if "mod" in groups else None
        return self._timex(
            match,
            text,
            "quarter",
            quarter=number,
            month=3 * number - 2,
            end_month=3 * number,
            year=year,
            modifier=mod,
        )

    def _holiday(self, match: re.Match[str], text: str) -> Timex | None:
        name = match.group("h")
        if not _capitalised(name):
            return None
        rule = self.lex.holidays[norm(name)]
        year = self._year(match.group("y"))
        if match.group("y") and year is None:
            return None
        shift = self._shift(match)
        return self._timex(
            match,
            text,
            "holiday",
            year=year,
            month=rule["month"],
            day=rule.get("day"),
            weekday=rule.get("weekday"),
            nth=rule.get("nth"),
            shift=shift,
            future=bool(shift and shift > 0),
        )

    def _vague(self, match: re.Match[str], text: str) -> Timex | None:
        follower = norm(_next_word(text, match.end()))
        lex = self.lex
        if follower.isdigit() or follower in lex.units or follower in lex.period_units:
            return None  # "in the past two weeks": a duration
        if (
            lex.number(follower) is not None
            or follower in lex.vague_counts
            or follower in self.vague_blockers_after
        ):
            return None  # "as soon as", "now that"
        reference = lex.vague[norm(match.group("v"))]
        return self._timex(match, text, "vague", reference=reference, future=reference == "future")


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


@lru_cache(maxsize=8)
def finder(lex: Lexicon) -> Finder:
    """The compiled finder for ``lex`` (cached: compiling the patterns takes a few milliseconds)."""
    return Finder(lex)


def find_timexes(text: str, *, lexicon: Lexicon | None = None) -> list[Timex]:
    """Every time expression in ``text``, in text order, none overlapping. Durations are never returned."""
    return finder(lexicon or load_lexicon()).find(text)
