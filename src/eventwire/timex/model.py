"""The two value types of :mod:`eventwire.timex`: a found expression and its resolution."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Granularity = Literal["day", "week", "month", "year"]
GRANULARITY_ORDER: tuple[str, ...] = ("day", "week", "month", "year")

#: what kind of expression a Timex is; ``range`` joins two others in ``first`` and ``last``
KINDS = (
    "absolute",  # a calendar day: "March 29", "29 March 2018", "2018-03-29", "3/29/2018"
    "weekday",  # "Monday", "last Friday", "Wednesday night"
    "relative",  # counted from the anchor: "yesterday", "two days ago", "last week", "earlier this year"
    "month",  # "in March", "March 2018", "last March", "June last year"
    "year",  # "1998", "in 2015", "mid-1996"
    "decade",  # "the 1990s"
    "season",  # "last fall", "summer 1998"
    "quarter",  # "the third quarter", "fourth-quarter"
    "holiday",  # "Christmas", "Thanksgiving"
    "range",  # "from Sunday to Wednesday", "March 3-5", "between 2001 and 2005"
    "vague",  # "recently", "in recent days", "now": found, never resolved
)


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression in a text (``text == source[start:end]``) and the pieces needed to resolve it.

    Pieces that do not apply are None. ``shift`` is a signed count of ``unit`` from the anchor for
    ``relative`` expressions ("two days ago": unit "day", shift -2), and the direction given by "last" (-1),
    "this" (0) or "next" (+1) for weekdays, months, seasons, quarters and holidays. For a month with
    ``unit == "year"`` the shift moves the year ("June last year"). ``future`` says the expression itself
    points forward ("next week", "this coming Sunday", "two days later"), whatever the tense of its clause.
    """

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    end_month: int | None = (
        None  # seasons and quarters: the last month (before ``month`` when it spans New Year)
    )
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    nth: int | None = None  # holidays: the nth weekday of the month, -1 for the last
    unit: str | None = None  # "day", "week", "weekend", "month", "quarter", "year"
    shift: int | None = None
    quarter: int | None = None
    season: str | None = None
    modifier: str | None = None  # "early", "late", "earlier", "the end of", a part of day …
    reference: str | None = None  # vague ones: "past", "present" or "future"
    future: bool = False
    first: Timex | None = None  # ranges: the two ends
    last: Timex | None = None


@dataclass(frozen=True, slots=True)
class Resolved:
    """A calendar reading of a Timex.

    ``value`` is the first day meant; ``end`` the last day when the expression covers more than one day
    (a week, month, year, quarter, season or range), else None. ``granularity`` is how precise ``value`` is:
    a week starts on its Monday, a month or quarter on its first day, a year on January 1.
    """

    value: date
    end: date | None
    granularity: Granularity

    def timeml(self) -> str:
        """The TimeML/ISO-8601 label of ``value`` at its granularity: 2018-03-29, 2018-W13, 2018-03, 2018."""
        if self.granularity == "day":
            return self.value.isoformat()
        if self.granularity == "week":
            iso = self.value.isocalendar()
            return f"{iso.year}-W{iso.week:02d}"
        if self.granularity == "month":
            return f"{self.value.year}-{self.value.month:02d}"
        return str(self.value.year)
