"""The page viewer: one page at a time, zoom and previous/next, drawn when asked."""

from __future__ import annotations

import re

import fitz
import pytest
from django.urls import reverse

from dossierwijs.dossier.services import import_file


def three_pages() -> bytes:
    pdf = fitz.open()
    for n in range(1, 4):
        pdf.new_page().insert_text((72, 72), f"Pagina {n} van het verslag over Sanne")
    return pdf.tobytes()


@pytest.fixture
def report(family):
    return import_file(
        vault=family.vault, by=family.ouder, filename="verslag.pdf", data=three_pages()
    )[0].document


def test_one_page_with_previous_next_and_zoom(client_for, report):
    url = reverse("dossier:viewer", args=[report.pk, 2])
    html = client_for("ouder").get(url + "?zoom=150").content.decode()
    assert "Pagina 2 van 3" in html
    assert f'href="{reverse("dossier:viewer", args=[report.pk, 1])}?zoom=150"' in html
    assert f'href="{reverse("dossier:viewer", args=[report.pk, 3])}?zoom=150"' in html
    assert 'data-key="+"' in html and 'data-key="-"' in html
    assert f'src="{reverse("dossier:page", args=[report.pk, 2])}?zoom=150"' in html


def test_the_first_page_has_no_previous_and_the_largest_zoom_no_bigger(client_for, report):
    html = (
        client_for("ouder")
        .get(reverse("dossier:viewer", args=[report.pk, 1]) + "?zoom=200")
        .content.decode()
    )
    assert 'rel="prev"' not in html and 'data-key="+"' not in html


def test_zoom_draws_a_larger_image(client_for, report):
    client = client_for("ouder")
    url = reverse("dossier:page", args=[report.pk, 1])
    small = client.get(url + "?zoom=75").content
    large = client.get(url + "?zoom=200").content

    def width(png: bytes) -> int:
        return int.from_bytes(png[16:20], "big")

    assert width(large) > 2 * width(small)


def test_a_page_that_does_not_exist_is_not_found(client_for, report):
    assert (
        client_for("ouder").get(reverse("dossier:viewer", args=[report.pk, 4])).status_code == 404
    )


def test_the_document_page_links_each_thumbnail_to_the_viewer(client_for, report):
    html = client_for("ouder").get(reverse("dossier:detail", args=[report.pk])).content.decode()
    links = re.findall(r'href="([^"]+/bekijken/\d+/)"', html)
    assert len(links) == 3


def test_an_outsider_cannot_view(client_for, report):
    assert (
        client_for("outsider").get(reverse("dossier:viewer", args=[report.pk, 1])).status_code
        == 404
    )
