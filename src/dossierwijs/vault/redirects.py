"""Where a form may send the parent back to: only a page of this site."""

from __future__ import annotations

from django.utils.http import url_has_allowed_host_and_scheme


def safe_next_url(request, field: str = "next") -> str | None:
    """The ``next`` URL posted with a form, if it stays on this site; otherwise None.

    Django's own check: it refuses ``//evil.example``, ``/\\evil.example``, other schemes
    and other hosts, which a hand-written "starts with /" check let through.
    """
    url = request.POST.get(field) or request.GET.get(field) or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return None
