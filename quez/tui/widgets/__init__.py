"""Widgets of the QueZ app. Widgets never touch the store: they post messages."""
