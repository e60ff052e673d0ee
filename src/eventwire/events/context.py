"""What the event stage knows of one article, and the actor record a mention becomes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.actors.knowledge import KnowledgeBase
from eventwire.actors.mentions import Mention, Mentions
from eventwire.events.lexicon import Lexicon
from eventwire.models import Actor
from eventwire.timex import Timex


def to_actor(mention: Mention, text: str) -> Actor:
    """The actor of a mention, its words cut from ``text`` (the article text, not the parser's copy)."""
    return Actor(
        text=text[mention.start_char : mention.end_char],
        name=mention.name,
        country=mention.country,
        sector=mention.sector,
        kind=mention.kind,
        start=mention.start_char,
        end=mention.end_char,
    )


@dataclass
class ArticleContext:
    """What building events needs to know about one article."""

    article_id: str
    #: the article text; ``doc`` may be parsed from a copy that differs in letter case only
    text: str
    doc: Doc
    mentions: Mentions
    kb: KnowledgeBase
    lexicon: Lexicon
    published: date | None
    timexes: list[tuple[Timex, Token]] = field(default_factory=list)
    participants: dict[str, list[Mention]] = field(default_factory=dict)
    trigger_tokens: set[int] = field(default_factory=set)
    salience: Counter = field(default_factory=Counter)
