""" "Mag dit?": may an organisation share information about the child without consent?

Five short questions, then the answer of ``core.rules.sharing.may_share`` in plain Dutch. The
form is a GET form: asking a question changes nothing, and an answer can be bookmarked. With
htmx only the answer is swapped in (partial ``knowledge/may_share.html#answer``).

Every member may ask, a meelezer too. Only members who may see the vault get the child's age
filled in from the birth date (that is family data).
"""

from __future__ import annotations

from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from dossierwijs.core.rules.age import who_decides
from dossierwijs.core.rules.sharing import may_share as decide
from dossierwijs.core.rules.source_kinds import strongest_kind
from dossierwijs.vault.permissions import member_required
from dossierwijs.vault.roles import Capability

from ..forms import MayShareForm
from ..presenting import confidence_view, source_views, why_links

# The Kennis items that explain each rule of core.rules.sharing (by SharingAnswer.rule).
WHY_ITEMS: dict[str, tuple[str, ...]] = {
    "beroepsgeheim": ("verslag-zorgverlener-eerst-lezen", "toestemming-intrekken"),
    "onderwijskundig_rapport": ("okr-eerst-lezen", "okr-vijf-onderdelen"),
    "aanmelding": ("aanmelding-niet-zomaar-opvragen",),
    "samenwerkingsverband": ("tlv-aanvraag-meelezen", "vraag-met-wie-gedeeld"),
    "samenwerkingsverband_niet_ingeschreven": ("tlv-aanvraag-meelezen", "vraag-met-wie-gedeeld"),
    "school_naar_zorg": ("toestemming-per-doel", "toestemming-intrekken"),
    "meldcode": ("niet-alles-tegenhouden", "inzage-schriftelijk-met-kopie"),
    "raad_kinderbescherming": ("niet-alles-tegenhouden", "fout-laten-verbeteren"),
    "verwijsindex_signaal": ("niet-alles-tegenhouden", "vraag-met-wie-gedeeld"),
    "verwijsindex_match": ("toestemming-per-doel", "toestemming-intrekken"),
    "gezinsvoogd": ("niet-alles-tegenhouden", "inzage-schriftelijk-met-kopie"),
    "inspectie": ("niet-alles-tegenhouden",),
    "onbekend": ("vraag-met-wie-gedeeld", "toestemming-per-doel"),
}

HEADLINES = {
    "ja": ("warning", gettext_lazy("Ja, hiervoor is toestemming nodig.")),
    "nee": ("info", gettext_lazy("Nee, hiervoor is geen toestemming nodig.")),
    "hangt_ervan_af": ("warning", gettext_lazy("Dat hangt ervan af.")),
}


def _next_steps(needed: str, rule: str) -> list[dict]:
    """Links to the parts of dossierwijs that do the next step."""
    candidates = []
    if needed in ("ja", "hangt_ervan_af"):
        candidates += [
            (
                reverse("consent:give"),
                _("Leg vast waarvoor u toestemming geeft: één stuk, één ontvanger, één doel"),
            ),
            (reverse("consent:check"), _("Laat een toestemmingsformulier van school controleren")),
            (reverse("sharing:new"), _("Deel zelf alleen wat nodig is, voor een duidelijk doel")),
        ]
    if needed in ("nee", "hangt_ervan_af") or rule == "onderwijskundig_rapport":
        candidates += [
            (
                reverse("letters:new", args=["inzage"]),
                _("Vraag schriftelijk wat er is gedeeld (inzageverzoek)"),
            ),
            (reverse("sharing:ledger"), _("Houd bij wie welke stukken over uw kind heeft")),
        ]
    steps, seen = [], set()
    for url, label in candidates:
        if url not in seen:
            seen.add(url)
            steps.append({"url": url, "label": label})
    return steps


def _vault_age(request):
    """The child's age from the vault's birth date, or None (unknown, or not for this role)."""
    born = request.vault.child_birth_date
    if born is None or not request.member.can(Capability.VIEW_VAULT):
        return None, None
    today = timezone.localdate()
    if born > today:
        return None, None
    return born, today


def _answer_context(form: MayShareForm, born, today) -> dict:
    data = form.cleaned_data
    age = data.get("leeftijd")
    answer = decide(data["van"], data["naar"], data["doel"], form.enrolled(), child_age=age)
    tone, headline = HEADLINES[answer.consent_needed]
    age_decision = None
    if born is not None and age is not None:
        regime = "wgbo" if data["van"] == "zorgverlener" else "avg"
        decision = who_decides(born, today, regime)
        if decision.age == age:  # the parent did not change the prefilled age
            age_decision = decision
    return {
        "answer": answer,
        "tone": tone,
        "headline": headline,
        "confidence": confidence_view(answer.confidence, strongest_kind(answer.sources)),
        "sources": source_views(answer.sources),
        "why": why_links(WHY_ITEMS.get(answer.rule, ())),
        "next_steps": _next_steps(answer.consent_needed, answer.rule),
        "age_decision": age_decision,
    }


@member_required
def may_share(request):
    born, today = _vault_age(request)
    prefilled_age = who_decides(born, today, "avg").age if born else None
    # Answered: the parent pressed the button, or a link gave all three answers. A link with
    # only some (?naar=swv) fills those in and asks the rest, without error messages.
    asked = "antwoord" in request.GET or all(k in request.GET for k in ("van", "naar", "doel"))
    if asked:
        form = MayShareForm(request.GET)
    else:
        initial = {"ingeschreven": "onbekend", "leeftijd": prefilled_age}
        initial.update({k: v for k, v in request.GET.items() if k in MayShareForm.base_fields})
        form = MayShareForm(initial=initial)
    context = {"form": form, "prefilled_age": prefilled_age, "asked": asked}
    if asked and form.is_valid():
        context.update(_answer_context(form, born, today))
    if request.htmx:
        return render(request, "knowledge/may_share.html#answer", context)
    return render(request, "knowledge/may_share.html", context)
