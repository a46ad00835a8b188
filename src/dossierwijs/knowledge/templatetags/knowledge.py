"""``{% load knowledge %}{% waarom "termijn-een-maand" %}``: a "Waarom?" link to a Kennis item.

An unknown slug is a programming error and fails loudly (TemplateSyntaxError at render), so a
renamed item can never leave a dead link behind.
"""

from django import template
from django.template import TemplateSyntaxError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from dossierwijs.core.knowledge import BY_SLUG

register = template.Library()


@register.simple_tag
def waarom(slug: str, label: str = "") -> str:
    if slug not in BY_SLUG:
        raise TemplateSyntaxError(f"no Kennis item with slug {slug!r}")
    return format_html(
        '<a class="why" href="{}">{}</a>',
        reverse("knowledge:item", kwargs={"slug": slug}),
        label or _("Waarom?"),
    )
