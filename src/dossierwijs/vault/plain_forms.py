"""Form helpers shared by the apps: words for parents in Django's own widgets.

Django writes "---------" as the empty choice of a select. A parent reads that as a broken
page; "— kies —" says what to do (issue 14, "Words for parents").
"""

from __future__ import annotations

from django import forms
from django.db.models.fields import BLANK_CHOICE_DASH
from django.utils.translation import gettext_lazy as _

EMPTY_CHOICE = _("— kies —")
_DASHES = BLANK_CHOICE_DASH[0][1]


class PlainEmptyChoice:
    """Mixin for a form: every select's empty option reads "— kies —" instead of dashes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            plain_empty_choice(field)


def plain_empty_choice(field: forms.Field) -> None:
    if isinstance(field, forms.ModelChoiceField):
        if field.empty_label == _DASHES:
            field.empty_label = EMPTY_CHOICE
    elif isinstance(field, forms.ChoiceField):
        choices = list(field.choices)
        if any(label == _DASHES for _value, label in choices):
            field.choices = [
                (v, EMPTY_CHOICE if label == _DASHES else label) for v, label in choices
            ]
