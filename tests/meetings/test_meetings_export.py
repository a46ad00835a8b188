"""'Alles downloaden': own reports always, as the PDF the school gets; a recording only when the
parent ticks it."""

from __future__ import annotations

import io
import zipfile
from email import message_from_bytes, policy

from django.urls import reverse

from dossierwijs.meetings import services
from tests.letters.conftest import flat, pdf_text
from tests.meetings.factories import OWN_REPORT
from tests.meetings.test_meetings_recording_view import sine_wav

FOLDER = "gesprekken/2026-03-12 Gesprek over rekenen"


def export(ouder, **post) -> zipfile.ZipFile:
    response = ouder.post(reverse("vault:export"), post)
    return zipfile.ZipFile(io.BytesIO(response.content))


def names_in_export(ouder, **post) -> list[str]:
    return export(ouder, **post).namelist()


def test_a_recording_is_left_out_unless_ticked_and_the_own_report_is_in(
    ouder, family, reported_meeting
):
    services.add_recording(
        meeting=reported_meeting, by=family.ouder, filename="gesprek.wav", data=sine_wav()
    )
    plain = names_in_export(ouder)
    assert f"{FOLDER}/eigen-verslag.pdf" in plain
    assert f"{FOLDER}/eigen-verslag.txt" not in plain  # one copy: the PDF has real text
    assert not any(name.endswith(".wav") for name in plain)
    ticked = names_in_export(ouder, opnames="ja")
    assert "gesprekken/2026-03-12 Gesprek over rekenen/opname-1-gesprek.wav" in ticked


def test_the_own_report_is_the_pdf_the_school_gets_with_every_point(ouder, reported_meeting):
    data = export(ouder).read(f"{FOLDER}/eigen-verslag.pdf")
    assert data.startswith(b"%PDF-")
    text = flat(pdf_text(data))
    assert "Ons verslag: Gesprek over rekenen" in text
    for section in ("discussed", "agreements", "follow_up"):
        for point in OWN_REPORT[section].splitlines():
            assert flat(point) in text
    draft = ouder.get(reverse("meetings:email", args=[reported_meeting.pk]))
    [sent] = message_from_bytes(draft.content, policy=policy.default).iter_attachments()
    assert text == flat(pdf_text(sent.get_content()))
