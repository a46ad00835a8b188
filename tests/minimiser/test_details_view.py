"""Step 2: personal data within what is kept, on the page and in a list; own terms; boxes."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.minimiser.factories import ADDRESS, BSN, DIAGNOSIS, SIBLING, THERAPIST

pytestmark = pytest.mark.slow  # the first search loads deduce (about half a minute)


def _proposal(draft, text):
    return next(p for p in draft.proposals if text in p["tekst"])


def test_personal_data_in_the_kept_sections_is_proposed_with_its_place_on_the_page(
    draft_for_school, ouder
):
    draft = draft_for_school
    texts = " | ".join(p["tekst"] for p in draft.proposals)
    assert THERAPIST in texts and BSN in texts and "06-12345678" in texts
    assert ADDRESS not in texts  # in Aanleiding, which goes anyway
    # Every proposal on page two, where Conclusie and Advies stand.
    assert all(b[0] == 1 for p in draft.proposals for b in p["boxes"])
    assert _proposal(draft, BSN)["boxes"]
    page = ouder.get(reverse("minimiser:details", args=[draft.pk])).content.decode()
    assert page.count('name="accept"') == len([p for p in draft.proposals if not p["child"]])
    assert f"“{THERAPIST}" in page or THERAPIST in page
    assert '<svg class="page-canvas"' in page and 'data-page="2"' in page
    assert page.count('class="proposal-removed"') >= 3
    assert 'class="area-removed"' in page  # the end of Testresultaten on page two
    assert reverse("minimiser:page", args=[draft.pk, 2]) in page


def test_the_childs_name_stays_unless_the_parent_chooses_otherwise(draft_for_school):
    child = [p["tekst"] for p in draft_for_school.proposals if p["child"]]
    assert child and all("Sanne" in t for t in child)
    assert not set(child) & set(draft_for_school.accepted_findings)


def test_rejecting_a_proposal_and_adding_own_terms_is_saved(draft_for_school, ouder):
    draft = draft_for_school
    keep_bsn = draft.proposals.index(_proposal(draft, BSN))
    accept = [str(i) for i, p in enumerate(draft.proposals) if not p["child"] and i != keep_bsn]
    response = ouder.post(
        reverse("minimiser:details", args=[draft.pk]),
        {"accept": accept, "extra_terms": f"{DIAGNOSIS}\n{SIBLING}\n", "action": "save"},
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert BSN not in draft.accepted_findings
    assert THERAPIST in " ".join(draft.accepted_findings)
    assert draft.extra_term_list() == [DIAGNOSIS, SIBLING]
    assert draft.term_boxes[DIAGNOSIS] and draft.term_boxes[DIAGNOSIS][0][0] == 1
    assert draft.term_boxes[SIBLING] == []  # the sister is named only in Aanleiding
    page = ouder.get(reverse("minimiser:details", args=[draft.pk])).content.decode()
    assert 'class="proposal-kept"' in page


def test_a_box_typed_in_by_hand_is_added_and_can_be_removed(draft_for_school, ouder):
    url = reverse("minimiser:details", args=[draft_for_school.pk])
    box = {"box_page": "2", "box_x0": "40", "box_y0": "90", "box_x1": "300", "box_y1": "110"}
    response = ouder.post(url, {**box, "action": "add_box"})
    assert response.status_code == 302
    draft_for_school.refresh_from_db()
    assert draft_for_school.manual_boxes == [[1, 40.0, 90.0, 300.0, 110.0]]
    assert 'class="box-manual"' in ouder.get(url).content.decode()
    ouder.post(url, {"remove_box": "0"})
    draft_for_school.refresh_from_db()
    assert draft_for_school.manual_boxes == []


def test_a_box_outside_the_document_is_refused_in_plain_dutch(draft_for_school, ouder):
    url = reverse("minimiser:details", args=[draft_for_school.pk])
    box = {"box_page": "9", "box_x0": "40", "box_y0": "90", "box_x1": "300", "box_y1": "110"}
    response = ouder.post(url, {**box, "action": "add_box"})
    assert response.status_code == 200
    assert "Dit document heeft geen pagina 9." in response.content.decode()
    draft_for_school.refresh_from_db()
    assert draft_for_school.manual_boxes == []


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("outsider", 404)])
def test_others_cannot_see_the_proposals(draft_for_school, client_for, persona, status):
    response = client_for(persona).get(reverse("minimiser:details", args=[draft_for_school.pk]))
    assert response.status_code == status


def test_verder_works_with_empty_box_fields_and_an_empty_box_is_explained(draft_for_school, ouder):
    url = reverse("minimiser:details", args=[draft_for_school.pk])
    empty = {"box_page": "", "box_x0": "", "box_y0": "", "box_x1": "", "box_y1": ""}
    page = ouder.get(url).content.decode()
    assert "required" not in page.split('id="manual-box"')[1].split("</fieldset>")[0]
    response = ouder.post(url, {**empty, "action": "preview"})
    assert response["Location"] == reverse("minimiser:preview", args=[draft_for_school.pk])
    response = ouder.post(url, {**empty, "action": "add_box"})
    assert "vul alle vijf de getallen in" in response.content.decode()


def test_before_step_one_is_done_the_later_steps_send_the_parent_back(family, report, ouder):
    from dossierwijs.minimiser import services

    draft = services.start_draft(document=report, by=family.ouder)
    draft.keep_sections = ["Conclusie"]  # chosen with "Voor school", not yet searched
    draft.save()
    step_one = reverse("minimiser:new", args=[report.pk])
    for url in (
        reverse("minimiser:details", args=[draft.pk]),
        reverse("minimiser:preview", args=[draft.pk]),
    ):
        assert ouder.get(url)["Location"] == step_one
    assert ouder.post(reverse("minimiser:make", args=[draft.pk]))["Location"] == step_one


def test_going_back_to_step_one_without_changes_keeps_the_choices(draft_for_school, ouder):
    draft = draft_for_school
    ouder.post(reverse("minimiser:details", args=[draft.pk]), {"action": "save"})  # none
    titles = [s["title"] for s in draft.layout["sections"]]
    keep = [str(titles.index("Conclusie")), str(titles.index("Advies"))]
    ouder.post(reverse("minimiser:new", args=[draft.document_id]), {"keep": keep})
    draft.refresh_from_db()
    assert draft.accepted_findings == []
    ouder.post(reverse("minimiser:new", args=[draft.document_id]), {"keep": keep[:1]})
    draft.refresh_from_db()
    assert draft.keep_sections == ["Conclusie"] and draft.accepted_findings  # searched again
