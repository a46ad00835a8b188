"""A backup keeps times to the microsecond, so a restore gives back the very same vault.

Django's JSON encoder rounds to the millisecond: a row written at 07:05:14.000123 came back as
07:05:14.000 (the round-trip test failed once in a thousand runs, when a time fell in the first
millisecond of a second)."""

import datetime

from django.db import models

from dossierwijs.vault.backup_making import _ExactTimes


def test_a_time_with_microseconds_survives_the_round_trip():
    written = datetime.datetime(2026, 12, 2, 7, 5, 14, 123, tzinfo=datetime.UTC)
    text = _ExactTimes().default(written)
    assert text == "2026-12-02T07:05:14.000123Z"
    assert models.DateTimeField().to_python(text) == written


def test_a_time_of_day_and_other_values_are_left_to_django():
    assert _ExactTimes().default(datetime.time(8, 30, 0, 5)) == "08:30:00.000005"
    assert _ExactTimes().default(datetime.date(2026, 12, 2)) == "2026-12-02"
