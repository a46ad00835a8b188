"""Step 3: the copy, made in memory for the request and shown page by page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from dossierwijs.dossier.models import Document
from dossierwijs.minimiser.models import AbridgeDraft

pytestmark = pytest.mark.slow


def test_the_page_shows_bezig_first_and_htmx_loads_the_preview(draft_for_school, ouder):
    url = reverse("minimiser:preview", args=[draft_for_school.pk])
    first = ouder.get(url).content.decode()
    assert "Bezig…" in first and 'hx-trigger="load"' in first
    assert "data:image/png" not in first
    partial = ouder.get(url, headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in partial
    # Cover page and the page with Conclusie and Advies.
    assert partial.count('src="data:image/png;base64,') == 2
    assert "Maken en bewaren" in partial
    assert "persoonsgegevens of woorden" in partial


def test_without_javascript_the_preview_is_one_click_away(draft_for_school, ouder):
    url = reverse("minimiser:preview", args=[draft_for_school.pk])
    assert '<a class="button" href="?nu=1">' in ouder.get(url).content.decode()
    page = ouder.get(url + "?nu=1").content.decode()
    assert "Verkorte versie, pagina 1" in page and "Bezig…" not in page


def test_the_preview_stores_nothing(draft_for_school, ouder):
    before = Document.objects.count()
    ouder.get(reverse("minimiser:preview", args=[draft_for_school.pk]) + "?nu=1")
    assert Document.objects.count() == before
    assert AbridgeDraft.objects.filter(pk=draft_for_school.pk).exists()  # kept for "Maken"


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("outsider", 404)])
def test_others_see_no_preview(draft_for_school, client_for, persona, status):
    url = reverse("minimiser:preview", args=[draft_for_school.pk]) + "?nu=1"
    assert client_for(persona).get(url).status_code == status
