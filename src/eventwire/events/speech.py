"""Speech acts read off what an actor says about its own or others' actions.

An actor stating its own intention is an event of its own (the PLOVER manual folds future cooperation into
AGREE): "Syria is willing to withdraw its troops" (AGREE), "Nigeria will withdraw its force unless …" (THREATEN),
"Syria said it will not accept more refugees" (REJECT). A speaker saying what another party must do makes a
demand: "Russia said Sudan must return the helicopter" (REQUEST).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire import attribution, factuality
from eventwire.actors.mentions import Mention, Mentions
from eventwire.events.lexicon import word_class
from eventwire.events.triggers import Match
from eventwire.models import CATEGORIES, PLANNED_AS_AGREE


@dataclass(frozen=True)
class Coding:
    """What an event is coded as: its category, mode and CAMEO code, the word that says so, its factuality."""

    type: str
    mode: str | None
    cameo: str | None
    factuality: str
    trigger: tuple[str, int, int]
    weight: float


INTENT_CAMEO = {"AGREE": "030", "THREATEN": "130", "REJECT": "120", "MOBILIZE": "150", "CONCEDE": "080"}


def intent(
    match: Match,
    fact: factuality.Factuality,
    said: attribution.Said | None,
    sources: list[Mention],
    triggers: set[int],
    *,
    threat_mode: str | None = None,
) -> Coding | None:
    """An actor stating its own intention is an event of its own: "Syria is willing to withdraw its troops"
    (AGREE), "Iran said it would close the strait" (THREATEN). ``threat_mode`` is what a threat of the
    trigger's act would threaten (the lexicon's threat modes), if anything."""
    cue = fact.cue
    if cue is None or cue.i in triggers or not sources:
        return None
    if cue.head == match.token and cue.dep_ in ("amod", "compound", "acl"):
        return None  # "planned summits" names a future event; nobody states an intention
    quad = CATEGORIES[match.entry.type][1]
    if fact.value == "negated":
        if quad == "material_conflict" and _forbearance(match.token, fact.cue, said, sources):
            # "the police will not beat protesters", "pledged not to attack": a promise that force will not
            # be used is a concession (PLOVER manual, CONCEDE: promises that certain things will not happen)
            return _coding("CONCEDE", fact.cue, match)
        if _in_condition(cue, factuality.load_cues()):
            return None  # "… if they are unable to reach an agreement": a supposition, no one rejects anything
        # "will not accept refugees", "refused to resign": declining to cooperate is a rejection
        cue, refusal = _refusal(match.token, cue)
        if match.entry.type == "AGREE":
            # "failed to reach agreement", "has not accepted the offer": no agreement is a rejection
            if not refusal and not _own_word(cue, said, sources) and cue.dep_ != "neg":
                return None
        elif not refusal or not quad.endswith("cooperation") or not _own_word(cue, said, sources):
            return None
        kind = "REJECT"
    elif fact.value in ("planned", "possible"):
        cues = factuality.load_cues()
        if quad == "material_conflict" and (cue.lower_ in HEDGED_FORCE or cue.lemma_.lower() in HEDGED_FORCE):
            # "Bangladesh could break off ties with India, an official said": a threat, hedged
            if not _own_word(cue, said, sources) or match.entry.type in ("PROTEST", "MOBILIZE"):
                return None  # a possible deployment stays a (possible) MOBILIZE: posturing already
            kind = "THREATEN"
            return _coding(kind, cue, match)
        if quad == "material_conflict" and match.entry.type not in ("PROTEST", "MOBILIZE"):
            condition = _condition_subject(match.token, cues)
            if condition is not None and not any(s.start <= condition.i < s.end for s in sources):
                # "the government will detain journalists if they publish": force made contingent on what
                # another party does is a threat, whoever reports it (PLOVER manual, THREATEN)
                return _coding("THREATEN", cue, match)
        if cue.lemma_.lower() not in cues.intent_governors and cue.lower_ not in ("'ll", "would"):
            return None
        if not _own_word(cue, said, sources):
            return None
        if quad == "material_conflict" and cue.lemma_.lower() in ("prepare", "ready", "poise", "mass"):
            kind = "MOBILIZE"  # "the army prepared to resume shelling": posturing short of force
        elif match.entry.type in ("CONCEDE", "RETREAT") and (
            _announced(cue, match.token)
            or (match.entry.type == "RETREAT" and cue.lemma_.lower() in cues.promise_governors)
        ):
            # "announced … would withdraw troops" is CONCEDE (PLOVER manual), and so is a promise of one ("vowed
            # to step down": the promise of a future concession); an announced concession is itself the CONCEDE
            # event. Saying one is willing or will yield stays an expression of intent, AGREE (CAMEO 035,
            # "express intent to yield", in the CAMEO-to-PLOVER table).
            if match.entry.type == "CONCEDE":
                return None
            kind = "CONCEDE"
        elif match.entry.type == "CONCEDE" and cue.lemma_.lower() in cues.promise_governors:
            # "promised to relax restrictions": "the promise of future concessions such as easing of
            # administrative or legal restrictions" is CONCEDE (PLOVER manual), which the planned concession is
            return None
        elif fact.value == "planned" and match.entry.type in PLANNED_AS_AGREE:
            return None  # "will meet": the planned meeting already is the AGREE of the PLOVER view
        elif quad.endswith("cooperation") and not (
            match.entry.type == "RETREAT" and _conditional(match.token, cues)
        ):
            kind = "AGREE"  # a conditional offer is still an offer
        elif match.entry.type == "PROTEST" and not (
            threat_mode or _conditional(match.token, cues) or cue.lemma_.lower() in cues.threat_governors
        ):
            # "the students' intention to hold a rally" is a planned protest, no threat; a stated boycott,
            # strike or blockade restricts the other party and is one (PLOVER manual, THREATEN 'restrict')
            return None
        elif match.entry.type == "MOBILIZE" and not (
            _conditional(match.token, cues) or cue.lemma_.lower() in cues.threat_governors
        ):
            return None  # "pledged to deploy more police": announced posture is MOBILIZE already, not a threat
        elif quad.endswith("cooperation") or quad == "material_conflict":
            kind = "THREATEN"  # an ultimatum ("will withdraw its force unless …") or forceful intent
        else:
            return None
    else:
        return None
    if kind == match.entry.type:
        return None
    return _coding(kind, cue, match)


#: word classes described in data/lexicon/grammar.json: "could strike", "announced it will withdraw", "pledged not to"
HEDGED_FORCE = word_class("hedged_force")
ANNOUNCING = word_class("announcing")
BINDING = word_class("binding")


def _coding(kind: str, cue: Token, match: Match) -> Coding:
    words = sorted({cue, match.token}, key=lambda t: t.i)
    text = " … ".join(t.text for t in words) if len(words) > 1 else cue.text
    end = words[-1].idx + len(words[-1].text)
    return Coding(
        kind, None, INTENT_CAMEO[kind], "asserted", (text, words[0].idx, end), 0.8 * match.entry.weight
    )



def _announced(cue: Token, trigger: Token) -> bool:
    """Whether the intention is announced ("announced it will withdraw", "announced their intention to lay
    down arms") rather than only voiced ("said it is willing to withdraw")."""
    node = trigger
    for _ in range(5):
        if node.lemma_.lower() in ANNOUNCING and node != trigger:
            return True
        if node.head == node:
            break
        node = node.head
    return cue.lemma_.lower() in ANNOUNCING



def _forbearance(
    trigger: Token, negation: Token, said: attribution.Said | None, sources: list[Mention]
) -> bool:
    """Whether a negated act is a promise to hold back: "will not beat", "pledged not to attack". The actor
    must say so itself, or the text state it as the actor's decision ("Police will not beat protesters");
    "refused to attack" or "did not attack" promise nothing."""
    if negation.dep_ != "neg" or negation.head != trigger:
        return False
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in BINDING and _negation_free(trigger.head):
        return True
    modal = next(
        (c for c in trigger.children if c.dep_ == "aux" and c.lower_ in ("will", "wo", "shall", "would")),
        None,
    )
    if modal is None:
        return False
    if said is None or said.speaker is None:
        return modal.lower_ != "would"  # unattributed "would not" may be a counterfactual
    return any(_same_party(said.speaker, s) for s in sources)


def _negation_free(token: Token) -> bool:
    return not any(c.dep_ == "neg" for c in token.children)


def _own_word(cue: Token, said: attribution.Said | None, sources: list[Mention]) -> bool:
    """An auxiliary ("will", "would not") expresses the actor's intention only when the actor says so."""
    if cue.dep_ not in ("aux", "auxpass", "neg"):
        return True
    if said is None or said.speaker is None or not sources:
        return False
    return any(_same_party(said.speaker, s) for s in sources)


def _refusal(trigger: Token, cue: Token) -> tuple[Token, bool]:
    """Whether a negation is a refusal: "will not", "would not", "refused to", "declined to"."""
    if cue.dep_ == "neg":
        modal = next(
            (c for c in cue.head.children if c.dep_ == "aux" and c.lower_ in ("will", "would", "wo")), None
        )
        return (modal, True) if modal is not None else (cue, False)
    return cue, cue.lemma_.lower() in ("refuse", "decline", "reject", "rebuff")


def conditions(node: Token, cues: factuality.Cues) -> list[Token]:
    """The "if"/"unless" clauses attached to ``node``."""
    return [
        child
        for child in node.children
        if child.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in cues.condition_marks for m in child.children)
    ]


def _in_condition(cue: Token, cues: factuality.Cues) -> bool:
    """Whether ``cue`` stands in an "if"/"unless" clause: "if they fail to reach an agreement"."""
    node = cue
    while node.head != node and node.dep_ not in ("ROOT", "ccomp"):
        if node.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.condition_marks for m in node.children):
            return True
        node = node.head
    return False


def _conditional(trigger: Token, cues: factuality.Cues) -> bool:
    """ "… unless the president agrees to step down": the intention comes with a condition."""
    return bool(conditions(trigger, cues) or conditions(trigger.head, cues))


def _condition_subject(trigger: Token, cues: factuality.Cues) -> Token | None:
    """The subject of an "if"/"unless" clause attached to the trigger ("… if [they] publish"), unless it is
    the actor itself ("we will strike if we are attacked" is a threat too, but names no other party)."""
    for clause in conditions(trigger, cues):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in SELF:
            return subject
    return _relative_object(trigger, cues)


def _relative_object(trigger: Token, cues: factuality.Cues) -> Token | None:
    """An object that is whoever does something: "will arrest anyone who joins the march", "will punish any
    country that recognises the region", "will detain whoever marches". Like an if-clause, the act hangs on
    what that party does."""
    for child in trigger.children:
        if child.dep_ not in ("dobj", "ccomp"):
            continue
        if child.dep_ == "ccomp":
            # "detain whoever joins": the parser makes the free relative a clause
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in cues.conditional_relatives:
                return subject
            continue
        quantified = child.lower_ in cues.conditional_relatives or any(
            c.dep_ == "det" and c.lower_ in cues.conditional_relatives for c in child.children
        )
        if quantified and any(c.dep_ == "relcl" for c in child.children):
            return child
    return None


#: pronouns by which an actor names itself in its own conditions
SELF = {"we", "i", "us", "it"}


def _same_party(a: Mention, b: Mention) -> bool:
    return a is b or a.name == b.name or (a.country is not None and a.country == b.country)


DEONTIC = {"must", "should", "ought"}


@dataclass(frozen=True)
class Demand:
    """ "Russia said Sudan must return the helicopter": speaker, addressee and the words that say so."""

    speaker: Mention
    addressee: Token
    trigger: tuple[str, int, int]
    verb: Token


def demands(doc: Doc, mentions: Mentions, *, cues: attribution.AttributionCues | None = None) -> list[Demand]:
    """Reported obligations laid on another party: a reporting verb whose complement says someone must act."""
    cues = cues or attribution.load_cues()
    found = []
    for verb in doc:
        if not attribution.is_reporting(verb, cues):
            continue
        for comp in verb.children:
            if comp.dep_ != "ccomp":
                continue
            modal = next((c for c in comp.children if c.dep_ == "aux" and c.lower_ in DEONTIC), None)
            # "Sudan must return the helicopter"; not "the fighters must be tried", which says who is to be acted on
            subject = next((c for c in comp.children if c.dep_ == "nsubj"), None)
            if modal is None or subject is None or subject.pos_ == "PRON":
                continue
            said = attribution.attribute(comp, mentions, cues=cues)
            if said is None or said.speaker is None:
                continue
            first, last = sorted((verb, modal), key=lambda t: t.i)
            text = f"{first.text} … {last.text}"
            found.append(Demand(said.speaker, subject, (text, first.idx, last.idx + len(last.text)), verb))
    return found
