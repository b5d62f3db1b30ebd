"""Accent- and case-insensitive search keys ("Peña" and "pena" match), and a phrase's
case as it reads inside a sentence."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def lower_first(text: str) -> str:
    """ "People with …" as it reads after a colon or a comma: "people with …" (not
    "CRPS …", whose second letter is a capital too)."""
    return text if text[:2].isupper() else text[:1].lower() + text[1:]


def record_key(number: str) -> str:
    """A record number as compared: "h-20431 " and "H-20431" name the same patient."""
    return number.strip().casefold()
