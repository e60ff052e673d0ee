"""Asserted, negated, planned or possible: an event's factuality from the words around its trigger.

Two passes over the parse. First the trigger's own dependents: a negation ("did not meet", "no summit"), an
auxiliary ("will meet", "could meet"), a hedging adverb, a modifier of a noun trigger ("planned summits").
Then the words that govern it, walking up through complements, clauses and prepositions: "dismissed
speculation that … could meet" (negated), "there are no plans for … to meet" (negated), "is likely to meet"
(possible), "plans to visit" (planned). A governor that is itself negated negates what it governs. The cue
words live in ``data/lexicon/factuality.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from eventwire.events.lexicon import read_data

#: dependency relations through which a governing word's meaning reaches the trigger
CLIMB_DEPS = {
    "xcomp", "ccomp", "acl", "advcl", "pcomp", "prep", "pobj", "dobj", "attr", "acomp", "conj", "relcl",
    "nsubj", "nsubjpass", "oprd", "appos", "compound", "amod", "npadvmod", "dep",
}
MAX_CLIMB = 8
REPORTING_STOP = {"say", "tell", "report", "state", "announce", "add", "note", "write"}


@dataclass(frozen=True)
class Cues:
    negation_words: frozenset[str]
    negating_governors: frozenset[str]
    negating_nouns: frozenset[str]
    planning_governors: frozenset[str]
    planning_modifiers: frozenset[str]
    planning_auxiliaries: frozenset[str]
    planning_nouns: frozenset[str]
    possible_auxiliaries: frozenset[str]
    possible_governors: frozenset[str]
    possible_nouns: frozenset[str]
    possible_adverbs: frozenset[str]
    condition_marks: frozenset[str]


@cache
def load_cues() -> Cues:
    data = read_data("factuality.json")
    return Cues(**{name: frozenset(data.get(name, ())) for name in Cues.__dataclass_fields__})


@dataclass(frozen=True, slots=True)
class Factuality:
    value: str  # asserted | negated | planned | possible
    cue: str | None = None


def _negated(token: Token, cues: Cues) -> str | None:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in ("no", "neither")):
            return child.text
        if child.dep_ in ("advmod", "preconj") and child.lower_ in ("never", "neither", "nor"):
            return child.text
    return None


def _own(token: Token, cues: Cues, *, reported: bool) -> Factuality | None:
    """What the trigger's own dependents say."""
    neg = _negated(token, cues)
    if neg:
        return Factuality("negated", neg)
    for child in token.children:
        lower, lemma = child.lower_, child.lemma_.lower()
        if child.dep_ in ("aux", "auxpass"):
            if lower in cues.planning_auxiliaries or lemma in cues.planning_auxiliaries:
                return Factuality("planned", child.text)
            if lower == "would" and reported:
                return Factuality("planned", child.text)
            if lower in cues.possible_auxiliaries:
                return Factuality("possible", child.text)
            if lower == "going" or (lemma == "be" and any(c.lower_ == "to" for c in token.children)):
                continue
        if child.dep_ == "advmod" and lower in cues.possible_adverbs and lower not in ("reportedly", "allegedly"):
            return Factuality("possible", child.text)
        if child.dep_ in ("amod", "compound", "acl") and lower in cues.planning_modifiers:
            return Factuality("planned", child.text)
        if child.dep_ == "mark" and lower in cues.condition_marks:
            return Factuality("possible", child.text)
    # "is to meet", "are due to", "set to": the infinitive under a "be"/"set" governor
    return None


def _governor(word: Token, cues: Cues) -> Factuality | None:
    """What a governing word says about what it governs."""
    lemma, lower = word.lemma_.lower(), word.lower_
    negated = _negated(word, cues)
    if word.pos_ in ("NOUN", "PROPN"):
        if lemma in cues.negating_nouns:
            return Factuality("negated", word.text)
        if lemma in cues.planning_nouns:
            return Factuality("negated" if negated else "planned", f"{negated} {word.text}" if negated else word.text)
        if lemma in cues.possible_nouns:
            return Factuality("negated" if negated else "possible", word.text)
        return None
    if lemma in cues.negating_governors:
        if lemma == "rule" and not any(c.lower_ == "out" for c in word.children):
            return None
        return Factuality("asserted" if negated else "negated", word.text)
    if lemma in cues.planning_governors or lower in cues.planning_governors:
        if lemma == "go" and not any(c.lower_ == "to" for c in word.children if c.dep_ == "aux"):
            pass
        return Factuality("negated" if negated else "planned", word.text)
    if lemma in cues.possible_governors or lower in cues.possible_governors:
        return Factuality("negated" if negated and lemma not in ("unlikely",) else "possible", word.text)
    return None


def assess(trigger: Token, *, cues: Cues | None = None, reported: bool = False) -> Factuality:
    """The factuality of the event whose trigger word is ``trigger``."""
    cues = cues or load_cues()
    own = _own(trigger, cues, reported=reported)
    verdict = own
    token = trigger
    for _ in range(MAX_CLIMB):
        if token.dep_ not in CLIMB_DEPS or token.head == token:
            break
        head = token.head
        if head.lemma_.lower() in REPORTING_STOP and token.dep_ in ("ccomp", "conj", "dep"):
            break  # reported speech: "X said Y met Z" is attributed, not hedged
        if head.pos_ in ("ADP", "SCONJ", "PART", "DET") or token.dep_ in ("pobj",):
            token = head
            continue
        said = _governor(head, cues)
        if said is not None:
            if said.value == "negated":
                return said
            if said.value == "asserted":  # "did not refuse to": the double negative asserts
                verdict = verdict or said
            elif verdict is None:
                verdict = said
        if _negated(head, cues) and head.pos_ in ("VERB", "AUX") and token.dep_ in ("xcomp", "ccomp"):
            return Factuality("negated", _negated(head, cues))
        # a subordinate clause under "if" makes what it governs hypothetical
        token = head
    return verdict or Factuality("asserted")
