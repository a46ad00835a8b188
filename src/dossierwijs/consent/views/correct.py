"""The parent corrects the checker on one criterion of a form check, or takes that back.

POST ``eis`` (criterion code) and ``stap``: ``corrigeer`` (with the prefixed fields of
``CorrectionForm``) or ``terug``. With htmx the answer is the criterion's card (partial
``criterion``) with the verdict, the next steps and the status line swapped out of band;
without JavaScript, a redirect back to the card on the result page.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dossierwijs.core.consent_check import GEBREK, OK
from dossierwijs.vault.permissions import get_for_member, member_required, require
from dossierwijs.vault.roles import Capability

from .. import services
from ..models import FormCheck
from .check import correction_form, refuse_form_for, result_context

PAGE = "consent/result.html"


@require_POST
@member_required
def correct(request, check_id):
    require(request, Capability.EDIT_DOSSIER)
    form_check = get_for_member(request, FormCheck, pk=check_id)
    code = request.POST.get("eis", "")
    if code not in (form_check.result.get("criteria") or {}):
        raise Http404
    if request.POST.get("stap") == "terug":
        form_check = services.undo_correction(check=form_check, by=request.member, code=code)
        return _answer(request, form_check, code, said=UNDONE)
    if form_check.corrections.get(code):  # corrected already (another tab): show it as it is
        return _answer(request, form_check, code)
    checker_ok = form_check.result["criteria"][code].get("oordeel") == OK
    form = correction_form(form_check, code, checker_ok, request.POST)
    if not form.is_valid():
        return _answer(request, form_check, code, bound=form)
    try:
        form_check = services.correct_judgement(
            check=form_check,
            by=request.member,
            code=code,
            oordeel=GEBREK if checker_ok else OK,
            quote=form.quote(),
            reason=form.cleaned_data.get("reason", ""),
        )
    except services.CorrectionError as error:
        form.add_error(None, error.message)
        return _answer(request, form_check, code, bound=form)
    return _answer(request, form_check, code, said=SAVED)


SAVED, UNDONE = "saved", "undone"


def _status_text(said: str, title: str, verdict_title: str) -> str:
    if said == SAVED:
        return _("Bewaard. Bij “%(title)s” telt nu uw oordeel. %(verdict)s.") % {
            "title": title,
            "verdict": verdict_title,
        }
    if said == UNDONE:
        return _(
            "Uw oordeel bij “%(title)s” is weggehaald; dat van dossierwijs telt weer. %(verdict)s."
        ) % {"title": title, "verdict": verdict_title}
    return ""


def _answer(request, form_check, code, *, said: str = "", bound=None):
    """With htmx the swapped parts; without, the page (a form with errors) or a redirect."""
    context = result_context(request, form_check, refuse_form_for(request, form_check), bound)
    c, correction = next((c, f) for c, f in context["cards"] if c.code == code)
    status_text = _status_text(said, c.title, context["verdict_title"])
    if not request.htmx:
        if bound is not None:
            return render(request, PAGE, context)
        if status_text:
            messages.success(request, status_text)
        url = reverse("consent:check_result", args=[form_check.pk])
        return redirect(f"{url}#eis-{code}")
    card = {**context, "c": c, "correction_form": correction, "swapped": True}
    parts = [render_to_string(f"{PAGE}#criterion", card, request)]
    if bound is None:
        # The verdict and what to do next follow the corrected judgements.
        oob = {**context, "oob": True, "status_text": status_text}
        parts += [
            render_to_string(f"{PAGE}#{name}", oob, request)
            for name in ("verdict", "next_steps", "status")
        ]
    return HttpResponse("".join(parts))
