"""GET/POST /gesprekken/<id>/verslag-school/: the school's report compared with the own."""

from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from dossierwijs.meetings.models import SchoolReportCheck
from tests.meetings.conftest import page_text
from tests.meetings.factories import SCHOOL_REPORT


def test_pasted_text_is_compared_and_each_kind_shows_side_by_side(ouder, reported_meeting):
    response = ouder.post(
        reverse("meetings:school", args=[reported_meeting.pk]),
        {"school_text": SCHOOL_REPORT},
        follow=True,
    )
    check = SchoolReportCheck.objects.get(meeting=reported_meeting)
    kinds = [d["soort"] for d in check.differences]
    assert kinds == ["ontbreekt", "anders", "oordelend", "extra"]
    text = page_text(response)
    assert "Ontbreekt bij school" in text and "Niet besproken" in text
    assert "“De intern begeleider vraagt na de zomervakantie een rekenonderzoek aan.”" in text


def test_a_word_file_is_read_and_compared(ouder, reported_meeting):
    import docx

    document = docx.Document()
    for line in SCHOOL_REPORT.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    upload = SimpleUploadedFile(
        "verslag-school.docx",
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    ouder.post(reverse("meetings:school", args=[reported_meeting.pk]), {"school_file": upload})
    check = SchoolReportCheck.objects.get(meeting=reported_meeting)
    assert len(check.differences) == 4


def test_nothing_pasted_gives_a_dutch_message_and_nothing_is_stored(ouder, reported_meeting):
    response = ouder.post(
        reverse("meetings:school", args=[reported_meeting.pk]), {"school_text": " "}
    )
    assert "Plak de tekst van het verslag van school" in page_text(response)
    assert not SchoolReportCheck.objects.exists()


def test_the_parent_ticks_two_differences_to_raise(ouder, reported_meeting):
    ouder.post(
        reverse("meetings:school", args=[reported_meeting.pk]), {"school_text": SCHOOL_REPORT}
    )
    check = SchoolReportCheck.objects.get(meeting=reported_meeting)
    ouder.post(reverse("meetings:choose", args=[check.pk]), {"raise_": ["1", "2"]})
    check.refresh_from_db()
    assert check.to_raise == [1, 2]
    response = ouder.post(
        reverse("meetings:choose", args=[check.pk]), {"raise_": ["9"]}, follow=True
    )
    check.refresh_from_db()
    assert check.to_raise == [1, 2]
    assert "Deze keuze bestaat niet" in page_text(response)
