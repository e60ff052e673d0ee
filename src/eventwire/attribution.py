"""Who says so: speakers, reporting verbs, the outlets a statement came through, and quotes.

"Moscow's foreign ministry said … , South Korean news service News 1 reported": the innermost reporting verb's
subject is the speaker (the ministry); the news outlets whose reporting verbs govern it are the channel ("via":
News 1). "according to Chinese sources" names a speaker; "according to the Nikkei" a channel. Direct quotes are
the spans between quotation marks, attributed to the reporting verb that governs them or, for a quote standing
alone, to the reporting clause next to it; indirect quotes are the complements of reporting verbs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from eventwire.actors.mentions import Mention, Mentions
from eventwire.events.arguments import actors_at, subject_of
from eventwire.events.lexicon import read_data
from eventwire.nlp import sentence

MAX_CLIMB = 10


@dataclass(frozen=True)
class AttributionCues:
    reporting_verbs: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    media_sectors: frozenset[str]


@cache
def load_cues() -> AttributionCues:
    data = read_data("attribution.json")
    return AttributionCues(
        frozenset(data["reporting_verbs"]),
        tuple(tuple(words) for words in data["according_to"]),
        frozenset(data["media_sectors"]),
    )


@dataclass
class Said:
    """An attribution still tied to the parse: the speaker mention, the cue word and the channels."""

    speaker: Mention | None
    cue: str | None
    via: list[Mention]
    verb: Token | None = None
    #: every member of a compound speaker ("Russia and China have claimed …")
    speakers: list[Mention] = field(default_factory=list)


def is_reporting(token: Token, cues: AttributionCues) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in cues.reporting_verbs


def _according_to(token: Token, cues: AttributionCues) -> Token | None:
    """The noun after "according to" (or "citing") attached to ``token``."""
    for child in token.children:
        words = [child.lower_]
        if child.dep_ in ("prep", "advcl", "advmod", "xcomp") or child.lower_ in (
            "according",
            "citing",
            "quoting",
        ):
            nxt = [c for c in child.children if c.dep_ in ("prep",)]
            for pattern in cues.according_to:
                if pattern[0] != words[0]:
                    continue
                if len(pattern) == 1:
                    objects = [c for c in child.children if c.dep_ in ("dobj", "pobj")]
                    if objects:
                        return objects[0]
                elif nxt and nxt[0].lower_ == pattern[1]:
                    objects = [c for c in nxt[0].children if c.dep_ == "pobj"]
                    if objects:
                        return objects[0]
    return None


def _speaker_mentions(verb: Token, mentions: Mentions) -> list[Mention]:
    subject = subject_of(verb)
    if subject is None:
        return []
    return actors_at(subject, mentions)


def channel_name(mention: Mention) -> str:
    """How the text names a channel ("News 1", "Nikkei"): its words, without a leading article."""
    text = mention.text
    return text[4:] if text.lower().startswith("the ") else text


def _is_media(mention: Mention, cues: AttributionCues) -> bool:
    return mention.sector in cues.media_sectors


def attribute(trigger: Token, mentions: Mentions, *, cues: AttributionCues | None = None) -> Said | None:
    """The attribution of the event at ``trigger``, or None when the text states it in its own voice."""
    cues = cues or load_cues()
    speakers: list[tuple[list[Mention], str, Token]] = []
    token = trigger
    seen_reporting = False
    for _ in range(MAX_CLIMB):
        source = _according_to(token, cues)
        if source is not None:
            found = actors_at(source, mentions)
            if found:
                speakers.append((found, "according to", token))
        # "X happened, the Pentagon said": a reporting clause hanging on the clause it reports
        for child in token.children:
            if child.dep_ == "parataxis" and is_reporting(child, cues) and child.i > trigger.i:
                found = _speaker_mentions(child, mentions)
                if found:
                    speakers.append((found, child.lower_, child))
        head = token.head
        if head == token:
            break
        if is_reporting(head, cues) and token.dep_ in ("ccomp", "conj", "dep", "parataxis", "advcl", "xcomp"):
            if token.dep_ != "conj" or seen_reporting:
                found = _speaker_mentions(head, mentions)
                if found:
                    speakers.append((found, head.lower_, head))
                    seen_reporting = True
        token = head
    # the root's own "according to" (attached to a reporting verb or the main clause)
    if not speakers:
        return None
    # innermost non-media speaker is the speaker; media around it are the channel
    speaker = next((s for s in speakers if not _is_media(s[0][0], cues)), speakers[0])
    via = [found[0] for found, _, _ in speakers if found is not speaker[0] and _is_media(found[0], cues)]
    return Said(speaker[0][0], speaker[1], via, speaker[2], speakers=speaker[0])


@dataclass
class QuoteSpan:
    """A quotation still tied to the parse."""

    start_char: int
    end_char: int
    direct: bool
    said: Said | None


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (inside the marks) of text between straight double quotes, per paragraph."""
    spans = []
    open_at = None
    for i, char in enumerate(text):
        if char == "\n":
            open_at = None
        elif char == '"':
            if open_at is None:
                open_at = i + 1
            else:
                if i - open_at >= 2:
                    spans.append((open_at, i))
                open_at = None
    return spans


def find_quotes(doc: Doc, mentions: Mentions, *, cues: AttributionCues | None = None) -> list[QuoteSpan]:
    cues = cues or load_cues()
    quotes: list[QuoteSpan] = []
    text = doc.text  # built from the tokens on each access: once
    direct_ranges = _quoted_spans(text)
    for start, end in direct_ranges:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        said = _quote_attribution(span, mentions, cues)
        content_start, content_end = start, end
        # trailing punctuation inside the marks ("…peninsula,") is not part of what was said
        while content_end > content_start and text[content_end - 1] in ",.;: ":
            content_end -= 1
        quotes.append(QuoteSpan(content_start, content_end, True, said))
    # indirect speech: the complement of a reporting verb, when not itself a direct quote
    for token in doc:
        if not is_reporting(token, cues):
            continue
        complements = [c for c in token.children if c.dep_ == "ccomp" and not is_reporting(c, cues)]
        for comp in complements:
            first, last = comp.left_edge, comp.right_edge
            while first.i < last.i and (first.is_punct or first.dep_ == "mark"):
                first = first.doc[first.i + 1]
            while last.i > first.i and last.is_punct:
                last = last.doc[last.i - 1]
            c_start, c_end = first.idx, last.idx + len(last.text)
            if any(s <= c_start and c_end <= e + 1 for s, e in direct_ranges):
                continue
            speakers = _speaker_mentions(token, mentions)
            outer = attribute(token, mentions, cues=cues)
            via = list(outer.via) if outer else []
            if outer and outer.speaker is not None and _is_media(outer.speaker, cues):
                via.append(outer.speaker)
            cue = token.lower_
            if speakers and _is_media(speakers[0], cues) and outer is not None and outer.speaker is not None:
                # "X said [Y, News 1 reported]" parsed with the outlet inside: X said Y, via News 1
                via = [speakers[0], *via]
                speakers, cue = [outer.speaker], outer.cue or cue
            said = Said(speakers[0] if speakers else None, cue, via, token)
            quotes.append(QuoteSpan(c_start, c_end, False, said))
    quotes.sort(key=lambda q: q.start_char)
    return quotes


def _quote_attribution(span: Span, mentions: Mentions, cues: AttributionCues) -> Said | None:
    # "according to X" or a reporting verb governing the quoted words from outside the quote
    said = attribute(span.root, mentions, cues=cues)
    if said is not None and said.speaker is not None:
        if said.cue == "according to" or said.verb is None or not (span.start <= said.verb.i < span.end):
            return said
    for token in span:
        node = token
        for _ in range(MAX_CLIMB):
            head = node.head
            if head == node:
                break
            if not (span.start <= head.i < span.end) and is_reporting(head, cues):
                speakers = _speaker_mentions(head, mentions)
                outer = attribute(head, mentions, cues=cues)
                via = list(outer.via) if outer else []
                if outer and outer.speaker is not None and _is_media(outer.speaker, cues):
                    via.append(outer.speaker)
                return Said(speakers[0] if speakers else None, head.lower_, via, head)
            node = head
    # "…," he said. / He said: "…" — a reporting verb in the same sentence
    for token in sentence(span[0]):
        if (token.i < span.start or token.i >= span.end) and is_reporting(token, cues):
            speakers = _speaker_mentions(token, mentions)
            if speakers:
                return Said(speakers[0], token.lower_, [], token)
    return None
