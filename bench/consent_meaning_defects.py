"""Train the consent checker's reading by meaning for defects, and measure it leave one set out.

Training data: every sentence of every labelled form under bench/data/consent (sealed sets
only once scored) and tests/fixtures/consent. For a criterion, a sentence is a positive
example when the rules alone (``by_meaning=False``) cite it for ``gebrek`` on a form
labelled ``gebrek``, and a negative one when its form is labelled ``ok``; the other
sentences of a defective form are left out (a defect the rules missed may stand in them).
Vectors and the logistic fit are those of ``consent_meaning_train.py``.

``--loso``: for every set scored once at first sight, train on all other sets and apply the
reader (its guards included) to the ``ok`` findings the checker of that set's commit made;
print, per threshold, how many wrong findings turn right and right ones turn wrong, and the
pooled verdicts with the thresholds below. ``--cache DIR`` keeps the sentence vectors and
the old checkers' judgments between runs (both take minutes).

Run: .venv/bin/python bench/consent_meaning_defects.py [--loso] [--write] [--cache DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from consent_meaning_train import FOLDERS, chance, fit, vectors, write_weights  # noqa: E402
from dossierwijs.core.consent_check import CRITERIA, check_consent_form, verdict_for  # noqa: E402
from dossierwijs.core.consent_check.form import Form  # noqa: E402
from dossierwijs.core.consent_check.meaning import sentences_of  # noqa: E402
from dossierwijs.core.consent_check.meaning_defects import DEFECTS, WEIGHTS  # noqa: E402
from dossierwijs.core.consent_check.sentences import normalise  # noqa: E402

# Read off the --loso table of 3 December 2026 (see meaning_defects.py for the figures):
# condition and recipients at 0.95, where the pooled verdicts gained most (+12 and +5 before
# the guards); one signature at 0.98, the first step with at most one right finding turned
# wrong (at 0.97: 15 turned right, 15 wrong).
THRESHOLDS = {"vrij": 0.95, "ontvangers": 0.95, "granulair": 0.98}


def examples() -> tuple[list[tuple[str, str, str]], dict[str, np.ndarray], dict[str, np.ndarray]]:
    """(set, form, sentence) per sentence; per criterion whether it is a positive, and used."""
    rows: list[tuple[str, str, str]] = []
    positive: dict[str, list[bool]] = {code: [] for code in DEFECTS}
    used: dict[str, list[bool]] = {code: [] for code in DEFECTS}
    for folder in FOLDERS:
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        for name, label in sorted(labels.items()):
            path = folder / name
            if not path.exists():
                continue
            text = path.read_text(encoding="utf-8")
            result = check_consent_form(text, by_meaning=False)
            for sentence in sentences_of(Form(text)):
                rows.append((folder.name, name, sentence))
                for code in DEFECTS:
                    judged = result.criteria[code]
                    cited = judged.oordeel == "gebrek" and sentence in judged.bewijs
                    positive[code].append(label[code] == "gebrek" and cited)
                    used[code].append(label[code] == "ok" or cited)
    return (
        rows,
        {c: np.array(v) for c, v in positive.items()},
        {c: np.array(v) for c, v in used.items()},
    )


def cached_vectors(texts: list[str], cache: Path | None) -> np.ndarray:
    if cache is None:
        return vectors(texts)
    store = cache / "vectors.npz"
    known: dict[str, np.ndarray] = {}
    if store.exists():
        saved = np.load(store, allow_pickle=True)
        known = dict(zip(saved["texts"].tolist(), saved["vecs"], strict=True))
    missing = sorted({t for t in texts if t not in known})
    if missing:
        known.update(zip(missing, vectors(missing), strict=True))
        names = list(known)
        np.savez(
            store, texts=np.array(names, dtype=object), vecs=np.stack([known[n] for n in names])
        )
    return np.stack([known[t] for t in texts]).astype(np.float64)


def first_sight(cache: Path | None) -> dict[str, dict]:
    """Set → the judgments (with evidence) of the checker at the commit it was first seen."""
    from consent_first_sight import DATA, first_sight_sets, old_judgments

    found = {}
    for name, commit in first_sight_sets().items():
        stored = cache / f"first_sight_{name}.json" if cache else None
        if stored and stored.exists():
            found[name] = json.loads(stored.read_text(encoding="utf-8"))
            continue
        labels = json.loads((DATA / name / "labels.json").read_text(encoding="utf-8"))
        found[name] = old_judgments(commit, DATA / name, sorted(labels))
        if stored:
            stored.write_text(json.dumps(found[name], ensure_ascii=False), encoding="utf-8")
        print(f"  first sight of {name} at {commit}", file=sys.stderr)
    return found


def leave_one_set_out(rows, positive, used, x, cache: Path | None) -> None:
    from consent_first_sight import DATA

    seen = first_sight(cache)
    sets = np.array([r[0] for r in rows])
    raised: set[tuple[str, str, str]] = set()
    print("ok findings at first sight, read again for defects, leave one set out")
    for code, (_, _, guard) in DEFECTS.items():
        found: list[tuple[float, bool]] = []
        for name, got in seen.items():
            held = sets == name
            train = used[code] & ~held
            scores = chance(x[held], fit(x[train], positive[code][train]))
            best: dict[str, float] = {}
            for (_, form, sentence), score in zip(
                np.array(rows, dtype=object)[held], scores, strict=True
            ):
                kept = got[form][code]
                if sentence in kept[2] or not guard(normalise(sentence)):
                    continue
                best[form] = max(best.get(form, 0.0), float(score))
            labels = json.loads((DATA / name / "labels.json").read_text(encoding="utf-8"))
            for form, label in labels.items():
                if got[form][code][0] == "ok":
                    found.append((best.get(form, 0.0), label[code] == "gebrek"))
                    if best.get(form, 0.0) >= THRESHOLDS[code]:
                        raised.add((name, form, code))
        cells = []
        for t in (0.9, 0.93, 0.95, 0.96, 0.97, 0.98, 0.99):
            fixed = sum(1 for s, wrong in found if s >= t and wrong)
            broke = sum(1 for s, wrong in found if s >= t and not wrong)
            cells.append(f"{t:.2f}: {fixed:2}/{broke:<3}")
        wrong = sum(1 for _, w in found if w)
        print(f"{code:11} ok {len(found):5} wrong {wrong:3}   " + " ".join(cells))
    before = after = total = 0
    for name, got in seen.items():
        labels = json.loads((DATA / name / "labels.json").read_text(encoding="utf-8"))
        for form, label in labels.items():
            said = {c: got[form][c][0] for c in CRITERIA}
            before += verdict_for(said) == label["verdict"]
            said |= {c: "gebrek" for c in CRITERIA if (name, form, c) in raised}
            after += verdict_for(said) == label["verdict"]
            total += 1
    print(f"thresholds {THRESHOLDS}; pooled verdicts {before} -> {after} of {total}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loso", action="store_true", help="measure leave one set out")
    parser.add_argument("--write", action="store_true", help=f"write {WEIGHTS.name}")
    parser.add_argument("--cache", type=Path, help="keep vectors and first-sight judgments here")
    args = parser.parse_args()
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    rows, positive, used = examples()
    print(f"{len(rows)} sentences", file=sys.stderr)
    x = cached_vectors([r[2] for r in rows], args.cache)
    if args.loso:
        leave_one_set_out(rows, positive, used, x, args.cache)
    if args.write:
        readers = {}
        for code in DEFECTS:
            weights, bias = fit(x[used[code]], positive[code][used[code]])
            readers[code] = {
                "weights": weights,
                "bias": bias,
                "threshold": THRESHOLDS[code],
                "positives": int(positive[code].sum()),
            }
        write_weights(WEIGHTS, readers, len(rows))


if __name__ == "__main__":
    main()
