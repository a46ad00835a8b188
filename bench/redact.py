"""Pages per second for redaction plus verification on a generated 40-page report.

The report has numbered sections, names, phone numbers and addresses on every page, and on
every tenth page the child's name only inside a picture (a scanned note), which only OCR
finds: those pages have to be rasterised. Printed: pages per second for three runs (names
only; personal data; keep two sections + personal data) and the share of pages rasterised.
deduce is loaded before timing starts (it loads once per process).
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


def main() -> int:
    from dossierwijs.core.minimiser.pii import warm_up

    pdf = build_report()
    started = time.perf_counter()
    warm_up()
    print(f"deduce geladen in {time.perf_counter() - started:.1f} s (buiten de metingen)")
    print(f"rapport van {PAGES} pagina's, {len(pdf) // 1024} kB")
    run("namen weg (--verwijder)", pdf, remove_terms=[CHILD, *NAMES])
    run("persoonsgegevens weg", pdf, remove_personal_data=True, known=[CHILD, *NAMES])
    run(
        "Conclusie + Advies, persoonsgegevens weg",
        pdf,
        keep_sections=["Conclusie", "Advies"],
        remove_personal_data=True,
        known=[CHILD, *NAMES],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
