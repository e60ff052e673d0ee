"""The dataclasses every stage after parsing speaks.

Sources produce :class:`RawArticle`; cleaning turns it into an :class:`Article` whose ``text`` is what every
offset points into; the event stage produces :class:`Actor`, :class:`Event` and :class:`Quote`, gathered in a
:class:`CodedArticle`. All are frozen: later stages build new objects rather than mutate earlier ones.
The JSON shape of these objects is fixed by CONTRACT.md and produced by :mod:`eventwire.record`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

CATEGORIES: dict[str, tuple[str, str]] = {
    # PLOVER category -> (CAMEO root, quad)
    "AGREE": ("03", "verbal_cooperation"),
    "CONSULT": ("04", "verbal_cooperation"),
    "SUPPORT": ("05", "verbal_cooperation"),
    "CONCEDE": ("08", "verbal_cooperation"),
    "COOPERATE": ("06", "material_cooperation"),
    "AID": ("07", "material_cooperation"),
    "RETREAT": ("08", "material_cooperation"),
    "REQUEST": ("10", "verbal_conflict"),
    "ACCUSE": ("11", "verbal_conflict"),
    "REJECT": ("12", "verbal_conflict"),
    "THREATEN": ("13", "verbal_conflict"),
    "PROTEST": ("14", "material_conflict"),
    "SANCTION": ("16", "material_conflict"),
    "MOBILIZE": ("15", "material_conflict"),
    "COERCE": ("17", "material_conflict"),
    "ASSAULT": ("18", "material_conflict"),
}

FACTUALITY = ("asserted", "negated", "planned", "possible")

#: planned cooperation folds into AGREE in the PLOVER view (CONTRACT.md)
PLANNED_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an article was read: a file (and line, for JSONL), standard input, or a URL."""

    path: str | None = None
    line: int | None = None
    url: str | None = None

    def describe(self) -> str:
        where = self.path or "<stdin>"
        return f"{where}:{self.line}" if self.line is not None else where


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as a source read it, before any cleaning. Exactly one of ``text`` and ``html`` is set."""

    origin: Origin
    text: str | None = None
    html: str | None = None
    id: str | None = None
    title: str | None = None
    date: date | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the input kept out of the article text, with its kind (comment_form, photo_credit, …)."""

    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. ``text`` is the normalised body; paragraphs are separated by a blank line."""

    id: str
    origin: Origin
    text: str
    title: str | None = None
    dateline: str | None = None
    agency: str | None = None
    published: date | None = None
    photo_credit: str | None = None
    url: str | None = None
    source: str | None = None
    removed: tuple[Removed, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor mention. ``start``/``end`` are offsets of ``text`` in the article text."""

    text: str
    name: str
    country: str | None
    sector: str | None
    kind: str  # person | organization | country | group | location
    start: int
    end: int

    @property
    def code(self) -> str | None:
        if self.country is None:
            return None
        return self.country + (self.sector or "")


@dataclass(frozen=True, slots=True)
class Location:
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says so: the speaker, the reporting verb, and the outlets it came through."""

    speaker: Actor | None
    cue: str | None
    via: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence an event was read from; ``article.text[start:end] == sentence``."""

    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    cameo_code: str | None  # the full CAMEO code the lexicon gives, e.g. "042"
    source: Actor | None
    target: Actor | None
    factuality: str
    evidence: Evidence
    date: date | None = None
    end_date: date | None = None
    date_text: str | None = None
    location: Location | None = None
    attribution: Attribution | None = None
    confidence: float = 0.5

    @property
    def cameo(self) -> str:
        """The two-digit CAMEO root: the lexicon's own code when it has one, else the category's root."""
        return (self.cameo_code or CATEGORIES[self.type][0])[:2]

    @property
    def quad(self) -> str:
        return CATEGORIES[self.type][1]

    @property
    def plover_type(self) -> str:
        """The event as PLOVER-coded gold sees it: planned cooperation is AGREE."""
        if self.factuality == "planned" and self.type in PLANNED_AS_AGREE:
            return "AGREE"
        return self.type


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: Actor | None
    text: str
    direct: bool
    cue: str | None
    start: int
    end: int
    via: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """What coding one article gives: the article and everything found in it."""

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    actors: tuple[Actor, ...] = field(default_factory=tuple)
