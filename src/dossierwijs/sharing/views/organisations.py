"""The address book: organisations around the child and the people there."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dossierwijs.addressbook import services as addressbook
from dossierwijs.addressbook.models import Organisation
from dossierwijs.dossier.models import Document
from dossierwijs.vault.permissions import get_for_member, member_required, require, visible
from dossierwijs.vault.redirects import safe_next_url
from dossierwijs.vault.roles import Capability

from .. import services
from ..forms import ContactForm, OrganisationForm


@member_required
def organisation_list(request):
    require(request, Capability.VIEW_VAULT)
    organisations = Organisation.objects.filter(vault=request.vault).prefetch_related("contacts")
    return render(request, "sharing/organisations.html", {"organisations": organisations})


@member_required
def organisation_new(request):
    require(request, Capability.EDIT_DOSSIER)
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        organisation = addressbook.add_organisation(
            vault=request.vault, by=request.member, **form.cleaned_data
        )
        messages.success(
            request, _("%(name)s staat in het adresboek.") % {"name": organisation.name}
        )
        back = safe_next_url(request)
        if back:
            return redirect(back)
        return redirect("sharing:organisation", organisation_id=organisation.pk)
    return render(
        request,
        "sharing/organisation_form.html",
        {"form": form, "next": request.GET.get("next", "")},
    )


@member_required
def organisation_detail(request, organisation_id):
    require(request, Capability.VIEW_VAULT)
    organisation = get_for_member(request, Organisation, pk=organisation_id)
    can_edit = request.member.can(Capability.EDIT_DOSSIER)
    if request.method == "POST":
        require(request, Capability.EDIT_DOSSIER)
        form = OrganisationForm(request.POST, instance=organisation)
        if form.is_valid():
            addressbook.update_organisation(
                organisation=organisation, by=request.member, **form.cleaned_data
            )
            messages.success(request, _("De gegevens zijn bewaard."))
            return redirect("sharing:organisation", organisation_id=organisation.pk)
    else:
        form = OrganisationForm(instance=organisation)
    return render(
        request,
        "sharing/organisation.html",
        {
            "organisation": organisation,
            "form": form if can_edit else None,
            "contact_form": ContactForm() if can_edit else None,
            "ledger": services.ledger(request.vault, organisation),
            "produced": visible(request, Document).filter(organisation__iexact=organisation.name),
            "can_edit": can_edit,
        },
    )


@require_POST
@member_required
def contact_add(request, organisation_id):
    require(request, Capability.EDIT_DOSSIER)
    organisation = get_for_member(request, Organisation, pk=organisation_id)
    form = ContactForm(request.POST)
    if form.is_valid():
        contact = addressbook.add_contact(
            organisation=organisation, by=request.member, **form.cleaned_data
        )
        messages.success(request, _("%(name)s is toegevoegd.") % {"name": contact.name})
    else:
        messages.error(request, _("Vul een naam en een rol in."))
    return redirect("sharing:organisation", organisation_id=organisation.pk)
