"""Verkorte versie, steps 1 and 2: choose the sections, then what to remove within them."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from dossierwijs.core.documents.errors import DocumentError
from dossierwijs.core.documents.limits import run_limited
from dossierwijs.core.knowledge import BY_SLUG
from dossierwijs.core.minimiser import analysis
from dossierwijs.core.minimiser.sections import proposal_for_school
from dossierwijs.dossier.models import Document
from dossierwijs.vault.permissions import get_for_member, member_required, require, visible
from dossierwijs.vault.roles import Capability

from .. import services
from ..forms import BoxForm
from ..models import AbridgeDraft

# Kennis item behind the "voor school" preset: a report goes to school only as far as needed.
WHY_SLUG = "verslag-zorgverlener-eerst-lezen"
PAGE_DPI = 100


def abridge_action(document, member) -> list[dict]:
    """ "Verkorte versie maken" on a document's page, for PDFs, scans and Word files."""
    if services.source_kind(document) is None:
        return []
    return [
        {"url": reverse("minimiser:new", args=[document.pk]), "label": _("Verkorte versie maken")}
    ]


def back_to_step_one(request, draft: AbridgeDraft):
    messages.info(request, _("Kies eerst welke delen blijven; daarna zoekt dossierwijs verder."))
    return redirect("minimiser:new", draft.document_id)


def _document_and_draft(request, document_id):
    require(request, Capability.EDIT_DOSSIER)
    document = get_for_member(request, Document, pk=document_id)
    return document, services.current_draft(visible(request, AbridgeDraft), document)


def _section_rows(layout: dict, keep_sections: list[str]) -> list[dict]:
    keep = set(keep_sections)
    rows = []
    for index, section in enumerate(analysis.sections_from_layout(layout)):
        rows.append(
            {
                "index": index,
                "title": section.title,
                "pages": [p + 1 for p in section.pages],
                "begin": section.kind == "begin",
                "checked": section.title in keep if keep else True,
            }
        )
    return rows


def made_already(request, draft: AbridgeDraft):
    """The copy of this draft is stored (Back after "Maken en bewaren"): go to the copy."""
    messages.info(request, _("Deze verkorte versie is al gemaakt en staat in uw dossier."))
    return redirect("dossier:detail", draft.made_copy_id)


@member_required
def new(request, document_id):
    """Step 1: which sections stay. A Word file is first converted (on request: it takes a moment).

    Looking writes nothing: for a PDF the sections are read without a draft; the draft is
    made by the first POST (a choice, or the button that converts a Word file or scan).
    """
    document, draft = _document_and_draft(request, document_id)
    kind = services.source_kind(document)
    context = {"document": document, "kind": kind, "draft": draft, "why_slug": WHY_SLUG}
    if kind is None:
        return render(request, "minimiser/sections.html", context)
    if request.method == "POST":
        return _choose(request, document, draft)
    if draft is not None:
        layout = draft.layout
    elif kind == "pdf":
        try:
            layout = services.layout_of(document)
        except services.AbridgeError as error:
            messages.error(request, error.message)
            return redirect("dossier:detail", document.pk)
    else:  # a Word file or scan, not yet converted: explain and offer the button
        return render(request, "minimiser/sections.html", context)
    services.warm_up_detection()
    context.update(
        layout_ready=True,
        sections=_section_rows(layout, draft.keep_sections if draft else []),
        school=proposal_for_school(analysis.sections_from_layout(layout)),
        why_exists=WHY_SLUG in BY_SLUG,
    )
    return render(request, "minimiser/sections.html", context)


def _choose(request, document, draft: AbridgeDraft | None):
    """POST of step 1: convert, the "voor school" preset, or the sections ticked."""
    if draft is None:
        try:
            draft = services.start_draft(document=document, by=request.member)
        except services.AbridgeError as error:
            messages.error(request, error.message)
            return redirect("dossier:detail", document.pk)
    if request.POST.get("convert"):  # converted now (or already, on a second click)
        return redirect("minimiser:new", document.pk)
    if request.POST.get("preset") == "school":
        if services.apply_school_preset(draft=draft):
            messages.info(request, _("Conclusie en advies zijn aangevinkt. Kijk of dit klopt."))
        else:
            messages.warning(
                request,
                _("In dit document staan geen conclusie of advies als kopje. Kies zelf."),
            )
        return redirect("minimiser:new", document.pk)
    sections = analysis.sections_from_layout(draft.layout)
    chosen = {int(i) for i in request.POST.getlist("keep") if i.isdigit()}
    keep = [s.title for i, s in enumerate(sections) if i in chosen]
    if not keep:
        messages.error(request, _("Kies minstens één deel dat in de verkorte versie blijft."))
        return redirect("minimiser:new", document.pk)
    if keep == draft.layout.get("searched_for"):  # unchanged: keep the choices made
        return redirect("minimiser:details", draft.pk)
    try:
        services.choose_sections(draft=draft, keep=keep)
    except services.AbridgeError as error:
        messages.error(request, error.message)
        return redirect("minimiser:new", document.pk)
    return redirect("minimiser:details", draft.pk)


def _numbers(draft: AbridgeDraft) -> dict[int, int]:
    """The proposals' numbers as the parent sees them (the child's name has none)."""
    indexes = [i for i, p in enumerate(draft.proposals) if not p["child"]]
    return {index: number for number, index in enumerate(indexes, start=1)}


def _page_views(draft: AbridgeDraft, accepted: set[str]) -> list[dict]:
    """Per page that stays: its size and the boxes to draw over it."""
    kept = analysis.kept_areas(draft.layout, draft.keep_sections)
    pages = sorted({int(a[0]) for a in kept})
    views = {n: {"number": n + 1, "index": n, "boxes": []} for n in pages}
    for n in pages:
        views[n]["width"], views[n]["height"] = draft.layout["pages"][n]

    def add(box, css, label, number=None):
        page = int(box[0])
        if page in views:
            x0, y0, x1, y1 = box[1:]
            views[page]["boxes"].append(
                {"x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0, "css": css, "label": label,
                 "number": number, "tx": x1 + 1, "ty": y0 + 6}
            )  # fmt: skip

    for box in analysis.removed_areas(draft.layout, draft.keep_sections):
        add(box, "area-removed", _("Dit deel valt weg"))
    numbers = _numbers(draft)
    for index, proposal in enumerate(draft.proposals):
        if proposal["child"]:
            stays = not draft.remove_child_name
            label = _("De naam van uw kind")
        else:
            stays = proposal["tekst"] not in accepted
            label = _("Voorstel %(n)s") % {"n": numbers[index]}
        css = "proposal-kept" if stays else "proposal-removed"
        state = _("blijft staan") if stays else _("wordt weggelakt")
        for box in proposal["boxes"]:
            add(box, css, f"{label}: {state}", numbers.get(index))
    for boxes in draft.term_boxes.values():
        for box in boxes:
            add(box, "proposal-removed", _("Uw eigen woord: wordt weggelakt"))
    for number, box in enumerate(draft.manual_boxes, start=1):
        add(box, "box-manual", _("Vak %(n)s met de hand: wordt weggelakt") % {"n": number})
    return [views[n] for n in pages]


@member_required
def details(request, abridge_id):
    """Step 2: the proposals on the pages and in a list; own terms; boxes drawn by hand."""
    require(request, Capability.EDIT_DOSSIER)
    draft = get_for_member(request, AbridgeDraft, pk=abridge_id)
    if draft.made_copy_id:
        return made_already(request, draft)
    if not services.searched(draft):
        return back_to_step_one(request, draft)
    pages = draft.layout.get("pages", [])
    box_form = BoxForm(pages=pages)
    if request.POST:
        action = request.POST.get("action", "save")
        removed = request.POST.get("remove_box", "")
        new_box = None
        if removed.isdigit():
            action = "save"
        elif action == "add_box":
            box_form = BoxForm(request.POST, pages=pages)
            if box_form.is_valid():
                new_box = box_form.cleaned_data["box"]
                messages.success(request, _("Het vak is toegevoegd. Het wordt weggelakt."))
                box_form = BoxForm(pages=pages)
        try:
            services.save_choices(
                draft=draft,
                accepted={int(i) for i in request.POST.getlist("accept") if i.isdigit()},
                remove_child_name=bool(request.POST.get("remove_child_name")),
                include_cover_page=bool(request.POST.get("include_cover_page")),
                remove_box=int(removed) if removed.isdigit() else None,
                add_box=new_box,
                extra_terms=request.POST.get("extra_terms", "")[:5000],
            )
        except services.AbridgeError as error:
            messages.error(request, error.message)
        if action == "preview":
            return redirect("minimiser:preview", draft.pk)
        if not box_form.is_bound or box_form.is_valid():
            return redirect("minimiser:details", draft.pk)
    accepted = set(draft.accepted_findings)
    numbers = _numbers(draft)
    proposals = [
        {**p, "index": i, "number": numbers.get(i), "accepted": p["tekst"] in accepted,
         "pages": sorted({int(b[0]) + 1 for b in p["boxes"]})}
        for i, p in enumerate(draft.proposals)
    ]  # fmt: skip
    return render(
        request,
        "minimiser/details.html",
        {
            "draft": draft,
            "document": draft.document,
            "proposals": [p for p in proposals if not p["child"]],
            "child_proposals": [p for p in proposals if p["child"]],
            "pages": _page_views(draft, accepted),
            "manual_boxes": [
                {"index": i, "page": b[0] + 1, "box": b[1:]}
                for i, b in enumerate(draft.manual_boxes)
            ],
            "box_form": box_form,
            "child_name": draft.vault.child_name,
        },
    )


@member_required
def page(request, abridge_id, page):
    """One page of the source PDF as an image, rendered on demand and never stored."""
    require(request, Capability.EDIT_DOSSIER)
    draft = get_for_member(request, AbridgeDraft, pk=abridge_id)
    if draft.made_copy_id or not 1 <= page <= len(draft.layout.get("pages", [])):
        raise Http404()
    try:
        png = run_limited(
            analysis.render_source_page, services.source_pdf(draft), page - 1, PAGE_DPI, seconds=30
        )
    except DocumentError:
        raise Http404() from None
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = "no-store"
    return response
