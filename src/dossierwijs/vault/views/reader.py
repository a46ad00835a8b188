"""A meelezer's pages, served from their reader store alone (no vault key, no database)."""

from __future__ import annotations

from datetime import date
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import readers
from ..downloads import content_disposition
from ..reader_store import ReaderStoreDamaged


def reader_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        session = readers.session_for(request.COOKIES.get(readers.COOKIE))
        if session is None:
            return redirect(f"{reverse('vault:login')}?next={request.path}")
        request.reader = session
        return view(request, *args, **kwargs)

    return wrapper


def start(response: HttpResponse, session: readers.ReaderSession) -> HttpResponse:
    """Give the browser the meelezer's session (a random token; the keys stay here)."""
    response.set_cookie(
        readers.COOKIE,
        session.token,
        httponly=True,
        samesite="Strict",
        secure=settings.SESSION_COOKIE_SECURE,
    )
    return response


@reader_required
def reader_home(request):
    rows = [
        {
            "file": f,
            "date": date.fromisoformat(f.date) if f.date else None,
            "until": date.fromisoformat(f.until) if f.until else None,
        }
        for f in request.reader.visible_files()
    ]
    return render(request, "vault/reader_home.html", {"rows": rows})


@reader_required
def reader_download(request, document_id):
    shared = request.reader.file(str(document_id))
    if shared is None:
        raise Http404()
    try:
        data = readers.read(request.reader, shared)
    except (OSError, ReaderStoreDamaged):
        messages.error(
            request,
            _("Dit document kon niet worden geopend. Vraag de ouder het opnieuw te delen."),
        )
        return redirect("vault:reader_home")
    response = HttpResponse(data, content_type="application/octet-stream")
    response["Content-Disposition"] = content_disposition(shared.filename)
    return response


@require_POST
def reader_logout(request):
    readers.end_session(request.COOKIES.get(readers.COOKIE))
    messages.success(request, _("U bent uitgelogd."))
    response = redirect("vault:login")
    response.delete_cookie(readers.COOKIE)
    return response
