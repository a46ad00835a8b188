"""Sessions live in the encrypted database; while the vault is locked there are none."""

from django.contrib.sessions.backends.db import SessionStore as DbSessionStore

from . import keyholder


class SessionStore(DbSessionStore):
    def load(self):
        if not keyholder.is_unlocked():
            self._session_key = None
            return {}
        return super().load()

    def exists(self, session_key):
        if not keyholder.is_unlocked():
            return False
        return super().exists(session_key)

    def save(self, must_create=False):
        if not keyholder.is_unlocked():
            return
        super().save(must_create=must_create)

    def delete(self, session_key=None):
        if not keyholder.is_unlocked():
            return
        super().delete(session_key)
