"""A masked copy of an identity document, for an access request that asks for one."""

from __future__ import annotations

import base64

from django import forms
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from dossierwijs.core.idcopy import IdCopyError, MaskArea, mask_id_copy, watermark_text
from dossierwijs.core.letters.model import dutch_date
from dossierwijs.dossier.services import add_document
from dossierwijs.vault.permissions import member_required, require
from dossierwijs.vault.roles import Capability

from ..forms import ID_COPY_TITLE

# Usual places on a Dutch identity card or passport photo page, as fractions of the photo.
# Documents differ: the parent checks the result and adds areas where needed.
PRESETS = {
    "pasfoto": (
        _lazy("De pasfoto (links op de kaart of de paspoortpagina)"),
        MaskArea(0.02, 0.12, 0.38, 0.95),
    ),
    "bsn": (_lazy("Het burgerservicenummer (BSN, rechtsonder)"), MaskArea(0.55, 0.70, 0.99, 0.90)),
    "mrz": (
        _lazy("De regels met tekens onderaan (machineleesbare zone)"),
        MaskArea(0.0, 0.80, 1.0, 1.0),
    ),
}
MAX_PHOTO = 15 * 1024 * 1024


class IdCopyForm(forms.Form):
    photo = forms.ImageField(label=_lazy("Foto of scan van uw identiteitsbewijs"))
    organisation = forms.CharField(label=_lazy("Voor welke organisatie"), max_length=200)
    presets = forms.MultipleChoiceField(
        label=_lazy("Wat schermt u af"),
        choices=[(key, label) for key, (label, _area) in PRESETS.items()],
        widget=forms.CheckboxSelectMultiple,
        initial=["pasfoto", "bsn"],
        required=False,
    )
    left = forms.IntegerField(
        label=_lazy("Eigen vlak: van links (%)"), min_value=0, max_value=100, required=False
    )
    top = forms.IntegerField(
        label=_lazy("van boven (%)"), min_value=0, max_value=100, required=False
    )
    right = forms.IntegerField(
        label=_lazy("tot links (%)"), min_value=0, max_value=100, required=False
    )
    bottom = forms.IntegerField(
        label=_lazy("tot boven (%)"), min_value=0, max_value=100, required=False
    )

    def areas(self) -> list[MaskArea]:
        data = self.cleaned_data
        areas = [PRESETS[key][1] for key in data.get("presets") or ()]
        own = [data.get(k) for k in ("left", "top", "right", "bottom")]
        if all(v is not None for v in own):
            areas.append(MaskArea(*(v / 100 for v in own)))
        elif any(v is not None for v in own):
            raise IdCopyError(_("Vul voor een eigen vlak alle vier de getallen in."))
        return areas


@member_required
def id_copy(request):
    require(request, Capability.EDIT_DOSSIER)
    initial = {"organisation": request.vault.school_name}
    form = IdCopyForm(request.POST or None, request.FILES or None, initial=initial)
    result = None
    if request.method == "POST" and form.is_valid():
        photo = form.cleaned_data["photo"]
        today = timezone.localdate()
        try:
            if photo.size > MAX_PHOTO:
                raise IdCopyError(_("Deze foto is te groot. Maak een kleinere foto (tot 15 MB)."))
            masked = mask_id_copy(
                photo.read(),
                areas=form.areas(),
                organisation=form.cleaned_data["organisation"],
                on=today,
            )
        except IdCopyError as error:
            form.add_error(None, error.message)
        else:
            org = form.cleaned_data["organisation"].strip()
            document = add_document(
                vault=request.vault,
                by=request.member,
                filename="afgeschermde-kopie-id.png",
                data=masked,
                title=f"{ID_COPY_TITLE} – {org} – {dutch_date(today)}",
                special_category=False,
            )
            result = {
                "document": document,
                "image": "data:image/png;base64," + base64.b64encode(masked).decode("ascii"),
                "text": watermark_text(org, today),
            }
    return render(request, "letters/id_copy.html", {"form": form, "result": result})
