"""A large recording is streamed into the encrypted store: never whole in memory, never on disk
unencrypted, and it plays back byte for byte with seeking."""

from __future__ import annotations

import hashlib
import os
import struct
import tempfile
import time
import tracemalloc
from pathlib import Path

from django.conf import settings
from django.urls import reverse

from dossierwijs.meetings.models import Recording

SIZE = 30 * 1024 * 1024
BLOCK = 64 * 1024 + 7  # not the store's chunk size, so ranges cross chunk borders unevenly
CANARY = b"Nachtegaalopname"
BOUNDARY = "grens-7f3a"


def wav_header(size: int) -> bytes:
    data = size - 44
    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 16000, 2, 16)
    return (
        b"RIFF"
        + struct.pack("<I", size - 8)
        + b"WAVEfmt "
        + struct.pack("<I", 16)
        + fmt
        + (b"data" + struct.pack("<I", data))
    )


def block(index: int) -> bytes:
    """The recording's bytes, computable at any offset: a canary and a counter in each block."""
    seed = CANARY + hashlib.sha256(index.to_bytes(8, "big")).digest()
    return (seed * (BLOCK // len(seed) + 1))[:BLOCK]


def expected(start: int, end: int) -> bytes:
    """Bytes ``start``..``end`` (inclusive) of the generated recording."""
    out = bytearray()
    header = wav_header(SIZE)
    pos = start
    while pos <= end:
        if pos < len(header):
            piece = header[pos : min(end + 1, len(header))]
        else:
            index, offset = divmod(pos - len(header), BLOCK)
            piece = block(index)[offset : offset + end + 1 - pos]
        out += piece
        pos += len(piece)
    return bytes(out)


class MultipartStream:
    """A multipart/form-data body made as it is read (the request as a browser streams it)."""

    def __init__(self):
        self.head = (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="recording"; '
            f'filename="gesprek.wav"\r\nContent-Type: audio/wav\r\n\r\n'
        ).encode()
        self.tail = f"\r\n--{BOUNDARY}--\r\n".encode()
        self.length = len(self.head) + SIZE + len(self.tail)
        self.pos = 0

    def read(self, size: int = -1) -> bytes:
        size = self.length - self.pos if size is None or size < 0 else size
        out = bytearray()
        while size > 0 and self.pos < self.length:
            body_start = len(self.head)
            body_end = body_start + SIZE
            if self.pos < body_start:
                piece = self.head[self.pos : self.pos + size]
            elif self.pos < body_end:
                start = self.pos - body_start
                last = min(self.pos + size, body_end) - 1 - body_start
                piece = expected(start, min(last, start + BLOCK))
            else:
                piece = self.tail[self.pos - body_end : self.pos - body_end + size]
            out += piece
            self.pos += len(piece)
            size -= len(piece)
        return bytes(out)

    def readline(self, size: int = -1) -> bytes:  # not used by the multipart parser
        raise NotImplementedError


def post_stream(client, url):
    stream = MultipartStream()
    return client.request(
        REQUEST_METHOD="POST",
        PATH_INFO=url,
        CONTENT_TYPE=f"multipart/form-data; boundary={BOUNDARY}",
        CONTENT_LENGTH=str(stream.length),
        **{"wsgi.input": stream},
    )


def files_holding(root: Path, since: float, needle: bytes) -> list[str]:
    # os.walk, not rglob: other processes (test workers, helpers) make and remove folders
    # under the same temporary root meanwhile, and a vanished folder is not a finding.
    found = []
    for folder, _dirs, names in os.walk(root, onerror=lambda error: None):
        for name in names:
            path = Path(folder) / name
            try:
                if path.is_file() and path.stat().st_mtime >= since and needle in path.read_bytes():
                    found.append(str(path))
            except OSError:
                continue
    return found


def test_a_30_mb_recording_is_streamed_encrypted_and_plays_back_exactly(ouder, a_meeting):
    started = time.time() - 1
    url = reverse("meetings:recording_add", args=[a_meeting.pk])
    tracemalloc.start()
    try:
        response = post_stream(ouder, url)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert response.status_code == 302
    recording = Recording.objects.get(meeting=a_meeting)
    assert (recording.size, recording.mime_type) == (SIZE, "audio/wav")
    assert peak < 4 * 1024 * 1024, f"peak {peak / 2**20:.1f} MB while uploading 30 MB"

    # Nothing unencrypted on disk: not in the data folder, not as a temporary file.
    for root in (Path(settings.DATA_DIR), Path(tempfile.gettempdir())):
        assert files_holding(root, started, CANARY) == [], root

    play = reverse("meetings:recording", args=[recording.pk])
    whole = ouder.get(play)
    assert whole.status_code == 200 and int(whole["Content-Length"]) == SIZE
    digest = hashlib.sha256()
    for piece in whole.streaming_content:
        digest.update(piece)
    wanted = hashlib.sha256()
    for pos in range(0, SIZE, 1 << 20):
        wanted.update(expected(pos, min(pos + (1 << 20), SIZE) - 1))
    assert digest.hexdigest() == wanted.hexdigest()
    for start, end in (
        (0, 99),
        (65530, 65545),
        (SIZE // 2, SIZE // 2 + 300_000),
        (SIZE - 5, SIZE - 1),
    ):
        part = ouder.get(play, HTTP_RANGE=f"bytes={start}-{end}")
        assert part.status_code == 206
        assert part["Content-Range"] == f"bytes {start}-{end}/{SIZE}"
        assert part.getvalue() == expected(start, end), (start, end)
