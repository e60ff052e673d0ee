"""Attribution (who says so) and quotes on small hand-made sentences, against the shipped knowledge base."""

from __future__ import annotations

import pytest

from eventwire.actors.mentions import Mentions, find_mentions
from eventwire.attribution import attribute, channel_name, find_quotes

pytestmark = pytest.mark.model

SUMMIT_VIA_NEWS1 = (
    "Moscow's foreign ministry said the summit is significant, South Korean news service News 1 reported."
)


def parse(pipeline, text: str):
    doc = pipeline.nlp(text)
    return doc, find_mentions(doc, pipeline.matcher, published=None, fuzzy_threshold=88)


def said_at(pipeline, text: str, word: str):
    """The attribution of the (first) token ``word`` of ``text``."""
    doc, mentions = parse(pipeline, text)
    token = next(t for t in doc if t.text == word)
    return attribute(token, mentions)


def who(mention) -> tuple[str, str | None, str | None]:
    return mention.text, mention.country, mention.sector


def test_reporting_verb_subject_is_the_speaker(pipeline):
    said = said_at(pipeline, "Iran said Iraq met Syria.", "met")
    assert said is not None
    assert who(said.speaker) == ("Iran", "IRN", None)
    assert said.cue == "said" and said.via == []


def test_outer_news_outlet_is_the_channel(pipeline):
    said = said_at(pipeline, SUMMIT_VIA_NEWS1, "significant")
    assert said is not None
    assert who(said.speaker) == ("Moscow's foreign ministry", "RUS", "GOV")
    assert said.cue == "said"
    assert [channel_name(m) for m in said.via] == ["News 1"]


def test_according_to_sources_names_the_speaker(pipeline):
    said = said_at(pipeline, "Kim Jong Un met Xi Jinping in Beijing, according to Chinese sources.", "met")
    assert said is not None
    assert said.speaker.country == "CHN"
    assert said.cue == "according to" and said.via == []


def test_according_to_an_outlet_under_another_speaker_is_the_channel(pipeline):
    said = said_at(pipeline, "Japan said Kim Jong Un visited Beijing, according to the Nikkei.", "visited")
    assert said is not None
    assert who(said.speaker) == ("Japan", "JPN", None)
    assert [channel_name(m) for m in said.via] == ["Nikkei"]


def test_reporting_clause_after_the_report(pipeline):
    said = said_at(pipeline, "Russian forces attacked Ukraine on Monday, the Pentagon said.", "attacked")
    assert said is not None
    assert who(said.speaker) == ("the Pentagon", "USA", "MIL")
    assert said.cue == "said"


def test_statement_in_the_texts_own_voice_has_no_attribution(pipeline):
    assert said_at(pipeline, "Russia attacked Ukraine on Monday.", "attacked") is None


def test_direct_quote_with_its_speaker(pipeline):
    text = '"Russia will never accept sanctions," the Kremlin stated.'
    doc, mentions = parse(pipeline, text)
    quotes = find_quotes(doc, mentions)
    direct = [q for q in quotes if q.direct]
    assert len(direct) == 1
    quote = direct[0]
    assert text[quote.start_char : quote.end_char] == "Russia will never accept sanctions"
    assert quote.said is not None and quote.said.cue == "stated"
    assert who(quote.said.speaker) == ("the Kremlin", "RUS", "GOV")
    # the quoted words are not reported a second time as an indirect quote
    assert [q for q in quotes if not q.direct] == []


def test_indirect_quote_is_the_complement_of_the_reporting_verb(pipeline):
    text = "Russia said China would send troops to Syria."
    doc, mentions = parse(pipeline, text)
    quotes = find_quotes(doc, mentions)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.direct is False
    assert text[quote.start_char : quote.end_char] == "China would send troops to Syria"
    assert quote.said is not None and quote.said.cue == "said"
    assert who(quote.said.speaker) == ("Russia", "RUS", None)


def test_no_quotes_without_reporting_or_quotation_marks(pipeline):
    doc, mentions = parse(pipeline, "Russia attacked Ukraine on Monday.")
    assert isinstance(mentions, Mentions)
    assert find_quotes(doc, mentions) == []


def test_indirect_quote_through_an_outer_outlet(pipeline):
    text = SUMMIT_VIA_NEWS1
    doc, mentions = parse(pipeline, text)
    found = [
        (
            text[q.start_char : q.end_char],
            q.said.speaker.text if q.said and q.said.speaker else None,
            [channel_name(m) for m in q.said.via] if q.said else [],
        )
        for q in find_quotes(doc, mentions)
    ]
    assert found == [("the summit is significant", "Moscow's foreign ministry", ["News 1"])]
