"""Make an abridged, truly redacted copy of a PDF, and only hand it out once verified.

What is removed is taken out of the file, not covered: the characters of each removed
word (found as whole words by their character boxes), the part of a picture that shows it
(found by OCR), vector graphics under each box (PyMuPDF redaction), whole pages whose sections are not kept, and
everything a PDF can carry besides its pages (metadata, XMP, annotations, form fields,
attachments, bookmarks, JavaScript). The copy is written anew in one revision. Everything
happens in memory; no plaintext reaches the disk.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dossierwijs.core.minimiser.locate import locate, term_pattern
from dossierwijs.core.minimiser.pii import NAME_KINDS, detect_personal_data, known_name_findings
from dossierwijs.core.minimiser.raster import image_hits, rasterise_page
from dossierwijs.core.minimiser.sections import SectionPlan, plan_sections
from dossierwijs.core.minimiser.verify import (
    ExtraCheck,
    VerificationReport,
    leak_pattern,
    verify_pdf,
)
from dossierwijs.core.minimiser.words import name_parts

Box = tuple[int, tuple[float, float, float, float]]  # page index (0-based), rectangle in points
Progress = Callable[[str, float], None]

BLACK = (0.0, 0.0, 0.0)
WHITE = (1.0, 1.0, 1.0)


# How a page of the copy was made (JSON "per_pagina" and the result page).
MADE_AS_TEXT = "tekst"
MADE_AS_TEXT_IMAGE_PART = "tekst; een deel van een afbeelding is weggelakt"
MADE_AS_IMAGE_WITH_OCR = "afbeelding met onzichtbare OCR-tekstlaag"
MADE_AS_COVER = "voorblad"


@dataclass
class AbridgeOptions:
    """What to keep and what to remove; see ``make_abridged_copy``.

    ``keep_sections``: headings to keep (empty: keep all). ``remove_terms``: the parent's
    words, removed in any case. ``remove_names``: names (accepted proposals) removed as
    written. ``manual_boxes``: ``(page index, rectangle)`` drawn by hand; only what is under
    them goes. ``remove_personal_data``: also remove what detection finds, except
    ``keep_names`` (the child's name, unless it is in ``remove_terms``). ``known``: names
    the vault knows. ``verify_terms``: words that must be gone without being looked for
    (e.g. those under a box the caller applied). ``extra_checks`` are added to the
    verification.
    """

    keep_sections: Sequence[str] = ()
    remove_terms: Sequence[str] = ()
    remove_names: Sequence[str] = ()
    manual_boxes: Sequence[Box] = ()
    remove_personal_data: bool = False
    known: Sequence[str] = ()
    keep_names: Sequence[str] = ()
    cover_page_text: str | None = None
    verify_terms: Sequence[str] = ()
    extra_checks: Sequence[ExtraCheck] = ()
    ocr: bool = True
    progress: Progress | None = None


@dataclass
class RedactionResult:
    """The copy (``output`` is None when it could not be made safely) and what was done."""

    output: bytes | None
    message: str
    removed_terms: list[dict[str, str]] = field(default_factory=list)
    removed_sections: list[str] = field(default_factory=list)
    removed_pages: list[int] = field(default_factory=list)
    manual_boxes: int = 0
    rasterised_pages: list[int] = field(default_factory=list)
    verification: VerificationReport | None = None
    # Per page of the copy (cover included), how it was made: one of the MADE_AS texts.
    pages_made: list[str] = field(default_factory=list)
    # Anything else the parent should know about this copy (Dutch sentences).
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.output is not None

    def as_dict(self) -> dict[str, Any]:
        return {
            "gelukt": self.ok,
            "melding": self.message,
            "verwijderd": {
                "teksten": self.removed_terms,
                "hoofdstukken": self.removed_sections,
                "paginas": [p + 1 for p in self.removed_pages],
                "handmatige_vakken": self.manual_boxes,
                "als_afbeelding_bewerkt": [p + 1 for p in self.rasterised_pages],
            },
            "controles": self.verification.as_list() if self.verification else [],
            "per_pagina": [
                {"pagina": n, "gemaakt_als": how} for n, how in enumerate(self.pages_made, 1)
            ],
            "opmerkingen": self.notes,
        }


def _fail(message: str, **kwargs: Any) -> RedactionResult:
    return RedactionResult(output=None, message=message, **kwargs)


def _name_words(names: Iterable[str]) -> set[str]:
    return {w.lower() for name in names for w in re.split(r"[\s-]+", name) if w}


def keeps_name(text: str, keep_names: Iterable[str]) -> bool:
    """True when ``text`` only refers to a name that stays (the child: "Thijs", "Thijs V.",
    "Thijs' ", "Sanne's", "Thijsje")."""
    keep_words = _name_words(keep_names)
    if not keep_words:
        return False
    for word in text.split():
        bare = word.lower().strip(",;:")
        bare = re.sub(r"(?:['’]s|['’])$", "", bare)
        if bare in keep_words:
            continue
        if re.fullmatch(r"\w\.", bare) and any(k.startswith(bare[0]) for k in keep_words):
            continue
        if any(
            bare.startswith(k) and bare[len(k) :] in ("je", "tje", "pje", "ie") for k in keep_words
        ):
            continue
        return False
    return True


def make_abridged_copy(
    pdf_bytes: bytes, options: AbridgeOptions | None = None, **kwargs: Any
) -> RedactionResult:
    """Make the abridged copy and verify it; see the module docstring and ``AbridgeOptions``.

    Options may be given as an ``AbridgeOptions`` or as its fields by keyword.
    """
    opts = options or AbridgeOptions(**kwargs)
    doc = _open_pdf(pdf_bytes)
    if isinstance(doc, str):
        return _fail(doc)
    _progress(opts, "hoofdstukken zoeken", 0.05)
    plan = plan_sections(doc, opts.keep_sections)
    if isinstance(plan, str):
        return _fail(plan)
    _progress(opts, "persoonsgegevens zoeken", 0.15)
    reported = _terms_to_remove(doc, plan, opts)
    terms = _with_name_parts(reported, opts.keep_names)
    _progress(opts, "weglakken", 0.3)
    copy = _write_copy(doc, plan, terms, opts)
    check = _Check(
        removed=[*terms, *copy.words_under_boxes, *opts.verify_terms],
        names=[t for t, (_, case_sensitive) in terms.items() if case_sensitive],
        removed_lines=plan.removed_lines,
        opts=opts,
    )
    _progress(opts, "controleren", 0.6)
    report = check.run(copy.output)
    rasterised: list[int] = []
    if not report.passed and report.leaking_pages and not report.leaks_outside_pages:
        # Last resort, page by page: a picture of the page with an OCR text layer.
        _progress(opts, "pagina's als afbeelding bewerken", 0.75)
        rasterised = sorted(report.leaking_pages)
        _rasterise_pages(copy, rasterised, check)
        _progress(opts, "opnieuw controleren", 0.85)
        report = check.run(copy.output)
    _progress(opts, "klaar", 1.0)
    details: dict[str, Any] = {
        "removed_terms": [{"tekst": t, "soort": s} for t, (s, _) in reported.items()],
        "removed_sections": plan.removed_sections,
        "removed_pages": sorted(plan.drop_pages),
        "manual_boxes": len(opts.manual_boxes),
        "verification": report,
        "rasterised_pages": rasterised,
    }
    if not report.passed:
        failed = ", ".join(c.name for c in report.checks if not c.passed)
        return _fail(
            "De verkorte versie is niet gemaakt: bij de controle bleek dat weggehaalde "
            f"gegevens nog in het bestand te vinden waren ({failed}). Zo voorkomen we dat u "
            "per ongeluk meer deelt dan u wilt. Probeer het met een ander bestand (bijvoorbeeld "
            "een scan), of lak met de hand meer weg.",
            **details,
        )
    return RedactionResult(
        output=copy.output,
        message="De verkorte versie is gemaakt en gecontroleerd: wat weg moest, is weg.",
        pages_made=copy.pages_made,
        **details,
    )


def _progress(opts: AbridgeOptions, step: str, fraction: float) -> None:
    if opts.progress:
        opts.progress(step, fraction)


def _open_pdf(pdf_bytes: bytes) -> Any:
    """The opened document, or a Dutch message why it cannot be abridged."""
    import pymupdf

    try:
        doc: Any = pymupdf.open(stream=pdf_bytes, filetype="pdf")
    except Exception:
        return "Dit PDF-bestand is beschadigd en kan niet worden gelezen."
    if doc.needs_pass:
        return "Dit PDF-bestand is beveiligd met een wachtwoord; maak eerst een kopie zonder."
    if len(doc) == 0:
        return "Dit PDF-bestand heeft geen pagina's."
    return doc


def _with_name_parts(
    terms: dict[str, tuple[str, bool]], keep_names: Sequence[str]
) -> dict[str, tuple[str, bool]]:
    """A name's parts go too (her surname on a stamp, his first name in a picture); only the
    names themselves are reported, so this is a copy of ``terms``."""
    with_parts = dict(terms)
    for term, (soort, case_sensitive) in terms.items():
        if case_sensitive and soort in ("persoon", "school", "instelling"):
            for part in name_parts(term):
                if not keeps_name(part, keep_names):
                    with_parts.setdefault(part, (soort, True))
    return with_parts


@dataclass
class _Copy:
    output: bytes
    pages_made: list[str]  # per page of the copy, one of the MADE_AS texts
    words_under_boxes: list[str]  # gone from the copy, so the verification checks them too


def _write_copy(
    doc: Any, plan: SectionPlan, terms: dict[str, tuple[str, bool]], opts: AbridgeOptions
) -> _Copy:
    """Redact, drop the pages not kept, strip the rest of the file, add the cover page."""
    box_words = _redact(doc, plan, terms, opts)
    if plan.drop_pages:
        doc.delete_pages(sorted(plan.drop_pages))
    strip_everything_but_pages(doc)
    pages_made = [
        MADE_AS_TEXT_IMAGE_PART if n in box_words.image_pages else MADE_AS_TEXT
        for n in range(len(doc))
    ]
    if opts.cover_page_text:
        doc.insert_page(0, text=opts.cover_page_text, fontsize=11, fontname="helv")
        pages_made.insert(0, MADE_AS_COVER)
    rest = "\n".join(page.get_text() for page in doc)
    gone = [w for w in box_words.words if not leak_pattern(w).search(rest)]
    return _Copy(doc.tobytes(garbage=4, deflate=True, clean=True), pages_made, gone)


@dataclass
class _Check:
    """What the verification looks for in the copy."""

    removed: list[str]
    names: list[str]  # matched case-sensitively
    removed_lines: list[str]
    opts: AbridgeOptions

    def run(self, pdf: bytes) -> VerificationReport:
        return verify_pdf(
            pdf,
            self.removed,
            removed_lines=self.removed_lines,
            ocr=self.opts.ocr,
            extra_checks=self.opts.extra_checks,
            names=self.names,
        )


def _rasterise_pages(copy: _Copy, numbers: list[int], check: _Check) -> None:
    """Make each page in ``numbers`` a picture with an OCR text layer, without the removed."""
    import pymupdf

    fixed: Any = pymupdf.open(stream=copy.output, filetype="pdf")
    patterns = [
        term_pattern(t, case_sensitive=t in check.names) for t in check.removed if t.strip()
    ]
    for number in numbers:
        rasterise_page(fixed, number, patterns)
        copy.pages_made[number] = MADE_AS_IMAGE_WITH_OCR
    strip_everything_but_pages(fixed)
    copy.output = fixed.tobytes(garbage=4, deflate=True, clean=True)


def _terms_to_remove(
    doc: Any, plan: SectionPlan, opts: AbridgeOptions
) -> dict[str, tuple[str, bool]]:
    """Each term to remove → (its kind, whether it is matched case-sensitively)."""
    terms: dict[str, tuple[str, bool]] = {
        t.strip(): ("term", False) for t in opts.remove_terms if t.strip()
    }
    for name in opts.remove_names:
        if name.strip():
            terms.setdefault(" ".join(name.split()), ("persoon", True))
    if opts.remove_personal_data or opts.known:
        text = "\n".join(doc[n].get_text() for n in range(len(doc)) if n not in plan.drop_pages)
        # Without remove_personal_data only the names the vault knows are removed.
        findings = (
            detect_personal_data(text, known=list(opts.known), extra_terms=list(opts.remove_terms))
            if opts.remove_personal_data
            else known_name_findings(text, opts.known)
        )
        for finding in findings:
            if not keeps_name(finding.tekst, opts.keep_names):
                case_sensitive = finding.soort in NAME_KINDS
                terms.setdefault(" ".join(finding.tekst.split()), (finding.soort, case_sensitive))
    return terms


@dataclass
class _Redacted:
    words: list[str] = field(default_factory=list)  # under the parent's boxes
    image_pages: set[int] = field(default_factory=set)  # numbers in the copy (no cover)


def _redact(
    doc: Any, plan: SectionPlan, terms: dict[str, tuple[str, bool]], opts: AbridgeOptions
) -> _Redacted:
    """Remove, page by page, the removed sections' areas, the terms (by their characters and
    in pictures by OCR) and the parent's boxes."""
    import pymupdf

    mupdf: Any = pymupdf
    done = _Redacted()
    wanted = [(t, case_sensitive) for t, (_, case_sensitive) in terms.items()]
    patterns = [term_pattern(t, case_sensitive=c) for t, c in wanted]
    kept_number = 0
    for number, page in enumerate(doc):
        if number in plan.drop_pages:
            continue
        blank = [pymupdf.Rect(area) for area in plan.areas.get(number, [])]
        for area in blank:
            page.add_redact_annot(area, fill=WHITE)
        for boxes in locate(page, wanted).values():
            for box in boxes:
                rect = pymupdf.Rect(box)
                # Inside a removed section the white box already takes it away.
                if not any(area.contains(rect) for area in blank):
                    page.add_redact_annot(rect, fill=BLACK)
        if opts.ocr:
            for box in image_hits(doc, page, patterns):
                if not any(area.contains(pymupdf.Rect(box)) for area in blank):
                    page.add_redact_annot(pymupdf.Rect(box), fill=BLACK)
                    done.image_pages.add(kept_number)
        for box_page, drawn in opts.manual_boxes:
            if box_page == number:
                area = pymupdf.Rect(drawn)
                under = [
                    w[4] for w in page.get_text("words") if pymupdf.Rect(w[:4]).intersects(area)
                ]
                done.words += [b for w in under if len(b := re.sub(r"^\W+|\W+$", "", w)) >= 3]
                page.add_redact_annot(area, fill=BLACK)
        page.apply_redactions(
            images=mupdf.PDF_REDACT_IMAGE_PIXELS,  # blank the pixels under the box
            graphics=mupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
            text=mupdf.PDF_REDACT_TEXT_REMOVE,
        )
        kept_number += 1
    done.words = sorted(set(done.words))
    return done


def strip_everything_but_pages(doc: Any) -> None:
    """Remove all a PDF carries besides its pages' content: nothing hides in the corners."""
    for page in doc:
        while page.first_widget:
            page.delete_widget(page.first_widget)
        while page.first_annot:
            page.delete_annot(page.first_annot)
        for link in page.get_links():
            page.delete_link(link)
        for key in ("AA", "Annots", "Thumb", "PieceInfo"):
            doc.xref_set_key(page.xref, key, "null")
    doc.scrub(hidden_text=False, redactions=False)
    for name in doc.embfile_names():
        doc.embfile_del(name)
    doc.set_metadata({})
    doc.del_xml_metadata()
    doc.set_toc([])
    catalog = doc.pdf_catalog()
    for key in (
        "Names", "OpenAction", "AA", "AcroForm", "Outlines", "Metadata", "PieceInfo",
        "StructTreeRoot", "MarkInfo", "Dests", "Threads", "SpiderInfo", "URI",
    ):  # fmt: skip
        doc.xref_set_key(catalog, key, "null")
