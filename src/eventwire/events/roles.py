"""Who acts on whom: the source and target mentions of a trigger, from its verb's arguments or its noun's
modifiers, complements, conditions and purpose clauses, and the participant rules that change an event (crowds,
civilians, political actors).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from spacy.tokens import Token

from eventwire import attribution, factuality
from eventwire.actors.knowledge import NON_STATE
from eventwire.actors.mentions import Mention
from eventwire.events.arguments import (
    actors_at,
    appraised,
    is_passive,
    shared_passive_subject,
    slot_tokens,
    subject_of,
)
from eventwire.events.context import ArticleContext
from eventwire.events.lexicon import role_words
from eventwire.events.triggers import Match

#: categories whose participants meet as equals: a compound subject without a target gives pairs
RECIPROCAL = {"CONSULT", "COOPERATE", "AGREE"}


@dataclass
class Roles:
    sources: list[Mention]
    targets: list[Mention]
    reciprocal: bool = False


def named_actors(token: Token | None, ctx: ArticleContext) -> list[Mention]:
    if token is None:
        return []
    return [m for m in actors_at(token, ctx.mentions) if m.country or m.sector or m.kind == "person"]


def verb_roles(match: Match, ctx: ArticleContext, said: attribution.Said | None) -> Roles | None:
    token, entry = match.token, match.entry
    passive = is_passive(token)
    if entry.blame:
        if said is None or said.speaker is None or not _reported_clause(token, said.verb):
            return None
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None) or subject_of(
            token
        )
        return Roles(said.speakers or [said.speaker], named_actors(subject, ctx))
    source_token = subject_of(token)
    if passive and source_token is not None and source_token.head.dep_ != "agent":
        source_token = None if source_token.dep_ == "nsubjpass" else source_token
    elif passive and source_token is not None and not any(c.dep_ == "agent" for c in token.children):
        source_token = None  # "was reported by intelligence agencies to have been killed": they reported it
    sources = named_actors(source_token, ctx)
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
        sources = named_actors(subject_of(token.head.head), ctx)
    targets: list[Mention] = []
    for slot in entry.target:
        found = slot_tokens(match.holders, slot, passive=passive)
        for filler in found:
            targets.extend(named_actors(filler, ctx))
        if targets:
            break
    if passive and not targets and "dobj" not in entry.target:
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        targets = named_actors(subject, ctx)
    if reduced and not targets:
        targets = named_actors(token.head, ctx)
    shared = shared_passive_subject(token) if "dobj" in entry.target else None
    if shared is not None and not targets:
        # "were rounded up and shot": the passive's subject is the victim of both, and no one is named as actor
        targets = named_actors(shared, ctx)
        if source_token is not None and source_token.i == shared.i:
            sources = []
    if not targets and entry.target and not entry.reverse:
        targets = _complement_targets(match, ctx, sources)
    if entry.host and entry.subjects:
        # "Ethiopian peacekeepers arrived in Somalia": Somalia lets them in; no place entered, no access
        host = _host(match, ctx)
        if host is None:
            return None
        return Roles([host], [s for s in sources if not same_actor(s, host)])
    if entry.host and not sources:
        host = _host(match, ctx)
        if host is not None:  # "observers were allowed back into Zimbabwe": Zimbabwe lets them in
            sources = [host]
            targets = [t for t in targets if not same_actor(t, host)]
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
        for mention in named_actors(filler, ctx):
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
        found = [m for m in named_actors(token, ctx) if not (m.country in own and _possessed(m))]
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


def noun_roles(match: Match, ctx: ArticleContext) -> Roles:
    noun, entry = match.token, match.entry
    sources: list[Mention] = []
    between: list[Mention] = []
    for child in noun.children:
        if child.dep_ == "poss":
            sources.extend(named_actors(child, ctx))
        elif child.dep_ in ("amod", "compound", "nmod"):
            inner = ctx.mentions.innermost(child)
            if inner is not None and not inner.start <= noun.i < inner.end:
                # "Israeli strikes" name who strikes; "the Paris attacks" name where
                sources.extend(
                    m for m in named_actors(child, ctx) if not m.start <= noun.i < m.end and m.kind != "location"
                )
        elif child.dep_ == "prep" and (
            child.lower_ == "by" or (child.lower_ == "from" and "from" not in entry.target)
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    sources.extend(named_actors(pobj, ctx))
        elif child.dep_ == "prep" and child.lower_ == "between":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    between.extend(named_actors(pobj, ctx))
    if between:
        return Roles(between, [], reciprocal=True)
    holders = [noun] + ([match.light] if match.light is not None else [])
    targets: list[Mention] = []
    for slot in entry.target:
        for filler in slot_tokens(holders, slot, passive=False):
            targets.extend(named_actors(filler, ctx))
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
        if culprit.lemma_.lower() in role_words("culprits"):
            # "the army was responsible for the torture of an activist", "Peru responsible for torture"
            sources = named_actors(culprit.head if culprit.dep_ == "amod" else subject_of(culprit), ctx)
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        # "a village under military lockdown", "rebel groups operating under a joint command": who is under it
        # undergoes the event, or shares in it when it is mutual
        owner = noun.head.head
        party = owner if owner.pos_ in ("NOUN", "PROPN") else subject_of(owner)
        found = [m for m in named_actors(party, ctx) if all(m is not s for s in sources)]
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
    if (
        carrier is not None
        and carrier.i not in ctx.trigger_tokens
        and carrier.lemma_.lower() in role_words("recipient_carriers")
    ):
        # "Trump has received an invitation", "Iraq faced sanctions": the carrier's subject undergoes the event
        if not targets:
            targets = [m for m in named_actors(subject_of(carrier), ctx) if all(m is not s for s in sources)]
    elif carrier is not None and (carrier.i not in ctx.trigger_tokens or _grounds(noun)):
        if not sources:
            sources = named_actors(subject_of(carrier), ctx)
        if not targets and noun.dep_ == "pobj":  # "jailed 52 members on allegations of treason", "hit by"
            patients = [c for c in carrier.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
            if carrier.dep_ == "acl" and carrier.tag_ == "VBN":
                patients.append(carrier.head)  # "a news site hit by a cyber attack": the site is hit
            targets = _first_actors(patients, ctx)
    if entry.host and not sources:
        host = _host(match, ctx)
        if host is not None:  # "humanitarian access to Darfur": Sudan lets aid in
            sources = [host]
            targets = [t for t in targets if not same_actor(t, host)]
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


def place_mention(match: Match, ctx: ArticleContext) -> Mention | None:
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
            for mention in named_actors(filler, ctx):
                if mention.kind in ("location", "country"):
                    return mention
    return None


def purpose_targets(match: Match, ctx: ArticleContext, sources: list[Mention]) -> list[Mention]:
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
    return [m for m in found if all(not same_actor(m, s) for s in sources)]


#: categories of diplomacy: at least one party must be a political actor
POLITICAL_ONLY = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
#: sectors of private life: civilians, refugees, schools, media, business, labour, health, religion, crime
CIVIL_SECTORS = {"CVL", "REF", "EDU", "MED", "BUS", "LAB", "HLH", "REL", "CRM"}


def _grounds(noun: Token) -> bool:
    """ "arrested two journalists on charges of espionage": the charge is the grounds of the arrest."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.lemma_.lower() in role_words("grounds")


def crowd_violence(roles: Roles, lemma: str = "") -> bool:
    """Violence by protesters or a mob, or clashes they take part in ("clashed with protesters"); clashes with
    the police by civilians or by no one named ("clashes with riot police")."""
    mutual = roles.reciprocal or lemma in role_words("mutual")
    sides = roles.sources + (roles.targets if mutual else [])
    if any(m.how == "sector" and m.head.lemma_.lower() in role_words("crowds") for m in sides):
        return True
    return (
        mutual
        and bool(roles.targets)
        and all(t.sector == "COP" for t in roles.targets)
        and all(is_civilian(s) or s.kind in ("location", "country") for s in roles.sources)  # a place: no one named
    )


def is_civilian(mention: Mention) -> bool:
    """Workers, students, professions, residents: people who strike or protest rather than attack (a mob or
    protesters who strike someone riot: see ``crowd_violence``)."""
    return (
        mention.sector in CIVIL_SECTORS
        and mention.sector != "CRM"
        and not (mention.how == "sector" and mention.head.lemma_.lower() in role_words("crowds"))
    )


def is_international(mention: Mention) -> bool:
    """An international or non-governmental body: "the UN", "a human rights group"."""
    return mention.country in NON_STATE or mention.sector in ("NGO", "IGO")


def is_political(mention: Mention) -> bool:
    """A state, an international body, an armed group, a party, or their people in office."""
    if mention.country is None:
        return mention.sector is not None and mention.sector not in CIVIL_SECTORS
    return mention.sector not in CIVIL_SECTORS


def is_statesman(mention: Mention) -> bool:
    """A political actor or a named person, not private people: "tourists", "Malaysians" (a people named by its
    nationality stands for the country's citizens, not its government)."""
    if mention.kind == "person":
        return True
    return is_political(mention) and not (mention.kind == "group" and mention.sector is None)


def actor_pairs(roles: Roles, entry_type: str) -> list[tuple[Mention | None, Mention | None]]:
    sources, targets = roles.sources, roles.targets
    if (roles.reciprocal or (entry_type in RECIPROCAL and not targets)) and len(sources) >= 2:
        return [(a, b) for a, b in combinations(sources, 2) if a.name != b.name or a.country != b.country]
    pairs: list[tuple[Mention | None, Mention | None]] = []
    for source in sources or [None]:
        for target in targets or [None]:
            if source is not None and target is not None and same_actor(source, target):
                target = None
            pairs.append((source, target))
    return pairs


def distinct_pairs(
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


def same_actor(a: Mention, b: Mention) -> bool:
    return a is b or (a.name == b.name and a.country == b.country and a.sector == b.sector)
