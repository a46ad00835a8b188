""" "Alles downloaden": every document in its original form and all records as JSON.

Apps that keep documents declare an ``export_parts`` hook (``dossierwijs.contributions``);
the export then holds their files without the vault knowing what a document is. ``options``
names what the parent chose to include beyond the default (e.g. ``"opnames"``).
"""

from __future__ import annotations

import io
import zipfile

from dossierwijs import contributions

from .backup import records_json
from .downloads import safe_path

README = """Dit is een export van uw dossierwijs-kluis.

- records.json: alle gegevens uit de kluis (gezin, logboek en wat u heeft vastgelegd).
- documenten/: elk document in de vorm waarin het is toegevoegd.

Let op: deze export is NIET versleuteld. Bewaar hem op een veilige plek
en verwijder hem als u hem niet meer nodig heeft.
"""


def build_export(vault, options: frozenset[str] = frozenset()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("LEESMIJ.txt", README)
        archive.writestr("records.json", records_json(vault))
        # A part that fails fails the export: an incomplete copy must not look complete.
        for _label, part in contributions.hooks("export_parts"):
            for name, data in part(vault, options):
                # Names come from whoever made the files: no control characters, no
                # right-to-left overrides, no climbing out of the folder when unpacked.
                archive.writestr(safe_path(name), data)
    return buffer.getvalue()
