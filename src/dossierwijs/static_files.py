"""Static files served by the app itself: local-first, no CDN, no separate web server."""

from __future__ import annotations

import mimetypes
import os

from django.contrib.staticfiles import finders
from django.http import FileResponse, Http404


def serve_static(request, path: str):
    if ".." in path.split("/"):
        raise Http404()
    found = finders.find(path)
    # A folder (/static/css/) is found too, but is not a file to send.
    if not found or not os.path.isfile(found):
        raise Http404()
    content_type, _encoding = mimetypes.guess_type(found)
    # FileResponse closes the file when the response is done.
    response = FileResponse(
        open(found, "rb"),  # noqa: SIM115
        content_type=content_type or "application/octet-stream",
    )
    response["Cache-Control"] = "public, max-age=3600"
    return response


def favicon(request):
    """What a browser fetches unasked on every page: the icon, not a 404 in the log."""
    return serve_static(request, "favicon.svg")
