"""Mijn gegevens: the name, e-mail and address letters use, and changing the passphrase."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .. import services
from ..forms import ChangePassphraseForm, ProfileForm, RenewRecoveryForm
from ..keyring import Keyring, WrongSecret
from ..permissions import member_required
from ..redirects import safe_next_url
from ..roles import Capability


@member_required
def profile(request):
    member = request.member
    form = ProfileForm(
        request.POST if request.POST.get("form") == "profile" else None,
        initial={
            "display_name": member.display_name,
            "email": member.email,
            "postal_address": member.postal_address,
            "gezag": member.gezag,
        },
    )
    if not member.is_parent:
        del form.fields["gezag"]
    passphrase_form = ChangePassphraseForm(
        request.POST if request.POST.get("form") == "passphrase" else None
    )
    if request.method == "POST" and request.POST.get("form") == "profile" and form.is_valid():
        services.update_profile(
            member=member,
            display_name=form.cleaned_data["display_name"],
            email=form.cleaned_data["email"],
            postal_address=form.cleaned_data["postal_address"],
            gezag=form.cleaned_data.get("gezag") if member.is_parent else None,
        )
        messages.success(request, _("Uw gegevens zijn bewaard."))
        return redirect(safe_next_url(request) or "vault:profile")
    if (
        request.method == "POST"
        and request.POST.get("form") == "passphrase"
        and passphrase_form.is_valid()
    ):
        entry = Keyring.load(services._data_dir()).get(member.key_entry_id)
        try:
            if entry is None:
                raise WrongSecret()
            entry.unwrap(passphrase_form.cleaned_data["current"])
        except WrongSecret:
            passphrase_form.add_error("current", _("Dit is niet uw huidige wachtzin."))
        else:
            services.set_passphrase(
                member=member, passphrase=passphrase_form.cleaned_data["passphrase"]
            )
            messages.success(request, _("Uw nieuwe wachtzin is ingesteld."))
            return redirect("vault:profile")
    return render(
        request,
        "vault/profile.html",
        {
            "form": form,
            "passphrase_form": passphrase_form,
            "renew_form": RenewRecoveryForm(prefix="renew")
            if member.can(Capability.MANAGE_MEMBERS)
            else None,
            "next": request.GET.get("next", ""),
        },
    )
