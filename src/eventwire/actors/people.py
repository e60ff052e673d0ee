"""People's names: misspellings of known people, bare surnames, titles.

"Xi Jinpoing" resolves to Xi Jinping by fuzzy matching against the knowledge base's people with the same number
of words and the same initials; "Kim" resolves through the article's earlier "Kim Jong Un".
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from spacy.tokens import Span

from eventwire.actors.knowledge import Entry, KnowledgeBase

if TYPE_CHECKING:
    from eventwire.actors.mentions import Mention, Mentions


def _initials(words: list[str]) -> tuple[str, ...]:
    return tuple(w[:1].lower() for w in words)


Shapes = dict[tuple[int, tuple[str, ...]], list[tuple[str, Entry]]]
_SHAPES: dict[int, tuple[KnowledgeBase, Shapes]] = {}


def _shapes(kb: KnowledgeBase) -> Shapes:
    """People's names of two words or more, grouped by word count and initials (built once per knowledge base)."""
    cached = _SHAPES.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    shapes: Shapes = {}
    for text, surfaces in kb.surfaces.items():
        words = text.split()
        for surface in surfaces:
            if surface.entry.kind == "person" and len(words) >= 2:
                shapes.setdefault((len(words), _initials(words)), []).append((text, surface.entry))
    _SHAPES[id(kb)] = (kb, shapes)
    return shapes


class PersonResolver:
    def __init__(self, kb: KnowledgeBase, *, published: date | None, threshold: float) -> None:
        self.kb = kb
        self.published = published
        self.threshold = threshold
        self._by_shape = _shapes(kb)

    def resolve(self, span: Span) -> Mention | None:
        from eventwire.actors.mentions import Mention

        # leading titles ("President", "Chairman") are context, not name
        start = span.start
        sector = None
        while start < span.end - 1 and self.kb.sector_of(span.doc[start].lower_):
            sector = sector or self.kb.sector_of(span.doc[start].lower_)
            start += 1
        name_span = span.doc[start : span.end]
        words = [t.text for t in name_span if not t.is_punct]
        if not words:
            return None
        text = name_span.text
        entry = self._known(text) or self._fuzzy(words)
        if entry is not None:
            return Mention(
                span.doc, start, span.end, entry.name, entry.country, entry.sector, "person", "person-kb"
            )
        return Mention(span.doc, start, span.end, text, None, sector, "person", "person")

    def _known(self, text: str) -> Entry | None:
        people = [s.entry for s in self.kb.lookup(text) if s.entry.kind == "person"]
        return self._prefer_in_office(people)

    def _fuzzy(self, words: list[str]) -> Entry | None:
        if len(words) < 2:
            return None
        text = " ".join(words)
        best: list[tuple[float, Entry]] = []
        for surface, entry in self._by_shape.get((len(words), _initials(words)), ()):
            score = fuzz.ratio(text, surface)
            if score >= self.threshold:
                best.append((score, entry))
        if not best:
            return None
        top = max(score for score, _ in best)
        return self._prefer_in_office([entry for score, entry in best if score == top])

    def _prefer_in_office(self, people: list[Entry]) -> Entry | None:
        if not people:
            return None
        for entry in people:
            if any(role.held_on(self.published) for role in entry.roles):
                return entry
        return people[0]

    def link_surnames(self, index: Mentions) -> None:
        """A one-word name ("Kim", "Putin") takes the identity of the article's earlier full name ending in it."""
        full: dict[str, Mention] = {}
        for mention in index:
            if mention.kind != "person":
                continue
            words = mention.text.split()
            if len(words) >= 2:
                full.setdefault(words[-1], mention)
                full.setdefault(words[0], mention)  # East Asian order: "Kim" of "Kim Jong Un"
                continue
            earlier = full.get(words[0]) if words else None
            if earlier is not None and earlier.start < mention.start and earlier.name != mention.name:
                mention.copy_identity(earlier)
