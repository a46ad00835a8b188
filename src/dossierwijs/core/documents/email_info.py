"""What the headers of an e-mail tell us: its own module, so the pipeline's document and the
metadata guesses can both use it without importing each other."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class EmailInfo:
    """What the headers of an e-mail tell us (shown with the e-mail; used for metadata)."""

    sender: str = ""
    recipients: str = ""
    subject: str = ""
    date: str = ""
