"""Screens of the QueZ app, one per module. Screens call ``self.app.services``."""
