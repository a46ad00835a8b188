""" "Alles downloaden": every document in its original form and all records as JSON.

Apps that keep documents add a part with ``register_export_part``; the export
then holds their files without the vault knowing what a document is.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable

from .backup import records_json

ExportPart = Callable[[object], Iterable[tuple[str, bytes]]]
_parts: list[ExportPart] = []

README = """Dit is een export van uw dossierwijs-kluis.

- records.json: alle gegevens uit de kluis (gezin, logboek en wat u heeft vastgelegd).
- documenten/: elk document in de vorm waarin het is toegevoegd.

Let op: deze export is NIET versleuteld. Bewaar hem op een veilige plek
en verwijder hem als u hem niet meer nodig heeft.
"""


def register_export_part(part: ExportPart) -> None:
    if part not in _parts:
        _parts.append(part)


def build_export(vault) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("LEESMIJ.txt", README)
        archive.writestr("records.json", records_json(vault))
        for part in _parts:
            for name, data in part(vault):
                archive.writestr(name, data)
    return buffer.getvalue()
