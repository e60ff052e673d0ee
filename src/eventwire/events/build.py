"""From triggers to events: arguments, compound actors, factuality, date, place and attribution.

This is where the spaCy objects end: :func:`build_events` returns the project's own frozen dataclasses. Which
triggers and events are one fact told twice is decided in :mod:`eventwire.events.doubles`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from itertools import combinations

from spacy.tokens import Doc, Span, Token

from eventwire import attribution, factuality
from eventwire.actors.knowledge import NON_STATE, KnowledgeBase
from eventwire.actors.mentions import Mention, Mentions
from eventwire.events.arguments import (
    actors_at,
    appraised,
    is_passive,
    shared_passive_subject,
    slot_tokens,
    subject_of,
)
from eventwire.events.doubles import without_doubles, without_partial_repeats
from eventwire.events.lexicon import Lexicon, read_data
from eventwire.events.speech import ANNOUNCING, Coding, demands, intent
from eventwire.events.triggers import LIGHT_VERBS, Match, culprit_words, find_triggers
from eventwire.location import place_of
from eventwire.models import Actor, Attribution, Event, Evidence, Location
from eventwire.nlp import sentence
from eventwire.timex import Timex, resolve

#: categories whose participants meet as equals: a compound subject without a target gives pairs
RECIPROCAL = {"CONSULT", "COOPERATE", "AGREE"}


def to_actor(mention: Mention, text: str) -> Actor:
    """The actor of a mention, its words cut from ``text`` (the article text, not the parser's copy)."""
    return Actor(
        text=text[mention.start_char : mention.end_char],
        name=mention.name,
        country=mention.country,
        sector=mention.sector,
        kind=mention.kind,
        start=mention.start_char,
        end=mention.end_char,
    )


@dataclass
class ArticleContext:
    """What building events needs to know about one article."""

    article_id: str
    #: the article text; ``doc`` may be parsed from a copy that differs in letter case only
    text: str
    doc: Doc
    mentions: Mentions
    kb: KnowledgeBase
    lexicon: Lexicon
    published: date | None
    timexes: list[tuple[Timex, Token]] = field(default_factory=list)
    participants: dict[str, list[Mention]] = field(default_factory=dict)
    trigger_tokens: set[int] = field(default_factory=set)
    salience: Counter = field(default_factory=Counter)


@dataclass
class Roles:
    sources: list[Mention]
    targets: list[Mention]
    reciprocal: bool = False


def _sentence_bounds(sent: Span) -> tuple[int, int]:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text.rstrip())
    return start, end


def _actors(token: Token | None, ctx: ArticleContext) -> list[Mention]:
    if token is None:
        return []
    return [m for m in actors_at(token, ctx.mentions) if m.country or m.sector or m.kind == "person"]


def _verb_roles(match: Match, ctx: ArticleContext, said: attribution.Said | None) -> Roles | None:
    token, entry = match.token, match.entry
    passive = is_passive(token)
    if entry.blame:
        if said is None or said.speaker is None or not _reported_clause(token, said.verb):
            return None
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None) or subject_of(
            token
        )
        return Roles(said.speakers or [said.speaker], _actors(subject, ctx))
    source_token = subject_of(token)
    if passive and source_token is not None and source_token.head.dep_ != "agent":
        source_token = None if source_token.dep_ == "nsubjpass" else source_token
    elif passive and source_token is not None and not any(c.dep_ == "agent" for c in token.children):
        source_token = None  # "was reported by intelligence agencies to have been killed": they reported it
    sources = _actors(source_token, ctx)
    # a headline that is one noun phrase with a participle and no object is a reduced passive: "Dozens killed in
    # air strike", "Nationwide curfew imposed": the noun is what the act is done to, not who does it
    reduced = (
        token.dep_ == "acl"
        and (token.tag_ == "VBN" or (token.tag_ == "VBD" and entry.toll))  # "Dozens killed" is tagged either way
        and token.head.dep_ == "ROOT"
        and "dobj" in entry.target
        and not any(c.dep_ in ("dobj", "agent") for c in token.children)
    )
    if reduced:
        sources = []
    if (
        not sources
        and token.dep_ == "acl"
        and token.tag_ != "VBN"  # "withdraw the troops stationed in Syria": who stationed them is not said
        and token.head.head.pos_ in ("VERB", "AUX")
        and not appraised(token.head)
    ):
        # "the PKK issued a declaration demanding …": the declaration's issuer demands
        sources = _actors(subject_of(token.head.head), ctx)
    targets: list[Mention] = []
    for slot in entry.target:
        found = slot_tokens(match.holders, slot, passive=passive)
        for filler in found:
            targets.extend(_actors(filler, ctx))
        if targets:
            break
    if passive and not targets and "dobj" not in entry.target:
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        targets = _actors(subject, ctx)
    if reduced and not targets:
        targets = _actors(token.head, ctx)
    shared = shared_passive_subject(token) if "dobj" in entry.target else None
    if shared is not None and not targets:
        # "were rounded up and shot": the passive's subject is the victim of both, and no one is named as actor
        targets = _actors(shared, ctx)
        if source_token is not None and source_token.i == shared.i:
            sources = []
    if not targets and entry.target and not entry.reverse:
        targets = _complement_targets(match, ctx, sources)
    if entry.host and entry.subjects:
        # "Ethiopian peacekeepers arrived in Somalia": Somalia lets them in; no place entered, no access
        host = _host(match, ctx)
        if host is None:
            return None
        return Roles([host], [s for s in sources if not _same(s, host)])
    if entry.host and not sources:
        host = _host(match, ctx)
        if host is not None:  # "observers were allowed back into Zimbabwe": Zimbabwe lets them in
            sources = [host]
            targets = [t for t in targets if not _same(t, host)]
    if entry.reverse:
        sources, targets = targets, sources
    return Roles(sources, targets)


#: links by which a clause is what a reporting verb reports, or part of it ("said Seoul was trying to stoke tensions")
CLAUSAL = ("ccomp", "conj", "xcomp", "advcl", "dep", "parataxis")


def _reported_clause(token: Token, verb: Token | None) -> bool:
    """Whether ``token`` heads (a part of) the clause ``verb`` reports, not a word deeper in it: in "the UN
    reported that Honduras detained people suspected of violating regulations" the people are not accused by the
    UN, in "Russia claimed Seoul has contributed to tensions" Seoul is."""
    if verb is None:
        return True  # "according to X": no reporting verb to reach
    for _ in range(attribution.MAX_CLIMB):
        if token.i == verb.i:
            return True
        if token.dep_ not in CLAUSAL or token.head == token:
            return False
        token = token.head
    return False


def _host(match: Match, ctx: ArticleContext) -> Mention | None:
    """The country or place a party is let into, named after one of the entry's ``host`` prepositions on the
    verb, its object or an adverb of direction ("allowed back into Zimbabwe")."""
    holders = list(match.holders)
    holders += [c for h in match.holders for c in h.children if c.dep_ in ("advmod", "ccomp") and c.pos_ != "VERB"]
    for filler in (f for prep in match.entry.host for f in slot_tokens(holders, prep, passive=False)):
        for mention in _actors(filler, ctx):
            if mention.kind in ("location", "country"):
                return mention
    return None


#: prepositions that introduce the party an act is directed at, inside a complement or an object phrase
DIRECTED = ("with", "to", "against", "on", "from", "at", "for", "by", "over", "toward", "towards")


def _first_actors(
    candidates: list[Token], ctx: ArticleContext, sources: list[Mention] | None = None
) -> list[Mention]:
    """The actors of the first candidate that names any, skipping the acting party's own ("its troops")."""
    own = {s.country for s in sources or () if s.country}
    for token in candidates:
        found = [m for m in _actors(token, ctx) if not (m.country in own and _possessed(m))]
        if found:
            return found
    return []


def _directed(holder: Token, preps: tuple[str, ...] = DIRECTED) -> list[Token]:
    """Fillers of the prepositions on ``holder`` that point at a recipient, in the order of ``preps``."""
    return [filler for prep in preps for filler in slot_tokens([holder], prep, passive=False)]


def _condition_subjects(holder: Token) -> list[Token]:
    """ "… unless Baghdad accepted its conditions": whoever the condition is laid on."""
    found = []
    for child in holder.children:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children
        ):
            found.extend(c for c in child.children if c.dep_ == "nsubj")  # not "if its interests were hit"
    return found


def _possessed(mention: Mention) -> bool:
    """ "its troops", "their fighters": a group marked as the speaker's own by a possessive pronoun."""
    return mention.doc[mention.start].tag_ == "PRP$"


def _complement_targets(match: Match, ctx: ArticleContext, sources: list[Mention]) -> list[Mention]:
    """A speech act aimed at whoever its content is about: "demanded that the US cancel plans" (the US),
    "threatened to break relations with Russia" (Russia), "rejected calls by Belarus" (Belarus), "threatened to
    stop talks if the United States goes ahead" (the United States)."""
    token = match.token
    candidates: list[Token] = []
    # "reiterated its demand that Israel ease restrictions": the clause may hang on the verb carrying the noun
    heads = [token] + ([match.light] if match.light is not None and token.pos_ in ("NOUN", "PROPN") else [])
    for child in (c for head in heads for c in head.children):
        if child.dep_ == "acl" and child.tag_ == "VBG" and token.pos_ in ("NOUN", "PROPN"):
            # "sanctions targeting six senior officials"
            candidates.extend(c for c in child.children if c.dep_ in ("dobj", "dative"))
        elif child.dep_ in ("ccomp", "acl") and child.pos_ in ("VERB", "AUX"):
            candidates.extend(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))
    # "threatened to arrest and beat demonstrators": the object may be shared by a coordinated verb
    complements = [child for child in token.children if child.dep_ == "xcomp"]
    complements += [c for child in complements for c in child.conjuncts if c.pos_ == "VERB"]
    for child in complements:
        objects = [c for c in child.children if c.dep_ in ("dobj", "dative")]
        candidates.extend(objects)
        candidates.extend(_directed(child))
        for obj in objects:
            candidates.extend(_directed(obj))
        candidates.extend(_condition_subjects(child))
    candidates.extend(_condition_subjects(token))
    objects = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    if match.obj is not None:
        objects.append(match.obj)
    if token.pos_ in ("NOUN", "PROPN"):  # "a suspension of air links with Serbia"
        objects.extend(c for p in token.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj")
    for obj in objects:
        candidates.extend(_directed(obj, (*DIRECTED, "of")))
        # "sent a convoy of trucks carrying food to the Gaza Strip": a destination deeper in the object
        for node in obj.subtree:
            if (
                node.dep_ == "prep"
                and node.lower_ in ("to", "into")
                and node.head.dep_ in ("acl", "relcl", "pobj")
            ):
                candidates.extend(c for c in node.children if c.dep_ == "pobj")
    # "mobilized reservists for a possible war against Iraq"; "declined to resign despite pressure by X"
    for node in token.subtree:
        if node.dep_ == "prep" and node.lower_ == "against" and node.head != token:
            candidates.extend(c for c in node.children if c.dep_ == "pobj")
    if match.entry.type == "REJECT" or token.lemma_.lower() in factuality.load_cues().negating_governors:
        for node in token.subtree:
            if node.dep_ == "prep" and node.lower_ == "despite":
                candidates.extend(c for pobj in node.children if pobj.dep_ == "pobj" for c in pobj.subtree)
    return _first_actors(candidates, ctx, sources)


#: categories whose noun, as the subject of a verb of place, names a meeting: the place is its venue, not a party
VENUE_TYPES = {"CONSULT"}


def _noun_roles(match: Match, ctx: ArticleContext) -> Roles:
    noun, entry = match.token, match.entry
    sources: list[Mention] = []
    between: list[Mention] = []
    for child in noun.children:
        if child.dep_ == "poss":
            sources.extend(_actors(child, ctx))
        elif child.dep_ in ("amod", "compound", "nmod"):
            inner = ctx.mentions.innermost(child)
            if inner is not None and not inner.start <= noun.i < inner.end:
                # "Israeli strikes" name who strikes; "the Paris attacks" name where
                sources.extend(
                    m for m in _actors(child, ctx) if not m.start <= noun.i < m.end and m.kind != "location"
                )
        elif child.dep_ == "prep" and (
            child.lower_ == "by" or (child.lower_ == "from" and "from" not in entry.target)
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    sources.extend(_actors(pobj, ctx))
        elif child.dep_ == "prep" and child.lower_ == "between":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    between.extend(_actors(pobj, ctx))
    if between:
        return Roles(between, [], reciprocal=True)
    holders = [noun] + ([match.light] if match.light is not None else [])
    targets: list[Mention] = []
    for slot in entry.target:
        for filler in slot_tokens(holders, slot, passive=False):
            targets.extend(_actors(filler, ctx))
        if targets:
            break
    if not targets and entry.target:
        targets = _complement_targets(match, ctx, sources)
    targets = [t for t in targets if all(t is not s for s in sources)]
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head  # "responsible for the torture and killing of …"
    if not sources and first.dep_ == "pobj" and first.head.lower_ == "for":
        culprit = first.head.head
        if culprit.lemma_.lower() in culprit_words():
            # "the army was responsible for the torture of an activist", "Peru responsible for torture"
            sources = _actors(culprit.head if culprit.dep_ == "amod" else subject_of(culprit), ctx)
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        # "a village under military lockdown", "rebel groups operating under a joint command": who is under it
        # undergoes the event, or shares in it when it is mutual
        owner = noun.head.head
        party = owner if owner.pos_ in ("NOUN", "PROPN") else subject_of(owner)
        found = [m for m in _actors(party, ctx) if all(m is not s for s in sources)]
        if entry.type in RECIPROCAL and not sources:
            sources = found
        elif not targets:
            targets = found
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
        # "aid arrived in Armenia from Russia": the verb of arrival holds giver and receiver
        verb = noun.head
        if not sources:
            sources = _first_actors(_directed(verb, ("from",)), ctx)
        if not targets and entry.type not in VENUE_TYPES:
            # but "talks began in Geneva", "the summit moved to Paris": where a meeting happens is its venue
            targets = _first_actors(_directed(verb, ("to", "in", "into")), ctx)
    carrier = match.light
    if carrier is not None and carrier.i not in ctx.trigger_tokens and carrier.lemma_.lower() in _recipients():
        # "Trump has received an invitation", "Iraq faced sanctions": the carrier's subject undergoes the event
        if not targets:
            targets = [m for m in _actors(subject_of(carrier), ctx) if all(m is not s for s in sources)]
    elif carrier is not None and (carrier.i not in ctx.trigger_tokens or _grounds(noun)):
        if not sources:
            sources = _actors(subject_of(carrier), ctx)
        if not targets and noun.dep_ == "pobj":  # "jailed 52 members on allegations of treason", "hit by"
            patients = [c for c in carrier.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
            if carrier.dep_ == "acl" and carrier.tag_ == "VBN":
                patients.append(carrier.head)  # "a news site hit by a cyber attack": the site is hit
            targets = _first_actors(patients, ctx)
    if entry.host and not sources:
        host = _host(match, ctx)
        if host is not None:  # "humanitarian access to Darfur": Sudan lets aid in
            sources = [host]
            targets = [t for t in targets if not _same(t, host)]
    if not sources and targets:
        sources = _antecedent_source(match, ctx, targets)
    return Roles(sources, targets)


def _antecedent_source(match: Match, ctx: ArticleContext, targets: list[Mention]) -> list[Mention]:
    """ "The summit … precedes planned summits with South Korea": whoever took part in the summit the clause
    is about (an earlier event of the same kind) and is most talked about in the article."""
    subject = subject_of(match.token.head)
    if subject is None or subject == match.token:
        return []
    if not any(t.type == match.entry.type for t in ctx.lexicon.noun_entries(subject.lemma_.lower())):
        return []
    earlier = ctx.participants.get(match.entry.type, [])
    target_countries = {t.country for t in targets}
    candidates = [m for m in earlier if m.country not in target_countries]
    if not candidates:
        return []
    best = max(candidates, key=lambda m: ctx.salience[m.country])
    return [best]


#: categories that happen somewhere: without a named recipient, the place's country is the one acted on
MATERIAL = {"AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "CONCEDE"}
PLACE_PREPS = ("in", "at", "near", "inside", "outside", "across")


def _place_mention(match: Match, ctx: ArticleContext) -> Mention | None:
    """The actor standing for where the event happened: "lifted a curfew in Montenegro", "a bombing near
    Samarra killed …", "fired shells at targets in Jericho", "blocked roads in the capital city of Algiers"."""
    holders = (
        [match.token]
        + ([match.light] if match.light is not None else [])
        + ([match.obj] if match.obj is not None else [])
    )
    if match.token.pos_ in ("NOUN", "PROPN") and match.token.head.pos_ in ("VERB", "AUX"):
        holders.append(match.token.head)
    if match.token.pos_ in ("NOUN", "PROPN"):  # "mass deportations reported in Chile"
        holders.extend(c for c in match.token.children if c.dep_ == "acl" and c.tag_ == "VBN")
    verb = match.token.head.head if match.token.head.dep_ == "agent" else match.token.head
    if match.token.pos_ == "NOUN" and (match.token.dep_ == "nsubj" or match.token.head.dep_ == "agent"):
        # "a cyber attack crippled a power plant in Syria", "systems in Nauru were knocked out by an attack":
        # what the event did names where it happened
        holders.extend(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
    for child in match.token.children:  # the subject and objects of the trigger hold places too
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.pos_ in ("NOUN", "PROPN"):
            holders.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("at", "on", "against"):
            holders.extend(c for c in child.children if c.dep_ == "pobj")
    for holder in holders:
        for filler in _directed(holder, PLACE_PREPS):
            for mention in _actors(filler, ctx):
                if mention.kind in ("location", "country"):
                    return mention
    return None


def _purpose_targets(match: Match, ctx: ArticleContext, sources: list[Mention]) -> list[Mention]:
    """Whom a protest or a use of force is aimed at, from its purpose: "a hunger strike to protest against
    Sweden's decision", "opened fire to disperse demonstrators", "in defiance of Chinese authorities"."""
    holders = [match.token] + ([match.light] if match.light is not None else [])
    candidates: list[Token] = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("advcl", "xcomp") and child.pos_ == "VERB":
                candidates.extend(c for c in child.children if c.dep_ in ("dobj", "dative"))
                candidates.extend(_directed(child, ("against", "at", "over", "for", "to", "of")))
                for obj in [c for c in child.children if c.dep_ == "dobj"]:
                    candidates.extend(_directed(obj, ("of", "by", "for", "against")))
            elif child.dep_ == "prep" and child.lower_ in ("in", "against", "over"):
                for pobj in slot_tokens([holder], child.lower_, passive=False):  # not "against the advice of"
                    if child.lower_ != "in" or pobj.lemma_.lower() in (
                        "protest",
                        "defiance",
                        "response",
                        "solidarity",
                    ):
                        candidates.extend(_directed(pobj, ("of", "against", "at", "over", "to")))
                        if child.lower_ != "in":
                            candidates.append(pobj)
    found = _first_actors(candidates, ctx)
    return [m for m in found if all(not _same(m, s) for s in sources)]


#: categories of diplomacy: at least one party must be a political actor
POLITICAL_ONLY = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
#: sectors of private life: civilians, refugees, schools, media, business, labour, health, religion, crime
CIVIL_SECTORS = {"CVL", "REF", "EDU", "MED", "BUS", "LAB", "HLH", "REL", "CRM"}


@cache
def _crowds() -> frozenset[str]:
    return frozenset(read_data("roles.json")["crowds"])


@cache
def _mutual() -> frozenset[str]:
    return frozenset(read_data("roles.json")["mutual"])


@cache
def _recipients() -> frozenset[str]:
    return frozenset(read_data("roles.json")["recipient_carriers"])


@cache
def _ground_words() -> frozenset[str]:
    return frozenset(read_data("roles.json")["grounds"])


def _grounds(noun: Token) -> bool:
    """ "arrested two journalists on charges of espionage": the charge is the grounds of the arrest."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.lemma_.lower() in _ground_words()


def _crowd_violence(roles: Roles, lemma: str = "") -> bool:
    """Violence by protesters or a mob, or clashes they take part in ("clashed with protesters"); clashes with
    the police by civilians or by no one named ("clashes with riot police")."""
    mutual = roles.reciprocal or lemma in _mutual()
    sides = roles.sources + (roles.targets if mutual else [])
    if any(m.how == "sector" and m.head.lemma_.lower() in _crowds() for m in sides):
        return True
    return (
        mutual
        and bool(roles.targets)
        and all(t.sector == "COP" for t in roles.targets)
        and all(_civilian(s) or s.kind in ("location", "country") for s in roles.sources)  # a place: no one named
    )


def _civilian(mention: Mention) -> bool:
    """Workers, students, professions, residents: people who strike or protest rather than attack (a mob or
    protesters who strike someone riot: see ``_crowd_violence``)."""
    return (
        mention.sector in CIVIL_SECTORS
        and mention.sector != "CRM"
        and not (mention.how == "sector" and mention.head.lemma_.lower() in _crowds())
    )


def _international(mention: Mention) -> bool:
    """An international or non-governmental body: "the UN", "a human rights group"."""
    return mention.country in NON_STATE or mention.sector in ("NGO", "IGO")


def _political(mention: Mention) -> bool:
    """A state, an international body, an armed group, a party, or their people in office."""
    if mention.country is None:
        return mention.sector is not None and mention.sector not in CIVIL_SECTORS
    return mention.sector not in CIVIL_SECTORS


def _statesman(mention: Mention) -> bool:
    """A political actor or a named person, not private people: "tourists", "Malaysians" (a people named by its
    nationality stands for the country's citizens, not its government)."""
    if mention.kind == "person":
        return True
    return _political(mention) and not (mention.kind == "group" and mention.sector is None)


def _pairs(roles: Roles, entry_type: str) -> list[tuple[Mention | None, Mention | None]]:
    sources, targets = roles.sources, roles.targets
    if (roles.reciprocal or (entry_type in RECIPROCAL and not targets)) and len(sources) >= 2:
        return [(a, b) for a, b in combinations(sources, 2) if a.name != b.name or a.country != b.country]
    pairs: list[tuple[Mention | None, Mention | None]] = []
    for source in sources or [None]:
        for target in targets or [None]:
            if source is not None and target is not None and _same(source, target):
                target = None
            pairs.append((source, target))
    return pairs


def _distinct_pairs(
    pairs: list[tuple[Mention | None, Mention | None]],
) -> list[tuple[Mention | None, Mention | None]]:
    """One pair per (source code, target code): "the Syrian province of Idlib" names Syria once, not twice."""
    seen: set[tuple] = set()
    kept = []
    for source, target in pairs:
        key = tuple((m.country, m.sector) if m is not None else None for m in (source, target))
        if key not in seen:
            seen.add(key)
            kept.append((source, target))
    return kept


def _same(a: Mention, b: Mention) -> bool:
    return a is b or (a.name == b.name and a.country == b.country and a.sector == b.sector)


def _event_date(
    match: Match, ctx: ArticleContext, future: bool
) -> tuple[date | None, date | None, str | None]:
    if ctx.published is None:
        return None, None, None
    anchors = {match.token.i}
    if match.token.pos_ in ("NOUN", "PROPN"):
        anchors.add(match.token.head.i)
        if match.light is not None:
            anchors.add(match.light.i)
    for timex, root in ctx.timexes:
        if sentence(root) != sentence(match.token):
            continue
        if _governing_clause(root, anchors) is not None:
            resolved = resolve(timex, ctx.published, future=future)
            if resolved is not None:
                return resolved.value, resolved.end, timex.text
    return None, None, None


def _governing_clause(token: Token, anchors: set[int]) -> Token | None:
    """The anchor (trigger, or the verb carrying a noun trigger) whose clause holds a time expression, if any:
    climbing from the expression, a verb with a subject of its own ends the search ("Jordan sent a convoy
    carrying food on Tuesday" dates the sending; "X, who met Y on Monday, said" dates the meeting)."""
    node = token
    for _ in range(8):
        if node.i in anchors:
            return node
        if (
            node is not token
            and node.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children)
        ):
            return None
        if node.head == node:
            return None
        node = node.head
    return None


def _trigger_text(match: Match, text: str, cue: Token | None = None) -> tuple[str, int, int]:
    """The trigger words and the word that set the factuality, if any ("expressed support", "working … with",
    "no … summit", "likely … meet"), and the offsets they span."""
    words = (
        match.particle,
        match.obj,
        cue if cue is not None and sentence(cue) == sentence(match.token) else None,
    )
    tokens = sorted({match.token, *(t for t in words if t is not None)}, key=lambda t: t.i)
    words = [text[t.idx : t.idx + len(t.text)] for t in tokens]
    parts = [words[0]]
    for before, token, word in zip(tokens, tokens[1:], words[1:], strict=False):
        parts.append(word if token.i == before.i + 1 else f"… {word}")
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return " ".join(parts), start, end


def _confidence(source: Mention | None, target: Mention | None, weight: float, *, nominal: bool) -> float:
    """A rough score: the trigger's weight, whether both parties were found, a verb rather than a noun."""
    score = 0.55 * weight + (0.2 if source is not None else 0.0) + (0.15 if target is not None else 0.0)
    score += 0.0 if nominal else 0.1
    return round(min(score, 1.0), 2)


def _event_id(article_id: str, at: int, source: Mention | None, target: Mention | None, kind: str) -> str:
    """Deterministic: the same article coded again gives the same ids."""
    key = f"{article_id}|{at}|{kind}|{source.start_char if source else ''}|{target.start_char if target else ''}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class _Collector:
    """Events of one article as they are built, without duplicates."""

    ctx: ArticleContext
    events: list[Event] = field(default_factory=list)
    seen: set[tuple] = field(default_factory=set)

    def add(
        self,
        coding: Coding,
        pairs: list[tuple[Mention | None, Mention | None]],
        sent: Span,
        *,
        when: tuple[date | None, date | None, str | None] = (None, None, None),
        location: Location | None = None,
        attributed: Attribution | None = None,
        nominal: bool = False,
    ) -> None:
        start, end = _sentence_bounds(sent)
        evidence = Evidence(self.ctx.text[start:end], start, end, *coding.trigger)
        for source, target in pairs:
            if source is None and target is None:
                continue
            key = (sent.start, coding.type, _identity(source), _identity(target))
            if key in self.seen:
                continue
            self.seen.add(key)
            self.events.append(
                Event(
                    id=_event_id(self.ctx.article_id, coding.trigger[1], source, target, coding.type),
                    type=coding.type,
                    mode=coding.mode,
                    cameo_code=coding.cameo,
                    source=to_actor(source, self.ctx.text) if source else None,
                    target=to_actor(target, self.ctx.text) if target else None,
                    factuality=coding.factuality,
                    evidence=evidence,
                    date=when[0],
                    end_date=when[1],
                    date_text=when[2],
                    location=location,
                    attribution=attributed,
                    confidence=_confidence(source, target, coding.weight, nominal=nominal),
                )
            )


def build_events(ctx: ArticleContext) -> list[Event]:
    """Every event in the article, in text order."""
    collector = _Collector(ctx)
    ctx.salience.update(m.country for m in ctx.mentions if m.country)
    matches = without_doubles(find_triggers(ctx.doc, ctx.lexicon, ctx.mentions), ctx.lexicon)
    triggers = {m.token.i for m in matches}
    ctx.trigger_tokens = {m.token.i for m in matches if m.token.pos_ == "VERB"}
    for match in matches:
        said = attribution.attribute(match.token, ctx.mentions)
        roles = _verb_roles(match, ctx, said) if match.entry.pos == "VERB" else _noun_roles(match, ctx)
        if roles is None:
            continue
        if not roles.targets and match.entry.type in ("PROTEST", "ASSAULT", "COERCE", "MOBILIZE"):
            roles.targets = _purpose_targets(match, ctx, roles.sources)
        if not roles.targets and match.entry.type in MATERIAL:
            place = _place_mention(match, ctx)
            if place is not None:
                roles.targets = [place]
        if not roles.sources and roles.targets and match.entry.type in ("ASSAULT", "COERCE"):
            # "a roadside bombing near Samarra killed a U.S. soldier": unknown attackers in a place
            place = _place_mention(match, ctx)
            if place is not None and all(place is not t for t in roles.targets):
                roles.sources = [place]
        if not (roles.sources or roles.targets) or (match.entry.requires_target and not roles.targets):
            continue
        if (
            match.entry.type in POLITICAL_ONLY
            and not match.entry.any_actor
            and not any(_political(m) for m in roles.sources + roles.targets)
        ):
            continue  # "residents discuss", "citizens travelled to Syria": not diplomacy
        if match.entry.political_source and roles.sources and not any(_statesman(m) for m in roles.sources):
            continue  # "more Malaysians visit Singapore", "his family travelled to Luanda": not a visit
        if roles.reciprocal or len(roles.sources) + len(roles.targets) >= 2:
            ctx.participants[match.entry.type] = roles.sources + roles.targets
        light = match.light if match.light is not None and match.light.lemma_.lower() in LIGHT_VERBS else None
        obj = match.obj if match.entry.pos == "VERB" and match.entry.objects else None
        fact = factuality.assess(match.token, reported=said is not None, carrier=light, obj=obj)
        if match.done:
            fact = factuality.Factuality("asserted")
        entry = match.entry
        kind, mode, cameo = entry.type, entry.mode, entry.cameo
        if entry.if_organization and (
            (roles.targets and all(t.country in NON_STATE for t in roles.targets))
            or (roles.sources and all(_international(s) and s.sector != "REB" for s in roles.sources))
        ):
            kind, mode, cameo = entry.if_organization  # leaving a bloc, or a body leaving a country
        elif entry.if_civilian and roles.sources and all(_civilian(s) for s in roles.sources):
            kind, mode, cameo = entry.if_civilian  # "teachers struck": a labour strike, not an attack
        elif entry.if_complement and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in entry.if_complement[0] for c in match.token.children
        ):
            kind, mode, cameo = entry.if_complement[1]  # "ordered troops to withdraw": a pullout, not a deployment
        if mode == "ceasefire" and match.light is not None and match.light.lemma_.lower() in ANNOUNCING:
            # "announced a suspension of attacks", "declared a truce": a declared, not (yet) observed ceasefire
            # is a concession (PLOVER manual, CONCEDE), as the verbs "declare" and "announce" code it. An
            # announced withdrawal may report one already done ("announced they had withdrawn") and stays.
            kind, mode, cameo = "CONCEDE", None, "080"
        if kind == "ASSAULT" and _crowd_violence(roles, entry.lemma):
            # rioters, not an armed force (PLOVER PROTEST 'riot')
            kind, mode, cameo = "PROTEST", "riot", "145"
        cue = fact.cue if fact.value != "asserted" else None
        codings = [Coding(kind, mode, cameo, fact.value, _trigger_text(match, ctx.text, cue), entry.weight)]
        stated = intent(match, fact, said, roles.sources, triggers, threat_mode=ctx.lexicon.threat_mode(entry))
        if stated is not None and stated.type == "THREATEN":
            stated = replace(stated, mode=ctx.lexicon.threat_mode(entry))  # "will attack": violence
        if stated is not None and stated.type == "CONCEDE" and fact.value == "negated":
            codings.append(stated)  # "will not attack": the promise, beside the attack that will not happen
        elif stated is not None and stated.type in ("THREATEN", "CONCEDE"):
            # "vowed to attack": the threat is the event, the attack its content; "announced it will withdraw"
            # is a concession whose content is the withdrawal (PLOVER manual)
            codings = [stated]
        elif stated is not None:
            codings.append(stated)
        when = _event_date(match, ctx, fact.value == "planned")
        place = place_of(match.token, ctx.kb)
        location = (
            Location(place[0], place[1].name, place[1].country, place[1].lat, place[1].lon) if place else None
        )
        attributed = None
        if said is not None:
            speaker = to_actor(said.speaker, ctx.text) if said.speaker else None
            attributed = Attribution(speaker, said.cue, tuple(attribution.channel_name(m) for m in said.via))
        pairs = _distinct_pairs(_pairs(roles, entry.type))
        for coding in codings:
            collector.add(
                coding,
                pairs,
                sentence(match.token),
                when=when,
                location=location,
                attributed=attributed,
                nominal=match.token.pos_ != "VERB",
            )
    for demand in demands(ctx.doc, ctx.mentions):
        addressees = [m for m in _actors(demand.addressee, ctx) if not _same(m, demand.speaker)]
        coding = Coding("REQUEST", None, "100", "asserted", demand.trigger, 0.7)
        collector.add(coding, [(demand.speaker, a) for a in addressees], sentence(demand.verb))
    collector.events.sort(key=lambda e: (e.evidence.start, e.evidence.trigger_start))
    return without_partial_repeats(collector.events)


def _identity(mention: Mention | None) -> tuple | None:
    if mention is None:
        return None
    return (mention.name, mention.country, mention.sector)
