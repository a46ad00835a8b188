"""Find the sections of a report (Aanleiding, Anamnese, Conclusie, Advies, …) from its layout.

A heading is a short line that either names a usual report section or stands out from the
body text (bold or larger). Each section runs from its heading to the next heading.
``plan_sections`` says what goes when only some sections are kept.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# Usual section names in Dutch psychological, therapy and school reports, by kind.
SECTION_KINDS: dict[str, tuple[str, ...]] = {
    "aanleiding": ("aanleiding", "reden van aanmelding", "aanmelding", "verwijzing"),
    "hulpvraag": (
        "hulpvraag", "hulpvragen", "vraagstelling", "onderzoeksvraag", "onderzoeksvragen",
    ),
    "anamnese": (
        "anamnese", "voorgeschiedenis", "ontwikkelingsgeschiedenis", "achtergrond",
        "achtergrondgegevens", "gezinssituatie",
    ),
    "observaties": ("observatie", "observaties", "gedragsobservatie", "gedragsobservaties"),
    "onderzoek": (
        "testresultaten", "onderzoeksresultaten", "onderzoek", "resultaten", "testgegevens",
        "bevindingen", "onderzoeksgegevens", "testonderzoek", "psychodiagnostisch onderzoek",
    ),
    "conclusie": ("conclusie", "conclusies", "beeldvorming", "samenvatting en conclusie"),
    "samenvatting": ("samenvatting",),
    "diagnose": ("diagnose", "diagnostiek", "classificatie", "dsm-5", "diagnostische conclusie"),
    "advies": (
        "advies", "adviezen", "aanbevelingen", "aanbeveling", "handelingsadviezen",
        "behandeladvies", "advies en aanbevelingen", "adviezen voor school",
    ),
    "behandeling": ("behandeling", "behandelplan", "verloop", "verloop van de behandeling"),
    "afsluiting": ("afsluiting", "evaluatie", "ondertekening", "bijlage", "bijlagen"),
}  # fmt: skip
FOR_SCHOOL = ("conclusie", "advies")
BEGIN = "begin"

_NUMBERING = re.compile(r"^(?:hoofdstuk\s+)?(?:\d+(?:\.\d+)*[.:]?|[IVX]+[.:])\s+", re.IGNORECASE)


@dataclass
class Section:
    """One section: its heading as written, its kind, and the areas it covers per page."""

    title: str
    kind: str
    areas: list[tuple[int, tuple[float, float, float, float]]] = field(default_factory=list)

    @property
    def pages(self) -> list[int]:
        return sorted({page for page, _ in self.areas})

    def as_dict(self) -> dict[str, Any]:
        return {"titel": self.title, "soort": self.kind, "paginas": [p + 1 for p in self.pages]}


def heading_kind(line: str) -> str | None:
    """The kind of section a heading line names, or None when it is no usual heading."""
    words = _NUMBERING.sub("", line.strip()).rstrip(":").strip().lower()
    if not words or len(words) > 60 or len(words.split()) > 6:
        return None
    best: tuple[int, str] | None = None
    for kind, names in SECTION_KINDS.items():
        for name in names:
            matches = words == name or words.startswith(name + " ")
            if matches and (best is None or len(name) > best[0]):
                best = (len(name), kind)
    return best[1] if best else None


def _lines(page: Any) -> list[dict[str, Any]]:
    lines = []
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            spans = [s for s in line["spans"] if s["text"].strip()]
            if not spans:
                continue
            text = "".join(s["text"] for s in line["spans"]).strip()
            bold = all(s["flags"] & 16 or "bold" in s["font"].lower() for s in spans)
            size = max(s["size"] for s in spans)
            chars = sum(len(s["text"]) for s in spans)
            lines.append(
                {"text": text, "bbox": line["bbox"], "bold": bold, "size": size, "n": chars}
            )
    lines.sort(key=lambda ln: (round(ln["bbox"][1], 1), ln["bbox"][0]))
    return lines


def _is_heading(line: dict[str, Any], body_size: float) -> str | None:
    text = line["text"]
    stands_out = line["bold"] or line["size"] >= body_size + 1.0
    kind = heading_kind(text)
    looks_like_heading = stands_out or _NUMBERING.match(text) or len(text.split()) <= 4
    if kind and looks_like_heading and not text.endswith((".", ",", ";")):
        return kind
    if (
        stands_out
        and len(text) <= 70
        and len(text.split()) <= 8
        and ":" not in text.rstrip(":")
        and not text.endswith((".", ",", ";"))
        and (text[0].isupper() or text[0].isdigit())
    ):
        return "overig"
    return None


def find_sections(pdf: bytes | Any) -> list[Section]:
    """Return the document's sections in reading order (accepts PDF bytes or an open document).

    The part before the first heading is returned as kind ``"begin"`` (letterhead, names).
    """
    import pymupdf

    doc: Any = (
        pymupdf.open(stream=pdf, filetype="pdf") if isinstance(pdf, bytes | bytearray) else pdf
    )
    pages = [_lines(page) for page in doc]
    sizes = [ln["size"] for lines in pages for ln in lines for _ in range(max(1, ln["n"] // 10))]
    body = statistics.median(sizes) if sizes else 11.0
    headings: list[tuple[int, float, str, str]] = []
    for number, lines in enumerate(pages):
        for line in lines:
            kind = _is_heading(line, body)
            if kind:
                headings.append((number, line["bbox"][1] - 1.0, line["text"], kind))
    starts = [(0, 0.0, "Begin van het document", BEGIN), *headings]
    sections = []
    for index, (page_no, top, title, kind) in enumerate(starts):
        end_page, end_top = (
            (starts[index + 1][0], starts[index + 1][1])
            if index + 1 < len(starts)
            else (len(doc) - 1, float(doc[len(doc) - 1].rect.height) if len(doc) else 0.0)
        )
        section = Section(title=_NUMBERING.sub("", title).strip().rstrip(":"), kind=kind)
        for page in range(page_no, end_page + 1):
            rect = doc[page].rect
            y0 = top if page == page_no else 0.0
            y1 = end_top if page == end_page else float(rect.height)
            if y1 - y0 > 0.5:
                section.areas.append((page, (0.0, y0, float(rect.width), y1)))
        if section.areas or kind != BEGIN:
            sections.append(section)
    return sections


def section_is_kept(section: Section, keep: list[str]) -> bool:
    """``--houd "Advies"`` keeps "6. Advies en aanbevelingen" and every other advice section."""
    wanted = [k.strip().lower() for k in keep if k.strip()]
    title = section.title.lower()
    return any(w == section.kind or w in title or heading_kind(w) == section.kind for w in wanted)


def proposal_for_school(sections: list[Section]) -> list[str]:
    """Titles to keep "voor school": the conclusion and the advice, nothing else."""
    return [s.title for s in sections if s.kind in FOR_SCHOOL]


def find_sections_in_text(text: str) -> list[tuple[str, str, int, int]]:
    """Sections of plain text (a .txt or a Word file's text): ``(title, kind, begin, end)``.

    Without layout, a heading is a line of its own that names a usual section.
    """
    starts: list[tuple[str, str, int]] = [("Begin van het document", BEGIN, 0)]
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        kind = heading_kind(stripped) if len(stripped.split()) <= 6 else None
        if kind and not stripped.endswith((".", ",", ";")):
            title = _NUMBERING.sub("", stripped).strip().rstrip(":")
            starts.append((title, kind, offset))
        offset += len(line)
    ends = [s[2] for s in starts[1:]] + [len(text)]
    return [
        (title, kind, begin, end)
        for (title, kind, begin), end in zip(starts, ends, strict=True)
        if end > begin or kind != BEGIN
    ]


@dataclass
class SectionPlan:
    """Which pages go, which areas of kept pages go, and the lines that went with them."""

    drop_pages: set[int] = field(default_factory=set)
    areas: dict[int, list[tuple[float, float, float, float]]] = field(default_factory=dict)
    removed_sections: list[str] = field(default_factory=list)
    removed_lines: list[str] = field(default_factory=list)


def plan_sections(doc: Any, keep_sections: Sequence[str]) -> SectionPlan | str:
    """What goes with the sections that are not kept (none when ``keep_sections`` is empty);
    a Dutch message when none of them is found."""
    plan = SectionPlan()
    if keep_sections:
        sections = find_sections(doc)
        kept = [s for s in sections if section_is_kept(s, list(keep_sections))]
        if not kept:
            names = ", ".join(s.title for s in sections if s.kind != "begin") or "geen"
            return (
                "De hoofdstukken die u wilt houden staan niet in dit document. "
                f"Gevonden hoofdstukken: {names}."
            )
        plan.drop_pages, plan.areas = _areas_to_remove(doc, sections, kept)
        plan.removed_sections = [s.title for s in sections if s not in kept]
    plan.removed_lines = _lines_in_areas(doc, plan.areas, plan.drop_pages)
    return plan


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
