"""Cleaning: normalisation, boilerplate, captions and credits, headline, dateline, dates, ids, HTML pages."""

from __future__ import annotations

import json
from datetime import date
from html import escape
from pathlib import Path
from string import Template

import pytest

from eventwire.clean import clean_article, content_id, load_lexicon, normalize_text
from eventwire.clean.lexicon import build_lexicon
from eventwire.clean.metadata import split_headline
from eventwire.errors import InputError
from eventwire.models import Article, Origin, RawArticle

FIXTURES = Path(__file__).parent / "fixtures"
SEED_DIR = Path(__file__).parents[1] / ".." / "shared" / "corpus" / "seed"
SEED_FILE = SEED_DIR / "upi-2018-03-29-putin-kim.txt"

LEAD = "Heavy rain forced more than 12,000 people from their homes in northern Freedonia, officials said."
SECOND = "The ministry said troops had been sent to help with the evacuation."


def clean(text: str, **kwargs: object) -> Article:
    return clean_article(RawArticle(origin=Origin(path="story.txt"), text=text), **kwargs)  # type: ignore[arg-type]


def page(headline: str, caption: str, paragraphs: list[str]) -> str:
    """The hand-made news page (nav, cookie banner, share links, comment form, …) around an article."""
    template = Template((FIXTURES / "news-page.html").read_text(encoding="utf-8"))
    body = "\n".join(f"        <p>{escape(p)}</p>" for p in paragraphs)
    return template.substitute(headline=escape(headline), caption=escape(caption), paragraphs=body)


def removed_texts(article: Article, kind: str | None = None) -> list[str]:
    return [r.text for r in article.removed if kind is None or r.kind == kind]


# --- normalisation ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Cafe\u0301", "Café"),  # NFC
        ("a\u00a0b\u2009c\u202fd\u3000e\tf", "a b c d e f"),  # odd spaces and tabs
        ("zero\u200bwidth\u200d join\ufeff\u00ad", "zerowidth join"),
        ("\u201cquoted\u201d and \u2018single\u2019 \u201elow\u201d", '"quoted" and \'single\' "low"'),
        ("Moscow\u2019s", "Moscow's"),
        ("war \u2014 peace \u2013 2018", "war \u2014 peace \u2013 2018"),  # dashes kept
        ("a   b  \t c", "a b c"),
        ("  one  \r\n two \r three ", "one\ntwo\nthree"),
        ("one\n\n\n\n two\n \n\nthree", "one\n\ntwo\n\nthree"),
        ("one\u2029two\u2028three", "one\n\ntwo\nthree"),
        ("bell\x07 and\x00 nul", "bell and nul"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_paragraphs_are_separated_by_exactly_one_blank_line() -> None:
    article = clean(f"  {LEAD}  \r\n\r\n\r\n\r\n{SECOND}\nA third line of text that stands alone.\n")
    assert article.text == f"{LEAD}\n\n{SECOND}\n\nA third line of text that stands alone."


def test_hard_wrapped_text_is_unwrapped() -> None:
    wrapped = (
        "The interior ministry said on Tuesday that more than 12,000\n"
        "people had been forced from their homes in the north of the\n"
        "country after rivers burst their banks for the second time.\n\n"
        "Troops were sent to help with the evacuation, and schools in\n"
        "three provinces will stay closed until Friday, it said.\n"
    )
    paragraphs = clean(wrapped).text.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("The interior ministry said") and "\n" not in paragraphs[0]


# --- headline ---------------------------------------------------------------------------------------------


def test_short_first_paragraph_is_the_headline() -> None:
    article = clean(f"Floods force thousands from homes in Freedonia\n\n{LEAD}\n\n{SECOND}")
    assert article.title == "Floods force thousands from homes in Freedonia"
    assert article.text == f"{LEAD}\n\n{SECOND}"


@pytest.mark.parametrize(
    "text",
    [
        f"{LEAD}\n\n{SECOND}",  # a lead sentence, not a headline
        "Floods force thousands from homes in Freedonia",  # nothing after it
        # too long
        "Floods force thousands from homes in Freedonia, and the government has promised "
        "to help every family that lost a house as the rain goes on and on and on for weeks\n\n" + LEAD,
    ],
)
def test_no_headline(text: str) -> None:
    article = clean(text)
    assert article.title is None
    assert article.text == normalize_text(text)


def test_first_paragraph_followed_by_a_dateline_is_the_headline_even_with_a_period() -> None:
    article = clean(f"Floods force thousands from homes.\n\nPORT VALE (Reuters) - {LEAD}")
    assert article.title == "Floods force thousands from homes."
    assert article.text == LEAD


def test_given_title_wins_and_the_first_line_goes_only_when_identical() -> None:
    title = "Floods in Freedonia"
    same = RawArticle(Origin(path="a.jsonl", line=1), text=f"Floods in Freedonia\n\n{LEAD}", title=title)
    assert (clean_article(same).title, clean_article(same).text) == (title, LEAD)
    other = RawArticle(Origin(path="a.jsonl", line=2), text=f"Rain in the north\n\n{LEAD}", title=title)
    article = clean_article(other)
    assert article.title == "Floods in Freedonia"
    assert article.text == f"Rain in the north\n\n{LEAD}"


def test_given_title_is_normalised_like_the_text() -> None:
    title = "  \u201cFloods\u201d\u00a0in\nFreedonia "
    raw = RawArticle(Origin(path="a.jsonl", line=1), text=LEAD, title=title)
    assert clean_article(raw).title == '"Floods" in Freedonia'


@pytest.mark.parametrize(
    ("title", "first", "headline", "kept"),
    [
        ("Floods in Freedonia | The Daily Example", "Floods in Freedonia", "Floods in Freedonia", False),
        ("Floods in Freedonia - Example News", "Floods in Freedonia", "Floods in Freedonia", False),
        ("Floods in Freedonia and beyond", "Floods in Freedonia", "Floods in Freedonia and beyond", True),
    ],
)
def test_page_title_with_a_site_name_over_the_same_headline(
    title: str, first: str, headline: str, kept: bool
) -> None:
    found, paragraphs = split_headline([first, LEAD], load_lexicon(), known_title=title)
    assert found == headline
    assert paragraphs == ([first, LEAD] if kept else [LEAD])


# --- dateline, agency, published --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "dateline", "agency", "published"),
    [
        ("March 29 (UPI) —", "March 29 (UPI)", "UPI", date(2018, 3, 29)),
        ("WASHINGTON (Reuters) -", "WASHINGTON (Reuters)", "Reuters", date(2018, 4, 2)),
        ("BEIRUT, Lebanon (AP) —", "BEIRUT, Lebanon (AP)", "AP", date(2018, 4, 2)),
        ("LONDON, March 3 (Reuters) -", "LONDON, March 3 (Reuters)", "Reuters", date(2018, 3, 3)),
        ("Paris, 12 May (AFP) –", "Paris, 12 May (AFP)", "AFP", date(2018, 5, 12)),
        ("SEOUL, Jan. 5 (Yonhap) --", "SEOUL, Jan. 5 (Yonhap)", "Yonhap", date(2018, 1, 5)),
        ("WASHINGTON (REUTERS) -", "WASHINGTON (REUTERS)", "Reuters", date(2018, 4, 2)),
        ("NEW YORK (Associated Press) —", "NEW YORK (Associated Press)", "AP", date(2018, 4, 2)),
        ("(CNN) —", "(CNN)", "CNN", date(2018, 4, 2)),
        ("KABUL, Afghanistan —", "KABUL, Afghanistan", None, date(2018, 4, 2)),
        (
            "MOSCOW, March 29, 2017 (Interfax) -",
            "MOSCOW, March 29, 2017 (Interfax)",
            "Interfax",
            date(2017, 3, 29),
        ),
    ],
)
def test_dateline_is_read_and_stripped(
    opening: str, dateline: str, agency: str | None, published: date
) -> None:
    article = clean(f"Floods in Freedonia\n\n{opening} {LEAD}\n\n{SECOND}", default_date=date(2018, 4, 2))
    assert (article.dateline, article.agency, article.published) == (dateline, agency, published)
    assert article.text == f"{LEAD}\n\n{SECOND}"
    assert article.title == "Floods in Freedonia"


@pytest.mark.parametrize(
    "text",
    [
        "U.S.-backed forces said they had taken the town on Tuesday.",
        "ISIS — the group that once held the town — said on Tuesday it had fled.",
        "Russia (which has a veto) - said nothing.",
        "The (new) law — he said — is unfair.",
    ],
)
def test_ordinary_openings_are_not_datelines(text: str) -> None:
    article = clean(f"{text}\n\n{SECOND}")
    assert article.dateline is None and article.agency is None
    assert article.text.startswith(text)


def test_dateline_paragraph_alone_is_dropped() -> None:
    article = clean(f"WASHINGTON (Reuters) -\n\n{LEAD}")
    assert (article.dateline, article.text) == ("WASHINGTON (Reuters)", LEAD)


def test_published_date_precedence() -> None:
    text = f"March 29 (UPI) — {LEAD}"
    assert clean(text).published is None  # a day without a year
    assert clean(text, default_date=date(2018, 4, 2)).published == date(2018, 3, 29)
    stated = RawArticle(Origin(path="a.jsonl", line=1), text=text, date=date(2018, 3, 30))
    assert clean_article(stated, default_date=date(2018, 4, 2)).published == date(2018, 3, 30)
    assert clean(LEAD, default_date=date(2018, 4, 2)).published == date(2018, 4, 2)
    assert clean(f"Dec. 31 (UPI) — {LEAD}", default_date=date(2019, 1, 2)).published == date(2018, 12, 31)


# --- boilerplate ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("LEAVE A REPLY", "comment_form"),
        ("Please enter your comment!", "comment_form"),
        ("Please enter your name here", "comment_form"),
        ("You have entered an incorrect email address!", "comment_form"),
        ("Post a comment", "comment_form"),
        ("Comments", "comment_form"),
        ("12 Comments", "comment_form"),
        ("Share this article", "share_links"),
        ("Share on Facebook", "share_links"),
        ("Tweet", "share_links"),
        ("Email", "share_links"),
        ("Share on Facebook | Share on Twitter | Email", "share_links"),
        ("Sign up for our newsletter", "subscribe"),
        ("Subscribe", "subscribe"),
        ("Sign up for our daily newsletter to get the news in your inbox.", "subscribe"),
        ("Read more:", "read_more"),
        ("Read more: Freedonia's government survives confidence vote", "read_more"),
        ("RELATED: Floods hit the south", "read_more"),
        ("Also read", "read_more"),
        ("We use cookies to improve your experience. By continuing you accept them.", "cookie_notice"),
        ("Accept all cookies", "cookie_notice"),
        ("Copyright 2019 Example Press. All rights reserved.", "copyright"),
        ("© 2018 United Press International, Inc.", "copyright"),
        ("All rights reserved.", "copyright"),
        ("Advertisement", "advertisement"),
        ("Image caption Rescue workers in Port Vale", "photo_caption"),
    ],
)
def test_boilerplate_line_is_removed_and_kept_with_its_kind(line: str, kind: str) -> None:
    article = clean(f"{LEAD}\n\n{line}\n\n{SECOND}")
    assert article.text == f"{LEAD}\n\n{SECOND}"
    assert [(r.kind, r.text) for r in article.removed] == [(kind, line)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Read more about the plan in the ministry's report, officials said.",
        "Shares in the national railway fell 3% on Tuesday.",
        "He said he would share the data with allies and email the results.",
        "Comments by the minister angered the opposition.",
        "Copyright law was changed by parliament in 2019.",
        "Subscribers to the service were told to stay at home.",
        "Related talks will be held in Geneva next week.",
        "Photo agencies were barred from the courtroom on Tuesday.",
        "The website of the ministry crashed on Tuesday.",
    ],
)
def test_ordinary_sentences_that_mention_such_words_stay(sentence: str) -> None:
    article = clean(f"{LEAD}\n\n{sentence}\n\n{SECOND}")
    assert article.text == f"{LEAD}\n\n{sentence}\n\n{SECOND}"
    assert article.removed == ()


def test_lines_of_one_paragraph_are_removed_one_by_one() -> None:
    article = clean(f"{LEAD}\n\nLEAVE A REPLY\n\nPlease enter your comment!\nPlease enter your name here\n")
    assert article.text == LEAD
    assert removed_texts(article, "comment_form") == [
        "LEAVE A REPLY",
        "Please enter your comment!",
        "Please enter your name here",
    ]


def test_trailing_run_of_comment_form_lines_is_removed_but_the_same_words_inside_the_text_stay() -> None:
    article = clean(f"{LEAD}\n\nWebsite\n\n{SECOND}\n\nLeave a comment\n\nName *\nEmail *\nWebsite\n")
    assert article.text == f"{LEAD}\n\nWebsite\n\n{SECOND}"
    assert removed_texts(article) == ["Leave a comment", "Name *", "Email *", "Website"]


# --- photo captions and credits ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("Photo by Yuri Gripas/UPI", "Yuri Gripas/UPI"),
        ("Photo: Reuters", "Reuters"),
        ("(Photo: AP)", "AP"),
        ("Photograph: John Smith/Getty Images", "John Smith/Getty Images"),
        ("Credit: Jane Doe", "Jane Doe"),
        ("Image copyright AFP", "AFP"),
        ("File photo by Jim Ruymen/UPI", "Jim Ruymen/UPI"),
        ("(AP Photo/Evan Vucci)", "Evan Vucci"),
        ("Chip Somodevilla/Getty Images", "Chip Somodevilla/Getty Images"),
    ],
)
def test_caption_ending_with_a_credit_is_removed_as_caption_and_credit(credit: str, name: str) -> None:
    caption = "Rescue workers carry a resident through flood water in Port Vale on Tuesday."
    article = clean(f"Floods in Freedonia\n\n{caption} {credit}\n\n{LEAD}\n\n{SECOND}")
    assert article.text == f"{LEAD}\n\n{SECOND}"
    assert [(r.kind, r.text) for r in article.removed] == [
        ("photo_caption", caption),
        ("photo_credit", credit),
    ]
    assert article.photo_credit == name
    assert article.title == "Floods in Freedonia"


@pytest.mark.parametrize(("credit", "name"), [("Photo: Reuters", "Reuters"), ("File photo", None)])
def test_credit_alone_is_removed(credit: str, name: str | None) -> None:
    article = clean(f"{LEAD}\n\n{credit}\n\n{SECOND}")
    assert article.text == f"{LEAD}\n\n{SECOND}"
    assert [(r.kind, r.text) for r in article.removed] == [("photo_credit", credit)]
    assert article.photo_credit == name


def test_long_paragraph_ending_with_a_credit_keeps_its_text() -> None:
    long_paragraph = " ".join([LEAD] * 6)
    article = clean(f"{long_paragraph} Photo by Ana Lima/Example Press\n\n{SECOND}")
    assert article.text == f"{long_paragraph}\n\n{SECOND}"
    assert [(r.kind, r.text) for r in article.removed] == [
        ("photo_credit", "Photo by Ana Lima/Example Press")
    ]


def test_sentences_mentioning_photos_are_not_credits() -> None:
    text = f"{LEAD}\n\nShe said the photo by the window was taken in 2015.\n\nIt was a photo by Smith."
    assert clean(text).removed == ()


# --- id, errors, purity -----------------------------------------------------------------------------------


def test_id_is_the_inputs_own_or_derived_from_the_text() -> None:
    given = RawArticle(Origin(path="a.jsonl", line=1), text=LEAD, id="r-17")
    assert clean_article(given).id == "r-17"
    derived = clean(f"  {LEAD}\n")
    assert derived.id == content_id(LEAD) == clean(LEAD).id
    assert derived.id.startswith("a-") and len(derived.id) == 18
    assert clean(SECOND).id != derived.id


@pytest.mark.parametrize(
    "raw",
    [
        RawArticle(Origin(path="x.txt"), text="LEAVE A REPLY\n\nPlease enter your comment!\n"),
        RawArticle(Origin(path="x.txt"), text=" \n\u200b\n"),
        RawArticle(Origin(path="x.html"), html="<html><head><title>t</title></head><body></body></html>"),
        RawArticle(Origin(path="x.jsonl", line=3), html="<html><body><script>x()</script></body></html>"),
    ],
)
def test_nothing_left_raises_input_error_naming_the_input(raw: RawArticle) -> None:
    with pytest.raises(InputError) as caught:
        clean_article(raw)
    assert caught.value.where == raw.origin.describe()
    assert caught.value.reason == "no article text after cleaning"


def test_cleaning_is_repeatable_and_the_lexicon_is_loaded_once() -> None:
    text = (FIXTURES / "wire-story.txt").read_text(encoding="utf-8")
    assert clean(text, default_date=date(2019, 5, 20)) == clean(text, default_date=date(2019, 5, 20))
    assert load_lexicon() is load_lexicon()


def test_malformed_lexicon_is_refused() -> None:
    shipped = Path(__file__).parents[1] / "src" / "eventwire" / "data" / "lexicon" / "boilerplate.json"
    data = json.loads(shipped.read_text(encoding="utf-8"))
    data["line_rules"].append({"kind": "broken", "where": "middle", "lines": ["x"]})
    with pytest.raises(ValueError, match="where"):
        build_lexicon(data)


# --- a whole hand-made story, as text and as a web page ---------------------------------------------------


def check_wire_story(article: Article) -> None:
    assert article.title == "Floods force thousands from homes in northern Freedonia"
    assert (article.dateline, article.agency) == ("PORT VALE, Freedonia, May 14 (Reuters)", "Reuters")
    assert article.published == date(2019, 5, 14)
    assert article.photo_credit == "Ana Lima/Example Press"
    assert article.text.startswith("Heavy rain forced more than 12,000 people")
    assert article.text.endswith("Read more about the closures in the ministry's report.")
    assert "Residents said they would share what food they had" in article.text
    for boilerplate in (
        "Share this",
        "Read more: Freedonia",
        "Sign up",
        "Copyright",
        "LEAVE A REPLY",
        "Please enter",
        "Photo by",
        "cookies",
        "Rescue workers",
    ):
        assert boilerplate not in article.text
    assert "Photo by Ana Lima/Example Press" in removed_texts(article, "photo_credit")


def test_wire_story_as_text() -> None:
    article = clean((FIXTURES / "wire-story.txt").read_text(encoding="utf-8"), default_date=date(2019, 5, 20))
    check_wire_story(article)
    assert removed_texts(article) == [
        "Rescue workers carry a resident through flood water in Port Vale on Tuesday.",
        "Photo by Ana Lima/Example Press",
        "Share this article",
        "Read more: Freedonia's government survives confidence vote",
        "Sign up for our newsletter",
        "Copyright 2019 Example Press. All rights reserved.",
        "LEAVE A REPLY",
        "Please enter your comment!",
        "Please enter your name here",
    ]


def wire_story_page() -> str:
    headline, caption, *paragraphs = (FIXTURES / "wire-story.txt").read_text(encoding="utf-8").split("\n\n")
    return page(headline, caption, paragraphs[:-3])  # the page has its own copyright line and comment form


@pytest.mark.parametrize("min_html_chars", [200, 100_000], ids=["trafilatura", "visible-text-fallback"])
def test_wire_story_as_a_web_page(min_html_chars: int) -> None:
    raw = RawArticle(Origin(path="story.html"), html=wire_story_page())
    article = clean_article(raw, default_date=date(2019, 5, 20), min_html_chars=min_html_chars)
    check_wire_story(article)
    assert article.source == "The Daily Example"
    story = (FIXTURES / "wire-story.txt").read_text(encoding="utf-8")
    text_version = clean(story, default_date=date(2019, 5, 20))
    assert article.text == text_version.text and article.id == text_version.id


def test_page_metadata_date_and_url_are_used() -> None:
    html = wire_story_page().replace(
        "<head>",
        '<head><meta property="article:published_time" content="2019-05-15T09:00:00Z">'
        '<link rel="canonical" href="https://news.example.com/floods">',
    )
    article = clean_article(RawArticle(Origin(path="story.html"), html=html), default_date=date(2019, 5, 20))
    assert article.published == date(2019, 5, 15)
    assert article.url == "https://news.example.com/floods"


# --- the mission article ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[str, dict]:
    if not SEED_FILE.exists():
        pytest.skip(f"the mission article is not here: {SEED_DIR} (../shared is absent)")
    expected = json.loads((SEED_DIR / "expected.json").read_text(encoding="utf-8"))["article"]
    return SEED_FILE.read_text(encoding="utf-8"), expected


def check_seed(article: Article, expected: dict) -> None:
    assert article.title == expected["title"]
    assert article.dateline == expected["dateline"]
    assert article.agency == expected["agency"]
    assert article.published == date.fromisoformat(expected["published"])
    assert article.photo_credit == expected["photo_credit"]
    for excluded in expected["text_excludes"]:
        assert excluded not in article.text
    assert article.text.split("\n\n")[0].startswith("Russia expressed support for the summit")


def test_seed_article_as_text(seed: tuple[str, dict]) -> None:
    text, expected = seed
    raw = RawArticle(Origin(path="upi-2018-03-29-putin-kim.txt"), text=text)
    article = clean_article(raw, default_date=date(2018, 3, 29))
    check_seed(article, expected)
    for included in expected["removed_includes"]:
        assert included in removed_texts(article)


@pytest.mark.parametrize("min_html_chars", [200, 100_000], ids=["trafilatura", "visible-text-fallback"])
def test_seed_article_in_a_web_page(seed: tuple[str, dict], min_html_chars: int) -> None:
    text, expected = seed
    headline, caption, *paragraphs = text.split("\n\n")
    html = page(headline, caption, paragraphs[:-2])  # the page brings its own comment form
    article = clean_article(
        RawArticle(Origin(path="seed.html"), html=html),
        default_date=date(2018, 3, 29),
        min_html_chars=min_html_chars,
    )
    check_seed(article, expected)
    assert "Photo by Yuri Gripas/UPI" in removed_texts(article, "photo_credit")
    text_version = clean_article(
        RawArticle(Origin(path="seed.txt"), text=text), default_date=date(2018, 3, 29)
    )
    assert article.text == text_version.text
