"""Encryption at rest with SQLCipher (optional: ``pip install 'quez[encryption]'``).

Everything above the connection stays as it is: :func:`quez.storage.db.connect`
asks :func:`open_connection` for a connection, which is either a plain
``sqlite3`` one or a SQLCipher one wrapped so that its errors are the standard
``sqlite3`` exception classes (sqlite-utils and the store catch those).

The passphrase of a database is kept in this process only (:func:`remember`),
never on disk, never in the environment. Cheap to import: no sqlite-utils.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quez.errors import QuezError
from quez.wording import plural

SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE = 8

_passphrases: dict[str, str] = {}
#: asks the worker for the passphrase of a file (set by the CLI before the app starts)
_prompt: Callable[[Path], str | None] | None = None


class EncryptionUnavailable(QuezError):
    """sqlcipher3 is not installed on this machine."""

    def __init__(self) -> None:
        super().__init__(
            "Versleuteling is op deze computer niet beschikbaar: de module sqlcipher3 ontbreekt. "
            "Installeer die met: pip install 'quez[encryption]' (of: pip install sqlcipher3). "
            "Zonder versleuteling werkt QueZ gewoon met een onversleutelde database."
        )


# -- which passphrase belongs to which file ---------------------------------------


def _key(path: Path | str) -> str:
    return str(Path(path).expanduser().resolve())


def remember(path: Path | str, passphrase: str | None) -> None:
    """Use ``passphrase`` for every connection to ``path`` in this process."""
    if passphrase is None:
        _passphrases.pop(_key(path), None)
    else:
        _passphrases[_key(path)] = passphrase


def passphrase_for(path: Path | str) -> str | None:
    return _passphrases.get(_key(path))


def forget_all() -> None:
    _passphrases.clear()


def set_prompt(prompt: Callable[[Path], str | None] | None) -> None:
    global _prompt
    _prompt = prompt


def locked(path: Path | str):
    from quez.storage.db import StoreError

    return StoreError(
        f"De database {path} is versleuteld (of is geen SQLite-bestand) en er is geen wachtwoord gegeven. "
        "Start QueZ in een terminal; het vraagt dan om het wachtwoord. Of kies een ander bestand met --db."
    )


def wrong_passphrase(path: Path | str):
    from quez.storage.db import StoreError

    return StoreError(
        f"Het wachtwoord voor {path} klopt niet (of het bestand is geen QueZ-database). "
        "Er is niets veranderd; probeer het opnieuw."
    )


def ask_passphrase(path: Path) -> str:
    """The passphrase for an encrypted ``path``, asked through the installed prompt."""
    passphrase = _prompt(path) if _prompt is not None else None
    if passphrase is None:
        raise locked(path)
    return passphrase


def check_passphrase(path: Path | str, passphrase: str) -> bool:
    """Whether ``passphrase`` opens ``path`` (read-only, changes nothing)."""
    try:
        conn = open_connection(path, passphrase, timeout=5.0, readonly=True)
    except sqlite3.Error:
        return False
    try:
        verify_key(conn)
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return True


def terminal_prompt(path: Path, attempts: int = 3) -> str | None:
    """Ask on the terminal (hidden input) until the passphrase opens ``path``."""
    import getpass
    import sys

    if not available():
        raise EncryptionUnavailable()
    for attempt in range(attempts):
        try:
            passphrase = getpass.getpass(f"Wachtwoord voor {path}: ")
        except EOFError:
            return None
        if check_passphrase(path, passphrase):
            remember(path, passphrase)
            return passphrase
        left = attempts - attempt - 1
        more = f" Nog {plural(left, 'poging', 'pogingen')}." if left else ""
        print(f"Dat wachtwoord klopt niet.{more}", file=sys.stderr)
    return None


def looks_encrypted(path: Path | str) -> bool:
    """True for a file of whole database pages without SQLite's plain header.

    A SQLCipher file starts with random salt instead of "SQLite format 3"; its
    size, like any database's, is a whole number of pages (512 bytes or more).
    """
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            page = fh.read(4096)
    except OSError:
        return False
    if size == 0 or size % 512 or page.startswith(SQLITE_HEADER):
        return False
    # ciphertext looks random: nearly every byte value occurs in a page
    return len(set(page)) >= 200


def available() -> bool:
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise QuezError(
            f"Kies een wachtwoord van minstens {MIN_PASSPHRASE} tekens; een zin van een paar woorden is het sterkst."
        )


# -- SQLCipher connections that raise sqlite3's exception classes ---------------------


def _translated(exc: BaseException) -> BaseException:
    cls = getattr(sqlite3, type(exc).__name__, None)
    if not (isinstance(cls, type) and issubclass(cls, sqlite3.Error)):
        cls = sqlite3.DatabaseError
    new = cls(*exc.args)
    for attr in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(exc, attr):
            setattr(new, attr, getattr(exc, attr))
    return new


def _cipher_errors() -> type[BaseException]:
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2.Error


class _Translating:
    """Forwards to a SQLCipher object; its errors surface as ``sqlite3`` errors."""

    __slots__ = ("_target",)

    def __init__(self, target: Any):
        object.__setattr__(self, "_target", target)

    @property
    def raw(self) -> Any:
        return self._target

    def _call(self, fn, *args, **kwargs):
        try:
            result = fn(*args, **kwargs)
        except _cipher_errors() as exc:
            raise _translated(exc) from exc
        return _wrap(result)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if callable(value) and not isinstance(value, type):
            return lambda *a, **k: self._call(value, *a, **k)
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._target, name, value)

    def __iter__(self):
        return self

    def __next__(self):
        return self._call(self._target.__next__)

    def __enter__(self):
        self._call(self._target.__enter__)
        return self

    def __exit__(self, *exc_info):
        return self._call(self._target.__exit__, *exc_info)


def _wrap(result: Any) -> Any:
    import sqlcipher3.dbapi2 as cipher

    if isinstance(result, (cipher.Cursor, cipher.Connection)):
        return _Translating(result)
    return result


def raw_connection(conn: Any) -> Any:
    """The driver's own connection (needed for the online backup API)."""
    return getattr(conn, "raw", conn)


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def open_connection(path: Path | str, passphrase: str | None, *, timeout: float, readonly: bool = False):
    """A DB-API connection to ``path``: SQLCipher when a passphrase is given."""
    from urllib.parse import quote

    target = f"file:{quote(str(Path(path).resolve()))}?mode=ro" if readonly else str(path)
    if passphrase is None:
        return sqlite3.connect(target, timeout=timeout, check_same_thread=False, uri=readonly)
    try:
        import sqlcipher3.dbapi2 as cipher
    except ImportError:
        raise EncryptionUnavailable() from None
    try:
        conn = cipher.connect(target, timeout=timeout, check_same_thread=False, uri=readonly)
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong passphrase is our message, not a log line
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    except cipher.Error as exc:
        raise _translated(exc) from exc
    return _Translating(conn)


def verify_key(conn: Any) -> None:
    """Read the schema, which fails with "not a database" on a wrong passphrase."""
    conn.execute("select count(*) from sqlite_master").fetchall()


# -- converting a file: plain <-> encrypted, or a new passphrase ------------------------


def export_copy(source: Path, target: Path, old: str | None, new: str | None, *, created: bool = False) -> None:
    """Write ``source`` (key ``old``) to the new file ``target`` (key ``new``).

    Uses ``sqlcipher_export``, which copies schema and data (FTS included) in one go.
    ``created``: the caller made ``target`` (empty, private, locked) already.
    """
    try:
        import sqlcipher3.dbapi2 as cipher
    except ImportError:
        raise EncryptionUnavailable() from None
    if not created:
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
        os.close(fd)
    conn = cipher.connect(str(source), check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if old is not None:
            conn.execute(f"PRAGMA key = {_quote(old)}")
        conn.execute("select count(*) from sqlite_master").fetchall()
        conn.execute(f"ATTACH DATABASE ? AS converted KEY {_quote(new or '')}", [str(target)])
        conn.execute("SELECT sqlcipher_export('converted')").fetchall()
        conn.execute("DETACH DATABASE converted")
    except cipher.Error as exc:
        raise _translated(exc) from exc
    finally:
        conn.close()
