"""A headline's verb that the parser read as a noun: "Gambia and Cyprus ratify agreement on cultural exchange".

Headlines drop articles and auxiliaries, and the parser often reads the whole line as one noun phrase ("ratify" a
compound of "agreement", "denounces" a plural noun). A headline sentence with no verb at all is repaired when one
of its nouns is, as a verb, an event word of the lexicon and stands where a verb stands: right after a noun phrase
(its subject) that agrees with it ("Mali denounces", "Dozens march", "Gambia and Cyprus ratify"), and before its
object ("denounces actions"), or before a preposition if the verb can be intransitive ("march in"). That word
becomes the sentence's root verb, the phrase before it its subject and the phrase after it its object.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

#: parts of speech that may end the subject or start the object
NOMINAL = {"NOUN", "PROPN", "NUM", "PRON"}
OBJECT_START = NOMINAL | {"DET", "ADJ"}
#: the relations of a verb read as part of a noun phrase ("sign/compound landmark agreement")
NOT_CLAUSE = {"compound", "amod", "nmod"}


def verb_lemma(word: str, is_verb: Callable[[str], bool]) -> str | None:
    """The lemma under which ``word`` (a bare or third-person form) is an event verb: "denounces" → "denounce"."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return next((f for f in forms if is_verb(f)), None)


def repair_headline(doc: Doc, end: int, is_verb: Callable[[str], bool], intransitive: Callable[[str], bool]) -> None:
    """Give each verbless sentence of the headline (the text before ``end``) its verb, where one is found."""
    for sent in list(doc.sents):
        if sent.start_char >= end:
            break
        _repair(doc, sent, is_verb, intransitive)


def _repair(doc: Doc, sent: Span, is_verb: Callable[[str], bool], intransitive: Callable[[str], bool]) -> None:
    root = sent.root
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
        lemma = verb_lemma(token.lower_, is_verb)
        if lemma is None:
            continue
        third_person = lemma != token.lower_
        subject = words[:k]
        if not _subject_end(before):
            continue
        if third_person and before.tag_ in ("NNS", "NNPS") and before.is_lower:
            continue  # "soldiers" cannot take "bombs"
        if not third_person and not _plural(subject):
            continue  # "Dozens march", "X and Y ratify", but "drone attack", "peace deal"
        if after.pos_ == "ADP" and not intransitive(lemma):
            continue  # "attack on the village": a noun
        if after.pos_ not in OBJECT_START | {"ADP"}:
            continue
        _make_verb(doc, sent, token, lemma, third_person)
        return


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
        heads[i], deps[i] = (verb.i, "nsubj") if i == subject else (subject, "compound")
    second = [i for i in pre_roots if joined is not None and i > joined]
    if second:  # "Gambia and Cyprus ratify": two subjects
        heads[joined], deps[joined] = subject, "cc"
        for i in second:
            heads[i], deps[i] = (subject, "conj") if i == second[-1] else (second[-1], "compound")
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
