"""Every expected problem is a QuezError: describe() says its message and exit code, no special cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from quez.banks.loader import BankError, BankProblem
from quez.banks.structured import StructureError
from quez.errors import QuezError, describe
from quez.storage.db import StoreError


@pytest.mark.parametrize("error", [
    StoreError("De database is vergrendeld."),
    BankError(Path("bank.toml"), [BankProblem(Path("bank.toml"), None, "", "bestand bestaat niet")]),
    StructureError("De vraag mag niet leeg zijn."),
])
def test_expected_problems_are_quez_errors(error: Exception) -> None:
    assert isinstance(error, QuezError)
    assert describe(error) == (str(error), 1)
    assert str(error)  # the worker is told something


def test_bank_error_keeps_every_problem_in_its_message() -> None:
    path = Path("bank.toml")
    error = BankError(path, [BankProblem(path, None, "", "eerste"), BankProblem(path, None, "", "tweede")])
    message, code = describe(error)
    assert "eerste" in message and "tweede" in message and code == 1
