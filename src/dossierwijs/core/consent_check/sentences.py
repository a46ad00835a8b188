"""Split a consent form into the sentences and check-box lines a judgment can rest on.

Forms reach us as clean text, as text pulled out of a PDF or Word file, or as OCR
output of a photo. OCR wraps lines in the middle of a sentence and reads check
boxes as ``[]``, ``[xl`` or ``|x]``; this module undoes that so the criteria see
whole sentences and know which boxes are ticked.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from . import tables
from .boxes import BOX_RE, Box, filled_shapes_as_bullets, ocr_boxes, offered_boxes, read_boxes
from .layout import as_field, column_boxes, drawn_table, unchat, unframe, without_disclaimers
from .ocr_words import mend_ocr_words

_BULLET_RE = re.compile(r"^\s*(?:[-•*–·▪]\s+|\(?\d{1,2}[.)]\s+|\(?[A-Ha-h][.)]\s+)")
_FILL_IN_RE = re.compile(r"_{4,}|\.{6,}|…{2,}")
# Abbreviations after which a full stop does not end a sentence.
# ("Ms." and "Mrs." for English titles on a bilingual or English form.)
_ABBREVIATION_WORDS = (
    "bijv bv o.a e.o t/m nr ca enz d.w.z d.d m.b.t i.v.m z.o.z mw dhr st e.d evt incl excl resp "
    "tel vs art dr drs mevr prof ir ing mr ms mrs"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
# (Not the phrase in a sentence that goes on: "Willen jullie achter elk nummer ja of nee" /
# "typen en ...".)
_YES_NO_END = re.compile(
    r"\b(ja|(?<!\bja of )nee|geen toestemming|niet akkoord)(?<!\bja of nee)\W*$"
    r"|\bja of nee\W*[.:)?!]\W*$",
    re.IGNORECASE,
)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[\"'„“‘(]?[A-ZÀ-Ý0-9])")


@dataclass(frozen=True)
class Sentence:
    """A sentence or box line of the form, as a parent would read it."""

    text: str
    heading: str
    boxes: tuple[Box, ...] = ()
    is_heading: bool = False
    is_fill_in: bool = False
    is_row: bool = False  # one row of a table: a recipient or purpose with its own choice
    cells: tuple[tuple[str, str], ...] = ()  # a row's (column header, cell) pairs

    def cell(self, column: re.Pattern[str]) -> str:
        """The text of the first cell whose normalised header matches ``column``, or ""."""
        return next((c for h, c in self.cells if c and _header_is(h, column)), "")

    @cached_property
    def key(self) -> str:
        """Lower-case text without accents, for phrase matching (worked out once: every rule
        reads it, often many times per sentence)."""
        return normalise(self.text)

    @property
    def has_boxes(self) -> bool:
        return bool(self.boxes)


def _header_is(header: str, column: re.Pattern[str]) -> bool:
    """A bilingual header ("Purpose / Doel") is each of its parts."""
    return any(column.search(part.strip()) for part in normalise(header).split("/"))


def normalise(text: str) -> str:
    """Lower-case, strip accents and collapse white space (é → e, ﬁ → fi)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = text.replace("–", "-").replace("—", "-")  # "2025–2026" is "2025-2026"
    # A scan reads l as I inside a word: "geen enkeIe invloed", "geIdig", "schooI".
    text = _OCR_CAPITAL_I.sub("l", text)
    return re.sub(r"\s+", " ", text).strip().lower()


_OCR_CAPITAL_I = re.compile(r"(?<=[a-z])I(?=[a-z]|\b)")


def original_phrase(text: str, key_phrase: str) -> str:
    """The words of ``text`` that ``key_phrase`` (found in ``normalise(text)``) stands for.

    Explanations quote the form as printed ("géén derden"), not our matching form.
    """
    chars: list[str] = []
    origins: list[int] = []
    for i, ch in enumerate(text):
        for part in normalise(ch) if not ch.isspace() else " ":
            if part == " " and (not chars or chars[-1] == " "):
                continue
            chars.append(part)
            origins.append(i)
    flat = "".join(chars)
    start = flat.find(key_phrase)
    if start == -1 or not key_phrase:
        return key_phrase
    end = start + len(key_phrase) - 1
    return text[origins[start] : origins[end] + 1]


# An info icon opening a line ("ⓘ Hoe lang? ...") is a bullet; NFKC would make it an "i".
_INFO_ICON = re.compile(r"^(\s*)[ⓘℹ]\ufe0f?\s+")


def _clean_line(line: str) -> str:
    line = as_field(unicodedata.normalize("NFKC", _INFO_ICON.sub(r"\1• ", line)))
    line = line.replace("\u00a0", " ").replace("\t", "    ")
    line = unframe(line)
    line = ocr_boxes(line)
    return mend_ocr_words(line).rstrip()


# A form field that states part of the consent: "Geldig tot: 31 juli 2026", "Ontvanger: ...".
FIELD_LABEL = re.compile(
    r"(geldig tot|geldig t/m|einddatum( toestemming)?|looptijd|duur|termijn|bewaartermijn|"
    r"ontvangers?|aan wie|naar wie|met wie|welke gegevens|gegevens|doel|waarvoor|bewaard in|"
    r"opslag|het gaat om|wat|wie|waarom|purpose|recipients?|data|what|who|why|intrekken|"
    r"intrekking|withdrawal|bewaring|bewaartermijn|storage|opslag\w*|bewaarlocatie|bewaarplaats|"
    r"verloopdatum|vervaldatum|type gegevens)\s*:\s*\S",
    re.IGNORECASE,
)


# The header of a table whose columns a scan ran together: "Wie Wat Waarom Ja of nee".
COLUMN_HEADS = re.compile(
    r"((wie|wat|waarom|waarvoor|ontvangers?|gegevens|welke gegevens|doel|keuze|ja of nee|"
    r"ja ?/ ?nee|met wie|aan wie)\s*){3,}",
    re.IGNORECASE,
)


def _looks_like_heading(line: str, next_line: str) -> bool:
    stripped = line.strip()
    if COLUMN_HEADS.fullmatch(stripped):
        return True
    if _ARTICLE_TITLE.match(stripped) and len(stripped) <= 120 and not BOX_RE.search(stripped):
        return True  # "Artikel 4 — Ontvangers en doelen (per ontvanger aankruisen: ja of nee)"
    # A title in capitals may be long: "TOESTEMMING OVERLEG MET SCHOOL EN ZORGVERLENERS".
    # So may a numbered title with its text indented under it: "1. Wat de wet ons opdraagt
    # (hier vragen wij geen toestemming voor)" / "   Als een leerling ...".
    # (not a long item wrapped with a hanging indent: "2. Het wekelijks delen van ..., met de")
    under_it = (
        re.match(r"\d{1,2}[.)]\s+[A-ZÀ-Ý]", stripped)
        and len(stripped) <= 90
        and "," not in stripped
        and _indent(next_line) > _indent(line)
    )
    too_long = len(stripped) > (120 if stripped.isupper() else 90 if under_it else 60)
    if not stripped or too_long or BOX_RE.search(stripped):
        return False
    if stripped[-1] in ".,;:" or _FILL_IN_RE.search(stripped) or _YES_NO_END.search(stripped):
        return False
    if ". " in _BULLET_RE.sub("", stripped, count=1):
        return False  # a sentence followed by more text, e.g. "... het OPP. Ja / Nee"
    if FIELD_LABEL.match(stripped):
        return False  # a filled-in field ("Geldig tot: 31 juli 2026") says something
    if re.search(r"\w\s*\|\s*\w", stripped):
        return False  # a label with its value ("Toestemming intrekken | per brief")
    if re.match(r"[-•*–·▪]\s", stripped):
        return False  # an item of a list ("- groeidocument"), not a title over what follows
    if _ends_mid_clause(stripped):
        return False  # "Deze toestemming loopt t/m" goes on in the next line
    nxt = next_line.strip()
    # An OCR-wrapped line continues in lower case, or in a long line with a name in brackets
    # ("... van Team Jeugd" / "(Suite4Sociaal Domein). ..."); a heading is followed by a new
    # sentence.
    bracketed = re.match(r"\((?!\w{1,2}\))[^\W\d_]", nxt) and len(stripped.split()) >= 6
    return not nxt or not (nxt[0].islower() or bracketed)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


# The title of a numbered article or section in a form written like a contract.
_ARTICLE_TITLE = re.compile(
    r"(artikel|art\.|hoofdstuk|paragraaf|§)\s*\d+[a-z]?\s*[—–:-]\s*\S", re.I
)


# A line that stops on one of these words goes on in the next line, even when that line
# starts with a name ("... de jeugdarts van" / "GGD Hollands Noorden en ...").
_OPEN_END = re.compile(
    r"\b(van|de|het|een|met|en|aan|naar|bij|voor|of|te|om|dat|die|in|op|tot|t/m|totdat|zodra|"
    r"uiterlijk)$"
)


def _ends_mid_clause(line: str) -> bool:
    return bool(_OPEN_END.search(line.rstrip().lower()))


def _starts_new_block(line: str) -> bool:
    stripped = line.strip()
    return bool(
        _BULLET_RE.match(line)
        or FIELD_LABEL.match(stripped)  # "Wat: ...", "Met wie: ...", "Waarvoor: ..." each
        or BOX_RE.match(stripped)
        or _FILL_IN_RE.search(stripped)
        or re.match(r"^[-=_ ]{5,}$", stripped)
    )


def _sentence_goes_on(current: list[str], closed: bool, lines: list[str], blank: int) -> bool:
    """OCR sometimes puts a blank line in the middle of a sentence: "... De" / "" / "psycholoog"."""
    if not current or closed or current[-1].rstrip()[-1:] in ".!?:;":
        return False
    following = next((line.strip() for line in lines[blank + 1 :] if line.strip()), "")
    return bool(following) and (following[0].islower() or _ends_mid_clause(current[-1]))


_EMAIL_QUOTE = re.compile(r"^(\s*>)+ ?")
# A box-first line with its item after the boxes: "( ) ja  ( ) nee   3. Afstemmen met ...".
_BOXES_THEN_ITEM = re.compile(
    rf"^(\s*(?:(?:{BOX_RE.pattern})\s*(?:ja|nee|wel|niet|akkoord)?\s*)+)(?:\(?\w{{1,2}}[.)]\s+)?(?=\S)",
    re.IGNORECASE,
)


def _hangs_under_item(opened: str, last: str, line: str) -> bool:
    """The item after the boxes goes on in a hanging indent, aligned under its first word:
    "( ) ja  ( ) nee   3. Afstemmen ..., met haar kinderarts" / "(Ziekenhuis X) en ...".
    ``opened`` is the line the item starts on, ``last`` the line just before.
    """
    m = _BOXES_THEN_ITEM.match(opened)
    if not m or last.rstrip()[-1:] in ".!?:;" or BOX_RE.search(line) or "?" in line:
        return False
    if any(b.group("checked") for b in BOX_RE.finditer(m.group(1))):
        return False  # a row ticked in advance keeps its own line, read as it was before
    indent = len(line) - len(line.lstrip())
    # (a box drawn wide, "☐ Ik geef ..." over "   School ...", is one column further in)
    return indent in (m.end(), m.end() + 1) and not _starts_new_block(line)


def _paragraphs(text: str) -> list[tuple[str, bool]]:
    """Group lines into paragraphs; returns (text, is_heading) pairs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # The quote marks of an e-mail reply ("> Willen jullie ... ja of nee" / "> typen en ...").
    lines = [_EMAIL_QUOTE.sub("", line) for line in text.split("\n")]
    lines = [_clean_line(line) for line in column_boxes(unchat(lines))]
    paragraphs: list[tuple[str, bool]] = []
    current: list[str] = []
    current_closed = False  # a box line, fill-in line or heading never takes continuations
    opened = ""  # the line the current paragraph starts on

    def flush() -> None:
        nonlocal current, current_closed
        if current:
            paragraphs.append((" ".join(part.strip() for part in current), False))
        current, current_closed = [], False

    for i, line in enumerate(lines):
        stripped = line.strip()
        next_line = lines[i + 1] if i + 1 < len(lines) else ""
        if not stripped:
            if not _sentence_goes_on(current, current_closed, lines, i):
                flush()
            continue
        goes_on = current and (
            stripped.lstrip("\"'(")[:1].islower() or _ends_mid_clause(current[-1])
        )
        if _looks_like_heading(line, next_line) and not (goes_on and not current_closed):
            flush()
            paragraphs.append((stripped, True))
            continue
        # A row with its own boxes after a lead-in ("besproken worden met:") or after another
        # row is a choice of its own, even when it starts in lower case ("de jeugdarts [ ] ja").
        own_row = BOX_RE.search(stripped) and (
            current_closed or (bool(current) and current[-1].rstrip().endswith(":"))
        )
        hanging = bool(current) and i > 0 and _hangs_under_item(opened, lines[i - 1], line)
        continuation = hanging or (
            current
            and not own_row
            and not _starts_new_block(line)
            and (not current_closed or stripped[0].islower() or _ends_mid_clause(current[-1]))
            and not _FILL_IN_RE.search(current[-1])
        )
        if continuation:
            if re.search(r"[a-zà-ÿ]-$", current[-1]) and stripped[0].islower():
                current[-1] = current[-1][:-1] + stripped.split(" ", 1)[0]  # OCR hyphenation
                stripped = stripped.split(" ", 1)[1] if " " in stripped else ""
                if not stripped:
                    continue
            current.append(stripped)
            current_closed = current_closed or bool(_YES_NO_END.search(stripped))
            continue
        flush()
        current, opened = [stripped], line
        current_closed = bool(
            BOX_RE.search(stripped)
            or _FILL_IN_RE.search(stripped)
            or _YES_NO_END.search(stripped)  # an item with its yes/no choice
        )
    flush()
    return paragraphs


def _split_sentences(paragraph: str) -> list[str]:
    pieces = _SENTENCE_END_RE.split(paragraph)
    sentences: list[str] = []
    for piece in pieces:
        if sentences:
            previous = sentences[-1].lower()
            last_word = previous.rsplit(" ", 1)[-1].rstrip(".")
            numbering = re.fullmatch(r"\(?\w{1,2}[.)]", sentences[-1])
            # (an initial, "J. de Vries", but not the pronoun "u" that ends a sentence: "een
            # mobiel nummer van u. Zo komt ..."; "09.40 u." after a time is the hour)
            pronoun = last_word == "u" and not re.search(r"\d\s*u\.?$", previous)
            initial = re.fullmatch(r"[a-z]", last_word) and not pronoun
            if numbering or last_word in _ABBREVIATIONS or initial:
                sentences[-1] = f"{sentences[-1]} {piece}"
                continue
        sentences.append(piece)
    return [s.strip() for s in sentences if s.strip()]


def split_form(text: str) -> list[Sentence]:
    """Split the text of a form into sentences, headings, box lines and table rows, in
    reading order. A table row is one unit: its cells keep their column headers."""
    sentences: list[Sentence] = []
    heading = ""
    text = without_disclaimers(filled_shapes_as_bullets(text))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    drawn = tables.with_ruled_columns([drawn_table(line) for line in lines])
    for _kind, piece in tables.segments(drawn):
        if isinstance(piece, tables.Table):
            sentences.extend(_table_rows(piece, heading))
            continue
        heading = _split_text("\n".join(piece), heading, sentences)
    return sentences


_INITIALS_COLUMN = re.compile(r"\b(paraaf|initialen|akkoord)\b", re.IGNORECASE)
_BLANK_CELL = re.compile(r"[._…\s]{4,}")
_YES_NO_COLUMN = re.compile(r"ja|nee|wel|niet|yes|no", re.IGNORECASE)
_LETTER_BOX = re.compile(r"[ODQU0o]")
_MARK_COLUMNS = {"✔": "ja", "✓": "ja", "✘": "nee", "✗": "nee"}


def _table_rows(table: tables.Table, heading: str) -> list[Sentence]:
    rows = []
    header = tuple(_clean_line(h).strip() for h in table.header)
    for row in table.rows:
        cleaned = tuple(_clean_line(c).strip() for c in row)
        boxes: list[Box] = []
        padded = cleaned + ("",) * (len(header) - len(cleaned))
        for n, cell in enumerate(padded):
            column = table.header[n] if n < len(table.header) else ""
            for box in read_boxes(cell):
                boxes.append(Box(checked=box.checked, label=box.label or column))
            # An empty cell under a column headed ✔ or ✘ is where the parent puts the mark;
            # a dotted line under "paraaf" is where the parent initials the row.
            if not cell and column.strip() in _MARK_COLUMNS:
                boxes.append(Box(checked=False, label=_MARK_COLUMNS[column.strip()]))
            elif _INITIALS_COLUMN.search(column) and _BLANK_CELL.fullmatch(cell):
                boxes.append(Box(checked=False, label="paraaf"))
            elif _YES_NO_COLUMN.fullmatch(column.strip()) and _LETTER_BOX.fullmatch(cell):
                boxes.append(Box(checked=False, label=column.strip()))  # a scan read "O" for ○
        text = tables.row_text(header, cleaned)
        cells: tuple[tuple[str, str], ...] = tuple(zip(header, cleaned, strict=False))
        rows.append(
            Sentence(text=text, heading=heading, boxes=tuple(boxes), is_row=True, cells=cells)
        )
    return rows


def _split_text(text: str, heading: str, sentences: list[Sentence]) -> str:
    """Add the sentences of a stretch of text (no table) to ``sentences``; returns the
    heading in force at its end."""
    for paragraph, is_heading in _paragraphs(text):
        if is_heading:
            heading = paragraph
            sentences.append(Sentence(text=paragraph, heading=heading, is_heading=True))
            continue
        # A legend or an example ("zo: ■") shows the boxes; it offers no choice.
        boxes = offered_boxes(paragraph)
        # A blank to fill in inside a long passage ("naam school: ____") does not make the
        # passage a fill-in line: its sentences still count.
        filled = bool(_FILL_IN_RE.search(paragraph)) and len(_FILL_IN_RE.sub("", paragraph)) < 120
        if boxes or filled:
            sentences.append(
                Sentence(
                    text=paragraph,
                    heading=heading,
                    boxes=boxes,
                    is_fill_in=filled and not boxes,
                )
            )
            continue
        for sentence in _split_sentences(paragraph):
            sentences.append(Sentence(text=sentence, heading=heading))
    return heading
