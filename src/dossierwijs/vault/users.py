"""The Django user behind a member: a random name and no usable password (the passphrase
opens the vault, never Django's password check). Used by the vault's services and by the
reader stores, which both make members."""

from __future__ import annotations

import uuid

from django.contrib.auth import get_user_model


def new_user():
    user = get_user_model()(username=uuid.uuid4().hex)
    user.set_unusable_password()
    user.save()
    return user
