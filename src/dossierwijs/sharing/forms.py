from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from dossierwijs.addressbook.models import Contact, Organisation
from dossierwijs.core.rules.sharing import ENROLLED_QUESTION, PURPOSES, SENDERS
from dossierwijs.core.sharing.purpose import PARENT_QUESTIONS
from dossierwijs.vault.plain_forms import PlainEmptyChoice


class OrganisationForm(PlainEmptyChoice, forms.ModelForm):
    class Meta:
        model = Organisation
        fields = ["name", "kind", "school_relation", "address", "email", "phone", "notes"]
        widgets = {
            "address": forms.Textarea(attrs={"rows": 3}),
            "notes": forms.Textarea(attrs={"rows": 2}),
        }


class ContactForm(PlainEmptyChoice, forms.ModelForm):
    class Meta:
        model = Contact
        fields = ["name", "role", "email", "phone"]


COMPATIBLE_CHOICES = [
    ("ja", _("Ja, de doelen passen bij elkaar")),
    ("nee", _("Nee")),
    ("weet_niet", _("Dat weet ik niet")),
]


class ShareStartForm(PlainEmptyChoice, forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Wie vraagt om informatie, of met wie wilt u delen?"),
        queryset=Organisation.objects.none(),
    )
    sender = forms.ChoiceField(
        label=_("Wie zou de informatie anders doorgeven?"),
        choices=list(SENDERS.items()),
        help_text=_("Daarmee zoeken we op of die organisatie het zonder uw toestemming mag."),
    )
    purpose_key = forms.ChoiceField(
        label=_("Om wat voor doel gaat het?"), choices=list(PURPOSES.items())
    )
    purpose = forms.CharField(
        label=_(PARENT_QUESTIONS["purpose"]),
        max_length=300,
        help_text=_(
            "Zo concreet mogelijk, bijvoorbeeld: de aanvraag van een toelaatbaarheidsverklaring voor het vso."
        ),
    )
    needs = forms.CharField(
        label=_(PARENT_QUESTIONS["needs"]),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=_("Bijvoorbeeld: alleen de conclusie en het advies, niet het hele verslag."),
    )
    stored_where = forms.CharField(
        label=_(PARENT_QUESTIONS["stored_where"]),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=_("Bijvoorbeeld: in het leerlingvolgsysteem, of in een apart zorgdossier."),
    )
    keep_for = forms.CharField(
        label=_(PARENT_QUESTIONS["keep_for"]),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=_("Bijvoorbeeld: tot het besluit over de aanvraag."),
    )
    who_sees = forms.CharField(
        label=_(PARENT_QUESTIONS["who_sees"]),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=_("Bijvoorbeeld: alleen de intern begeleider en de orthopedagoog."),
    )
    school_purpose = forms.CharField(
        label=_("1. Voor welk doel heeft de school (of wie de gegevens nu heeft) ze verzameld?"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    partner_purpose = forms.CharField(
        label=_("2. Voor welk doel wil de ontvanger de gegevens hebben?"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    joint_purpose = forms.CharField(
        label=_("3. Wat is het gezamenlijke doel van deze uitwisseling?"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    compatible = forms.ChoiceField(
        label=_("4. Passen deze doelen bij elkaar?"),
        choices=COMPATIBLE_CHOICES,
        widget=forms.RadioSelect,
        required=False,
    )
    enrolled = forms.ChoiceField(
        label=_(ENROLLED_QUESTION),
        choices=[("ja", _("Ja")), ("nee", _("Nee")), ("onbekend", _("Weet ik niet"))],
        widget=forms.RadioSelect,
        initial="ja",
    )
    school_wants_to_send = forms.BooleanField(
        label=_("De school wil de documenten zelf doorsturen"), required=False
    )

    def __init__(self, *args, vault=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(vault=vault)


class RegisterShareForm(PlainEmptyChoice, forms.Form):
    """For documents already given by other means: record it afterwards."""

    shared_on = forms.DateField(label=_("Wanneer"), widget=forms.DateInput(attrs={"type": "date"}))
    from_organisation = forms.ModelChoiceField(
        label=_("Wie gaf het door? (leeg: wijzelf)"),
        queryset=Organisation.objects.none(),
        required=False,
    )
    note = forms.CharField(
        label=_("Notitie"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, vault=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from_organisation"].queryset = Organisation.objects.filter(vault=vault)


class ItemAnswerForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Wat antwoordde de organisatie?"),
        choices=[
            ("verwijderd", _("Het is verwijderd")),
            ("bewaard", _("Zij wil het bewaren")),
            ("in_bezit", _("Zij heeft het nog")),
        ],
    )
    answer = forms.CharField(
        label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
