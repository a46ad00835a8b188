"""One encrypted backup file, streamed in and out in bounded memory.

This module is the backup's API; its parts live in modules named for what they do, and
every name is importable from here as before:

- ``backup_format``: the file's layout (described there), ``BackupError`` and what making
  and opening a backup share
- ``backup_making``: ``write_backup`` and ``records_json`` (also used by the export)
- ``backup_opening``: the header read and checked, the keyring opened, the payload read
  back chunk by chunk (``read_keyring``)
- ``backup_restoring``: ``restore_backup`` into an empty data folder
"""

from __future__ import annotations

from .backup_format import (  # noqa: F401 - part of this module's API
    _BLOB_SIZE,
    _LENGTH,
    CHUNK,
    MAGIC,
    MAGIC_V1,
    MAX_HEADER,
    MAX_SEALED_CHUNK,
    TAG_BYTES,
    BackupError,
    _chunk_aad,
    _damaged,
    _header_key,
)
from .backup_making import (  # noqa: F401 - part of this module's API
    OUR_APPS_PREFIX,
    _frame,
    _rows_of_vault,
    _SealingWriter,
    records_json,
    vault_models,
    write_backup,
)
from .backup_opening import (  # noqa: F401 - part of this module's API
    _BlobPieces,
    _frames_v1,
    _frames_v2,
    _Header,
    _open_keyring,
    _OpeningReader,
    _read_header,
    read_keyring,
)
from .backup_restoring import (  # noqa: F401 - part of this module's API
    BLOB_ID,
    _check_source,
    _clear,
    _make_private,
    _restore_frames,
    _write_blob,
    restore_backup,
)
