"""The dossier: list and search, a document's page, editing, versions, deleting."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from dossierwijs.vault import journal, readers
from dossierwijs.vault.downloads import content_disposition
from dossierwijs.vault.journal_model import Action, JournalEntry
from dossierwijs.vault.models import BuddyGrant, Member
from dossierwijs.vault.permissions import get_for_member, member_required, require, visible
from dossierwijs.vault.roles import Capability, Role

from .. import search, services
from ..forms import DocumentForm, NewVersionForm, SearchForm
from ..models import Document
from ..presenting import document_actions, timeline_rows
from ..preview import page_count, render_page
from .viewer import ZOOM_DPI, zoom_from


def _filtered(request, form):
    """The documents that match the filters, and the search hits by document id."""
    documents = visible(request, Document)
    hits = {}
    if form.is_valid():
        data = form.cleaned_data
        if data["q"]:
            found = search.search(request.vault.pk, data["q"])
            hits = {h.document_id: h for h in found}
            documents = documents.filter(pk__in=list(hits))
        if data["doc_type"]:
            documents = documents.filter(doc_type=data["doc_type"])
        if data["organisation"]:
            documents = documents.filter(organisation__icontains=data["organisation"])
        if data["year"]:
            documents = documents.filter(
                Q(document_date__year=data["year"])
                | Q(document_date__isnull=True, received_date__year=data["year"])
            )
        if data["tag"]:
            documents = documents.filter(tags__icontains=data["tag"])
    return documents, hits


PER_PAGE = 50


@member_required
def document_list(request):
    if not request.member.can(Capability.VIEW_VAULT):
        require(request, Capability.VIEW_SHARED_ONLY)
    form = SearchForm(request.GET or None)
    documents, hits = _filtered(request, form)
    number = request.GET.get("pagina")
    if hits:
        # At most search.search()'s limit of hits, best first.
        ranked = sorted(documents, key=lambda d: hits[str(d.pk)].rank)
        page = Paginator(ranked, PER_PAGE).get_page(number)
    else:
        # Only this page's rows are read and drawn, however large the dossier is.
        page = Paginator(documents, PER_PAGE).get_page(number)
    query = request.GET.copy()
    query.pop("pagina", None)
    context = {
        "form": form,
        "rows": [{"document": d, "hit": hits.get(str(d.pk))} for d in page],
        "page": page,
        "page_query": query.urlencode(),
        "searching": bool(request.GET.get("q")),
        # Two counts: a vault restored by an older version had an empty search index.
        "index_incomplete": not request.htmx
        and request.member.can(Capability.EDIT_DOSSIER)
        and search.needs_rebuild(request.vault),
    }
    if request.htmx:
        return render(request, "dossier/list.html#results", context)
    return render(request, "dossier/list.html", context)


@require_POST
@member_required
def search_index_rebuild(request):
    require(request, Capability.EDIT_DOSSIER)
    count = services.rebuild_search_index(vault=request.vault, by=request.member)
    messages.success(
        request,
        ngettext(
            "De zoekfunctie is hersteld: %(n)s document is weer vindbaar.",
            "De zoekfunctie is hersteld: %(n)s documenten zijn weer vindbaar.",
            count,
        )
        % {"n": count},
    )
    return redirect("dossier:list")


@member_required
def timeline(request):
    require(request, Capability.VIEW_VAULT)
    documents, incomplete = timeline_rows(request.vault, visible(request, Document))
    years: dict[int, list] = {}
    for row in documents:
        years.setdefault(row.when.year, []).append(row)
    return render(
        request,
        "dossier/timeline.html",
        {"years": sorted(years.items(), reverse=True), "incomplete": incomplete},
    )


@member_required
def document_detail(request, document_id):
    document = get_for_member(request, Document, pk=document_id)
    version = document.current
    journal.record(
        vault=request.vault,
        actor=request.member,
        action=Action.VIEW,
        obj=document,
        summary=_("Document bekeken"),
    )
    can_edit = request.member.can(Capability.EDIT_DOSSIER)
    buddies = Member.objects.filter(vault=request.vault, role=Role.MEELEZER) if can_edit else []
    granted = (
        set(
            BuddyGrant.objects.filter(object_id=str(document.pk), member__in=buddies).values_list(
                "member_id", flat=True
            )
        )
        if can_edit
        else set()
    )
    return render(
        request,
        "dossier/detail.html",
        {
            "document": document,
            "version": version,
            "versions": document.versions.all(),
            "pages": range(1, (page_count(version) or 0) + 1) if version else [],
            "form": DocumentForm(instance=document) if can_edit else None,
            "version_form": NewVersionForm() if can_edit else None,
            "can_edit": can_edit,
            "history": JournalEntry.objects.filter(
                vault=request.vault, object_id=str(document.pk)
            ).order_by("-seq")[:50]
            if can_edit
            else [],
            "buddies": [(b, b.pk in granted) for b in buddies],
            "attachments": visible(request, Document).filter(email=document),
            "document_actions": document_actions(document, request.member) if can_edit else [],
        },
    )


@require_POST
@member_required
def document_edit(request, document_id):
    require(request, Capability.EDIT_DOSSIER)
    document = get_for_member(request, Document, pk=document_id)
    form = DocumentForm(request.POST, instance=Document.objects.get(pk=document.pk))
    if not form.is_valid():
        messages.error(request, _("Controleer de gegevens: niet alles is goed ingevuld."))
        return redirect("dossier:detail", document_id=document.pk)
    services.update_metadata(
        document=document,
        by=request.member,
        **{name: form.cleaned_data[name] for name in form.Meta.fields},
    )
    messages.success(request, _("De gegevens zijn bewaard."))
    return redirect("dossier:detail", document_id=document.pk)


@member_required
def document_download(request, document_id, number):
    document = get_for_member(request, Document, pk=document_id)
    version = document.versions.filter(number=number).first()
    if version is None:
        from django.http import Http404

        raise Http404()
    data = services._store().get(version.blob_id)
    journal.record(
        vault=request.vault,
        actor=request.member,
        action=Action.DOWNLOAD,
        obj=document,
        summary=_("Versie %(n)s gedownload") % {"n": version.number},
    )
    response = HttpResponse(data, content_type="application/octet-stream")
    response["Content-Disposition"] = content_disposition(version.filename)
    return response


@member_required
def document_page(request, document_id, page):
    document = get_for_member(request, Document, pk=document_id)
    version = document.current
    dpi = ZOOM_DPI[zoom_from(request)]
    png = render_page(version, page, dpi=dpi) if version else None
    if png is None:
        from django.http import Http404

        raise Http404()
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = "no-store"
    return response


@member_required
def document_delete(request, document_id):
    require(request, Capability.EDIT_DOSSIER)
    document = get_for_member(request, Document, pk=document_id)
    if request.method == "POST":
        title = document.title
        services.delete_document(document=document, by=request.member)
        messages.success(
            request, _("“%(title)s” is verwijderd, met alle versies.") % {"title": title}
        )
        return redirect("dossier:list")
    return render(request, "dossier/delete.html", {"document": document})


@require_POST
@member_required
def document_share_with_buddy(request, document_id):
    require(request, Capability.EDIT_DOSSIER)
    document = get_for_member(request, Document, pk=document_id)
    buddy = get_for_member(request, Member, pk=request.POST.get("member"), role=Role.MEELEZER)
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(Document)
    shared = BuddyGrant.objects.filter(
        member=buddy, content_type=content_type, object_id=str(document.pk)
    ).exists()
    # The meelezer's reader store follows (with a new reader key): see vault.readers.
    readers.set_grant(document=document, buddy=buddy, by=request.member, shared=not shared)
    if shared:
        messages.success(
            request, _("%(name)s ziet dit document niet meer.") % {"name": buddy.display_name}
        )
    else:
        messages.success(
            request, _("%(name)s kan dit document nu lezen.") % {"name": buddy.display_name}
        )
    return redirect("dossier:detail", document_id=document.pk)
