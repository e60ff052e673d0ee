"""Event triggers: words of the lexicon found in the parse, with the particle, object or modifier they need.

A verb triggers when its lemma is in the lexicon and what the entry requires is there ("call for", "express
support", "open fire"). A noun triggers when it is an event noun with someone taking part: the object of a
light verb ("held talks", "launched an attack"), a noun with its own participants ("Kim's visit", "the summit
between Russia and North Korea", "Israeli air strikes"), or one marked as planned ("planned summits").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire import factuality
from eventwire.actors.mentions import Mentions
from eventwire.events.arguments import is_passive, small_clause_objects, subject_of
from eventwire.events.lexicon import Lexicon, Trigger, role_words, word_class, word_map

#: word classes, each described in data/lexicon/grammar.json: "held talks", "clashes erupted", "a wave of arrests",
#: "resulted in the arrests", "will remain a threat"
LIGHT_VERBS = word_class("light_verbs")
OCCURRENCE_VERBS = word_class("occurrence_verbs")
PARTICIPANT_PREPS = {"between", "with", "by", "on", "against", "to", "from", "in", "of", "at", "into"}
#: named-entity labels whose words are never event nouns
NOT_EVENTS = {
    "DATE",
    "TIME",
    "CARDINAL",
    "ORDINAL",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "PERSON",
    "WORK_OF_ART",
    "LAW",
}
MEASURES = word_class("measures")
DURATIONS = word_class("durations")
OUTCOME_VERBS = word_map("outcome_verbs")
STATIVE = word_class("stative")
INFORMATION_NOUNS = word_class("information_nouns")
#: prepositions by which a verb carries an event noun: "came for talks", "during demonstrations", "on charges"
CARRIER_PREPS = {"for", "during", "on", "over", "amid"}
#: event nouns whose participants come only from "between"/"with"/possessor, not from a bare "of"
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@dataclass(frozen=True)
class Match:
    """A trigger found in the parse."""

    token: Token
    entry: Trigger
    obj: Token | None = None
    particle: Token | None = None
    light: Token | None = None  # the light verb carrying a noun trigger
    done: bool = False  # agreed to and thereby done ("agreed to forgive the debt")

    @property
    def holders(self) -> list[Token]:
        """Tokens whose dependents can hold the arguments."""
        found = [self.token]
        if self.obj is not None:
            found.append(self.obj)
        if self.particle is not None:
            found.append(self.particle)
        return found


#: adverbial particles of phrasal verbs ("give in", "step down"); as prepositions they mean something else
ADVERBIAL_PARTICLES = {"in", "out", "up", "down", "off", "back", "away", "over", "aside", "through"}


def _particle(token: Token, word: str) -> Token | None:
    """The particle or preposition ``word`` on ``token``: "gave in" but not "gave birth … in February"."""
    adverbial = word in ADVERBIAL_PARTICLES
    for child in token.children:
        if child.lower_ != word:
            continue
        if child.dep_ in ("prt", "advmod"):
            return child
        if not adverbial and child.dep_ in ("prep", "agent", "dative"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and all(o.ent_type_ in ("DATE", "TIME") for o in objects):
                continue  # "called the attack terrorism on Friday": "on" a day, not "call on"
            return child
        if adverbial and child.dep_ == "prep" and not any(c.dep_ == "pobj" for c in child.children):
            return child  # a particle the parser took for a preposition: "forced UNHCR out (of the country)"
    return None


def _headline_passive(token: Token) -> bool:
    """A headline's bare past form after its subject is a reduced passive ("Curfew lifted in capital", "Charges
    dropped against leader"): headlines give an active act in the present ("Army lifts curfew")."""
    if token.dep_ != "ROOT" or token.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass", "ccomp", "xcomp") for c in token.children):
        return False
    text = token.doc.text
    return "\n\n" not in text[: token.idx] and "\n\n" in text[token.idx :]


def _antecedent(item: Token, verb: Token) -> Token | None:
    """The noun a relative pronoun object stands for: "the demands, all of which have been met", "the deadline
    that Iran met"."""
    relative = item if item.tag_ in ("WDT", "WP") else None
    if relative is None:
        relative = next((t for t in item.subtree if t.tag_ in ("WDT", "WP") and t.head.lower_ == "of"), None)
    if relative is None:
        return None
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    before = item.left_edge.i - 1
    while before >= 0 and item.doc[before].pos_ == "PUNCT":
        before -= 1
    if before >= 0 and item.doc[before].pos_ in ("NOUN", "PROPN"):
        return item.doc[before]
    return None


def _object_candidates(token: Token, particle: Token | None) -> list[Token]:
    found = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative", "acomp")]
    found += small_clause_objects(token)  # "let aid convoys into Gaza"
    # "agreed to stop fighting": a gerund is the object of stop, end, halt
    found += [c for c in token.children if c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG"]
    if token.dep_ in ("acl", "relcl") and token.tag_ == "VBN":
        found.append(token.head)  # "sanctions imposed on Iran"
    if factuality.gerund_as_adjective(token):
        found.append(token.head)  # "the potential of suspending talks": a gerund the parser took for an adjective
    if _headline_passive(token):
        found += [c for c in token.children if c.dep_ == "nsubj"]  # "Curfew lifted in capital"
    found += [a for a in (_antecedent(c, token) for c in found) if a is not None]
    if particle is not None:
        found += [c for c in particle.children if c.dep_ in ("pobj", "pcomp")]
        # "walked out of the talks": the object hangs on a preposition under the particle
        for prep in particle.children:
            if prep.dep_ == "prep":
                found += [c for c in prep.children if c.dep_ == "pobj"]
    extra = []
    for item in found:
        extra.extend(item.conjuncts)
        # "paramilitary group", "shell bombs"; not the theme of a nominalisation: "threat assessment"
        extra.extend(
            c for c in item.children if c.dep_ == "amod" or (c.dep_ == "compound" and not _nominalisation(item))
        )
        # "25,000 tons of food aid", "$50,000 worth of goods": the noun after a measure
        for prep in item.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                extra.extend(c for c in prep.children if c.dep_ == "pobj")
    return found + extra


def _subject_candidates(token: Token) -> list[Token]:
    """The verb's subject, its conjuncts and its modifiers: "military trainers and arms shipments arrived"."""
    subject = subject_of(token)
    if subject is None or is_passive(token):
        return []
    found = [subject, *subject.conjuncts]
    # "a week of fighting ended", "a wave of clashes stopped": the events that fill the time or the count
    found += [
        o
        for item in list(found)
        if item.lemma_.lower() in MEASURES | DURATIONS
        for prep in item.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    return found + [c for item in found for c in item.children if c.dep_ in ("amod", "compound")]


#: endings of nouns made from verbs, whose compound modifier is their theme ("threat assessment")
NOMINALISATION_ENDINGS = ("ment", "tion", "sion", "sis", "ance", "ence")


def _nominalisation(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower().endswith(NOMINALISATION_ENDINGS)


def _only_a_clause(token: Token) -> bool:
    """ "agreed that …", "warned that …": the verb reports an opinion, it does not act on anyone. A clause
    about what parties shall do is an act: "agreed that their countries should cooperate"."""
    deps = {c.dep_ for c in token.children}
    return (
        "ccomp" in deps
        and not deps & {"xcomp", "dobj", "dative"}
        and not any(c.dep_ == "ccomp" and _undertaking(c) for c in token.children)
        and not any(
            c.dep_ == "prep" and c.lower_ in ("to", "on", "with") and not _when(c) for c in token.children
        )
    )



def _undertaking(clause: Token) -> bool:
    """ "… should cooperate", "… will withdraw": a clause that commits someone to an action."""
    return clause.lemma_.lower() not in STATIVE and any(
        c.dep_ == "aux" and c.lower_ in ("should", "shall", "must", "will", "would", "'ll") for c in clause.children
    )


def _when(prep: Token) -> bool:
    """ "on Wednesday", "on 3 March": a preposition that dates the act names no one it is aimed at."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _lemma(token: Token) -> str:
    """The verb's lemma, with a hyphenated prefix the tokenizer split off: "test-fired" → "test-fire"."""
    lemma = token.lemma_.lower()
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
        prefix = doc[token.i - 2]
        if not prefix.whitespace_ and prefix.is_alpha:
            return f"{prefix.lower_}-{lemma}"
    return lemma


#: degree words that make a participle a gradable property: "the most visited place", "a much feared militia"
DEGREE = {"most", "least", "much"}


def match_verb(token: Token, lexicon: Lexicon) -> Match | None:
    if token.tag_ == "VBN" and any(c.dep_ == "advmod" and c.lower_ in DEGREE for c in token.children):
        return None  # "the third most visited place": a property of the place, no one visits anyone
    lemma = _lemma(token)
    entries = lexicon.verb_entries(lemma) if "-" in lemma else ()
    for entry in entries or lexicon.verb_entries(token.lemma_.lower()):
        if entry.not_with_clause and _only_a_clause(token):
            continue
        if entry.intransitive and any(c.dep_ in ("dobj", "ccomp", "nsubjpass") for c in token.children):
            continue
        if entry.not_prep_objects and any(
            _names(c) & dict(entry.not_prep_objects).get(prep.lower_, frozenset())
            for prep in token.children
            if prep.dep_ == "prep"
            for c in prep.children
            if c.dep_ == "pobj"
        ):
            continue  # "agreed on the importance of dialogue": a shared view, not an undertaking
        if any(c.dep_ in ("prt", "advmod") and c.lower_ in entry.not_particles for c in token.children):
            continue  # "watched the troops march away": a movement, no protest
        if entry.not_only_preps and _only_preps(token, entry.not_only_preps):
            continue  # "I agree with the general": an opinion
        particle = None
        if entry.particle:
            particle = _particle(token, entry.particle)
            if particle is None:
                continue
        obj = None
        if entry.not_objects and any(
            _names(c) & entry.not_objects for c in _object_candidates(token, particle)
        ):
            continue
        if entry.not_subjects and any(_names(c) & entry.not_subjects for c in _causes(token)):
            continue
        if entry.subjects:
            obj = next((c for c in _subject_candidates(token) if _names(c) & entry.subjects), None)
            if obj is None:
                continue
        if entry.objects:
            candidates = _object_candidates(token, particle)
            obj = next((c for c in candidates if _names(c) & entry.objects), None)
            if obj is None:
                continue
            if any(e.not_objects and not _modifier_ok(obj, e) for e in lexicon.noun_entries(obj.lemma_.lower())):
                continue  # "staged a demonstration of military strength": the object is no event noun here
        return Match(token, entry, obj, particle)
    return None


#: prepositions introducing what an agreement is about: "agreed with the IAEA on a roadmap"
MATTER_PREPS = {"on", "over", "about", "regarding", "concerning"}


def _only_preps(token: Token, preps: frozenset[str]) -> bool:
    """Whether the verb's only complements are prepositions in ``preps`` (besides dates and a clause that
    commits no one): "agreed with the general", not "agreed with Iran to cut output" or "agreed with Iran on a
    roadmap"."""
    found = False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            found = True
            # "agreed with the IAEA on a roadmap": the parser may hang the matter on the partner
            if any(p.dep_ == "prep" and p.lower_ in MATTER_PREPS for c in child.children for p in c.children):
                return False
        elif child.dep_ == "prep" and not _when(child):
            return False
        elif child.dep_ in ("dobj", "dative", "xcomp", "prt", "attr", "oprd") or (
            child.dep_ == "ccomp" and _undertaking(child)
        ):
            return False
        elif child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return False  # "agreed with the United States in 2008 to form the force"
    return found


def _causes(verb: Token) -> list[Token]:
    """What brought the verb's result about: its subject ("an earthquake killed …", "the accident forced …,
    killing two"), the verb it completes ("the plane crashed, killing 50") or, in the passive, its agent and
    the object of "in" ("were killed in a car accident")."""
    found = [subject_of(verb)]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        found.append(verb.head)
    if is_passive(verb):
        found += [c for p in verb.children if p.lower_ in ("in", "during") for c in p.children if c.dep_ == "pobj"]
    return [c for c in found if c is not None]


def _names(noun: Token) -> set[str]:
    """What a lexicon's object list can name a noun by: "conference", "conferences", "news conference"."""
    names = {noun.lemma_.lower(), noun.lower_}
    names.update(f"{c.lower_} {noun.lemma_.lower()}" for c in noun.children if c.dep_ in ("compound", "amod"))
    return names


def _modifier_ok(token: Token, entry: Trigger) -> bool:
    if entry.not_objects and any(
        (c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in entry.not_objects)
        or (c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() in entry.not_objects for o in c.children))
        for c in token.children
    ):
        return False  # "press release", "a demonstration of military strength"
    if not entry.modifiers:
        return True
    return _modifier(token, entry) is not None


#: prepositions by which an event noun takes its object: "suspension of attacks", "a halt to the shelling"
OBJECT_PREPS = {"of", "to", "in"}


def _modifier(token: Token, entry: Trigger, *, objects: bool = False) -> Token | None:
    """The modifier satisfying the entry ("air strike"); with ``objects``, also the noun's prepositional
    object ("suspension of attacks", "a halt in the fighting", "release of prisoners")."""
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod") and (
            child.lemma_.lower() in entry.modifiers or child.lower_ in entry.modifiers
        ):
            return child
    for child in token.children:
        # "joint training exercises": the adjective the parser hung on the compound before the noun
        for grand in child.children if child.dep_ == "compound" else ():
            if grand.dep_ == "amod" and grand.i < child.i and grand.lower_ in entry.modifiers:
                return grand
    if objects:
        preps = list(token.children)
        if token.dep_ == "dobj":
            # "ordered a halt to the shelling": the parser may hang the noun's object on the verb carrying it
            preps += [c for c in token.head.children if c.i > token.i and c.lower_ != "of"]
        for prep in preps:
            if prep.dep_ == "prep" and prep.lower_ in OBJECT_PREPS:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in entry.modifiers:
                        return pobj
    return None


def _licensed(noun: Token, mentions: Mentions) -> Token | None | bool:
    """Whether an event noun is an event here; returns the light verb when one carries it."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("on", "about") and head.head.lemma_.lower() in INFORMATION_NOUNS:
        return False  # "exchange information on their deployments": the topic, not an event
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in LIGHT_VERBS:
        return head
    if noun.dep_ == "pobj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in ("engage", "take"):
        return head.head  # "engaged in talks", "took part in talks"
    if noun.dep_ == "pobj" and head.head.pos_ == "VERB" and OUTCOME_VERBS.get(head.head.lemma_.lower()) == head.lower_:
        return head.head  # "resulted in the arrests of 20 members", "led to the expulsion of two diplomats"
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in MEASURES:
        # "announced a series of concessions": the verb carries what the measure counts
        return _licensed(head.head, mentions) if head.head.pos_ == "NOUN" else False
    if noun.dep_ == "pobj" and head.dep_ == "agent" and head.head.pos_ == "VERB":
        return head.head  # "a news site hit by a cyber attack": the passive verb carries its agent
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in role_words("culprits"):
        return True  # "was responsible for the torture of an activist": the subject did it
    if noun.dep_ == "pobj" and head.lower_ in CARRIER_PREPS and head.head.pos_ == "VERB":
        # "returned to Geneva for talks", "stones thrown during demonstrations", "jailed on charges of treason"
        return head.head
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in LIGHT_VERBS:
            return child  # "concessions made by Israel", "attacks carried out by the rebels": a reduced passive
    if _has_participants(noun, mentions):
        # "the United States speeded up the withdrawal of its forces from Panama": the verb carries it
        return head if noun.dep_ == "dobj" and head.pos_ == "VERB" else True
    if noun.dep_ in SUBJECT_DEPS and head.lemma_.lower() in OCCURRENCE_VERBS:
        return True
    return False


def _occurs(noun: Token) -> bool:
    """ "a truce took hold", "the ceasefire held": the noun is the subject of a verb saying it happened."""
    return noun.dep_ in SUBJECT_DEPS and noun.head.lemma_.lower() in OCCURRENCE_VERBS


def _has_participants(noun: Token, mentions: Mentions) -> bool:
    for child in noun.children:
        if child.dep_ == "poss" and (mentions.at(child) is not None or child.pos_ == "PRON"):
            return True
        if child.dep_ in ("amod", "compound") and mentions.at(child) is not None:
            return True
        if child.dep_ == "prep" and child.lower_ in PARTICIPANT_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (mentions.at(pobj) is not None or _modifier_actor(pobj, mentions)):
                    return True
        if child.dep_ in ("amod", "acl") and child.lower_ in ("planned", "proposed", "scheduled", "upcoming"):
            return True
    return False


def _modifier_actor(token: Token, mentions: Mentions) -> bool:
    """An actor among a noun's modifiers, or one preposition down ("violations by the Israeli military")."""
    for child in token.children:
        if child.dep_ in ("amod", "compound", "poss") and mentions.at(child) is not None:
            return True
        if child.dep_ == "prep" and child.lower_ in ("by", "of", "from"):
            if any(c.dep_ == "pobj" and mentions.at(c) is not None for c in child.children):
                return True
    return False


def _floated(noun: Token, lexicon: Lexicon) -> Token | None:
    """ "raised the possibility of sanctions": the verb floating a forceful act carries it (a needs_force entry)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.dep_ != "dobj":
        return None
    verb = noun.head.head.head
    floated = noun.head.head.lemma_.lower()
    if any(e.needs_force and floated in e.objects for e in lexicon.verb_entries(verb.lemma_.lower())):
        return verb
    return None


def match_noun(token: Token, lexicon: Lexicon, mentions: Mentions) -> Match | None:
    licensed = _licensed(token, mentions)
    if licensed is False:
        licensed = _floated(token, lexicon) or False
    for entry in lexicon.noun_entries(token.lemma_.lower()):
        obj = None
        if not _modifier_ok(token, entry):
            # "announced a suspension of attacks": a carried noun's object can also make the entry fit
            obj = _modifier(token, entry, objects=True) if licensed is not False and entry.modifiers else None
            if obj is None:
                continue
        if licensed is False and entry.modifiers:
            # "cyber attack", "hunger strike": a specific event whatever carries it
            return Match(token, entry)
        if licensed is False:
            return None
        if licensed is True and entry.needs_carrier and not _occurs(token):
            return None  # "the ceasefire between X and Y": named, neither declared nor observed
        light = licensed if isinstance(licensed, Token) else None
        return Match(token, entry, obj=obj, light=light)
    return None


def _verb_read_as_noun(token: Token) -> bool:
    """A headline's verb the tagger took for a noun: "Hundreds rally in capital" (the "noun" has a subject)."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "ROOT"
        and token.tag_ in ("NN", "NNS")
        and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
    )


def find_triggers(doc: Doc, lexicon: Lexicon, mentions: Mentions) -> list[Match]:
    """Every trigger in the document, verbs first claiming the nouns of their idioms."""
    matches: list[Match] = []
    claimed: set[int] = set()
    for token in doc:
        auxiliary = token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass")
        if token.pos_ == "VERB" or auxiliary or _verb_read_as_noun(token):
            found = match_verb(token, lexicon)
            if found is not None:
                matches.append(found)
                claimed.add(token.i)
                if found.obj is not None:
                    claimed.add(found.obj.i)
                    if any(e.modifiers for e in lexicon.noun_entries(found.obj.lemma_.lower())):
                        # "agreed to a pause in the fighting": the fighting is what the pause is about (a noun
                        # named by its modifiers takes them as its object too), not coded again
                        claimed.update(
                            pobj.i
                            for prep in found.obj.children
                            if prep.dep_ == "prep" and prep.lower_ in OBJECT_PREPS
                            for pobj in prep.children
                            if pobj.dep_ == "pobj"
                        )
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or token.i in claimed or token.ent_type_ in NOT_EVENTS:
            continue  # "27 March" is a date, not a march
        mention = mentions.at(token)
        if mention is not None and mention.how != "sector":
            continue
        found = match_noun(token, lexicon, mentions)
        # a noun that also names a group ("patrols") is an event only when a verb carries it
        if found is not None and (mention is None or found.light is not None):
            matches.append(found)
            if found.obj is not None:
                claimed.add(found.obj.i)  # "a suspension of attacks": the attacks are what is suspended
    matches.sort(key=lambda m: m.token.i)
    return matches
