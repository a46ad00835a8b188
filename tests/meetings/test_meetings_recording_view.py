"""Recordings: upload, play with seeking (HTTP range requests), notes at a moment; never shared."""

from __future__ import annotations

import io
import math
import struct
import wave

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from dossierwijs.dossier.models import Document
from dossierwijs.meetings.models import Recording, RecordingNote
from tests.meetings.conftest import page_text


def sine_wav(seconds: float = 1.0, rate: int = 8000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        frames = b"".join(
            struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate)))
            for i in range(int(seconds * rate))
        )
        out.writeframes(frames)
    return buffer.getvalue()


def upload(ouder, meeting, data: bytes, name: str = "gesprek.wav"):
    return ouder.post(
        reverse("meetings:recording_add", args=[meeting.pk]),
        {"recording": SimpleUploadedFile(name, data, content_type="audio/wav")},
        follow=True,
    )


def test_a_recording_is_kept_and_plays_with_seeking(ouder, family, a_meeting):
    data = sine_wav()
    upload(ouder, a_meeting, data)
    recording = Recording.objects.get(meeting=a_meeting)
    assert (recording.mime_type, recording.size) == ("audio/wav", len(data))
    url = reverse("meetings:recording", args=[recording.pk])
    whole = ouder.get(url)
    assert whole.status_code == 200 and whole.getvalue() == data
    assert whole["Accept-Ranges"] == "bytes"
    part = ouder.get(url, HTTP_RANGE="bytes=100-199")
    assert part.status_code == 206
    assert part.getvalue() == data[100:200]
    assert part["Content-Range"] == f"bytes 100-199/{len(data)}"
    tail = ouder.get(url, HTTP_RANGE="bytes=-10")
    assert tail.getvalue() == data[-10:]
    beyond = ouder.get(url, HTTP_RANGE=f"bytes={len(data) + 5}-")
    assert beyond.status_code == 416


def test_a_recording_is_no_document_so_it_cannot_be_shared_or_listed(ouder, family, a_meeting):
    before = Document.objects.filter(vault=family.vault).count()
    upload(ouder, a_meeting, sine_wav())
    assert Document.objects.filter(vault=family.vault).count() == before
    share_page = page_text(ouder.get(reverse("sharing:new")))
    assert "gesprek.wav" not in share_page


def test_a_file_that_is_not_audio_is_refused_in_dutch(ouder, a_meeting):
    response = upload(ouder, a_meeting, b"%PDF-1.4 niet geluid", name="verslag.mp3")
    assert "geen geluidsopname die wij kennen" in page_text(response)
    assert not Recording.objects.exists()


def test_a_note_at_a_moment_is_kept_and_shown(ouder, a_meeting):
    upload(ouder, a_meeting, sine_wav())
    recording = Recording.objects.get(meeting=a_meeting)
    response = ouder.post(
        reverse("meetings:note_add", args=[recording.pk]),
        {"moment": "12:30", "text": "Hier zegt de IB dat het onderzoek voor 1 april komt."},
        follow=True,
    )
    note = RecordingNote.objects.get(recording=recording)
    assert note.at_seconds == 750
    assert "12:30 Hier zegt de IB" in page_text(response)
    bad = ouder.post(
        reverse("meetings:note_add", args=[recording.pk]),
        {"moment": "twaalf", "text": "x"},
        follow=True,
    )
    assert "minuten:seconden" in page_text(bad)


def test_the_streamed_upload_still_needs_the_csrf_token(ouder, a_meeting):
    ouder.handler.enforce_csrf_checks = True
    response = ouder.post(
        reverse("meetings:recording_add", args=[a_meeting.pk]),
        {"recording": SimpleUploadedFile("gesprek.wav", sine_wav(), content_type="audio/wav")},
    )
    assert response.status_code == 403
    assert not Recording.objects.exists()


def _encrypted_files() -> set[str]:
    from django.conf import settings

    from dossierwijs.vault.blobs import BlobStore

    return set(BlobStore.for_data_dir(settings.DATA_DIR).all_ids())


def _post_recording(client, meeting, data: bytes):
    return client.post(
        reverse("meetings:recording_add", args=[meeting.pk]),
        {"recording": SimpleUploadedFile("gesprek.wav", data, content_type="audio/wav")},
    )


def test_a_forged_upload_leaves_no_encrypted_file_behind(ouder, a_meeting):
    ouder.handler.enforce_csrf_checks = True
    # With the CSRF cookie the token is looked for in the body, so the upload is read (and
    # stored) before the request is refused.
    ouder.get(reverse("meetings:detail", args=[a_meeting.pk]))
    assert "csrftoken" in ouder.cookies
    before = _encrypted_files()
    assert _post_recording(ouder, a_meeting, sine_wav(1.5)).status_code == 403
    assert _encrypted_files() == before


def test_an_upload_without_a_session_or_the_right_leaves_no_file(client_for, a_meeting):
    before = _encrypted_files()
    assert _post_recording(client_for("anonymous"), a_meeting, sine_wav(1.2)).status_code == 302
    assert _post_recording(client_for("meelezer"), a_meeting, sine_wav(1.3)).status_code in (
        403,
        404,
    )
    assert _encrypted_files() == before
    assert not Recording.objects.exists()


def test_a_refused_copy_of_a_kept_recording_leaves_the_kept_one(ouder, a_meeting):
    data = sine_wav()
    upload(ouder, a_meeting, data)
    kept = Recording.objects.get()
    ouder.handler.enforce_csrf_checks = True
    ouder.get(reverse("meetings:detail", args=[a_meeting.pk]))
    assert _post_recording(ouder, a_meeting, data).status_code == 403
    assert kept.file_id in _encrypted_files()
    assert ouder.get(reverse("meetings:recording", args=[kept.pk])).status_code == 200
