"""Choices that a model repeats from core/ stay equal to core's list (issue 11).

The models keep their own ``TextChoices`` (migrations and forms need them, and gettext needs
the labels written out); core is the source. A value added or renamed on one side only
fails here, before a stored value stops meaning anything.
"""

from __future__ import annotations

from django.utils import translation

from dossierwijs.cli.letters import KIND_NAMES
from dossierwijs.consent.models import VERDICT_LABELS
from dossierwijs.core.consent_check import VERDICTS
from dossierwijs.core.documents import metadata
from dossierwijs.core.letters.kinds import timeline
from dossierwijs.core.letters.registry import KINDS
from dossierwijs.dossier.models import DocumentType
from dossierwijs.rights.models import RequestKind, SentHow


def untranslated(label) -> str:
    with translation.override(None):
        return str(label)


def test_document_types_are_core_s_names_values_and_labels():
    assert [(t.name, t.value) for t in DocumentType] == [
        (t.name, t.value) for t in metadata.DocumentType
    ]
    assert {t.value: untranslated(t.label) for t in DocumentType} == {
        t.value: label for t, label in metadata.DOCUMENT_TYPE_LABELS.items()
    }


def test_rights_request_kinds_are_the_letter_timeline_s():
    assert set(RequestKind.values) == set(timeline.REQUEST_KINDS)


def test_ways_of_sending_are_the_letter_timeline_s():
    assert set(SentHow.values) == set(timeline.HOW)


def test_every_consent_check_verdict_has_a_label_and_no_more():
    assert set(VERDICT_LABELS) == set(VERDICTS)


def test_the_command_line_lists_every_letter_kind_in_the_engine_s_order():
    # The CLI keeps its own tuple so that `dossierwijs --help` does not load the engine.
    assert list(KIND_NAMES) == list(KINDS)
