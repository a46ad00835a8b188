"""Forms of the meetings app; labels and help come from the models."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dossierwijs.addressbook.models import Contact, Organisation
from dossierwijs.core.documents.extract import ExtractionError, text_from_bytes
from dossierwijs.core.letters import TONE_LABELS, TONES
from dossierwijs.letters.forms import child_birth_date_field

from .models import Meeting, OwnReport

MAX_SCHOOL_REPORT_CHARS = 100_000


class MeetingForm(forms.ModelForm):
    class Meta:
        model = Meeting
        fields = [
            "title",
            "held_on",
            "start_time",
            "place",
            "purpose",
            "agenda",
            "child_joins",
            "points",
            "questions",
            "wishes",
        ]
        widgets = {
            "points": forms.Textarea(attrs={"rows": 3}),
            "questions": forms.Textarea(attrs={"rows": 3}),
            "wishes": forms.Textarea(attrs={"rows": 3}),
            "held_on": forms.DateInput(attrs={"type": "date"}),
            "start_time": forms.TimeInput(attrs={"type": "time"}),
            "purpose": forms.Textarea(attrs={"rows": 3}),
            "agenda": forms.Textarea(attrs={"rows": 4}),
            "child_joins": forms.RadioSelect,
        }


class OwnReportForm(forms.ModelForm):
    class Meta:
        model = OwnReport
        fields = ["attendees", "purpose", "discussed", "positions", "agreements", "follow_up"]
        widgets = {name: forms.Textarea(attrs={"rows": 4}) for name in fields}


class DateForm(forms.Form):
    on = forms.DateField(label=_("Datum"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean_on(self):
        day = self.cleaned_data["on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("Deze datum ligt in de toekomst."))
        return day


class ReactionForm(DateForm):
    file = forms.FileField(
        label=_("De reactie als bestand (niet verplicht)"),
        required=False,
        help_text=_("Een e-mail, brief of scan: hij komt in het dossier, bij dit gesprek."),
    )


class SchoolReportForm(forms.Form):
    school_text = forms.CharField(
        label=_("Het verslag van school"),
        help_text=_("Plak hier de tekst van het verslag, of kies hieronder het bestand."),
        widget=forms.Textarea(attrs={"rows": 10}),
        required=False,
        max_length=MAX_SCHOOL_REPORT_CHARS,
    )
    school_file = forms.FileField(
        label=_("Of het bestand (pdf, Word, tekst of foto)"), required=False
    )

    def clean(self):
        cleaned = super().clean()
        text = (cleaned.get("school_text") or "").strip()
        upload = cleaned.get("school_file")
        if upload is not None:
            try:
                text = text_from_bytes(upload.read(), upload.name)
            except ExtractionError as exc:
                raise forms.ValidationError(exc.message) from exc
        if not text.strip():
            raise forms.ValidationError(
                _("Plak de tekst van het verslag van school, of kies het bestand.")
            )
        cleaned["text"] = text
        return cleaned


class ChooseForm(forms.Form):
    raise_ = forms.TypedMultipleChoiceField(coerce=int, required=False, choices=())

    def __init__(self, *args, count: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["raise_"].choices = [(i, str(i)) for i in range(count)]


class ReplyForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Aan wie"),
        queryset=Organisation.objects.none(),
        required=False,
        help_text=_("De school of organisatie die het verslag maakte (uit uw adresboek)."),
    )
    new_name = forms.CharField(
        label=_("Of de naam van de school"),
        required=False,
        max_length=200,
        help_text=_("Staat de school niet in de lijst? Dan komt zij zo in uw adresboek."),
    )
    tone = forms.ChoiceField(
        label=_("Toon van de brief"),
        choices=[(t, TONE_LABELS[t]) for t in TONES],
        initial="zakelijk",
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, vault, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(vault=vault)
        if not self.is_bound and not self.fields["organisation"].queryset.exists():
            self.fields["new_name"].initial = getattr(vault, "school_name", "")
        # A letter says who writes it (parents, or with the child from 16), so it needs the
        # child's birth date; asked here where the vault lacks it, or the page is a dead end.
        if getattr(vault, "child_birth_date", None) is None:
            self.fields["child_birth_date"] = child_birth_date_field()

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("organisation") and not (cleaned.get("new_name") or "").strip():
            raise forms.ValidationError(_("Kies aan wie de brief gaat, of typ de naam."))
        return cleaned


class PreparationLetterForm(ReplyForm):
    """To whom the preparation letter goes (the school that invited), and in which tone."""

    def __init__(self, *args, vault, **kwargs):
        super().__init__(*args, vault=vault, **kwargs)
        self.fields["organisation"].help_text = _(
            "De school die het gesprek organiseert (uit uw adresboek)."
        )


class RecordingForm(forms.Form):
    recording = forms.FileField(label=_("Opname (mp3, m4a, aac, wav, ogg, opus, webm of mp4)"))


class RecordingNoteForm(forms.Form):
    moment = forms.RegexField(
        label=_("Moment in de opname"),
        regex=r"^\d{1,3}:[0-5]\d$",
        help_text=_("Minuten en seconden, bijvoorbeeld 12:30."),
        error_messages={
            "invalid": _("Schrijf het moment als minuten:seconden, bijvoorbeeld 12:30.")
        },
    )
    text = forms.CharField(label=_("Notitie"), widget=forms.Textarea(attrs={"rows": 2}))

    def seconds(self) -> int:
        minutes, seconds = self.cleaned_data["moment"].split(":")
        return int(minutes) * 60 + int(seconds)


class ParticipantForm(forms.Form):
    """Who takes part, from the address book: a person (with their organisation) or an
    organisation as such, grouped by organisation."""

    who = forms.ChoiceField(
        label=_("Wie doet mee?"),
        help_text=_("Een persoon of organisatie uit uw adresboek."),
    )
    role = forms.CharField(
        label=_("Rol in dit gesprek"),
        required=False,
        max_length=200,
        help_text=_("Bijvoorbeeld: voorzitter, schrijft het verslag, geeft advies."),
    )
    contribution = forms.CharField(
        label=_("Wat brengt deze deelnemer in?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    will_see = forms.CharField(
        label=_("Welke documenten krijgt deze deelnemer te zien?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Eén document per regel."),
    )

    def __init__(self, *args, vault, **kwargs):
        super().__init__(*args, **kwargs)
        self.vault = vault
        groups = []
        for organisation in Organisation.objects.filter(vault=vault).prefetch_related("contacts"):
            options = [
                (
                    f"org:{organisation.pk}",
                    _("%(name)s (de organisatie)") % {"name": organisation.name},
                )
            ]
            options += [
                (f"contact:{contact.pk}", f"{contact.name} – {contact.get_role_display()}")
                for contact in organisation.contacts.all()
            ]
            groups.append((organisation.name, options))
        self.fields["who"].choices = [("", _("Kies …")), *groups]

    def clean_who(self):
        kind, _sep, pk = self.cleaned_data["who"].partition(":")
        if kind == "org":
            organisation = Organisation.objects.filter(vault=self.vault, pk=pk).first()
            if organisation is not None:
                return organisation, None
        elif kind == "contact":
            contact = (
                Contact.objects.filter(vault=self.vault, pk=pk)
                .select_related("organisation")
                .first()
            )
            if contact is not None:
                return contact.organisation, contact
        raise forms.ValidationError(_("Kies iemand uit uw adresboek."))

    @staticmethod
    def initial_for(participant) -> dict:
        who = (
            f"contact:{participant.contact_id}"
            if participant.contact_id
            else f"org:{participant.organisation_id}"
        )
        return {
            "who": who,
            "role": participant.role,
            "contribution": participant.contribution,
            "will_see": participant.will_see,
        }
