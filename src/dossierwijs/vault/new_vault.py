"""Starting a vault: the keyring, the encrypted database and the first parent.

Split from ``services``, which re-exports every name here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from . import crypto, journal, keyholder
from .journal_model import Action
from .keyring import KeyEntry, Keyring
from .models import Member, Vault
from .roles import Gezag, Role
from .users import new_user
from .vault_folder import VaultError, _data_dir, migrate_if_needed


@dataclass(frozen=True)
class NewVault:
    vault: Vault
    member: Member
    recovery_code: str


def create_vault(
    *,
    child_name: str,
    parent_name: str,
    passphrase: str,
    child_birth_date=None,
    school_name: str = "",
    other_parent_name: str = "",
    parent_gezag: str = Gezag.MET,
    other_parent_gezag: str = Gezag.ONBEKEND,
    vault_key: bytes | None = None,
    is_demo: bool = False,
    recovery_confirmed: bool = True,
) -> NewVault:
    """Create the keyring, the encrypted database and the first parent.

    ``parent_gezag`` and ``other_parent_gezag`` are the first parent's answers (met,
    zonder, onbekend). The wizard and ``dossierwijs init`` always ask and pass them.
    """
    if parent_gezag not in Gezag.values or other_parent_gezag not in Gezag.values:
        raise VaultError(_("Kies bij gezag: met gezag, zonder gezag of weet ik niet."))
    data_dir = _data_dir()
    if (data_dir / "keyring.json").exists():
        raise VaultError(_("In deze gegevensmap staat al een kluis."))
    key = vault_key or crypto.new_vault_key()
    keyring = Keyring.new()
    member_entry = keyring.add(KeyEntry.wrap(key, passphrase, "member"))
    recovery_code = crypto.new_code()
    keyring.add(KeyEntry.wrap(key, recovery_code, "recovery"))
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    keyholder.unlock(key)
    migrate_if_needed()
    with transaction.atomic():
        vault = Vault.objects.create(
            id=uuid.UUID(keyring.vault_id),
            child_name=child_name,
            child_birth_date=child_birth_date,
            school_name=school_name,
            other_parent_name=other_parent_name,
            other_parent_gezag=other_parent_gezag if other_parent_name.strip() else Gezag.ONBEKEND,
            is_demo=is_demo,
            # The wizard shows the code and waits for the parent to type it back.
            recovery_confirmed=recovery_confirmed,
        )
        member = Member.objects.create(
            vault=vault,
            user=new_user(),
            display_name=parent_name,
            role=Role.OUDER,
            gezag=parent_gezag,
            key_entry_id=member_entry.id,
        )
        journal.record(vault=vault, actor=member, action=Action.VAULT_CREATED)
    # The keyring is written last: until it exists, the folder holds no vault.
    keyring.save(data_dir)
    return NewVault(vault=vault, member=member, recovery_code=recovery_code)
