"""Lexicon entries for material cooperation, aid and mobilisation (PLOVER COOPERATE, AID, MOBILIZE).

Each test codes a small invented text through the whole pipeline and checks the category and, where the
manual requires one, the recipient (country codes).
"""

from __future__ import annotations

import pytest

from coding import code, of_type, summaries, summary

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


# Access (PLOVER RETREAT 'access'): the host letting a third party in is the actor, the party let in the recipient.


def access_events(pipeline, text: str) -> list[tuple]:
    return [(*summary(e), e.mode) for e in of_type(code(pipeline, text), "RETREAT")]


def test_allowing_inspectors_back_in_is_access_for_their_body(pipeline):
    text = "Nuclear talks\n\nIran allowed UN inspectors back into the country on Monday."
    assert access_events(pipeline, text) == [("RETREAT", "IRN", "IGO", "asserted", "access")]


def test_letting_aid_convoys_in_is_access(pipeline):
    text = "Border crossing\n\nEgypt let aid convoys into Gaza on Monday."
    assert ("RETREAT", "EGY", None, "asserted", "access") in access_events(pipeline, text)


def test_observers_allowed_into_a_country_make_it_the_host(pipeline):
    text = "Election monitoring\n\nElection observers were allowed back into Zimbabwe on Monday."
    assert access_events(pipeline, text) == [("RETREAT", "ZWE", None, "asserted", "access")]


def test_peacekeepers_arriving_in_a_country_are_let_in_by_it(pipeline):
    text = "Peace mission\n\nEthiopian peacekeepers arrived in Somalia on Monday."
    assert access_events(pipeline, text) == [("RETREAT", "SOM", "ETH", "asserted", "access")]


def test_inspectors_returning_to_a_country_are_let_in_by_it(pipeline):
    text = "Nuclear talks\n\nUN inspectors returned to Iraq on Monday."
    assert access_events(pipeline, text) == [("RETREAT", "IRQ", "IGO", "asserted", "access")]


def test_peacekeepers_returning_from_their_base_enter_no_country(pipeline):
    text = "Peace mission\n\nEthiopian peacekeepers returned from their base on Monday."
    assert access_events(pipeline, text) == []


def test_humanitarian_access_to_a_region_names_its_country_as_host(pipeline):
    text = "Relief work\n\nHumanitarian access to Darfur improved after the rains."
    assert access_events(pipeline, text) == [("RETREAT", "SDN", None, "asserted", "access")]


def test_humanitarian_access_to_no_named_place_is_no_event(pipeline):
    text = "Relief work\n\nHumanitarian access improved after the rains."
    assert summaries(pipeline, text) == []


def test_tourists_arriving_in_a_country_are_no_access(pipeline):
    text = "Travel season\n\nEthiopian tourists arrived in Somalia on Monday."
    assert summaries(pipeline, text) == []


# Aid: debt relief (PLOVER manual, RETREAT and AID ambiguities) and deliveries that arrive.


def test_writing_off_a_countrys_debt_is_aid(pipeline):
    text = "Debt relief\n\nThe IMF wrote off $40m of Zambia's debt on Monday."
    assert ("AID", "IGO", "ZMB", "asserted") in summaries(pipeline, text)


def test_agreeing_to_debt_relief_is_the_relief(pipeline):
    text = "Debt relief\n\nGermany agreed to debt relief for Greece on Monday."
    assert summaries(pipeline, text) == [("AID", "DEU", "GRC", "asserted")]


def test_agreeing_to_forgive_sums_owed_by_a_country_names_it(pipeline):
    text = "Debt relief\n\nThe IMF agreed to forgive millions owed by Zambia on Monday."
    assert summaries(pipeline, text) == [("AID", "IGO", "ZMB", "asserted")]


def test_refusing_to_agree_to_debt_relief_gives_no_relief(pipeline):
    text = "Debt relief\n\nGermany refused to agree to debt relief for Greece."
    assert not [s for s in summaries(pipeline, text) if s[0] == "AID" and s[3] == "asserted"]


def test_weapons_arriving_from_a_country_are_its_aid(pipeline):
    text = "Arms deliveries\n\nRussian weapons arrived in Syria on Monday."
    assert ("AID", "RUS", "SYR", "asserted") in summaries(pipeline, text)


def test_military_trainers_arriving_are_aid_by_whoever_sent_them(pipeline):
    text = "Defence ties\n\nMilitary trainers from Turkey arrived in Somalia on Monday."
    assert ("AID", "TUR", "SOM", "asserted") in summaries(pipeline, text)


# Cooperation: joint projects and joint commands.


def test_breaking_ground_on_a_joint_project_is_cooperation(pipeline):
    text = "New railway\n\nLeaders of Kenya and Uganda broke ground on a joint infrastructure project on Monday."
    assert ("COOPERATE", "KEN", "UGA", "asserted") in summaries(pipeline, text)


def test_operating_under_a_joint_command_is_cooperation(pipeline):
    text = "Civil war\n\nRebel groups in Syria began operating under a joint command on Monday."
    assert [s for s in summaries(pipeline, text) if s[0] == "COOPERATE"] == [("COOPERATE", "SYR", None, "asserted")]


def test_a_place_under_new_management_is_no_event(pipeline):
    text = "Local news\n\nThe village in Ghana is under new management."
    assert summaries(pipeline, text) == []


# Assault: torture, sexual violence and mass deportations named as nouns.


def test_responsible_for_torture_makes_the_subject_the_torturer(pipeline):
    text = "Rights report\n\nMyanmar's army was responsible for the torture of an activist."
    tortures = [e for e in of_type(code(pipeline, text), "ASSAULT") if e.mode == "torture"]
    assert [summary(e) for e in tortures] == [("ASSAULT", "MMR", "MMR", "asserted")]
    assert tortures[0].source.sector == "MIL"


def test_headline_responsible_for_torture_names_the_country(pipeline):
    text = "Peru responsible for torture, killing of prominent activist\n\nThe report was published on Monday."
    assert ("ASSAULT", "PER", None, "asserted") in summaries(pipeline, text)


def test_mass_deportations_are_assault_not_individual_deportation(pipeline):
    text = "Rights report\n\nMass deportations were reported in Myanmar on Monday."
    assert summaries(pipeline, text) == [("ASSAULT", None, "MMR", "asserted")]


def test_deporting_two_journalists_stays_coercion(pipeline):
    text = "Press freedom\n\nKenya deported two journalists on Monday."
    assert [s[0] for s in summaries(pipeline, text)] == ["COERCE"]


def test_sexual_violence_by_soldiers_is_sexual_assault(pipeline):
    text = "Rights report\n\nSexual violence by Sudanese soldiers was reported in Darfur."
    events = of_type(code(pipeline, text), "ASSAULT")
    assert [(e.source.country, e.mode) for e in events] == [("SDN", "sexual")]


# Coercion: cyber attacks on a site and military lockdowns; an event needs a named actor or recipient.


def test_a_countrys_news_site_hit_by_a_cyber_attack_is_its_recipient(pipeline):
    text = "Cameroon news site hit by cyber attack\n\nThe site was offline for hours on Monday."
    events = of_type(code(pipeline, text), "COERCE")
    assert [(summary(e), e.mode) for e in events][:1] == [(("COERCE", None, "CMR", "asserted"), "cyber")]


def test_a_cyber_attack_on_an_unnamed_site_is_no_event(pipeline):
    text = "Online\n\nA news site was hit by a cyber attack on Monday."
    assert summaries(pipeline, text) == []


def test_a_village_under_military_lockdown_is_restricted(pipeline):
    text = "Ghana village under military lockdown\n\nResidents said food was running short."
    events = of_type(code(pipeline, text), "COERCE")
    assert [(summary(e), e.mode) for e in events] == [(("COERCE", None, "GHA", "asserted"), "restrict")]


# Ceasefire (PLOVER RETREAT 'ceasefire'): fighting that stops is observed, not another attack.


def test_fighting_that_ended_is_a_ceasefire_by_both_sides(pipeline):
    text = "Front line\n\nFighting between Armenia and Azerbaijan ended on Monday."
    found = summaries(pipeline, text)
    assert ("RETREAT", "ARM", None, "asserted") in found and ("RETREAT", "AZE", None, "asserted") in found
    assert [s for s in found if s[0] == "ASSAULT"] == []


def test_fighting_that_continued_is_no_ceasefire(pipeline):
    text = "Front line\n\nFighting in Yemen continued on Monday."
    assert [s[0] for s in summaries(pipeline, text)] == ["ASSAULT"]


def test_a_war_or_conflict_that_ends(pipeline):
    # ending an active conflict is RETREAT (PLOVER manual); "a week of fighting" is fighting
    events = summaries(pipeline, "The conflict between Ethiopia and Eritrea ended without bloodshed.")
    assert ("RETREAT", "ETH", None, "asserted") in events and ("RETREAT", "ERI", None, "asserted") in events
    events = summaries(pipeline, "More than a week of fighting between Chad and Sudan has ended.")
    assert ("RETREAT", "TCD", None, "asserted") in events
    assert all(e[0] != "ASSAULT" for e in events)
    assert [e[0] for e in summaries(pipeline, "A week of fighting between Chad and Sudan left 40 dead.")] == [
        "ASSAULT"
    ]
