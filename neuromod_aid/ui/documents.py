"""The printable documents, as bytes, through the PDF package (no Qt here)."""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation
from neuromod_aid.textfold import fold

Builder = Callable[[Consultation, Catalog], bytes]


@dataclass(frozen=True)
class DocumentKind:
    kind: str  # as recorded: "summary", "nurse_sheet", "trial_diary"
    module: str  # in neuromod_aid.pdf
    function: str


KINDS = (
    DocumentKind("summary", "summary", "build_summary"),
    DocumentKind("nurse_sheet", "nurse_sheet", "build_nurse_sheet"),
    DocumentKind("trial_diary", "trial_diary", "build_trial_diary"),
)


def builder(kind: str) -> Builder | None:
    """The builder for ``kind``, or None while the PDF package does not offer it."""
    for item in KINDS:
        if item.kind == kind:
            try:
                module = importlib.import_module(f"neuromod_aid.pdf.{item.module}")
            except ImportError:
                return None
            return getattr(module, item.function, None)
    return None


def build(kind: str, record: Consultation, catalog: Catalog) -> bytes:
    make = builder(kind)
    if make is None:
        raise LookupError(f"no builder for {kind}")
    return make(record, catalog)


def needs_procedure(kind: str) -> bool:
    return kind in ("nurse_sheet", "trial_diary")


def file_stem(kind: str, record: Consultation) -> str:
    name = re.sub(r"[^a-z0-9]+", "-", fold(record.patient.name)).strip("-") or "patient"
    return f"{kind.replace('_', '-')}-{name}-{record.date.isoformat()}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
