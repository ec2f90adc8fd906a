"""Safe in both directions: calling the store without ever showing a traceback (:func:`attempt`),
and the one path by which data reaches the screen (:func:`shown`, :func:`shown_line`,
:func:`shown_rich`: escapes removed, never read as markup)."""

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


# -- the one way data reaches the screen ---------------------------------------------------
# Text from a client, a worker, a bank or an import is data: it is never read as markup
# (``[/]`` in a label is two brackets and a slash) and never steers the terminal (escape
# sequences are removed, other control characters shown as symbols; see quez.textsafety).


def shown(text: str | None):
    """``text`` as a Textual ``Content``: safe for the terminal, never markup."""
    from textual.content import Content

    from quez.textsafety import display_safe

    return Content(display_safe(text or ""))


def shown_line(text: str | None, limit: int = 80):
    """A safe single-line preview (lists, titles) as ``Content``, at most ``limit`` characters."""
    from textual.content import Content

    from quez.textsafety import one_line

    return Content(one_line(text or "", limit))


def shown_rich(text: str | None, style: str = ""):
    """``text`` as a Rich ``Text`` (for tables and Rich renderables): safe, never markup."""
    from rich.text import Text

    from quez.textsafety import display_safe

    return Text(display_safe(text or ""), style=style)
