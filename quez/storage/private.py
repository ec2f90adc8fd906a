"""Files and folders readable by the user only, on every platform.

On POSIX systems QueZ sets the mode bits itself (0600 for files, 0700 for
folders). On Windows ``chmod`` means little: it only sets or clears the
read-only flag, so "making a file private" with it would instead make a
read-only file writable. There a file is private by where it lives: the data
folder is in the user's profile (``%LOCALAPPDATA%``), whose access list
admits only the user (and administrators). So on Windows nothing is changed.

Every permission change in ``quez/`` goes through :func:`restrict` (an
architecture test checks that no other module calls ``os.chmod``).
"""

from __future__ import annotations

import os
from pathlib import Path

#: mode bits mean what they say (Linux, macOS, BSD)
POSIX = os.name == "posix"


def restrict(path: Path | str, mode: int) -> bool:
    """Set ``mode`` (0o600 or 0o700) where mode bits mean something; True if changed."""
    if not POSIX:
        return False
    os.chmod(path, mode)
    return True


def too_open(path: Path | str) -> bool:
    """Whether group or others may read or write ``path`` (never on Windows: see above)."""
    return POSIX and bool(os.stat(path).st_mode & 0o077)
