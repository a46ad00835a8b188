"""The open deadlines in the parent's own calendar: a download, and a subscription link.

The subscription link (/agenda/<token>.ics) needs no login, because a calendar program cannot
log in. The random token in the link is the only key, so it is shown only to members who may
see the whole vault, and a new one can be made at any time (the old link then stops).
While the vault is locked, nothing can be read: the feed answers 503 with Retry-After, and
the calendar program simply tries again later.
"""

from __future__ import annotations

import hmac

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from dossierwijs.core import calendar as ical
from dossierwijs.vault import keyholder
from dossierwijs.vault.keyholder import VaultLocked
from dossierwijs.vault.permissions import member_required, require
from dossierwijs.vault.roles import Capability

from .. import services
from ..deadlines import calendar_entries, open_requests
from ..models import CalendarToken

RETRY_AFTER_SECONDS = 3600
LOCKED_TEXT = gettext_lazy(
    "dossierwijs is vergrendeld. De agenda kan de termijnen pas weer ophalen als iemand de "
    "kluis heeft geopend. Uw agenda probeert het later vanzelf opnieuw."
)


def _ics_response(body: bytes, filename: str | None = None) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@member_required
def calendar_page(request):
    require(request, Capability.VIEW_VAULT)
    context = {"open_count": len(open_requests(request.vault))}
    if request.member.can(Capability.EDIT_DOSSIER):
        token = services.calendar_token(request.vault)
        context["feed_url"] = request.build_absolute_uri(
            reverse("rights:calendar_feed", kwargs={"feed_token": token.token})
        )
        context["webcal_url"] = "webcal://" + context["feed_url"].split("://", 1)[1]
    return render(request, "rights/calendar.html", context)


@member_required
def ics_download(request):
    require(request, Capability.VIEW_VAULT)
    entries = calendar_entries(request.vault, request.build_absolute_uri)
    return _ics_response(
        ical.deadlines_to_ical(entries, calendar_name=_("dossierwijs: termijnen")),
        "dossierwijs-termijnen.ics",
    )


@require_POST
@member_required
def regenerate_token(request):
    require(request, Capability.EDIT_DOSSIER)
    services.regenerate_calendar_token(vault=request.vault, by=request.member)
    from django.contrib import messages

    messages.success(request, _("Er is een nieuwe agenda-link. De oude link werkt niet meer."))
    return redirect("rights:calendar")


def _locked() -> HttpResponse:
    response = HttpResponse(str(LOCKED_TEXT), status=503, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def calendar_feed(request, feed_token: str):
    """No login: the secret token is the key. 404 for any token that is not the vault's."""
    if not keyholder.is_unlocked():
        return _locked()
    if not feed_token.isascii() or not feed_token.replace("-", "").replace("_", "").isalnum():
        raise Http404()  # never a token of ours (and PostgreSQL refuses NUL bytes)
    try:
        # The unique index finds the row; the constant-time comparison is belt and braces.
        match = CalendarToken.objects.select_related("vault").filter(token=feed_token[:64]).first()
        if match is not None and not hmac.compare_digest(match.token, feed_token):
            match = None
        if match is None:
            raise Http404()
        entries = calendar_entries(match.vault, request.build_absolute_uri)
        body = ical.deadlines_to_ical(entries, calendar_name=_("dossierwijs: termijnen"))
    except VaultLocked:
        return _locked()
    return _ics_response(body)
