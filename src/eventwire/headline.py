"""A headline's verb that the parser read as a noun: "Gambia and Cyprus ratify agreement on cultural exchange".

Headlines drop articles and auxiliaries, and the parser often misreads them. The repairs, each checked against
the event lexicon:

- a headline sentence with no clause, where one of its nouns is, as a verb, an event word and stands where a verb
  stands: right after a noun phrase (its subject) that agrees with it ("Mali denounces", "Dozens march", "Gambia
  and Cyprus ratify") and before its object ("denounces actions"), or before a preposition if the verb can be
  intransitive ("march in"). The whole line was read as one noun phrase ("ratify" a compound of "agreement",
  "denounces" a plural noun). That word becomes the root verb, the phrase before it its subject and the phrase
  after it its object;
- the wrong word taken for the verb: "Foreign business demand end to levies" read with "demand" as the subject of
  "end". When the noun right before the verb is an event verb whose lexicon entry takes the other word as its
  object ("demand" an "end"), the noun is the verb and the verb its object;
- a verb whose subject was read as its compound ("Eritrea air force bombs camp"): the subject;
- the first of two verbs joined by "and" read as a compound noun ("Parties in Yemen declare ceasefire and agree to
  talks", "declare" a compound of "ceasefire"): it becomes the root, its object after it and the second verb its
  conjunct, sharing the subject before it;
- an event noun after "to" tagged as an infinitive ("agree to withdrawal"): the noun, object of "to".

A verb announcing a decision also takes an event noun of the lexicon as its object ("Rebels in Chad announce
suspension of attacks", "Army order halt to shelling"), as it carries that noun in a sentence.
"""
from __future__ import annotations

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

from eventwire.events.lexicon import Lexicon
from eventwire.events.speech import ANNOUNCING
from eventwire.events.triggers import LIGHT_VERBS

#: parts of speech that may end the subject or start the object
NOMINAL = {"NOUN", "PROPN", "NUM", "PRON"}
OBJECT_START = NOMINAL | {"DET", "ADJ"}
#: the relations of a verb read as part of a noun phrase ("sign/compound landmark agreement")
NOT_CLAUSE = {"compound", "amod", "nmod"}


def verb_lemma(word: str, lexicon: Lexicon) -> str | None:
    """The lemma under which ``word`` (a bare or third-person form) is an event verb: "denounces" → "denounce"."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return next((f for f in forms if lexicon.verb_entries(f)), None)


def repair_headline(doc: Doc, end: int, lexicon: Lexicon) -> None:
    """Repair the parse of each sentence of the headline (the text before ``end``) where its verb was misread."""
    for sent in list(doc.sents):
        if sent.start_char >= end:
            break
        _repair(doc, sent, lexicon)


def _repair(doc: Doc, sent: Span, lexicon: Lexicon) -> None:
    _infinitive_nouns(sent, lexicon)
    if _coordinated(doc, sent, lexicon):
        return
    root = sent.root
    if root.pos_ == "VERB" and _swap_verb(doc, sent, root, lexicon):
        return
    if root.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in root.children):
        left = [c for c in root.lefts if c.dep_ in ("compound", "nmod", "npadvmod", "dep") and c.pos_ in NOMINAL]
        if left and left[-1].i == root.i - 1 and root.tag_ in ("VBZ", "VBP"):
            left[-1].dep_ = "nsubj"  # "Eritrea air force bombs camp": the subject read as a compound of the verb
        return
    words = [t for t in sent if not t.is_space and not t.is_punct]
    if sent.root.pos_ in ("VERB", "AUX") or any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and t.head.dep_ not in NOT_CLAUSE
        for t in sent
    ):
        return  # the parser found a clause
    for k in range(1, len(words) - 1):
        token, before, after = words[k], words[k - 1], words[k + 1]
        if not token.text.isalpha() or not token.text.islower() or token.pos_ not in ("NOUN", "PROPN", "VERB"):
            continue
        if after.i != token.i + 1 or before.i != token.i - 1:
            continue  # a comma or a colon between them: not subject, verb and object
        lemma = verb_lemma(token.lower_, lexicon)
        if lemma is None:
            continue
        third_person = lemma != token.lower_
        subject = words[:k]
        if not _subject_end(before):
            continue
        if third_person and before.tag_ in ("NNS", "NNPS") and before.is_lower:
            continue  # "soldiers" cannot take "bombs"
        if not third_person and not _plural(subject) and not _takes(lemma, after, lexicon):
            continue  # "Dozens march", "X and Y ratify", "union demand release" (an idiom), but "drone attack"
        if after.pos_ == "ADP" and not _takes_prep(lemma, after, lexicon):
            continue  # "attack on the village": a noun
        if after.pos_ not in OBJECT_START | {"ADP"}:
            continue
        _make_verb(doc, sent, token, lemma, third_person)
        return


def _swap_verb(doc: Doc, sent: Span, verb: Token, lexicon: Lexicon) -> bool:
    """ "business demand end to levies": the subject noun is the verb, and the verb ("end") its object."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.i != verb.i - 1 or subject.tag_ not in ("NN", "NNS") or not subject.is_lower:
        return False
    if verb.tag_ != "VBP" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    lemma = verb_lemma(subject.lower_, lexicon)
    if lemma is None or not _takes(lemma, verb, lexicon):
        return False
    if not any(c.pos_ in NOMINAL or c.dep_ == "compound" for c in subject.lefts):
        return False  # the subject needs a subject of its own: "demand end" alone is a noun phrase
    verb.pos_, verb.tag_, verb.lemma_ = "NOUN", "NN", verb.lower_
    _make_verb(doc, sent, subject, lemma, lemma != subject.lower_)
    return True


def _takes(lemma: str, obj: Token, lexicon: Lexicon) -> bool:
    """The verb's lexicon entry names ``obj`` as its object: "demand" an "end", "ratify" an "agreement"; or the
    verb announces a decision and ``obj`` is an event noun it carries ("announce suspension", "order halt")."""
    if any(obj.lower_ in e.objects or obj.lemma_.lower() in e.objects for e in lexicon.verb_entries(lemma)):
        return True
    return (
        lemma in ANNOUNCING
        and lemma in LIGHT_VERBS
        and obj.pos_ == "NOUN"
        and obj.is_lower
        and bool(lexicon.noun_entries(obj.lemma_.lower()))
    )


def _infinitive_nouns(sent: Span, lexicon: Lexicon) -> None:
    """ "agree to withdrawal": an event noun that is no verb, tagged as an infinitive after "to"."""
    for token in sent:
        to = next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == token.i - 1), None)
        if to is None or token.pos_ != "VERB" or not token.is_lower:
            continue
        if lexicon.verb_entries(token.lower_) or not lexicon.noun_entries(token.lower_):
            continue
        head = token.head
        to.head, to.dep_, to.pos_, to.tag_ = head, "prep", "ADP", "IN"
        token.head, token.dep_, token.pos_, token.tag_ = to, "pobj", "NOUN", "NN"
        token.lemma_ = token.lower_


def _coordinated(doc: Doc, sent: Span, lexicon: Lexicon) -> bool:
    """ "Parties in Yemen declare ceasefire and agree to talks": "declare" read as a compound of "ceasefire"."""
    words = [t for t in sent if not t.is_space and not t.is_punct]
    for k in range(1, len(words) - 3):
        verb, obj, conj, second = words[k : k + 4]
        if conj.lower_ != "and" or second.pos_ != "VERB" or second.tag_ not in ("VB", "VBP", "VBZ"):
            continue
        if verb.pos_ == "VERB" and verb.dep_ == "ROOT" and second.head == verb and second.dep_ == "conj":
            return False  # read right
        if [t.i for t in (verb, obj, conj, second)] != list(range(verb.i, verb.i + 4)):
            continue
        if not verb.text.isalpha() or not verb.is_lower or obj.pos_ != "NOUN":
            continue
        lemma = verb_lemma(verb.lower_, lexicon)
        if lemma is None or not _takes(lemma, obj, lexicon) or not _subject_end(words[k - 1]):
            continue
        third_person = lemma != verb.lower_
        if (second.tag_ == "VBZ") != third_person:
            continue  # the two verbs agree with one subject
        _hang(doc, sent, verb, obj, conj, second, lemma, third_person)
        return True
    return False


def _hang(doc: Doc, sent: Span, verb: Token, obj: Token, conj: Token, second: Token, lemma: str, third: bool) -> None:
    """Re-hang "Parties in Yemen | declare | ceasefire | and | agree …" on ``verb``: the words before it a noun
    phrase (its head before the first preposition), ``obj`` its object, ``second`` its conjunct."""
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    pre = [t for t in doc[sent.start : verb.i] if not t.is_space]
    prep = next((t for t in pre if t.pos_ == "ADP"), None)
    before = [t for t in pre if prep is None or t.i < prep.i]
    subject = before[-1]
    for t in before[:-1]:
        heads[t.i], deps[t.i] = subject.i, _modifier(t)
    if prep is not None:
        after = [t for t in pre if t.i > prep.i]
        heads[prep.i], deps[prep.i] = subject.i, "prep"
        if after:
            for t in after[:-1]:
                heads[t.i], deps[t.i] = after[-1].i, _modifier(t)
            heads[after[-1].i], deps[after[-1].i] = prep.i, "pobj"
    heads[subject.i], deps[subject.i] = verb.i, "nsubj"
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[obj.i], deps[obj.i] = verb.i, "dobj"
    heads[conj.i], deps[conj.i] = verb.i, "cc"
    heads[second.i], deps[second.i] = verb.i, "conj"
    for t in doc[second.i + 1 : sent.end]:
        if heads[t.i] < second.i and heads[t.i] >= sent.start:
            heads[t.i] = second.i  # what followed the second verb is its own
    array = doc.to_array([HEAD, DEP])
    for i in range(sent.start, sent.end):
        array[i, 0] = (heads[i] - i) % 2**64
        array[i, 1] = doc.vocab.strings.add(deps[i])
    doc.from_array([HEAD, DEP], array)
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBZ" if third else "VBP", lemma


def _takes_prep(lemma: str, prep: Token, lexicon: Lexicon) -> bool:
    """A verb that goes on with a preposition: an intransitive one ("march in the capital"), or one whose
    recipient follows it, if the word is no event noun too ("withdraws from", but "strikes on" is a noun)."""
    entries = lexicon.verb_entries(lemma)
    if any(e.intransitive for e in entries):
        return True
    return not lexicon.noun_entries(lemma) and any(prep.lower_ in e.target for e in entries)


def _modifier(token: Token) -> str:
    return "amod" if token.pos_ == "ADJ" else "compound"


def _subject_end(token: Token) -> bool:
    """A word that can end a subject: a noun, a number, a pronoun or a name (the tagger may call "Mali" an
    adjective)."""
    return token.pos_ in NOMINAL or (token.text[:1].isupper() and token.pos_ == "ADJ")


def _plural(subject: list[Token]) -> bool:
    """A plural subject: a plural noun last, a number, or names joined by "and"."""
    last = subject[-1]
    return (
        last.tag_ in ("NNS", "NNPS")
        or any(t.lower_ == "and" for t in subject)
        or (last.pos_ == "NUM" and last.lower_ not in ("one", "1"))
    )


def _make_verb(doc: Doc, sent: Span, verb: Token, lemma: str, third_person: bool) -> None:
    """Re-hang the sentence on ``verb``: the phrase before it is its subject, what follows its object."""
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    pre = range(sent.start, verb.i)
    post = range(verb.i + 1, sent.end)
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    pre_roots = [i for i in pre if heads[i] not in pre or heads[i] == i]
    joined = next((i for i in pre if doc[i].lower_ == "and"), None)
    first = [i for i in pre_roots if joined is None or i < joined] or pre_roots
    subject = first[-1]
    for i in first:
        heads[i], deps[i] = (verb.i, "nsubj") if i == subject else (subject, _modifier(doc[i]))
    second = [i for i in pre_roots if joined is not None and i > joined]
    if second:  # "Gambia and Cyprus ratify": two subjects
        heads[joined], deps[joined] = subject, "cc"
        for i in second:
            heads[i], deps[i] = (subject, "conj") if i == second[-1] else (second[-1], _modifier(doc[i]))
    has_object = False
    for i in post:
        if heads[i] in post and heads[i] != i:
            continue
        token = doc[i]
        heads[i] = verb.i
        if token.pos_ == "ADP":
            deps[i] = "prep"
        elif token.is_punct or token.is_space:
            deps[i] = "punct"
        elif token.pos_ in NOMINAL and not has_object:
            deps[i], has_object = "dobj", True
        else:
            deps[i] = "dep"
    array = doc.to_array([HEAD, DEP])
    for i in range(sent.start, sent.end):
        array[i, 0] = (heads[i] - i) % 2**64  # a relative offset, stored unsigned
        array[i, 1] = doc.vocab.strings.add(deps[i])
    doc.from_array([HEAD, DEP], array)
    verb.pos_ = "VERB"
    verb.tag_ = "VBZ" if third_person else "VBP"
    verb.lemma_ = lemma
