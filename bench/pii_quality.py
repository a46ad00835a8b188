"""Recall and precision of personal-data detection per kind, with deduce alone as baseline.

Reads the annotated development documents in ../shared/corpus/persoonsgegevens/ (each .txt
with a .json listing the spans as text + type, and the family's names under ``known``).

How it is counted (spans are given as text, not offsets):
- every occurrence of an annotated text in the document is one gold mention; longer texts
  claim their characters first, so "Verhoef" inside "Thijs Verhoef" is not counted twice;
- a gold mention is found when detected spans (of any kind) cover all of its characters:
  for redaction it matters that it is gone, not what we called it; "soort juist" also
  requires the kind to match;
- a detected span is correct when it overlaps a gold mention.
Also printed: characters per second on 10 kB, 100 kB and 1 MB of report-like text (with
names, numbers and addresses throughout), for the whole detection and for our own patterns
alone: detection must be linear in the text (``--snelheid`` prints only this part).
``--sealed`` also scores the sealed set in bench/data/pii/sealed/ (same format, same counting),
after the development figures, so both come from one run; score it once (see its README).
``--set NAME`` does the same for another set in bench/data/pii/NAME/ (``--set tuned2``; a sealed
set such as ``sealed2`` is scored once, see bench/data/pii/README.md). ``--zonder-snelheid``
leaves out the throughput part.
Run: .venv/bin/python bench/pii_quality.py [--snelheid] [--sealed] [--set NAME] [-v]
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "persoonsgegevens"
SETS = Path(__file__).resolve().parent / "data" / "pii"
SEALED = SETS / "sealed"
CORE = ("persoon", "bsn", "telefoon", "email", "adres", "postcode")


def gold_mentions(text: str, spans: list[dict]) -> list[tuple[int, int, str]]:
    taken = [False] * len(text)
    mentions = []
    unique = {(s["text"], s["type"]) for s in spans}
    for value, kind in sorted(unique, key=lambda s: -len(s[0])):
        for m in re.finditer(rf"(?<![\w-]){re.escape(value)}(?![\w-])", text):
            if not any(taken[m.start() : m.end()]):
                mentions.append((m.start(), m.end(), kind))
                for i in range(m.start(), m.end()):
                    taken[i] = True
    return mentions


def known_names(known: dict) -> list[str]:
    names: list[str] = []
    for value in known.values():
        names.extend([value] if isinstance(value, str) else value)
    return names


def score(documents, detect) -> tuple[dict, dict, float]:
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # gold, found, kind right
    per_pred: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # predicted, correct
    started = time.perf_counter()
    for text, spans, known in documents:
        gold = gold_mentions(text, spans)
        found = detect(text, known)
        covered_kind: list[set[str]] = [set() for _ in text]
        for f in found:
            for i in range(f.begin, f.eind):
                covered_kind[i].add(f.soort)
        for begin, end, kind in gold:
            stats = per_kind[kind]
            stats[0] += 1
            if all(covered_kind[i] for i in range(begin, end)):
                stats[1] += 1
                if all(kind in covered_kind[i] for i in range(begin, end)):
                    stats[2] += 1
        for f in found:
            hit = any(b < f.eind and f.begin < e for b, e, _ in gold)
            per_pred[f.soort][0] += 1
            per_pred[f.soort][1] += int(hit)
    return per_kind, per_pred, time.perf_counter() - started


def report(title: str, per_kind: dict, per_pred: dict, seconds: float) -> dict[str, float]:
    print(f"\n== {title} ({seconds:.2f} s)")
    print(
        f"{'soort':<14}{'gold':>6}{'recall':>9}{'soort juist':>13}{'voorspeld':>11}{'precisie':>10}"
    )
    for kind in sorted(set(per_kind) | set(per_pred)):
        gold, found, right = per_kind.get(kind, [0, 0, 0])
        pred, correct = per_pred.get(kind, [0, 0])
        recall = f"{found / gold:.3f}" if gold else "-"
        typed = f"{right / gold:.3f}" if gold else "-"
        precision = f"{correct / pred:.3f}" if pred else "-"
        print(f"{kind:<14}{gold:>6}{recall:>9}{typed:>13}{pred:>11}{precision:>10}")
    core_gold = sum(per_kind[k][0] for k in CORE if k in per_kind)
    core_found = sum(per_kind[k][1] for k in CORE if k in per_kind)
    all_gold = sum(v[0] for v in per_kind.values())
    all_found = sum(v[1] for v in per_kind.values())
    all_pred = sum(v[0] for v in per_pred.values())
    all_correct = sum(v[1] for v in per_pred.values())
    figures = {
        "recall_core": core_found / core_gold if core_gold else 0.0,
        "recall_all": all_found / all_gold if all_gold else 0.0,
        "precision": all_correct / all_pred if all_pred else 0.0,
    }
    print(
        f"recall kern (persoon, bsn, telefoon, email, adres, postcode): "
        f"{figures['recall_core']:.3f}  (doel ≥ 0.99)\n"
        f"recall alle soorten: {figures['recall_all']:.3f}  (doel ≥ 0.95)\n"
        f"precisie: {figures['precision']:.3f}  (doel ≥ 0.85)"
    )
    return figures


THROUGHPUT_PARAGRAPH = (
    "Op 12 maart 2024 sprak {name} met moeder Ingrid Bosveld-Tromp over de voortgang op "
    "OBS De Klimop. Bel bij vragen 06-1234{n:04d} of mail naar r.akkerman{n}@example.nl. "
    "Het adres is Kastanjelaan {house}, 3581 BC Utrecht. De leerling werkt aan lezen en "
    "rekenen met extra uitleg en korte instructies; het gaat de goede kant op.\n\n"
)
NAMES = ("Jesse Bosveld", "Roos Akkerman", "Merel de Wit", "Daan van Dijk", "Fenna Kuipers")


def throughput_text(size: int) -> str:
    parts, n, total = [], 0, 0
    while total < size:
        part = THROUGHPUT_PARAGRAPH.format(name=NAMES[n % len(NAMES)], n=n, house=n % 300 + 1)
        parts.append(part)
        total += len(part)
        n += 1
    return "".join(parts)[:size]


def throughput() -> None:
    from dossierwijs.core.minimiser.pii import detect_personal_data, warm_up

    warm_up()
    detect_personal_data(throughput_text(2_000), use_deduce=False)  # word lists loaded
    print("\n== snelheid (tekens per seconde; lineair: gelijk over de groottes)")
    for size in (10_000, 100_000, 1_000_000):
        text = throughput_text(size)
        for label, use_deduce in (("alleen eigen patronen", False), ("alles (met deduce)", True)):
            started, cpu_started = time.perf_counter(), time.process_time()
            found = detect_personal_data(text, known=["Jesse Bosveld"], use_deduce=use_deduce)
            seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            # CPU time as well: on a shared machine the wall clock measures the neighbours.
            print(
                f"{size // 1000:>5} kB  {label:<24} {size / seconds:>10,.0f} tekens/s "
                f"({seconds:6.2f} s; per CPU-seconde {size / cpu:>9,.0f} tekens, "
                f"{len(found)} gevonden)"
            )


def load(folder: Path) -> list[tuple[str, list[dict], list[str]]]:
    documents = []
    for path in sorted(folder.glob("*.txt")):
        if not path.with_suffix(".json").exists():
            continue  # a set's notes (FIRST_SCORE.txt), not a document
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        documents.append(
            (path.read_text(encoding="utf-8"), meta["spans"], known_names(meta["known"]))
        )
    return documents


def evaluate(documents, prefix: str) -> dict[str, float]:
    from dossierwijs.core.minimiser.pii import _deduce_spans, detect_personal_data

    class Span:
        def __init__(self, begin: int, end: int, soort: str):
            self.begin, self.eind, self.soort = begin, end, soort

    def deduce_alone(text, _known):
        return [Span(b, e, s) for b, e, s in _deduce_spans(text)]

    report(f"{prefix}deduce alleen (zonder bekende namen)", *score(documents, deduce_alone))
    report(
        f"{prefix}alleen eigen patronen + bekende namen (zonder deduce)",
        *score(documents, lambda t, k: detect_personal_data(t, known=k, use_deduce=False)),
    )
    ours = report(
        f"{prefix}dossierwijs (deduce + eigen patronen + bekende namen)",
        *score(documents, lambda t, k: detect_personal_data(t, known=k)),
    )
    if "-v" in sys.argv:
        for text, spans, known in documents:
            found = detect_personal_data(text, known=known)
            covered = [False] * len(text)
            for f in found:
                for i in range(f.begin, f.eind):
                    covered[i] = True
            for b, e, kind in gold_mentions(text, spans):
                if not all(covered[b:e]):
                    print("GEMIST", kind, repr(text[b:e]))
            gold = gold_mentions(text, spans)
            for f in found:
                if not any(b < f.eind and f.begin < e for b, e, _ in gold):
                    print("ONTERECHT", f.soort, repr(f.tekst))
    return ours


def main() -> int:
    if "--snelheid" in sys.argv:
        throughput()
        return 0
    if not CORPUS.is_dir():
        print(f"Corpus niet gevonden: {CORPUS}. Deze benchmark heeft ../shared nodig.")
        return 2
    from dossierwijs.core.minimiser.pii import warm_up

    documents = load(CORPUS)
    print(f"{len(documents)} documenten uit {CORPUS}")
    started = time.perf_counter()
    warm_up()
    print(f"deduce geladen in {time.perf_counter() - started:.1f} s")
    ours = evaluate(documents, "")
    if "--sealed" in sys.argv:
        sealed = load(SEALED)
        print(f"\n\n##### VERZEGELDE SET: {len(sealed)} documenten uit {SEALED}")
        evaluate(sealed, "VERZEGELD: ")
    for index, argument in enumerate(sys.argv):
        if argument == "--set" and index + 1 < len(sys.argv):
            folder = SETS / sys.argv[index + 1]
            extra = load(folder)
            print(f"\n\n##### SET {folder.name}: {len(extra)} documenten uit {folder}")
            evaluate(extra, f"{folder.name.upper()}: ")
    if "--zonder-snelheid" not in sys.argv:
        throughput()
    return 0 if ours["recall_all"] >= 0.95 else 1


if __name__ == "__main__":
    sys.exit(main())
