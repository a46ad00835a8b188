"""A consent form as the criteria read it, and the judgment each criterion returns."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import phrases as p
from . import phrases_choice as pc
from . import phrases_purpose as pp
from .background import outside_the_request
from .lemmas import shares_by_lemma
from .sentences import Sentence, original_phrase, split_form

OK = "ok"
GEBREK = "gebrek"

# AVG art. 4 lid 11 and 7: without these the consent is not valid.
VALIDITY_CRITERIA = (
    "doel",
    "gegevens",
    "ontvangers",
    "vrij",
    "ondubbelzinnig",
    "granulair",
    "intrekken",
)
# AVG art. 13 lid 1-2 and the parents' organisations' advice: owed, but not a condition.
INFORMATION_CRITERIA = ("opslag", "termijn")


@dataclass(frozen=True)
class Judgement:
    """The outcome for one criterion."""

    oordeel: str
    uitleg: str
    bewijs: tuple[str, ...] = ()


class Form:
    """A consent form split into sentences, with the lookups the criteria share."""

    def __init__(self, text: str):
        self.text = text
        sentences = split_form(text)
        # What the document itself sets apart from its consent question (a legal duty, an
        # exchange that "staat los van" this one) is no part of what is judged.
        outside = outside_the_request(sentences)
        self.set_apart = [s for i, s in enumerate(sentences) if i in outside]
        self.sentences = [s for i, s in enumerate(sentences) if i not in outside]
        self.body = [s for s in self.sentences if not s.is_heading and not s.is_fill_in]

    def matching(
        self, pattern: re.Pattern[str], among: Iterable[Sentence] | None = None
    ) -> list[Sentence]:
        return [s for s in (self.body if among is None else among) if pattern.search(s.key)]

    def following(self, sentence: Sentence, count: int = 2) -> list[Sentence]:
        """The sentence and the next ``count`` ones in the same section (just the sentence for
        a heading or a fill-in line, which stand outside the body)."""
        if sentence not in self.body:
            return [sentence]
        index = self.body.index(sentence)
        return [s for s in self.body[index : index + count + 1] if s.heading == sentence.heading]

    def under(self, heading: Sentence) -> list[Sentence]:
        """The body sentences under ``heading``, in order."""
        return [s for s in self.body if s.heading == heading.text]

    def choices(self) -> list[Sentence]:
        """Box lines where the parent gives (not refuses) consent; questions are left out."""
        result = []
        # The line before, heading or not: a short question stands alone as a heading.
        before_of = dict(zip(self.sentences[1:], self.sentences[:-1], strict=False))
        for s in self.body:
            before = before_of.get(s)
            if pc.SILENCE_IS_CONSENT.search(s.key):
                continue
            # A question is a choice only when it asks for the consent itself ("Geef je
            # toestemming? O ja O nee"), not a fact ("Heeft uw kind een diagnose? ja/nee"),
            # also when its boxes stand on the line below the question.
            # (a row's column header is no question: "Waar laten we het zien?: ...", sealed214)
            text = _COLUMN_QUESTION.sub("", s.text) if s.is_row else s.text
            if "?" in text and not (s.boxes and _ASKS_CONSENT.search(s.key)):
                continue
            if (
                s.boxes
                and before is not None
                and before.text.rstrip().endswith("?")
                and not before.boxes
                and not _ASKS_CONSENT.search(before.key + " " + s.key)
                and not (
                    _ASKS_A_WISH.match(before.key)
                    and _ABOUT_THE_DATA.search(before.key + " " + s.key)
                )
            ):
                continue
            if not s.boxes:
                # A table row is its own unit: "kiezen" in its reason is no instruction.
                instruction = not s.is_row and p.CHOICE_INSTRUCTION.search(s.key)
                # "Ik ga akkoord met ...: ja / nee (omcirkel wat van toepassing is)": the
                # statement and its pair, with the instruction in brackets.
                if instruction and re.search(
                    r"\b(akkoord|toestemming)\b[^.]{0,80}\bja ?/ ?nee\b", s.key
                ):
                    instruction = None
                # "... Ja / Nee" at the end, or "Ik geef wel / geen* toestemming dat ..."
                # (strike out what does not apply) inside the sentence.
                pair = p.CHOICE_PAIR.search(s.key) or p.INLINE_CHOICE.search(s.key)
                if pair and not instruction and not _FACT_FIELD.search(s.key):
                    result.append(s)
                continue
            if boxes_of_a_field(s) or _WHO_I_AM.search(s.key):
                continue  # (nor who signs: "[ ] ouder met gezag ben", "[ ] voogd ben")
            if all(_PRICED.search(b.label) for b in s.boxes) and not _ASKS_CONSENT.search(s.key):
                continue  # a package to buy: "[ ] Plus – 3 middagen per week € 259,- per maand"
            labels = [b.label.lower().strip(" .:;") for b in s.boxes if b.label.strip(" .:;")]
            if labels and all(_DAY_OR_SEX.fullmatch(label) for label in labels):
                continue  # days of care or a sex to tick: "ma: [ ] di: [ ]", "☐ jongen ☐ meisje"
            if _ACKNOWLEDGES.search(s.key) and not _ASKS_CONSENT.search(s.key):
                continue  # "[ ] heeft kennis genomen van bovenstaande informatie"
            if any(
                not b.label.lower().startswith(("nee", "neen", "geen", "anders", "voor gezien"))
                and not _REFUSES.match(b.label.lower())
                for b in s.boxes
            ):
                result.append(s)
        return result


_DAY_OR_SEX = re.compile(
    r"(ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"jongen|meisje|man|vrouw|anders(/.*)?)"
)
_PRICED = re.compile(r"€ ?\d|\d,[-\d]{1,2} ?(euro|per (maand|week|jaar|les))\b")
_WHO_I_AM = re.compile(
    r"^\W*\S{0,3}\s*(ouder|verzorger|voogd|de jongere|pleegouder|wettelijk vertegenwoordiger)\b"
    r"[^.]{0,40}\b(ben|bent|is)\b"
)
# A box that refuses in a sentence of its own: "[ ] Ik geef geen toestemming."
_REFUSES = re.compile(
    r"\W*(ik|wij|we)( \w+)? (geef|geven|ga|gaan|verleen|verlenen)( \w+)? (geen|niet)\b"
    r"|\W*(ik|wij|we) (weiger|weigeren)\b|\W*niet akkoord\b"
)
# A yes/no field about a fact, not a consent: "gezag: ja / nee", "allergie: ja/nee".
_FACT_FIELD = re.compile(
    r"\b(gezag|ouderlijk gezag|allergie\w*|diagnose|medicatie|medicijnen|zwemdiploma|verzekerd|"
    r"dieet|bril|gehoorapparaat|vaccinaties?|geslacht|broertjes|zusjes|huisdieren):\s*(ja|wel)\s*/\s*"
    r"(nee|niet|geen)\b"
)
# A labelled field whose boxes are answers ("C4. Hulpmiddelen: ☐ rolstoel ☐ autostoel").
# A label of one to three words, no "ik"/"wij": "Ik maak bezwaar tegen: [ ] a. ..." chooses.
_FACT_BOXES = re.compile(
    r"^\W*([A-Z]?\d+[.)]?\s+)?(?!.*\b(ik|wij|we|u|bezwaar|toestemming|keuze|antwoord)\b)"
    r"[A-Za-zÀ-ÿ'-]{2,25}( [A-Za-zÀ-ÿ'-]{1,25}){0,2}:\s*[☐□❏◻○◯⬜▢☒☑\[(]",
    re.IGNORECASE,
)
# A field of a sign-up form with its options: a capitalised label of one or two words, then
# boxes whose labels are a word or two each, none a choice word or an organisation.
_FIELD_LABEL = re.compile(r"^\W*[A-Z][a-zà-ÿ'-]{2,25}( [a-zà-ÿ'-]{1,25})?\s+[☐□❏◻○◯⬜▢\[(]")
_CHOICE_WORD = re.compile(r"\b(ja|nee|wel|niet|geen|akkoord|toestemming|yes|no)\b", re.I)


_ACKNOWLEDGES = re.compile(
    r"\bkennis (genomen|te hebben genomen|van genomen)\b|\b(gelezen|ontvangen|begrepen)\b"
)
# A box only the office fills in: "Voor de administratie: [x] gescand".
_OFFICE_USE = re.compile(
    r"^\W*(voor de administratie|in te vullen door (de )?(school|administratie|organisatie)|"
    r"voor intern gebruik|niet invullen|alleen voor (de )?(school|administratie))\b",
    re.IGNORECASE,
)


def boxes_of_a_field(s: Sentence) -> bool:
    """Boxes that ask a fact or are the office's, not a consent: "C4. Hulpmiddelen: ☐
    rolstoel ☐ autostoel", "Groep: □ 1-2 ■ 3-4", "Vakken ☐ Wiskunde ☐ Engels", "Voor de
    administratie: [x] gescand"; the attachments the sender ticked ("Bijgevoegde stukken" /
    "[x] OPP met evaluaties"); the mark shown in an instruction ("Zet per regel een" / "[x] in
    het hokje van uw keuze", "Markeer (•) bij uw keuze")."""
    if _OFFICE_USE.match(s.text):
        return True
    if _ATTACHED.search(s.heading.lower()) and not _ASKS_CONSENT.search(s.key):
        return True
    if _MARK_SHOWN.search(s.key):
        return True
    if (
        _FACT_BOXES.match(s.text)
        and not _ASKS_CONSENT.search(s.key)
        # (a place for the pictures is a choice: "Website: ☐ ja ☐ nee")
        and not pp.PICTURE_PLACE.search(s.key.split(":", 1)[0])
    ):
        return True
    return _options_of_a_field(s)


_ATTACHED = re.compile(
    r"\b(bijgevoegde|meegestuurde|meegezonden|bijgesloten) (stukken|documenten|bijlagen)\b"
    r"|^\W*(\d{1,2}[.)]\s*)?bijlagen?\W*$"
)
_MARK_SHOWN = re.compile(
    r"^\W*\S{1,3}\s*(in|bij|achter|voor) (het|de|uw|je) (hokje|vakje|rondje|keuze|antwoord|kolom)\b"
    # a legend: "Zo kruist u aan: [x] = ja, dat mag"
    r"|\b(zo|zet|kruis|vink)\w* (u|je|jij|jullie)? ?aan\s*:\s*\S{1,3}\s*(=|:)"
    r"|\b(markeer|zet|plaats|kruis|vink)\w*\b[^.]{0,20}\W(x|•|✓)\W{0,2} (bij|in|achter|voor) "
    r"(uw|je|het|de) (keuze|hokje|vakje|antwoord)\b"
)


def _options_of_a_field(s: Sentence) -> bool:
    return (
        len(s.boxes) >= 2
        and bool(_FIELD_LABEL.match(s.text))
        and all(0 < len(b.label.split()) <= 2 and not _CHOICE_WORD.search(b.label) for b in s.boxes)
        and not organisation_names([Sentence(text=b.label, heading="") for b in s.boxes])
    )


_ASKS_CONSENT = re.compile(
    r"\b(toestemming|akkoord|instem\w*|goed ?vind\w*|mag|mogen|consent|agree)\b"
)
# The parent's wish asked above the boxes: "Wil je op het rijschema?" over "( ) Ja ( ) Nee"
# (sealed220). Not a fact about the child: "Heeft uw kind een allergie?".
# (also numbered: "1. Wil je op het rijschema?"; not the opt-out "Wilt u niet op de lijst?";
# nor a wish to help or come, "Wil je helpen bij het kamp?", "Doet u mee met de ouderavond?":
# the question or its box names the list or the use, _ABOUT_THE_DATA; review of sealed220's change)
_ASKS_A_WISH = re.compile(
    r"\W*((\d{1,2}|[a-z])[.)]\s*|vraag \d{1,2}\s*[:.]\s*)?"
    r"(wil je|wilt u|wil jij|willen jullie|doe je mee|doet u mee|doen jullie mee)\b"
    r"(?![^?]*\b(niet|geen)\b)[^?]*\?$"
)
_ABOUT_THE_DATA = re.compile(
    r"\b(op|in|aan|uit|van|met) (de|het|die|dat|onze|ons|mijn) [\w-]*(lijst|schema|rooster|groep|"
    r"app|kalender|overzicht|boekje|website|nieuwsbrief)\b|\b(zet|zetten|delen|deel|doorgeven|"
    r"doorsturen|gebruiken|bewaren|noemen|vermelden|publiceren|plaatsen|tonen)\b"
    # ... or asks for the choice itself: "Wilt u hieronder kiezen?" (sealed168)
    r"|\b(kiezen|aankruisen|aanvinken|antwoorden|aangeven)\b"
)
# A column header that asks ("Waar laten we het zien?: ...", "Gegevens doorgeven?: ..."); not
# a fact asked of the parent in the header: "Heeft uw kind een allergie?: Noten; ja: ○" (review).
_COLUMN_QUESTION = re.compile(
    r"(?:^|(?<=; ))(?!(heeft|hebt|heb|is|zijn|gebruikt|krijgt|zit|kan|draagt|neemt|eet|slaapt|"
    r"doet|moet) (uw|je|jouw|het|de|jij|u|hij|zij)\b)[^;:|]*\?:",
    re.IGNORECASE,
)


def shares(s: Sentence) -> bool:
    """The sentence speaks of passing data on, in any form of the verb ("doorstuur")."""
    return bool(p.SHARING.search(s.key)) or shares_by_lemma(s.key)


def quoted(found: Iterable[tuple[Sentence, str]], limit: int = 3) -> str:
    """The matched phrases as the form prints them, each between quotes."""
    return quotes((original_phrase(s.text, phrase) for s, phrase in found), limit)


def quotes(matches: Iterable[str], limit: int = 3) -> str:
    seen: list[str] = []
    for m in matches:
        if m not in seen:
            seen.append(m)
    return ", ".join(f"“{m}”" for m in seen[:limit])


def evidence(sentences: Iterable[Sentence], limit: int = 4) -> tuple[str, ...]:
    seen: list[str] = []
    for s in sentences:
        text = " ".join(s.text.split())
        if text not in seen:
            seen.append(text)
    return tuple(seen[:limit])


def clause_at(key: str, start: int) -> str:
    """The clause (between , ; :) of a normalised sentence that holds position ``start``."""
    clause_start = max(key.rfind(c, 0, start) for c in ",;:") + 1
    ends = [i for i in (key.find(c, start) for c in ",;:") if i != -1]
    return key[clause_start : min(ends) if ends else len(key)]


def same_clause(key: str, start: int, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.search(clause_at(key, start)))


# A sentence opening with what it is about: "Alles wat ...", "Wat u invult ...", "Al het werk dat".
_FREE_RELATIVE = re.compile(
    r"[\W\d]*((uw|je|jouw|jullie|de|het|dit|deze) \w+ (en|of) )?(alles|al het \w+|alle \w+|wat)\b"
    r"( (wat|die|dat)\b)?"
)


def in_stored_subject(key: str, start: int) -> bool:
    """Position ``start`` lies in the clause that opens a sentence whose main clause stores
    it ("• Alles wat wij maken of ontvangen, bewaren wij in het EPD", "Alles wat Ilse met
    anderen uitwisselt, staat in jouw dossier"): what is kept, not what is shared."""
    first = re.split(r"[,;:]", key, maxsplit=1)[0]
    if start >= len(first) or not _FREE_RELATIVE.match(first):
        return False
    rest = key[len(first) :]
    # "Alles wat ik krijg of opschrijf, komt in Elifs leerlingdossier in MuziekPlan."
    # "Alles wat ik ontvang of verstuur, neem ik op in Fenna's elektronisch dossier."
    return bool(
        p.STORAGE.search(rest)
        or re.match(r"\W*(komt|komen|gaat|gaan|staat|staan) (ook |dan )?in\b", rest)
        or re.match(
            r"\W*(neem|nemen|leg|leggen|zet|zetten|noteer|noteren) (ik|wij|we|zij|ze|hij)\b"
            r"[^.;]{0,12}\b(in|op)\b",
            rest,
        )
    )


def clause_shares(key: str, start: int) -> bool:
    """The clause around ``start`` speaks of passing data on (any verb form)."""
    clause = clause_at(key, start)
    return bool(p.SHARING.search(clause)) or shares_by_lemma(clause)


def _without_letterhead(text: str) -> str:
    """The text after an address (postcode and town, or PO box), or "" for a "|" header line
    with e-mail or website. A scan can glue the letterhead to the first sentence, so the
    words after the address still count; a table row also uses "|", so a bar alone does
    not make a letterhead.
    """
    if "|" in text and re.search(r"@|www\.", text):
        return ""
    addresses = list(re.finditer(r"\b\d{4} ?[A-Z]{2}\b\s*[\w-]*|\b(?i:postbus)\s*\d+", text))
    return text[addresses[-1].end() :] if addresses else text


def organisation_names(sentences: Iterable[Sentence]) -> set[str]:
    """Proper names of organisations (or people) in the sentences, letterheads left out."""
    names: set[str] = set()
    for s in sentences:
        text = _without_letterhead(s.text).strip()  # not the sender's own name and address
        text = re.sub(r"^\W*(\(?\w{1,2}[.)]\s+)?", "", text)  # bullets and numbering
        for m in p.ORGANISATION_NAME.finditer(text):
            words = m.group(0).split()
            at_start = m.start() == 0 or text[: m.start()].rstrip().endswith((".", ":", "!", "?"))
            dropped = False
            while at_start and words and words[0].lower() in p.NOT_A_NAME:
                words, dropped = words[1:], True
            if not words:
                continue
            if len(words) == 1:
                word = words[0]
                if (at_start and not dropped) or word.lower() in p.NOT_A_NAME:
                    continue  # a sentence opener, not a name
                exchanged_with = re.search(r"\b(met|naar|aan|bij) (de )?$", text[: m.start()])
                if (
                    word.isupper()
                    and word.lower() not in p.ORGANISATION_ACRONYMS
                    and not exchanged_with  # "met de KNVB" is a party
                ):
                    continue  # a document abbreviation such as OPP or OKR
            name = " ".join(words)
            if not _LAW.fullmatch(name):
                names.add(name)
    return names


# A law is no organisation: "de Jeugdwet", "de Wmo", "Wet passend onderwijs", "AVG".
_LAW = re.compile(r"\w*wet|Wet\b.*|U?AVG|W[a-z]{1,3}|Wgbo|Wpo|Wvo|Wec|BW", re.IGNORECASE)


# A footnote mark right after a phrase: a digit (a superscript after NFKC), or what a scan reads
# for one ("gegevens? delen", "partijen®").
_FOOTNOTE_MARK = re.compile(r"(\d{1,2}[a-e]?|[®©°*†])(?=\s|[.,;:]|$)|\?(?=\s+[a-z])")
# A footnote: a line that opens with its number and a capital ("2 Dit zijn uitsluitend: ...").
_FOOTNOTE_LINE = re.compile(r"^\s*([¹²³⁴⁵⁶⁷⁸⁹]|\d{1,2})\??\s+[A-Z]")


def footnotes(form: Form) -> list[Sentence]:
    """The form's footnotes ("2 Dit zijn uitsluitend: het OPP en ...")."""
    return [s for s in form.body if _FOOTNOTE_LINE.match(s.text)]


def footnoted(form: Form, s: Sentence, end: int) -> bool:
    """The phrase ending at ``end`` in ``s.key`` carries a footnote mark and the form has
    footnotes: what the phrase means is spelled out there, and judged there."""
    mark = _FOOTNOTE_MARK.match(s.text if len(s.text) == len(s.key) else s.key, end)
    if not mark:
        return False
    # A footnote is a numbered line in the body, not a numbered heading over a section.
    return bool(footnotes(form))
