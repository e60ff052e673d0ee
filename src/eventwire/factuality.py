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
    "xcomp",
    "ccomp",
    "acl",
    "advcl",
    "pcomp",
    "prep",
    "pobj",
    "dobj",
    "attr",
    "acomp",
    "conj",
    "nsubj",
    "nsubjpass",
    "oprd",
    "appos",
    "compound",
    "amod",
    "npadvmod",
    "dep",
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
    conditional_relatives: frozenset[str]
    intent_governors: frozenset[str]
    threat_governors: frozenset[str]
    accomplished_purposes: frozenset[str]
    promise_governors: frozenset[str]
    presupposing_carriers: frozenset[str]
    alleging_governors: frozenset[str]
    alleging_links: frozenset[str]
    agreement_nouns: frozenset[str]
    arranging_copulas: frozenset[str]


@cache
def load_cues() -> Cues:
    data = read_data("factuality.json")
    return Cues(**{name: frozenset(data.get(name, ())) for name in Cues.__dataclass_fields__})


@dataclass(frozen=True, slots=True)
class Factuality:
    value: str  # asserted | negated | planned | possible
    cue: Token | None = None  # the word that decided it (an auxiliary, a negation, a governing verb)

    @property
    def cue_text(self) -> str | None:
        return self.cue.text if self.cue is not None else None


def _negation(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in ("no", "neither")):
            return child
        if child.dep_ in ("advmod", "preconj") and child.lower_ in ("never", "neither", "nor"):
            return child
    return None


def _modal(token: Token, cues: Cues, *, reported: bool) -> Factuality | None:
    """What a verb's auxiliaries say: "will meet" (planned), "could meet" (possible)."""
    for child in token.children:
        if child.dep_ not in ("aux", "auxpass"):
            continue
        lower, lemma = child.lower_, child.lemma_.lower()
        if lower in cues.planning_auxiliaries or lemma in cues.planning_auxiliaries:
            return Factuality("planned", child)
        if lower == "would" and reported:
            return Factuality("planned", child)
        if lower in cues.possible_auxiliaries:
            return Factuality("possible", child)
    return None


def _own(token: Token, cues: Cues, *, reported: bool) -> Factuality | None:
    """What the trigger's own dependents say."""
    neg = _negation(token)
    if neg is not None:
        return Factuality("negated", neg)
    modal = _modal(token, cues, reported=reported)
    if modal is not None:
        return modal
    for child in token.children:
        lower = child.lower_
        if (
            child.dep_ == "advmod"
            and lower in cues.possible_adverbs
            and lower not in ("reportedly", "allegedly")
        ):
            return Factuality("possible", child)
        if child.dep_ in ("amod", "compound", "acl") and lower in cues.planning_modifiers:
            return Factuality("planned", child)
        if child.dep_ == "mark" and lower in cues.condition_marks:
            return Factuality("possible", child)
    # a headline's future: "Germany to send troops to Mali" — a clause of its own, subject and "to", no tense
    if token.dep_ == "ROOT" and token.tag_ == "VB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        to = next((c for c in token.children if c.dep_ in ("aux", "auxpass") and c.lower_ == "to"), None)
        if to is not None:
            return Factuality("planned", to)
    # the same headline when the parser hangs the infinitive on its subject as a relative clause ("Senegal
    # government to detain journalists"): a verbless line whose head noun is all there is before "to"
    if (
        token.dep_ in ("relcl", "acl")
        and token.tag_ == "VB"
        and token.head.dep_ == "ROOT"
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.i < token.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    ):
        to = next((c for c in token.children if c.dep_ in ("aux", "auxpass") and c.lower_ == "to"), None)
        if to is not None and to.i == token.i - 1:
            return Factuality("planned", to)
    # a purpose: "visited the islands to deepen ties" — the deepening is intended, not done
    if (
        token.dep_ == "advcl"
        and token.tag_ == "VB"
        and token.lemma_.lower() not in cues.accomplished_purposes
    ):
        to = next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is not None:
            return Factuality("possible", to)
    return None


def _governor(word: Token, cues: Cues) -> Factuality | None:
    """What a governing word says about what it governs."""
    lemma, lower = word.lemma_.lower(), word.lower_
    negated = _negation(word) is not None
    if word.pos_ in ("NOUN", "PROPN"):
        if lemma in cues.negating_nouns:
            return Factuality("negated", word)
        if lemma in cues.planning_nouns:
            return Factuality("negated" if negated else "planned", word)
        if lemma in cues.possible_nouns:
            return Factuality("negated" if negated else "possible", word)
        return None
    if lemma in cues.negating_governors:
        if lemma == "rule" and not any(c.lower_ == "out" for c in word.children):
            return None
        return Factuality("asserted" if negated else "negated", word)
    if lemma in cues.planning_governors or lower in cues.planning_governors:
        return Factuality("negated" if negated else "planned", word)
    if lemma in cues.possible_governors or lower in cues.possible_governors:
        return Factuality("negated" if negated and lemma != "unlikely" else "possible", word)
    return None


def _alleged(token: Token, head: Token, cues: Cues) -> bool:
    """Whether ``token`` links what it governs to an accusation: "accused Greece of attacking", "charged with
    bombing", "allegations that troops shelled the town"."""
    if head.lemma_.lower() not in cues.alleging_governors:
        return False
    if token.dep_ == "prep":
        return token.lower_ in cues.alleging_links
    return (
        token.dep_ in ("ccomp", "acl")
        and "that" in cues.alleging_links
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
    )


def _to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in verb.children)


def _arranged(verb: Token, copula: Token, cues: Cues) -> bool:
    """ "Kenya is to host the summit", "the envoy is to meet the president": a copula with a to-infinitive and no
    predicate of its own tells what is arranged; "it is essential to reach a deal", "it is our duty to defend"
    judge what should be done."""
    return (
        copula.lemma_.lower() in cues.arranging_copulas
        and _to_infinitive(verb)
        and not any(
            c.dep_ in ("acomp", "attr", "expl") or (c.dep_ == "nsubj" and c.lower_ == "it") for c in copula.children
        )
    )


def _agreed(token: Token, head: Token, cues: Cues) -> bool:
    """Whether ``token`` states what the agreement noun ``head`` binds its parties to: its to-infinitive ("an
    agreement to work together") or its "on"/"for" complement ("a deal on the release of detainees")."""
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() not in cues.agreement_nouns:
        return False
    if token.dep_ == "acl":
        return _to_infinitive(token)
    return token.dep_ == "prep" and token.lower_ in ("on", "for")


def _relative(clause: Token) -> bool:
    """Whether a relative clause is introduced by a relative pronoun, also one under a preposition ("in which",
    "during whose")."""
    for child in clause.children:
        if child.tag_ in ("WDT", "WP", "WP$"):
            return True
        if child.dep_ == "prep" and any(c.tag_ in ("WDT", "WP", "WP$") for c in child.children):
            return True
    return False


def _has_subject_or_aux(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _own_past_clause(clause: Token, cues: Cues) -> bool:
    """An adverbial clause in the past tense with a subject of its own ("after the government promised …",
    "since the rebels had withdrawn") reports what happened, whatever the clause it modifies plans or hopes."""
    if clause.dep_ != "advcl" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in cues.condition_marks for c in clause.children):
        return False  # "if they agreed …": a condition
    perfect = clause.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in clause.children
    )
    return clause.tag_ == "VBD" or perfect


def gerund_as_adjective(token: Token) -> bool:
    """A gerund the parser took for an adjective of its object: "the possibility of suspending talks"."""
    return token.dep_ == "amod" and token.tag_ == "VBG" and token.head.i > token.i


def assess(
    trigger: Token,
    *,
    cues: Cues | None = None,
    reported: bool = False,
    carrier: Token | None = None,
    obj: Token | None = None,
) -> Factuality:
    """The factuality of the event whose trigger word is ``trigger``; ``carrier`` is the light verb that carries a
    noun trigger ("launched an attack"), whose negation, auxiliaries and conditions are the event's own; ``obj``
    the object a verb trigger needs ("held talks"), whose "no" negates the act ("held no talks", "would have
    no discussions")."""
    cues = cues or load_cues()
    if obj is not None and obj.i != trigger.i and obj.pos_ in ("NOUN", "PROPN"):
        none = _negation(obj)
        if none is not None:
            return Factuality("negated", none)
    verdict = _own(trigger, cues, reported=reported)
    token = trigger
    own_clause = False
    if gerund_as_adjective(trigger):
        token = trigger.head  # "the potential of suspending talks": the gerund stands where its object does
    for _ in range(MAX_CLIMB):
        if token.head == token:
            break
        if token.dep_ in ("relcl", "advcl") and _relative(token):
            # "Kim, who met Xi, …", "protests, in which thousands were massed, …": its own claim (also when the
            # parser hangs the relative clause on the verb)
            break
        if token.dep_ == "acl" and token.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in token.children):
            break  # "plans to withdraw the troops stationed in Syria": a participle describes what already is
        if token.dep_ not in CLIMB_DEPS and token.dep_ != "relcl":
            break
        if _own_past_clause(token, cues):
            break  # "are expected to end the strike after the government promised …": that promise was made
        head = token.head
        if head.lemma_.lower() in REPORTING_STOP and token.dep_ in ("ccomp", "conj", "dep"):
            break  # reported speech: "X said Y met Z" is attributed, not hedged
        if head.pos_ in ("ADP", "SCONJ", "PART", "DET") or token.dep_ == "pobj":
            instead = next(
                (c for c in head.children if c.dep_ == "advmod" and c.lemma_.lower() in cues.negating_governors), None
            )
            if instead is not None:
                return Factuality("negated", instead)  # "instead of retreating": the preposition's adverb negates
            if head.pos_ == "ADP" and head.lower_ in cues.negation_words and token.dep_ in ("pcomp", "pobj"):
                return Factuality("negated", head)  # "arrested him without using force"
            token = head
            continue
        carried = (
            token.dep_ in ("dobj", "nsubjpass")
            and carrier is not None
            and head.i == carrier.i
            and head.lemma_.lower() not in cues.presupposing_carriers
        )
        predicate = token.dep_ == "attr" and head.lemma_.lower() == "be"  # "we are not a threat to anyone"
        if (carried or predicate) and token.pos_ in ("NOUN", "PROPN"):
            # "have not launched an attack", "won't pose any threat", "is not an invasion": the noun's event is
            # negated, planned or conditional with the verb that carries or predicates it
            shared = _own(head, cues, reported=reported)
            if shared is not None and shared.value == "negated":
                return shared
            verdict = verdict or shared
        if head.pos_ in ("VERB", "AUX") and (
            token.dep_ == "nsubj" or (token.dep_ == "conj" and not _has_subject_or_aux(token))
        ):
            # A verb's active subject and a verb coordinated with another share that verb's tense, mood and
            # negation, not what its lemma means for its complement: "talks will go ahead" (planned), "the
            # meeting did not take place" (negated), "will meet Iraq and discuss trade" (planned), but "agreed
            # to talks and urged restraint" (urged, done) and "cooperation is going well" (going on).
            shared = _own(head, cues, reported=reported)
            if shared is not None and (token.dep_ == "nsubj" or shared.value != "negated"):
                if shared.value == "negated":
                    return shared
                verdict = verdict or shared
            token = head
            continue
        if token.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            # "hostilities stop as talks begin", "refused to stop shelling as talks began": what is stopped or
            # refused is the verb's complement, not a clause with a subject of its own
            own_clause = True
        said = _governor(head, cues)
        if said is None and _alleged(token, head, cues):
            said = Factuality("possible", head)  # the accused act is alleged, not asserted
        if said is not None and said.value == "negated" and own_clause:
            said = None
        if said is None and _agreed(token, head, cues):
            # "signed an agreement to work together", "a deal on the release of detainees": what is agreed is yet
            # to be done
            said = Factuality("negated" if _negation(head) is not None else "planned", head)
        if said is None and token.dep_ == "xcomp" and _arranged(token, head, cues):
            # "Kenya is to host the summit": what is arranged
            said = Factuality("negated" if _negation(head) is not None else "planned", head)
        if said is None and verdict is None and token.dep_ in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
            verdict = _modal(head, cues, reported=reported)  # "the deal could see rebels travel to Cuba"
        if said is not None:
            if said.value == "negated":
                return said
            if verdict is None or said.value == "asserted":
                verdict = verdict or said
        negation = _negation(head)
        if (
            negation is not None
            and head.pos_ in ("VERB", "AUX")
            and token.dep_ in ("xcomp", "ccomp")
            and not own_clause
        ):
            return Factuality("negated", negation)
        token = head
    return verdict or Factuality("asserted")
