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

from textual.dom import DOMNode
from textual.signal import Signal

from quez.tui import compat


def forget_removed(*owners: DOMNode) -> int:
    """Drop watchers and signal subscriptions of removed widgets held by ``owners``; how many.

    Textual's internals (8.x, Textual issues #6665 and #6666) are reached through quez.tui.compat:
    where a release changes them, this does less, never fails (and the compat test says so)."""
    dropped = 0
    compat.clear_style_caches()  # it kept the last 1,024 widgets' line caches (and all they rendered)
    for owner in owners:
        watchers = compat.watchers_of(owner)
        if watchers is not None:
            for entries in watchers.values():
                kept = [(node, callback) for node, callback in entries if not compat.is_removed(node)]
                dropped += len(entries) - len(kept)
                entries[:] = kept
        for value in list(vars(owner).values()):
            if isinstance(value, Signal):
                for node in [n for n in compat.signal_subscribers(value) if compat.is_removed(n)]:
                    value.unsubscribe(node)
                    dropped += 1
    return dropped
