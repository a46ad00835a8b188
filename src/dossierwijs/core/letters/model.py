"""What a letter is made of: who writes, to whom, about which child, and the result.

Every letter kind turns its own input plus a :class:`LetterContext` into a
:class:`Letter`. The renderers (PDF, DOCX, .eml, mailto) only read a ``Letter``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from dossierwijs.core.rules.dutch_dates import day_month

TONES: tuple[str, ...] = ("vriendelijk", "zakelijk", "stellig")
TONE_LABELS: dict[str, str] = {
    "vriendelijk": "Vriendelijk",
    "zakelijk": "Zakelijk",
    "stellig": "Stellig",
}


def dutch_date(day: date) -> str:
    """``date(2013, 4, 12)`` -> ``"12 april 2013"``."""
    return day_month(day, year=True)


def join_names(names: Sequence[str]) -> str:
    """``["a", "b", "c"]`` -> ``"a, b en c"``."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


class LetterError(ValueError):
    """The letter cannot be written as asked; ``message`` is Dutch and safe to show."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class MissingData(LetterError):
    """Data the letter needs is missing; ``labels`` are the Dutch labels of what to ask for.

    A letter never goes out with a placeholder in it: the form asks for these instead.
    """

    def __init__(self, labels: Sequence[str]):
        self.labels: tuple[str, ...] = tuple(dict.fromkeys(labels))
        super().__init__("Vul nog in: " + "; ".join(self.labels) + ".")


class Writer(StrEnum):
    """Who makes the request.

    Under 16 the parents with gezag act for the child; from 16 the young person
    decides, so the letter comes from them or from the parents with their written
    authorisation (UAVG art. 5; see ``dossierwijs.core.rules.age``).
    """

    OUDERS = "ouders"
    JONGERE = "jongere"
    OUDERS_MET_MACHTIGING = "ouders_met_machtiging"


@dataclass(frozen=True)
class Address:
    street: str  # street and house number
    postcode: str
    city: str

    def lines(self) -> tuple[str, str]:
        return (self.street, f"{self.postcode}  {self.city}".strip())

    def is_complete(self) -> bool:
        return bool(self.street.strip() and self.postcode.strip() and self.city.strip())


@dataclass(frozen=True)
class Parent:
    name: str
    email: str = ""
    # Has parental authority (ouderlijk gezag), as the parent said in the app:
    # True, False, or None when they do not know. Only True lets them sign a rights request.
    gezag: bool | None = True


@dataclass(frozen=True)
class Child:
    name: str
    birth_date: date
    email: str = ""  # used when the young person (16+) writes the letter

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name


@dataclass(frozen=True)
class Organisation:
    name: str
    address: Address | None = None
    email: str = ""
    contact_person: str = ""  # full name, e.g. "Marieke de Vries"
    department: str = ""  # e.g. "t.a.v. de functionaris gegevensbescherming"


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str = "application/pdf"


@dataclass(frozen=True)
class LetterContext:
    """Everything about sender, child and recipient that every letter kind uses.

    ``signers`` sign the letter (one or both parents); ``other_parents`` do not sign
    but get a copy (CC). With ``writer=Writer.JONGERE`` the young person signs and
    the parents are only copied when listed in ``other_parents``.
    """

    signers: tuple[Parent, ...]
    address: Address
    child: Child
    recipient: Organisation
    date: date
    place: str
    other_parents: tuple[Parent, ...] = ()
    writer: Writer = Writer.OUDERS
    attachments: tuple[Attachment, ...] = ()  # extra files for any kind, e.g. a signed machtiging

    def missing(self) -> list[str]:
        """Dutch labels of the context data that is still missing."""
        labels: list[str] = []
        if self.writer is not Writer.JONGERE and not self.signers:
            labels.append("Wie ondertekent de brief")
        for parent in self.signers:
            if not parent.name.strip():
                labels.append("Naam van de ouder die ondertekent")
        if not self.address.is_complete():
            labels.append("Uw adres (straat en huisnummer, postcode, plaats)")
        if not self.child.name.strip():
            labels.append("Naam van uw kind")
        if not self.recipient.name.strip():
            labels.append("Naam van de organisatie")
        if not self.place.strip():
            labels.append("Plaats van ondertekening")
        return labels

    @property
    def signer_names(self) -> tuple[str, ...]:
        if self.writer is Writer.JONGERE:
            return (self.child.name,)
        return tuple(p.name for p in self.signers)

    @property
    def plural(self) -> bool:
        """True when the letter speaks as "wij" (two or more people sign)."""
        return len(self.signer_names) > 1

    @property
    def copied_parents(self) -> tuple[Parent, ...]:
        """Parents who get a copy: co-signers after the first, and non-signing parents."""
        if self.writer is Writer.JONGERE:
            return self.other_parents
        return self.signers[1:] + self.other_parents


@dataclass(frozen=True)
class Paragraph:
    """One paragraph; ``items`` is an optional bullet list that follows the text."""

    text: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Letter:
    kind: str
    tone: str
    subject: str
    salutation: str
    paragraphs: tuple[Paragraph, ...]
    closing: str
    signatures: tuple[str, ...]
    sender_lines: tuple[str, ...]  # letterhead: names, address, e-mail
    recipient_lines: tuple[str, ...]
    place_date: str
    to: tuple[str, ...] = ()  # e-mail addresses of the recipient
    cc: tuple[tuple[str, str], ...] = ()  # (name, e-mail) of copied parents
    cc_names: tuple[str, ...] = ()  # printed under "Kopie aan"
    attachments: tuple[Attachment, ...] = ()
    attachment_names: tuple[str, ...] = ()  # printed under "Bijlagen"
    from_address: tuple[str, str] | None = None  # (name, e-mail) of the first signer
    guidance: tuple[str, ...] = field(default=(), compare=False)  # for the parent, not sent

    def body_text(self) -> str:
        """Salutation, paragraphs and closing as plain text (blank line between blocks)."""
        blocks = [self.salutation]
        for paragraph in self.paragraphs:
            lines = [paragraph.text] if paragraph.text else []
            lines += [f"- {item}" for item in paragraph.items]
            blocks.append("\n".join(lines))
        blocks.append("\n".join((self.closing, "", *self.signatures)))
        tail = []
        if self.cc_names:
            tail.append("Kopie aan: " + join_names(self.cc_names))
        if self.attachment_names:
            tail.append("Bijlagen:\n" + "\n".join(f"- {n}" for n in self.attachment_names))
        return "\n\n".join(blocks + tail) + "\n"

    def full_text(self) -> str:
        """The whole letter as plain text, letterhead included."""
        head = "\n".join(self.sender_lines) + "\n\n" + "\n".join(self.recipient_lines)
        return f"{head}\n\n{self.place_date}\n\nBetreft: {self.subject}\n\n{self.body_text()}"

    def with_edited_body(self, text: str) -> Letter:
        """The letter with paragraphs replaced by the parent's edited text.

        Blocks are separated by blank lines; lines starting with "- " are bullet
        items. Salutation and closing stay as they are.
        """
        paragraphs: list[Paragraph] = []
        for block in re.split(r"\n\s*\n", text.strip()):
            lines = [line.rstrip() for line in block.strip().splitlines() if line.strip()]
            if not lines:
                continue
            items = tuple(line[2:].strip() for line in lines if line.startswith("- "))
            prose = " ".join(line.strip() for line in lines if not line.startswith("- "))
            paragraphs.append(Paragraph(prose, items))
        return replace(self, paragraphs=tuple(paragraphs))


# Anything that looks like an unfilled template field. Letters must never contain it.
PLACEHOLDER_PATTERN = re.compile(
    r"[{}\[\]]|<<|>>|XXX|\.\.\.|…|invullen|\bN\.?N\.?\b|\?\?|TODO", re.IGNORECASE
)


def placeholders_in(text: str) -> list[str]:
    """Return the leftover placeholder fragments in ``text`` (empty when clean)."""
    return [m.group(0) for m in PLACEHOLDER_PATTERN.finditer(text)]


def normalise(text: str) -> str:
    """Lower case, one space between words: for comparing text across output formats."""
    text = text.replace("\u00ad", "").replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip().lower()
