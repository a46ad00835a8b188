"""The letter form: the kind's own fields (from the letter engine) plus recipient, tone, signers."""

from __future__ import annotations

import mimetypes

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from dossierwijs.addressbook.models import Organisation
from dossierwijs.core import letters as engine
from dossierwijs.core.letters import Attachment
from dossierwijs.core.rules.age import who_decides
from dossierwijs.dossier import api as documents
from dossierwijs.dossier.models import Document

from .context import co_signers_possible, other_parent_names, parents_of

KIND_PREFIX = "f_"  # kind fields get a prefix: "organisation" etc. may be a kind field too

TONE_HELP = {
    "vriendelijk": _lazy("Beleefd en gericht op samenwerking. Goed voor een eerste verzoek."),
    "zakelijk": _lazy("Kort en neutraal, met de regels erbij."),
    "stellig": _lazy(
        "U wijst duidelijk op de plicht en de termijn. Als eerdere vragen niet hielpen."
    ),
}

ID_COPY_TITLE = _lazy("Afgeschermde kopie identiteitsbewijs")


def tone_choices():
    return [(t, f"{engine.TONE_LABELS[t]}: {TONE_HELP[t]}") for t in engine.TONES]


def child_is_16_plus(vault, on=None) -> bool:
    """True when the child decides about their own data (AVG/UAVG: 16 or older)."""
    from django.utils import timezone

    if vault.child_birth_date is None:
        return False
    decision = who_decides(vault.child_birth_date, on or timezone.localdate(), "avg")
    return "kind" in decision.deciders


def ask_who_writes(form, *, vault, member, field: str = "writer") -> None:
    """Add the choice who writes a letter about the child, where it is a choice.

    From 16 the young person decides (UAVG art. 5, ``core.rules.age``): they write, or the
    parents with their written authorisation. Under 16 the parents write, so no choice.
    With no birth date in the vault the form asks for it too, and offers all three writers:
    asking only after the date was sent cost a parent a second submit and an error page.
    ``check_who_writes`` holds the choice against the typed date.
    """
    from django.utils.translation import gettext

    child = vault.child_name
    young_person = [
        ("jongere", gettext("%(child)s schrijft zelf (16 jaar of ouder)") % {"child": child}),
        (
            "ouders_met_machtiging",
            gettext("Wij als ouders, met een schriftelijke machtiging van %(child)s")
            % {"child": child},
        ),
    ]
    if vault.child_birth_date is not None and not child_is_16_plus(vault):
        return
    choices = young_person
    initial = "jongere" if member.role == "kind_16plus" else "ouders_met_machtiging"
    if vault.child_birth_date is None:
        parents = (
            "ouders",
            gettext("Wij als ouders (%(child)s is jonger dan 16)") % {"child": child},
        )
        choices = [parents, *young_person]
        initial = "jongere" if member.role == "kind_16plus" else "ouders"
    form.fields[field] = forms.ChoiceField(
        label=_lazy("Wie schrijft de brief"),
        choices=choices,
        initial=initial,
        widget=forms.RadioSelect,
    )


def check_who_writes(form, cleaned: dict, *, field: str = "writer") -> None:
    """The writer chosen must fit the birth date typed in the same form (see ask_who_writes)."""
    from django.utils import timezone

    born, writer = cleaned.get("child_birth_date"), cleaned.get(field)
    if born is None or not writer:
        return
    decision = who_decides(born, timezone.localdate(), "avg")
    from_16 = "kind" in decision.deciders
    if from_16 and writer == "ouders":
        form.add_error(
            field,
            _(
                "Uw kind is 16 jaar of ouder en beslist nu zelf. Kies: uw kind schrijft zelf, "
                "of u schrijft met een schriftelijke machtiging van uw kind."
            ),
        )
    elif not from_16 and writer != "ouders":
        form.add_error(
            field,
            _(
                "Uw kind is jonger dan 16. Dan schrijft u de brief zelf, als ouder met gezag; "
                "een machtiging is niet nodig."
            ),
        )


def document_attachment(document) -> Attachment:
    """A dossier document as a letter attachment (its latest version, decrypted in memory)."""
    version = document.versions.order_by("-number").first()
    content = documents.read_original(version)
    mime = mimetypes.guess_type(version.filename)[0] or "application/octet-stream"
    return Attachment(version.filename, content, mime)


def validate_child_birth_date(value) -> None:
    """A date a child at school can be born on: not in the future, and not before 1990 (a
    typo in the year). Kept in the vault, a wrong date would break every later letter."""
    from datetime import date

    from django.utils import timezone

    if value > timezone.localdate():
        raise forms.ValidationError(
            _("Deze datum ligt in de toekomst. Vul de geboortedatum van uw kind in.")
        )
    if value < date(1990, 1, 1):
        raise forms.ValidationError(
            _("Deze datum ligt te ver terug voor een kind op school. Kijk het jaartal na.")
        )


def child_birth_date_field():
    """Asked only where the vault lacks it (a vault made on the command line without
    ``--geboortedatum``): a letter needs it to say who decides."""
    return forms.DateField(
        label=_lazy("Geboortedatum van uw kind"),
        required=True,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=[validate_child_birth_date],
        help_text=_lazy(
            "Hiermee rekent dossierwijs uit wie er beslist: u, uw kind, of samen. dossierwijs "
            "bewaart het voor de volgende keer."
        ),
    )


class DocumentChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class DocumentsChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class LetterForm(forms.Form):
    organisation = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label=_lazy("Aan welke organisatie"),
        empty_label=_lazy("Een andere organisatie (typ hieronder)"),
    )
    organisation_name = forms.CharField(
        label=_lazy("Naam van de organisatie"), required=False, max_length=300
    )
    organisation_address = forms.CharField(
        label=_lazy("Adres van de organisatie"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_lazy("Straat en huisnummer, postcode en plaats."),
    )
    organisation_email = forms.EmailField(
        label=_lazy("E-mailadres van de organisatie"), required=False
    )
    contact_person = forms.CharField(
        label=_lazy("Ter attentie van (naam)"),
        required=False,
        max_length=200,
        help_text=_lazy("Bijvoorbeeld de mentor of de functionaris gegevensbescherming. Mag leeg."),
    )
    tone = forms.ChoiceField(
        label=_lazy("Toon van de brief"), widget=forms.RadioSelect, initial="zakelijk"
    )
    sign_as = forms.ChoiceField(
        label=_lazy("Wie ondertekent"),
        widget=forms.RadioSelect,
        initial="both",
        required=False,
    )
    writer = forms.ChoiceField(
        label=_lazy("Wie schrijft de brief"),
        widget=forms.RadioSelect,
        required=False,
    )
    address = forms.CharField(
        label=_lazy("Uw adres"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_lazy("Straat en huisnummer, postcode en plaats. Dit komt bovenaan de brief."),
    )
    save_address = forms.BooleanField(
        label=_lazy("Bewaar dit adres in mijn gegevens"), required=False, initial=True
    )
    email = forms.EmailField(
        label=_lazy("Uw e-mailadres"),
        required=False,
        help_text=_lazy("Voor de afzender en zodat de school u kan antwoorden."),
    )
    save_email = forms.BooleanField(
        label=_lazy("Bewaar dit e-mailadres in mijn gegevens"), required=False, initial=True
    )
    child_birth_date = forms.DateField(
        label=_lazy("Geboortedatum van uw kind"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=[validate_child_birth_date],
    )
    edited_text = forms.CharField(
        label=_lazy("Tekst van de brief"), required=False, widget=forms.Textarea
    )

    def __init__(self, *args, kind: str, vault, member, **kwargs):
        super().__init__(*args, **kwargs)

        self.kind = engine.get_kind(kind)
        self.vault = vault
        self.member = member
        self.fields["organisation"].queryset = Organisation.objects.filter(vault=vault)
        self.fields["tone"].choices = tone_choices()

        # Only a parent who joined and said they have gezag co-signs; anyone else can get a
        # copy when the writer chooses (core.rules.gezag). BW 1:377c letters: one writer.
        co_signers = [] if kind == "informatie" else co_signers_possible(vault, member)
        others = other_parent_names(vault, member)
        choices = []
        if member in parents_of(vault) and co_signers:
            names = [m.display_name for m in co_signers]
            choices.append(
                (
                    "both",
                    _("Wij samen: %(a)s en %(b)s")
                    % {"a": member.display_name, "b": " en ".join(names)},
                )
            )
        if others:
            choices.append(
                ("me_copy", _("Alleen ik; %(b)s krijgt een kopie") % {"b": " en ".join(others)})
            )
            choices.append(("me", _("Alleen ik, zonder kopie")))
        if choices:
            self.fields["sign_as"].choices = choices
            self.fields["sign_as"].initial = choices[0][0]
            cannot = [n for n in others if n not in {m.display_name for m in co_signers}]
            if cannot and kind != "informatie":
                self.fields["sign_as"].help_text = _(
                    "%(names)s ondertekent niet mee. Alleen een ouder die zelf meedoet in "
                    "dossierwijs en daar heeft aangegeven gezag te hebben, ondertekent mee."
                ) % {"names": " en ".join(cannot)}
        else:
            del self.fields["sign_as"]
        if self.kind.rights_request and child_is_16_plus(vault):
            child = vault.child_name
            self.fields["writer"].choices = [
                ("jongere", _("%(child)s schrijft zelf") % {"child": child}),
                (
                    "ouders_met_machtiging",
                    _("Wij als ouders, met een schriftelijke machtiging van %(child)s")
                    % {"child": child},
                ),
            ]
            self.fields["writer"].required = True
            self.fields["writer"].initial = (
                "jongere" if member.role == "kind_16plus" else "ouders_met_machtiging"
            )
        else:
            del self.fields["writer"]
        self.fields["address"].initial = member.postal_address
        self.fields["email"].initial = member.email
        if vault.child_birth_date is None:
            self.fields["child_birth_date"].required = True
        else:
            del self.fields["child_birth_date"]
        self.kind_field_names: list[str] = []
        documents = Document.objects.filter(vault=vault).order_by("title")
        for spec in engine.form_fields(kind):
            field = self._field_for(spec, documents)
            if field is None:
                continue
            name = KIND_PREFIX + spec.name
            self.fields[name] = field
            self.kind_field_names.append(name)

    def _field_for(self, spec, documents):
        common = {"label": spec.label, "required": spec.required, "help_text": spec.help}
        if spec.widget == "checklist":
            return forms.MultipleChoiceField(
                choices=spec.choices,
                widget=forms.CheckboxSelectMultiple,
                initial=list(spec.default or ()),
                **common,
            )
        if spec.widget == "choice":
            return forms.ChoiceField(
                choices=spec.choices, widget=forms.RadioSelect, initial=spec.default, **common
            )
        if spec.widget == "lines":
            common["help_text"] = " ".join(filter(None, [str(spec.help), _("Eén per regel.")]))
            initial = "\n".join(spec.default or ())
            return forms.CharField(
                widget=forms.Textarea(attrs={"rows": 3}), initial=initial, **common
            )
        if spec.widget == "text":
            return forms.CharField(
                widget=forms.Textarea(attrs={"rows": 4}), initial=spec.default, **common
            )
        if spec.widget == "date":
            return forms.DateField(
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), **common
            )
        if spec.widget == "bool":
            return forms.BooleanField(initial=bool(spec.default), **{**common, "required": False})
        if spec.widget == "number":
            return forms.IntegerField(min_value=1, max_value=90, initial=spec.default, **common)
        if spec.widget == "file":
            if spec.name == "id_copy":
                documents = documents.filter(title__startswith=str(ID_COPY_TITLE))
                common["help_text"] = _(
                    "Alleen nodig als de organisatie erom vraagt. Maak de kopie eerst via "
                    "'Afgeschermde kopie van uw identiteitsbewijs maken'."
                )
            return DocumentChoice(queryset=documents, empty_label=_("Geen"), **common)
        if spec.widget == "files":
            return DocumentsChoice(
                queryset=documents, widget=forms.CheckboxSelectMultiple, **common
            )
        if spec.widget == "object":
            return None  # filled by other parts of dossierwijs (replies, last year's notes)
        return forms.CharField(max_length=500, initial=spec.default or None, **common)

    @property
    def kind_fields(self):
        return [self[name] for name in self.kind_field_names]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("organisation") and not (cleaned.get("organisation_name") or "").strip():
            self.add_error(
                "organisation_name",
                _("Kies een organisatie uit uw adresboek, of typ de naam van de organisatie."),
            )
        return cleaned

    def letter_fields(self) -> dict:
        """The kind's input values for ``produce_letter(fields=...)``."""
        specs = {spec.name: spec for spec in engine.form_fields(self.kind.key)}
        values: dict = {}
        for name in self.kind_field_names:
            key = name[len(KIND_PREFIX) :]
            value = self.cleaned_data.get(name)
            widget = specs[key].widget
            if widget == "lines":
                value = tuple(line.strip() for line in (value or "").splitlines() if line.strip())
            elif widget == "checklist":
                value = tuple(value or ())
            elif widget == "file":
                value = document_attachment(value) if value is not None else None
            elif widget == "files":
                value = tuple(document_attachment(d) for d in (value or ()))
            elif widget in ("", "text") and value is None:
                value = ""
            if value is None and specs[key].default is not None:
                value = specs[key].default
            if value is None and not specs[key].required:
                continue
            values[key] = value
        return values

    def extra(self) -> dict:
        """The ``extra`` for letter_context: what was typed instead of taken from the vault."""
        data = self.cleaned_data
        extra = {}
        if not data.get("organisation"):
            extra["organisation_name"] = data.get("organisation_name", "")
            extra["organisation_address"] = data.get("organisation_address", "")
            extra["organisation_email"] = data.get("organisation_email", "")
        elif data.get("organisation_email"):
            extra["organisation_email"] = data["organisation_email"]
        if data.get("contact_person"):
            extra["contact_person"] = data["contact_person"]
        if (data.get("address") or "").strip():
            extra["address"] = data["address"]
        if data.get("email"):
            extra["email"] = data["email"]
        if "sign_as" in self.fields:
            extra["copy_other_parent"] = data.get("sign_as") == "me_copy"
        if data.get("writer"):
            extra["writer"] = data["writer"]
            if data["writer"] == "jongere" and data.get("email"):
                extra["child_email"] = data["email"]
        return extra

    @property
    def sign_as_both(self) -> bool:
        return self.cleaned_data.get("sign_as") == "both"
