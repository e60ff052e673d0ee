"""Actor mentions and their resolution on small hand-made sentences."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.knowledge import KnowledgeBase
from eventwire.actors.matching import KBMatcher
from eventwire.actors.mentions import find_mentions

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def tiny_kb():
    kb = KnowledgeBase()
    kb.add_countries(
        [
            {
                "code": "RUS",
                "name": "Russia",
                "demonyms": ["Russian"],
                "capital": {"name": "Moscow"},
                "seats": [{"text": "Kremlin", "sector": "GOV"}],
            },
            {"code": "CHN", "name": "China", "demonyms": ["Chinese"], "capital": {"name": "Beijing"}},
            {"code": "JPN", "name": "Japan", "demonyms": ["Japanese"], "capital": {"name": "Tokyo"}},
            {
                "code": "PRK",
                "name": "North Korea",
                "demonyms": ["North Korean"],
                "capital": {"name": "Pyongyang"},
            },
        ],
        "test",
    )
    kb.add_people(
        [
            {
                "name": "Xi Jinping",
                "country": "CHN",
                "sector": "GOV",
                "roles": [{"role": "President", "start": "2013-03-14", "end": None}],
            },
            {"name": "Kim Jong Un", "country": "PRK", "sector": "GOV", "roles": []},
        ],
        "test",
    )
    kb.person_words.update({"researcher", "president", "chairman"})
    kb.add_sectors(
        {
            "GOV": ["government", "president", "foreign ministry", "ministry"],
            "EDU": ["researcher", "university"],
        },
        "test",
    )
    return kb


def _mentions(nlp, kb, text):
    doc = nlp(text)
    found = find_mentions(doc, KBMatcher(nlp, kb), published=date(2018, 3, 29), fuzzy_threshold=88)
    return {m.text: m for m in found.listed()}


def test_known_names_and_seats(nlp, tiny_kb):
    found = _mentions(nlp, tiny_kb, "The Kremlin said Russia would talk to China.")
    assert found["The Kremlin"].country == "RUS" and found["The Kremlin"].sector == "GOV"
    assert found["Russia"].country == "RUS" and found["China"].country == "CHN"


def test_misspelt_name_resolves(nlp, tiny_kb):
    found = _mentions(nlp, tiny_kb, "Kim met with Chinese President Xi Jinpoing on Monday.")
    assert found["Xi Jinpoing"].name == "Xi Jinping"
    assert found["Xi Jinpoing"].country == "CHN"


def test_surname_resolves_through_earlier_full_name(nlp, tiny_kb):
    found = _mentions(nlp, tiny_kb, "Kim Jong Un arrived in Beijing. Kim met officials there.")
    assert found["Kim"].name == "Kim Jong Un" and found["Kim"].country == "PRK"


def test_sector_phrase_takes_possessor_country(nlp, tiny_kb):
    found = _mentions(nlp, tiny_kb, "Moscow's foreign ministry said the summit was significant.")
    mention = found["Moscow's foreign ministry"]
    assert (mention.country, mention.sector) == ("RUS", "GOV")


def test_unknown_person_described_by_appositive(nlp, tiny_kb):
    found = _mentions(
        nlp, tiny_kb, "Masao Okonogi, Japan's leading researcher at Keio University, said talks were likely."
    )
    mention = found["Masao Okonogi"]
    assert (mention.country, mention.sector) == ("JPN", "EDU")


def test_bare_sector_inherits_country_of_sentence(nlp, tiny_kb):
    found = _mentions(nlp, tiny_kb, "Russia did confirm the government is working closely with China.")
    assert found["the government"].country == "RUS"
