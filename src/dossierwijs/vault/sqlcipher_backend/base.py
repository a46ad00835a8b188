"""Django's SQLite backend on SQLCipher, keyed with the unlocked vault key."""

from __future__ import annotations

from django.db.backends.sqlite3 import base as sqlite_base
from django.db.backends.sqlite3._functions import register as register_functions
from sqlcipher3 import dbapi2 as Database

from dossierwijs.vault import keyholder


class SQLCipherCursorWrapper(Database.Cursor):
    # Django's SQLiteCursorWrapper calls super(), so its methods cannot be
    # borrowed for a cursor of another module: re-declare the same conversion.
    def execute(self, query, params=None):
        if params is None:
            return super().execute(query)
        param_names = list(params) if isinstance(params, dict) else None
        query = self.convert_query(query, param_names=param_names)
        return super().execute(query, params)

    def executemany(self, query, param_list):
        peekable, param_list = sqlite_base.tee(iter(param_list))
        if (params := next(peekable, None)) and isinstance(params, dict):
            param_names = list(params)
        else:
            param_names = None
        query = self.convert_query(query, param_names=param_names)
        return super().executemany(query, param_list)

    convert_query = sqlite_base.SQLiteCursorWrapper.convert_query


class DatabaseWrapper(sqlite_base.DatabaseWrapper):
    Database = Database

    def get_new_connection(self, conn_params):
        vault_key = keyholder.key()  # raises VaultLocked before anyone unlocked
        conn = Database.connect(**conn_params)
        # The key must be the first statement on the connection.
        conn.execute(f"PRAGMA key = \"x'{vault_key.hex()}'\"")
        register_functions(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA legacy_alter_table = OFF")
        # Temporary tables and sort spills stay in memory: no plaintext on disk.
        conn.execute("PRAGMA temp_store = MEMORY")
        for init_command in self.init_commands:
            if init_command := init_command.strip():
                conn.execute(init_command)
        return conn

    def create_cursor(self, name=None):
        return self.connection.cursor(factory=SQLCipherCursorWrapper)
