"""The backup file's layout, and what making and opening one share.

Backup file layout (format 2)::

    b"DOSSIERWIJS-BACKUP-2\\n" | u32 length | keyring JSON (wrapped keys only)
    | 32-byte HMAC of everything before it (key derived from the vault key)
    then chunks: u32 length | AES-GCM(backup key, chunk, aad = header digest + index + last)

Any member's passphrase or the recovery code opens the keyring inside, so the
backup needs no extra secret; the HMAC then proves that no entry of the header
was changed (a damaged recovery entry would otherwise be restored "successfully").

The decrypted payload is a stream of frames, so neither side holds the vault:
``M`` meta JSON, ``R`` one database row as JSON, ``B`` one blob as stored (still
encrypted under the vault key), ``E`` the end. Format 1 (payload one ZIP, header
not authenticated) is still read, with the same checks on blob ids.

Split from ``backup``, which re-exports every name here.
"""

from __future__ import annotations

import struct

from django.utils.translation import gettext as _

from . import crypto

MAGIC_V1 = b"DOSSIERWIJS-BACKUP\n"
MAGIC = b"DOSSIERWIJS-BACKUP-2\n"
CHUNK = 1024 * 1024
# What a reader accepts before it authenticates anything: a keyring of hundreds of members
# fits in the header, and a sealed chunk is CHUNK plus nonce and tag.
MAX_HEADER = 1024 * 1024
MAX_SEALED_CHUNK = CHUNK + 1024
TAG_BYTES = 32
_LENGTH = struct.Struct(">I")
_BLOB_SIZE = struct.Struct(">Q")


class BackupError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _damaged() -> BackupError:
    return BackupError(_("Dit back-upbestand is beschadigd of gewijzigd. Er is niets teruggezet."))


def _header_key(vault_key: bytes) -> bytes:
    return crypto.subkey(vault_key, "backup-header")


def _chunk_aad(header_digest: bytes, index: int, last: bool) -> bytes:
    return header_digest + struct.pack(">I?", index, last)
