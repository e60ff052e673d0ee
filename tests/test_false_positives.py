"""Events a careful PLOVER coder would not code: accidents, casualty tolls of another event, and the like.

Each test codes a small invented text with ``pipeline.code_text`` and checks that a word which often signals an
event does not produce one here, and that the event next to it stays.
"""

from __future__ import annotations

import pytest

from coding import code, of_type, types

pytestmark = pytest.mark.model


def triggers(pipeline, text: str, kind: str) -> list[str]:
    return [e.evidence.trigger for e in of_type(code(pipeline, text), kind)]


@pytest.mark.parametrize(
    "text",
    [
        "Quake hits Peru\n\nAn earthquake in northern Peru killed more than 300 people on Monday.",
        "Bus crash\n\nFour Kenyan soldiers were killed in a road accident near Nairobi on Monday.",
        "Chemical plant\n\nThe accident forced the evacuation of Tianjin, killing two people.",
        "Floods\n\nFloods in Bangladesh injured dozens of villagers last week.",
    ],
)
def test_accidents_and_disasters_are_no_attack(pipeline, text):
    assert "ASSAULT" not in types(pipeline, text)


def test_an_attack_by_people_still_kills(pipeline):
    text = "Raid\n\nRebels killed three Nigerian soldiers in an ambush near Maiduguri on Monday."
    assert "ASSAULT" in types(pipeline, text)


def test_casualties_in_an_event_are_its_toll(pipeline):
    """ "were killed in a suicide bombing": one bombing, not a bombing and a killing."""
    text = "Bombing\n\nThree Afghan children were killed in a suicide bombing in Kabul on Monday."
    assert triggers(pipeline, text, "ASSAULT") == ["bombing"]


def test_injured_in_clashes_is_the_clashes(pipeline):
    text = "Clashes\n\nSeven Indian policemen were injured during clashes with Maoist rebels in Chhattisgarh."
    found = triggers(pipeline, text, "ASSAULT")
    assert found and all("injured" not in t for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Tourism\n\nMore Malaysians visited Singapore last year than ever before.",
        "Holidays\n\nThousands of Israeli tourists travelled to Egypt on Monday.",
        "Court\n\nHis family travelled to Luanda on Monday.",
    ],
)
def test_private_people_travelling_is_no_visit(pipeline, text):
    assert "CONSULT" not in types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Visit\n\nA Malaysian delegation visited Singapore on Monday.",
        "Visit\n\nPope Francis travelled to Iraq on Friday.",
    ],
)
def test_officials_and_named_people_still_visit(pipeline, text):
    assert "CONSULT" in types(pipeline, text)


def test_a_most_visited_place_is_no_visit(pipeline):
    text = (
        "Tourism\n\nAccording to the Tourism Authority of Thailand, the kingdom drew 30 million tourists in 2016,"
        " making it third most visited place in Asia."
    )
    assert "CONSULT" not in types(pipeline, text)


def test_talks_as_the_setting_of_a_concession(pipeline):
    """ "made concessions in talks with the rebels": the concession is the event, the talks where it happened."""
    text = "Deal\n\nThe Colombian government made concessions in talks with the rebels on Monday."
    assert "CONCEDE" in types(pipeline, text)
    assert "CONSULT" not in types(pipeline, text)


def test_talks_alone_are_still_talks(pipeline):
    assert "CONSULT" in types(pipeline, "Talks\n\nPeru held talks with Chile on Monday.")


def test_a_promised_concession_is_the_concession(pipeline):
    """PLOVER manual, CONCEDE: "the promise of future concessions such as easing of ... restrictions"."""
    found = types(pipeline, "Migration\n\nThe Thai government promised to relax restrictions on migrant workers.")
    assert "CONCEDE" in found
    assert "AGREE" not in found


def test_willingness_to_concede_stays_an_expression_of_intent(pipeline):
    found = types(pipeline, "Ban\n\nThe Algerian government is prepared to lift the ban on the FIS, a minister said.")
    assert "AGREE" in found


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Hawks\n\nSenator John McCain advocated air strikes against the Syrian army.", "ASSAULT"),
        ("Demands\n\nThe Nepalese government was unwilling to accede to the demands of the Maoists.", "CONCEDE"),
        ("Hostages\n\nThe Abu Sayyaf rebels were unable to release the hostages to Philippine troops.", "RETREAT"),
    ],
)
def test_advocated_or_refused_acts_are_not_asserted(pipeline, text, kind):
    """Advocating strikes proposes them; being unwilling or unable to yield negates the yielding."""
    facts = [e.factuality for e in of_type(code(pipeline, text), kind)]
    assert "asserted" not in facts


def test_failing_to_agree_in_a_condition_is_no_rejection(pipeline):
    text = "Rebels\n\nThe Taliban vowed to fight on if they are unable to reach an agreement with the government."
    assert "REJECT" not in types(pipeline, text)


def test_the_recipient_of_an_invitation_is_not_the_inviter(pipeline):
    events = pipeline.code_text("Summit\n\nPresident Trump has received an invitation from Kim Jong Un.").events
    invitations = [e for e in events if e.type == "AGREE"]
    assert invitations
    assert all(e.source is None or "Trump" not in e.source.name for e in invitations)
    assert any(e.target is not None and "Trump" in e.target.name for e in invitations)


@pytest.mark.parametrize(
    "text",
    [
        "Minister\n\nThe Peruvian foreign minister said he agreed with the Chilean president.",
        "Declaration\n\nRussia and China agreed on the importance of stability in Central Asia.",
        "Meeting\n\nThe Kenyan president agreed with that assessment on Monday.",
    ],
)
def test_sharing_a_view_is_no_agreement(pipeline, text):
    """PLOVER AGREE is an agreement to act; agreeing with someone or on the importance of something is an opinion."""
    assert "AGREE" not in types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Force\n\nThe African countries agreed with France in 2013 to form a joint force.",
        "Roadmap\n\nIran agreed with the IAEA on a roadmap for inspections.",
    ],
)
def test_agreeing_with_a_party_to_act_is_still_an_agreement(pipeline, text):
    assert "AGREE" in types(pipeline, text)


def test_a_show_of_strength_is_no_protest(pipeline):
    text = "Parade\n\nNorth Korean troops staged a demonstration of military strength in Pyongyang."
    assert "PROTEST" not in types(pipeline, text)


def test_a_bare_mention_of_a_ceasefire_is_no_retreat(pipeline):
    """PLOVER manual: declared ceasefires are CONCEDE, observed ones RETREAT; naming one is neither."""
    text = "Conflict\n\nThe war ended in 2011 with a ceasefire between Ethiopia and Eritrea, a diplomat said."
    assert "RETREAT" not in types(pipeline, text)


def test_a_ceasefire_taking_hold_is_observed(pipeline):
    text = "Truce\n\nA ceasefire between the Yemeni government and the Houthi rebels took hold on Monday."
    assert "RETREAT" in types(pipeline, text)


def test_troops_marching_away_is_no_protest(pipeline):
    text = "Withdrawal\n\nIraqis gathered to watch the American troops march away from Baghdad."
    assert "PROTEST" not in types(pipeline, text)


def test_ordering_a_hit_is_the_killing_not_a_request(pipeline):
    text = "Murder\n\nThe Russian general was accused of ordering the hit on the Chechen commander."
    found = types(pipeline, text)
    assert "ASSAULT" in found
    assert "REQUEST" not in found


def test_convening_a_jury_or_panel_is_no_meeting(pipeline):
    # a body set up to investigate or advise is convened; no one consults anyone
    assert "CONSULT" not in types(pipeline, "Israel's attorney general convened a grand jury to examine the deal.")
    assert "CONSULT" not in types(pipeline, "The ministry convened a panel of experts on Monday.")
    assert "CONSULT" in types(pipeline, "Egypt convened a meeting of Arab League foreign ministers on Monday.")


def test_a_demand_made_by_demonstrating_is_the_protest(pipeline):
    # PLOVER manual, REQUEST: only verbal demands are requests; a strike or rally demanding something is PROTEST
    text = "Teachers in Kenya launched a general strike on Tuesday demanding an end to layoffs."
    assert types(pipeline, text) == ["PROTEST"]
    assert types(pipeline, "Thousands of Kenyans rallied in Nairobi to demand the resignation of the president.") == [
        "PROTEST"
    ]
    assert "REQUEST" in types(pipeline, "Kenya demanded the release of its citizens held in Uganda.")
