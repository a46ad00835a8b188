"""How strong a passphrase is: a rough score the server enforces (the page shows it live)."""

from __future__ import annotations

import math
import re

MIN_LENGTH = 10


def strength(passphrase: str) -> int:
    """0 (weak) to 4 (strong), from length and the variety of characters used."""
    if not passphrase:
        return 0
    pool = 0
    if re.search(r"[a-z]", passphrase):
        pool += 26
    if re.search(r"[A-Z]", passphrase):
        pool += 26
    if re.search(r"[0-9]", passphrase):
        pool += 10
    if re.search(r"[^A-Za-z0-9]", passphrase):
        pool += 20
    distinct = len(set(passphrase))
    bits = min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))
    if bits < 40:
        return 0 if bits < 25 else 1
    if bits < 60:
        return 2
    return 3 if bits < 80 else 4


def is_acceptable(passphrase: str) -> bool:
    return len(passphrase) >= MIN_LENGTH and strength(passphrase) >= 2
