"""Reading the schedule words of `/salary subscribe` (the replies are in test_subscriptions)."""

from __future__ import annotations

import pytest

from bot.settings import Settings
from handlers.digest_schedule import ScheduleError, parse_day, parse_time, split_schedule


def test_parse_time_reads_twelve_hour_and_twenty_four_hour_clocks():
    assert [parse_time(t) for t in ("9", "09:30", "12am", "12pm", "7.45pm")] == [
        "09:00",
        "09:30",
        "00:00",
        "12:00",
        "19:45",
    ]


@pytest.mark.parametrize(
    ("word", "day"), [("monday", "mon"), ("Fri", "fri"), ("thurs", "thu"), ("sundays", "sun")]
)
def test_parse_day_reads_names_abbreviations_and_plurals(word, day):
    assert parse_day(word) == day


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("ml-intern boston on funday", "“funday” is not a day of the week"),
        ("ml-intern boston at 13pm", "with am/pm the hour is 1 to 12"),
        ("ml-intern boston at 25:00", "hours 0-23, minutes 0-59"),
        ("ml-intern boston tz: Mars/Olympus", "“Mars/Olympus” is not a time zone"),
        ("ml-intern boston quiet: maybe", "`quiet: skip` or `quiet: say`"),
    ],
)
def test_a_schedule_that_cannot_be_read_says_what_to_type(text, says):
    with pytest.raises(ScheduleError) as raised:
        split_schedule(text, Settings(_env_file=None))
    assert says in str(raised.value)


def test_the_schedule_words_are_taken_out_and_the_rest_is_the_role_and_place():
    rest, schedule = split_schedule(
        "ml-intern boston weekly every Thursday at 7.45pm tz: America/Chicago",
        Settings(_env_file=None),
    )
    assert rest == "ml-intern boston"
    assert (schedule.day_of_week, schedule.time_of_day, schedule.timezone) == (
        "thu",
        "19:45",
        "America/Chicago",
    )
