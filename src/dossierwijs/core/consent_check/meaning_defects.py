"""A reading by meaning for defects the rules passed over.

On forms nobody wrote the rules for, most unsafe passes were a condition, an open group
of recipients or one signature for everything, said in words a rule did not know ("zodra u
bij a en b 'ja' heeft aangekruist", "soms vraagt het team iemand anders om mee te
denken"). So where a rule judged one of the criteria below ``ok``, each sentence of the
form is read again by its meaning, with the sentence model of ``meaning.py``: a logistic
reader per criterion, trained by ``bench/consent_meaning_defects.py`` on the sentences the
rules cite for a defect on our labelled forms (against every sentence of the forms
labelled ``ok``), gives the chance that a sentence says the defect.

Above a threshold per criterion the judgment becomes ``gebrek``, always with ``Twijfel``:
the parent reads the sentence, and a refusal letter names this defect only once the parent
has confirmed it. Thresholds and guards were read off a table measured leave one set out
over 1,316 forms, each judged by the checker as it was when that set was first seen (3
December 2026): at these thresholds, 45 wrong ``ok`` findings turned right and 13 right
ones turned wrong (condition 19/6, recipients 13/6, one signature 13/1); the pooled verdicts
went from 984 to 1,006 of 1,316. Purpose, data,
silence and withdrawal are not read this way: there the reader turned about as many right
findings wrong as it mended.

The guards keep what the meaning confuses: a sentence that says refusing has no
consequence reads like one that says it has ("heeft geen gevolgen voor de inschrijving"),
a closed group like an open one, and the lead-in to a list of boxes like one signature.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import phrases_choice as pc
from .form import GEBREK, OK, Form, Judgement
from .meaning import MODEL, form_vectors, sentence_model, sentences_of
from .sentences import normalise

WEIGHTS = Path(__file__).with_name("data") / "meaning_defect_weights.json"

# Refusing said to change nothing: "toch in behandeling", "net zo goed", "hangt er niet van af".
_STILL = re.compile(r"\btoch\b|\bnet zo goed\b|\bniet van af\b|\bhangt\b[^.]{0,40}\bniet\b")
# What the law asks of the sender, an empty box read as no, or how to withdraw is no
# condition on the choice: "mag ik dat alleen met uw uitdrukkelijke toestemming", "Een
# onderdeel zonder vakje geldt als niet toegestaan", "Intrekken kan alleen per aangetekende
# brief" (a defect of withdrawal, which the rules for withdrawal judge).
_NO_CONDITION = re.compile(
    r"\balleen met (uw |jouw |je )?(uitdrukkelijke |schriftelijke )?toestemming\b|"
    r"\bgeldt als (niet|nee|geen)\b|\bintrek\w*|\bingetrokken\b"
)
# A group closed off: "bestaande uit ...", "te weten ...", "Alleen de hulpverleners die ...".
_CLOSED_GROUP = re.compile(r"\bbestaande uit\b|\bte weten\b|^alleen\b")
# A group left open: "andere ketenpartners", "wie er verder bij betrokken is", "derden".
_OPEN_GROUP = re.compile(
    r"\b(andere?|overige|betrokk\w*|\w*partners?|derden|iemand|eventueel|netwerk|zoals|"
    r"instanties|hulpverleners|sponsors?|others?|third parties)\b"
)
# The lead-in to boxes per recipient ("Ik geef toestemming voor overleg met:", "die u
# hieronder aankruist") is no single signature.
_LIST_FOLLOWS = re.compile(r":\s*$|\baankruis\w*|\bhieronder\b")


# A condition or a loss is said with a word for it: "geen", "zonder", "alleen als", "pas
# na", "nodig" with "toestemming", "voorwaarde". The reader quoted sentences with none ("De
# dyslexieverklaring staat in het afgeschermde deel ...", "Deze toestemming geldt voor de duur
# van de inschrijving"): right 2 of 9 times on all labelled forms.
_CONDITION_WORD = re.compile(
    r"\b(geen|niet|zonder|tenzij|voorwaarde\w*|verplicht\w*|vereist|noodzakelijk|anders|moet\w*|"
    r"zodra|nadat|in aanmerking|onderdeel van)\b|\b(alleen|pas|enkel) (als|wanneer|indien|na)\b"
    r"|\btoestemming\b[^.]{0,60}\bnodig\b|\bnodig\b[^.]{0,60}\btoestemming\b"
)
# Said to have no consequence, also through OCR ("heeft geen gevoIgen").
_NO_CONSEQUENCE = re.compile(r"\bgeen (nadelige )?(gevo.gen|nadeel|invloed|consequenties)\b")


def _not_reassured(key: str) -> bool:
    return bool(_CONDITION_WORD.search(key)) and not (
        pc.FREE_CHOICE.search(key)
        or _STILL.search(key)
        or _NO_CONDITION.search(key)
        or _NO_CONSEQUENCE.search(key)
    )


# A question heading over what follows ("Wie zijn erbij betrokken?") names no one itself.
_ASKS_WHO = re.compile(r"^\W*(wie|wat|welke|waar|waarom|hoe|wanneer)\b[^.!]*\?\W*$")


# Partners counted or pointed back to ("drie vaste partners van buiten school", "De partners
# leggen hun aantekeningen vast in ... GGD Rijnhoeve, ..."): the named ones, not an open group.
# Seen read as open twice at first sight in sealed154 (both wrong); "de partners" of a named
# list was right 4 of 8 times over every scored set, a coin, not a defect.
_KNOWN_PARTNERS = re.compile(
    r"\b(twee|drie|vier|vijf|zes|\d+|de|deze|die|beide) (vaste |genoemde |bovengenoemde )?"
    r"\w*partners?\b"
)


def _names_an_open_group(key: str) -> bool:
    key = _KNOWN_PARTNERS.sub(" ", key)
    return (
        bool(_OPEN_GROUP.search(key)) and not _CLOSED_GROUP.search(key) and not _ASKS_WHO.match(key)
    )


# Both parents asked, each to answer ("vraag ik u allebei om te antwoorden", sealed122):
# two people, not two exchanges under one answer.
_BOTH_PARENTS = re.compile(
    r"\b(u|jullie) (allebei|beiden|alle twee)\b|\bbeide (ouders|gezaghebbers)\b"
)


def _not_a_list_lead_in(key: str) -> bool:
    return not _LIST_FOLLOWS.search(key) and not _BOTH_PARENTS.search(key)


# Per criterion: what the sentence seems to say, for the parent; the legal source; the
# guard a sentence must pass (on its normalised words).
DEFECTS: dict[str, tuple[str, str, Callable[[str], bool]]] = {
    "vrij": (
        "dat nee zeggen een nadeel heeft, of dat ja zeggen een voorwaarde is voor hulp, "
        "een plek of een aanvraag",
        "(AVG art. 7 lid 4; overweging 42 en 43)",
        _not_reassured,
    ),
    "ontvangers": (
        "dat de gegevens ook naar een open groep kunnen gaan, niet alleen naar organisaties "
        "die bij naam genoemd zijn",
        "(AVG art. 13 lid 1 onder e; overweging 42)",
        _names_an_open_group,
    ),
    "granulair": (
        "dat u met één handtekening of één antwoord instemt met meer dan één uitwisseling",
        "(overweging 32 en 43 bij de AVG)",
        _not_a_list_lead_in,
    ),
}


@lru_cache(maxsize=1)
def _readers() -> dict[str, tuple[Any, float, float]] | None:
    """Per criterion (weights, bias, threshold), or None without the model or the weights."""
    if sentence_model() is None or not WEIGHTS.exists():
        return None
    import numpy as np  # noqa: PLC0415 (present wherever the sentence model is)

    trained = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if trained.get("model") != MODEL:
        return None
    return {
        code: (np.asarray(r["weights"], dtype=np.float32), float(r["bias"]), float(r["threshold"]))
        for code, r in trained["criteria"].items()
        if code in DEFECTS
    }


def likeliest_defect(code: str, judgement: Judgement, form: Form) -> tuple[float, str] | None:
    """The sentence that most likely says the defect, with its chance; None if none may.

    Sentences the rule cited for its ``ok`` are left out: they are what made it ``ok``.
    """
    readers = _readers()
    if readers is None or code not in readers:
        return None
    import numpy as np  # noqa: PLC0415

    weights, bias, _ = readers[code]
    sentences = sentences_of(form)
    if not sentences:
        return None
    vectors = np.asarray(form_vectors(form))
    chances = 1.0 / (1.0 + np.exp(-(vectors @ weights + bias)))
    guard = DEFECTS[code][2]
    scored = [
        (float(chance), sentence)
        for chance, sentence in zip(chances, sentences, strict=True)
        if sentence not in judgement.bewijs and guard(normalise(sentence))
    ]
    return max(scored) if scored else None


def raise_missed(code: str, judgement: Judgement, form: Form) -> Judgement:
    """The rules' judgment, or ``gebrek`` with doubt where they found it ``ok`` and a
    sentence clearly seems to say the defect."""
    if judgement.oordeel != OK or code not in DEFECTS:
        return judgement
    found = likeliest_defect(code, judgement, form)
    readers = _readers()
    if found is None or readers is None or found[0] < readers[code][2]:
        return judgement
    what, basis, _ = DEFECTS[code]
    sentence = found[1]
    # Quoted inside our own sentence, without its full stop: "... leeg is” (AVG ...).
    cited = sentence.rstrip(" .;:,")
    return Judgement(
        GEBREK,
        f"Een zin in het formulier lijkt te zeggen {what}: “{cited}” {basis}. "
        f"Twijfel: dossierwijs herkende dat aan de betekenis van de zin, niet aan vaste "
        f"woorden. Lees de zin zelf: klopt dit, dan is dit een gebrek.",
        (sentence,),
    )
