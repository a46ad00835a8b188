"""The questions of "Mag dit?" and the Termijnen calculator (GET forms: they change nothing)."""

from __future__ import annotations

from datetime import date

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from dossierwijs.core.rules.sharing import ENROLLED_QUESTION, PURPOSES, RECIPIENTS, SENDERS

# Periods are counted with real calendar dates; outside this range the answer means nothing.
EARLIEST, LATEST = date(1990, 1, 1), date(2100, 12, 31)

ENROLLED_CHOICES = [
    ("ja", _("Ja")),
    ("nee", _("Nee, nog niet of niet meer")),
    ("onbekend", _("Weet ik niet")),
]
ENROLLED_VALUES = {"ja": True, "nee": False, "onbekend": None}

KIND_CHOICES = [
    ("verzoek", _("Antwoord op uw privacyverzoek (AVG)")),
    ("gespreksverslag", _("Reactie op een gespreksverslag")),
    ("gpo", _("Naar de Geschillencommissie Passend Onderwijs")),
    ("opp", _("Ontwikkelingsperspectief (OPP) na inschrijving")),
    ("aanmelding", _("Besluit na een aanvulling van de aanmelding")),
]
# What the start date is, per kind: the label the result repeats ("Ontvangen op …").
START_LABELS = {
    "verzoek": _("De organisatie ontving uw verzoek op"),
    "gespreksverslag": _("Het verslag is verstuurd op"),
    "gpo": _("Het besluit van school is van"),
    "opp": _("Uw kind is ingeschreven op"),
    "aanmelding": _("U vulde de aanmelding aan op"),
}


def _date_field(label, help_text=""):
    return forms.DateField(
        label=label,
        help_text=help_text,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Vul een datum in."),
            "invalid": _("Vul een datum in, bijvoorbeeld 31-01-2026."),
        },
    )


def _check_range(value: date) -> date:
    if not EARLIEST <= value <= LATEST:
        raise forms.ValidationError(_("Kies een datum tussen 1990 en 2100."))
    return value


class MayShareForm(forms.Form):
    van = forms.ChoiceField(
        label=_("1. Wie wil informatie over uw kind delen?"),
        choices=list(SENDERS.items()),
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies wie de informatie wil delen.")},
    )
    naar = forms.ChoiceField(
        label=_("2. Met wie wil die organisatie het delen?"),
        choices=list(RECIPIENTS.items()),
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies met wie de informatie gedeeld wordt.")},
    )
    doel = forms.ChoiceField(
        label=_("3. Waarvoor?"),
        choices=list(PURPOSES.items()),
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies waarvoor de informatie gedeeld wordt.")},
    )
    ingeschreven = forms.ChoiceField(
        label=format_lazy("4. {}", _(ENROLLED_QUESTION)),
        choices=ENROLLED_CHOICES,
        widget=forms.RadioSelect,
        initial="onbekend",
        required=False,  # not answered: the same as "weet ik niet"
    )
    leeftijd = forms.IntegerField(
        label=_("5. Hoe oud is uw kind?"),
        required=False,
        min_value=0,
        max_value=30,
        help_text=_("In jaren. De leeftijd bepaalt wie toestemming geeft: u, uw kind, of samen."),
        error_messages={
            "invalid": _("Vul de leeftijd in hele jaren in, bijvoorbeeld 13."),
            "min_value": _("Vul een leeftijd van 0 jaar of meer in."),
            "max_value": _("Vul een leeftijd tot en met 30 jaar in."),
        },
    )

    def enrolled(self) -> bool | None:
        return ENROLLED_VALUES[self.cleaned_data.get("ingeschreven") or "onbekend"]


class DeadlineForm(forms.Form):
    soort = forms.ChoiceField(label=_("Welke termijn?"), choices=KIND_CHOICES, initial="verzoek")
    datum = _date_field(
        _("Vanaf welke dag?"),
        _(
            "Bij een privacyverzoek (inzage, correctie, verwijdering): de dag waarop de "
            "organisatie het ontving. Bij een e-mail is dat "
            "meestal de dag van verzenden. Bij de andere termijnen: de dag van het verslag, het "
            "besluit, de inschrijving of de aanvulling."
        ),
    )

    def clean_datum(self):
        return _check_range(self.cleaned_data["datum"])


class ExtensionForm(forms.Form):
    ontvangen = _date_field(_("De organisatie ontving uw verzoek op"))
    gemeld = _date_field(_("De organisatie meldde de verlenging op"))
    redenen = forms.BooleanField(
        label=_("De organisatie legde uit waarom zij meer tijd nodig heeft"), required=False
    )

    def clean_ontvangen(self):
        return _check_range(self.cleaned_data["ontvangen"])

    def clean_gemeld(self):
        return _check_range(self.cleaned_data["gemeld"])
