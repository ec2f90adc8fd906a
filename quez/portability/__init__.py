"""Moving data between laptops and handing a case over: export and import.

- :mod:`quez.portability.format`: the versioned JSON format (pydantic models),
- :mod:`quez.portability.exporter`: database -> document (JSON or CSV),
- :mod:`quez.portability.importer`: document -> database, idempotent, all or nothing.
"""

from __future__ import annotations

from quez.errors import QuezError


class TransferError(QuezError):
    """An export or import that could not be done; nothing was changed."""
