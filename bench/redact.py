"""Redaction plus verification on a generated 40-page report, next to a bare PyMuPDF pass.

The report has numbered sections, names, phone numbers and addresses on every page, and on
every tenth page the child's name only inside a picture (a scanned note), which only OCR
finds: that part of the picture is blacked out (no page needs to become a picture).
Printed, in the same run:
- the bare baseline: PyMuPDF searches the same names, adds a redaction per hit, applies
  them and saves (no verification, no OCR, substring search);
- ours for three runs (names only; personal data; keep two sections + personal data),
  with the share of pages rasterised (goal: names only, redact and verify, < 10 s);
- a 3-page report from "Verder" to the proposals (kept text, detection in the warm
  worker, the proposals' places on the pages), as the web step does it (goal < 3 s).
deduce is loaded before timing starts.
Run: .venv/bin/python bench/redact.py
"""

from __future__ import annotations

import os
import sys
import time

import pymupdf

PAGES = 40
CHILD = "Jesse Bosveld"
NAMES = ["Ingrid Bosveld-Tromp", "Roos Akkerman", "Merel Bosveld"]
HEADINGS = ["Aanleiding", "Anamnese", "Observaties", "Testresultaten", "Conclusie", "Advies"]


def build_report(pages: int = PAGES) -> bytes:
    doc = pymupdf.open()
    picture = pymupdf.open()
    canvas = picture.new_page(width=420, height=60)
    canvas.insert_text((10, 40), CHILD, fontsize=28)
    png = canvas.get_pixmap(dpi=150).tobytes("png")
    for number in range(pages):
        page = doc.new_page()
        section = HEADINGS[min(number * len(HEADINGS) // pages, len(HEADINGS) - 1)]
        y = 60
        if number == 0 or section != HEADINGS[min((number - 1) * len(HEADINGS) // pages, 5)]:
            page.insert_text((50, y), f"{HEADINGS.index(section) + 1}. {section}", fontsize=14,
                             fontname="hebo")  # fmt: skip
            y += 30
        for line in range(40):
            name = NAMES[(number + line) % len(NAMES)]
            text = (
                f"Regel {line}: {name} besprak met {CHILD} de voortgang; bel 06-1234{line:04d}."
                if line % 4 == 0
                else f"Regel {line}: de leerling werkt aan lezen en rekenen met extra uitleg."
            )
            page.insert_text((50, y), text, fontsize=9)
            y += 17
        if number % 10 == 5:
            page.insert_image(pymupdf.Rect(300, 760, 520, 792), stream=png)
    return doc.tobytes(garbage=3, deflate=True)


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (tesseract): fair on a busy machine."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def run(label: str, pdf: bytes, **kwargs) -> None:
    from dossierwijs.core.minimiser.redact import make_abridged_copy

    started, cpu_started = time.perf_counter(), _cpu_seconds()
    result = make_abridged_copy(pdf, **kwargs)
    seconds = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu_started
    out_pages = len(pymupdf.open(stream=result.output)) if result.output else 0
    share = len(result.rasterised_pages) / out_pages if out_pages else 0.0
    print(
        f"{label:<42} {PAGES / seconds:5.2f} pagina's/s ({seconds:5.1f} s; per CPU-seconde "
        f"{PAGES / cpu:5.2f}, {cpu:5.1f} CPU-s incl. tesseract), "
        f"{out_pages} pagina's uit, gerasterd: {len(result.rasterised_pages)} = {share:.1%}, "
        f"gelukt: {result.ok})"
    )
    if not result.ok:
        print("  ", result.message)


def bare_pass(pdf: bytes, terms: list[str]) -> tuple[float, float]:
    """The baseline: search, redact, apply, save with PyMuPDF alone (wall and CPU seconds)."""
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    for page in doc:
        for term in terms:
            for rect in page.search_for(term):
                page.add_redact_annot(rect, fill=(0, 0, 0))
        page.apply_redactions()
    doc.tobytes(garbage=4, deflate=True)
    return time.perf_counter() - started, _cpu_seconds() - cpu_started


def verder_to_proposals(pdf: bytes, keep: list[str]) -> tuple[float, int]:
    """Step 1's "Verder" as the web app does it, with the detector's worker warm."""
    from dossierwijs.core.minimiser import analysis
    from dossierwijs.core.minimiser.pii import NAME_KINDS
    from dossierwijs.core.minimiser.worker import DETECTOR

    layout = analysis.read_layout(pdf)  # done on step 1, before "Verder"
    started = time.perf_counter()
    areas = analysis.kept_areas(layout, keep)
    text = analysis.kept_text(pdf, areas)
    findings = DETECTOR.detect(text, known=[CHILD])
    kinds = {" ".join(f.tekst.split()): f.soort for f in findings}
    names = [t for t, soort in kinds.items() if soort in NAME_KINDS]
    analysis.locate_terms(pdf, areas, list(kinds), names)
    return time.perf_counter() - started, len(kinds)


def main() -> int:
    from dossierwijs.core.minimiser.pii import warm_up
    from dossierwijs.core.minimiser.worker import DETECTOR

    pdf = build_report()
    started = time.perf_counter()
    warm_up()
    DETECTOR.detect("Warm: Jan Jansen.")
    print(f"deduce geladen in {time.perf_counter() - started:.1f} s (buiten de metingen)")
    print(f"rapport van {PAGES} pagina's, {len(pdf) // 1024} kB")
    seconds, cpu = bare_pass(pdf, [CHILD, *NAMES])
    print(f"{'kaal: PyMuPDF zoeken + weglakken + opslaan':<42} {PAGES / seconds:5.2f} pagina's/s "
          f"({seconds:5.1f} s; per CPU-seconde {PAGES / cpu:5.2f}, {cpu:5.1f} CPU-s; "
          "zonder controle, zonder OCR)")  # fmt: skip
    run("namen weg (--verwijder)", pdf, remove_terms=[CHILD, *NAMES])
    run("persoonsgegevens weg", pdf, remove_personal_data=True, known=[CHILD, *NAMES])
    run(
        "Conclusie + Advies, persoonsgegevens weg",
        pdf,
        keep_sections=["Conclusie", "Advies"],
        remove_personal_data=True,
        known=[CHILD, *NAMES],
    )
    small = build_report(3)
    times = [verder_to_proposals(small, ["Aanleiding", "Anamnese"]) for _ in range(3)]
    best = min(t for t, _ in times)
    print(
        f"3 pagina's, 'Verder' tot voorstellen (worker warm): {best:.2f} s "
        f"(beste van 3; {times[0][1]} voorstellen; doel < 3 s)"
    )
    DETECTOR.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
