from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from dossierwijs.core.letters import TONE_LABELS, TONES
from dossierwijs.letters.forms import ask_who_writes, check_who_writes, child_birth_date_field

from .models import Signer, Status

MAX_UPLOAD = 25 * 1024 * 1024


def _tone_field():
    return forms.ChoiceField(
        label=_("Toon van de brief"),
        choices=[(t, TONE_LABELS[t]) for t in TONES],
        initial="zakelijk",
        widget=forms.RadioSelect,
    )


def _address_field():
    return forms.CharField(
        label=_("Uw adres"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Straat en huisnummer, postcode en plaats. Een brief heeft uw adres nodig; "
            "dossierwijs bewaart het voor de volgende keer."
        ),
    )


class CheckForm(forms.Form):
    text = forms.CharField(
        label=_("Plak de tekst van het formulier"),
        required=False,
        max_length=100_000,
        widget=forms.Textarea(attrs={"rows": 10}),
    )
    file = forms.FileField(
        label=_("Of kies het bestand"),
        required=False,
        help_text=_("PDF, Word of een foto of scan van het formulier."),
    )
    keep = forms.BooleanField(
        label=_("Bewaar het formulier in het dossier"),
        required=False,
        initial=True,
        help_text=_("Dan kunt u later laten zien welk formulier u kreeg."),
    )

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload and upload.size > MAX_UPLOAD:
            raise forms.ValidationError(
                _("Het bestand is groter dan 25 MB. Kies een kleiner bestand.")
            )
        if not upload and not (data.get("text") or "").strip():
            raise forms.ValidationError(_("Plak de tekst van het formulier of kies het bestand."))
        return data


class RefuseForm(forms.Form):
    form_title = forms.CharField(
        label=_("Hoe heet het formulier"),
        max_length=200,
        required=False,
        help_text=_("Zo weet de organisatie over welk formulier de brief gaat."),
    )
    tone = _tone_field()
    organisation = forms.ModelChoiceField(
        label=_("Aan welke organisatie"),
        queryset=None,
        required=False,
        empty_label=_("Kies een organisatie"),
    )
    organisation_name = forms.CharField(
        label=_("Of typ de naam van de organisatie"), required=False, max_length=300
    )
    # Without it the letter page could only say "make the letter again with an e-mail
    # address", which this form did not ask for (parent walk).
    organisation_email = forms.EmailField(
        label=_("E-mailadres van de organisatie"),
        required=False,
        help_text=_("Mag leeg. Met een e-mailadres kunt u de brief ook als e-mail downloaden."),
    )
    address = _address_field()

    def __init__(
        self,
        *args,
        organisations,
        vault,
        member,
        doubtful: tuple[str, ...] = (),
        **kwargs,
    ):
        """``doubtful``: codes of the defects the checker doubts; each gets a checkbox, off
        until the parent confirms it (``confirmed``), or it stays out of the letter."""
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        if vault.child_birth_date is None:
            self.fields["child_birth_date"] = child_birth_date_field()
        # Refusing consent is the young person's own decision from 16 (UAVG art. 5).
        ask_who_writes(self, vault=vault, member=member)
        self.doubtful = doubtful
        for code in doubtful:
            self.fields[self.confirm_name(code)] = forms.BooleanField(
                label=_("Ik heb het formulier nagelezen: dit klopt. Zet het in de brief."),
                required=False,
                # The checker's explanation and the letter's line, shown above the box.
                widget=forms.CheckboxInput(
                    attrs={"aria-describedby": f"twijfel-{code} twijfel-{code}-brief"}
                ),
            )

    @staticmethod
    def confirm_name(code: str) -> str:
        return f"confirm_{code}"

    def confirmed(self) -> tuple[str, ...]:
        """The doubtful defects the parent confirmed (after ``is_valid``)."""
        return tuple(c for c in self.doubtful if self.cleaned_data.get(self.confirm_name(c)))

    def clean(self):
        data = super().clean()
        check_who_writes(self, data)
        if not data.get("organisation") and not (data.get("organisation_name") or "").strip():
            raise forms.ValidationError(_("Kies of typ de organisatie die het formulier gaf."))
        return data


class WithdrawForm(forms.Form):
    tone = _tone_field()
    address = _address_field()

    def __init__(self, *args, vault, member, **kwargs):
        super().__init__(*args, **kwargs)
        if vault.child_birth_date is None:
            self.fields["child_birth_date"] = child_birth_date_field()
        ask_who_writes(self, vault=vault, member=member)

    def clean(self):
        data = super().clean()
        check_who_writes(self, data)
        return data

    def extra(self) -> dict:
        extra = {}
        if (self.cleaned_data.get("address") or "").strip():
            extra["address"] = self.cleaned_data["address"].strip()
        if self.cleaned_data.get("writer"):
            extra["writer"] = self.cleaned_data["writer"]
        return extra


def _organisation_fields(form, organisations) -> None:
    form.fields["from_organisation"].queryset = organisations
    form.fields["to_organisation"].queryset = organisations


class ConsentFieldsMixin(forms.Form):
    from_organisation = forms.ModelChoiceField(
        label=_("Welke organisatie vraagt de toestemming"),
        queryset=None,
        empty_label=_("Kies een organisatie"),
        help_text=_("Staat de organisatie er niet bij? Voeg haar eerst toe aan het adresboek."),
    )
    to_organisation = forms.ModelChoiceField(
        label=_("Met welke organisatie mag zij de gegevens delen (niet verplicht)"),
        queryset=None,
        required=False,
        empty_label=_("Geen andere organisatie"),
        help_text=_("Leeg laten als alleen de organisatie hierboven de gegevens krijgt."),
    )
    given_by = forms.MultipleChoiceField(
        label=_("Wie geeft de toestemming"),
        choices=Signer.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=[Signer.OUDERS],
    )
    purpose = forms.CharField(
        label=_("Waarvoor precies"),
        max_length=500,
        help_text=_("Bijvoorbeeld: advies over de leesbegeleiding in groep 7."),
    )
    data = forms.CharField(
        label=_("Welke gegevens of documenten"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Eén per regel, bijvoorbeeld: het OPP van dit schooljaar."),
    )
    documents = forms.ModelMultipleChoiceField(
        label=_("Documenten uit het dossier (niet verplicht)"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    storage = forms.CharField(
        label=_("Waar worden de gegevens bewaard"),
        max_length=300,
        help_text=_("Bijvoorbeeld: het cliëntdossier van de praktijk."),
    )
    valid_until = forms.DateField(
        label=_("Geldig tot en met"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    trajectory = forms.CharField(
        label=_("Of: tot het einde van"),
        required=False,
        max_length=300,
        help_text=_("Bijvoorbeeld: de behandeling bij Logopedie De Klank."),
    )

    def setup(self, organisations, documents) -> None:
        _organisation_fields(self, organisations)
        self.fields["documents"].queryset = documents

    def clean(self):
        data = super().clean()
        if not data.get("valid_until") and not (data.get("trajectory") or "").strip():
            raise forms.ValidationError(
                _("Zeg tot wanneer de toestemming geldt: een datum of het einde van een traject.")
            )
        if data.get("to_organisation") and data.get("to_organisation") == data.get(
            "from_organisation"
        ):
            self.add_error("to_organisation", _("Kies een andere organisatie, of laat dit leeg."))
        return data


class GiveForm(ConsentFieldsMixin):
    withdraw_contact = forms.CharField(
        label=_("Bij wie kunt u de toestemming intrekken"),
        max_length=300,
        help_text=_("Naam en e-mailadres, bijvoorbeeld: de intern begeleider, ib@school.nl."),
    )

    def __init__(self, *args, organisations, documents, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup(organisations, documents)


class RegisterForm(ConsentFieldsMixin):
    given_on = forms.DateField(
        label=_("Gegeven of geweigerd op"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    status = forms.ChoiceField(
        label=_("Wat hebt u gedaan"),
        choices=[(Status.GEGEVEN, _("Toestemming gegeven")), (Status.GEWEIGERD, _("Geweigerd"))],
        initial=Status.GEGEVEN,
        widget=forms.RadioSelect,
    )
    evidence = forms.FileField(
        label=_("Het getekende formulier (niet verplicht)"),
        required=False,
        help_text=_("PDF, Word of een foto. Het komt in het dossier."),
    )

    def __init__(self, *args, organisations, documents, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup(organisations, documents)
        self.fields["storage"].required = False

    def clean(self):
        data = super().clean()
        upload = data.get("evidence")
        if upload and upload.size > MAX_UPLOAD:
            self.add_error("evidence", _("Het bestand is groter dan 25 MB."))
        return data


# How much of a sentence an option of the sentence list shows (the whole one is kept).
OPTION_CHARS = 110


def _option(sentence: str) -> str:
    return sentence if len(sentence) <= OPTION_CHARS else sentence[: OPTION_CHARS - 1] + "…"


class CorrectionForm(forms.Form):
    """The parent's own judgement on one criterion, the opposite of the checker's.

    The checker found a defect: the parent may point at the sentence that says it (optional).
    The checker found it in order: the parent says in a few words what they see (required).
    Made with ``prefix=<criterion code>``, so the nine forms on a page have their own ids.
    """

    sentence = forms.TypedChoiceField(
        label=_("Welke zin zegt het?"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": _("Kies een zin uit de lijst, of laat het leeg.")},
        help_text=_("Kies de zin uit het formulier. U mag dit ook leeg laten."),
    )
    reason = forms.CharField(
        label=_("Wat ziet u?"),
        max_length=300,
        error_messages={
            "required": _("Schrijf in een paar woorden welk gebrek u ziet."),
            "max_length": _("Houd het kort: hoogstens %(limit_value)d tekens (nu %(show_value)d)."),
        },
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Een paar woorden, bijvoorbeeld: in de brief bij het formulier staat dat mijn kind "
            "anders niet mee mag op kamp."
        ),
    )

    def __init__(self, *args, checker_ok: bool, sentences: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.sentences = sentences
        if checker_ok:
            del self.fields["sentence"]
        else:
            del self.fields["reason"]
            self.fields["sentence"].choices = [("", _("Geen zin gekozen"))] + [
                (str(i), _option(s)) for i, s in enumerate(sentences)
            ]

    def quote(self) -> str:
        index = self.cleaned_data.get("sentence")
        return self.sentences[index] if index is not None else ""
