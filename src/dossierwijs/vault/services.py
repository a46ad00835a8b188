"""Writes that touch the keyring and several models: one function each, in a transaction.

This module is the vault's service API; the functions live in modules named for what they
do, and every name is importable from here as before:

- ``vault_folder``: ``VaultError``, the data folder, the keyring changed under its lock and
  ``migrate_if_needed``
- ``new_vault``: ``create_vault`` (and ``NewVault``)
- ``unlocking``: ``login_with_passphrase``, ``unlock_with_recovery_code``,
  ``record_failed_login`` and the tidy-ups of an opening
- ``invitations``: ``create_invitation``, ``revoke_invitation``, ``accept_invitation``
- ``membership``: ``set_passphrase``, ``change_role``, ``remove_member``, ``set_gezag``,
  ``update_profile``
"""

from __future__ import annotations

from .invitations import (  # noqa: F401 - part of this module's API
    accept_invitation,
    create_invitation,
    revoke_invitation,
)
from .membership import (  # noqa: F401 - part of this module's API
    change_role,
    remove_member,
    set_gezag,
    set_passphrase,
    update_profile,
)
from .new_vault import NewVault, create_vault  # noqa: F401 - part of this module's API
from .unlocking import (  # noqa: F401 - part of this module's API
    ABANDONED_AFTER,
    _flush_failed_logins,
    _forget_abandoned_entries,
    _member_of_another_entry,
    _open,
    _unlock,
    login_with_passphrase,
    record_failed_login,
    unlock_with_recovery_code,
)
from .vault_folder import (  # noqa: F401 - part of this module's API
    VaultError,
    _change_keyring,
    _data_dir,
    migrate_if_needed,
)
