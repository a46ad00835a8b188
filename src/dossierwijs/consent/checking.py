"""Checking consent forms: pasted text, an upload (through the dossier's pipeline) or a document.

The result is kept as a ``FormCheck`` (the checker's published JSON), so its page has an
address; from it the parent makes the Geen-toestemmingsverklaring (``refuse_form``), with
the judgements the parent corrected (``correcting``) in place of the checker's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext as _

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.layout import CLOSING, MESSAGE_STAMP, message_sender
from dossierwijs.core.documents.extract import ExtractionError, text_from_bytes
from dossierwijs.core.letters import LetterError
from dossierwijs.core.letters.kinds.geen_toestemming import defects_from_check, doubtful_defects
from dossierwijs.dossier.models import DocumentType, Origin
from dossierwijs.dossier.services import import_file
from dossierwijs.letters.services import produce_letter
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .models import FormCheck


class CheckError(ValueError):
    """The form could not be read; ``message`` is Dutch and safe to show."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# Checking forms --------------------------------------------------------------------------
def check_text(*, vault, by, text: str, title: str, document=None) -> FormCheck:
    """Check a form's text and keep the result, so that the result page has its own address."""
    if not (text or "").strip():
        raise CheckError(
            _("Er staat geen tekst in het formulier. Plak de tekst of kies een bestand.")
        )
    checked = check_consent_form(text)
    result = checked.to_json()
    # Kept beside the published shape, for the result page: what the checker did not weigh.
    result["buiten_beschouwing"] = list(checked.set_apart)
    with transaction.atomic():
        check = FormCheck.objects.create(
            vault=vault,
            document=document,
            title=(title or _("Toestemmingsformulier"))[:300],
            text=text,
            result=result,
            created_by=by,
        )
        journal.record(
            vault=vault,
            actor=by,
            action=Action.VIEW,
            obj=check,
            summary=_("Toestemmingsformulier gecontroleerd"),
        )
    return check


# A title names the paper: "Toestemmingsformulier gegevensuitwisseling", "Machtiging".
_TITLE_WORD = re.compile(r"toestemming|formulier|machtiging|verklaring|consent|privacy", re.I)
# An e-mail's or letter's subject line names what it is about.
_SUBJECT = re.compile(r"^(betreft|onderwerp|subject)\s*:\s*", re.I)
# What a messaging app or mail program puts above the message: "SMS-berichten - exporteren",
# "WhatsApp-chat met Juf Anke", "Van: +31 6 ...". It names no form.
_EXPORT_CHROME = re.compile(
    r"^(\S*-?export\w*|(whats ?app|signal|sms|chat)\b|\S*berichten\b)|^(van|from|aan|to|cc|"
    r"datum|date|verzonden|sent)\s*:",
    re.I,
)
_SENDER = re.compile(r"^(van|from)\s*:\s*(?P<who>.+)$", re.I)
_NAME = re.compile(r"[^\W\d_]{2,}")


def _sender_name(line: str) -> str:
    """The person or organisation in a "Van:" line, without the number or address:
    "Van: +31 6 2093 4471 (Ellen Dijkman, OBS De Springplank)" → "Ellen Dijkman, OBS ..."."""
    m = _SENDER.match(line)
    if not m:
        return ""
    who = re.sub(r"<[^>]*>|\S+@\S+|\+?\d[\d\s-]{6,}\d", "", m.group("who"))
    inside = re.search(r"\(([^()]*)\)", who)
    # The name in brackets only when nothing but a number or address stood outside them.
    if inside and not _NAME.search(who.replace(inside.group(0), "")):
        who = inside.group(1)
    elif inside:
        who = who.replace(inside.group(0), "")
    who = " ".join(who.split()).strip(" ,;")
    return who if _NAME.search(who) else ""


def _short(line: str) -> str:
    """The line, or its first 117 characters cut at a word (a title cut mid-word read as a
    typo in the refusal letter)."""
    if len(line) <= 120:
        return line
    cut = line[:117]
    if " " in cut[40:]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–") + "…"


def form_name(text: str, fallback: str = "") -> str:
    """What the form calls itself, for the check's title and the refusal letter: the first
    short line near the top that names the paper ("Toestemmingsformulier
    gegevensuitwisseling"), not the school's letterhead above it; else an e-mail's subject;
    else, for a message, who sent it; else the first line that is not the app's."""
    raw = [" ".join(line.split()).strip(" :") for line in (text or "").splitlines()[:20]]
    raw = [line for line in raw if len(line) >= 4]
    subjects = [_SUBJECT.sub("", line) for line in raw if _SUBJECT.match(line)]
    lines = [MESSAGE_STAMP.sub("", _SUBJECT.sub("", line)).strip() for line in raw]
    lines = [line for line in lines if len(line) >= 4]
    titles = [
        line
        for line in lines
        if _TITLE_WORD.search(line)
        and len(line.split()) <= 10
        and line[0].isupper()
        and not line.endswith((".", ",", ";"))
        and not _EXPORT_CHROME.search(line)
    ]
    if titles or subjects:
        return _short((titles or subjects)[0])
    # (a "Van:" line first; else who wrote the first message of a chat export)
    senders = [name for name in map(_sender_name, raw) if name]
    senders += [name for name in map(message_sender, raw) if name]
    if senders:
        return _short(_("Bericht van %(who)s") % {"who": senders[0]})
    own = [line for line in lines if not _EXPORT_CHROME.search(line)] or lines[:1]
    # A letter that opens with "Beste ouders van Fenna," is named by who signs it.
    if own and _SALUTATION.match(own[0]):
        signer = _signer(text)
        if signer:
            return _short(_("Brief van %(who)s") % {"who": signer})
        own = [line for line in own if not _SALUTATION.match(line)] or own
    for line in own:
        # (a message in one long line: its first sentence, "... vr 16 mei is de sponsorloop!")
        return _short(re.split(r"(?<=[.!?])\s+(?=[A-Z])", line, maxsplit=1)[0])
    return fallback or _("Toestemmingsformulier")


_SALUTATION = re.compile(r"(beste|geachte|lieve|hoi|hallo|dag|goedemorgen|goedemiddag)\b", re.I)


def _signer(text: str) -> str:
    """The name under the closing ("Met vriendelijke groet,"), with the role under it when
    that is short, as an aside: "Marleen de Vries, intern begeleider OBS De Wilg"."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    at = next((n for n, line in enumerate(lines) if CLOSING.match(line)), None)
    if at is None or at + 1 >= len(lines):
        return ""
    name = lines[at + 1].strip(" ,")
    if len(name.split()) > 5 or not _NAME.search(name):
        return ""
    role = lines[at + 2].strip(" ,") if at + 2 < len(lines) else ""
    if role and len(role.split()) <= 6 and not re.search(r"[@\d]", role):
        # "Intern begeleider" after a comma reads "intern begeleider"; "OBS De Wilg" stays.
        if not role[:2].isupper():
            role = role[:1].lower() + role[1:]
        return f"{name}, {role}"
    return name


def _title_from_filename(filename: str) -> str:
    name = filename.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return stem.replace("_", " ").strip() or _("Toestemmingsformulier")


def check_upload(*, vault, by, filename: str, data: bytes, keep: bool = True) -> FormCheck:
    """Read an uploaded form (PDF, Word, photo: OCR) and check it.

    ``keep``: store the form in the dossier as a "toestemmingsformulier" first, through the
    dossier's one pipeline; otherwise only its text is read (nothing of the file is kept).
    """
    if not data:
        raise CheckError(_("Het bestand is leeg. Kies het formulier opnieuw."))
    if not keep:
        try:
            text = text_from_bytes(data, filename)
        except ExtractionError as error:
            raise CheckError(error.message) from error
        except (OSError, RuntimeError, ValueError) as error:
            raise CheckError(_unreadable(filename)) from error
        if not text.strip():
            raise CheckError(_unreadable(filename))
        return check_text(vault=vault, by=by, text=text, title=_title_from_filename(filename))
    outcome = import_file(
        vault=vault,
        by=by,
        filename=filename,
        data=data,
        overrides={"doc_type": DocumentType.TOESTEMMINGSFORMULIER, "origin": Origin.RECEIVED},
    )[0]
    document = outcome.document or outcome.duplicate_of
    if document is None:
        raise CheckError(" ".join(outcome.errors) or _unreadable(filename))
    return check_document(document=document, by=by)


def _unreadable(filename: str) -> str:
    return _(
        "In “%(name)s” staat geen leesbare tekst. Is het een foto, maak dan een scherpere foto "
        "of scan van het formulier. U kunt de tekst ook plakken."
    ) % {"name": filename.rsplit("/", 1)[-1]}


def check_document(*, document, by) -> FormCheck:
    """Check a form that is already in the dossier (its current version)."""
    version = document.current
    text = version.text if version is not None else ""
    if not text.strip():
        raise CheckError(_unreadable(version.filename if version else document.title))
    return check_text(
        vault=document.vault, by=by, text=text, title=document.title, document=document
    )


def refuse_form(
    *,
    check: FormCheck,
    by,
    tone: str,
    organisation=None,
    extra=None,
    form_title: str = "",
    confirmed_doubtful: Iterable[str] = (),
):
    """The Geen-toestemmingsverklaring for this form, its defects taken from the check.

    A defect the checker doubts (``doubtful_defects``) is listed only when its code is in
    ``confirmed_doubtful``: the parent read the form and says it is right. A school that
    reads a wrong defect stops believing the rest.

    Raises MissingData / LetterError (Dutch) from the letter engine; nothing is stored then.
    """
    if check.verdict == "onvolledig":
        # Storage and duration are owed information (AVG art. 13), not conditions of valid
        # consent: a refusal letter would call a valid form invalid.
        raise LetterError(
            _(
                "Dit formulier is geldig volgens de AVG; alleen waar of hoe lang ontbreekt. "
                "Vraag de organisatie dat na in plaats van het formulier te weigeren."
            )
        )
    judged = check.judged_result()  # the parent's corrections count
    defects = defects_from_check(judged, confirmed=confirmed_doubtful)
    if not defects and doubtful_defects(judged):
        raise LetterError(
            _(
                "De brief is niet gemaakt: er zou geen gebrek in staan. dossierwijs twijfelt bij "
                "elk gebrek, en u hebt er geen aangevinkt. Lees het formulier zelf na. Klopt een "
                "punt? Vink dan bij dat punt aan: “dit klopt”. Staat het toch in het formulier? "
                "Geef dat dan aan bij die eis hierboven."
            )
        )
    if not defects:
        raise LetterError(
            _("Dit formulier heeft geen gebreken gevonden. Er is geen reden om te weigeren.")
        )
    received = check.document.received_date if check.document else None
    title = form_title.strip() or form_name(check.text, check.title)
    fields = {"form": title, "defects": list(defects), "received_on": received}
    return produce_letter(
        vault=check.vault,
        by=by,
        kind="geen_toestemming",
        tone=tone,
        fields=fields,
        organisation=organisation,
        extra=extra,
    )
