"""A consent form as the criteria read it, and the judgment each criterion returns."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import phrases as p
from . import phrases_choice as pc
from .lemmas import shares_by_lemma
from .sentences import Sentence, original_phrase, split_form

OK = "ok"
GEBREK = "gebrek"


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
        self.sentences = split_form(text)
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
            if "?" in s.text and not (s.boxes and _ASKS_CONSENT.search(s.key)):
                continue
            if (
                s.boxes
                and before is not None
                and before.text.rstrip().endswith("?")
                and not before.boxes
                and not _ASKS_CONSENT.search(before.key + " " + s.key)
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
            if _FACT_BOXES.match(s.text) and not _ASKS_CONSENT.search(s.key):
                continue  # "C4. Hulpmiddelen: ☐ rolstoel ☐ autostoel": a fact to fill in
            if any(
                not b.label.lower().startswith(("nee", "neen", "geen", "anders", "voor gezien"))
                for b in s.boxes
            ):
                result.append(s)
        return result


# A yes/no field about a fact, not a consent: "gezag: ja / nee", "allergie: ja/nee".
_FACT_FIELD = re.compile(
    r"\b(gezag|ouderlijk gezag|allergie\w*|diagnose|medicatie|medicijnen|zwemdiploma|verzekerd|"
    r"dieet|bril|gehoorapparaat|vaccinaties?|geslacht|broertjes|zusjes|huisdieren):\s*(ja|wel)\s*/\s*"
    r"(nee|niet|geen)\b"
)
# A labelled field whose boxes are answers ("C4. Hulpmiddelen: ☐ rolstoel ☐ autostoel").
# A label of one to three words, no "ik"/"wij": "Ik maak bezwaar tegen: [ ] a. ..." chooses.
_FACT_BOXES = re.compile(
    r"^\W*([A-Z]?\d+[.)]?\s+)?(?!.*\b(ik|wij|we|u|bezwaar|toestemming)\b)"
    r"[A-Za-zÀ-ÿ'-]{2,25}( [A-Za-zÀ-ÿ'-]{1,25}){0,2}:\s*[☐□❏◻○◯⬜▢☒☑\[(]",
    re.IGNORECASE,
)
_ASKS_CONSENT = re.compile(
    r"\b(toestemming|akkoord|instem\w*|goed ?vind\w*|mag|mogen|consent|agree)\b"
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
    r"[\W\d]*((uw|je|jouw|jullie|de|het) \w+ (en|of) )?(alles|al het \w+|alle \w+|wat)\b"
    r"( (wat|die|dat)\b)?"
)


def in_stored_subject(key: str, start: int) -> bool:
    """Position ``start`` lies in the clause that opens a sentence whose main clause stores
    it ("• Alles wat wij maken of ontvangen, bewaren wij in het EPD", "Alles wat Ilse met
    anderen uitwisselt, staat in jouw dossier"): what is kept, not what is shared."""
    first = re.split(r"[,;:]", key, maxsplit=1)[0]
    if start >= len(first) or not _FREE_RELATIVE.match(first):
        return False
    return bool(p.STORAGE.search(key[len(first) :]))


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


# A pointer to the list that follows: "Hieronder staat precies met wie", "namelijk:".
_FORWARD_LIST = re.compile(
    r"\b(hieronder|hierna|onderstaande|op de volgende)\b[^.]{0,40}\b(met wie|wie|welke "
    r"(organisaties|partijen|instanties|personen))\b"
    r"|\b(met|aan|naar) (anderen|andere \w+), (namelijk|te weten)\b"
    # The group itself pointed down to: "bij de instanties hieronder".
    r"|\b(instanties|organisaties|partijen|personen|hulpverleners|anderen) (hieronder|hierna)\b"
)
# A choice per item announced after an open group in an introduction: "Wij willen graag met
# anderen samenwerken. Daarvoor hebben we per punt uw toestemming nodig."
_PER_ITEM_AHEAD = re.compile(
    r"\bper (punt|instantie|organisatie|partij|regel|onderdeel)\b[^.]{0,40}\b(toestemming|kiezen|"
    r"kiest|ja of nee)\b"
)
_AN_ITEM = re.compile(r"^\s*(\(?([ivx]{1,4}|\d{1,2}|[a-h])[.)]|[-•*–])\s", re.IGNORECASE)


_DATA_LEAD = re.compile(r"\b(volgende |deze )?(gegevens|informatie|stukken|documenten)\s*:?\s*$")


def _listed_below(form: Form, s: Sentence) -> bool:
    """An open group announced and then closed by a list the form points to: "wil Ilse
    soms informatie uitwisselen met anderen. Hieronder staat precies met wie"."""
    if any(_FORWARD_LIST.search(t.key) for t in form.following(s, 1)):
        return True
    # Not when the group is one of the items: "(II) overige betrokken zorgverleners".
    if _AN_ITEM.match(s.text):
        return False
    if any(_PER_ITEM_AHEAD.search(t.key) for t in form.following(s, 1)):
        return True
    # A lead-in to the list itself: "Toestemming voor contact met anderen — kies per regel:"
    # over box lines or items that each name one.
    # Or the sentence after it leads in the list: "... met anderen. Wij vragen u daarom
    # toestemming om contact op te nemen met:" over "1. de groepsleerkracht ...".
    for lead in form.following(s, 1):
        after = form.following(lead, 1)[1:]
        if _DATA_LEAD.search(lead.key):
            continue  # "Het gaat om de volgende gegevens:" lists the data, not who gets it
        if lead.text.rstrip().endswith(":") and any(
            t.boxes or re.match(r"^\s*([-•*–]|\d{1,2}[.)])\s", t.text) for t in after
        ):
            return True
    return False


# A footnote mark right after a phrase: a digit (a superscript after NFKC), or what a scan reads
# for one ("gegevens? delen", "partijen®").
_FOOTNOTE_MARK = re.compile(r"(\d{1,2}[a-e]?|[®©°*†])(?=\s|[.,;:]|$)|\?(?=\s+[a-z])")
# A footnote: a line that opens with its number and a capital ("2 Dit zijn uitsluitend: ...").
_FOOTNOTE_LINE = re.compile(r"^\s*([¹²³⁴⁵⁶⁷⁸⁹]|\d{1,2})\??\s+[A-Z]")


def _points_back(form: Form, s: Sentence, m: re.Match[str]) -> bool:
    """ "onze partners", "deze partijen" after the same section named two organisations:
    the words point back to them ("Omdat het om één afspraak met onze partners gaat")."""
    if s not in form.body:
        return False
    # "de (andere) partners" when the form opens with its list: "Partners in dit arrangement:"
    # over the named organisations.
    word = re.search(r"(partners|partijen|deelnemers)\b", m.group(0))
    if word and re.match(r"(de|alle|andere|de andere) ", m.group(0)):
        lead = re.compile(rf"^\W*{word.group(1)}\b[^.]{{0,40}}:\s*$")
        for at, t in enumerate(form.sentences):
            if lead.match(t.key) and len(organisation_names(form.sentences[at + 1 : at + 6])) >= 2:
                return True
        # ... or when the form asks a choice per partner, each on its own box line ("[ ] ja
        # [ ] nee  Lindenhof Jeugd-GGZ"): "de partners" are those.
        if len(organisation_names([t for t in form.body if t.boxes])) >= 2:
            return True
    if not re.match(r"(onze|deze|beide|die|genoemde|bovengenoemde) ", m.group(0)):
        return False
    # An item of its own that shares with them: "• ... worden gedeeld met onze partners en
    # sponsors" is a new exchange, not a word for the organisations named in other items.
    if shares(s) and re.match(r"\W*([-•*▪–]|[a-z0-9]{1,2}[.)])\s", s.text):
        return False
    before = [t for t in form.body[: form.body.index(s)] if t.heading == s.heading]
    return len(organisation_names(before)) >= 2


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


# A named place where something is published, whose readers are anyone by design.
_PUBLISHED = re.compile(
    r"\b(schoolgids|website|facebook\w*|instagram|nieuwsbrief|jaarboek|krant|publicati\w*|"
    r"openbaar|www\.\S+)"
)
_EMERGENCY = re.compile(r"\b(noodgeval\w*|nood|noodsituatie\w*|spoed\w*|112|ongeval\w*)\b")
# A rule of secrecy, not a recipient of this exchange: "Informatie verstrekken wij uitsluitend
# aan derden indien u daarvoor uitdrukkelijk toestemming hebt gegeven", "nooit zonder uw
# toestemming aan anderen".
_ONLY_WITH_CONSENT = re.compile(
    r"\b(uitsluitend|alleen|enkel)\b[^.]{0,60}\b(indien|als|wanneer|met|na)\b[^.]{0,40}"
    r"\b(toestemming|akkoord)\b"
    r"|\b(nooit|niet)\b[^.]{0,60}\bzonder\b[^.]{0,30}\b(toestemming|akkoord)\b"
    # "Andere partijen ontvangen zonder nieuwe, schriftelijke toestemming niets."
    r"|\bzonder\b[^.]{0,40}\b(toestemming|akkoord)\b[^.]{0,20}\b(niets|niks|geen|niet)\b"
)


_ASKS_THE_PARENT = re.compile(r"\W*(zijn|is) er\b[^.?]*\?")
_BOX_START = re.compile(r"\[\s?\]|\(\s?\)|[☐□○]")


def open_recipient_groups(
    form: Form,
) -> tuple[list[tuple[Sentence, str]], list[tuple[Sentence, str]]]:
    """Open groups of recipients ("alle betrokken instanties", "derden", "zoals ... en andere").

    Returns (strong, weak): strong ones sit in a sentence about sharing data or in an open
    list; weak ones only describe who takes part and count unless the form closes the list.
    A group in a negated clause ("andere personen nodigen wij niet uit") does not count.
    """
    strong: list[tuple[Sentence, str]] = []
    weak: list[tuple[Sentence, str]] = []
    # A blank line the organisation fills in later is a field too: "Ontvangende partij: ____
    # (in te vullen door de school)".
    fill_ins = [s for s in form.sentences if s.is_fill_in]
    for s in form.body + fill_ins:
        if pc.WITHDRAWAL.search(s.key) or (p.STORAGE.search(s.key) and not shares(s)):
            continue
        if _ASKS_THE_PARENT.match(s.key):
            continue  # an intake question: "Zijn er andere behandelaars betrokken? ____"
        m = p.VAGUE_RECIPIENT.search(s.key) or p.OPEN_LIST.search(s.key)
        # The boxes after the item ("[ ] akkoord [ ] niet akkoord") negate nothing in it.
        before_boxes = _BOX_START.split(s.key, maxsplit=1)[0]
        if not m or same_clause(before_boxes, min(m.start(), len(before_boxes)), p.NEGATION):
            continue
        if in_stored_subject(s.key, m.start()) or _listed_below(form, s):
            continue
        if footnoted(form, s, m.end()) or _points_back(form, s, m):
            continue
        if _ONLY_WITH_CONSENT.search(s.key):
            continue  # a principle ("aan derden alleen met uw toestemming"), not this exchange
        if "hulpdienst" in m.group(0) and _EMERGENCY.search(s.key):
            continue  # "bij een noodgeval de hulpdiensten informeren": 112, a closed group
        if m.group(0).startswith(("iedereen", "ieder ")) and _PUBLISHED.search(s.key):
            continue  # "Schoolgids | Iedereen die de schoolgids leest": the channel is named
        label = re.match(r"\W*(alle |de )?$", s.key[: m.start()]) and re.match(
            r"\s*[:|]\s*\S", s.key[m.end() :]
        )
        if label and not re.search(r"\b(bijvoorbeeld|denk aan|zoals|o\.a\.|onder andere)\b", s.key):
            continue  # a label ("Betrokken hulpverleners: de logopedist van ..."): its value says
        is_strong = (
            shares(s)
            or p.OPEN_LIST.search(s.key)
            or p.VAGUE_PURPOSE.search(s.key)
            or s.boxes
            or s.is_row  # a row is an exchange of its own
        )
        (strong if is_strong else weak).append((s, m.group(0)))
    return strong, weak
