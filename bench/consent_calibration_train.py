"""Train the finding calibration (core/consent_check/calibration.py) on first-sight judgments.

Input: the judgments that ``bench/consent_first_sight.py --save FILE`` collects, i.e. what
the checker of each day said about a set before anyone read it, next to the labels. The
model is a logistic regression per finding (is this ``gebrek`` right?), trained here in
plain Python so the shipped checker needs no library to read it.

Before writing the weights, the script measures what the model would have done on the
latest sets with a model trained only on the sets before them (``--test-from``, the set
number the test starts at), against the checker's own first-sight figures on those forms.
That is the honest figure for the calibration: the test sets' judgments were made before
their forms were read, and the model never saw them.

    .venv/bin/python bench/consent_first_sight.py --save /tmp/first_sight.json
    .venv/bin/python bench/consent_calibration_train.py /tmp/first_sight.json [--write]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from dossierwijs.core.consent_check import CRITERIA, verdict_for  # noqa: E402
from dossierwijs.core.consent_check.calibration import (  # noqa: E402
    FROM_WORDS,
    KEEP_ALL_FROM,
    WEIGHTS,
    chance_right,
    finding_features,
    open_to_doubt,
)
from dossierwijs.core.consent_check.form import Judgement  # noqa: E402

THRESHOLD = 0.5
DATA = REPO / "bench" / "data" / "consent"
L2 = 1.0
ROUNDS = 300


def set_number(name: str) -> int:
    m = re.search(r"(\d+)$", name)
    return int(m.group(1)) if m else 0


def in_order(names) -> list[str]:
    """Batches came before the sealed sets; within each, by number."""
    return sorted(names, key=lambda n: (n.startswith("sealed"), set_number(n)))


def findings(saved: dict, names: list[str]):
    """(set, form, code, features, right) for every gebrek finding in these sets."""
    for name in names:
        for form, labels in saved[name]["labels"].items():
            got = saved[name]["judged"][form]
            oordelen = {c: got[c][0] for c in CRITERIA}
            for code in CRITERIA:
                if oordelen[code] == "gebrek":
                    features = finding_features(code, oordelen, got[code][1], got[code][2])
                    yield name, form, code, features, labels[code] == "gebrek"


def train(samples: list[tuple[dict, bool]]) -> dict[str, float]:
    """L2-regularised logistic regression by full-batch gradient descent."""
    weights: dict[str, float] = defaultdict(float)
    n = len(samples)
    for _ in range(ROUNDS):
        gradient: dict[str, float] = defaultdict(float)
        for features, right in samples:
            error = chance_right(weights, features) - right
            for name, value in features.items():
                gradient[name] += error * value
        for name in set(gradient) | set(weights):
            weights[name] -= 0.5 * (gradient[name] + L2 * weights[name]) / n
    return {k: round(v, 4) for k, v in weights.items() if abs(v) >= 0.01}


def words(name: str, form: str) -> int:
    """The form's length, as the checker counts it for the calibration."""
    return len((DATA / name / form).read_text(encoding="utf-8").split())


def score(saved: dict, names: list[str], weights: dict[str, float] | None) -> tuple:
    """Macro-F1, verdicts right, forms, and forms with >= 3 defects that passed."""
    counts = {c: [0, 0, 0] for c in CRITERIA}
    right = total = passed_bad = 0
    for name in names:
        for form, labels in saved[name]["labels"].items():
            got = saved[name]["judged"][form]
            said = {c: got[c][0] for c in CRITERIA}
            found = [c for c in CRITERIA if said[c] == "gebrek"]
            weighed = len(found) < KEEP_ALL_FROM and words(name, form) >= FROM_WORDS
            if weights is not None and weighed:
                as_found = dict(said)  # every finding is weighed beside all the others
                for c in found:
                    if not open_to_doubt(c, Judgement("gebrek", got[c][1], tuple(got[c][2]))):
                        continue
                    f = finding_features(c, as_found, got[c][1], got[c][2])
                    if chance_right(weights, f) < THRESHOLD:
                        said[c] = "ok"
            total += 1
            right += verdict_for(said) == labels["verdict"]
            defects = sum(labels[c] == "gebrek" for c in CRITERIA)
            passed_bad += defects >= 3 and verdict_for(said) != "ongeldig"
            for c in CRITERIA:
                f, t = said[c] == "gebrek", labels[c] == "gebrek"
                counts[c][0 if f and t else 1 if f else 2] += f or t
    f1 = [2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0 for tp, fp, fn in counts.values()]
    return sum(f1) / len(f1), right, total, passed_bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("saved", type=Path, help="JSON from consent_first_sight.py --save")
    parser.add_argument("--test-from", type=int, default=73, help="first sealed set to test on")
    parser.add_argument("--write", action="store_true", help=f"write the weights to {WEIGHTS}")
    args = parser.parse_args()
    saved = json.loads(args.saved.read_text(encoding="utf-8"))
    names = in_order(saved)
    later = [n for n in names if n.startswith("sealed") and set_number(n) >= args.test_from]
    earlier = [n for n in names if n not in later]
    print(f"train on {len(earlier)} sets, test on {len(later)} ({later[0]} and after)")
    model = train([(f, right) for *_, f, right in findings(saved, earlier)])
    for title, weights in (("first sight, as the checker said", None), ("calibrated", model)):
        macro, right, total, bad = score(saved, later, weights)
        print(f"  {title:34} macro-F1 {macro:.3f}  verdicts {right}/{total}  >=3 passed {bad}")
    if args.write:
        weights = train([(f, right) for *_, f, right in findings(saved, names)])
        WEIGHTS.write_text(
            json.dumps(
                {
                    "about": "bench/consent_calibration_train.py; see calibration.py",
                    "trained_on": f"{len(names)} sets judged at first sight",
                    "threshold": THRESHOLD,
                    "weights": dict(sorted(weights.items())),
                },
                ensure_ascii=False,
                indent=0,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {len(weights)} weights to {WEIGHTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
