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


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (where folders can be opened: not on Windows)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class Staged:
    """A new version of ``path``, written beside it and renamed over it only when it is complete.

    The one place that stages, fsyncs, replaces and cleans up::

        with Staged(target) as tmp:       # tmp: a new private file (0600) in target's folder
            ...write tmp...               # an error here removes tmp; target is untouched
        # here tmp is fsync'ed, renamed to target, and the folder fsync'ed

    By default the staged file has an unpredictable name (``mkstemp``: ``O_EXCL``, no
    symlink followed) and :meth:`write` writes through its descriptor. ``name`` gives it a
    fixed name instead (``.x.db.part``: a killed run's leftover is recognised by it), created
    ``O_EXCL``/``O_NOFOLLOW`` after ``remove`` cleared an old one; ``locked`` holds a lock on
    it until it has its final name (:func:`quez.storage.leftovers.create_locked`), so another
    QueZ knows it is being written, not left over. ``remove`` also cleans up after a failure
    (``remove_with_sides`` takes SQLite's journal files along).
    """

    def __init__(self, path: Path, *, name: str | None = None, locked: bool = False, remove=None) -> None:
        self.path = Path(path)
        self.name = name
        self.locked = locked
        self.remove = remove or (lambda p: Path(p).unlink(missing_ok=True))
        self.tmp: Path | None = None
        self.fd: int | None = None

    def begin(self) -> Path:
        """Create the staged file (done by ``with`` if not yet); OSError if it cannot be."""
        if self.tmp is not None:
            return self.tmp
        directory = self.path.parent
        if self.name is None:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
            self.tmp = Path(tmp)
        else:
            self.tmp = directory / self.name
            self.remove(self.tmp)
            if self.locked:
                from quez.storage.leftovers import create_locked

                fd = create_locked(self.tmp)
            else:
                fd = os.open(self.tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
        self.fd = fd
        try:
            private.restrict(self.tmp, 0o600)  # created so; said once more, whatever the platform
        except OSError:
            self._discard()
            raise
        return self.tmp

    def write(self, data: bytes | str) -> None:
        """Write (all of) ``data`` to the staged file through its own descriptor."""
        fd = self._staged()[1]
        view = memoryview(data.encode("utf-8") if isinstance(data, str) else data)
        while view:
            view = view[os.write(fd, view):]

    def __enter__(self) -> Path:
        return self.begin()

    def _staged(self) -> tuple[Path, int]:
        """The staged file and its descriptor (after :meth:`begin`)."""
        if self.tmp is None or self.fd is None:
            raise RuntimeError("Staged: begin() (or with) first")
        return self.tmp, self.fd

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self._discard()
            return
        tmp, fd = self._staged()
        try:
            os.fsync(fd)
            if not self.locked:
                self._close()  # a file open elsewhere cannot be renamed on Windows
            os.replace(tmp, self.path)
        except BaseException:
            self._discard()
            raise
        self._close()
        fsync_dir(self.path.parent)

    def _close(self) -> None:
        if self.fd is not None:
            fd, self.fd = self.fd, None
            os.close(fd)

    def _discard(self) -> None:
        self._close()
        if self.tmp is not None:
            self.remove(self.tmp)


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` (0600) through an unpredictable temporary name in the same folder
    (``mkstemp``: O_EXCL, never following a symlink), fsync'ed, then renamed over ``path``."""
    stage = Staged(path)
    with stage:
        stage.write(data)
