"""Whether the form lets the parent choose per purpose or recipient (overweging 32 en 43
bij de AVG): boxes or a signature per part, or one choice that covers several exchanges.

Split from ``choice`` (which re-exports ``judge_granulair``). One choice is enough for one
exchange; where the form bundles several things under one signature (distinct
declarations, several listed recipients, a second exchange "daarnaast"), it is not, and
when the evidence is unclear the reading that keeps the parent safe wins.
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from . import phrases_purpose as pp
from .announced_parts import EACH_OFFERED, announced_parts, answers_per_part
from .form import (
    GEBREK,
    OK,
    Form,
    Judgement,
    evidence,
    organisation_names,
    quoted,
    shares,
)
from .participants import outside_parties
from .parts import (
    SIGNED_PART,
    TWO_CONSENTS,
    answer_per_item,
    declares_several_consents,
    offers_parts,
    one_choice_over_listed_exchanges,
    signature_over_a_list,
    signature_over_ticked_items,
    signature_per_part,
    silence_only,
)
from .phrases_bundled import SHARING_AND_PICTURES
from .purpose import listed_picture_places
from .sentences import Sentence
from .several_exchanges import covers_several_things, may_cover_several_things

# "Jullie mogen bij elk punt ja of nee zeggen", "per onderdeel apart antwoord".
_YES_OR_NO = re.compile(r"\bja (of|en) nee\b|\bapart\b|\bantwoord\w*\b")
# A box label that names a party: "a. samenwerkingsverband", "b. logopedie", "c. GGD" (not a
# subject to choose, "rekenen/wiskunde").
_PARTY_KIND = re.compile(r"\b\w*(logopedie|fysiotherapie|praktijk|school|therapeut|arts)\b")


def _names_a_party(label: str) -> bool:
    key = label.lower()
    if re.match(r"\W*(ja|nee|neen|wel|niet|geen|yes|no)\b", key):
        return False  # "Ja, de school mag dit delen": a yes, not a party
    named = [
        n
        for n in organisation_names([Sentence(text=label, heading="")])
        if " " in n or n.lower() in p.ORGANISATION_ACRONYMS  # "Engels" is a subject, not a party
    ]
    return bool(p.PARTY_WORD.search(key) or _PARTY_KIND.search(key) or named)


_ITEMS = r"(\d{1,2}|[a-h])(, ?(\d{1,2}|[a-h]))* (en|t/m|tot en met) (\d{1,2}|[a-h])\b"
_ITEMS_TOGETHER = re.compile(
    rf"\b(onder|bij|in) (punt(en)? |de punten )?{_ITEMS}"
    # "Ik geef toestemming voor a, b en c zoals hierboven beschreven: JA / NEE"
    rf"|\b(toestemming|akkoord|instem\w*) (voor|met) (de )?(punt(en)? |onderdelen |"
    rf"toestemmingen |uitwisselingen )?{_ITEMS}"
    r"(?! (geldt|loopt|is|blijft)\b)"
    # (not the items the parent marked: "a, b en c voor zover ik die hierboven heb geparafeerd")
    r"(?![^.]*\b(aangekruist|aangevinkt|geparafeerd|omcirkeld|gekozen|aangegeven)\b)"
)
# The items are papers of one exchange: "Wij sturen de volgende stukken naar De Klank:".
_PAPERS_LISTED = re.compile(
    r"\bde volgende (stukken|documenten|verslagen)\b[^.:]*\b(naar|aan)\b"
    r"|\b(naar|aan)\b[^.:]*\bde volgende (stukken|documenten|verslagen)\b"
)
_CONSENTS = re.compile(r"\b(toestemming|akkoord|instem\w*|stem\w* in)\b")


def _exchanges(form: Form) -> list[Sentence]:
    """The sentences about an exchange, to show as evidence; "stuur een mail naar
    ib@school.nl" is how to reach someone, shown only when nothing else is left."""
    sharing = [s for s in form.body if shares(s)]
    return [s for s in sharing if not _CONTACT.search(s.text)] or sharing


_CONTACT = re.compile(r"\S+@\S+\.\w+|\b0\d[\d -]{8,}")


def _parties_named(s: Sentence) -> int:
    named = [n for n in organisation_names([s]) if " " in n]  # (not the child: "Daan")
    return len(named) + len(p.PARTY_WORD.findall(s.key))


# How a weak sign of several exchanges starts: shown, not counted (several_exchanges).
MAYBE_SEVERAL = (
    "Misschien een gebrek: in het formulier staat nog een andere organisatie of een ander doel"
)


# A heading over boxes that ask for consent or name what is shared: those boxes are choices.
_CONSENT_HEADING = re.compile(
    r"\b(toestemming\w*|akkoord|instem\w*|verklaring|gegevens\w*|uitwissel\w*|delen|deel|"
    r"foto\w*|beeld\w*|video\w*|film\w*|opname\w*|informatie|contact|bezwaar)\b"
)


_KNOWN_ALREADY = re.compile(r"\b(op de hoogte|kennis genomen|gelezen en begrepen)\b")


def _consent_choices(choices: list[Sentence]) -> list[Sentence]:
    """The choices less the options of a field under a heading of its own: "3. Soort
    aanvraag" / "☐ arrangement op de eigen school" / "☐ toelaatbaarheidsverklaring ...", "2.
    Soort therapie" / "☐ logopedie ☐ kinderfysiotherapie", when one box elsewhere gives the
    consent ("☒ Ik geef toestemming voor de gegevensuitwisseling onder a t/m d"). Counted as
    choices, they read as a choice per part (sealed159, sealed162, after scoring)."""
    consenting = [c for c in choices if _CONSENTS.search(c.key)]
    if len(consenting) != 1:
        return choices
    heading = consenting[0].heading

    def an_option(c: Sentence) -> bool:
        if _KNOWN_ALREADY.search(c.key):
            return True  # "☒ Ik ben op de hoogte van de inhoud van het groeidocument"
        return (
            c.heading.strip() != heading.strip()
            and bool(c.heading.strip())
            and not _CONSENT_HEADING.search(c.heading.lower())
            and not shares(c)
            and not any(
                re.match(r"\W*(ja|nee|wel|niet|geen|yes|no)\b", b.label.lower())
                # a box per recipient, or one that allows: "☐ huisarts", "☐ mag op de foto"
                # (not a kind of help: "☐ logopedie")
                or p.PARTY_WORD.search(b.label.lower())
                or re.search(r"\b(mag|mogen)\b", b.label.lower())
                for b in c.boxes
            )
        )

    others = [c for c in choices if c is not consenting[0]]
    return consenting if others and all(an_option(c) for c in others) else choices


_OWN_CONSENT = re.compile(
    r"\W*((ik|wij|we) (geef|geven|verleen|verlenen)|(ondergetekende )?(verklaart|verklaar|verklaren) "
    r"(hierbij )?akkoord)\b"
)


def judge_granulair(form: Form) -> Judgement:
    """There must be a separate choice per purpose or recipient, not one signature for all."""
    basis = "(overweging 32 en 43 bij de AVG)"
    # The signature line itself may say it covers everything ("Handtekening voor alle
    # bovenstaande onderdelen: ____").
    choices = _consent_choices(form.choices())
    # Silence taken as consent to everything is a defect of ondubbelzinnig, said there, where
    # the form also offers a choice per part; without one, that silence is the only answer and
    # covers everything at once ("Als u met beide punten akkoord bent, hoeft u niets te doen").
    bundled = form.matching(
        p.BUNDLED,
        [
            s
            for s in form.sentences
            if not s.is_heading
            and not (silence_only(s) and offers_parts(form, choices))
            and not EACH_OFFERED.search(s.key)
        ],
    )
    # (one box with both is bundled, whatever other boxes the form has)
    bundled += [
        s
        for s in form.body
        if SHARING_AND_PICTURES.search(s.key)
        and (s.boxes or (len(choices) < 2 and pc.SIGNATURE.search(s.key)))
        and s not in bundled
    ]
    bundled += [s for s in signature_over_ticked_items(form) if s not in bundled]
    if bundled:
        return Judgement(
            GEBREK,
            f"Met één handtekening of één vakje stemt u in met alles tegelijk. U moet per "
            f"doel of per organisatie apart ja of nee kunnen zeggen {basis}.",
            evidence(bundled),
        )
    # One line with a box per part: "Ik maak bezwaar tegen: [ ] a. SWV  [ ] b. logopedie  [ ] c. GGD".
    per_part = [
        s
        for s in choices
        if len({b.label.lower() for b in s.boxes if _names_a_party(b.label)}) >= 2
    ]
    if len(choices) >= 2 or per_part:
        return Judgement(
            OK,
            f"U kunt per onderdeel apart ja of nee kiezen. Zo hoort het {basis}.",
            evidence(choices),
        )
    # "Kruis per regel ja of nee aan": the form announces a choice per item, whose boxes a
    # scan may have lost.
    per_item = [
        s
        for s in form.body
        if (p.CHOICE_INSTRUCTION.search(s.key) or _YES_OR_NO.search(s.key))
        and p.PER_ITEM.search(s.key)
        and len(choices) <= 1
    ]
    # "Met mijn handtekening verklaar ik dat ik instem met ... en dat ik toestemming geef
    # om ...": one signature for several consents.
    declarations = [s for s in form.sentences if declares_several_consents(s.key)]
    # One box for two consents: "[ ] Ik geef toestemming om mijn kind te bespreken in het ZAT
    # en om bovengenoemde gegevens te delen met de partners".
    declarations += [s for s in choices if len(choices) == 1 and TWO_CONSENTS.search(s.key)]
    # ... or the parent's own sentence above one signature, no box at all: "Ik geef
    # toestemming voor het gebruik van Tekstkompas ... en voor het doorgeven van zijn/haar
    # teksten aan Hogeschool Ellenburg" (sealed231).
    declarations += [
        s
        for s in form.body
        if not choices
        and _OWN_CONSENT.match(s.key)
        and TWO_CONSENTS.search(s.key)
        and any(pc.SIGNATURE.search(t.key) for t in form.sentences)
        and s not in declarations
    ]
    declarations += signature_over_a_list(form)
    declarations += one_choice_over_listed_exchanges(form, choices)
    if declarations:
        return Judgement(
            GEBREK,
            f"Met één handtekening stemt u in met meerdere dingen tegelijk (zie de zin bij de "
            f"handtekening of het vakje). U moet per doel of per organisatie apart ja of nee "
            f"kunnen zeggen {basis}.",
            evidence(declarations),
        )
    if per_item and not form.matching(p.BUNDLED):
        return Judgement(
            OK,
            f"Het formulier zegt dat u per onderdeel apart kiest. Twijfel: de vakjes zelf zijn "
            f"niet te lezen (een scan?); kijk of er echt per onderdeel een keuze is {basis}.",
            evidence(per_item),
        )
    answered = answer_per_item(form)
    if answered:
        return Judgement(
            OK,
            f"U antwoordt per onderdeel apart ja of nee. Twijfel: er zijn geen vakjes; zet in "
            f"uw antwoord bij elk onderdeel duidelijk ja of nee {basis}.",
            evidence(answered),
        )
    signed_parts = signature_per_part(form)
    if len(signed_parts) >= 2:
        return Judgement(
            OK,
            f"U tekent elk deel apart ({', '.join(sorted(signed_parts))}). Zo kunt u per deel "
            f"kiezen {basis}.",
            evidence(s for s in form.sentences if SIGNED_PART.search(s.key)),
        )
    # "Ik geef toestemming voor de gegevensuitwisseling onder a, b en c": the items above,
    # each its own exchange, under one choice (a choice per item left the form before this).
    # (not papers for one recipient named there: "de stukken onder 1, 2 en 3 naar De Klank")
    together = [
        (s, m.group(0))
        for s in form.sentences
        if (_CONSENTS.search(s.key) or shares(s))
        and not (p.ROLE_RECIPIENT.search(s.key) or organisation_names([s]))
        and not form.matching(_PAPERS_LISTED)
        for m in [_ITEMS_TOGETHER.search(s.key)]
        if m
    ]
    if together:
        return Judgement(
            GEBREK,
            f"Eén keuze geldt voor alle onderdelen samen: {quoted(together, 1)}. U moet per "
            f"doel of per organisatie apart ja of nee kunnen zeggen {basis}.",
            evidence(s for s, _ in together),
        )
    # "Voor het kamp vragen wij uw toestemming voor drie dingen", "Het onderzoek bestaat uit
    # drie delen", and then one yes or no for them all (a choice per part left before this).
    announced = announced_parts(form, choices)
    if announced:
        return Judgement(
            GEBREK,
            f"Het formulier noemt meerdere onderdelen ({quoted(announced, 1)}), maar dossierwijs "
            f"vond maar één keuze voor alles samen. U moet per onderdeel apart ja of nee kunnen "
            f"zeggen {basis}. Twijfel: staat er toch bij elk onderdeel een eigen vakje, dan is "
            f"het in orde.",
            evidence([*(s for s, _ in announced), *choices]),
        )
    # "Aanwezig zijn:" and a line per participant: the jeugdarts of the GGD and the
    # orthopedagoog of the samenwerkingsverband get it under one choice.
    listed = outside_parties(form)
    # (the box itself names the one that gets it: "... in dit overleg met de GGD")
    one_named = bool(choices) and all(_parties_named(s) == 1 for s in choices)
    if len(listed) >= 2 and any(shares(s) for s in form.body) and not one_named:
        return Judgement(
            GEBREK,
            f"Bij het overleg of de uitwisseling zijn meerdere organisaties ({', '.join(listed)}), "
            f"maar u kunt maar één keer kiezen. U moet per organisatie apart ja of nee kunnen "
            f"zeggen {basis}.",
            evidence(choices or _exchanges(form)),
        )
    place_lines = listed_picture_places(form)
    place_lines += [s for s in _places_in_one_sentence(form) if s not in place_lines]
    places = list(dict.fromkeys(w for s in place_lines for w in pp.PICTURE_PLACE.findall(s.key)))
    if len(choices) <= 1 and len(places) >= 2:
        return Judgement(
            GEBREK,
            f"De foto's of filmpjes komen op meerdere plekken "
            f"({', '.join(f'“{_BRANDS.get(w, w)}”' for w in places)}), maar u "
            f"kunt maar één keer kiezen. U moet per plek apart ja of nee kunnen zeggen {basis}.",
            evidence([*place_lines, *choices]),
        )
    offered = form.matching(EACH_OFFERED)
    if offered and not choices:
        return Judgement(
            OK,
            f"U kunt per onderdeel apart ja of nee antwoorden. Zo hoort het {basis}.",
            evidence(offered),
        )
    if covers_several_things(form, choices):
        return Judgement(
            GEBREK,
            f"Het formulier gaat over meer dan één organisatie of doel, maar u kunt maar één "
            f"keer kiezen. U moet per doel of per organisatie apart ja of nee kunnen zeggen "
            f"{basis}.",
            evidence(choices or _exchanges(form)),
        )
    # (not where the form shows answers per part the choices missed: "1 □ja □nee 2 □ja □nee")
    signs = [] if answers_per_part(form, choices) else may_cover_several_things(form, choices)
    if signs:
        return Judgement(
            OK,
            f"{MAYBE_SEVERAL} (zie de zin hieronder). Daar kunt u dan niet apart ja of nee op "
            f"zeggen. Twijfel: dossierwijs leest dit vaak verkeerd. Daarom telt het niet mee "
            f"in de uitkomst. Lees de zin zelf. Gaat het echt om een andere organisatie of een "
            f"ander doel, dan moet u daar apart ja of nee op kunnen zeggen {basis}. Vraag dan "
            f"om een apart vakje, of geef bij dit punt aan dat u toch een gebrek ziet.",
            evidence([*signs, *choices]),
        )
    return Judgement(
        OK,
        f"Het formulier lijkt over één uitwisseling te gaan, dus één keuze is genoeg. Twijfel: "
        f"gaat het toch over meer dan één organisatie of doel, dan moet u per onderdeel apart "
        f"kunnen kiezen {basis}.",
        evidence(choices),
    )


# What the pictures are used for in the next sentence: "Meester Bas maakt foto's. Die
# gebruiken we in de schoolgids, op onze website en op Instagram."
_THEY = re.compile(r"\W*(die|deze|ze|zij|dat|dit)\b")
_PUT = re.compile(
    r"\b(gebruik\w*|plaats\w*|zet|zetten|deel|delen|publiceren|publiceert|laten zien|tonen|"
    r"verschijn\w*|komen|komt)\b"
)


def _places_in_one_sentence(form: Form) -> list[Sentence]:
    """A sentence that puts the pictures in two places or more, without a box of its own (on
    every scored set where such a form had one choice, the labels found it not granular)."""
    found: list[Sentence] = []
    for at, s in enumerate(form.body):
        before = form.body[at - 1].key if at else ""
        pictured = pp.PICTURES.search(s.key) or (pp.PICTURES.search(before) and _THEY.match(s.key))
        # (places in a clause that denies them do not count: "..., niet op Instagram")
        said = [c for c in _CLAUSES.split(s.key) if not p.NEGATION.search(c)]
        if (
            pictured
            and not s.boxes
            and _PUT.search(s.key)
            and not _NOT_OURS.search(s.key)
            and len({w for c in said for w in pp.PICTURE_PLACE.findall(c)}) >= 2
        ):
            found.append(s)
    return found


_CLAUSES = re.compile(r",\s*(?=(?:maar|niet|nooit|wel|behalve)\b)|;")
# Not the school's own use, nor pictures without children (outside review): "andere ouders
# zetten soms zelf beelden op Facebook", "Foto's van de open dag, zonder leerlingen, ...".
_NOT_OURS = re.compile(
    r"\b(andere ouders|ouders zelf|zelf (foto|beeld|film)\w*)\b|\bzonder (leerlingen|kinderen)\b"
)


# How the places are written in the explanation (and the letter to the school that quotes it).
_BRANDS = {
    "instagram": "Instagram",
    "facebook": "Facebook",
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "linkedin": "LinkedIn",
}
