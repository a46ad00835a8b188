"""Dutch messages for everything that can go wrong while importing a file.

Every message is shown to parents as-is: plain Dutch (B1), calm, and it says what they can do.
Code that refuses a file raises :class:`DocumentError` with one of these messages.
"""

from __future__ import annotations

import errno


class ExtractionError(Exception):
    """The file could not be read; ``message`` is Dutch and safe to show."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class DocumentError(ExtractionError):
    """A file was refused by a pipeline step; the other files of an upload carry on."""


EMPTY_FILE = "Dit bestand is leeg (0 bytes). Er valt niets te bewaren. Kies het bestand opnieuw."
TOO_LARGE = (
    "Dit bestand is groter dan {limit}. Zo'n groot bestand kunnen we niet veilig openen. "
    "Maak het kleiner (bijvoorbeeld door het op te splitsen) en probeer het opnieuw."
)
TOO_MANY_PAGES = (
    "Dit bestand heeft {pages} pagina's. Wij lezen er hoogstens {limit}. "
    "Splits het bestand op in kleinere delen en voeg die apart toe."
)
UNKNOWN_KIND = (
    "Dit soort bestand kunnen we niet lezen. Wij lezen PDF, Word (.docx), OpenDocument (.odt), "
    "tekstbestanden, e-mails (.eml en .msg) en foto's (JPEG, PNG, HEIC)."
)
OLD_WORD = (
    "Dit is een oud Word-bestand (.doc). Dat kunnen we niet lezen. "
    "Open het in uw tekstverwerker en sla het op als .docx of PDF."
)
PDF_DAMAGED = (
    "Dit PDF-bestand is beschadigd en kan niet worden gelezen. "
    "Misschien is het niet helemaal gedownload. Vraag zo nodig een nieuw exemplaar."
)
PDF_ACTIVE_CONTENT = (
    "Let op: dit PDF-bestand bevat {what}. Een gewone brief of rapport heeft dat niet nodig; "
    "het kan ook schadelijk zijn. dossierwijs bewaart het, maar opent het nooit in de browser. "
    "Open het alleen als u de afzender vertrouwt, of vraag om een gewone PDF."
)
PDF_ACTIVE_KINDS = {
    "javascript": "JavaScript (een programma dat kan starten bij het openen)",
    "launch": "een opdracht om een ander programma te starten",
    "embedded_file": "een ingesloten bestand",
}
PDF_REPAIRED = (
    "Dit PDF-bestand is beschadigd of onvolledig. We hebben gelezen wat we konden, "
    "maar er kan tekst ontbreken. Vraag zo nodig een nieuw exemplaar."
)
# A message about a password, not a password:
PDF_PASSWORD = (
    "Dit PDF-bestand is beveiligd met een wachtwoord. Wij kunnen het daarom niet lezen. "  # noqa: S105
    "Open het met het wachtwoord, sla het op zonder wachtwoord en voeg het opnieuw toe."
)
ZIP_BOMB = (
    "Dit bestand pakt uit tot veel meer gegevens dan normaal ({size}). Dat lijkt niet op een "
    "gewoon document, en het openen kan uw computer vastzetten. We hebben het daarom niet geopend."
)
OFFICE_DAMAGED = "Dit {name}-bestand is beschadigd en kan niet worden gelezen."
EMAIL_DAMAGED = "Deze e-mail kan niet worden gelezen. Sla hem opnieuw op uit uw e-mailprogramma."
IMAGE_DAMAGED = "Deze afbeelding is beschadigd of te groot en kan niet worden gelezen."
TIMEOUT = (
    "Het lezen van dit bestand duurde te lang (meer dan {seconds} seconden). "
    "We zijn gestopt om uw computer niet vast te zetten. Het bestand is niet opgeslagen."
)
OUT_OF_MEMORY = (
    "Het lezen van dit bestand had te veel geheugen nodig. "
    "We zijn gestopt om uw computer niet vast te zetten. Het bestand is niet opgeslagen."
)
PARSER_CRASHED = (
    "Dit bestand is beschadigd of heeft een vorm die we niet kunnen lezen. Het is niet "
    "opgeslagen. Vraag zo nodig een nieuw exemplaar of sla het opnieuw op als PDF."
)
UNEXPECTED = (
    "Er ging iets mis bij het lezen van dit bestand. Het is niet opgeslagen. "
    "Uw andere bestanden en uw dossier zijn niet veranderd."
)
DISK_FULL = (
    "De schijf is vol: dit bestand kon niet worden bewaard. Er is niets half opgeslagen en uw "
    "dossier is niet veranderd. Maak ruimte vrij op de schijf en voeg het bestand opnieuw toe."
)
OCR_FAILED = "De tekst op pagina {page} kon niet worden herkend."
OCR_PARTIAL = (
    "Tekstherkenning is gestopt na {done} van de {total} gescande pagina's ({reason}). "
    "Het hele bestand is bewaard; zoeken vindt alleen tekst op de pagina's {first}–{last}. "
    "Splits het bestand op als u ook de rest doorzoekbaar wilt maken."
)
OCR_NONE = (
    "Tekstherkenning is gestopt voordat er een pagina gelezen was ({reason}). Het hele bestand "
    "is bewaard, maar de tekst op de gescande pagina's is niet doorzoekbaar."
)
OCR_REASON_PAGES = "wij lezen hoogstens {limit} gescande pagina's per bestand"
OCR_REASON_TIME = "het duurde langer dan {minutes} minuten"
OCR_REASON_STOPPED = "u hebt het gestopt"
OCR_MISSING = (
    "Tekstherkenning (tesseract met Nederlands) is niet geïnstalleerd. "
    "Het bestand is bewaard, maar de tekst op gescande pagina's is niet doorzoekbaar."
)
OCR_LOW_CONFIDENCE = (
    "De tekst op pagina {pages} is slecht herkend (misschien een andere taal, handschrift "
    "of een onscherpe scan). Zoeken in dit document werkt daardoor minder goed."
)
MISLEADING_EXTENSION = (
    "De naam eindigt op .{extension}, maar dit is een {kind}-bestand. We hebben het als "
    "{kind} gelezen."
)
TEXT_ENCODING_GUESSED = (
    "De tekens in dit tekstbestand zijn geraden ({encoding}). Controleer of letters als é en ë "
    "goed staan."
)


def is_disk_full(error: BaseException) -> bool:
    """True for "no space left" from the file system or from SQLite ("database or disk is full")."""
    while error is not None:
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if "disk is full" in str(error):
            return True
        error = error.__cause__ or error.__context__  # type: ignore[assignment]
    return False


def human_size(size: int) -> str:
    """``104857600`` → ``"100 MB"``: sizes as parents read them."""
    if size >= 1024 * 1024 * 1024:
        return f"{size / (1024 * 1024 * 1024):.0f} GB"
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.0f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size} bytes"


ATTACHMENTS_TOO_DEEP = (
    "Deze e-mail zit in een e-mail in een e-mail. De bijlagen op dit niveau hebben we niet "
    "apart bewaard; sla ze zo nodig los op en voeg ze zelf toe."
)
TOO_MANY_ATTACHMENTS = (
    "Deze e-mail heeft meer dan {limit} bijlagen. De eerste {limit} hebben we bewaard; "
    "sla de andere los op en voeg ze zelf toe."
)
