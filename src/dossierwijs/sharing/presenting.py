"""What other apps show of sharing: the "Wie heeft dit document" button on a document's page."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _


def holders_action(document, member) -> list[dict]:
    return [
        {
            "url": reverse("sharing:holders", args=[document.pk]),
            "label": _("Wie heeft dit document"),
        }
    ]
