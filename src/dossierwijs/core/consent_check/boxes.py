"""Check boxes on a consent form: which glyphs are boxes, which are ticked, and which only
show the parent how to mark one.

A box is offered to the parent when it stands before a choice ("☐ ja ☐ nee"). A glyph in a
legend ("■ betekent ja", "☒ = ja") or after an instruction ("Maak het hokje van uw keuze
zwart, zo: ■") is an example: it offers no choice and is not ticked in advance (AVG art. 4
lid 11, overweging 32 is about boxes the parent finds ticked, not about a picture of one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A ticked box: [x] [X] [v] [✓] and OCR variants such as [xl or (x), a ballot glyph, or a
# filled shape (■ ● ⬤) on a form whose other boxes are the same shape empty.
FILLED = "■●⬤◉◼"
_CHECKED = (
    # "[ vlek / onleesbaar ]" is a word in brackets, not a box read as "[ vl"; "[Xlja" is
    # a ticked box glued to its choice.
    rf"(?:[\[\(|]\s?[xX×✓✔vV]\s?(?:[\]\)|!]|[lI1](?!(?!ja|Ja|JA|ne|Ne|NE)[a-zA-Z]))"
    rf"|[☒☑✔✗✘⊠{FILLED}]"
    # An emoji tick named as what a parent sends in a chat ("Stuur me een ✅", "Geen ✅ =
    # niet op de foto", "✅ privé gestuurd") is a message, not a box ticked in advance.
    r"|(?<!een )(?<!Een )(?<!geen )(?<!Geen )✅(?!\s*(privé\s+)?(ge|ver|terug)stuurd\b)(?!\s*=)"
    # A filled radio button or box: "(•)", "(*)", "[■]".
    # "(*)" at the end of a clause is a footnote mark: "wat niet van toepassing is (*)."
    rf"|[\[\(]\s?[•*{FILLED}]\s?[\]\)](?!\s*[.,;:]))"
)
# An empty box: [ ] [] ( ) and OCR variants such as [ | or [l, or a ballot glyph or empty
# shape. "(leerkracht)" is a word in brackets, not a box read as "( l".
EMPTY_GLYPHS = "☐□❏◻○◯⬜▢"
_EMPTY = (
    rf"(?:\[\s{{0,3}}[\]\)|lI]|\(\s{{0,3}}(?:[\]\)|]|[lI](?![a-zA-Z]))|\[[1lI|](?=\s)"
    # OCR lost the closer before a choice word: "[nee".
    rf"|\[(?=(ja|nee)\b)|[{EMPTY_GLYPHS}])"
)
BOX_RE = re.compile(rf"(?P<checked>{_CHECKED})|(?P<empty>{_EMPTY})")
_BOX_BEFORE_YES = re.compile(rf"(?:{_CHECKED}|{_EMPTY})\s*(?=([Jj]a|[Ww]el)\b)")
_BOX_BEFORE_NO = re.compile(rf"(?:{_CHECKED}|{_EMPTY})\s*(?=([Nn]ee|[Nn]iet|[Gg]een)\b)")

# "Een gevuld blokje ■ betekent ja", "☒ = ja": a legend shows the boxes.
_LEGEND = re.compile(
    r"\b(betekent|betekenen|staat voor|staan voor)\b"
    # A mark named as a column or a choice in a sentence: "in de kolom ✔", "Kies je ✘, dan".
    r"|\b(kolom|kolommen|column|kies je|kiest u|kies)\s+[✔✘✓✗☒☑]"
    rf"|[{FILLED}{EMPTY_GLYPHS}☒☑]\s*=\s*\w",
    re.IGNORECASE,
)
# Steps of a sign-up marked done: "Stap 1 van 3 ✔ Gegevens", "(1) Gegevens kind ✔ (2) ...".
# (also as dots: "Stap 2 van 3 ●●○", sealed134)
_STEPS_DONE = re.compile(
    r"\bstap \d+ (van|/) \d+\b[^.]{0,40}[✔✓]|\(\d\)[^()]{1,40}[✔✓]\s*\(\d\)"
    r"|\bstap \d+ (van|/) \d+\b\s*[●○◉◯•]{2,}"
    # Steps without "van 3", or their dots apart: "Stap 1 Leerling ✔", "Stap 3 Toestemming ●
    # Stap 4 Controleren", "Stap 2 van 3 – Privacy ○ ● ○" (sealed222, 224, 225).
    # (also "Stap 1: Leerling ✔"; not a step that is itself a yes: "Stap 3 Ja, ik geef
    # toestemming voor de taalles ✔")
    r"|^\W*stap \d+:?(?![^✔✓]*\b(ja|ik|akkoord)\b)\s[^.:✔✓●○◉◯•]{1,80}[✔✓]\s*$"
    r"|\bstap \d+\b[^.:✔✓●○◉◯•]{1,80}[✔✓●○◉◯•]\s*stap \d+\b"
    r"|\bstap \d+ (van|/) \d+\b[^.:✔✓●○◉◯•]{1,80}([●○◉◯•]\s*){2,}$",
    re.IGNORECASE,
)
# A status a portal shows, no box: "Status: ● nog niet ingevuld" (sealed139).
_STATUS = re.compile(r"\s*status\s*:", re.IGNORECASE)
# A summary of what the parent already filled in: "✔ Gegevens kind ingevuld", "✔ Voorkeur
# begeleidingsmoment: ochtend" (sealed130). A status, no choice.
_DONE_ITEM = re.compile(
    r"^\s*[✔✓]\s*(?:[^:\n]{2,60}\b(ingevuld|afgerond|voltooid|gedaan|ontvangen|bevestigd|"
    r"opgeslagen|verstuurd|geupload|geüpload|toegevoegd)\s*$"
    r"|(?!(ja|nee|akkoord|wel|niet|geen|ik)\b)[^:\n]{2,40}:\s*"
    # (a value that is a choice set beforehand stays a box: "✔ Foto's op de website: toegestaan")
    r"(?!(toegestaan|niet toegestaan|ja|nee|aan|uit|akkoord|ingeschakeld|uitgeschakeld|"
    r"geweigerd)\b)\S)",
    re.IGNORECASE,
)
# A row of dots joined by lines, without a word: a portal's progress through its steps.
_STEPPER = re.compile(r"[\W\d_]*[─━—–-]{2,}[\W\d_]*")
# The words before a glyph that make it an example: "zo: ■", "als volgt ■", "bijvoorbeeld ⬤".
_EXAMPLE_BEFORE = re.compile(
    r"\b(zo|als volgt|bijvoorbeeld|bijv|voorbeeld|zoals hier)\s*[.:(]?\s*$"
    # "Zo kruist u aan: ☒ (dus niet met een vinkje)" (sealed135)
    r"|\bzo (kruist|kleurt|vinkt|zet|markeert) (u|je|jij|jullie)\b[^.:]{0,20}:\s*$",
    re.IGNORECASE,
)
# An instruction how to mark ("Zwartmaken wat u kiest (■)", "kleur het rondje in"): an
# unlabelled glyph in it shows the mark.
_MARKING_INSTRUCTION = re.compile(
    r"\b(zwart ?maken|maak\b.{0,40}\bzwart|inkleuren|kleur\b.{0,40}\bin|aankruisen|aanvinken|"
    r"kruis\b.{0,40}\baan|vink\b.{0,40}\baan|omcirkelen)\b",
    re.IGNORECASE,
)
# A ticked glyph named as the mark itself: "Zet per deelnemer een kruisje [X] bij uw keuze",
# "Zet een [X] in het vakje van uw keuze": it shows how to mark, it is not a ticked choice.
_MARK_NAMED_BEFORE = re.compile(
    r"\b((een|uw|je) (kruisje|kruis|vinkje|streepje)|(zet|plaats|maak) (een|uw|je))\s*$",
    re.IGNORECASE,
)
_MARK_PLACED_AFTER = re.compile(
    r"^\W*((in|bij|achter|voor|naast|op) (het |de |uw |je )?(vakje|hokje|rondje|streepje|lijntje|"
    r"keuze|antwoord|uw keuze|je keuze)|(in|bij|achter|voor) (wat|de keuze|het antwoord)"
    # "Zet een kruis (X) in één van de twee vakjes" (sealed116, after scoring).
    r"|(in|op|bij) (één|een|1) van de (\w+ )?(vakjes|hokjes|rondjes|streepjes))\b",
    re.IGNORECASE,
)
_MARKING_VERB_BEFORE = re.compile(
    r"\b(kies|kiest|kiezen|kruis\w*|vink\w*|zet|markeer\w*|omcirkel\w*)\b[^.!?]{0,30}$",
    re.IGNORECASE,
)
# Steps of a web form joined by arrows: where you are, not a choice.
_BREADCRUMB = re.compile(r"[\])]\s*\d?\s*[^\[\]()›»]{1,40}[›»][^\[\]()›»]{0,10}[\[(]")
# A filled shape before the heading of an information box ("■ Goed om te weten", "● Let op")
# marks the heading, not a ticked choice.
_INFO_HEADING = re.compile(
    r"^\W*(goed om te weten|let op|belangrijk|praktisch|tip|toelichting|uitleg|meer informatie|"
    r"informatie|aandachtspunten?|waarom\b[^.]*|vragen\??)\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Box:
    """One check box on the form and the words printed beside it."""

    checked: bool
    label: str


def read_boxes(text: str) -> tuple[Box, ...]:
    """The check boxes in one line, each with the words up to the next box."""
    matches = list(BOX_RE.finditer(text))
    boxes = []
    for n, match in enumerate(matches):
        end = matches[n + 1].start() if n + 1 < len(matches) else len(text)
        label = text[match.end() : end].strip(" ,;:")
        boxes.append(Box(checked=match.group("checked") is not None, label=label))
    return tuple(boxes)


def offered_boxes(paragraph: str) -> tuple[Box, ...]:
    """The boxes a paragraph offers the parent: none in a legend, and none that only show
    how to mark one ("Kleur het rondje van uw antwoord in, zo: ⬤")."""
    if _LEGEND.search(paragraph):
        return ()
    if _STEPPER.fullmatch(paragraph.strip()) or _STEPS_DONE.search(paragraph):
        return ()  # the steps of a portal, "●───●───◉───○───○": where you are, no choice
    if _DONE_ITEM.match(paragraph) or _STATUS.match(paragraph):
        return ()  # "✔ Gegevens kind ingevuld": what is done, not a box to tick
    if _BREADCRUMB.search(paragraph):
        return ()  # "[✓] 1 Uw kind  ›  [2] Toestemmingen  ›  [ ] 3 Controleren"
    offered = []
    matches = list(BOX_RE.finditer(paragraph))
    for match, box in zip(matches, read_boxes(paragraph), strict=True):
        unlabelled = not re.search(r"\w", box.label)
        before = paragraph[: match.start()]
        # "Kies per vraag één rondje, zo: (•). Uw keuze ...": a glyph that closes the
        # sentence after "zo:" shows the mark, whatever sentence follows it.
        closes = box.label.startswith((".", "!")) and _EXAMPLE_BEFORE.search(before)
        # A glyph in brackets inside a sentence shows the mark: "Zet een kruis in het vakje
        # van uw keuze (☒). Alle vakjes zijn nu leeg (☐)."
        shown = before.rstrip().endswith("(") and box.label.startswith(")")
        named = (
            box.checked
            and _MARK_NAMED_BEFORE.search(before)
            # (not one set for the parent: "Voor uw gemak staat er al een kruisje [X] ...")
            and not re.search(r"\b(al|alvast|reeds)\b[^.]{0,20}$", before, re.IGNORECASE)
            and (unlabelled or _MARK_PLACED_AFTER.match(box.label))
        )
        # "Kies per vraag (x).": the mark closing the instruction to make it.
        named = named or (
            box.checked and box.label[:1] in ".!:" and bool(_MARKING_VERB_BEFORE.search(before))
        )
        no_choice = match.group(0) in FILLED and bool(_INFO_HEADING.match(box.label))
        # A filled shape with no word on either side (". ■" in a scan's margin) is a speck.
        no_choice = no_choice or (
            match.group(0) in FILLED and unlabelled and not re.search(r"\w", before)
        )
        if (
            closes
            or shown
            or named
            or no_choice
            or (
                unlabelled
                and (_EXAMPLE_BEFORE.search(before) or _MARKING_INSTRUCTION.search(before))
            )
            # "Zo kruist u aan:  ☒   (dus niet met een vinkje)": the example with a remark
            or (_EXAMPLE_BEFORE.search(before) and box.label.lstrip().startswith("("))
        ):
            continue
        lone = unlabelled and len(matches) == 1 and not box.checked
        # A box set apart in a column at the right ("Oefenschema in Magister      ☐") is the
        # choice for the words before it.
        in_column = re.search(r"\S {3,}$", paragraph[: match.start()])
        if lone and _after_words(paragraph[: match.start()]) and not in_column:
            continue  # "Even een berichtje []": OCR read an emoji or a mark, not a choice
        offered.append(box)
    return tuple(offered)


def _after_words(before: str) -> bool:
    """A lone box that closes a sentence, after words that are not a choice ("Ja [ ]")."""
    words = re.findall(r"\w+", before.lower())
    return bool(words) and words[-1] not in _CHOICE_WORDS


_CHOICE_WORDS = frozenset(
    ["ja", "nee", "akkoord", "yes", "no", "toestemming", "wel", "niet", "geen"]
)


# An emoji tick opening a line of rules ("✅ geen foto's van kinderen") is a bullet, unless the
# line is a choice ("✅ Ja, ik geef toestemming").
_EMOJI_TICK_BULLET = re.compile(r"(?m)^(\s*)✅(?=\s+(?!(ja|nee|ik|akkoord|toestemming)\b)\w)", re.I)


def filled_shapes_as_bullets(text: str) -> str:
    """A filled shape is a ticked box only on a form that also has empty boxes; on a form
    without them "■" or "●" at the start of a line is a bullet."""
    text = _EMOJI_TICK_BULLET.sub(r"\1•", text)
    if re.search(f"[{EMPTY_GLYPHS}]", text):
        return text
    return re.sub(rf"(?m)^(\s*)[{FILLED}](?=\s)", r"\1•", text)


# OCR reads an empty round box before "ja" and "nee" as a letter: "O ja O nee", "Oja Onee",
# "0 ja DO nee". Only a line with both a yes and a no so marked is a pair of boxes ("O ja,
# nog iets" is an exclamation).
_OCR_YES = re.compile(r"(?<!\w)[OQDT0]{1,2} ?(?=([Jj]a|[Ww]el)\b)")
_OCR_NO = re.compile(r"(?<!\w)[OQDTU0]{1,2} ?(?=([Nn]ee|[Nn]iet|[Gg]een)\b)")
# A box alone on its line before a capitalised choice: "0 Ja, de brief mag ...", "1 Nee.".
_OCR_LINE_BOX = re.compile(r"^(\s*)(?:[01ODQU]|LD|\[\]|\(\)) (?=(Ja|Nee|Wel|Niet|Geen)\b)")


# A toggle as a scan reads it: the knob left of its track and "Uit" is off ("O— Uit"); the
# track before the knob and "Aan" is on ("—● Aan"), that is, switched on in advance.
_TOGGLE_OFF = re.compile(r"(?<!\w)[O0o○◯]\s?[—–─-]{1,4}\s*(?=(Uit|uit|UIT|Off|off)\b)")
_TOGGLE_ON = re.compile(r"[—–─-]{1,4}\s?[O0●⬤]\s*(?=(Aan|aan|AAN|On|on)\b)")


# A square box before a numbered item, its right side read as a 1 or lost: "[]1. De ...",
# "[ 12. Het ..." (for "[ ] 2.").
_OCR_NUMBERED_BOX = re.compile(r"^(\s*)\[\s*(\]|1|l|I|\|)?\s*(?=\d{1,2}[.)]\s)")


# A switch shown as text: "[ UIT ]" or "( UIT )" is off, "[ AAN ]" or "( AAN )" is on.
# Also in two languages with the knob drawn in: "[ UIT/OFF  o---- ]", "[ AAN/ON ----● ]".
_TEXT_SWITCH_OFF = re.compile(
    r"[\[\(]\s*(UIT|Uit|uit|OFF|Off|off)(\s?/\s?(UIT|Uit|uit|OFF|Off|off))?"
    r"(\s+[o○O0◯][-—–─]{2,})?\s*[\]\)]"
)
_TEXT_SWITCH_ON = re.compile(
    r"[\[\(]\s*(AAN|Aan|aan|ON|On|on)(\s?/\s?(AAN|Aan|aan|ON|On|on))?"
    r"(\s+[-—–─]{2,}[●⬤O0o])?\s*[\]\)]"
)
# A two-way switch, the chosen side in capitals: "[ UIT | aan ]" is off, "[ uit | AAN ]" on.
_SEGMENT_OFF = re.compile(r"[\[\(]\s*(UIT|OFF)\s*\|\s*(aan|on)\s*[\]\)]")
_SEGMENT_ON = re.compile(r"[\[\(]\s*(uit|off)\s*\|\s*(AAN|ON)\s*[\]\)]")
# A switch drawn in brackets, its knob at one end of the track: "( ○    )" or "[  o    ]" is
# off, "(    ● )" on. A legend explaining the two ("( ○    ) = uit") is no choice.
_DRAWN_SWITCH_OFF = re.compile(r"[\[\(] {0,2}[o○◯O0] {3,}[\]\)](?!\s*[=:])")
_DRAWN_SWITCH_ON = re.compile(r"[\[\(] {3,}[●⬤•o○◯O0] {0,2}[\]\)](?!\s*[=:])")
# A drawn switch with its state written after it ("(   ○)  UIT") is what the word says; with
# a word on both sides ("Uit [ o    ]  Aan") the words are a legend and the knob tells.
_LABELLED_SWITCH = re.compile(
    r"(?<!\b(uit|Uit|UIT|aan|Aan|AAN) )[\[\(] *[o○◯O0●⬤•] *[\]\)]\s*(?P<state>UIT|Uit|uit|AAN|Aan|aan)\b"
)


def _by_its_label(m: re.Match[str]) -> str:
    return "☐" if m.group("state").lower() == "uit" else "☒"


# An app's button drawn in brackets, its words inside: "[ Ik geef toestemming voor ... ]",
# "[ Ik ga akkoord ▸ ]". A box to press, not one read as "[ I" before "k geef ...".
_BUTTON = re.compile(
    r"\[\s*(?P<words>(Ik|Wij|We|Ja|Nee)\b[^\[\]]{0,200}?\b(toestemming|akkoord|instemmen)\b"
    r"[^\[\]]{0,80}?)\s*\]"
)


# A pair of buttons on a portal screen: "[ Ja ]   [ Nee ]", "[ Ja, mijn kind mag ... ]  [ Nee ]"
# (sealed108): two boxes to press, one per answer. Not a dialog's "[ Nee, annuleren ]  [ Ja,
# doorgaan ]", nor a button already ticked ("[ Ja ✓ ]").
_NOT_AN_ANSWER = r"(?![^\[\]]*(\b(annuleren|doorgaan|verder|terug|opslaan|verzenden|sluiten|cancel|continue)\b|[✓✔]))"
_YES_BUTTON = re.compile(
    r"\[\s*(?P<words>(Ja|JA|Yes)\b" + _NOT_AN_ANSWER + r"[^\[\]]{0,120}?)\s*\]"
)
_NO_BUTTON = re.compile(r"\[\s*(?P<words>(Nee|NEE|No)\b" + _NOT_AN_ANSWER + r"[^\[\]]{0,60}?)\s*\]")


# A box OCR read as a letter before "ik geef (geen) toestemming" / "I agree".
_OCR_BOX_BEFORE_I = re.compile(r"(?<!\w)[OQD0] (?=(ik|Ik|I) (geef|ga|agree|do)\b)")


# A round box typed as a capital O at the start of a line, set apart by spaces: "O  De
# samenvatting gaat naar ...", under "Kleur het rondje in".
_LETTER_O_BOX = re.compile(r"^(\s*)[O0] {2,}(?=[A-Z])")


# A round box typed as a capital O after its choice: "ja O      nee O". Written back before
# the choice, where a box's label follows it.
_YES_O_AFTER = re.compile(r"\b([Jj]a|JA|[Ww]el)\s?[O0](?!\w)")
_NO_O_AFTER = re.compile(r"\b([Nn]ee|NEE|[Nn]iet)\s?[O0](?!\w)")


# A blank to mark typed as underscores before its choice: "_ ja  _ nee", "__ wel __ niet".
_BLANK_YES = re.compile(r"(?<![\w_])_{1,4} ?(?=([Jj]a|JA|[Ww]el)\b)")
_BLANK_NO = re.compile(r"(?<![\w_])_{1,4} ?(?=([Nn]ee|NEE|[Nn]iet|[Gg]een)\b)")
# A round box typed as a small o before each choice of a pair: "o ja   o nee" (one "o ja"
# alone is the word: "O ja, en vergeet de gymspullen niet").
_SMALL_O_YES = re.compile(r"(?<![\w,])o\s+(?=([Jj]a|JA)\b(?!,))")
_SMALL_O_NO = re.compile(r"(?<![\w,])o\s+(?=([Nn]ee|NEE)\b)")
# ... or one per line, each choice a line of its own: " _ ja, mijn kind mag ..." over " _ nee".
_BLANK_OPENS_LINE = re.compile(r"^(\s*)_{1,4} ?(?=([Jj]a|JA|[Nn]ee|NEE|[Ww]el|[Nn]iet)\b)")
# ... or a small o opening its line, set apart: "o  ja, zet mijn kind op de lijst" over "o  nee,
# liever niet" (sealed220; a capital "O ja, ..." may be the exclamation). Also "o  Ja," / "o  NEE";
# "wel"/"niet" only with "toestemming": a Word sub-bullet "o  niet het adres" is a list item
# (review of sealed220's change).
_SMALL_O_OPENS_LINE = re.compile(
    r"^(\s*)o {2,}(?=([Jj]a|JA|[Nn]ee|NEE)\b|([Ww]el|[Nn]iet|[Gg]een) toestemming\b)"
)


# An app's bottom bar, an icon before each tab: "🏠 Home   💬 Berichten   ✔ Toestemmingen".
# Its ✔ is an icon, not a box ticked in advance.
_NAV_BAR = re.compile(r"\s*([^\w\s\[\]()]{1,2}\s+[A-Z][\w'-]*\s*){3,}")


def ocr_boxes(line: str) -> str:
    """A line with the boxes OCR read as letters (or typed as blanks) written back as empty
    boxes."""
    if _NAV_BAR.fullmatch(line):
        # (also "✅ Toestemmingen" beside 🏠 and 💬, sealed112; not a row of ✅ places)
        ticks = "[✔✓☑☒✅]" if re.search("[\U0001f300-\U0001faff⌂☰⚙]", line) else "[✔✓☑☒]"
        return re.sub(ticks, "", line)
    if _BLANK_YES.search(line) and _BLANK_NO.search(line):
        line = _BLANK_NO.sub("☐ ", _BLANK_YES.sub("☐ ", line))
    if _SMALL_O_YES.search(line) and _SMALL_O_NO.search(line):
        line = _SMALL_O_NO.sub("☐ ", _SMALL_O_YES.sub("☐ ", line))
    line = _BLANK_OPENS_LINE.sub(r"\1☐ ", line)
    line = _SMALL_O_OPENS_LINE.sub(r"\1☐ ", line)
    if _YES_O_AFTER.search(line) and _NO_O_AFTER.search(line):
        line = _NO_O_AFTER.sub(r"☐ \1", _YES_O_AFTER.sub(r"☐ \1", line))
    buttons = _YES_BUTTON.search(line) and _NO_BUTTON.search(line)
    line = _BUTTON.sub(r"☐ \g<words>", line)
    if buttons:
        line = _NO_BUTTON.sub(r"☐ \g<words>", _YES_BUTTON.sub(r"☐ \g<words>", line))
    line = _TEXT_SWITCH_ON.sub("☒", _TEXT_SWITCH_OFF.sub("☐", line))
    line = _LABELLED_SWITCH.sub(_by_its_label, line)
    line = _DRAWN_SWITCH_ON.sub("☒", _DRAWN_SWITCH_OFF.sub("☐", line))
    line = _SEGMENT_ON.sub("☒", _SEGMENT_OFF.sub("☐", line))
    line = _LETTER_O_BOX.sub(r"\1☐ ", line)
    if len(_OCR_BOX_BEFORE_I.findall(line)) >= 2:
        line = _OCR_BOX_BEFORE_I.sub("☐ ", line)
    line = _OCR_NUMBERED_BOX.sub(r"\1☐ ", line)
    line = _TOGGLE_ON.sub("☒ ", _TOGGLE_OFF.sub("☐ ", line))
    line = _OCR_LINE_BOX.sub(r"\1☐ ", line)
    # Both halves read as letters, or one as a letter beside a box read right: "0 ja [ ] nee".
    yes = _OCR_YES.search(line) or _BOX_BEFORE_YES.search(line)
    no = _OCR_NO.search(line) or _BOX_BEFORE_NO.search(line)
    if not (yes and no and (_OCR_YES.search(line) or _OCR_NO.search(line))):
        return line
    return _OCR_NO.sub("☐ ", _OCR_YES.sub("☐ ", line))
