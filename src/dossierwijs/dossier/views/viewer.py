"""One page at a time, large enough to read: zoom, previous and next, also by keyboard.

The image is drawn when asked (``dossier:page`` with a zoom) and never stored.
"""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render

from dossierwijs.vault.permissions import get_for_member, member_required

from ..models import Document
from ..preview import page_count

# Zoom steps as the viewer offers them: percentage shown → resolution drawn (dots per inch).
ZOOM_DPI = {75: 72, 100: 96, 150: 144, 200: 192}
DEFAULT_ZOOM = 100


def zoom_from(request) -> int:
    try:
        zoom = int(request.GET.get("zoom", DEFAULT_ZOOM))
    except ValueError:
        return DEFAULT_ZOOM
    return zoom if zoom in ZOOM_DPI else DEFAULT_ZOOM


def _step(zoom: int, direction: int) -> int | None:
    steps = sorted(ZOOM_DPI)
    index = steps.index(zoom) + direction
    return steps[index] if 0 <= index < len(steps) else None


@member_required
def page_viewer(request, document_id, page):
    document = get_for_member(request, Document, pk=document_id)
    total = page_count(document.current)
    if not 1 <= page <= total:
        raise Http404()
    zoom = zoom_from(request)
    return render(
        request,
        "dossier/viewer.html",
        {
            "document": document,
            "page": page,
            "total": total,
            "zoom": zoom,
            "previous": page - 1 if page > 1 else None,
            "next": page + 1 if page < total else None,
            "zoom_in": _step(zoom, 1),
            "zoom_out": _step(zoom, -1),
        },
    )
