"""``{% load knowledge %}{% waarom "termijn-een-maand" %}``: a "Waarom?" link to a Kennis item;
``{% begrip "opp" %}`` and ``{{ text|begrippen }}``: words linked to the glossary.

An unknown slug is a programming error and fails loudly (TemplateSyntaxError at render), so a
renamed item can never leave a dead link behind.
"""

from django import template
from django.template import TemplateSyntaxError
from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from dossierwijs.core.knowledge import BY_SLUG
from dossierwijs.core.knowledge.glossary import TERMS, first_mentions

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


def _term_url(slug: str) -> str:
    return reverse("knowledge:glossary") + f"#begrip-{slug}"


@register.simple_tag
def begrip(slug: str, label: str = "") -> str:
    """``{% begrip "opp" %}``: the word, linked to its plain explanation under Kennis."""
    if slug not in TERMS:
        raise TemplateSyntaxError(f"no glossary term with slug {slug!r}")
    return format_html(
        '<a class="begrip" href="{}">{}</a>', _term_url(slug), label or TERMS[slug].word
    )


@register.filter(needs_autoescape=True)
def begrippen(text, autoescape=True):
    """``{{ text|begrippen }}``: the text, with the first mention of each glossary word linked
    to its explanation. The text itself is escaped; only the links are markup."""
    text = str(text)
    out, at = [], 0
    for start, end, term in first_mentions(text):
        out.append(conditional_escape(text[at:start]))
        out.append(
            format_html('<a class="begrip" href="{}">{}</a>', _term_url(term.slug), text[start:end])
        )
        at = end
    out.append(conditional_escape(text[at:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece above is escaped or format_html
