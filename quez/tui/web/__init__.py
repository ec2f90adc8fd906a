"""QueZ in the web browser, on this laptop only (``quez serve``, extra ``quez[web]``).

:mod:`quez.tui.web.server` wraps textual-serve's server: it listens on 127.0.0.1,
on a free port, behind an unguessable token, refuses other origins and hosts,
and stops when the last browser window has closed. Each window runs the normal
``quez`` app in a process of its own (:mod:`quez.tui.web.child`), with the same
settings and the same auto-lock. Nothing here imports textual.
"""
