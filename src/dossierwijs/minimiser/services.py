"""The steps of an abridged copy: start a draft, find proposals, make and store the copy.

The copy itself is never kept between requests: the preview makes it again in memory,
and "Maken" makes it once more and stores it (encrypted) in the dossier.
"""

from __future__ import annotations

from datetime import date
from pathlib import PurePath

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from dossierwijs.addressbook.models import Contact, Organisation
from dossierwijs.core.documents.errors import DocumentError
from dossierwijs.core.documents.limits import run_limited
from dossierwijs.core.minimiser import analysis, pii
from dossierwijs.core.minimiser.docx import ConversionError, docx_to_pdf
from dossierwijs.core.minimiser.redact import (
    AbridgeOptions,
    RedactionResult,
    keeps_name,
    make_abridged_copy,
)
from dossierwijs.core.minimiser.sections import proposal_for_school
from dossierwijs.core.minimiser.verify import leak_pattern
from dossierwijs.core.minimiser.worker import DETECTOR, DetectorUnavailable
from dossierwijs.dossier import api as documents
from dossierwijs.dossier.services import add_document, update_metadata
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action
from dossierwijs.vault.models import Member

from .models import AbridgeDraft

# Checks added to the core's verification (each ``check(pdf_bytes, removed) -> Check``).
EXTRA_CHECKS: list = []


class AbridgeError(Exception):
    """A step could not be done; ``message`` is Dutch and safe to show."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def source_kind(document) -> str | None:
    """How the steps get a PDF with words in place, or None: this cannot be abridged.

    "pdf": a PDF with text, or the searchable PDF of a photo; "scan": a scanned PDF whose
    text came from OCR (read again, with the words' places); "docx": converted first.
    """
    version = document.current
    if version is None:
        return None
    if version.file_kind == "pdf" and not version.pdf_blob_id and version.ocr_pages:
        return "scan"
    if version.renders_as_pdf():
        return "pdf"
    if version.file_kind == "docx":
        return "docx"
    return None


def current_draft(drafts, document) -> AbridgeDraft | None:
    """The draft of this document's current version; an outdated one is thrown away."""
    version = document.current
    for draft in drafts.filter(document=document, made_copy__isnull=True):
        if version is not None and draft.version_number == version.number:
            return draft
        discard(draft)
    return None


def start_draft(*, document, by) -> AbridgeDraft:
    """Begin: a Word file is converted, a scan read again (in a limited child; takes a moment)."""
    kind = source_kind(document)
    version = document.current
    if kind is None or version is None:
        raise AbridgeError(_("Van dit soort bestand kan dossierwijs geen verkorte versie maken."))
    converted = kind in ("docx", "scan")
    if converted:
        original = documents.read_original(version)
        try:
            if kind == "docx":
                pdf = run_limited(docx_to_pdf, original, seconds=150, cpu_seconds=120)
            else:
                seconds = min(900, 60 + 60 * max(version.page_count, 1))
                pdf = run_limited(analysis.searchable_scan, original, seconds=seconds)
        except ConversionError as error:
            raise AbridgeError(error.message) from None
        except DocumentError as error:
            raise AbridgeError(error.message) from None
        source_blob_id = documents.keep_working_file(pdf)
    else:
        source_blob_id = version.viewable_blob_id()
        pdf = documents.read_viewable(version)
    try:
        layout = run_limited(analysis.read_layout, pdf, seconds=60)
    except DocumentError as error:
        raise AbridgeError(error.message) from None
    return AbridgeDraft.objects.create(
        vault=document.vault,
        document=document,
        version_number=version.number,
        source_blob_id=source_blob_id,
        converted=converted,
        layout=layout,
        created_by=by,
    )


def layout_of(document) -> dict:
    """The sections and page sizes of a PDF document, read without making a draft."""
    version = document.current
    try:
        return run_limited(analysis.read_layout, documents.read_viewable(version), seconds=60)
    except DocumentError as error:
        raise AbridgeError(error.message) from None


def apply_school_preset(*, draft: AbridgeDraft) -> list[str]:
    """Tick "voor school": the conclusion and the advice. Returns the titles ticked."""
    draft.keep_sections = proposal_for_school(analysis.sections_from_layout(draft.layout))
    draft.updated_at = timezone.now()
    draft.save(update_fields=["keep_sections", "updated_at"])
    return draft.keep_sections


def save_choices(
    *,
    draft: AbridgeDraft,
    accepted: set[int],
    remove_child_name: bool,
    include_cover_page: bool,
    remove_box: int | None = None,
    add_box: list[float] | None = None,
    extra_terms: str = "",
) -> None:
    """Step 2's choices: the proposals accepted (by index), the child's name, the cover,
    a box removed or added, and the parent's own terms (located on the pages)."""
    count = len(draft.proposals)
    draft.accepted_findings = [draft.proposals[i]["tekst"] for i in sorted(accepted) if i < count]
    draft.remove_child_name = remove_child_name
    draft.include_cover_page = include_cover_page
    boxes = list(draft.manual_boxes)
    if remove_box is not None and 0 <= remove_box < len(boxes):
        del boxes[remove_box]
    if add_box is not None:
        boxes.append(add_box)
    draft.manual_boxes = boxes
    draft.updated_at = timezone.now()
    draft.save()
    set_extra_terms(draft=draft, text=extra_terms)


def discard(draft: AbridgeDraft) -> None:
    """Remove a draft; its own PDF (from a Word file or scan) goes with it."""
    draft.delete()
    forget_source(draft)


def forget_drafts_of(document, by) -> None:
    """The document is being deleted: its drafts and the PDFs made for them go too.

    Called by the dossier inside its delete transaction (``before_document_delete``).
    """
    for draft in AbridgeDraft.objects.filter(document=document):
        discard(draft)


def forget_source(draft: AbridgeDraft) -> None:
    """After a draft is deleted: delete the PDF made for it alone, once nothing uses it."""
    blob_id = draft.source_blob_id if draft.converted else ""
    if not blob_id:
        return

    def delete_if_unused():
        documents.forget_working_file(
            blob_id, still_used=AbridgeDraft.objects.filter(source_blob_id=blob_id).exists()
        )

    transaction.on_commit(delete_if_unused)


def source_pdf(draft: AbridgeDraft) -> bytes:
    return documents.read_working_file(draft.source_blob_id)


def warm_up_detection() -> None:
    """Start the detector's worker in the background (loading deduce takes a while)."""
    DETECTOR.warm()


def warm_after_unlock(sender=None, **kwargs) -> None:
    """``user_logged_in``: the vault is open, so a parent may soon make an abridged copy.

    Only where ``DETECTOR_WARM_AFTER_UNLOCK`` says so (see settings: on in a running server).
    """
    if settings.DETECTOR_WARM_AFTER_UNLOCK:
        warm_up_detection()


def known_names(vault) -> list[str]:
    """Names the vault knows: the child, the members, the other parent, the address book."""
    names = [vault.child_name, vault.other_parent_name, vault.school_name]
    names += list(Member.objects.filter(vault=vault).values_list("display_name", flat=True))
    names += list(Organisation.objects.filter(vault=vault).values_list("name", flat=True))
    names += list(Contact.objects.filter(vault=vault).values_list("name", flat=True))
    return sorted({n.strip() for n in names if n and n.strip()})


def choose_sections(*, draft: AbridgeDraft, keep: list[str]) -> None:
    """Save the kept sections and find the personal data within them (the proposals)."""
    pdf = source_pdf(draft)
    areas = analysis.kept_areas(draft.layout, keep)
    try:
        text = run_limited(analysis.kept_text, pdf, areas, seconds=60)
    except DocumentError as error:
        raise AbridgeError(error.message) from None
    try:
        findings = DETECTOR.detect(text, known=known_names(draft.vault))
    except pii.TextTooLong as error:
        raise AbridgeError(error.message) from None
    except DetectorUnavailable as error:
        raise AbridgeError(error.message) from None
    kinds: dict[str, str] = {}
    for finding in findings:
        kinds.setdefault(" ".join(finding.tekst.split()), finding.soort)
    names = [t for t, soort in kinds.items() if soort in pii.NAME_KINDS]
    try:
        boxes = run_limited(analysis.locate_terms, pdf, areas, list(kinds), names, seconds=60)
    except DocumentError as error:
        raise AbridgeError(error.message) from None
    child = [draft.vault.child_name] if draft.vault.child_name else []
    draft.keep_sections = keep
    draft.layout = {**draft.layout, "searched_for": keep}
    draft.proposals = [
        {"tekst": t, "soort": s, "child": keeps_name(t, child), "boxes": boxes.get(t, [])}
        for t, s in kinds.items()
    ]
    draft.accepted_findings = [p["tekst"] for p in draft.proposals if not p["child"]]
    draft.term_boxes = {}
    draft.updated_at = timezone.now()
    draft.save()
    set_extra_terms(draft=draft, text=draft.extra_terms)


def searched(draft: AbridgeDraft) -> bool:
    """True when the proposals were found for the sections now chosen (step 1 is done)."""
    return bool(draft.keep_sections) and draft.layout.get("searched_for") == draft.keep_sections


def set_extra_terms(*, draft: AbridgeDraft, text: str) -> None:
    terms = [t.strip() for t in text.splitlines() if t.strip()]
    missing = [t for t in terms if t not in draft.term_boxes]
    boxes = dict(draft.term_boxes)
    if missing:
        areas = analysis.kept_areas(draft.layout, draft.keep_sections)
        try:
            boxes.update(
                run_limited(analysis.locate_terms, source_pdf(draft), areas, missing, seconds=60)
            )
        except DocumentError as error:
            raise AbridgeError(error.message) from None
    draft.extra_terms = "\n".join(terms)
    draft.term_boxes = {t: boxes.get(t, []) for t in terms}
    draft.updated_at = timezone.now()
    draft.save()


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
