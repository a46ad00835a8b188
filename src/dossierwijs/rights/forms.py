"""Forms of the rights pages. The letter fields per kind come from the letter engine."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dossierwijs.core.letters import TONE_LABELS, TONES, form_fields

from .models import ReplyKind, RequestKind, SentHow

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _today():
    return timezone.localdate()


class KindForm(forms.Form):
    """Step 1 (a GET form): which right the parent wants to use."""

    soort = forms.ChoiceField(
        label=_("Wat wilt u vragen?"), choices=RequestKind.choices, widget=forms.RadioSelect
    )


class NewRequestForm(forms.Form):
    """Step 2: to whom, on whose behalf, in which tone, and what the letter of this kind needs."""

    organisation = forms.ChoiceField(
        label=_("Aan welke organisatie?"),
        required=False,
        help_text=_("Kies uit uw adresboek, of vul hieronder een nieuwe organisatie in."),
    )
    new_organisation_name = forms.CharField(
        label=_("Of: naam van een nieuwe organisatie"), max_length=300, required=False
    )
    new_organisation_address = forms.CharField(
        label=_("Adres van die organisatie (niet verplicht)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Straat en huisnummer, postcode en plaats."),
    )
    new_organisation_email = forms.EmailField(
        label=_("E-mailadres van die organisatie (niet verplicht)"),
        required=False,
        help_text=_(
            "Met een e-mailadres maakt dossierwijs ook een e-mail (.eml) die u kunt openen."
        ),
    )
    on_behalf_of = forms.ChoiceField(
        label=_("Namens wie?"),
        choices=[("both", _("Namens beide ouders")), ("me", _("Alleen namens mij"))],
        initial="both",
        widget=forms.RadioSelect,
        help_text=_("Ondertekent u alleen, dan krijgt de andere ouder een kopie."),
    )
    tone = forms.ChoiceField(
        label=_("Toon van de brief"),
        choices=[(t, TONE_LABELS[t]) for t in TONES],
        initial="zakelijk",
        widget=forms.RadioSelect,
        help_text=_("De toon verandert de woorden, nooit wat u vraagt."),
    )
    address = forms.CharField(
        label=_("Uw adres, voor het briefhoofd"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Straat en huisnummer, postcode en plaats. Staat het al in uw profiel, "
            "dan mag u dit leeg laten."
        ),
    )
    writer = forms.ChoiceField(
        label=_("Wie vraagt het?"),
        choices=[
            ("jongere", _("Mijn kind zelf (16 jaar of ouder)")),
            ("ouders_met_machtiging", _("Wij als ouders, met een machtiging van mijn kind")),
        ],
        widget=forms.RadioSelect,
        help_text=_(
            "Vanaf 16 jaar beslist uw kind zelf over zijn of haar gegevens (UAVG artikel 5)."
        ),
    )
    notes = forms.CharField(
        label=_("Notities voor uzelf (niet verplicht)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, kind: str, organisations=(), needs_writer=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.fields["organisation"].choices = [("", _("Kies een organisatie"))] + [
            (str(o.pk), o.name) for o in organisations
        ]
        if not needs_writer:
            del self.fields["writer"]
        self.letter_field_names = []
        for name, field in letter_fields(kind).items():
            self.fields[name] = field
            self.letter_field_names.append(name)

    def clean(self):
        data = super().clean()
        if not data.get("organisation") and not (data.get("new_organisation_name") or "").strip():
            self.add_error(None, _("Kies een organisatie, of vul de naam van een nieuwe in."))
        for f in form_fields(self.kind):
            name = f"letter_{f.name}"
            if (
                f.required
                and name in self.fields
                and not data.get(name)
                and name not in self.errors
            ):
                self.add_error(name, _("Vul dit in: het hoort in dit verzoek."))
        return data

    def letter_input(self) -> dict:
        """The kind's letter input, as the letters service expects it."""
        values = {}
        for f in form_fields(self.kind):
            name = f"letter_{f.name}"
            if name not in self.fields:
                continue
            value = self.cleaned_data.get(name)
            if f.widget == "lines":
                value = tuple(line.strip() for line in (value or "").splitlines() if line.strip())
            elif f.widget == "checklist":
                value = tuple(value or ())
            elif value in (None, "") and not f.required:
                continue
            values[f.name] = value
        return values


_SUPPORTED = {"", "text", "lines", "checklist", "choice", "bool"}


def letter_fields(kind: str) -> dict[str, forms.Field]:
    """Django fields for the letter input of ``kind``, named ``letter_<field>``.

    Built from the letter engine's own field list, so the labels are the engine's. A file
    (the masked ID copy) is left out here: the letters app handles ID copies.
    """
    result: dict[str, forms.Field] = {}
    for f in form_fields(kind):
        if f.widget not in _SUPPORTED:
            continue
        common = {"label": f.label, "required": False, "help_text": f.help}
        if f.widget == "checklist":
            field: forms.Field = forms.MultipleChoiceField(
                choices=f.choices,
                widget=forms.CheckboxSelectMultiple,
                initial=list(f.default or ()),
                **common,
            )
        elif f.widget == "choice":
            field = forms.ChoiceField(
                choices=[("", _("Kies"))] + list(f.choices), initial=f.default, **common
            )
        elif f.widget == "bool":
            field = forms.BooleanField(initial=bool(f.default), **common)
        elif f.widget in ("text", "lines"):
            if f.widget == "lines" and not f.help:
                common["help_text"] = _("Eén per regel.")
            field = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), **common)
        else:
            field = forms.CharField(max_length=500, **common)
        result[f"letter_{f.name}"] = field
    return result


class MarkSentForm(forms.Form):
    sent_on = forms.DateField(label=_("Verstuurd op"), widget=DATE, initial=_today)
    how = forms.ChoiceField(
        label=_("Hoe verstuurd"),
        choices=SentHow.choices,
        initial=SentHow.EMAIL,
        widget=forms.RadioSelect,
    )
    received_on = forms.DateField(
        label=_("Ontvangen door de organisatie op (niet verplicht)"),
        widget=DATE,
        required=False,
        help_text=_(
            "Leeg laten: bij e-mail en afgeven is dat dezelfde dag. Bij de post rekenen wij "
            "2 dagen na het versturen; weet u de echte datum, vul die dan in."
        ),
    )

    def clean(self):
        data = super().clean()
        sent, received = data.get("sent_on"), data.get("received_on")
        if sent and sent > timezone.localdate():
            self.add_error("sent_on", _("Deze datum ligt in de toekomst."))
        if sent and received and received < sent:
            self.add_error(
                "received_on", _("Het verzoek kan niet eerder zijn ontvangen dan verstuurd.")
            )
        return data


class ExtensionForm(forms.Form):
    announced_on = forms.DateField(
        label=_("Wanneer meldde de organisatie de verlenging?"), widget=DATE, initial=_today
    )
    with_reasons = forms.ChoiceField(
        label=_("Legde de organisatie uit waarom zij meer tijd nodig heeft?"),
        choices=[("ja", _("Ja, met redenen")), ("nee", _("Nee, zonder redenen"))],
        widget=forms.RadioSelect,
    )


class ReplyForm(forms.Form):
    received_on = forms.DateField(label=_("Ontvangen op"), widget=DATE, initial=_today)
    kind = forms.ChoiceField(
        label=_("Wat voor reactie is het?"), choices=ReplyKind.choices, widget=forms.RadioSelect
    )
    with_reasons = forms.BooleanField(
        label=_("Bij een verlenging: de organisatie legt uit waarom zij meer tijd nodig heeft"),
        required=False,
    )
    file = forms.FileField(
        label=_("Het antwoord als bestand (PDF, Word, e-mail, foto)"), required=False
    )
    document = forms.ChoiceField(
        label=_("Of: kies een document dat al in het dossier staat"), required=False
    )
    note = forms.CharField(
        label=_("Korte omschrijving (niet verplicht)"),
        max_length=300,
        required=False,
        help_text=_("Bijvoorbeeld: deel van het dossier, zonder de notities."),
    )

    def __init__(self, *args, documents=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document"].choices = [("", _("Geen"))] + [
            (str(d.pk), d.title) for d in documents
        ]

    def clean(self):
        data = super().clean()
        if data.get("file") and data.get("document"):
            self.add_error(
                "document", _("Kies een bestand óf een document uit het dossier, niet allebei.")
            )
        if data.get("received_on") and data["received_on"] > timezone.localdate():
            self.add_error("received_on", _("Deze datum ligt in de toekomst."))
        return data


class LetterToneForm(forms.Form):
    tone = forms.ChoiceField(
        label=_("Toon van de brief"),
        choices=[(t, TONE_LABELS[t]) for t in TONES],
        initial="zakelijk",
        widget=forms.RadioSelect,
    )


class ComplaintForm(LetterToneForm):
    problem = forms.CharField(
        label=_("Wat is er mis met het antwoord? (niet verplicht als er geen antwoord kwam)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DateForm(forms.Form):
    on = forms.DateField(label=_("Datum"), widget=DATE, initial=_today)


class NotesForm(forms.Form):
    notes = forms.CharField(
        label=_("Notities"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
