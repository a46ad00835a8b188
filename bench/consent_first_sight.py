"""What the consent checker got right on forms it had never seen, pooled over every set.

Each set under bench/data/consent that was scored once at first sight records the commit
it was scored at in its ``FIRST_SCORE.txt`` ("at commit abc1234"). This script takes the
checker from that commit (``git archive``), runs it on that set, and pools the outcomes:

* per set: macro-F1 and verdicts (these reproduce each FIRST_SCORE.txt);
* pooled over all sets: per criterion precision, recall and F1 (``gebrek`` positive) and
  the verdicts. A 20-form set has one or two defects per criterion, so its macro-F1 moves
  a lot with a single judgment; the pooled figure is the steadier estimate;
* how often each kind of ``gebrek`` finding was right (the start of its explanation),
  and how often findings that said ``twijfel`` were right versus those that did not. This
  is the measure behind the doubt that core/consent_check/doubt.py adds to finding kinds
  that were wrong more often than a parent should rely on.

Needs the git history of this repository (not the shared corpus). Run:
    .venv/bin/python bench/consent_first_sight.py [--kinds]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "bench" / "data" / "consent"
sys.path.insert(0, str(REPO / "src"))

from dossierwijs.core.consent_check import CRITERIA, Judgement, verdict_for  # noqa: E402
from dossierwijs.core.consent_check.doubt import with_measured_doubt  # noqa: E402

# Run inside the old checker's source tree: one JSON object per form.
_RUN_OLD = """
import inspect, json, pathlib, sys
from dossierwijs.core.consent_check import check_consent_form
# What the checker found, before the calibration learned from these very judgments.
kw = {"calibrated": False} if "calibrated" in inspect.signature(check_consent_form).parameters else {}
out = {}
for name in json.loads(sys.argv[2]):
    text = (pathlib.Path(sys.argv[1]) / name).read_text(encoding="utf-8")
    result = check_consent_form(text, **kw)
    out[name] = {c: [j.oordeel, j.uitleg, list(j.bewijs)] for c, j in result.criteria.items()}
print(json.dumps(out, ensure_ascii=False))
"""


def first_sight_sets() -> dict[str, str]:
    """Set name → the commit its FIRST_SCORE.txt says it was scored at (form sets only)."""
    found = {}
    for score in sorted(DATA.glob("*/FIRST_SCORE.txt")):
        m = re.search(r"\bat commit ([0-9a-f]{7,40})\b", score.read_text(encoding="utf-8"))
        if m and (score.parent / "labels.json").exists():
            found[score.parent.name] = m.group(1)
    return found


def old_judgments(commit: str, folder: Path, names: list[str]) -> dict:
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", commit, "src/dossierwijs"],
        check=True,
        capture_output=True,
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            # The "data" filter where this Python has it (3.11.4 and later).
            kwargs = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
            tar.extractall(tmp, **kwargs)  # noqa: S202 (our own git archive)
        run = subprocess.run(
            [sys.executable, "-c", _RUN_OLD, str(folder), json.dumps(names)],
            check=True,
            capture_output=True,
            text=True,
            env={"PYTHONPATH": str(Path(tmp) / "src"), "PATH": "/usr/bin:/bin"},
        )
    return json.loads(run.stdout)


def f1(tp: int, fp: int, fn: int) -> float:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def finding_kind(uitleg: str) -> str:
    """The start of an explanation, up to its first quote: one kind of finding."""
    return re.split(r"[“\"]", uitleg, maxsplit=1)[0][:70].strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", action="store_true", help="list every kind of finding")
    parser.add_argument(
        "--save", type=Path, help="also write every form's first-sight judgments to this JSON"
    )
    parser.add_argument(
        "--jobs", type=int, default=1, help="old checkers run side by side (each is a process)"
    )
    args = parser.parse_args()
    saved: dict[str, dict] = {}
    counts = {c: Counter() for c in CRITERIA}
    kinds: dict[tuple[str, str], Counter] = defaultdict(Counter)
    doubt: dict[bool, Counter] = defaultdict(Counter)
    doubt_now: dict[bool, Counter] = defaultdict(Counter)  # today's doubt on the old findings
    right = total = 0
    print(f"{'set':10} {'commit':8} {'forms':>5} {'macro-F1':>9} {'verdicts':>9}")
    sets = list(first_sight_sets().items())
    all_labels = {
        name: json.loads((DATA / name / "labels.json").read_text(encoding="utf-8"))
        for name, _ in sets
    }
    # Threads only wait on the old checkers' processes; results come back in set order, each
    # printed as soon as it and those before it are done.
    pool = ThreadPoolExecutor(max_workers=max(1, args.jobs))
    judged = pool.map(
        lambda item: old_judgments(item[1], DATA / item[0], sorted(all_labels[item[0]])), sets
    )
    for (name, commit), got in zip(sets, judged, strict=True):
        labels = all_labels[name]
        saved[name] = {"commit": commit, "labels": labels, "judged": got}
        per = {c: Counter() for c in CRITERIA}
        set_right = 0
        for form, label in labels.items():
            said = {c: got[form][c][0] for c in CRITERIA}
            set_right += verdict_for(said) == label["verdict"]
            for c in CRITERIA:
                found, true = said[c] == "gebrek", label[c] == "gebrek"
                per[c][("tp" if true else "fp") if found else ("fn" if true else "tn")] += 1
                if found:
                    uitleg = got[form][c][1]
                    kinds[(c, finding_kind(uitleg))][true] += 1
                    doubt["twijfel" in uitleg.lower()][true] += 1
                    now = with_measured_doubt(c, Judgement("gebrek", uitleg)).uitleg
                    doubt_now["twijfel" in now.lower()][true] += 1
        for c in CRITERIA:
            counts[c].update(per[c])
        macro = sum(f1(per[c]["tp"], per[c]["fp"], per[c]["fn"]) for c in CRITERIA) / 9
        right += set_right
        total += len(labels)
        print(f"{name:10} {commit[:8]:8} {len(labels):5} {macro:9.3f} {set_right:5}/{len(labels)}")
    pool.shutdown()
    if args.save:
        args.save.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    print(f"\npooled over {total} forms, each judged by the checker of its own first sight")
    print(
        f"{'criterium':15} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"
    )
    scores = []
    for c in CRITERIA:
        tp, fp, fn = counts[c]["tp"], counts[c]["fp"], counts[c]["fn"]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        scores.append(f1(tp, fp, fn))
        print(f"{c:15} {p:9.2f} {r:7.2f} {scores[-1]:6.2f} {tp:4} {fp:4} {fn:4}")
    print(f"{'macro-F1':15} {sum(scores) / 9:24.3f}")
    print(f"{'verdicts':15} {right / total:24.3f}  ({right}/{total})")
    print("\ngebrek findings that were right, by what the explanation said")
    for title, table in (
        ("as said then", doubt),
        ("with today's doubt (tuned on these)", doubt_now),
    ):
        print(f"  {title}")
        for said_doubt in (False, True):
            c = table[said_doubt]
            n = c[True] + c[False]
            label = "with 'twijfel'" if said_doubt else "without 'twijfel'"
            print(f"    {label:18} {c[True]:4}/{n:<4} right ({c[True] / n if n else 0:.2f})")
    print("\nkinds of gebrek finding (three or more), how often right")
    for (c, kind), n in sorted(kinds.items(), key=lambda kv: -sum(kv[1].values())):
        if sum(n.values()) >= 3 or args.kinds:
            print(f"  {n[True]:3}/{sum(n.values()):<3} {c:14} {kind}")


if __name__ == "__main__":
    main()
