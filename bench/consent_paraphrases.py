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
# The same for doel, ontvangers, opslag and ondubbelzinnig, by another writer.
DEV2 = REPO / "tests" / "fixtures" / "consent" / "paraphrases" / "dev2.json"
SEALED = REPO / "bench" / "data" / "consent" / "paraphrases_sealed" / "snippets.json"
# A second sealed set (160 snippets) by another writer; only ``--sealed2`` reads it.
SEALED2 = REPO / "bench" / "data" / "consent" / "paraphrases_sealed2" / "snippets.json"
# The sealed half of DEV2's set; only ``--sealed3`` reads it.
SEALED3 = REPO / "bench" / "data" / "consent" / "paraphrases_sealed3" / "snippets.json"
CRITERIA = (
    "termijn",
    "intrekken",
    "gegevens",
    "vrij",
    "doel",
    "ontvangers",
    "opslag",
    "ondubbelzinnig",
)

# The letter's own sentence per criterion; a snippet takes the place of one of them.
OWN = {
    "doel": "Zo kan de logopedist haar oefeningen afstemmen op wat in de klas gebeurt.",
    "ontvangers": "Alleen de intern begeleider en de logopedist zien wat er wordt gedeeld.",
    "gegevens": "Het gaat om het verslag van de laatste taaltoets en de aantekeningen van de "
    "leerkracht over hoe Daan in de klas spreekt.",
    "vrij": "U kiest zelf. Zegt u nee, dan houdt Daan dezelfde hulp in de klas.",
    "opslag": "De school bewaart wat zij deelt en ontvangt in ParnasSys. De praktijk bewaart "
    "het in haar eigen cliëntdossier.",
    "termijn": "Deze toestemming geldt tot en met 31 juli 2027.",
    "intrekken": "U kunt uw toestemming altijd intrekken met een e-mail aan "
    "ib@deregenboog.example.",
    "ondubbelzinnig": "Kruis aan wat u kiest:\n[ ] ja   [ ] nee   De school mag contact hebben "
    "met Logopediepraktijk De Klank zoals hierboven staat.\n\nNaam ouder: ....................   "
    "Handtekening: ....................   Datum: ..........",
}

LETTER = """Basisschool De Regenboog
Dorpsstraat 12, 8011 AB Zwolle

Toestemming voor overleg met de logopedist

Beste ouder(s),

De school wil voor uw zoon Daan contact hebben met Logopediepraktijk De Klank in Zwolle.

{doel}

{ontvangers}

{gegevens}

{vrij}

{opslag}

{termijn}

{intrekken}

{ondubbelzinnig}
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
    parser.add_argument("--sealed3", action="store_true", help="score the third sealed set (once)")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    base = check_consent_form(LETTER.format(**OWN))
    print(f"letter on its own: {base.verdict}")
    paths = [DEV] + [DEV2] * DEV2.exists() + [SEALED] * args.sealed + [SEALED2] * args.sealed2
    paths += [SEALED3] * args.sealed3
    for path in paths:
        snippets = json.loads(path.read_text(encoding="utf-8"))
        print(f"== {path.relative_to(REPO)} ({len(snippets)} snippets)")
        for criterion, (right, total) in score(snippets, args.verbose).items():
            if total:
                print(f"{criterion:<14} {right:>3}/{total:<3} {right / total:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
