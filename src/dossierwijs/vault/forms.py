from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from dossierwijs.core.rules import gezag as gezag_rules

from .journal_model import Action
from .passphrase import MIN_LENGTH, is_acceptable
from .roles import Gezag, Role

PASSPHRASE_HELP = _(
    "Kies een zin van een paar woorden die alleen u kent, bijvoorbeeld vier losse woorden. "
    "Minstens %(n)s tekens."
) % {"n": MIN_LENGTH}


class NewPassphraseMixin(forms.Form):
    passphrase = forms.CharField(
        label=_("Wachtzin"),
        help_text=PASSPHRASE_HELP,
        strip=False,
        widget=forms.PasswordInput(
            attrs={"autocomplete": "new-password", "data-strength-meter": "passphrase-meter"}
        ),
    )
    passphrase_again = forms.CharField(
        label=_("Wachtzin nog een keer"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean()
        first, again = cleaned.get("passphrase"), cleaned.get("passphrase_again")
        if first and not is_acceptable(first):
            self.add_error(
                "passphrase",
                _(
                    "Deze wachtzin is te makkelijk te raden. Maak hem langer, bijvoorbeeld met een extra woord."
                ),
            )
        if first and again and first != again:
            self.add_error("passphrase_again", _("De twee wachtzinnen zijn niet gelijk."))
        return cleaned


GEZAG_HELP = _(gezag_rules.EXPLANATION)


def own_gezag_field(*, required: bool = True) -> forms.ChoiceField:
    """ "Heeft u gezag over uw kind?": met gezag / zonder gezag / weet ik niet, explained."""
    return forms.ChoiceField(
        label=_("Heeft u gezag over uw kind?"),
        choices=[
            (Gezag.MET, _(gezag_rules.LABELS["met"])),
            (Gezag.ZONDER, _(gezag_rules.LABELS["zonder"])),
            (Gezag.ONBEKEND, _(gezag_rules.LABELS["onbekend"])),
        ],
        widget=forms.RadioSelect,
        required=required,
        help_text=GEZAG_HELP,
    )


class WelcomeForm(NewPassphraseMixin):
    child_name = forms.CharField(label=_("Naam van uw kind"), max_length=200)
    child_birth_date = forms.DateField(
        label=_("Geboortedatum van uw kind"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Hiermee rekent dossierwijs uit wie er beslist: u, uw kind, of samen."),
    )
    school_name = forms.CharField(label=_("School"), max_length=200, required=False)
    other_parent_name = forms.CharField(
        label=_("Naam van de andere ouder (niet verplicht)"), max_length=200, required=False
    )
    other_parent_gezag = forms.ChoiceField(
        label=_("Heeft de andere ouder gezag?"),
        choices=[
            (Gezag.MET, _(gezag_rules.OTHER_LABELS["met"])),
            (Gezag.ZONDER, _(gezag_rules.OTHER_LABELS["zonder"])),
            (Gezag.ONBEKEND, _(gezag_rules.OTHER_LABELS["onbekend"])),
        ],
        widget=forms.RadioSelect,
        required=False,
        help_text=_(
            "Alleen als u een andere ouder invult. De andere ouder ondertekent nooit een brief "
            "op dit antwoord: dat kan pas als hij of zij zelf meedoet in dossierwijs."
        ),
    )
    parent_name = forms.CharField(label=_("Uw naam"), max_length=200)
    parent_gezag = own_gezag_field()
    understands_loss = forms.BooleanField(
        label=_(
            "Ik begrijp het: als ik mijn wachtzin én mijn herstelcode kwijt ben, "
            "kan niemand mijn gegevens terughalen."
        )
    )

    field_order = [
        "child_name",
        "child_birth_date",
        "school_name",
        "other_parent_name",
        "other_parent_gezag",
        "parent_name",
        "parent_gezag",
        "passphrase",
        "passphrase_again",
        "understands_loss",
    ]

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("other_parent_name") or "").strip() and not cleaned.get(
            "other_parent_gezag"
        ):
            self.add_error(
                "other_parent_gezag",
                _("Geef aan of de andere ouder gezag heeft. Weet u het niet, kies 'Weet ik niet'."),
            )
        return cleaned


class LoginForm(forms.Form):
    passphrase = forms.CharField(
        label=_("Uw wachtzin"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password", "autofocus": True}),
    )


class RecoveryCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Herstelcode"),
        help_text=_("De code van 8 groepen van 4 tekens die u bij het begin heeft bewaard."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


class RecoveryPassphraseForm(NewPassphraseMixin):
    member = forms.ChoiceField(label=_("Wie bent u?"))

    field_order = ["member", "passphrase", "passphrase_again"]

    def __init__(self, *args, members=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].choices = [(str(m.pk), m.display_name) for m in members]


class InviteForm(forms.Form):
    name = forms.CharField(label=_("Naam van wie u uitnodigt"), max_length=200)
    role = forms.ChoiceField(
        label=_("Rol"),
        choices=[
            (Role.MEDE_OUDER, Role.MEDE_OUDER.label),
            (Role.KIND_16PLUS, Role.KIND_16PLUS.label),
            (Role.MEELEZER, Role.MEELEZER.label),
        ],
        widget=forms.RadioSelect,
        help_text=_(
            "Een mede-ouder geeft bij het accepteren zelf aan of hij of zij gezag heeft. Pas "
            "dan kan hij of zij een verzoek om inzage of correctie mee ondertekenen."
        ),
    )
    access_until = forms.DateField(
        label=_("Meelezer: toegang tot en met (niet verplicht)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )


class AcceptInviteForm(NewPassphraseMixin):
    code = forms.CharField(
        label=_("Uitnodigingscode"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    display_name = forms.CharField(label=_("Uw naam"), max_length=200)
    gezag = own_gezag_field(required=False)

    field_order = ["code", "display_name", "gezag", "passphrase", "passphrase_again"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["gezag"].help_text = _(
            "Alleen als u als ouder bent uitgenodigd. %(uitleg)s"
        ) % {"uitleg": GEZAG_HELP}


class RenewKeyForm(forms.Form):
    passphrase = forms.CharField(
        label=_("Uw eigen wachtzin"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Ter controle: de kluis krijgt een nieuwe sleutel."),
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Nieuwe rol"), choices=Role.choices)


class JournalFilterForm(forms.Form):
    action = forms.ChoiceField(label=_("Soort"), required=False)
    actor = forms.CharField(label=_("Wie"), required=False, max_length=200)
    date_from = forms.DateField(
        label=_("Van"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("Tot en met"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [("", _("Alles"))] + list(Action.choices)


class ProfileForm(forms.Form):
    display_name = forms.CharField(label=_("Uw naam"), max_length=200)
    gezag = own_gezag_field(required=False)
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        required=False,
        help_text=_("Voor de CC in brieven die u zelf verstuurt."),
    )
    postal_address = forms.CharField(
        label=_("Uw adres"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Straat en huisnummer, postcode en plaats. Dit komt boven uw brieven."),
    )


class ChangePassphraseForm(NewPassphraseMixin):
    current = forms.CharField(
        label=_("Uw huidige wachtzin"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    field_order = ["current", "passphrase", "passphrase_again"]


class RecoveryConfirmForm(forms.Form):
    code = forms.CharField(
        label=_("Typ de herstelcode over"),
        help_text=_(
            "Zo weet u zeker dat u hem goed heeft opgeschreven. Hoofdletters en streepjes "
            "maken niet uit."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


class RenewRecoveryForm(forms.Form):
    current = forms.CharField(
        label=_("Uw wachtzin"),
        help_text=_("Nodig om een nieuwe herstelcode te maken. De oude werkt daarna niet meer."),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
