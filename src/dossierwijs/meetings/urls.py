"""Routes of the meetings app ("Gesprekken").

- ``meetings:list`` /gesprekken/ · ``meetings:new`` /gesprekken/nieuw/
- ``meetings:detail`` /gesprekken/<uuid>/ and its own report, sending, reaction, school's report
- ``meetings:participants`` /gesprekken/<uuid>/deelnemers/, ``participant_edit`` and
  ``participant_remove`` under /gesprekken/deelnemer/<uuid>/
"""

from django.urls import path

from .views import meetings, participants

app_name = "meetings"

urlpatterns = [
    path("gesprekken/", meetings.meeting_list, name="list"),
    path("gesprekken/nieuw/", meetings.meeting_new, name="new"),
    path("gesprekken/<uuid:meeting_id>/", meetings.meeting_detail, name="detail"),
    path("gesprekken/<uuid:meeting_id>/verslag/", meetings.own_report, name="report"),
    path(
        "gesprekken/<uuid:meeting_id>/deelnemers/",
        participants.participants,
        name="participants",
    ),
    path(
        "gesprekken/deelnemer/<uuid:participant_id>/",
        participants.participant_edit,
        name="participant_edit",
    ),
    path(
        "gesprekken/deelnemer/<uuid:participant_id>/verwijderen/",
        participants.participant_remove,
        name="participant_remove",
    ),
    path(
        "gesprekken/<uuid:meeting_id>/voorbereiding.pdf",
        meetings.preparation_sheet,
        name="preparation",
    ),
    path(
        "gesprekken/<uuid:meeting_id>/voorbereidingsbrief/",
        meetings.make_preparation_letter,
        name="preparation_letter",
    ),
    path("gesprekken/<uuid:meeting_id>/verslag.eml", meetings.report_email_draft, name="email"),
    path("gesprekken/<uuid:meeting_id>/verstuurd/", meetings.report_sent, name="sent"),
    path("gesprekken/<uuid:meeting_id>/reactie/", meetings.report_reaction, name="reaction"),
    path("gesprekken/<uuid:meeting_id>/verslag-school/", meetings.school_report, name="school"),
    path("gesprekken/<uuid:meeting_id>/opname/", meetings.add_recording, name="recording_add"),
    path("gesprekken/opname/<uuid:recording_id>/", meetings.play_recording, name="recording"),
    path("gesprekken/opname/<uuid:recording_id>/notitie/", meetings.add_note, name="note_add"),
    path(
        "gesprekken/vergelijking/<uuid:comparison_id>/kiezen/",
        meetings.choose_points,
        name="choose",
    ),
    path(
        "gesprekken/vergelijking/<uuid:comparison_id>/antwoord/",
        meetings.make_reply,
        name="reply",
    ),
]
