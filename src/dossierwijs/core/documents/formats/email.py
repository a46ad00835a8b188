"""E-mail files (.eml, Outlook .msg): headers and text, attachments as separate files."""

from __future__ import annotations

import email.policy
import html
import re
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from .. import errors
from ..errors import DocumentError
from ..incoming import EmailInfo
from . import Extracted

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|div|tr|li|h[1-6])>|<br\s*/?>", re.IGNORECASE)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.IGNORECASE | re.DOTALL)


def email_text(info: EmailInfo, body: str) -> str:
    """The e-mail as parents see it: the four headers in Dutch, then the message."""
    header = (
        f"Van: {info.sender}\nAan: {info.recipients}\nDatum: {info.date}\n"
        f"Onderwerp: {info.subject}\n"
    )
    return header + "\n" + body.strip()


def html_to_text(markup: str) -> str:
    markup = _SCRIPT.sub("", markup)
    markup = _BLOCK_END.sub("\n", markup)
    text = html.unescape(_TAG.sub("", markup))
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def read_eml(data: bytes) -> Extracted:
    """Read an .eml; each attachment (also an attached e-mail) comes back as name and bytes."""
    try:
        message = BytesParser(policy=email.policy.default).parsebytes(data)
        assert isinstance(message, EmailMessage)
        info = EmailInfo(
            sender=str(message.get("From", "")),
            recipients=str(message.get("To", "")),
            subject=str(message.get("Subject", "")),
            date=str(message.get("Date", "")),
        )
        body_part = message.get_body(preferencelist=("plain", "html"))
        body = ""
        if body_part is not None:
            content = body_part.get_content()
            body = html_to_text(content) if body_part.get_content_subtype() == "html" else content
        attachments: list[tuple[str, bytes]] = []
        for number, part in enumerate(message.iter_attachments(), start=1):
            name = part.get_filename() or f"bijlage-{number}"
            decoded = part.get_payload(decode=True)
            payload = decoded if isinstance(decoded, bytes) else b""
            if part.get_content_type() == "message/rfc822":
                inner: Any = part.get_payload()
                if isinstance(inner, list) and inner:
                    payload = inner[0].as_bytes()  # a forwarded e-mail, kept whole
                if not name.lower().endswith(".eml"):
                    name += ".eml"
            attachments.append((name, payload))
    except DocumentError:
        raise
    except Exception as exc:
        raise DocumentError(errors.EMAIL_DAMAGED) from exc
    return Extracted(pages=[email_text(info, body)], email=info, attachments=attachments)


def read_msg(data: bytes) -> Extracted:
    """Read an Outlook .msg with extract-msg; attachments as for .eml."""
    import extract_msg

    try:
        # Any: openMsg returns a message, appointment, contact … with different attributes.
        message: Any = extract_msg.openMsg(data)
    except Exception as exc:
        raise DocumentError(errors.EMAIL_DAMAGED) from exc
    try:
        info = EmailInfo(
            sender=getattr(message, "sender", None) or "",
            recipients=getattr(message, "to", None) or "",
            subject=getattr(message, "subject", None) or "",
            date=str(getattr(message, "date", None) or ""),
        )
        body = getattr(message, "body", None) or ""
        if not body.strip() and getattr(message, "htmlBody", None):
            body = html_to_text(message.htmlBody.decode("utf-8", errors="replace"))
        attachments = []
        attachment: Any
        for number, attachment in enumerate(getattr(message, "attachments", []), start=1):
            payload = attachment.data
            if isinstance(payload, bytes):
                name = attachment.longFilename or attachment.shortFilename or f"bijlage-{number}"
                attachments.append((name, payload))
    except Exception as exc:
        raise DocumentError(errors.EMAIL_DAMAGED) from exc
    finally:
        message.close()
    return Extracted(pages=[email_text(info, body)], email=info, attachments=attachments)
