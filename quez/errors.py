"""Turning any exception into a message for the worker (never a traceback).

Messages never include answer text: an unexpected error is described by its
type only.
"""

from __future__ import annotations


class QuezError(Exception):
    """An expected problem; ``str(exc)`` is the Dutch message for the worker."""

    exit_code = 1


def describe(exc: BaseException) -> tuple[str, int]:
    """The worker-facing message and exit code for ``exc``."""
    if isinstance(exc, QuezError):  # StoreError, BankError, StructureError, TransferError, ...
        return str(exc), exc.exit_code
    if isinstance(exc, PermissionError):
        return f"geen toestemming voor {exc.filename}: controleer de rechten op het bestand.", 1
    if isinstance(exc, FileNotFoundError):
        return f"bestand niet gevonden: {exc.filename}", 1
    if isinstance(exc, OSError) and exc.errno == 28:  # ENOSPC
        return "De schijf is vol. Maak ruimte vrij; wat al bewaard was, blijft bewaard.", 1
    if isinstance(exc, OSError):
        return f"bestandsfout ({exc.strerror or type(exc).__name__}) bij {exc.filename or 'onbekend bestand'}", 1
    return (
        f"onverwachte fout ({type(exc).__name__}). Er is niets verloren van wat al bewaard was. "
        "Start QueZ opnieuw; meld het als het blijft gebeuren (zet QUEZ_DEBUG=1 voor details).",
        1,
    )
