"""Meetings: the list, preparing one, the own report, sending it, and checking the school's."""

from __future__ import annotations

import re

from django.contrib import messages
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from dossierwijs.core.letters import LetterError, MissingData
from dossierwijs.core.meetings.sending import report_email, report_pdf
from dossierwijs.dossier import api as dossier_api
from dossierwijs.letters.for_next_time import save_missing_data
from dossierwijs.vault.downloads import content_disposition
from dossierwijs.vault.permissions import get_for_member, member_required, require, visible
from dossierwijs.vault.roles import Capability

from .. import services
from ..forms import (
    ChooseForm,
    DateForm,
    MeetingForm,
    OwnReportForm,
    PreparationLetterForm,
    ReactionForm,
    RecordingForm,
    RecordingNoteForm,
    ReplyForm,
    SchoolReportForm,
)
from ..models import Meeting, Recording, RecordingNote, SchoolReportCheck
from ..presenting import child_suggestion, differences, report_status
from ..uploads import FIELD, RecordingUploadHandler, StoredUpload


@member_required
def meeting_list(request):
    require(request, Capability.VIEW_VAULT)
    # A vault left open over a reaction date: the report counts as correct from now on.
    services.settle_passed_reports(vault=request.vault, today=timezone.localdate())
    meetings = visible(request, Meeting)
    context = {"meetings": meetings, "can_edit": request.member.can(Capability.EDIT_DOSSIER)}
    return render(request, "meetings/list.html", context)


@member_required
def meeting_new(request):
    require(request, Capability.EDIT_DOSSIER)
    today = timezone.localdate()
    form = MeetingForm(request.POST or None, initial={"held_on": today})
    if request.method == "POST" and form.is_valid():
        meeting = services.create_meeting(
            vault=request.vault, by=request.member, **form.cleaned_data
        )
        return redirect("meetings:detail", meeting.pk)
    context = {"form": form, "suggestion": child_suggestion(request.vault, today)}
    return render(request, "meetings/new.html", context)


@member_required
def meeting_detail(request, meeting_id):
    require(request, Capability.VIEW_VAULT)
    today = timezone.localdate()
    # A vault left open over a reaction date: the report counts as correct from now on.
    services.settle_passed_reports(vault=request.vault, today=today)
    meeting = get_for_member(request, Meeting, pk=meeting_id)
    check = meeting.checks.first()
    context = {
        "meeting": meeting,
        "report": meeting.own_report,
        "status": report_status(meeting.own_report, today),
        "suggestion": child_suggestion(request.vault, meeting.held_on),
        "check": check,
        "differences": differences(check) if check else [],
        "date_form": DateForm(initial={"on": today}),
        "school_form": SchoolReportForm(),
        "reply_form": ReplyForm(vault=request.vault),
        "letter_form": PreparationLetterForm(vault=request.vault, auto_id="prep-%s"),
        "recording_form": RecordingForm(),
        # One note form per recording, each with its own field ids.
        "recordings": [
            (recording, RecordingNoteForm(auto_id=f"note-{recording.pk}-%s"))
            for recording in meeting.recordings.prefetch_related("notes")
        ],
        "can_edit": request.member.can(Capability.EDIT_DOSSIER),
    }
    return render(request, "meetings/detail.html", context)


@member_required
def own_report(request, meeting_id):
    require(request, Capability.EDIT_DOSSIER)
    meeting = get_for_member(request, Meeting, pk=meeting_id)
    report = meeting.own_report
    if request.method == "POST" and request.POST.get("action") == "pull_notes":
        count = services.pull_recording_notes(report=report, by=request.member)
        messages.success(
            request,
            ngettext(
                "%(n)s notitie uit de opname staat nu bij 'Wat er besproken is'.",
                "%(n)s notities uit de opname staan nu bij 'Wat er besproken is'.",
                count,
            )
            % {"n": count},
        )
        return redirect("meetings:report", meeting.pk)
    form = OwnReportForm(request.POST or None, instance=report)
    if request.method == "POST" and form.is_valid():
        services.save_own_report(report=report, by=request.member, **form.cleaned_data)
        messages.success(request, _("Uw verslag is bewaard."))
        return redirect("meetings:detail", meeting.pk)
    notes = RecordingNote.objects.filter(recording__meeting=meeting).order_by(
        "recording__created_at", "at_seconds"
    )
    return render(
        request, "meetings/report.html", {"meeting": meeting, "form": form, "notes": notes}
    )


@require_POST
@member_required
def report_sent(request, meeting_id):
    require(request, Capability.EDIT_DOSSIER)
    meeting = get_for_member(request, Meeting, pk=meeting_id)
    form = DateForm(request.POST)
    if form.is_valid():
        services.mark_report_sent(
            report=meeting.own_report, by=request.member, sent_on=form.cleaned_data["on"]
        )
        messages.success(request, _("Genoteerd. De termijn staat nu bij Termijnen."))
    else:
        messages.error(request, " ".join(form.errors.get("on", [_("Vul een geldige datum in.")])))
    return redirect("meetings:detail", meeting.pk)


@require_POST
@member_required
def report_reaction(request, meeting_id):
    require(request, Capability.EDIT_DOSSIER)
    meeting = get_for_member(request, Meeting, pk=meeting_id)
    form = ReactionForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data.get("file")
        try:
            services.record_reaction(
                report=meeting.own_report,
                by=request.member,
                received_on=form.cleaned_data["on"],
                upload=(upload.name, upload.read()) if upload else None,
            )
        except services.ReactionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("De reactie van school is genoteerd."))
    else:
        messages.error(
            request, " ".join(error for errors in form.errors.values() for error in errors)
        )
    return redirect("meetings:detail", meeting.pk)


@member_required
def school_report(request, meeting_id):
    require(request, Capability.EDIT_DOSSIER)
    meeting = get_for_member(request, Meeting, pk=meeting_id)
    form = SchoolReportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        services.check_school_report(
            meeting=meeting, by=request.member, school_text=form.cleaned_data["text"]
        )
        return redirect("meetings:detail", meeting.pk)
    return render(request, "meetings/school.html", {"meeting": meeting, "form": form})


@require_POST
@member_required
def choose_points(request, comparison_id):
    require(request, Capability.EDIT_DOSSIER)
    check = get_for_member(request, SchoolReportCheck, pk=comparison_id)
    form = ChooseForm(request.POST, count=len(check.differences))
    if form.is_valid():
        services.choose_points(check=check, by=request.member, indexes=form.cleaned_data["raise_"])
        messages.success(request, _("Uw keuze is bewaard."))
    else:
        messages.error(request, _("Deze keuze bestaat niet (meer). Vergelijk het verslag opnieuw."))
    return redirect("meetings:detail", check.meeting_id)


@require_POST
@member_required
def make_reply(request, comparison_id):
    require(request, Capability.EDIT_DOSSIER)
    check = get_for_member(request, SchoolReportCheck, pk=comparison_id)
    form = ReplyForm(request.POST, vault=request.vault)
    back = redirect("meetings:detail", check.meeting_id)
    if not check.to_raise:
        messages.error(request, _("Kies eerst welke verschillen u wilt voorleggen."))
        return back
    if not form.is_valid():
        _letter_form_errors(request, form)
        return back
    data = _birth_date_kept(request, form)
    return _letter_made(
        request,
        lambda: services.make_reply(check=check, by=request.member, **data),
        back,
    )


@require_POST
@member_required
def make_preparation_letter(request, meeting_id):
    """The preparation letter to school, kept in the dossier and linked to the meeting."""
    require(request, Capability.EDIT_DOSSIER)
    meeting = get_for_member(request, Meeting, pk=meeting_id)
    form = PreparationLetterForm(request.POST, vault=request.vault)
    back = redirect("meetings:detail", meeting.pk)
    if not form.is_valid():
        _letter_form_errors(request, form)
        return back
    data = _birth_date_kept(request, form)
    return _letter_made(
        request,
        lambda: services.make_preparation_letter(meeting=meeting, by=request.member, **data),
        back,
    )


def _letter_form_errors(request, form):
    """The form lives on the meeting page, so its errors go back as messages."""
    birth_date_errors = form.errors.get("child_birth_date")
    if birth_date_errors:
        messages.error(
            request, _("Geboortedatum van uw kind: %(error)s") % {"error": birth_date_errors[0]}
        )
    if set(form.errors) - {"child_birth_date"}:
        messages.error(request, _("Kies aan wie de brief gaat en in welke toon."))


def _birth_date_kept(request, form) -> dict:
    """The letter's choices; a birth date typed in is kept in the vault for every letter."""
    data = dict(form.cleaned_data)
    born = data.pop("child_birth_date", None)
    if born is not None:
        save_missing_data(vault=request.vault, member=request.member, birth_date=born)
    return data


def _letter_made(request, produce, back):
    """Make a letter; to the letter when it is made, else back with what was missing."""
    try:
        produced = produce()
    except MissingData as exc:
        messages.error(
            request,
            _("Voor de brief ontbreekt nog: %(what)s.") % {"what": ", ".join(exc.labels)},
        )
        if any(label.startswith("Uw adres") for label in exc.labels):
            # The meeting page has no address field; the letters take it from the profile.
            messages.info(
                request,
                _(
                    "Uw adres vult u één keer in bij ‘Mijn gegevens’ (bovenaan de pagina). "
                    "dossierwijs gebruikt het daarna voor elke brief."
                ),
            )
    except LetterError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("De brief is gemaakt en bewaard in het dossier."))
        return redirect("letters:detail", produced.letter.pk)
    return back


@member_required
def report_email_draft(request, meeting_id):
    """The own report as an unsent e-mail (.eml) with the PDF and the two-week sentence."""
    require(request, Capability.EDIT_DOSSIER)
    meeting = get_for_member(request, Meeting, pk=meeting_id)
    report = meeting.own_report
    raw = report_email(
        title=meeting.title,
        held_on=meeting.held_on,
        report_text=report.as_text(),
        sent_on=timezone.localdate(),
        signers=(request.member.display_name,),
        sender_email=getattr(request.member, "email", "") or "",
    )
    response = HttpResponse(raw, content_type="message/rfc822")
    response["Content-Disposition"] = content_disposition("verslag-gesprek.eml")
    return response


@csrf_exempt  # checked below, once the upload handler is in place
@require_POST
def add_recording(request, meeting_id):
    """Upload a recording: streamed into the encrypted store, never whole in memory."""
    handler = RecordingUploadHandler(request)
    request.upload_handlers = [handler]
    try:
        return _add_recording(request, meeting_id, handler)
    finally:
        # The bytes were stored while the body was read, before the token, the session and
        # the right to add were checked: a refused upload must not stay behind.
        parsed = getattr(request, "_files", None)
        upload = parsed.get(FIELD) if parsed is not None else None
        if isinstance(upload, StoredUpload):
            services.discard_unclaimed_recording(upload.stored)


@csrf_protect
@member_required
def _add_recording(request, meeting_id, handler):
    require(request, Capability.EDIT_DOSSIER)
    meeting = get_for_member(request, Meeting, pk=meeting_id)
    upload = request.FILES.get(FIELD)
    if handler.error:
        messages.error(request, handler.error)
    elif not isinstance(upload, StoredUpload):
        messages.error(request, _("Kies een opname om toe te voegen."))
    else:
        services.add_stored_recording(
            meeting=meeting, by=request.member, filename=upload.name, stored=upload.stored
        )
        messages.success(request, _("De opname is toegevoegd. Alleen u kunt haar afspelen."))
    return redirect("meetings:detail", meeting.pk)


RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


@member_required
def play_recording(request, recording_id):
    """The recording, decrypted chunk by chunk; HTTP range requests let the player seek."""
    require(request, Capability.VIEW_VAULT)
    recording = get_for_member(request, Recording, pk=recording_id)
    total = dossier_api.working_file_size(recording.file_id)
    match = RANGE.match(request.headers.get("Range", ""))
    if match and (match.group(1) or match.group(2)):
        if match.group(1):
            start = int(match.group(1))
            end = min(int(match.group(2)), total - 1) if match.group(2) else total - 1
        else:  # "bytes=-500": the last 500 bytes
            start, end = max(total - int(match.group(2)), 0), total - 1
        if start >= total or start > end:
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{total}"
            return response
        response = StreamingHttpResponse(
            dossier_api.read_working_file_range(recording.file_id, start, end),
            status=206,
            content_type=recording.mime_type,
        )
        response["Content-Range"] = f"bytes {start}-{end}/{total}"
        response["Content-Length"] = str(end - start + 1)
    else:
        response = StreamingHttpResponse(
            dossier_api.read_working_file_range(recording.file_id),
            content_type=recording.mime_type,
        )
        response["Content-Length"] = str(total)
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = "no-store"
    response["Content-Disposition"] = content_disposition(recording.filename, inline=True)
    return response


@require_POST
@member_required
def add_note(request, recording_id):
    require(request, Capability.EDIT_DOSSIER)
    recording = get_for_member(request, Recording, pk=recording_id)
    form = RecordingNoteForm(request.POST)
    if form.is_valid():
        services.add_recording_note(
            recording=recording,
            by=request.member,
            at_seconds=form.seconds(),
            text=form.cleaned_data["text"],
        )
        messages.success(request, _("De notitie is bewaard."))
    else:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    return redirect("meetings:detail", recording.meeting_id)


@member_required
def preparation_sheet(request, meeting_id):
    """The parent's one-page preparation sheet as a PDF."""
    require(request, Capability.VIEW_VAULT)
    meeting = get_for_member(request, Meeting, pk=meeting_id)
    pdf = report_pdf(meeting.title, meeting.preparation_text(), held_on=meeting.held_on)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition("voorbereiding-gesprek.pdf")
    return response
