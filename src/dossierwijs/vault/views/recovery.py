"""The recovery code: kept before anything else, and renewed from Mijn gegevens."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import recovery
from ..forms import RecoveryConfirmForm, RenewRecoveryForm
from ..keyring import WrongSecret
from ..permissions import member_required, require
from ..roles import Capability


def _show(request, code: str, form, status: int = 200, renewing: bool = False):
    return render(
        request,
        "vault/recovery_code.html",
        {"recovery_code": code, "form": form, "hide_navigation": True, "renewing": renewing},
        status=status,
    )


@member_required
def recovery_code(request):
    """Until a parent types the code back, this is the only page of the vault."""
    vault = request.vault
    if vault.recovery_confirmed:
        return redirect("vault:home")
    require(request, Capability.MANAGE_MEMBERS)
    if request.headers.get("Sec-Fetch-Dest", "document") != "document":
        # Not the parent opening the page (a prefetch, an image): showing a code here
        # would replace the one on their screen.
        return HttpResponse(status=204)
    form = RecoveryConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if recovery.confirm(member=request.member, code=form.cleaned_data["code"]):
            messages.success(request, _("Uw herstelcode is bevestigd. Bewaar hem goed."))
            return redirect("vault:home")
        shown = request.POST.get("shown", "")
        if shown and recovery.still_works(shown):
            form.add_error(
                "code",
                _(
                    "Dit is niet de code die hierboven staat. Kijk het nog eens na en typ hem opnieuw."
                ),
            )
            # The code on the screen must stay the one the parent is copying.
            return _show(request, shown, form, status=400)
        # Another tab or the other parent made a newer code: the one on this screen is gone.
        form = RecoveryConfirmForm()
        messages.warning(
            request,
            _(
                "Er is intussen een nieuwe herstelcode gemaakt (in een ander venster of door "
                "de andere ouder). De vorige werkt niet meer: bewaar deze nieuwe."
            ),
        )
        return _show(request, recovery.fresh_code(vault=vault), form, status=409)
    return _show(request, recovery.fresh_code(vault=vault), form)


@require_POST
@member_required
def renew_recovery_code(request):
    require(request, Capability.MANAGE_MEMBERS)
    form = RenewRecoveryForm(request.POST, prefix="renew")
    if form.is_valid():
        try:
            code = recovery.renew(member=request.member, passphrase=form.cleaned_data["current"])
        except WrongSecret:
            messages.error(request, _("Deze wachtzin klopt niet. Er is geen nieuwe code gemaakt."))
            return redirect("vault:profile")
        return _show(request, code, RecoveryConfirmForm(), renewing=True)
    messages.error(request, _("Vul uw wachtzin in om een nieuwe herstelcode te maken."))
    return redirect("vault:profile")
