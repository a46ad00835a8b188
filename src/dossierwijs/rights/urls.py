"""Routes of the rights app (rights requests tracked to the deadline).

- ``rights:list`` /verzoeken/ · ``rights:new`` /verzoeken/nieuw/ (``?soort=inzage`` …)
- ``rights:detail`` /verzoeken/<uuid>/ and its POST actions
- ``rights:ics`` the open deadlines as a download; ``rights:calendar`` the subscription page;
  ``rights:calendar_feed`` /agenda/<token>.ics (no login: the secret token is the key)
"""

from django.urls import path

from .views import actions, calendar, requests

app_name = "rights"

urlpatterns = [
    path("verzoeken/", requests.request_list, name="list"),
    path("verzoeken/nieuw/", requests.request_new, name="new"),
    path("verzoeken/volgen/<uuid:letter_id>/", requests.track_letter, name="track"),
    path("verzoeken/agenda/", calendar.calendar_page, name="calendar"),
    path("verzoeken/agenda/nieuwe-link/", calendar.regenerate_token, name="calendar_token"),
    path("verzoeken/termijnen.ics", calendar.ics_download, name="ics"),
    path("verzoeken/<uuid:request_id>/", requests.request_detail, name="detail"),
    path("verzoeken/<uuid:request_id>/verstuurd/", actions.mark_sent, name="mark_sent"),
    path("verzoeken/<uuid:request_id>/verlenging/", actions.record_extension, name="extension"),
    path("verzoeken/<uuid:request_id>/reactie/", actions.record_reply, name="reply"),
    path("verzoeken/<uuid:request_id>/herinnering/", actions.make_reminder, name="reminder"),
    path("verzoeken/<uuid:request_id>/klacht/", actions.make_complaint, name="complaint"),
    path(
        "verzoeken/<uuid:request_id>/klacht-ingediend/",
        actions.complaint_filed,
        name="complaint_filed",
    ),
    path("verzoeken/<uuid:request_id>/afgerond/", actions.mark_done, name="done"),
    path("verzoeken/<uuid:request_id>/notities/", actions.save_notes, name="notes"),
    path("agenda/<str:feed_token>.ics", calendar.calendar_feed, name="calendar_feed"),
]
