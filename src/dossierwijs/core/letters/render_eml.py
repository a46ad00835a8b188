"""A letter as an .eml file for the parent's own mail program. dossierwijs never sends mail."""

from __future__ import annotations

import re
from email.headerregistry import Address as MailAddress
from email.message import EmailMessage
from email.utils import formataddr

from .model import Letter, MissingData

_SAFE_NAME = re.compile(r"[^\w\-. ]+")


def render_eml(letter: Letter, *, include_pdf: bool = False) -> bytes:
    """The letter as an unsent e-mail (.eml): To the organisation, CC the other parent.

    The body is the letter text; the letter's attachments go along, and with
    ``include_pdf`` the letter itself as a PDF too. ``X-Unsent: 1`` makes mail
    programs such as Outlook open it as a draft, ready to check and send.
    """
    if not letter.to:
        raise MissingData(["E-mailadres van de organisatie"])
    msg = EmailMessage()
    msg["Subject"] = letter.subject
    if letter.from_address is not None:
        msg["From"] = formataddr(letter.from_address)
    msg["To"] = ", ".join(letter.to)
    if letter.cc:
        msg["Cc"] = [MailAddress(display_name=name, addr_spec=mail) for name, mail in letter.cc]
    msg["X-Unsent"] = "1"
    msg.set_content(letter.body_text())
    for attachment in letter.attachments:
        maintype, _, subtype = attachment.mime_type.partition("/")
        msg.add_attachment(
            attachment.content,
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=attachment.filename,
        )
    if include_pdf:
        # start-up weight: fpdf2 and python-docx load only when a letter is made.
        from .render_pdf import render_pdf

        msg.add_attachment(
            render_pdf(letter),
            maintype="application",
            subtype="pdf",
            filename=letter_filename(letter, "pdf"),
        )
    return msg.as_bytes()


def letter_filename(letter: Letter, extension: str) -> str:
    """A file name from the subject, safe on every system: ``Verzoek om inzage ... .pdf``."""
    stem = _SAFE_NAME.sub("", letter.subject).strip()[:80].rstrip(" .") or "brief"
    return f"{stem}.{extension}"
