"""Accent- and case-insensitive search keys ("Peña" and "pena" match)."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def record_key(number: str) -> str:
    """A record number as compared: "h-20431 " and "H-20431" name the same patient."""
    return number.strip().casefold()
