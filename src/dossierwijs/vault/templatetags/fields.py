"""One way every form field is drawn: label, widget, help and errors tied together by ids."""

from __future__ import annotations

from django import template

register = template.Library()


def described_by(field) -> str:
    """The ids a screen reader reads after the field's label: its help, then its errors."""
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_helptext")
    if field.errors:
        ids.append(f"{field.auto_id}_error")
    return " ".join(ids)


@register.filter
def describedby(field) -> str:
    return described_by(field)


@register.filter
def widget_described(field):
    """The widget with ``aria-describedby`` naming help and errors that really exist."""
    ids = described_by(field)
    return field.as_widget(attrs={"aria-describedby": ids} if ids else None)
