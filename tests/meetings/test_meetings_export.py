"""'Alles downloaden': own reports always; a recording only when the parent ticks it."""

from __future__ import annotations

import io
import zipfile

from django.urls import reverse

from dossierwijs.meetings import services
from tests.meetings.test_meetings_recording_view import sine_wav


def names_in_export(ouder, **post) -> list[str]:
    response = ouder.post(reverse("vault:export"), post)
    return zipfile.ZipFile(io.BytesIO(response.content)).namelist()


def test_a_recording_is_left_out_unless_ticked_and_the_own_report_is_in(
    ouder, family, reported_meeting
):
    services.add_recording(
        meeting=reported_meeting, by=family.ouder, filename="gesprek.wav", data=sine_wav()
    )
    plain = names_in_export(ouder)
    assert "gesprekken/2026-03-12 Gesprek over rekenen/eigen-verslag.txt" in plain
    assert not any(name.endswith(".wav") for name in plain)
    ticked = names_in_export(ouder, opnames="ja")
    assert "gesprekken/2026-03-12 Gesprek over rekenen/opname-1-gesprek.wav" in ticked
