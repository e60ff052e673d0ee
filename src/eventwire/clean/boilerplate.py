"""Boilerplate: lines that are not the article (comment forms, share links, …), photo captions and credits.

Everything removed is returned as :class:`~eventwire.models.Removed` with its position in the input, so that
the caller can report it in document order. What counts as boilerplate comes from the lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.clean.lexicon import Lexicon
from eventwire.clean.normalize import word_count
from eventwire.models import Removed


@dataclass(frozen=True, slots=True)
class Unit:
    """A line or paragraph of the text, with the index of its (first) line in the input."""

    pos: int
    text: str


@dataclass(frozen=True, slots=True)
class Found:
    """Something removed, with the input line it came from."""

    pos: int
    removed: Removed


def drop_boilerplate_lines(
    blocks: list[list[Unit]], lexicon: Lexicon
) -> tuple[list[list[Unit]], list[Found]]:
    """Remove every line that matches a rule, and the run of boilerplate lines that ends the text.

    Blocks that lose all their lines disappear.
    """
    lines = [unit for block in blocks for unit in block]
    kinds = {unit.pos: lexicon.line_kind(unit.text) for unit in lines}
    for unit in reversed(lines):
        if kinds[unit.pos] is not None:
            continue
        tail_kind = lexicon.line_kind(unit.text, at_tail=True)
        if tail_kind is None:
            break
        kinds[unit.pos] = tail_kind
    found = [Found(u.pos, Removed(kind, u.text)) for u in lines if (kind := kinds[u.pos]) is not None]
    kept = [[u for u in block if kinds[u.pos] is None] for block in blocks]
    return [block for block in kept if block], found


def split_photo_credits(
    paragraphs: list[Unit], lexicon: Lexicon
) -> tuple[list[Unit], list[Found], str | None]:
    """Remove photo credits and the captions they close; also return the first credited name.

    A paragraph that is only a credit ("Photo: Reuters") is removed as ``photo_credit``. A paragraph that
    ends with a credit after a sentence ("… on Wednesday. Photo by Yuri Gripas/UPI") is a caption: its text
    is removed as ``photo_caption`` and the credit as ``photo_credit``; a paragraph too long to be a caption
    keeps its text.
    """
    kept: list[Unit] = []
    found: list[Found] = []
    credit_name: str | None = None
    for paragraph in paragraphs:
        match = _credit_at_end(paragraph.text, lexicon)
        if match is None:
            kept.append(paragraph)
            continue
        credit, name, start = match
        caption = paragraph.text[:start].strip()
        if caption and word_count(caption) > lexicon.caption_max_words:
            kept.append(Unit(paragraph.pos, caption))
        elif caption:
            found.append(Found(paragraph.pos, Removed("photo_caption", caption)))
        found.append(Found(paragraph.pos, Removed("photo_credit", credit)))
        if credit_name is None and name:
            credit_name = name
    return kept, found, credit_name


def _credit_at_end(text: str, lexicon: Lexicon) -> tuple[str, str | None, int] | None:
    """(credit as written, credited name, where the credit starts) for the earliest-starting credit form."""
    best = None
    start = max(0, len(text) - lexicon.credit_max_chars)  # credits are short: keeps the search linear
    for form in lexicon.credit_forms:
        m = form.at_end.search(text, start)
        if m and (best is None or m.start("credit") < best.start("credit")):
            best = m
    if best is None:
        return None
    name = best.groupdict().get("name")
    name = name.strip().rstrip(".,;:") if name else None
    return best["credit"].strip(), name or None, best.start("credit")
