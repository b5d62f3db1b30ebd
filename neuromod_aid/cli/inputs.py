"""Reading a consultation for a command: from a JSON file, the database, or the demo."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import UserError
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import (
    Consultation,
    ConsultationError,
    check_against_catalog,
    parse_consultation,
)

if TYPE_CHECKING:  # a stored consultation's records load with the database, not for --demo
    from neuromod_aid.records import StoredConsultation

MAX_FILE_BYTES = 5_000_000


def read_consultation_file(path: Path, catalog: Catalog) -> Consultation:
    """Parse and validate a file; any problem becomes a one-line :class:`UserError`."""
    text = read_text_file(path, MAX_FILE_BYTES, "a consultation file")
    try:
        record = parse_consultation(text, catalog)
    except ConsultationError as error:
        problems = "; ".join(error.problems)
        raise UserError(f"{path}: {problems}") from None
    return record


def read_text_file(path: Path, max_bytes: int, kind: str) -> str:
    """A UTF-8 file the user named; a missing, large, binary or unreadable one is a
    one-line :class:`UserError` (``kind`` says what it should have been)."""
    try:
        if path.stat().st_size > max_bytes:
            raise UserError(f"{path}: too large to be {kind}")
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise UserError(f"{path}: not a text file (expected UTF-8 JSON)") from None
    except OSError as error:
        raise UserError(f"{path}: cannot be read ({error.strerror or error})") from None


def chosen_consultation(
    context: AppContext, args: argparse.Namespace
) -> tuple[Consultation, Catalog, StoredConsultation | None]:
    """The consultation ``--demo``, ``--from-json`` or ``--consultation`` names
    (:func:`neuromod_aid.cli.common.add_consultation_source`), the catalog to read it
    with, and the stored consultation when it is one.

    A stored consultation is read with the catalog in use; the demo and a file need no
    database, and are read with the catalog as shipped."""
    if args.lang is not None and not args.demo:
        raise UserError("--lang only applies to --demo (a record has its own language)")
    if args.demo:
        from neuromod_aid.demo import demo_consultation

        catalog = context.shipped()
        return (
            demo_consultation(catalog, args.lang or catalog.manifest.default_language),
            catalog,
            None,
        )
    if args.from_json is not None:
        catalog = context.shipped()
        return read_consultation_file(args.from_json, catalog), catalog, None
    from neuromod_aid.db.records_repo import load_consultation
    from neuromod_aid.errors import NotFound

    catalog = context.catalog()
    try:
        with context.database().session() as session:
            stored = load_consultation(session, args.consultation)
    except NotFound:
        raise UserError(f"no consultation with id {args.consultation}") from None
    except ConsultationError as error:
        raise UserError(
            f"consultation {args.consultation} is not valid: {'; '.join(error.problems)}"
        ) from None
    problems = list(check_against_catalog(stored.record, catalog))
    if problems:
        raise UserError(f"consultation {args.consultation}: {'; '.join(problems)}")
    return stored.record, catalog, stored
