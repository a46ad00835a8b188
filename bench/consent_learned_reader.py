"""Would a learned sentence reader catch what the rules miss? Tried, measured, not shipped.

Most first-sight errors of the consent checker are absence findings ("Het formulier zegt
niet ...") on forms that say the thing in words the rules lack. This script trains, per
criterion, a logistic regression over lemma uni- and bigrams (simplemma) that tells whether
a sentence states that criterion: positives are the sentences today's checker cites for an
``ok`` that the labels confirm, plus the ``ok`` snippets; negatives are every other sentence
and the ``gebrek`` snippets. Then, leave one set out: for each set scored at first sight
(bench/consent_first_sight.py), a reader trained without that set may overrule the absence
findings of the checker of that set's first sight when a sentence scores at least THETA.

It prints the mean macro-F1 and the verdicts per THETA, and how many overrulings were wrong.
Training labels come from today's rules, which were tuned on every set, so the figures lean
optimistic; they were still too small to justify a model in core (see the README).

Run: .venv/bin/python bench/consent_learned_reader.py
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import simplemma

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent / "src"))

from consent_first_sight import DATA, f1, first_sight_sets, old_judgments  # noqa: E402
from dossierwijs.core.consent_check import CRITERIA, check_consent_form, verdict_for  # noqa: E402
from dossierwijs.core.consent_check.form import Form  # noqa: E402

REPO = BENCH.parent
ABSENCE = {
    "intrekken": "Het formulier zegt niet dat u uw toestemming kunt intrekken",
    "termijn": "Het formulier zegt niet hoe lang",
    "doel": "Het formulier zegt niet waarvoor",
    "opslag": "Het formulier zegt nergens waar",
}
THETAS = (0.5, 0.7, 0.8, 0.9)
SNIPPET_FILES = [
    REPO / "tests/fixtures/consent/paraphrases/dev.json",
    REPO / "tests/fixtures/consent/paraphrases/dev2.json",
    *sorted(DATA.glob("paraphrases_sealed*/snippets.json")),
]


def features(text: str) -> set[str]:
    words = re.findall(r"[a-zà-ÿ]+|\d+", text.lower())
    tokens = ["<n>" if w.isdigit() else simplemma.lemmatize(w, lang="nl") for w in words]
    return set(tokens) | {a + "_" + b for a, b in zip(tokens, tokens[1:], strict=False)}


def sentences(text: str) -> list[str]:
    found = [" ".join(s.text.split()) for s in Form(text).body]
    return [t for t in found if len(re.findall(r"[a-zà-ÿ]{2,}", t.lower())) >= 4]


def fit(rows: list[tuple[set[str], int]], l2: float = 1.0, epochs: int = 400):
    """Class-balanced logistic regression by gradient descent on sparse binary features."""
    vocab: dict[str, int] = {}
    index, owner = [], []
    for row, (fs, _) in enumerate(rows):
        for x in fs:
            index.append(vocab.setdefault(x, len(vocab)))
            owner.append(row)
    idx, rowof = np.array(index), np.array(owner)
    lengths = np.bincount(rowof, minlength=len(rows))
    value = (1.0 / np.maximum(1.0, np.sqrt(lengths)))[rowof]
    y = np.array([label for _, label in rows], dtype=float)
    weight = np.where(y == 1, (len(y) - y.sum()) / max(1.0, y.sum()), 1.0)
    weight /= weight.mean()
    w, b = np.zeros(len(vocab)), 0.0
    for _ in range(epochs):
        z = np.bincount(rowof, weights=w[idx] * value, minlength=len(rows)) + b
        g = (1 / (1 + np.exp(-z)) - y) * weight
        w -= (np.bincount(idx, weights=g[rowof] * value, minlength=len(vocab)) + l2 * w) / len(y)
        b -= g.mean()
    return vocab, w, b


def probability(model, text: str) -> float:
    vocab, w, b = model
    fs = features(text)
    z = b + sum(w[vocab[x]] for x in fs if x in vocab) / max(1.0, math.sqrt(len(fs)))
    return 1 / (1 + math.exp(-z))


def all_forms() -> dict[tuple[str, str], tuple[str, dict]]:
    forms = {}
    folders = [p.parent for p in DATA.glob("*/labels.json")] + [REPO / "tests/fixtures/consent"]
    for folder in folders:
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        for name, label in labels.items():
            forms[(folder.name, name)] = ((folder / name).read_text(encoding="utf-8"), label)
    return forms


def training_rows(forms, read, snippets, left_out: str) -> dict[str, list]:
    rows: dict[str, list] = defaultdict(list)
    for (folder, name), (_, label) in forms.items():
        if folder == left_out:
            continue
        result, said = read[(folder, name)]
        for code in ABSENCE:
            judged = result.criteria[code]
            cited = set()
            if label[code] == "ok" and judged.oordeel == "ok":
                cited = {t for t in said for b in judged.bewijs if t[:60] == b[:60]}
            rows[code] += [(features(t), int(t in cited)) for t in said]
    for snippet in snippets:
        if snippet["criterion"] in ABSENCE:
            rows[snippet["criterion"]].append(
                (features(snippet["text"]), int(snippet["label"] == "ok"))
            )
    return rows


def main() -> None:
    forms = all_forms()
    print(f"reading {len(forms)} labelled forms with today's checker ...", flush=True)
    read = {k: (check_consent_form(text), sentences(text)) for k, (text, _) in forms.items()}
    snippets = [s for p in SNIPPET_FILES for s in json.loads(p.read_text(encoding="utf-8"))]
    totals = {t: [[], 0, 0, 0, 0] for t in (None, *THETAS)}  # macros, right, n, flips, wrong
    for name, commit in first_sight_sets().items():
        labels = json.loads((DATA / name / "labels.json").read_text(encoding="utf-8"))
        old = old_judgments(commit, DATA / name, sorted(labels))
        models = {c: fit(rows) for c, rows in training_rows(forms, read, snippets, name).items()}
        best = {}
        for form in labels:
            said = sentences((DATA / name / form).read_text(encoding="utf-8"))
            for code in ABSENCE:
                if old[form][code][0] == "gebrek" and old[form][code][1].startswith(ABSENCE[code]):
                    best[(form, code)] = max(
                        (probability(models[code], t) for t in said), default=0
                    )
        for theta, total in totals.items():
            counts = {c: [0, 0, 0] for c in CRITERIA}
            for form, label in labels.items():
                said = {c: old[form][c][0] for c in CRITERIA}
                for code in ABSENCE:
                    if theta is not None and best.get((form, code), 0) >= theta:
                        said[code] = "ok"
                        total[3] += 1
                        total[4] += label[code] == "gebrek"
                total[1] += verdict_for(said) == label["verdict"]
                for c in CRITERIA:
                    found, true = said[c] == "gebrek", label[c] == "gebrek"
                    counts[c][0] += found and true
                    counts[c][1] += found and not true
                    counts[c][2] += true and not found
            total[0].append(sum(f1(*counts[c]) for c in CRITERIA) / len(CRITERIA))
            total[2] += len(labels)
        print(f"  {name} done", flush=True)
    print(f"\n{'theta':>6} {'mean macro-F1':>14} {'verdicts':>10} {'overruled':>10} {'wrongly':>8}")
    for theta, (macros, right, n, flips, wrong) in totals.items():
        label = "rules" if theta is None else f"{theta:.2f}"
        mean = sum(macros) / len(macros)
        print(f"{label:>6} {mean:14.3f} {right:>5}/{n:<4} {flips:10} {wrong:8}")


if __name__ == "__main__":
    main()
