"""Who does what to whom, read off the dependency parse: subjects passed down clause chains, argument slots,
coordinated actors and pronouns.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.actors.mentions import Mention, Mentions, resolve_pronoun
from eventwire.events.lexicon import role_words, word_class, word_map
from eventwire.nlp import sentence

SUBJECT_DEPS = ("nsubj", "csubj", "expl")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}
#: word classes described in data/lexicon/grammar.json: "urged Iran to withdraw" (Iran withdraws), "criticised the
#: decision to withdraw" (the critic does not withdraw)
OBJECT_CONTROL = word_class("object_control")
APPRAISING = word_class("appraising")
#: "accused Greece of attacking ships": the object of "accused" is the subject of "attacking"
PREPOSITIONAL_CONTROL = word_map("prepositional_control")
#: how far up a clause chain a subject is looked for
MAX_CLIMB = 6


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The token acting as the subject of ``verb``: its own, or one passed down a clause chain.

    "Kim is seeking … and is likely to meet": the subject of "meet" comes down through "likely", "is" and the
    coordination; "urged Iran to withdraw": the object of "urged"; "Kim, who met …": the noun the relative
    clause modifies.
    """
    token = verb
    _raised = False
    for _ in range(MAX_CLIMB):
        for child in token.children:
            if child.dep_ == "nsubjpass" and token is not verb and _raised and verb.tag_ != "VBN":
                return child  # "Egypt is scheduled to host talks": Egypt hosts (not "were reported killed")
            if child.dep_ in ("nsubj", "csubj"):
                if child.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                    return token.head
                if child.pos_ in (
                    "VERB",
                    "AUX",
                ):  # "The Red Cross operating in Iraq said": a misparsed participle
                    inner = next((c for c in child.children if c.dep_ == "nsubj"), None)
                    return inner if inner is not None else child
                return child
            if child.dep_ == "agent":  # passive: "was attacked by rebels"
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if token.dep_ == "relcl":
            return None if is_passive(token) else token.head
        controller = prepositional_controller(token)
        if controller is not None:
            return controller
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in OBJECT_CONTROL:
            objects = [c for c in token.head.children if c.dep_ in ("dobj", "dative")]
            if objects:
                return objects[0]
        if token.dep_ == "acl":
            noun = token.head
            if token.tag_ == "VBG":  # "demonstrators protesting election results": the noun acts
                return noun
            if token.tag_ in ("VBD", "VBZ", "VBP"):
                # a finite verb read as a modifier ("Doctors from two aid groups donated …"): the whole phrase acts
                while (
                    noun.dep_ == "pobj"
                    and noun.head.dep_ == "prep"
                    and noun.head.head.pos_ in ("NOUN", "PROPN")
                ):
                    noun = noun.head.head
                return noun
            owner = [c for c in noun.children if c.dep_ == "poss"]
            if owner:
                return owner[0]
            if (
                noun.dep_ == "ROOT"
            ):  # a sentence parsed as one noun phrase: "Palestinian youths resorted to …"
                return noun
            if token.tag_ == "VBN":  # "forces backed by Iran": the noun is the patient
                return None
            if appraised(noun):
                return (
                    None  # "criticised the decision to withdraw": whose decision, the text does not say here
                )
            token = noun.head
            if noun.dep_ in SUBJECT_DEPS or token == noun:
                return None
            continue
        if token.dep_ == "conj" and token.head != token:
            shared = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
            if shared is not None:  # "X has been indicted … and will resign": X resigns
                # "four people were shot and killed": a bare participle shares the passive, not an actor
                return None if token is verb and verb.tag_ == "VBN" and not _own_auxiliary(verb) else shared
        if token.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acomp", "prep", "dep") and token.head != token:
            _raised = token.dep_ == "xcomp"
            token = token.head
            continue
        break
    return None


def prepositional_controller(token: Token) -> Token | None:
    """The subject a gerund after a controlling verb's preposition takes from that verb: its object ("accused Greece
    of attacking ships"), its passive subject ("Greece was accused of attacking") or the noun a participle describes
    ("a man suspected of killing three people")."""
    if token.dep_ != "pcomp" or token.tag_ != "VBG" or token.head.dep_ != "prep":
        return None
    verb = token.head.head
    if verb.pos_ != "VERB" or PREPOSITIONAL_CONTROL.get(verb.lemma_.lower()) != token.head.lower_:
        return None
    for dep in ("dobj", "nsubjpass"):
        found = next((c for c in verb.children if c.dep_ == dep), None)
        if found is not None:
            return found
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return None


def appraised(noun: Token) -> bool:
    """Whether a noun is what a verb judges ("criticised the decision", "welcomed the plan")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in APPRAISING


def shared_passive_subject(verb: Token) -> Token | None:
    """The passive subject a bare participle shares with the passive verb it is coordinated with: "four people
    were shot and killed" (the people were killed)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or _own_auxiliary(verb) or not is_passive(verb.head):
        return None
    if any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
        return None  # "… and the rebels fled", "… and shot a guard": a clause of its own
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def _own_auxiliary(verb: Token) -> bool:
    """ "… and has resigned": a coordinated verb with an auxiliary of its own is a clause of its own."""
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def small_clause_objects(verb: Token) -> list[Token]:
    """The object of a verb whose complement is a verbless clause: "allowed inspectors back into the country",
    "let aid convoys into Gaza" (the parser makes the noun, or the adverb it goes with, a clausal complement)."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ != "ccomp" or child.pos_ in ("VERB", "AUX"):
            continue
        if child.pos_ in ("NOUN", "PROPN"):
            found.append(child)
        else:
            found.extend(c for c in child.children if c.dep_ == "nsubj")
    return found


def slot_tokens(holders: list[Token], slot: str, *, passive: bool) -> list[Token]:
    """The tokens filling one argument slot ("dobj" or a preposition) on any of ``holders``."""
    found: list[Token] = []
    for holder in holders:
        if slot == "dobj" and not passive and holder.pos_ == "VERB":
            found.extend(small_clause_objects(holder))
        for child in holder.children:
            if slot == "dobj":
                if child.dep_ in ("dobj", "dative") and not passive:
                    found.append(child)
                elif child.dep_ == "nsubjpass" and passive:
                    found.append(child)
            elif child.dep_ in ("prep", "agent") and child.lower_ == slot:
                found.extend(
                    c
                    for c in child.children
                    if c.dep_ in ("pobj", "pcomp")
                    and not (slot == "against" and c.lemma_.lower() in role_words("counsel"))
                )
    return found


def actors_at(token: Token, mentions: Mentions, *, depth: int = 0) -> list[Mention]:
    """The actors a noun phrase headed by ``token`` names, one per coordinated member."""
    found = _own_actors(token, mentions, depth)
    if depth == 0:
        for conj in token.conjuncts:
            if conj.i > token.i or conj.dep_ == "conj" or token.dep_ == "conj":
                found.extend(_own_actors(conj, mentions, depth))
    unique: list[Mention] = []
    for mention in found:
        if all(mention is not seen for seen in unique):
            unique.append(mention)
    return unique


def _own_actors(token: Token, mentions: Mentions, depth: int) -> list[Mention]:
    mention = mentions.at(token)
    if mention is not None:
        split = _split_by_of_phrase(token, mention, mentions)
        return split or [mention]
    if token.pos_ == "PRON" and token.lower_ in FIRST_PERSON_PLURAL:
        speaker = _quoted_speaker(token, mentions)  # "'We captured them,' Trump said": we are the speaker's
        return [speaker] if speaker is not None else []
    if token.pos_ == "PRON":
        if token.dep_ not in ("nsubj", "nsubjpass", "poss") or (token.dep_ == "poss" and depth > 0):
            return []  # "damaging its hull": a pronoun inside an object is too often a thing
        antecedent = resolve_pronoun(token, mentions)
        return [antecedent] if antecedent is not None else []
    if depth >= 2:
        return []
    # "North Korean weapons", "U.S. missile defense", "the leaders of China": actors among the modifiers
    found: list[Mention] = []
    for child in token.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "the demonstration staged by students"
            for agent in (c for c in child.children if c.dep_ == "agent"):
                found.extend(
                    m for p in agent.children if p.dep_ == "pobj" for m in _own_actors(p, mentions, depth + 1)
                )
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < token.i:
            inner = _own_actors(child, mentions, depth + 1)
            if child.dep_ == "compound" and token.tag_ == "NNS":
                inner = [m for m in inner if m.kind != "person"]  # "Assad supporters" are not Assad
            found.extend(inner)
        elif child.dep_ == "prep" and child.lower_ in ("of", "between", "from", "for", "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(actors_at(pobj, mentions, depth=depth + 1))
                    for conj in pobj.conjuncts:
                        found.extend(_own_actors(conj, mentions, depth + 1))
    return [m for m in found if m.country or m.sector]


FIRST_PERSON_PLURAL = {"we", "us", "our", "ours"}


def _quoted_speaker(token: Token, mentions: Mentions) -> Mention | None:
    """The speaker of the sentence a first-person pronoun is quoted in: the subject of its reporting verb."""
    from eventwire.attribution import is_reporting, load_cues  # attribution builds on this module

    cues = load_cues()
    for verb in sentence(token):
        if not is_reporting(verb, cues):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ != "PRON":
            found = actors_at(subject, mentions)
            if found:
                return found[0]
    return None


def _split_by_of_phrase(token: Token, mention: Mention, mentions: Mentions) -> list[Mention]:
    """ "the leaders of China and North Korea", "Indian and Chinese commanders": one actor per country, with
    the sector of the head noun."""
    if mention.how != "sector":
        return []
    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.conjuncts:
            members = []
            for modifier in (child, *child.conjuncts):
                other = mentions.innermost(modifier)
                if other is not None and other.country and other is not mention:
                    members.append(replace(mention, country=other.country))
            if len(members) > 1:
                return members
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            pobjs = [c for c in child.children if c.dep_ == "pobj"]
            if not pobjs or not pobjs[0].conjuncts:
                return []
            members = []
            for pobj in (pobjs[0], *pobjs[0].conjuncts):
                other = mentions.at(pobj)
                if other is not None and other.country:
                    members.append(replace(mention, country=other.country, start=other.start, end=other.end))
            return members if len(members) > 1 else []
    return []
