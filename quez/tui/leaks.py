"""Let removed widgets go: a work-around for references Textual 8 keeps to them.

A mounted ``TextArea`` watches the app's ``theme`` reactive and subscribes to
its screen's ``text_selection_started_signal``. Textual drops those entries
only when the theme changes or the signal is published, so every answer field
a conversation mounts and removes again stays in memory with its rendered
lines (~1,000 objects a question). And ``StylesCache.get_inner_outer`` is an
``lru_cache`` on a method, so it keeps the style caches (with their rendered
lines) of the last 1,024 widgets, removed or not. The heap grows with every question and
Python's full garbage collections, which walk it all, get slower: pauses of
30-50 ms after a hundred questions, felt as a late next question.

:func:`forget_removed` drops the entries of widgets that have been removed
(their message loop is closed); the conversation calls it after swapping the
answer field, the app now and then for the other screens.
"""

from __future__ import annotations

from textual._styles_cache import StylesCache
from textual.dom import DOMNode
from textual.signal import Signal


def _gone(node: object) -> bool:
    return bool(getattr(node, "_closing", False) or getattr(node, "_closed", False))


def forget_removed(*owners: DOMNode) -> int:
    """Drop watchers and signal subscriptions of removed widgets held by ``owners``; how many."""
    dropped = 0
    # an lru_cache on a method: it keeps the last 1,024 widgets' line caches (and all they rendered);
    # these are Textual's internals (8.x): where a release changes them, this does less, never fails
    cache_clear = getattr(StylesCache.get_inner_outer, "cache_clear", None)
    if cache_clear is not None:
        cache_clear()
    for owner in owners:
        watchers = getattr(owner, "__watchers", None)
        if isinstance(watchers, dict):
            for entries in watchers.values():
                kept = [(node, callback) for node, callback in entries if not _gone(node)]
                dropped += len(entries) - len(kept)
                entries[:] = kept
        for value in list(vars(owner).values()):
            if isinstance(value, Signal) and hasattr(getattr(value, "_subscriptions", None), "keys"):
                for node in [n for n in list(value._subscriptions.keys()) if _gone(n)]:
                    value.unsubscribe(node)
                    dropped += 1
    return dropped
