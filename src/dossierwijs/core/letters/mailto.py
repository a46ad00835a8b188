"""A mailto: link that opens the parent's mail program with the letter filled in."""

from __future__ import annotations

from urllib.parse import quote

from .model import Letter, MissingData

# Some mail programs and browsers cut off longer mailto links.
SAFE_LENGTH = 2000


def mailto_link(letter: Letter) -> str:
    """``mailto:`` link with To, CC (the other parent), subject and body (RFC 6068).

    Attachments cannot travel in a mailto link: check :func:`mailto_warnings`.
    """
    if not letter.to:
        raise MissingData(["E-mailadres van de organisatie"])
    to = ",".join(quote(address, safe="@") for address in letter.to)
    parts = []
    if letter.cc:
        parts.append("cc=" + ",".join(quote(mail, safe="@") for _, mail in letter.cc))
    parts.append("subject=" + quote(letter.subject, safe=""))
    body = letter.body_text().replace("\r\n", "\n").replace("\n", "\r\n")
    parts.append("body=" + quote(body, safe=""))
    return f"mailto:{to}?" + "&".join(parts)


def mailto_warnings(letter: Letter) -> list[str]:
    """Dutch warnings to show next to the mailto link (empty when it is fine)."""
    warnings = []
    if letter.attachments or letter.attachment_names:
        warnings.append(
            "Bijlagen gaan niet mee met deze link. Download het .eml-bestand, of voeg de "
            "bijlagen zelf toe in uw mailprogramma."
        )
    if letter.to and len(mailto_link(letter)) > SAFE_LENGTH:
        warnings.append(
            "Deze brief is lang. Sommige mailprogramma's knippen hem dan af. Controleer de "
            "tekst, of gebruik het .eml-bestand."
        )
    return warnings
