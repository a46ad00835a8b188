from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from dossierwijs.vault.plain_forms import PlainEmptyChoice

from .models import Document, DocumentType


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class UploadForm(forms.Form):
    files = forms.FileField(
        label=_("Bestanden"),
        help_text=_(
            "PDF, Word, OpenDocument, tekst, e-mail (.eml, .msg) of een foto van een brief."
        ),
        widget=MultipleFileInput(attrs={"multiple": True}),
    )


class NewVersionForm(forms.Form):
    file = forms.FileField(label=_("Nieuwe versie van het bestand"))
    note = forms.CharField(
        label=_("Wat is er anders? (niet verplicht)"), max_length=300, required=False
    )


class DocumentForm(PlainEmptyChoice, forms.ModelForm):
    class Meta:
        model = Document
        fields = [
            "title",
            "doc_type",
            "organisation",
            "author",
            "document_date",
            "received_date",
            "description",
            "tags",
            "special_category",
            "origin",
        ]
        widgets = {
            "document_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "received_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 3}),
        }


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Zoeken"), required=False, max_length=200)
    doc_type = forms.ChoiceField(label=_("Soort"), required=False)
    organisation = forms.CharField(label=_("Organisatie"), required=False, max_length=200)
    year = forms.IntegerField(label=_("Jaar"), required=False, min_value=1900, max_value=2200)
    tag = forms.CharField(label=_("Label"), required=False, max_length=100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["doc_type"].choices = [("", _("Alle soorten"))] + list(DocumentType.choices)
