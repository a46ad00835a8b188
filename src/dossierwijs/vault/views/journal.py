"""The Logboek: read, filter, export, and see whether the chain is intact."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, time

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import journal
from ..forms import JournalFilterForm
from ..journal_model import Action, JournalEntry
from ..permissions import member_required, require
from ..presenting import journal_rows
from ..roles import Capability


def _filtered(request):
    form = JournalFilterForm(request.GET or None)
    entries = JournalEntry.objects.filter(vault=request.vault)
    if form.is_valid():
        data = form.cleaned_data
        if data["action"]:
            entries = entries.filter(action=data["action"])
        if data["actor"]:
            entries = entries.filter(actor_label__icontains=data["actor"])
        tz = timezone.get_current_timezone()
        if data["date_from"]:
            entries = entries.filter(at__gte=datetime.combine(data["date_from"], time.min, tz))
        if data["date_to"]:
            entries = entries.filter(at__lte=datetime.combine(data["date_to"], time.max, tz))
    return form, entries


@member_required
def journal_list(request):
    require(request, Capability.READ_JOURNAL)
    form, entries = _filtered(request)
    page = Paginator(entries, 50).get_page(request.GET.get("pagina"))
    context = {
        "form": form,
        "page": page,
        "rows": journal_rows(request.vault, page),
        "check": journal.verify(request.vault),
    }
    if request.htmx:
        return render(request, "vault/journal.html#entries", context)
    return render(request, "vault/journal.html", context)


def _rows(entries):
    for e in entries.order_by("seq"):
        yield {
            "volgnummer": e.seq,
            "tijd": timezone.localtime(e.at).isoformat(timespec="seconds"),
            "wie": e.actor_label,
            "wat": str(Action(e.action).label) if e.action in Action.values else e.action,
            "soort": e.action,
            "onderwerp": f"{e.object_type}:{e.object_id}" if e.object_id else "",
            "toelichting": e.summary,
            "hash": e.hash,
        }


@member_required
def journal_export(request, fmt):
    require(request, Capability.READ_JOURNAL)
    _form, entries = _filtered(request)
    journal.record(
        vault=request.vault,
        actor=request.member,
        action=Action.EXPORT,
        summary=_("Logboek geëxporteerd"),
    )
    stamp = timezone.localdate().isoformat()
    rows = list(_rows(entries))
    if fmt == "json":
        body = json.dumps(rows, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else ["volgnummer"])
        writer.writeheader()
        writer.writerows(rows)
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="logboek-{stamp}.{fmt}"'
    return response
