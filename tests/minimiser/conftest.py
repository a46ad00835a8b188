"""Fixtures for the Verkorte versie views: the family's psychological report and a draft."""

from __future__ import annotations

import pytest

from tests.minimiser.factories import report_document


@pytest.fixture
def report(family):
    return report_document(family)


@pytest.fixture
def ouder(client_for):
    return client_for("ouder")


@pytest.fixture
def draft_for_school(report, ouder):
    """A draft keeping Conclusie and Advies, with the proposals found (deduce: slow once)."""
    from django.urls import reverse

    from dossierwijs.minimiser.models import AbridgeDraft

    url = reverse("minimiser:new", args=[report.pk])
    ouder.post(url, {"preset": "school"})  # the first choice makes the draft
    draft = AbridgeDraft.objects.get(document=report)
    titles = [s["title"] for s in draft.layout["sections"]]
    keep = [str(titles.index("Conclusie")), str(titles.index("Advies"))]
    response = ouder.post(url, {"keep": keep})
    assert response.status_code == 302, response.content.decode()[:2000]
    draft.refresh_from_db()
    return draft
