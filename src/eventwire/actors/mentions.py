"""Find actor mentions in a parsed article and resolve each to a canonical actor.

A mention is a span of tokens naming an actor: a known name (knowledge-base match), a named entity, a person's
name the NER missed, or a noun phrase headed by a sector word ("the government", "Moscow's foreign ministry",
"protesters"). Resolution gives it a name, an ISO country and a sector from, in order: the knowledge base, the
misspelt-name and bare-surname rules (:mod:`eventwire.actors.people`), and the words around it (titles,
demonyms, possessors, appositives).

Mentions still point at spaCy tokens; the event stage turns them into :class:`eventwire.models.Actor`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from eventwire.actors.knowledge import NON_STATE, KnowledgeBase, Surface
from eventwire.actors.matching import KBMatcher
from eventwire.actors.people import PersonResolver
from eventwire.location import lookup_place
from eventwire.nlp import sentence

#: named-entity labels that can be actors by themselves
ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC"}
#: labels whose spans absorb smaller knowledge-base matches ("Korean Peninsula" is a place, not Korea)
PLACE_LABELS = {"LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}
#: order of preference when one surface names several entries
FORM_RANK = {"name": 0, "seat": 1, "alias": 2, "capital": 3, "demonym": 4}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "nummod"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"it", "they", "them", "its", "their", "we", "our", "us"}


@dataclass(eq=False)
class Mention:
    """An actor mention: tokens [start, end) of ``doc``, with what resolution found."""

    doc: Doc
    start: int
    end: int
    name: str
    country: str | None
    sector: str | None
    kind: str
    how: str  # kb | ner | person | person-kb | sector | place
    absorbed: bool = False  # part of a larger mention (a title, a possessor): not listed on its own

    @property
    def span(self) -> Span:
        return self.doc[self.start : self.end]

    @property
    def head(self) -> Token:
        return self.span.root

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def start_char(self) -> int:
        return self.doc[self.start].idx

    @property
    def end_char(self) -> int:
        last = self.doc[self.end - 1]
        return last.idx + len(last.text)

    def copy_identity(self, other: Mention) -> None:
        self.name, self.country, self.sector, self.kind = other.name, other.country, other.sector, other.kind


class Mentions:
    """All mentions of one document, indexed by token."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.by_token: dict[int, Mention] = {}
        self.smallest: dict[int, Mention] = {}
        for mention in self.items:
            size = mention.end - mention.start
            for i in range(mention.start, mention.end):
                current = self.by_token.get(i)
                if current is None or (current.end - current.start) < size:
                    self.by_token[i] = mention
                current = self.smallest.get(i)
                if current is None or (current.end - current.start) > size:
                    self.smallest[i] = mention

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.items)

    def at(self, token: Token) -> Mention | None:
        """The largest mention covering ``token``."""
        return self.by_token.get(token.i)

    def innermost(self, token: Token) -> Mention | None:
        """The smallest mention covering ``token`` ("Indian" inside "Indian and Chinese commanders")."""
        return self.smallest.get(token.i)

    def listed(self) -> list[Mention]:
        """The mentions that are actors in their own right, in text order."""
        return [m for m in self.items if not m.absorbed and (m.country or m.sector)]


def _best_surface(surfaces: list[Surface], published: date | None) -> Surface:
    def rank(surface: Surface) -> tuple[int, int]:
        roles = surface.entry.roles
        in_office = any(r.held_on(published) for r in roles) if roles else False
        return (FORM_RANK.get(surface.form, 9), 0 if in_office else 1)

    return min(surfaces, key=rank)


def find_mentions(
    doc: Doc, matcher: KBMatcher, *, published: date | None, fuzzy_threshold: float, home: str | None = None
) -> Mentions:
    """Every actor mention in ``doc``, resolved against the matcher's knowledge base as of ``published``.

    ``home`` is the country the story is filed from (its dateline), if known: officials named without a
    country ("Defence Minister Wellington Koo") are taken to be its own.
    """
    kb = matcher.kb
    mentions: list[Mention] = []
    taken: set[int] = set()

    # 1. knowledge-base names, unless they sit inside a larger place name or a larger organisation name
    ents_by_token = {t.i: trimmed for ent in doc.ents if (trimmed := _trim(ent)) is not None for t in trimmed}
    for span, surfaces in matcher(doc):
        ent = ents_by_token.get(span.start) or ents_by_token.get(span.end - 1)
        if (
            ent is not None
            and len(ent) > len(span)
            and ent.label_ in PLACE_LABELS
            and ent.start <= span.start
        ):
            entry = _best_surface(surfaces, published).entry
            if ent.label_ == "LOC" and entry.kind == "country" and not any(t.i in taken for t in ent):
                # "Western Cambodia", "southern Lebanon": a region of a known country
                mentions.append(
                    Mention(doc, ent.start, ent.end, ent.text, entry.country, None, "location", "kb")
                )
                taken.update(range(ent.start, ent.end))
            continue
        if ent is not None and ent.label_ == "PERSON" and (ent.end > span.end or ent.start < span.start):
            if not (span.start <= ent.start and ent.end <= span.end):
                continue  # "President Xi" inside "Xi Jinpoing": the whole name decides
        surface = _best_surface(surfaces, published)
        entry = surface.entry
        start = span.start
        if surface.form == "seat" and start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        mentions.append(
            Mention(doc, start, span.end, entry.name, entry.country, entry.sector, entry.kind, "kb")
        )
        taken.update(range(start, span.end))

    people = PersonResolver(kb, published=published, threshold=fuzzy_threshold)

    # 2. named entities the knowledge base does not know
    for ent in filter(None, map(_trim, doc.ents)):
        if ent.label_ not in ACTOR_LABELS or any(t.i in taken for t in ent):
            continue
        start = ent.start + 1 if doc[ent.start].lower_ == "the" and ent.label_ != "ORG" else ent.start
        if start >= ent.end:
            continue
        span = doc[start : ent.end]
        if ent.label_ == "PERSON" or (ent.label_ == "ORG" and _described_as_person(span, kb)):
            mention = people.resolve(span)
        elif ent.label_ == "ORG":
            mention = _organisation(span, kb)
        elif ent.label_ in ("GPE", "LOC", "NORP"):
            mention = _place(span, kb)
        else:
            mention = None
        if mention is not None:
            mentions.append(mention)
            taken.update(range(mention.start, mention.end))

    # 3. persons' names the NER missed: runs of capitalised proper nouns acting as an argument
    for span in _name_runs(doc, taken):
        if kb.sector_of(span[-1].lower_) or span[-1].lower_ in kb.person_words:
            continue  # "Vice Foreign Minister" is a title, not a name
        mention = people.resolve(span)
        if mention is not None:
            mentions.append(mention)
            taken.update(range(mention.start, mention.end))

    # 4. noun phrases headed by a sector word: "the government", "Moscow's foreign ministry", "protesters"
    for token in doc:
        if token.i in taken or token.pos_ not in ("NOUN", "PROPN") or _is_title(token, taken):
            continue
        if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
            continue  # "patrol points", "army base": a modifier, not an actor
        sector, phrase_start = _sector_of(token, kb)
        if sector is None:
            continue
        if token.ent_type_ == "CARDINAL" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue  # "thousands of troops": the troops are the actor, not the crowd word counting them
        mentions.append(_sector_mention(token, phrase_start, sector))

    index = Mentions(mentions)
    _attach_context(index, kb)
    people.link_surnames(index)
    _inherit_countries(index, home)
    return index


def _trim(ent: Span) -> Span | None:
    """An entity without what the NER let run into it: a possessive "'s", or what follows a comma
    ("Xi Jinping, News" → "Xi Jinping")."""
    end = ent.start
    for token in ent:
        if token.tag_ == "POS" or token.text in {",", ";", ":", "(", ")", '"', "'"}:
            break
        end = token.i + 1
    if end == ent.start:
        return None
    return Span(ent.doc, ent.start, end, label=ent.label_)


def _described_as_person(span: Span, kb: KnowledgeBase) -> bool:
    """ "Masao Okonogi, Japan's leading researcher", "Vice-President Moody Awori": a name described by a
    person's role (an appositive, or a title before it)."""
    for child in span.root.children:
        if child.dep_ == "appos" and child.lemma_.lower() in kb.person_words:
            return True
        if child.dep_ == "compound" and child.i < span.start and child.lower_ in kb.person_words:
            return True
    return False


def _place(span: Span, kb: KnowledgeBase) -> Mention | None:
    """A place the knowledge base does not name ("the Gaza Strip", "Aleppo"): its country, from the gazetteer."""
    place = lookup_place(span.text, kb)
    if place is None or place.country is None:
        return None
    return Mention(span.doc, span.start, span.end, place.name, place.country, None, "location", "place")


def _organisation(span: Span, kb: KnowledgeBase) -> Mention:
    sector = None
    for token in reversed(span):
        sector = kb.sector_of(token.lower_) or kb.sector_of(token.lemma_)
        if sector:
            break
    return Mention(span.doc, span.start, span.end, span.text, None, sector, "organization", "ner")


def _name_runs(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """Two or three capitalised proper nouns in a row, heading a subject, object or appositive."""
    for token in doc:
        if (
            token.i in taken
            or token.pos_ != "PROPN"
            or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj")
        ):
            continue
        left = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        start = min((c.i for c in left), default=token.i)
        span = doc[start : token.i + 1]
        words = [t.text for t in span]
        if not 2 <= len(words) <= 3 or any(t.i in taken for t in span):
            continue
        if all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) and not token.ent_type_:
            yield span


def _sector_of(token: Token, kb: KnowledgeBase) -> tuple[str | None, int]:
    """The sector a noun names, trying the longest compound phrase first ("foreign ministry", "police")."""
    lefts = [c for c in token.lefts if c.dep_ in ("compound", "amod") and c.i == token.i - 1]
    if lefts:
        phrase = f"{lefts[0].lower_} {token.lower_}"
        sector = kb.sector_of(phrase) or kb.sector_of(f"{lefts[0].lower_} {token.lemma_.lower()}")
        if sector:
            return sector, lefts[0].i
    sector = kb.sector_of(token.lower_) or kb.sector_of(token.lemma_.lower())
    return sector, token.i


def _sector_mention(token: Token, phrase_start: int, sector: str) -> Mention:
    doc = token.doc
    start = phrase_start
    for child in token.lefts:
        if child.dep_ in MODIFIER_DEPS | {"det"}:
            start = min(start, child.left_edge.i)
    # a modifier's subtree can reach back into an opening adverbial ("On Sunday morning, the Turkish backed
    # rebels"): the phrase starts no earlier than the first determiner in it
    start = next((t.i for t in doc[start : token.i] if t.dep_ == "det"), start)
    kind = "group" if token.tag_ in ("NNS", "NNPS") else "organization"  # "the ministry" is an "it"
    words = doc[start : token.i + 1]
    name = words[1:].text if len(words) > 1 and words[0].dep_ == "det" else words.text
    return Mention(doc, start, token.i + 1, name, None, sector, kind, "sector")


def _attach_context(index: Mentions, kb: KnowledgeBase) -> None:
    """Country and sector from the words around a mention; smaller mentions inside it are absorbed.

    Two passes: first what a mention holds (its modifiers, an "of" phrase), then what describes it (titles,
    appositives), so that "Okonogi, Japan's leading researcher" sees the appositive's country.
    """
    for mention in index:
        inner = [m for m in index if m is not mention and mention.start <= m.start and m.end <= mention.end]
        if inner and mention.how in ("sector", "ner", "person"):
            for other in inner:
                other.absorbed = True
            if mention.country is None:
                mention.country = next((m.country for m in inner if m.country), None)
        if mention.how in ("sector", "ner") and mention.country is None:
            # a possessor or modifier outside the name: "Taiwan's defence ministry", "Georgia's Interior Ministry",
            # "his office"
            for child in mention.head.children:
                if child.dep_ == "poss" and child.pos_ == "PRON":
                    owner = resolve_pronoun(child, index)
                    if owner is not None and owner.country:
                        mention.country = owner.country
                        break
                other = index.at(child) if child.dep_ in ("poss", "amod", "compound", "nmod") else None
                if other is not None and other is not mention and other.country:
                    mention.country = other.country
                    other.absorbed = True
                    break
        if mention.how == "sector":
            for child in mention.head.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "in", "at", "from", "for"):
                    for pobj in child.children:
                        place = index.at(pobj) or next(  # "activists from the Fatah Party"
                            (index.at(c) for c in pobj.children if c.dep_ == "compound" and index.at(c)), None
                        )
                        if place is not None and place.country and mention.country is None:
                            mention.country = place.country
                            place.absorbed = place.kind in ("country", "location")
    for mention in index:
        head = mention.head
        # titles before a person's name: "Chinese President Xi", "Defence Secretary Tom King"
        if mention.kind == "person":
            known = mention.how in ("kb", "person-kb")
            for token in _title_words(mention):
                other = index.at(token)
                if other is not None and other is not mention:
                    other.absorbed = True
                if known:
                    continue
                mention.sector = mention.sector or kb.sector_of(token.lower_)
                code = kb.demonyms.get(token.text) or (other.country if other is not None else None)
                if code and mention.country is None:
                    mention.country = code
        # appositives and "of"/"in"/"at" phrases: "Okonogi, Japan's leading researcher at Keio University"
        for child in head.children:
            if child.dep_ == "appos":
                described = index.at(child)
                if described is not None and described is not mention:
                    described.absorbed = True
                    mention.country = mention.country or described.country
                    if mention.kind == "person" and mention.how != "kb":
                        mention.sector = mention.sector or described.sector


def _title_words(mention: Mention) -> list[Token]:
    """The words of a title before a name: "Chinese President" in "Chinese President Xi Jinping"."""
    words: list[Token] = []
    todo = [t for t in mention.head.lefts if t.i < mention.start and t.dep_ in ("compound", "amod")]
    while todo:
        token = todo.pop()
        words.append(token)
        todo.extend(t for t in token.lefts if t.dep_ in ("compound", "amod", "poss"))
    return words


def _is_title(token: Token, taken: set[int]) -> bool:
    """A title word modifying a name already found ("President" in "President Vladimir Putin")."""
    node = token
    for _ in range(3):
        if node.dep_ not in ("compound", "amod") or node.head == node:
            return False
        node = node.head
        if node.i in taken and node.pos_ == "PROPN":
            return True
    return False


def _inherit_countries(index: Mentions, home: str | None) -> None:
    """A sector phrase without a country ("the government") takes the nearest preceding country in its
    sentence or the one before, else the first one after it in its sentence. A titled person without one
    ("Defence Minister Wellington Koo") belongs to the country the story is filed from, when the dateline
    says, else to the nearest country in the same sentence."""
    for mention in index:
        if mention.country or not mention.sector:
            continue
        person = mention.kind == "person" and mention.how == "person"
        if person and home is not None:
            mention.country = home
            continue
        if mention.how != "sector" and not person:
            continue
        # "Kurdish forces", "Moslem fundamentalist demonstrators": a people the knowledge base has no country
        # for; they may belong to the country named beside them, not to one the story mentioned before
        peoples = any(
            t.ent_type_ == "NORP" or (t.dep_ == "amod" and t.text[:1].isupper() and not t.is_sent_start)
            for t in mention.span
        )
        placing = _placing(mention) if mention.kind == "group" else "definite"
        if placing == "unplaced":
            continue  # "foreign ministers", "western leaders": from anywhere
        sent = sentence(mention.head)
        earliest = sent.start if person or peoples else _previous_sentence_start(sent)
        national = [m for m in index if m.country and m.country not in NON_STATE]
        if (
            placing == "counted"
        ):  # "63 protesters", "10 civilians": people of the place, not of the last actor
            national = [m for m in national if m.kind == "location"]
        before = [m for m in national if m.end <= mention.start and m.start >= earliest]
        after = [m for m in national if m.start >= mention.end and m.end <= sent.end]
        if before:
            mention.country = before[-1].country
        elif after:
            mention.country = after[0].country


#: words that make a group "some of them, from anywhere": "foreign ministers", "western leaders"
UNPLACED = {
    "foreign",
    "western",
    "international",
    "world",
    "global",
    "regional",
    "various",
    "multiple",
    "other",
}


def _placing(mention: Mention) -> str:
    """How a group phrase is placed: "the protesters", "police", "its forces" are the story's own (definite);
    "63 protesters", "10 civilians" are people of the place (counted); "foreign ministers", "several
    governments" could be from anywhere (unplaced)."""
    placing = "definite"
    for token in mention.span.doc[mention.head.left_edge.i : mention.head.i]:
        if token.lower_ in UNPLACED:
            return "unplaced"
        if token.dep_ == "nummod" or token.like_num:
            placing = "counted"
    return placing


def _previous_sentence_start(sent: Span) -> int:
    doc = sent.doc
    if sent.start == 0:
        return 0
    return sentence(doc[sent.start - 1]).start


#: the noun tags a pronoun can take up: "they" a plural noun, "it" a singular one
PRONOUN_NUMBER = {"they": ("NNS", "NNPS"), "it": ("NN", "NNP"), "he": ("NNP",), "she": ("NNP",)}


def _condition_object(pronoun: Token) -> Token | None:
    """ "will arrest demonstrators if they march", "will punish Iran if it refuses": the subject of a condition
    laid on the object of the act it conditions is that object, not the actor making the threat."""
    tags = PRONOUN_NUMBER.get(pronoun.lower_)
    clause = pronoun.head
    if tags is None or pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl":
        return None
    if not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
        return None
    # the condition may hang on the threat itself: "threatened to detain farmers if they march"
    acts = [clause.head] + [c for c in clause.head.children if c.dep_ == "xcomp"]
    for act in acts:
        for obj in act.children:
            if obj.dep_ == "dobj" and obj.i < pronoun.i and obj.tag_ in tags:
                return obj
    return None


def _main_subject(pronoun: Token) -> Token | None:
    """ "Reporters Without Borders issued a demand, as it warned against the risk": the subject of an adverbial
    clause refers to the subject of the clause it modifies when that is a noun of the same number."""
    tags = PRONOUN_NUMBER.get(pronoun.lower_)
    clause = pronoun.head
    if tags is None or pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl":
        return None
    if not any(c.dep_ == "mark" and c.lower_ in ("as", "while", "because", "since", "when") for c in clause.children):
        return None
    for subject in clause.head.children:
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.i < pronoun.i and subject.tag_ in tags:
            return subject
    return None


def _thing_before(pronoun: Token, mentions: Mentions) -> Token | None:
    """ "The bombing underscored the volatility of Syria. It gave fresh ammunition to critics": a neuter subject
    pronoun opening a sentence continues the previous sentence's subject when that is a common noun of the same
    number; returns that noun when it names no actor (an event, a decision, a statement)."""
    if pronoun.lower_ not in ("it", "they") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sent = sentence(pronoun)
    if pronoun.head != sent.root or sent.start == 0:
        return None
    previous = sentence(pronoun.doc[sent.start - 1])
    subject = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ not in PRONOUN_NUMBER[pronoun.lower_]:
        return None
    return subject if mentions.at(subject) is None else None


def _author(thing: Token, mentions: Mentions, wanted: set[str]) -> Mention | None:
    """Who a thing a pronoun stands for comes from: "A statement from the rebel groups … It declared a ceasefire"
    (the rebels declared it); nobody for "The bombing … It gave ammunition to critics"."""
    for prep in thing.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
            pobjs = [c for c in prep.children if c.dep_ == "pobj"]
            # "from the group of rebel groups": the members of a collective
            pobjs += [g for p in pobjs for of in p.children if of.lower_ == "of" for g in of.children]
            for pobj in pobjs:
                mention = mentions.innermost(pobj)
                if mention is not None and mention.kind in wanted and (mention.country or mention.sector):
                    return mention
    return None


#: prepositions of place: "the pressure is off in Syria, while its campaign …" (its is not Syria's)
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around"}


def _setting(mention: Mention) -> bool:
    """A place named only as where something happens is the setting, not a pronoun's antecedent."""
    head = mention.head
    return (
        mention.kind in ("location", "country")
        and head.dep_ == "pobj"
        and head.head.lower_ in LOCATIVE_PREPS
    )


def resolve_pronoun(token: Token, mentions: Mentions) -> Mention | None:
    """The most recent compatible actor before a pronoun, within its sentence and the two before."""
    lower = token.lower_
    if lower in PERSON_PRONOUNS:
        wanted = {"person"}
    elif lower in GROUP_PRONOUNS:
        wanted = {"country", "organization", "group", "location"}
    else:
        return None
    held = _condition_object(token)
    if held is not None:
        mention = mentions.at(held)
        return mention if mention is not None and mention.kind in wanted else None
    held = _main_subject(token)
    if held is not None:
        mention = mentions.at(held)
        fits = mention is not None and mention.kind in wanted and bool(mention.country or mention.sector)
        return mention if fits else None
    thing = _thing_before(token, mentions)
    if thing is not None:
        return _author(thing, mentions, wanted)
    sent = sentence(token)
    earliest = sent.start
    for _ in range(2):
        if earliest == 0:
            break
        earliest = sentence(token.doc[earliest - 1]).start
    candidates = []
    for mention in mentions:
        if mention.start >= token.i:
            break
        if mention.start >= earliest and mention.kind in wanted and (mention.country or mention.sector):
            if mention.kind == "group" and lower in ("it", "its"):
                continue
            if mention.absorbed or _setting(mention):
                continue
            candidates.append(mention)
    # the latest subject is the likeliest antecedent ("The Houthis, who control Yemen, say their attacks …")
    subjects = [m for m in candidates if m.head.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[-1]
    return candidates[-1] if candidates else None
