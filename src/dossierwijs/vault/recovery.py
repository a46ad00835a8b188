"""The recovery code: shown until the parent confirms they kept it, and renewable.

The code itself is stored nowhere (only the vault key wrapped by it, in the keyring). So
"show it again" means: make a fresh one and retire the one nobody confirmed. Until a parent
types the code back, the vault stays in "recovery code not confirmed" and the middleware
lets them reach nothing but that page and the logout (``RecoveryGate``).
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from . import crypto, journal, keyholder
from .files import keyring_lock
from .journal_model import Action
from .keyring import KeyEntry, Keyring, WrongSecret
from .models import Member, Vault


def _replace_code(data_dir: Path) -> str:
    """A new recovery code in the keyring; every earlier one stops working (one write)."""
    code = crypto.new_code()
    with keyring_lock(data_dir):
        keyring = Keyring.load(data_dir)
        for entry in [e for e in keyring.entries if e.kind == "recovery"]:
            keyring.remove(entry.id)
        keyring.add(KeyEntry.wrap(keyholder.key(), code, "recovery"))
        keyring.save(data_dir)
    return code


def fresh_code(*, vault: Vault) -> str:
    """While unconfirmed: a new code to show (the one shown before was never confirmed)."""
    if vault.recovery_confirmed:
        raise ValueError("the recovery code is confirmed; renew it with the passphrase")
    return _replace_code(Path(settings.DATA_DIR))


def still_works(code: str) -> bool:
    """Whether this code (as shown on a page) still opens the vault."""
    try:
        Keyring.load(Path(settings.DATA_DIR)).open_with(crypto.normalise_code(code), ("recovery",))
    except WrongSecret:
        return False
    return True


def confirm(*, member: Member, code: str) -> bool:
    """The parent typed the code back: it opens the vault, so it was kept. Journaled.

    Checked and recorded under the keyring lock, so a fresh code made at the same moment
    (another tab, the other parent) cannot retire this one in between.
    """
    data_dir = Path(settings.DATA_DIR)
    with keyring_lock(data_dir):
        try:
            Keyring.load(data_dir).open_with(crypto.normalise_code(code), ("recovery",))
        except WrongSecret:
            return False
        with transaction.atomic():
            Vault.objects.filter(pk=member.vault_id).update(recovery_confirmed=True)
            journal.record(
                vault=member.vault,
                actor=member,
                action=Action.EDIT,
                summary=_("Herstelcode bewaard en bevestigd"),
            )
    return True


def renew(*, member: Member, passphrase: str) -> str:
    """A new code, asked with the member's passphrase; the old code stops working.

    The database says "not confirmed" before the keyring changes: a crash in between shows
    a fresh code at the next page, never a vault whose only code nobody has seen.
    """
    data_dir = Path(settings.DATA_DIR)
    entry = Keyring.load(data_dir).get(member.key_entry_id)
    if entry is None:
        raise WrongSecret()
    entry.unwrap(passphrase)  # raises WrongSecret
    with transaction.atomic():
        Vault.objects.filter(pk=member.vault_id).update(recovery_confirmed=False)
        journal.record(
            vault=member.vault,
            actor=member,
            action=Action.EDIT,
            summary=_("Nieuwe herstelcode gemaakt; de oude werkt niet meer"),
        )
    return _replace_code(data_dir)
