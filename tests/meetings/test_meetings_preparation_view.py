"""GET /gesprekken/<id>/voorbereiding.pdf: the parent's one-page preparation sheet."""

from __future__ import annotations

import pymupdf
from django.urls import reverse

from dossierwijs.meetings.models import Meeting


def test_the_sheet_lists_points_questions_and_wishes(ouder, family):
    ouder.post(
        reverse("meetings:new"),
        {
            "title": "Gesprek over de overstap",
            "held_on": "2026-03-12",
            "child_joins": "nee",
            "points": "Sanne is moe na schooldagen",
            "questions": "Wie leest het OPP mee?",
            "wishes": "Evaluatie na zes weken",
        },
    )
    meeting = Meeting.objects.get(vault=family.vault)
    response = ouder.get(reverse("meetings:preparation", args=[meeting.pk]))
    assert response["Content-Type"] == "application/pdf"
    text = pymupdf.open(stream=response.content, filetype="pdf")[0].get_text()
    for expected in ("Wat ik wil inbrengen", "Sanne is moe na schooldagen", "Mijn vragen",
                     "Wie leest het OPP mee?", "Wat ik wil afspreken", "Evaluatie na zes weken"):  # fmt: skip
        assert expected in text
