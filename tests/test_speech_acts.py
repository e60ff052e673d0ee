"""Speech acts and the PLOVER rules about them, on one-sentence texts: promises, threats, refusals, demands,
announced retreats, and the words that look like events but are not."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.truecase import truecase_headline

pytestmark = pytest.mark.model

DAY = date(2024, 3, 14)


def _events(pipeline, text: str) -> list[tuple[str, str, str | None, str | None]]:
    coded = pipeline.code_text(text, date=DAY)
    return [
        (
            e.type,
            e.factuality,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in coded.events
    ]


def test_agreeing_to_withdraw_is_a_concession(pipeline):
    # PLOVER manual: announcements of future retreats are CONCEDE; the withdrawal is its content
    events = _events(pipeline, "Madagascar has agreed to withdraw its troops from Comoros.")
    assert ("CONCEDE", "asserted", "MDG", "COM") in events
    assert not any(kind in ("AGREE", "RETREAT") for kind, *_ in events)


def test_announced_withdrawal_is_a_concession(pipeline):
    events = _events(pipeline, "Nigeria announced that it will withdraw its troops from Chad.")
    assert [e for e in events if e[0] == "CONCEDE"] == [("CONCEDE", "asserted", "NGA", "TCD")]


def test_a_vow_to_withdraw_or_resign_is_a_concession(pipeline):
    # the promise of a future retreat is CONCEDE (PLOVER manual), like an announced one; the retreat is its content
    events = _events(pipeline, "Kenya vowed to pull its troops out of Somalia.")
    assert ("CONCEDE", "asserted", "KEN", "SOM") in events or ("CONCEDE", "asserted", "KEN", None) in events
    assert not any(kind in ("AGREE", "RETREAT") for kind, *_ in events)
    events = _events(pipeline, "Peru's interior minister promised to resign.")
    assert [e[:3] for e in events] == [("CONCEDE", "asserted", "PER")]


def test_voiced_willingness_to_yield_is_an_expression_of_intent(pipeline):
    # CAMEO 035 "express intent to yield" is AGREE in the CAMEO-to-PLOVER table
    events = _events(pipeline, "Syria says it is willing to withdraw its troops from Lebanon.")
    assert ("AGREE", "asserted", "SYR", "LBN") in events


def test_a_vow_of_force_is_a_threat_and_only_that(pipeline):
    events = _events(pipeline, "The rebels vowed to attack government forces in the capital.")
    assert [kind for kind, *_ in events] == ["THREATEN"]


def test_a_threat_carries_its_content_as_mode_not_as_an_event(pipeline):
    events = _events(pipeline, "Iran threatened to close the Strait of Hormuz to American ships.")
    assert [kind for kind, *_ in events] == ["THREATEN"]


def test_refusing_an_offer_is_a_rejection(pipeline):
    events = _events(pipeline, "Paraguay has not accepted the offer of mediation from Brazil.")
    assert any(kind == "REJECT" and source == "PRY" for kind, _, source, _ in events)


def test_agreeing_to_forgive_a_debt_is_the_aid_itself(pipeline):
    # PLOVER manual, AID: "The Paris Club has agreed to forgive $200 of Nigeria's … loan obligations"
    events = _events(pipeline, "The IMF agreed to forgive the debt of Uzbekistan.")
    assert [(kind, fact) for kind, fact, *_ in events] == [("AID", "asserted")]


def test_a_promise_to_meet_is_one_agreement(pipeline):
    events = _events(pipeline, "India promised to hold talks with Bangladesh next month.")
    views = [kind for kind, *_ in events]
    assert views.count("AGREE") + views.count("CONSULT") == 1


def test_crowd_violence_is_a_riot(pipeline):
    events = _events(pipeline, "In Tbilisi, protesters threw stones at Georgian police.")
    assert [kind for kind, *_ in events] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry issued a press release about the economy of Kenya.",
        "The summit of Kenya and Uganda will be held on 27 March in Nairobi, officials said of the plan.",
        "The bill met a mixed response in the Kenyan parliament.",
        "Kenya's president shot a film about the war.",
    ],
)
def test_words_that_only_look_like_events(pipeline, text):
    events = _events(pipeline, text)
    assert not any(kind in ("RETREAT", "PROTEST", "ASSAULT") for kind, *_ in events)
    assert not any(kind == "CONSULT" and fact == "asserted" for kind, fact, *_ in events)


def test_headline_is_parsed_in_sentence_case_keeping_names():
    text = (
        "Russia Agrees to Withdraw Troops From Syria\n\nRussia said on Monday that troops would leave Syria."
    )
    parsed = truecase_headline(text, is_name=lambda word: word in {"Russia", "Syria"})
    assert parsed.startswith("Russia agrees to withdraw troops from Syria\n\n")
    assert len(parsed) == len(text)


def test_headline_in_sentence_case_is_left_alone():
    text = "Russia agrees to withdraw troops\n\nRussia said on Monday that troops would leave."
    assert truecase_headline(text) == text


def _modes(pipeline, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.mode, e.factuality) for e in pipeline.code_text(text, date=DAY).events]


@pytest.mark.parametrize(
    "text, mode",
    [
        ("Police in Minsk threatened to arrest the opposition leaders.", "arrest"),
        ("Iran threatened to expel the British diplomats.", "expel"),
        ("The rebels vowed to renew their attacks on Kabul.", "violence"),
    ],
)
def test_a_threat_is_coded_with_what_it_threatens(pipeline, text, mode):
    # PLOVER manual, THREATEN: "the mode is the content of the threat"
    assert [(kind, m) for kind, m, _ in _modes(pipeline, text)] == [("THREATEN", mode)]


def test_force_made_contingent_on_another_party_is_a_threat(pipeline):
    events = _modes(pipeline, "The Senegalese government will detain journalists if they publish the report.")
    assert events == [("THREATEN", "arrest", "asserted")]


def test_a_condition_on_oneself_is_no_threat(pipeline):
    events = _modes(pipeline, "Kenya will release the prisoners if it receives guarantees from Somalia.")
    assert not any(kind == "THREATEN" for kind, *_ in events)


def test_a_headline_infinitive_is_the_future(pipeline):
    coded = pipeline.code_text("Germany to send troops to Mali\n\nThe cabinet met on Monday.", date=DAY)
    sent = [e for e in coded.events if e.type == "MOBILIZE"]
    assert sent and sent[0].factuality == "planned"


def test_a_dated_warning_about_a_state_of_affairs_is_no_threat(pipeline):
    events = _modes(
        pipeline, "On Wednesday, the UN envoy to Syria warned that thousands of refugees could die."
    )
    assert not any(kind == "THREATEN" for kind, *_ in events)


def test_agreeing_what_parties_should_do_is_an_agreement(pipeline):
    events = _events(
        pipeline, "Chilean and Peruvian officials agreed on Monday that their countries should cooperate."
    )
    assert any(kind == "AGREE" and source in ("CHL", "PER") for kind, _, source, _ in events)


def test_threatening_stability_is_no_threat(pipeline):
    events = _modes(pipeline, "Brazil criticised a plan that threatens the stability of Venezuela.")
    assert not any(kind == "THREATEN" for kind, *_ in events)


def test_a_promise_to_hold_back_force_is_a_concession(pipeline):
    # PLOVER manual, CONCEDE: many concessions are promises that certain things will not happen
    events = _events(
        pipeline, "Kenyan police announced on Friday that they will not detain opposition supporters."
    )
    assert ("CONCEDE", "asserted", "KEN", None) in [(k, f, s, None) for k, f, s, _ in events]
    assert any(kind == "COERCE" and fact == "negated" for kind, fact, *_ in events)


def test_a_pledge_not_to_attack_is_a_concession_not_a_threat(pipeline):
    events = _events(pipeline, "Colombian rebels pledged not to attack Venezuelan troops.")
    kinds = [kind for kind, *_ in events]
    assert "CONCEDE" in kinds and "THREATEN" not in kinds


def test_holding_back_is_promised_only_in_the_future(pipeline):
    for text in (
        "Turkish troops did not attack Syrian positions.",
        "Turkish troops refused to attack Syrian positions.",
    ):
        assert not any(kind == "CONCEDE" for kind, *_ in _events(pipeline, text)), text


def test_saying_someone_must_be_acted_on_addresses_no_one(pipeline):
    events = _events(pipeline, "Talks\n\nThe Syrian fighters must be brought before courts, an Iraqi judge said.")
    assert not any(kind == "REQUEST" and target == "SYR" for kind, _, _, target in events)


def test_a_pledged_deployment_is_a_planned_mobilisation(pipeline):
    events = _events(pipeline, "Security\n\nThe Kenyan government pledged to deploy more police in Nairobi.")
    assert any(kind == "MOBILIZE" and fact == "planned" and source == "KEN" for kind, fact, source, _ in events)
    assert not any(kind == "THREATEN" for kind, *_ in events)


def test_a_deployment_made_conditional_on_another_party_is_a_threat(pipeline):
    events = _events(pipeline, "Border\n\nThe Indian army vowed to send troops to the border unless Pakistan withdrew.")
    assert any(kind == "THREATEN" for kind, *_ in events)
