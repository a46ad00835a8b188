"""Make an abridged, truly redacted copy of a PDF, and only hand it out once verified.

What is removed is taken out of the file, not covered: text, image pixels and vector
graphics under each box (PyMuPDF redaction), whole pages whose sections are not kept, and
everything a PDF can carry besides its pages (metadata, XMP, annotations, form fields,
attachments, bookmarks, JavaScript). The copy is written anew in one revision. Everything
happens in memory; no plaintext reaches the disk.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dossierwijs.core.minimiser.pii import Finding, detect_personal_data, known_name_findings
from dossierwijs.core.minimiser.raster import rasterise_page
from dossierwijs.core.minimiser.sections import Section, find_sections, section_is_kept
from dossierwijs.core.minimiser.verify import ExtraCheck, VerificationReport, verify_pdf

Box = tuple[int, tuple[float, float, float, float]]  # page index (0-based), rectangle in points
Progress = Callable[[str, float], None]

BLACK = (0.0, 0.0, 0.0)
WHITE = (1.0, 1.0, 1.0)


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
        }


def _fail(message: str, **kwargs: Any) -> RedactionResult:
    return RedactionResult(output=None, message=message, **kwargs)


def keeps_name(text: str, keep_names: Iterable[str]) -> bool:
    """True when ``text`` only refers to a name that stays (the child: "Thijs", "Thijs V.")."""
    keep_words = {w.lower() for name in keep_names for w in re.split(r"[\s-]+", name) if w}
    if not keep_words:
        return False
    for word in text.split():
        bare = word.lower().strip(",;:")
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
    pdf_bytes: bytes,
    keep_sections: Sequence[str] = (),
    remove_terms: Sequence[str] = (),
    manual_boxes: Sequence[Box] = (),
    remove_personal_data: bool = False,
    known: Sequence[str] = (),
    cover_page_text: str | None = None,
    progress: Progress | None = None,
    *,
    keep_names: Sequence[str] = (),
    extra_checks: Sequence[ExtraCheck] = (),
    ocr: bool = True,
) -> RedactionResult:
    """Make the abridged copy and verify it; see the module docstring.

    ``keep_sections``: headings to keep (empty: keep all). ``remove_terms``: the parent's
    words, always removed. ``remove_personal_data``: also remove what detection finds,
    except ``keep_names`` (the child's name, unless it is in ``remove_terms``).
    ``extra_checks`` are added to the verification (e.g. a stricter check of the caller).
    """
    import pymupdf

    mupdf: Any = pymupdf

    def step(name: str, fraction: float) -> None:
        if progress:
            progress(name, fraction)

    try:
        doc: Any = pymupdf.open(stream=pdf_bytes, filetype="pdf")
    except Exception:
        return _fail("Dit PDF-bestand is beschadigd en kan niet worden gelezen.")
    if doc.needs_pass:
        return _fail(
            "Dit PDF-bestand is beveiligd met een wachtwoord; maak eerst een kopie zonder."
        )
    if len(doc) == 0:
        return _fail("Dit PDF-bestand heeft geen pagina's.")

    step("hoofdstukken zoeken", 0.05)
    removed_areas: dict[int, list[tuple[float, float, float, float]]] = {}
    removed_sections: list[str] = []
    drop_pages: set[int] = set()
    if keep_sections:
        sections = find_sections(doc)
        kept = [s for s in sections if section_is_kept(s, list(keep_sections))]
        if not kept:
            names = ", ".join(s.title for s in sections if s.kind != "begin") or "geen"
            return _fail(
                "De hoofdstukken die u wilt houden staan niet in dit document. "
                f"Gevonden hoofdstukken: {names}."
            )
        drop_pages, removed_areas = _areas_to_remove(doc, sections, kept)
        removed_sections = [s.title for s in sections if s not in kept]
    removed_lines = _lines_in_areas(doc, removed_areas, drop_pages)

    step("persoonsgegevens zoeken", 0.15)
    terms: dict[str, str] = {t.strip(): "term" for t in remove_terms if t.strip()}
    if remove_personal_data or known:
        text = "\n".join(doc[n].get_text() for n in range(len(doc)) if n not in drop_pages)
        # Without remove_personal_data only the names the vault knows are removed.
        findings = (
            _findings(text, known, remove_terms)
            if remove_personal_data
            else known_name_findings(text, known)
        )
        for finding in findings:
            if not keeps_name(finding.tekst, keep_names):
                terms.setdefault(" ".join(finding.tekst.split()), finding.soort)

    step("weglakken", 0.3)
    boxes_text: list[str] = []
    for number, page in enumerate(doc):
        if number in drop_pages:
            continue
        blank = [pymupdf.Rect(area) for area in removed_areas.get(number, [])]
        for area in blank:
            page.add_redact_annot(area, fill=WHITE)
        for term in terms:
            for rect in _term_rects(page, term):
                # Inside a removed section the white box already takes it away.
                if not any(area.contains(rect) for area in blank):
                    page.add_redact_annot(rect, fill=BLACK)
        for box_page, rect in manual_boxes:
            if box_page == number:
                under = page.get_textbox(pymupdf.Rect(rect)).strip()
                boxes_text.extend(w for w in under.split() if len(w) >= 2)
                page.add_redact_annot(pymupdf.Rect(rect), fill=BLACK)
        page.apply_redactions(
            images=mupdf.PDF_REDACT_IMAGE_PIXELS,  # blank the pixels under the box
            graphics=mupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
            text=mupdf.PDF_REDACT_TEXT_REMOVE,
        )
    if drop_pages:
        doc.delete_pages(sorted(drop_pages))
    strip_everything_but_pages(doc)
    if cover_page_text:
        doc.insert_page(0, text=cover_page_text, fontsize=11, fontname="helv")
    output = doc.tobytes(garbage=4, deflate=True, clean=True)

    removed = list(terms) + boxes_text
    details: dict[str, Any] = {
        "removed_terms": [{"tekst": t, "soort": s} for t, s in terms.items()],
        "removed_sections": removed_sections,
        "removed_pages": sorted(drop_pages),
        "manual_boxes": len(manual_boxes),
    }
    step("controleren", 0.6)
    report = verify_pdf(
        output, removed, removed_lines=removed_lines, ocr=ocr, extra_checks=extra_checks
    )
    rasterised: list[int] = []
    if not report.passed and report.leaking_pages and not report.leaks_outside_pages:
        step("pagina's als afbeelding bewerken", 0.75)
        fixed: Any = pymupdf.open(stream=output, filetype="pdf")
        rasterised = sorted(report.leaking_pages)
        for number in rasterised:
            rasterise_page(fixed, number, removed)
        strip_everything_but_pages(fixed)
        output = fixed.tobytes(garbage=4, deflate=True, clean=True)
        step("opnieuw controleren", 0.85)
        report = verify_pdf(
            output, removed, removed_lines=removed_lines, ocr=ocr, extra_checks=extra_checks
        )
    step("klaar", 1.0)
    if not report.passed:
        failed = ", ".join(c.name for c in report.checks if not c.passed)
        return _fail(
            "De verkorte versie is niet gemaakt: bij de controle bleek dat weggehaalde "
            f"gegevens nog in het bestand te vinden waren ({failed}). Zo voorkomen we dat u "
            "per ongeluk meer deelt dan u wilt. Probeer het met een ander bestand (bijvoorbeeld "
            "een scan), of lak met de hand meer weg.",
            verification=report,
            rasterised_pages=rasterised,
            **details,
        )
    return RedactionResult(
        output=output,
        message="De verkorte versie is gemaakt en gecontroleerd: wat weg moest, is weg.",
        verification=report,
        rasterised_pages=rasterised,
        **details,
    )


def _findings(text: str, known: Sequence[str], extra: Sequence[str]) -> list[Finding]:
    return detect_personal_data(text, known=list(known), extra_terms=list(extra))


def _term_rects(page: Any, term: str) -> list[Any]:
    rects = page.search_for(term)
    words = term.split()
    if not rects and len(words) > 1:
        # A phrase broken over two lines: remove its words one by one.
        for word in words:
            if len(word) >= 3 and (word[0].isupper() or any(c.isdigit() for c in word)):
                rects.extend(page.search_for(word))
    return rects


def _areas_to_remove(
    doc: Any, sections: list[Section], kept: list[Section]
) -> tuple[set[int], dict[int, list[tuple[float, float, float, float]]]]:
    kept_pages = {page for s in kept for page, _ in s.areas}
    drop = {n for n in range(len(doc)) if n not in kept_pages}
    areas: dict[int, list[tuple[float, float, float, float]]] = {}
    for section in sections:
        if section in kept:
            continue
        for page, rect in section.areas:
            if page not in drop:
                areas.setdefault(page, []).append(rect)
    return drop, areas


def _lines_in_areas(
    doc: Any, areas: dict[int, list[tuple[float, float, float, float]]], drop_pages: set[int]
) -> list[str]:
    """Lines of text that go with removed sections, for the verification."""
    import pymupdf

    removed: list[str] = []
    kept: list[str] = []
    for number, page in enumerate(doc):
        page_areas = [pymupdf.Rect(a) for a in areas.get(number, [])]
        for block in page.get_text("blocks"):
            inside = number in drop_pages or any(
                pymupdf.Rect(block[:4]).intersects(a) for a in page_areas
            )
            for line in str(block[4]).splitlines():
                (removed if inside else kept).append(line.strip())
    kept_set = {" ".join(k.split()).lower() for k in kept}
    return [r for r in removed if " ".join(r.split()).lower() not in kept_set]


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
