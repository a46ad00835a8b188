"""How well the meeting-report comparer finds the annotated differences.

For three sets of report pairs (own report + school's report + annotated differences):

* dev     the development pairs in ../shared/corpus/gespreksverslagen (d1-d6; d3 is faithful),
* tuned   our own pairs in bench/meeting_pairs/tuned, used while setting the thresholds,
* sealed  our own pairs in bench/meeting_pairs/sealed, kept aside and scored once at the end:
          this is the figure to believe.

it prints: the share of annotated differences found with the right kind and the right
sentence (recall, aim >= 0.80), the share of reported differences that are real (precision,
aim >= 0.60), and the most differences reported on a faithful report (aim <= 1).

A reported difference matches an annotated one when the kind is the same and the key
sentence is the same (fuzzy, so a split or merged bullet still counts): the parents'
sentence for ``ontbreekt``, the school's for ``extra`` and ``oordelend``, both for ``anders``.

Run: .venv/bin/python bench/meeting_compare.py [--verbose] [--only dev|tuned|sealed]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from rapidfuzz import fuzz  # noqa: E402

from dossierwijs.core.meetings import compare_reports  # noqa: E402

SETS = {
    "dev": REPO.parent / "shared" / "corpus" / "gespreksverslagen",
    "tuned": REPO / "bench" / "meeting_pairs" / "tuned",
    "sealed": REPO / "bench" / "meeting_pairs" / "sealed",
}


def _norm(sentence: str) -> str:
    sentence = re.sub(r"^\s*[-–•*]\s*", "", sentence.lower())
    return re.sub(r"\s+", " ", sentence).strip()


def same_sentence(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return not a and not b
    return a == b or fuzz.ratio(a, b) >= 85 or (min(len(a), len(b)) > 25 and (a in b or b in a))


def matches(reported: dict, annotated: dict) -> bool:
    if reported["soort"] != annotated["soort"]:
        return False
    if annotated["soort"] == "ontbreekt":
        return same_sentence(reported["eigen"], annotated["eigen"])
    if annotated["soort"] in ("extra", "oordelend"):
        return same_sentence(reported["school"], annotated["school"])
    return same_sentence(reported["eigen"], annotated["eigen"]) and same_sentence(
        reported["school"], annotated["school"]
    )


def load(folder: Path) -> list[tuple[str, str, str, list[dict]]]:
    pairs = []
    for label in sorted(folder.glob("*.json")):
        name = label.stem
        own = (folder / f"{name}_eigen.txt").read_text(encoding="utf-8")
        school = (folder / f"{name}_school.txt").read_text(encoding="utf-8")
        pairs.append((name, own, school, json.loads(label.read_text("utf-8"))["verschillen"]))
    return pairs


def score(pairs, verbose: bool) -> dict:
    annotated_total = found_total = reported_total = real_total = 0
    faithful: list[int] = []
    seconds = 0.0
    for name, own, school, expected in pairs:
        start = time.perf_counter()
        reported = compare_reports(own, school).to_json()["verschillen"]
        seconds += time.perf_counter() - start
        if not expected:
            faithful.append(len(reported))
        unmatched = list(range(len(expected)))
        real = 0
        for item in reported:
            hit = next((k for k in unmatched if matches(item, expected[k])), None)
            if hit is not None:
                unmatched.remove(hit)
                real += 1
            elif verbose:
                print(
                    f"  {name} ONJUIST  {item['soort']}: {item['eigen']!r} | {item['school']!r}\n      {item['uitleg']}"
                )
        if verbose:
            for k in unmatched:
                e = expected[k]
                print(f"  {name} GEMIST   {e['soort']}: {e['eigen']!r} | {e['school']!r}")
        annotated_total += len(expected)
        found_total += len(expected) - len(unmatched)
        reported_total += len(reported)
        real_total += real
    return {
        "pairs": len(pairs),
        "recall": found_total / annotated_total if annotated_total else None,
        "precision": real_total / reported_total if reported_total else None,
        "faithful_max": max(faithful) if faithful else None,
        "faithful_n": len(faithful),
        "annotated": annotated_total,
        "reported": reported_total,
        "ms_per_pair": 1000 * seconds / max(1, len(pairs)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and false finds")
    parser.add_argument("--only", choices=sorted(SETS), help="score one set")
    args = parser.parse_args()
    print(f"{'set':<8}{'pairs':>6}{'found':>8}{'real':>8}{'faithful':>10}{'ms/pair':>9}")
    for name, folder in SETS.items():
        if args.only and name != args.only:
            continue
        if not folder.is_dir():
            print(f"{name:<8} (map {folder} ontbreekt)")
            continue
        if args.verbose:
            print(f"[{name}]")
        r = score(load(folder), args.verbose)

        def fmt(value):
            return "-" if value is None else f"{value:.2f}"

        print(
            f"{name:<8}{r['pairs']:>6}{fmt(r['recall']):>8}{fmt(r['precision']):>8}"
            f"{('-' if r['faithful_max'] is None else r['faithful_max']):>10}"
            f"{r['ms_per_pair']:>9.0f}"
            f"   ({r['annotated']} annotated, {r['reported']} reported, "
            f"{r['faithful_n']} faithful)"
        )
    print("found = recall (aim >= 0.80), real = precision (aim >= 0.60), faithful = most")
    print("differences on a faithful report (aim <= 1).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
