"""The wizard's "Eerst rondkijken in een voorbeeld", and leaving the example again."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dossierwijs.vault import state
from dossierwijs.vault.permissions import member_required, require
from dossierwijs.vault.roles import Capability

from . import family, folder

BACKEND = "django.contrib.auth.backends.ModelBackend"


@require_POST
def start_example(request):
    """Only in an empty data folder: the example never shares a folder with a real vault."""
    if state.vault_exists():
        return redirect("vault:login")
    try:
        folder.claim_for_example(settings.DATA_DIR)
    except folder.FolderNotEmpty:
        messages.error(
            request,
            _(
                "In de gegevensmap staan al andere bestanden. Het voorbeeld komt alleen in een "
                "lege map; gebruik daarvoor de opdracht 'dossierwijs demo'."
            ),
        )
        return redirect("vault:welcome")
    created = family.build()
    login(request, created.member.user, backend=BACKEND)
    messages.info(
        request,
        _("Dit is het voorbeeldgezin Canarisvogel. Kijk overal rond; niets hiervan is echt."),
    )
    return redirect("vault:home")


@require_POST
@member_required
def remove_example(request):
    if not request.vault.is_demo:
        raise Http404()
    require(request, Capability.MANAGE_MEMBERS)
    logout(request)
    try:
        folder.remove_example()
    except folder.NotAnExample:
        raise Http404() from None
    messages.success(request, _("Het voorbeeld is verwijderd. Maak nu uw eigen kluis."))
    return redirect("vault:welcome")
