"""Who takes part in a meeting: add, change and remove participants from the address book.

Per participant the page shows what their organisation already has (the sharing ledger),
what they will see, and a flag when the parents' consent is missing for what is discussed.
"""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dossierwijs.vault.permissions import get_for_member, member_required, require
from dossierwijs.vault.roles import Capability

from .. import services
from ..forms import ParticipantForm
from ..models import Meeting, Participant
from ..participants import participant_views


def _save(request, form, meeting, participant=None) -> bool:
    """Add or change through the services; a refusal becomes a form error."""
    organisation, contact = form.cleaned_data["who"]
    values = {name: form.cleaned_data[name] for name in services.PARTICIPANT_FIELDS}
    try:
        if participant is None:
            services.add_participant(
                meeting=meeting,
                by=request.member,
                organisation=organisation,
                contact=contact,
                **values,
            )
        else:
            services.change_participant(
                participant=participant,
                by=request.member,
                organisation=organisation,
                contact=contact,
                **values,
            )
    except services.ParticipantError as exc:
        form.add_error("who", str(exc))
        return False
    return True


@member_required
def participants(request, meeting_id):
    require(request, Capability.VIEW_VAULT)
    meeting = get_for_member(request, Meeting, pk=meeting_id)
    can_edit = request.member.can(Capability.EDIT_DOSSIER)
    form = ParticipantForm(request.POST or None, vault=request.vault)
    if request.method == "POST":
        require(request, Capability.EDIT_DOSSIER)
        if form.is_valid() and _save(request, form, meeting):
            messages.success(request, _("De deelnemer is toegevoegd."))
            return redirect("meetings:participants", meeting.pk)
    views = participant_views(meeting)
    context = {
        "meeting": meeting,
        "views": views,
        "form": form,
        "can_edit": can_edit,
        "incomplete": any(v.incomplete for v in views),
        "has_addressbook": bool(form.fields["who"].choices[1:]),
    }
    return render(request, "meetings/participants.html", context)


@member_required
def participant_edit(request, participant_id):
    require(request, Capability.EDIT_DOSSIER)
    participant = get_for_member(
        request, Participant.objects.select_related("meeting"), pk=participant_id
    )
    form = ParticipantForm(
        request.POST or None,
        vault=request.vault,
        initial=ParticipantForm.initial_for(participant),
    )
    if (
        request.method == "POST"
        and form.is_valid()
        and _save(request, form, participant.meeting, participant)
    ):
        messages.success(request, _("De deelnemer is gewijzigd."))
        return redirect("meetings:participants", participant.meeting_id)
    context = {"meeting": participant.meeting, "participant": participant, "form": form}
    return render(request, "meetings/participant_edit.html", context)


@require_POST
@member_required
def participant_remove(request, participant_id):
    require(request, Capability.EDIT_DOSSIER)
    participant = get_for_member(request, Participant, pk=participant_id)
    meeting_id = participant.meeting_id
    services.remove_participant(participant=participant, by=request.member)
    messages.success(request, _("De deelnemer is verwijderd."))
    return redirect("meetings:participants", meeting_id)
