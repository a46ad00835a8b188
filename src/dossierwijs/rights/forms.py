"""Forms of the rights pages. The letter fields per kind come from the letter engine."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dossierwijs.core.letters import TONE_LABELS, TONES

from .models import ReplyKind, RequestKind, SentHow

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _today():
    return timezone.localdate()


class KindForm(forms.Form):
    """Step 1 (a GET form): which right the parent wants to use.

    Step 2 is the letters app's own LetterForm for that kind (same fields, same checklist).
    """

    soort = forms.ChoiceField(
        label=_("Wat wilt u vragen?"), choices=RequestKind.choices, widget=forms.RadioSelect
    )


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
