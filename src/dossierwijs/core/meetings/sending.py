"""The parents' own report, ready to send: a PDF, and an unsent e-mail that carries it.

The e-mail says that the parents take the report to be a correct account if they hear
nothing by the reaction date (``clause.report_clause``). ``X-Unsent: 1`` makes mail programs
open it as a draft: the parent adds the addresses, reads it and sends it.
"""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from email.utils import formataddr

from dossierwijs.core.letters.render_pdf import _LetterPDF  # one PDF look for all we send
from dossierwijs.core.meetings.clause import report_clause
from dossierwijs.core.rules.dutch_dates import day_month, long_date


def report_filename(held_on: date) -> str:
    """The PDF's name as the school sees it: ``Ons verslag van het gesprek op 12 maart 2026.pdf``."""
    return f"Ons verslag van het gesprek op {day_month(held_on, year=True)}.pdf"


def report_pdf(title: str, report_text: str, *, held_on: date | None = None) -> bytes:
    """The report as an A4 PDF with real text; the first line and headings in bold.

    ``held_on``: the day of the meeting, under the first line, so a printed copy says which
    meeting it is about.
    """
    pdf = _LetterPDF()
    pdf.set_title(pdf.text_ok(title))
    pdf.set_creator("dossierwijs")
    pdf.set_lang("nl")
    pdf.add_page()
    for number, block in enumerate(report_text.strip().split("\n\n")):
        lines = block.splitlines()
        if number == 0 and len(lines) == 1:
            pdf.write_block(lines[0], bold=True)
            if held_on is not None:
                pdf.write_block(f"Gesprek op {long_date(held_on)}")
            pdf.ln(3)
            continue
        if len(lines) > 1 and not lines[0].startswith("- "):
            pdf.write_block(lines[0], bold=True)
            lines = lines[1:]
        pdf.write_block("\n".join(lines))
        pdf.ln(3)
    return bytes(pdf.output())


def report_email(
    *,
    title: str,
    held_on: date,
    report_text: str,
    sent_on: date,
    signers: tuple[str, ...],
    sender_email: str = "",
) -> bytes:
    """An unsent e-mail (.eml) with the report as PDF and the two-week sentence."""
    clause = report_clause(sent_on)
    names = " en ".join(name for name in signers if name.strip()) or "De ouders"
    message = EmailMessage()
    message["Subject"] = f"Ons verslag van het gesprek op {long_date(held_on)}: {title}"
    if sender_email:
        message["From"] = formataddr((names, sender_email))
    message["X-Unsent"] = "1"
    message.set_content(
        "Beste allen,\n\n"
        f"In de bijlage vindt u ons verslag van het gesprek op {long_date(held_on)}: "
        f"{title}.\n\n{clause.sentence}\n\nMet vriendelijke groet,\n{names}\n"
    )
    message.add_attachment(
        report_pdf(title, report_text, held_on=held_on),
        maintype="application",
        subtype="pdf",
        filename=report_filename(held_on),
    )
    return bytes(message)
