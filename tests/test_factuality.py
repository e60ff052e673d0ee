"""Factuality from the words around a trigger, on small hand-made sentences."""

from __future__ import annotations

import pytest

from eventwire.factuality import assess

pytestmark = pytest.mark.model


def _trigger(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Iran met Iraq on Monday.", "met", "asserted"),
        ("Iran did not meet Iraq.", "meet", "negated"),
        ("Iran never attacked Iraq.", "attacked", "negated"),
        ("There are no plans for Iran and Iraq to meet.", "meet", "negated"),
        ("Russia dismissed speculation that Putin could soon meet Kim.", "meet", "negated"),
        ("Kim could be refraining from visiting Putin.", "visiting", "negated"),
        ("Iran refused to release the prisoners.", "release", "negated"),
        ("Iran will meet Iraq next week.", "meet", "planned"),
        ("The accord could see Iranian diplomats travel to Riyadh.", "travel", "possible"),
        ("Iran will continue to cooperate with Iraq.", "cooperate", "planned"),
        ("Instead of retreating, the rebels advanced.", "retreating", "negated"),
        ("Russia plans to withdraw the troops stationed in Syria.", "stationed", "asserted"),
        ("Iran plans to visit Iraq.", "visit", "planned"),
        ("The talks precede planned summits with Japan.", "summits", "planned"),
        ("Iran agreed to withdraw its troops.", "withdraw", "planned"),
        ("Kim is likely to meet with Putin.", "meet", "possible"),
        ("Iran could impose sanctions on Iraq.", "impose", "possible"),
        ("Iran threatened to attack Iraq.", "attack", "possible"),
        ("If Iraq attacks, Iran will respond.", "attacks", "possible"),
        ("Iraq said Iran attacked the border post.", "attacked", "asserted"),
    ],
)
def test_factuality(nlp, text, word, value):
    assert assess(_trigger(nlp, text, word)).value == value


def test_reported_would_is_planned(nlp):
    token = _trigger(nlp, "The ministry said it would send troops.", "send")
    assert assess(token, reported=True).value == "planned"
