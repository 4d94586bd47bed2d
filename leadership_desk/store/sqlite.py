"""The log's connection: stdlib sqlite3 on the fast paths, sqlite-utils only when needed.

Trade-off (issue 14). CONVENTIONS.md prefers sqlite-utils idioms, and the store keeps
them where they do real work: the numbered migrations, table creation, `insert_all` of
the demo data and the categories' writes go through sqlite-utils' table API, exactly as
before. But importing sqlite-utils (with click, pluggy, dateutil and its SQL parser)
costs 80 to 140 ms here, about half a bare window's whole start, and a read command or
the window's first paint only ever calls `execute` on the connection. So `Database` is a
small class of our own with the four sqlite-utils methods the store uses (`execute`,
`atomic`, `ensure_autocommit_on`, `close`), copied with the same transaction semantics
as sqlite-utils 4: a write outside a transaction commits at once, a failed statement
rolls back the transaction it opened, nested `atomic` blocks are savepoints. `db[name]`
(and `table(name)`) hand over to a sqlite-utils Database on the same connection, which
is imported on first use.

sqlite-utils imports numpy and pandas when they are installed (matplotlib installs numpy)
only to map their number types to column types; this app never inserts them, so that
first import happens with the two hidden. They stay importable afterwards.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.db import Table

# statements that end or open a transaction themselves: `execute` never commits after them
_TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}


def load_sqlite_utils():
    """Imports sqlite-utils with numpy and pandas hidden from it."""
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # `import numpy` now raises ImportError
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return sqlite_utils


def _first_keyword(sql: str) -> str:
    """The statement's first keyword, uppercased, past blanks, `;` and comments."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            j = i
            while j < n and (sql[j].isalnum() or sql[j] == "_"):
                j += 1
            return sql[i:j].upper()
    return ""


class Database:
    """A connection to the log with sqlite-utils' `execute` and transaction semantics;
    the table API (`db["categories"]`) loads sqlite-utils on first use."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None
        self.execute("PRAGMA recursive_triggers=on")  # as sqlite-utils' Database sets it

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None,
                ) -> sqlite3.Cursor:
        """Runs one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is None:
                cursor = self.conn.execute(sql)
            else:
                cursor = self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the failed statement's implicit transaction
            raise
        if (not was_in_transaction and self.conn.in_transaction
                and cursor.description is None
                and _first_keyword(sql) not in _TRANSACTION_CONTROL):
            self.conn.execute("COMMIT")
        return cursor

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction; nested blocks are savepoints."""
        if self.conn.in_transaction:
            import secrets  # 4 ms, only for nested blocks

            savepoint = f"sqlite_utils_{secrets.token_hex(16)}"
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it all
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextlib.contextmanager
    def ensure_autocommit_on(self) -> Iterator[None]:
        """Driver-level autocommit for the block (for `PRAGMA journal_mode=WAL`)."""
        if self.conn.in_transaction:
            raise sqlite3.ProgrammingError(
                "ensure_autocommit_on() cannot be used inside a transaction")
        old = self.conn.isolation_level
        try:
            self.conn.isolation_level = None
            yield
        finally:
            self.conn.isolation_level = old

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils' Database on this same connection, imported on first use."""
        if self._utils is None:
            module = load_sqlite_utils()
            self._utils = module.Database(self.conn, recursive_triggers=False,
                                          execute_plugins=False)
        return self._utils

    def table(self, name: str) -> Table:
        return self.utils.table(name)

    def __getitem__(self, name: str) -> Table:
        return self.table(name)

    def close(self) -> None:
        self.conn.close()


__all__ = ["Database"]
