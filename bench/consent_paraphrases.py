"""How the consent checker reads one criterion said in many words.

Each snippet is a sentence or short block as a form would say it (how long consent lasts,
how to withdraw it, which data, whether refusing costs anything), labelled ``ok`` or
``gebrek`` for one criterion by someone who did not read the checker. The snippet is put
into a plain letter that meets every criterion on its own, in the place of that letter's
own sentence for the criterion, and the checker's judgment of that criterion is compared
with the label.

* tests/fixtures/consent/paraphrases/dev.json: the half used while working (also a test);
* bench/data/consent/paraphrases_sealed/snippets.json: the other half, scored once with
  ``--sealed`` (its FIRST_SCORE.txt records when; spent since);
* bench/data/consent/paraphrases_sealed2/snippets.json: 160 more by another writer, scored
  once with ``--sealed2``.

Run: .venv/bin/python bench/consent_paraphrases.py [--sealed] [--sealed2] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from dossierwijs.core.consent_check import check_consent_form  # noqa: E402

DEV = REPO / "tests" / "fixtures" / "consent" / "paraphrases" / "dev.json"
SEALED = REPO / "bench" / "data" / "consent" / "paraphrases_sealed" / "snippets.json"
# A second sealed set (160 snippets) by another writer; only ``--sealed2`` reads it.
SEALED2 = REPO / "bench" / "data" / "consent" / "paraphrases_sealed2" / "snippets.json"
CRITERIA = ("termijn", "intrekken", "gegevens", "vrij")

# The letter's own sentence per criterion; a snippet takes the place of one of them.
OWN = {
    "gegevens": "Het gaat om het verslag van de laatste taaltoets en de aantekeningen van de "
    "leerkracht over hoe Daan in de klas spreekt.",
    "vrij": "U kiest zelf. Zegt u nee, dan houdt Daan dezelfde hulp in de klas.",
    "termijn": "Deze toestemming geldt tot en met 31 juli 2027.",
    "intrekken": "U kunt uw toestemming altijd intrekken met een e-mail aan "
    "ib@deregenboog.example.",
}

LETTER = """Basisschool De Regenboog
Dorpsstraat 12, 8011 AB Zwolle

Toestemming voor overleg met de logopedist

Beste ouder(s),

De school wil voor uw zoon Daan contact hebben met Logopediepraktijk De Klank in Zwolle,
zodat de logopedist haar oefeningen kan afstemmen op wat in de klas gebeurt.

{gegevens}

{vrij}

De school bewaart wat zij deelt en ontvangt in ParnasSys. De praktijk bewaart het in haar
eigen cliëntdossier.

{termijn}

{intrekken}

Kruis aan wat u kiest:
[ ] ja   [ ] nee   De school mag contact hebben met Logopediepraktijk De Klank zoals
hierboven staat.

Naam ouder: ....................   Handtekening: ....................   Datum: ..........
"""


def letter_with(criterion: str, snippet: str) -> str:
    """The letter with ``snippet`` in the place of its own sentence for ``criterion``."""
    return LETTER.format(**{**OWN, criterion: snippet})


def judge(snippet: dict) -> str:
    text = letter_with(snippet["criterion"], snippet["text"])
    return check_consent_form(text).criteria[snippet["criterion"]].oordeel


def score(snippets: list[dict], verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, total) per criterion, and over all; prints each miss with ``verbose``."""
    counts: dict[str, list[int]] = {c: [0, 0] for c in (*CRITERIA, "all")}
    for snippet in snippets:
        got = judge(snippet)
        right = got == snippet["label"]
        for key in (snippet["criterion"], "all"):
            counts[key][0] += right
            counts[key][1] += 1
        if verbose and not right:
            print(
                f"  mis {snippet['id']} labelled {snippet['label']}, got {got}: {snippet['text']}"
            )
    return {c: (r, t) for c, (r, t) in counts.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sealed", action="store_true", help="score the sealed half (once)")
    parser.add_argument("--sealed2", action="store_true", help="score the second sealed set (once)")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    base = check_consent_form(LETTER.format(**OWN))
    print(f"letter on its own: {base.verdict}")
    paths = [DEV] + ([SEALED] if args.sealed else []) + ([SEALED2] if args.sealed2 else [])
    for path in paths:
        snippets = json.loads(path.read_text(encoding="utf-8"))
        print(f"== {path.relative_to(REPO)} ({len(snippets)} snippets)")
        for criterion, (right, total) in score(snippets, args.verbose).items():
            print(f"{criterion:<10} {right:>3}/{total:<3} {right / total:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
