"""How well the consent-form checker agrees with hand labels.

Prints, per criterion, precision, recall and F1 with ``gebrek`` as the positive
class, the macro-F1 over the nine criteria and the verdict accuracy, for

* the development forms in ../shared/corpus/toestemming (the checker's rules were
  written while looking at these, so they flatter it), and
* the held-out forms in tests/fixtures/consent (written separately, in other words).

With ``--ocr`` every form is also rendered to a 250-dpi image (no text layer) and read
back through the real tesseract OCR of the import pipeline, and the same figures are
printed for those scans (slow: a few seconds per form).

Run: .venv/bin/python bench/consent_quality.py [--verbose] [--ocr]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from dossierwijs.core.consent_check import CRITERIA, check_consent_form  # noqa: E402

DEV_DIR = REPO.parent / "shared" / "corpus" / "toestemming"
HELD_OUT_DIR = REPO / "tests" / "fixtures" / "consent"


def load(folder: Path) -> list[tuple[str, str, dict]]:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return [(name, (folder / name).read_text(encoding="utf-8"), labels[name]) for name in labels]


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def as_scan(forms: list[tuple[str, str, dict]]) -> list[tuple[str, str, dict]]:
    """The same forms, rendered to images and read back with OCR."""
    import tempfile

    import pymupdf

    from dossierwijs.core.documents.extract import text_from_path

    scanned = []
    with tempfile.TemporaryDirectory() as folder:
        for name, text, labels in forms:
            doc = pymupdf.open()
            page = doc.new_page(width=595, height=842)
            rect = pymupdf.Rect(40, 40, 555, 810)
            size = 9.0
            while (
                page.insert_textbox(rect, text, fontsize=size, fontname="dejavu", fontfile=FONT) < 0
                and size > 5
            ):
                doc.delete_page(0)
                page = doc.new_page(width=595, height=842)
                size -= 0.5
            image = Path(folder) / f"{name}.png"
            image.write_bytes(page.get_pixmap(dpi=250).tobytes("png"))
            scanned.append((name, text_from_path(image), labels))
    return scanned


def evaluate(forms: list[tuple[str, str, dict]], verbose: bool) -> dict[str, float]:
    counts = {code: {"tp": 0, "fp": 0, "fn": 0} for code in CRITERIA}
    verdict_hits = 0
    for name, text, labels in forms:
        result = check_consent_form(text)
        verdict_hits += result.verdict == labels["verdict"]
        for code in CRITERIA:
            got = result.criteria[code].oordeel == "gebrek"
            want = labels[code] == "gebrek"
            if got and want:
                counts[code]["tp"] += 1
            elif got:
                counts[code]["fp"] += 1
            elif want:
                counts[code]["fn"] += 1
            if verbose and got != want:
                print(
                    f"  mis: {name} {code}: labelled {labels[code]}, got "
                    f"{result.criteria[code].oordeel} — {result.criteria[code].uitleg[:90]}"
                )
    print(f"{'criterium':<16}{'precision':>10}{'recall':>10}{'F1':>8}{'tp':>5}{'fp':>5}{'fn':>5}")
    f1s = []
    for code, c in counts.items():
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        print(f"{code:<16}{precision:>10.2f}{recall:>10.2f}{f1:>8.2f}{tp:>5}{fp:>5}{fn:>5}")
    macro = sum(f1s) / len(f1s)
    accuracy = verdict_hits / len(forms)
    print(f"{'macro-F1':<16}{macro:>28.3f}")
    print(f"{'verdict accuracy':<16}{accuracy:>28.3f}  ({verdict_hits}/{len(forms)} forms)")
    return {"macro_f1": macro, "verdict_accuracy": accuracy}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    parser.add_argument("--ocr", action="store_true", help="also score OCR'd scans of each form")
    args = parser.parse_args()
    sets = []
    if not (DEV_DIR / "labels.json").exists():
        print(f"Development corpus not found at {DEV_DIR}; only the held-out figures follow.\n")
    else:
        sets.append((f"development forms ({DEV_DIR})", load(DEV_DIR)))
    sets.append((f"held-out forms ({HELD_OUT_DIR.relative_to(REPO)})", load(HELD_OUT_DIR)))
    for title, forms in sets:
        print(f"== {title}")
        evaluate(forms, args.verbose)
        print()
        if args.ocr:
            print(f"== {title}, as 250-dpi scans read by tesseract")
            evaluate(as_scan(forms), args.verbose)
            print()
    print(
        "Note: each held-out batch was scored once before the rules were tuned on it; those\n"
        "untuned figures (the honest measure on unseen forms) are in "
        "tests/fixtures/consent/README.md."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
