"""Time expressions: finding, resolving against the publication date, and the TimeBank measurement."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from eventwire.evaluate.dates import DateReport, evaluate_dates, main, read_timeml
from eventwire.timex import Resolved, Timex, find_timexes, resolve, resolve_all, resolve_parts, says_future

ANCHOR = date(2018, 3, 29)  # a Thursday: the mission article's publication date
TIMEBANK = Path(__file__).parents[1] / ".." / "shared" / "eval" / "timebank"


def only(text: str) -> Timex:
    found = find_timexes(text)
    assert len(found) == 1, f"{text!r}: {[t.text for t in found]}"
    return found[0]


def read(text: str, anchor: date = ANCHOR, *, future: bool = False) -> Resolved | None:
    return resolve(only(text), anchor, future=future)


def day(text: str, anchor: date = ANCHOR, *, future: bool = False) -> str:
    resolved = read(text, anchor, future=future)
    assert resolved is not None, text
    return resolved.value.isoformat()


def span(text: str, anchor: date = ANCHOR, *, future: bool = False) -> tuple[str, str | None, str]:
    resolved = read(text, anchor, future=future)
    assert resolved is not None, text
    return resolved.value.isoformat(), resolved.end and resolved.end.isoformat(), resolved.granularity


# --------------------------------------------------------------------------- the mission article


def test_mission_article_dates() -> None:
    assert day("Kim met Xi on Monday.") == "2018-03-26"
    assert day("The visit was confirmed Wednesday.") == "2018-03-28"
    assert span("Kim was in Beijing from Sunday to Wednesday.") == ("2018-03-25", "2018-03-28", "day")
    assert day("Pyongyang, March 29 (UPI)") == "2018-03-29"


def test_mission_article_duration_is_no_date() -> None:
    assert find_timexes("The visit lasted four days.") == []


def test_offsets_point_into_the_text() -> None:
    text = "Kim was in Beijing from Sunday to Wednesday and met Xi on Monday, officials said yesterday."
    found = find_timexes(text)
    assert [t.text for t in found] == ["from Sunday to Wednesday", "Monday", "yesterday"]
    for timex in found:
        assert text[timex.start : timex.end] == timex.text


def test_timex_and_resolved_are_frozen() -> None:
    timex = only("on Monday")
    with pytest.raises(dataclasses.FrozenInstanceError):
        timex.start = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Resolved(ANCHOR, None, "day").value = ANCHOR  # type: ignore[misc]


# --------------------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Monday", "weekday", "2018-03-26"),
        ("on Wednesday", "weekday", "2018-03-28"),
        ("Wednesday night", "weekday", "2018-03-28"),
        ("late Tuesday", "weekday", "2018-03-27"),
        ("last Friday", "weekday", "2018-03-23"),
        ("last Thursday", "weekday", "2018-03-22"),
        ("next Tuesday", "weekday", "2018-04-03"),
        ("next Thursday", "weekday", "2018-04-05"),
        ("Friday", "weekday", "2018-03-23"),
    ],
)
def test_weekdays_in_a_past_reading(text: str, kind: str, expected: str) -> None:
    assert only(text).kind == kind
    assert day(text) == expected


def test_the_anchors_own_weekday_is_the_anchor_day() -> None:
    # wire copy dated Thursday: "said Thursday" is that day (TimeBank: 132 such weekdays, none a week back)
    assert day("said Thursday") == "2018-03-29"
    assert day("will meet Thursday", future=True) == "2018-03-29"


def test_weekdays_in_a_future_reading() -> None:
    assert day("on Friday", future=True) == "2018-03-30"
    assert day("on Monday", future=True) == "2018-04-02"
    assert span("from Sunday to Wednesday", future=True) == ("2018-04-01", "2018-04-04", "day")


def test_weekday_names_inside_names_are_no_dates() -> None:
    assert find_timexes("Good Friday prayers and the Sunday Times") == []


# --------------------------------------------------------------------------- relative days and periods


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday", "2018-03-28"),
        ("today", "2018-03-29"),
        ("tomorrow", "2018-03-30"),
        ("tonight", "2018-03-29"),
        ("last night", "2018-03-28"),
        ("late yesterday", "2018-03-28"),
        ("yesterday morning", "2018-03-28"),
        ("two days ago", "2018-03-27"),
        ("10 days ago", "2018-03-19"),
        ("a day later", "2018-03-30"),
        ("the day before", "2018-03-28"),
        ("the day before yesterday", "2018-03-27"),
    ],
)
def test_relative_days(text: str, expected: str) -> None:
    assert only(text).kind == "relative"
    assert span(text) == (expected, None, "day")


def test_before_and_after_counting_from_something_else_are_skipped() -> None:
    assert find_timexes("the day before the vote") == []
    assert find_timexes("two days after he arrived") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last week", ("2018-03-19", "2018-03-25", "week")),
        ("this week", ("2018-03-26", "2018-04-01", "week")),
        ("next week", ("2018-04-02", "2018-04-08", "week")),
        ("two weeks ago", ("2018-03-12", "2018-03-18", "week")),
        ("last month", ("2018-02-01", "2018-02-28", "month")),
        ("next month", ("2018-04-01", "2018-04-30", "month")),
        ("earlier this month", ("2018-03-01", "2018-03-31", "month")),
        ("three months ago", ("2017-12-01", "2017-12-31", "month")),
        ("this year", ("2018-01-01", "2018-12-31", "year")),
        ("last year", ("2017-01-01", "2017-12-31", "year")),
        ("early next year", ("2019-01-01", "2019-12-31", "year")),
        ("earlier this year", ("2018-01-01", "2018-12-31", "year")),
        ("by the end of the year", ("2018-01-01", "2018-12-31", "year")),
        ("last quarter", ("2017-10-01", "2017-12-31", "month")),
        ("last weekend", ("2018-03-24", "2018-03-25", "day")),
    ],
)
def test_relative_periods(text: str, expected: tuple[str, str, str]) -> None:
    assert span(text) == expected


@pytest.mark.parametrize(
    "text", ["in recent days", "recently", "now", "soon", "in the coming weeks", "several years ago"]
)
def test_vague_expressions_are_found_and_resolve_to_none(text: str) -> None:
    timex = only(text)
    assert timex.kind == "vague"
    assert resolve(timex, ANCHOR) is None


# --------------------------------------------------------------------------- durations are not dates


@pytest.mark.parametrize(
    "text",
    [
        "four days",
        "for two weeks",
        "three years",
        "in the past three years",
        "over the last week",
        "in the past week",
        "for the next two months",
        "during the last year",
        "a two-day visit",
        "twenty-four hours",
    ],
)
def test_durations_are_never_dates(text: str) -> None:
    assert find_timexes(text) == []


# --------------------------------------------------------------------------- absolute dates


@pytest.mark.parametrize(
    "text",
    [
        "March 29",
        "29 March",
        "March 29, 2018",
        "29 March 2018",
        "Mar. 29",
        "March 29th",
        "the 29th of March",
        "Thursday, March 29",
        "2018-03-29",
        "3/29/2018",
        "3/29/18",
        "29/3/2018",
        "20180329",
    ],
)
def test_absolute_dates(text: str) -> None:
    timex = only(text)
    assert timex.kind == "absolute"
    assert span(text) == ("2018-03-29", None, "day")


def test_abbreviation_period_is_kept_in_the_span() -> None:
    assert only("on Sept. 30 the").text == "Sept. 30"


def test_two_digit_years_pivot() -> None:
    assert day("11/02/89") == "1989-11-02"


def test_impossible_dates_are_no_dates() -> None:
    assert find_timexes("on 2/30/2018") == []
    assert [t.kind for t in find_timexes("on February 30")] == ["month"]


def test_yearless_dates_take_the_anchor_year_within_a_month() -> None:
    assert day("April 20") == "2018-04-20"  # three weeks ahead: still this year
    assert day("June 15") == "2017-06-15"  # past reading, months ahead: last year
    assert day("June 15", future=True) == "2018-06-15"
    assert day("Feb. 10", future=True) == "2019-02-10"  # future reading, weeks behind: next year
    assert day("Dec. 20", date(2018, 1, 5)) == "2017-12-20"


# --------------------------------------------------------------------------- months, years, seasons, holidays


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in March", ("2018-03-01", "2018-03-31", "month")),
        ("March 2018", ("2018-03-01", "2018-03-31", "month")),
        ("last March", ("2017-03-01", "2017-03-31", "month")),
        ("next March", ("2019-03-01", "2019-03-31", "month")),
        ("in January", ("2018-01-01", "2018-01-31", "month")),
        ("in December", ("2017-12-01", "2017-12-31", "month")),
        ("in May", ("2017-05-01", "2017-05-31", "month")),
        ("mid-November", ("2017-11-01", "2017-11-30", "month")),
        ("June last year", ("2017-06-01", "2017-06-30", "month")),
        ("in 2015", ("2015-01-01", "2015-12-31", "year")),
        ("1998", ("1998-01-01", "1998-12-31", "year")),
        ("mid-1996", ("1996-01-01", "1996-12-31", "year")),
        ("the 1990s", ("1990-01-01", "1999-12-31", "year")),
        ("last fall", ("2017-09-01", "2017-11-30", "month")),
        ("summer 1998", ("1998-06-01", "1998-08-31", "month")),
        ("the third quarter", ("2017-07-01", "2017-09-30", "month")),
        ("the first quarter of 2018", ("2018-01-01", "2018-03-31", "month")),
    ],
)
def test_months_years_seasons_quarters(text: str, expected: tuple[str, str, str]) -> None:
    assert span(text) == expected


def test_in_may_said_in_december_is_this_years() -> None:
    assert day("in May", date(2018, 12, 1)) == "2018-05-01"


def test_last_month_name_skips_the_month_just_ended() -> None:
    assert span("last February", date(1998, 3, 1))[0] == "1997-02-01"
    assert span("last November", date(2000, 1, 13))[0] == "1999-11-01"


def test_holidays() -> None:
    assert day("Christmas") == "2017-12-25"
    assert day("Christmas", future=True) == "2018-12-25"
    assert day("Thanksgiving", date(2018, 12, 1)) == "2018-11-22"


# --------------------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from Sunday to Wednesday", ("2018-03-25", "2018-03-28", "day")),
        ("Monday through Wednesday", ("2018-03-26", "2018-03-28", "day")),
        ("between March 3 and 5", ("2018-03-03", "2018-03-05", "day")),
        ("March 3-5", ("2018-03-03", "2018-03-05", "day")),
        ("3-5 March", ("2018-03-03", "2018-03-05", "day")),
        ("from March 3 to April 5, 2017", ("2017-03-03", "2017-04-05", "day")),
        ("from 2001 to 2005", ("2001-01-01", "2005-12-31", "year")),
        ("between 2001 and 2005", ("2001-01-01", "2005-12-31", "year")),
        ("2001-2005", ("2001-01-01", "2005-12-31", "year")),
        ("from January to March", ("2018-01-01", "2018-03-31", "month")),
        ("from December to February", ("2017-12-01", "2018-02-28", "month")),
    ],
)
def test_ranges(text: str, expected: tuple[str, str, str]) -> None:
    timex = only(text)
    assert timex.kind == "range"
    assert timex.text == text
    assert span(text) == expected


def test_range_parts_keep_their_own_granularity() -> None:
    timex = only("from 2001 to March 2005")
    parts = resolve_parts(timex, ANCHOR)
    assert parts is not None
    assert [p.timeml() for p in parts] == ["2001", "2005-03"]
    assert resolve_parts(only("Monday"), ANCHOR) is None


# --------------------------------------------------------------------------- words that are not dates


@pytest.mark.parametrize(
    "text",
    [
        "The Mayor spoke.",
        "Marchetti said",
        "Protesters march on the capital.",
        "Thousands will March on Washington.",
        "May I ask a question?",
        "They may meet again.",
        "Theresa May said",
        "The vote came after May said she would resign.",
        "criticised by May's cabinet",
        "June Carter sang.",
        "The august body met.",
        "$2015 was raised",
        "some 2000 soldiers",
        "2000 troops",
        "Resolution 1973 allowed it",
        "the fall of the regime",
        "as soon as possible",
    ],
)
def test_words_that_are_not_dates(text: str) -> None:
    assert find_timexes(text) == []


def test_may_with_date_context_is_a_month() -> None:
    assert only("in May").kind == "month"
    assert only("until May").kind == "month"
    assert only("May 5").kind == "absolute"
    assert only("May 2018").kind == "month"
    assert only("early May").kind == "month"


# --------------------------------------------------------------------------- the future heuristic


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim will meet Trump on Friday.", True),
        ("Kim'll meet Trump on Friday.", True),
        ("The summit will be held on Friday.", True),
        ("Talks shall resume Monday.", True),
        ("Kim met Trump on Friday.", False),
        ("Kim said on Friday that he would visit.", False),
        ("He will go. They met on Friday.", False),
        ("The meeting was held on Friday.", False),
        ("Talks are set for next week.", True),
        ("On Friday, leaders gathered.", False),
    ],
)
def test_says_future(text: str, expected: bool) -> None:
    timex = find_timexes(text)[0]
    assert says_future(text, timex) is expected


def test_resolve_all_reads_tense_by_default_and_can_be_forced() -> None:
    text = "Kim met Xi on Monday and will meet Trump on Friday."
    values = [r.value.isoformat() for _, r in resolve_all(text, ANCHOR) if r]
    assert values == ["2018-03-26", "2018-03-30"]
    forced = [r.value.isoformat() for _, r in resolve_all(text, ANCHOR, future=False) if r]
    assert forced == ["2018-03-26", "2018-03-23"]


def test_timeml_labels() -> None:
    assert read("yesterday").timeml() == "2018-03-28"  # type: ignore[union-attr]
    assert read("last week").timeml() == "2018-W12"  # type: ignore[union-attr]
    assert read("last month").timeml() == "2018-02"  # type: ignore[union-attr]
    assert read("last year").timeml() == "2017"  # type: ignore[union-attr]


# --------------------------------------------------------------------------- the TimeML evaluation


TINY_TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2018-03-29"
functionInDocument="CREATION_TIME">20180329</TIMEX3></DCT>
<TEXT>
Kim <EVENT eid="e1">met</EVENT> Xi on <TIMEX3 tid="t1" type="DATE" value="2018-03-26">Monday</TIMEX3> for
<TIMEX3 tid="t2" type="DURATION" value="P4D">four days</TIMEX3> &amp; talked
<TIMEX3 tid="t3" type="DATE" value="2018-W12">last week</TIMEX3>, <TIMEX3 tid="t4" type="DATE"
value="2017">last year</TIMEX3> and <TIMEX3 tid="t5" type="DATE" value="PAST_REF">once</TIMEX3>.
He left <TIMEX3 tid="t6" type="DATE" value="2018-03-27">Wednesday</TIMEX3> in 1999.
</TEXT>
</TimeML>
"""


def test_read_timeml_strips_tags_and_keeps_offsets(tmp_path: Path) -> None:
    path = tmp_path / "tiny.tml"
    path.write_text(TINY_TML, encoding="utf-8")
    document = read_timeml(path)
    assert document is not None
    assert document.anchor == date(2018, 3, 29)
    assert "<" not in document.text and "& talked" in document.text
    for gold in document.gold:
        assert document.text[gold.start : gold.end] == gold.text
    assert [g.type for g in document.gold] == ["DATE", "DURATION", "DATE", "DATE", "DATE", "DATE"]


def test_evaluate_dates_counts(tmp_path: Path) -> None:
    (tmp_path / "tiny.tml").write_text(TINY_TML, encoding="utf-8")
    report = evaluate_dates(tmp_path)
    assert report.documents == 1
    assert report.gold == 5
    assert report.detected == 4  # "once" is not found
    assert (report.finds, report.correct_finds) == (5, 4)  # "1999" overlaps no gold
    assert report.neutral_finds == 0  # "four days" is not found at all
    # Monday, last week and last year resolve right; gold says Wednesday is the 27th, we say the 28th
    assert (report.value_correct, report.valued) == (3, 4)
    assert report.by_granularity == {"day": (1, 2), "week": (1, 1), "year": (1, 1)}
    assert report.to_dict()["f1"] == pytest.approx(2 * 0.8 * 0.8 / 1.6, abs=1e-4)
    assert "F1 0.800" in report.summary()


@pytest.fixture(scope="module")
def timebank_report() -> DateReport:
    folder = TIMEBANK.resolve()
    if not folder.is_dir():
        pytest.skip(f"TimeBank is absent: expected the TimeML files under {folder}")
    return evaluate_dates(folder)


@pytest.mark.gate
def test_timebank_detection_and_values(timebank_report: DateReport) -> None:
    # measured: 256 documents, P 0.948 R 0.888 F1 0.917, value accuracy 0.904 (935/1034)
    assert timebank_report.documents >= 250
    assert timebank_report.f1 >= 0.90, timebank_report.summary()
    assert timebank_report.precision >= 0.93, timebank_report.summary()
    assert timebank_report.value_accuracy >= 0.89, timebank_report.summary()


@pytest.mark.gate
def test_main_prints_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    folder = TIMEBANK.resolve()
    if not folder.is_dir():
        pytest.skip(f"TimeBank is absent: expected the TimeML files under {folder}")
    assert main([str(folder / "TimeBank"), "--json"]) == 0
    assert '"value_accuracy"' in capsys.readouterr().out


def test_main_rejects_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in capsys.readouterr().err
