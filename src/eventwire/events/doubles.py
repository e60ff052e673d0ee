"""One PLOVER event per fact: speech acts that wrap their content, an act and its purpose, a meeting that is
only the setting of another act, a casualty toll of an event already coded (on trigger matches, before events are
built); and, after, a partial repeat of an event in the same sentence folded into the fuller one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Token

from eventwire import factuality
from eventwire.events.arguments import is_passive
from eventwire.events.lexicon import Lexicon, word_class
from eventwire.events.speech import ANNOUNCING, conditions
from eventwire.events.triggers import LIGHT_VERBS, Match
from eventwire.models import CATEGORIES, PLANNED_AS_AGREE, Actor, Event


def _governs(wrapper: Token, token: Token) -> bool:
    """Whether ``token`` sits in the complement of ``wrapper`` ("promised [to end the curfew]")."""
    node = token.head if factuality.gerund_as_adjective(token) else token  # "the potential of suspending talks"
    return _climbs_to(node, wrapper, ("xcomp", "ccomp", "conj", "dobj", "pobj", "pcomp", "prep", "acl"), 4)


def _complement_of(wrapper: Token, token: Token) -> bool:
    """Whether ``token`` is what ``wrapper`` promises ("vowed to attack", "vowed to renew the campaign"),
    not an adjunct of it ("offered talks following the invasion")."""
    return _climbs_to(token, wrapper, ("xcomp", "ccomp", "dobj", "conj"), 3)


def _climbs_to(token: Token, wrapper: Token, deps: tuple[str, ...], steps: int) -> bool:
    """Whether ``wrapper`` is reached from ``token`` in at most ``steps`` heads, each link one of ``deps``."""
    node = token
    for _ in range(steps):
        if node.dep_ not in deps or node.head == node:
            return False
        node = node.head
        if node == wrapper:
            return True
    return False


def _purpose_of(token: Token, other: Token) -> bool:
    """Whether ``other`` is the purpose clause of ``token`` ("travelled to Kabul [to hold talks]"), or the event
    noun its light verb carries ("would travel to Ankara to continue [talks]")."""
    if other.pos_ == "NOUN" and other.dep_ == "dobj" and other.head.lemma_.lower() in LIGHT_VERBS:
        other = other.head
    return (
        other.dep_ in ("advcl", "xcomp")
        and other.head == token
        and token.pos_ == "VERB"
        and any(c.tag_ == "TO" for c in other.children)
    )


def _demand_of(protest: Match, demand: Token) -> bool:
    """Whether ``demand`` is a participle or purpose clause of the protest or of the verb carrying it ("a strike
    [demanding …]", "rallied [to demand …]", "launched a strike [calling for …]")."""
    return demand.dep_ in ("acl", "advcl", "xcomp", "relcl") and demand.head in (protest.token, protest.light)


#: prepositions by which a meeting is the setting of another act: "concessions in talks", "signed at the summit"
SETTING_PREPS = ("in", "during", "at")


def _setting_of(meeting: Match, other: Match) -> bool:
    """Whether the consultation noun ``meeting`` only says where ``other``, an act of another kind, happened:
    "gained concessions in talks with Uruguay", "signed the accord at a summit in Lima". The act is the news;
    the talks are its circumstance, not a second event."""
    prep = meeting.token.head
    return (
        meeting.token.pos_ == "NOUN"
        and meeting.entry.type == "CONSULT"
        and other.entry.type != "CONSULT"
        and meeting.token.dep_ == "pobj"
        and prep.lower_ in SETTING_PREPS
        and any(prep.head.i == t.i for t in (other.token, other.light, other.obj) if t is not None)
    )


def _toll_of(verb: Token, noun: Token) -> bool:
    """Whether the casualty verb ``verb`` counts the victims of the event noun ``noun``: "were injured in the
    unrest", "were killed during clashes". ("Predator attacks killed eight leaders" names attacker and victims
    in one clause and stays the verb's event.)"""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and noun.head.head == verb and is_passive(verb):
        return True
    # "a week of fighting left 50 people dead and 200 wounded": the wounded are what the fighting left
    leaver = verb.head
    if verb.dep_ not in ("ccomp", "xcomp", "oprd", "acomp", "conj") or leaver.lemma_.lower() not in TOLL_VERBS:
        return False
    subject = next((c for c in leaver.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        # "declared a ceasefire after a week of fighting left 50 dead": the parser lost the subject, the noun
        # phrase right before the verb
        subject = next(
            (a for a in (noun, *noun.ancestors) if a.pos_ in ("NOUN", "PROPN") and a.right_edge.i == leaver.i - 1),
            None,
        )
    return subject is not None and subject.left_edge.i <= noun.i <= subject.right_edge.i


def without_doubles(matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """One PLOVER event per fact when a speech act wraps its content.

    - "India promised to work with Bangladesh": the promise (AGREE) says it all; the planned cooperation would
      count the same AGREE twice. "Bangladesh agrees to remove restrictions": a future concession stays CONCEDE
      (PLOVER manual), so the promise gives way to it; "Yemen agrees to withdraw": announcing a retreat is a
      concession (manual, CONCEDE), so the promise is coded CONCEDE and the withdrawal stays a planned RETREAT.
    - "Iran threatened to close the strait", "the UN urged Israel to withdraw": the threat and the request are
      the events; PLOVER codes what is threatened or asked as their mode, not as a second, hypothetical event.
      A refusal keeps its content: "refused to meet" is also a meeting that did not happen.
    - "travelled to Kabul to hold talks", "sent troops to reinforce the border": an act and its purpose of the
      same category are one event.
    """
    dropped: set[int] = set()
    recoded: dict[int, str] = {}
    threatened: dict[int, str | None] = {}  # a threat's mode, from what it threatens
    done: dict[int, Token] = {}  # the agreement that made each match done
    wrappers = [m for m in matches if m.entry.type in WRAPPERS and m.token.pos_ in ("VERB", "NOUN")]
    for wrapper in wrappers:
        forceful = False
        if _decided(wrapper, matches):
            dropped.add(id(wrapper))
            continue
        for other in matches:
            if other is wrapper or other.entry.type in WRAPPERS or not _governs(wrapper.token, other.token):
                continue
            if wrapper.entry.needs_force:
                if CATEGORIES[other.entry.type][1] != "material_conflict":
                    continue  # "raised the possibility of talks": floated, no threat
                forceful = True
            if wrapper.entry.type == "AGREE":
                if other.entry.agreement_is_act:
                    dropped.add(id(wrapper))  # "agreed to forgive the debt": the forgiveness (AID), done
                    if factuality.assess(wrapper.token).value == "asserted":  # not "refused to agree to …"
                        done[id(other)] = wrapper.token
                elif other.entry.type in PLANNED_AS_AGREE:
                    dropped.add(id(other))
                elif other.entry.type == "CONCEDE":
                    dropped.add(id(wrapper))
                elif other.entry.type == "RETREAT" and factuality.assess(wrapper.token).value != "negated":
                    recoded[id(wrapper)] = "CONCEDE"  # the promised withdrawal is the concession's content
                    dropped.add(id(other))
                elif CATEGORIES[other.entry.type][1] == "material_conflict" and _complement_of(
                    wrapper.token, other.token
                ):
                    if any(c.dep_ == "neg" for c in other.token.children):
                        dropped.add(id(wrapper))  # "pledged not to attack": a concession, coded from the act
                        continue
                    if other.entry.type == "MOBILIZE" and not any(
                        conditions(t, factuality.load_cues()) for t in (other.token, wrapper.token)
                    ):
                        dropped.add(id(wrapper))  # "pledged to deploy more police": a planned posture, MOBILIZE
                        continue
                    recoded[id(wrapper)] = "THREATEN"  # "vowed to renew the bombing campaign"
                    threatened[id(wrapper)] = lexicon.threat_mode(other.entry)
                    dropped.add(id(other))
            elif factuality.assess(other.token).value in ("possible", "planned"):
                dropped.add(id(other))
                if wrapper.entry.type == "THREATEN" and wrapper.entry.mode is None:
                    threatened.setdefault(id(wrapper), lexicon.threat_mode(other.entry))
        if wrapper.entry.needs_force and not forceful:
            dropped.add(id(wrapper))
    for match in matches:
        for other in matches:
            if other is not match and other.entry.type == match.entry.type and _purpose_of(match.token, other.token):
                dropped.add(id(other))  # "travelled to Kabul to hold talks": one visit, not two consultations
            if match.entry.type == "PROTEST" and other.entry.type == "REQUEST" and _demand_of(match, other.token):
                # "a strike demanding an end to layoffs", "marched to demand his resignation": a demand made by
                # demonstrating is the protest (PLOVER manual, REQUEST: only verbal demands are requests)
                dropped.add(id(other))
        if any(_setting_of(match, other) for other in matches):
            dropped.add(id(match))  # "made concessions in talks with the rebels": the talks are where it happened
        if match.entry.toll and any(_toll_of(match.token, other.token) for other in matches):
            dropped.add(id(match))  # "were killed in clashes": the toll of that event
    kept = []
    for m in matches:
        key = id(m)  # the match is replaced below: look it up by its original identity
        if key in dropped:
            continue
        if key in recoded:
            kind = recoded[key]
            m = replace(m, entry=replace(m.entry, type=kind, mode=None, cameo=RECODED_CAMEO[kind]))
        if threatened.get(key):
            m = replace(m, entry=replace(m.entry, mode=threatened[key]))
        if key in done and m.token.pos_ == "NOUN" and m.light is None:
            m = replace(m, light=done[key])  # "Germany agreed to debt relief for Greece": the agreement carries it
        kept.append(replace(m, done=True) if key in done else m)
    return kept


def _decided(wrapper: Match, matches: list[Match]) -> bool:
    """ "The rebel leaders ordered a halt to attacks", "the governor ordered a curfew": a verb announcing a decision
    whose direct object is the event noun it carries is the decider's own act (the halt, the curfew), not a
    request to anyone; a request needs someone asked ("ordered the troops to withdraw")."""
    verb = wrapper.token
    if wrapper.entry.type != "REQUEST" or wrapper.entry.objects or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() not in ANNOUNCING:
        return False
    return any(
        m.light is not None and m.light.i == verb.i and m.token.dep_ == "dobj" and m.token.head.i == verb.i
        for m in matches
    )


RECODED_CAMEO = {"CONCEDE": "080", "THREATEN": "130"}
#: verbs whose subject's event leaves the victims in their complement ("the fighting left 200 wounded")
TOLL_VERBS = word_class("toll_verbs")


#: speech acts about another act: promises, threats, requests
WRAPPERS = {"AGREE", "THREATEN", "REQUEST"}


def _who(actor: Actor | None) -> tuple | None:
    return None if actor is None else (actor.name, actor.country, actor.sector)


def _repeats(event: Event, other: Event) -> bool:
    """Whether ``event`` says less of what ``other`` says in the same sentence: the same category and status,
    and every actor it names is ``other``'s in the same role, while ``other`` names one more."""
    if other is event or (other.type, other.factuality) != (event.type, event.factuality):
        return False
    mine, theirs = (_who(event.source), _who(event.target)), (_who(other.source), _who(other.target))
    return mine != theirs and all(m is None or m == t for m, t in zip(mine, theirs, strict=True))


def without_partial_repeats(events: list[Event]) -> list[Event]:
    """One event per fact within a sentence: "gunmen attacked the protesters, killing eight" is one assault by
    the gunmen on the protesters, not that plus an assault by the gunmen on no one. Events with different actors
    in a role stay apart. What only the repeat knew (its date, place, who said so) goes to the fuller event:
    "Armenia and Azerbaijan exchanged prisoners on Thursday, freeing 32 soldiers"."""
    by_sentence: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        by_sentence[event.evidence.start].append(event)
    kept = []
    for event in events:
        neighbours = by_sentence[event.evidence.start]
        if any(_repeats(event, other) for other in neighbours):
            continue
        for repeat in (other for other in neighbours if _repeats(other, event)):
            if event.date is None and repeat.date is not None:
                event = replace(event, date=repeat.date, end_date=repeat.end_date, date_text=repeat.date_text)
            if event.location is None and repeat.location is not None:
                event = replace(event, location=repeat.location)
            if event.attribution is None and repeat.attribution is not None:
                event = replace(event, attribution=repeat.attribution)
        kept.append(event)
    return kept
