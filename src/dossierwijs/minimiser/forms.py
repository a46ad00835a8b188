"""The box a parent draws by hand: page number and corners in PDF points (1/72 inch)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class BoxForm(forms.Form):
    # The box fields share the form of step 2: "Verder" must work while they are empty.
    use_required_attribute = False

    box_page = forms.IntegerField(label=_("Pagina"), min_value=1, required=False)
    box_x0 = forms.FloatField(label=_("Links (van links af)"), min_value=0, required=False)
    box_y0 = forms.FloatField(label=_("Boven (van boven af)"), min_value=0, required=False)
    box_x1 = forms.FloatField(label=_("Rechts (van links af)"), min_value=0, required=False)
    box_y1 = forms.FloatField(label=_("Onder (van boven af)"), min_value=0, required=False)

    def __init__(self, *args, pages: list[list[float]] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.pages = pages or []

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if any(data.get(name) is None for name in self.fields):
            raise forms.ValidationError(
                _("Trek een vak over de pagina, of vul alle vijf de getallen in.")
            )
        page = data["box_page"]
        if page > len(self.pages):
            raise forms.ValidationError(_("Dit document heeft geen pagina %(n)s.") % {"n": page})
        width, height = self.pages[page - 1]
        x0, x1 = sorted((data["box_x0"], data["box_x1"]))
        y0, y1 = sorted((data["box_y0"], data["box_y1"]))
        x1, y1 = min(x1, width), min(y1, height)
        if x1 - x0 < 2 or y1 - y0 < 2:
            raise forms.ValidationError(
                _("Het vak is te klein of valt buiten de pagina. Maak het wat groter.")
            )
        data["box"] = [page - 1, round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1)]
        return data
