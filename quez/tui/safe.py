"""Calling the store from the UI without ever showing a traceback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


class Failed:
    """Returned by :func:`attempt` when the call failed (the worker saw a message)."""

    def __bool__(self) -> bool:
        return False


FAILED: Any = Failed()


def message_for(exc: BaseException) -> str:
    from quez.errors import describe

    return describe(exc)[0]


def attempt(node, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run ``fn``; on any error show a clear Dutch message and return :data:`FAILED`.

    What the worker typed stays in the widgets, so nothing is lost; they can
    try again. Errors are also kept on ``app.errors`` (types only, for tests).
    """
    try:
        return fn(*args, **kwargs)
    except Exception as exc:  # the worker never sees a traceback
        app = node.app
        getattr(app, "errors", []).append(exc)
        app.notify(message_for(exc), title="Niet gelukt", severity="error", timeout=15)
        return FAILED
