"""Lexicon entries for material cooperation, aid and mobilisation (PLOVER COOPERATE, AID, MOBILIZE).

Each test codes a small invented text through the whole pipeline and checks the category and, where the
manual requires one, the recipient (country codes).
"""

from __future__ import annotations

import pytest

from coding import summaries

pytestmark = pytest.mark.model

def test_bilateral_trade_between_two_countries_is_economic_cooperation(pipeline):
    text = "Figures for the year\n\nBilateral trade between Poland and Vietnam rose by a third in 2017."
    assert ("COOPERATE", "POL", "VNM", "asserted") in summaries(pipeline, text)


def test_increased_investment_in_a_country_names_it_as_recipient(pipeline):
    text = "Figures for the year\n\nJapanese firms increased their investment in Kenya last year."
    assert ("COOPERATE", "JPN", "KEN", "asserted") in summaries(pipeline, text)


def test_expanded_intelligence_sharing_is_cooperation_between_the_subjects(pipeline):
    text = "Security ties\n\nPeru and Chile expanded intelligence sharing on Tuesday."
    assert ("COOPERATE", "PER", "CHL", "asserted") in summaries(pipeline, text)


def test_released_funds_to_a_country_is_aid(pipeline):
    text = "Budget support\n\nThe World Bank released funds to Malawi on Thursday."
    assert [s[0] for s in summaries(pipeline, text) if s[2] == "MWI"] == ["AID"]


def test_released_sum_of_money_is_aid(pipeline):
    text = "Budget support\n\nThe European Union released $40 million to Moldova on Thursday."
    assert [s[0] for s in summaries(pipeline, text) if s[2] == "MDA"] == ["AID"]


def test_relief_supplies_from_a_donor_are_aid(pipeline):
    text = "After the quake\n\nMedical supplies from Norway arrived in Haiti on Monday."
    assert ("AID", "NOR", "HTI", "asserted") in summaries(pipeline, text)


def test_military_training_for_another_army_is_aid(pipeline):
    text = "Defence ties\n\nFrance began military training for the Malian army on Monday."
    assert ("AID", "FRA", "MLI", "asserted") in summaries(pipeline, text)


def test_a_grant_to_a_country_is_aid(pipeline):
    text = "Budget support\n\nSweden announced a $20 million grant to Liberia on Monday."
    assert "AID" in [s[0] for s in summaries(pipeline, text) if s[2] == "LBR"]


def test_ramping_up_weapons_production_is_mobilisation(pipeline):
    text = "Arms race\n\nPakistan ramped up weapons production after the border clash."
    assert ("MOBILIZE", "PAK", None, "asserted") in summaries(pipeline, text)


def test_military_build_up_is_mobilisation(pipeline):
    text = "Border tension\n\nTurkey continued its military build-up on the Syrian border."
    assert ("MOBILIZE", "TUR", None, "asserted") in summaries(pipeline, text)


def test_commissioning_a_warship_is_mobilisation(pipeline):
    text = "Naval power\n\nIndia commissioned a new submarine on Saturday."
    assert ("MOBILIZE", "IND", None, "asserted") in summaries(pipeline, text)


def test_commissioning_a_report_is_no_event(pipeline):
    text = "Naval power\n\nIndia commissioned a new report on Saturday."
    assert summaries(pipeline, text) == []
