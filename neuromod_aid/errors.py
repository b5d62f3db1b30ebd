"""Errors shared by the core, the command line and the window.

Kept free of heavy imports: the window and the command line can catch these
before the database layer (SQLAlchemy) is loaded.
"""

from __future__ import annotations


class DatabaseUnavailable(RuntimeError):
    """The database cannot be opened or used; the message says why, in plain words."""
