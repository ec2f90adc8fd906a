"""Sub-commands of the ``quez`` CLI, one module per concern.

Each module defines ``register(subparsers)``; :mod:`quez.cli` discovers them.
Heavy imports belong inside the command functions, not at module level.
"""
