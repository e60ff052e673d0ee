"""Knowledge-base names found in a document with spaCy's PhraseMatcher (built once per pipeline)."""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from eventwire.actors.knowledge import KnowledgeBase, Surface

log = logging.getLogger(__name__)


class KBMatcher:
    """Finds every surface form of the knowledge base in a document, longest match first.

    Proper names match case-sensitively; surface forms written all in lower case match in any case.
    """

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys: dict[int, str] = {}
        texts = list(kb.surfaces)
        for text, pattern in zip(texts, nlp.tokenizer.pipe(texts), strict=True):
            key = "KB:" + text
            self.keys[nlp.vocab.strings.add(key)] = text
            matcher = self.lower if text == text.lower() else self.exact
            matcher.add(key, [pattern])
        log.debug("actor matcher built from %d surface forms", len(texts))

    def __call__(self, doc: Doc) -> list[tuple[Span, list[Surface]]]:
        spans = []
        for matcher in (self.exact, self.lower):
            for key, start, end in matcher(doc):
                spans.append(Span(doc, start, end, label=key))
        found = []
        for span in filter_spans(spans):
            found.append((span, self.kb.surfaces[self.keys[span.label]]))
        return found


_SHARED: dict[tuple[int, int], KBMatcher] = {}


def shared_matcher(nlp: Language, kb: KnowledgeBase) -> KBMatcher:
    """One matcher per (pipeline, knowledge base) in a process: building it tokenizes every name."""
    key = (id(nlp), id(kb))
    if key not in _SHARED:
        _SHARED[key] = KBMatcher(nlp, kb)
    return _SHARED[key]
