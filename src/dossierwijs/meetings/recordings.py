"""Recordings of a meeting: kept encrypted as they arrive, and the notes made at moments in them.

Each write in one transaction, each written to the journal. Never put names, report text or
the school's words in a journal summary.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext_lazy

from dossierwijs.dossier import api as dossier_api
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .models import Meeting, Recording, RecordingNote

# Audio formats parents' phones and laptops make, recognised by their first bytes.
AUDIO_TYPES = (
    (b"ID3", 0, "audio/mpeg"),
    (b"\xff\xfb", 0, "audio/mpeg"),
    (b"\xff\xf3", 0, "audio/mpeg"),
    (b"\xff\xf1", 0, "audio/aac"),
    (b"\xff\xf9", 0, "audio/aac"),
    (b"OggS", 0, "audio/ogg"),
    (b"\x1aE\xdf\xa3", 0, "audio/webm"),
    (b"ftyp", 4, "audio/mp4"),
)
MAX_RECORDING_BYTES = 500 * 1024 * 1024


def audio_type(data: bytes) -> str | None:
    """The MIME type of a recording, or None when the bytes are not a known audio format."""
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "audio/wav"
    for magic, offset, mime in AUDIO_TYPES:
        if data[offset : offset + len(magic)] == magic:
            return mime
    return None


NOT_AUDIO = gettext_lazy(
    "Dit bestand is geen geluidsopname die wij kennen (mp3, m4a, aac, wav, ogg, opus, webm of mp4)."
)
TOO_LARGE = gettext_lazy("Deze opname is groter dan 500 MB. Deel haar op in kortere stukken.")
SNIFF_BYTES = 12  # enough for every signature in AUDIO_TYPES and WAV


@dataclass(frozen=True)
class StoredRecording:
    file_id: str
    mime_type: str
    size: int


class RecordingSink:
    """Takes a recording as it arrives and keeps it encrypted, never whole in memory.

    The first bytes must be audio and the whole must stay under 500 MB; otherwise
    ``write`` raises ValueError (Dutch) and nothing is kept. ``close`` → StoredRecording.
    """

    def __init__(self):
        self._writer = dossier_api.working_file_writer()
        self._head = b""
        self.mime_type: str | None = None

    def write(self, data: bytes) -> None:
        try:
            if self.mime_type is None:
                self._head += data[:SNIFF_BYTES]
                if len(self._head) >= SNIFF_BYTES:
                    self.mime_type = audio_type(self._head)
                    if self.mime_type is None:
                        raise ValueError(NOT_AUDIO)
            if self._writer.size + len(data) > MAX_RECORDING_BYTES:
                raise ValueError(TOO_LARGE)
            self._writer.write(data)
        except BaseException:
            self._writer.abort()
            raise

    def close(self) -> StoredRecording:
        if self.mime_type is None:  # shorter than the signatures
            self.mime_type = audio_type(self._head)
        if self.mime_type is None:
            self._writer.abort()
            raise ValueError(NOT_AUDIO)
        file_id, _new = self._writer.close()
        return StoredRecording(file_id, self.mime_type, self._writer.size)

    def abort(self) -> None:
        self._writer.abort()


def add_stored_recording(
    *, meeting: Meeting, by, filename: str, stored: StoredRecording
) -> Recording:
    """Record a recording that a RecordingSink already keeps encrypted."""
    with transaction.atomic():
        recording = Recording.objects.create(
            vault=meeting.vault,
            meeting=meeting,
            filename=filename[:255],
            mime_type=stored.mime_type,
            size=stored.size,
            file_id=stored.file_id,
        )
        journal.record(
            vault=meeting.vault,
            actor=by,
            action=Action.UPLOAD,
            obj=recording,
            summary="Opname van gesprek toegevoegd",
        )
    return recording


def discard_unclaimed_recording(stored: StoredRecording) -> None:
    """Remove an uploaded recording no Recording took (the upload was refused).

    Identical bytes share one encrypted file, so a file a kept recording uses stays.
    """
    still_used = Recording.objects.filter(file_id=stored.file_id).exists()
    dossier_api.forget_working_file(stored.file_id, still_used=still_used)


def add_recording(*, meeting: Meeting, by, filename: str, data: bytes) -> Recording:
    """Keep a recording of ``meeting`` encrypted; raises ValueError (Dutch) if it is not audio."""
    sink = RecordingSink()
    sink.write(data)
    return add_stored_recording(meeting=meeting, by=by, filename=filename, stored=sink.close())


def add_recording_note(*, recording: Recording, by, at_seconds: int, text: str) -> RecordingNote:
    with transaction.atomic():
        note = RecordingNote.objects.create(
            vault=recording.vault, recording=recording, at_seconds=at_seconds, text=text
        )
        journal.record(
            vault=recording.vault,
            actor=by,
            action=Action.EDIT,
            obj=note,
            summary="Notitie bij opname",
        )
    return note
