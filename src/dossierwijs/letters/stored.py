"""A produced letter kept as JSON, so DOCX and .eml can be made again on download.

Attachments that are dossier files are kept by reference only: deleting the file from
the dossier really deletes it, and it then no longer goes along with the letter.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict

from dossierwijs.core.letters import Attachment, Letter, Paragraph
from dossierwijs.dossier import api as documents


def letter_to_json(letter: Letter) -> str:
    """The letter as JSON. An attachment that is a dossier file is kept by reference only,
    so deleting it from the dossier really deletes it (it then no longer goes along)."""
    data = asdict(letter)
    attachments = []
    for a in letter.attachments:
        entry = {"filename": a.filename, "mime_type": a.mime_type}
        blob_id = documents.file_id_of(a.content)
        if documents.is_dossier_file(blob_id):
            entry["blob"] = blob_id
        else:
            entry["content"] = base64.b64encode(a.content).decode("ascii")
        attachments.append(entry)
    data["attachments"] = attachments
    return json.dumps(data, ensure_ascii=False)


def _attachment(entry: dict) -> Attachment | None:
    if "content" in entry:
        content = base64.b64decode(entry["content"])
    elif documents.is_dossier_file(entry["blob"]):
        content = documents.read_working_file(entry["blob"])
    else:
        return None  # deleted from the dossier since
    return Attachment(entry["filename"], content, entry["mime_type"])


def letter_from_json(text: str) -> Letter:
    data = json.loads(text)
    data["paragraphs"] = tuple(Paragraph(p["text"], tuple(p["items"])) for p in data["paragraphs"])
    found = (_attachment(entry) for entry in data["attachments"])
    data["attachments"] = tuple(a for a in found if a is not None)
    data["cc"] = tuple(tuple(pair) for pair in data["cc"])
    if data.get("from_address"):
        data["from_address"] = tuple(data["from_address"])
    for name in (
        "signatures",
        "sender_lines",
        "recipient_lines",
        "to",
        "cc_names",
        "attachment_names",
        "guidance",
    ):
        data[name] = tuple(data[name])
    return Letter(**data)
