"""Creating QueZ's folders and files privately, whatever the umask, and never through a planted symlink.

Folders QueZ creates are 0700 (``mkdir(parents=True)`` would give missing parents the umask's
0777); temporary files get unpredictable names and are opened with ``O_EXCL``/``O_NOFOLLOW``
(``tempfile.mkstemp``) and renamed into place; QueZ never changes the mode of something it
reaches through a symlink. No dependencies: cheap to import.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from quez.storage import private


def private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents as 0700 (folders that exist are left as they are)."""
    path = Path(path)
    missing = []
    for folder in (path, *path.parents):
        if folder.exists() or folder.is_symlink():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        private.restrict(folder, 0o700)  # mode is masked by the umask only downwards; make sure, it is new
    if not path.is_dir():
        path.mkdir(mode=0o700, exist_ok=True)  # raises the right error (a file in the way, ...)
    return path


def tighten(path: Path) -> None:
    """Take group and other permissions off ``path`` (never adds any; never through a symlink)."""
    try:
        if path.is_symlink():
            return
        current = path.stat().st_mode & 0o777
        if private.too_open(path):
            private.restrict(path, current & 0o700)
    except OSError:
        pass  # not ours to change (another user's file, a read-only medium)


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` (0600) through an unpredictable temporary name in the same folder
    (``mkstemp``: O_EXCL, never following a symlink), fsync'ed, then renamed over ``path``."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
