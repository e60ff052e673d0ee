"""Time expressions in news: find them with character offsets, resolve them against the publication date.

>>> from datetime import date
>>> [(t.text, r.value.isoformat()) for t, r in resolve_all("He arrived on Monday.", date(2018, 3, 29))]
[('Monday', '2018-03-26')]
"""

from .find import find_timexes
from .lexicon import Lexicon, load_lexicon
from .model import Granularity, Resolved, Timex
from .resolution import resolve, resolve_all, resolve_parts, says_future

__all__ = [
    "Granularity",
    "Lexicon",
    "Resolved",
    "Timex",
    "find_timexes",
    "load_lexicon",
    "resolve",
    "resolve_all",
    "resolve_parts",
    "says_future",
]
