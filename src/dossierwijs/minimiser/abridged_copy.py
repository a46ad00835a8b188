"""The abridged copy: made in memory from the parent's choices and verified (the core
refuses what still leaks), shown as a preview, and stored in the dossier only when it passed.

The copy itself is never kept between requests: the preview makes it again in memory,
and "Maken" makes it once more and stores it (encrypted) in the dossier.

Split from ``services``, which re-exports every name here. A test or app that replaces
``EXTRA_CHECKS`` (rather than appending to it) replaces it here, where ``make_copy`` reads it.
"""

from __future__ import annotations

from datetime import date
from pathlib import PurePath

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from dossierwijs.core.documents.errors import DocumentError
from dossierwijs.core.documents.limits import run_limited
from dossierwijs.core.minimiser import analysis, pii
from dossierwijs.core.minimiser.redact import (
    AbridgeOptions,
    RedactionResult,
    make_abridged_copy,
)
from dossierwijs.core.minimiser.verify import leak_pattern
from dossierwijs.dossier.services import add_document, update_metadata
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .drafts import AbridgeError, forget_source, source_pdf
from .models import AbridgeDraft

# Checks added to the core's verification (each ``check(pdf_bytes, removed) -> Check``).
EXTRA_CHECKS: list = []


def names_to_remove(draft: AbridgeDraft) -> list[str]:
    """Accepted proposals that are names (removed as written), and the child's name if the
    parent chose so."""
    accepted = set(draft.accepted_findings)
    names = [
        p["tekst"]
        for p in draft.proposals
        if p["tekst"] in accepted and not p["child"] and p["soort"] in pii.NAME_KINDS
    ]
    if draft.remove_child_name:
        names += [p["tekst"] for p in draft.proposals if p["child"]]
        name = draft.vault.child_name.strip()
        names += [name, *name.split()] if name else []
    return list(dict.fromkeys(t for t in names if t))


def terms_to_remove(draft: AbridgeDraft) -> list[str]:
    """Accepted proposals that are no names (numbers, e-mail) and the parent's own terms:
    removed in any case."""
    accepted = set(draft.accepted_findings)
    terms = [
        p["tekst"]
        for p in draft.proposals
        if p["tekst"] in accepted and not p["child"] and p["soort"] not in pii.NAME_KINDS
    ]
    terms += draft.extra_term_list()
    return list(dict.fromkeys(t for t in terms if t))


def cover_page_text(draft: AbridgeDraft, removed: list[str]) -> str | None:
    """The optional first page: who made this copy, and for what. It names no one."""
    if not draft.include_cover_page:
        return None
    text = _(
        "Verkorte versie\n\n"
        "Dit is een verkorte versie van een document uit ons dossier (%(kind)s).\n"
        "Wij, de ouders, hebben deze kopie op %(date)s zelf gemaakt voor het onderwijs\n"
        "aan ons kind. Er staat alleen in wat school daarvoor nodig heeft.\n"
        "Andere delen en persoonsgegevens die school niet nodig heeft, zijn weggehaald.\n\n"
        "Heeft u meer informatie nodig? Vraag het ons."
    ) % {
        "kind": draft.document.get_doc_type_display().lower(),
        "date": timezone.localdate().strftime("%d-%m-%Y"),
    }
    # A word the parent removes may not come back on the cover page.
    if any(leak_pattern(term).search(text) for term in removed):
        return None
    return text


def make_copy(draft: AbridgeDraft) -> RedactionResult:
    """Make the abridged copy in memory and verify it (the core refuses what still leaks).

    The parent's boxes are applied first (see ``analysis.apply_manual_boxes``); the words
    that were under them and appear nowhere else are verified as removed strings.
    """
    removed = terms_to_remove(draft)
    names = names_to_remove(draft)
    cover = cover_page_text(draft, removed + names)
    pdf = source_pdf(draft)
    proof: list[str] = []
    pages = max(1, len(draft.layout.get("pages", [])))
    seconds = min(900.0, 60.0 + 6.0 * pages)  # redaction, OCR of pictures, verification
    try:
        if draft.manual_boxes:
            pdf, proof = run_limited(
                analysis.apply_manual_boxes, pdf, draft.manual_boxes, cover or "", seconds=60
            )
            before = [s["title"] for s in draft.layout.get("sections", [])]
            after = [s["title"] for s in run_limited(analysis.read_layout, pdf)["sections"]]
            if after != before:
                # A box over a heading would merge two sections: what should go could stay.
                return RedactionResult(
                    output=None,
                    message=_(
                        "De verkorte versie is niet gemaakt: een vak dat u zelf tekende, valt "
                        "over een kopje. Dan weet dossierwijs niet meer precies waar elk deel "
                        "begint. Maak het vak kleiner, zodat het kopje erbuiten valt."
                    ),
                )
        child = draft.vault.child_name.strip()
        options = AbridgeOptions(
            keep_names=[child] if child and not draft.remove_child_name else [],
            keep_sections=draft.keep_sections,
            remove_terms=removed,
            remove_names=names,
            verify_terms=proof,
            cover_page_text=cover,
            extra_checks=list(EXTRA_CHECKS),
        )
        # In the limited child: a hostile PDF costs bounded time and memory, and PyMuPDF's
        # memory for the copy is given back when the child ends.
        result = run_limited(
            make_abridged_copy, pdf, options, seconds=seconds, cpu_seconds=int(seconds)
        )
    except DocumentError as error:
        raise AbridgeError(error.message) from None
    result.manual_boxes = len(draft.manual_boxes)
    if draft.include_cover_page and cover is None:
        result.notes.append(
            _(
                "Het voorblad is weggelaten: een woord dat u weghaalt, staat ook in de tekst "
                "van het voorblad."
            )
        )
    return result


def preview_pages(output: bytes, *, dpi: int = 80, limit: int = 60) -> list[bytes]:
    """The copy's pages as PNG, rendered in a limited child; kept only for this request."""
    try:
        return run_limited(analysis.render_all_pages, output, dpi, limit, seconds=90)
    except DocumentError as error:
        raise AbridgeError(error.message) from None


def copy_filename(original, on: date | None = None) -> str:
    """The copy's file name: the original's name, "verkort" and the date it was made."""
    version = original.current
    stem = PurePath(version.filename).stem if version is not None else original.title
    stem = " ".join(stem.split())[:120] or _("document")
    day = (on or timezone.localdate()).isoformat()
    return _("%(stem)s - verkort %(date)s.pdf") % {"stem": stem, "date": day}


def removed_summary(result: RedactionResult) -> str:
    """What the journal says was removed (counts only, never the words themselves)."""
    sections = ngettext("%(n)s hoofdstuk", "%(n)s hoofdstukken", len(result.removed_sections)) % {
        "n": len(result.removed_sections)
    }
    terms = ngettext("%(n)s gegeven", "%(n)s gegevens", len(result.removed_terms)) % {
        "n": len(result.removed_terms)
    }
    boxes = ngettext("%(n)s vak", "%(n)s vakken", result.manual_boxes) % {"n": result.manual_boxes}
    return _(
        "Verkorte versie gemaakt: %(sections)s en %(terms)s weggehaald, %(boxes)s met de hand"
    ) % {"sections": sections, "terms": terms, "boxes": boxes}


def store_copy(*, draft: AbridgeDraft, by) -> tuple[RedactionResult, object | None]:
    """Make the copy again, and only when it passed verification store it in the dossier.

    The copy keeps the original's kind, date and organisation. The draft's choices are
    cleared and it remembers the copy (``made_copy``), so Back in the browser finds it.
    """
    result = make_copy(draft)
    if not result.ok:
        return result, None
    original = draft.document
    with transaction.atomic():
        try:
            document = add_document(
                vault=draft.vault,
                by=by,
                filename=copy_filename(original),
                data=result.output,
                doc_type=original.doc_type,
                title=(_("Verkorte versie van %(title)s") % {"title": original.title})[:300],
                origin="eigen",
                derived_from=original,
                special_category=original.special_category,
            )
        except ValueError as error:
            raise AbridgeError(str(error)) from None
        same = {
            "organisation": original.organisation,
            "document_date": original.document_date,
        }
        if any(getattr(document, k) != v for k, v in same.items()):
            update_metadata(document=document, by=by, **same)
        journal.record(
            vault=draft.vault,
            actor=by,
            action=Action.UPLOAD,
            obj=document,
            summary=removed_summary(result),
        )
        forget_source(draft)
        AbridgeDraft.objects.filter(pk=draft.pk).update(
            made_copy=document,
            source_blob_id="",
            proposals=[],
            accepted_findings=[],
            extra_terms="",
            term_boxes={},
            manual_boxes=[],
            updated_at=timezone.now(),
        )
    return result, document
