"""A recording upload streamed into the encrypted store as it arrives.

Django's default handlers keep an upload in memory (MemoryFileUploadHandler, DEVELOPERS.md)
or in a plaintext temporary file: neither is right for a recording of hundreds of MB. This
handler hands every chunk the parser reads (64 KB) straight to a ``RecordingSink``, which
encrypts chunk by chunk into the vault's store.
"""

from __future__ import annotations

from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, StopFutureHandlers

from .recordings import RecordingSink, StoredRecording

FIELD = "recording"


class StoredUpload(UploadedFile):
    """What the view gets in ``request.FILES``: the name and where the bytes are kept."""

    def __init__(self, name: str, stored: StoredRecording):
        super().__init__(file=None, name=name, content_type=stored.mime_type, size=stored.size)
        self.stored = stored


class RecordingUploadHandler(FileUploadHandler):
    """Only the ``recording`` field; a refusal (not audio, too large) is kept in ``error``."""

    def __init__(self, request=None):
        super().__init__(request)
        self.sink: RecordingSink | None = None
        self.error = ""

    def new_file(self, field_name, *args, **kwargs):
        super().new_file(field_name, *args, **kwargs)
        if field_name == FIELD and self.sink is None and not self.error:
            self.sink = RecordingSink()
            raise StopFutureHandlers()

    def receive_data_chunk(self, raw_data, start):
        if self.sink is not None:
            try:
                self.sink.write(raw_data)
            except ValueError as exc:  # the sink removed what it had written
                self.error, self.sink = str(exc), None
        return None  # consumed: no other handler sees the bytes

    def file_complete(self, file_size):
        if self.sink is None:
            return None
        sink, self.sink = self.sink, None
        try:
            stored = sink.close()
        except ValueError as exc:
            self.error = str(exc)
            return None
        return StoredUpload(self.file_name, stored)

    def upload_interrupted(self):
        if self.sink is not None:
            self.sink.abort()
            self.sink = None
