"""Headline case for the parser: "Teachers Now Out on Wildcat Strike" → "Teachers now out on wildcat strike".

Title case and capitals make spaCy's tagger read every word as a proper noun, so headlines parse badly. The parser
gets a copy of the text in which the headline's words are lower-cased unless the article's body capitalises them
mid-sentence (so "Russia", "Kim" and "UN" stay as they are). Only letters' case
changes: the copy has the same length, every offset is the same, and all text shown to users is cut from the
original. Words the knowledge base knows as names, alone or within a longer name ("Cape Verde"), stay
capitalised too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

#: a word: letters of any script ("Côte", "São Tomé", "d'Ivoire"), with apostrophes and hyphens
WORD = re.compile(r"[^\W\d_][^\W\d_'-]*(?:['-][^\W\d_]+)*")


def _body_cases(body: str) -> tuple[Counter, set[str], set[str]]:
    """How often each word is written in lower case in the body, and which words the body capitalises mid-sentence
    as names.

    A line of the body in title case without a full stop (a subheading, the headline repeated) says nothing about a
    word's case. A word the body capitalises only within a longer name and also writes in lower case is a common
    word there ("the Committee on Foreign Relations" and "normalised relations"): it is returned apart, as a word
    that stays capitalised in the headline only beside a name ("Theresa May")."""
    lower: Counter = Counter()
    alone: set[str] = set()
    in_names: set[str] = set()
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", body):
        words = list(WORD.finditer(sentence))
        if _title_case(words) and not sentence.rstrip().endswith((".", "!", "?", '"', "\u201d")):
            continue  # a heading
        capital = [m.group()[0].isupper() for m in words]
        for i, match in enumerate(words):
            word = match.group()
            if word.islower():
                lower[word] += 1
            elif i > 0 and capital[i]:
                beside = capital[i - 1] if i > 1 else False
                beside = beside or (i + 1 < len(words) and capital[i + 1])
                (in_names if beside else alone).add(word.lower())
    weak = {w for w in in_names - alone if lower[w]}
    return lower, (alone | in_names) - weak, weak


def _title_case(words: list[re.Match]) -> bool:
    """Most words capitalised: a line in title case."""
    titled = sum(1 for m in words if m.group()[0].isupper())
    return titled >= max(2, 0.6 * len(words))


def truecase_headline(text: str, *, is_name: Callable[[str], bool] = lambda word: False) -> str:
    """``text`` with its first paragraph (the headline) in sentence case: a capitalised word is lower-cased
    unless the body capitalises it mid-sentence, ``is_name`` says it is a name, or it is an acronym."""
    head, sep, body = text.partition("\n\n")
    if not sep or not body:
        return text
    words = list(WORD.finditer(head))
    if not _title_case(words):
        return text  # already in sentence case
    lower, capitalised, weak = _body_cases(body)
    named = _in_names(head, words, is_name)
    out = list(head)
    for i, match in enumerate(words):
        word = match.group()
        key = word.lower()
        if i == 0 or word.islower() or key in capitalised or i in named or is_name(word):
            continue
        if word.isupper() and len(word) <= 5 and lower[key] == 0:
            continue  # an acronym the body never writes in lower case
        if key in weak and any(0 < j < len(words) and _kept(words[j], capitalised, named, j, is_name)
                              for j in (i - 1, i + 1)):
            continue  # "Theresa May": a name the body also writes in lower case, beside a name
        out[match.start() : match.end()] = key
    return "".join(out) + sep + body


def _kept(match: re.Match, capitalised: set[str], named: set[int], i: int, is_name: Callable[[str], bool]) -> bool:
    """The body or the knowledge base shows that this headline word is (part of) a name."""
    word = match.group()
    return word[0].isupper() and (word.lower() in capitalised or i in named or is_name(word))


def _in_names(head: str, words: list[re.Match], is_name: Callable[[str], bool], longest: int = 6) -> set[int]:
    """Indices of the words that are part of a name of several words ("Cape Verde", "Trinidad and Tobago"); its
    last word may start in lower case ("Côte d'Ivoire")."""
    named: set[int] = set()
    for i, first in enumerate(words):
        if not first.group()[0].isupper():
            continue
        for j in range(i + 1, min(i + longest, len(words))):
            last = words[j].group()
            if any(ch.isupper() for ch in last) and is_name(head[first.start() : words[j].end()]):
                named.update(range(i, j + 1))
    return named
