"""QueZ: a calm, strength-based conversation guide for social workers."""

__version__ = "0.2.0"
