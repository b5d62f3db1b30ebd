"""The content store: the shipped catalog comes from the files (cached by their hash),
and a clinic's approved revisions are laid over it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from neuromod_aid.app.context import AppContext
from neuromod_aid.catalog import loader, store
from neuromod_aid.catalog.loader import catalog_documents
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.overrides import Override, apply_overrides, document_hash
from neuromod_aid.db import models
from neuromod_aid.paths import CONTENT_DIR_ENV, content_dir, data_location

OUTCOME = "process_6_months"  # SCS: "about 48 in every 100 people"


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped content folder, used as the program's content."""
    folder = tmp_path / "content"
    shutil.copytree(content_dir(), folder)
    monkeypatch.setenv(CONTENT_DIR_ENV, str(folder))
    return folder


def _start() -> AppContext:
    """What a new start of the program sees (a fresh context on the same data folder)."""
    return AppContext(data_location().ensure())


def _rate(catalog: Catalog) -> float:
    (outcome,) = [o for o in catalog.therapy("scs").outcomes if o.id == OUTCOME]
    return outcome.rate_treatment


def _no_toml(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> dict[str, Any]:
        raise AssertionError("a content file was parsed")

    monkeypatch.setattr(loader.tomllib, "loads", refuse)


def test_the_catalog_in_use_is_the_shipped_one_kept_in_an_owner_only_cache(
    data_dir: Path, catalog: Catalog
) -> None:
    context = _start()
    assert context.catalog() == catalog
    cache = context.location.cache_dir / store.CACHE_FILE
    assert cache.stat().st_mode & 0o777 == 0o600
    context.close()


def test_an_edited_content_file_is_picked_up_without_a_version_bump(
    data_dir: Path, content: Path
) -> None:
    first = _start()
    before = first.catalog()
    assert _rate(before) == 48
    first.close()
    scs = content / "therapies" / "scs.toml"
    text = scs.read_text(encoding="utf-8")
    for old, new in (
        ("rate_treatment = 48", "rate_treatment = 47"),
        ("about 48 in every 100", "about 47 in every 100"),
        ("unas 48 de cada 100", "unas 47 de cada 100"),
    ):
        assert old in text
        text = text.replace(old, new, 1)
    scs.write_text(text, encoding="utf-8")
    second = _start()
    after = second.catalog()
    assert _rate(after) == 47
    assert after.manifest.content_version == before.manifest.content_version
    second.close()


def test_unchanged_files_are_read_back_from_the_cache_without_parsing_them(
    tmp_path: Path, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.shipped_catalog(tmp_path)
    _no_toml(monkeypatch)
    assert store.shipped_catalog(tmp_path) == catalog


def _cache_text(tmp_path: Path) -> tuple[str, dict[str, Any]]:
    store.shipped_catalog(tmp_path)
    header, _, body = (tmp_path / store.CACHE_FILE).read_text(encoding="utf-8").partition("\n")
    key, _, digest = header.partition(" ")
    assert digest == hashlib.sha256(body.encode()).hexdigest()
    return key, json.loads(body)


def _signed(key: str, body: bytes) -> bytes:
    """A cache file as the store writes one: the key, the body's SHA-256, the body."""
    return f"{key} {hashlib.sha256(body).hexdigest()}\n".encode() + body


def _reversed_risk(data: dict[str, Any]) -> None:
    risk = data["therapies"][0]["risks"][0]
    risk["frequency_low"], risk["frequency_high"] = 90, 10


def _unknown_source(data: dict[str, Any]) -> None:
    data["therapies"][0]["sources"].append("no_such_source")


def _other_figure(data: dict[str, Any]) -> None:
    data["therapies"][0]["outcomes"][0]["rate_treatment"] = 1


def _number_for_text(data: dict[str, Any]) -> None:
    data["therapies"][0]["name"]["en"] = 42


def _unknown_field(data: dict[str, Any]) -> None:
    data["therapies"][0]["risks"][0]["nickname"] = "x"


@pytest.mark.parametrize(
    "damage",
    [
        "garbage",
        "truncated",
        "empty",
        "edited",
        "reversed risk",
        "number for text",
        "unknown field",
        "unknown source",
        "other files",
    ],
)
def test_a_damaged_or_stale_cache_file_is_ignored_and_rebuilt(
    tmp_path: Path, catalog: Catalog, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    key, data = _cache_text(tmp_path)
    cache = tmp_path / store.CACHE_FILE
    body = json.dumps(data)
    written = {
        "garbage": b"\x00\xff not a cache \xfe" * 50,
        "truncated": cache.read_bytes()[:5000],
        "empty": b"",
        # changed after it was written: its checksum no longer matches
        "edited": cache.read_bytes().partition(b"\n")[0] + b"\n" + _edited(data, _unknown_source),
        # a matching checksum, but not what the catalog's types hold
        "reversed risk": _signed(key, _edited(data, _reversed_risk)),
        "number for text": _signed(key, _edited(data, _number_for_text)),
        "unknown field": _signed(key, _edited(data, _unknown_field)),
        # edited by hand and re-hashed: it cites a source the catalog does not have
        "unknown source": _signed(key, _edited(data, _unknown_source)),
        # valid, but made from other files: its figure must not be used
        "other files": _signed("0" * 64, _edited(data, _other_figure)),
    }[damage]
    assert written != _signed(key, body.encode())
    cache.write_bytes(written)
    assert store.shipped_catalog(tmp_path) == catalog
    _no_toml(monkeypatch)  # and the rebuilt cache is good
    assert store.shipped_catalog(tmp_path) == catalog


def _edited(data: dict[str, Any], change: Any) -> bytes:
    copy = json.loads(json.dumps(data))
    change(copy)
    return json.dumps(copy).encode()


def test_a_cache_folder_that_cannot_be_written_does_not_stop_the_program(
    tmp_path: Path, catalog: Catalog
) -> None:
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be", encoding="utf-8")
    assert store.shipped_catalog(not_a_folder) == catalog


# ------------------------------------------------------------------ clinic revisions


def _document(catalog: Catalog, kind: str, item_id: str) -> dict[str, Any]:
    (document,) = [
        d for d in catalog_documents(catalog)[kind] if loader.item_id(kind, d) == item_id
    ]
    return document


def _scs_with_rate(catalog: Catalog, rate: float, source: str | None = None) -> dict[str, Any]:
    document = json.loads(json.dumps(_document(catalog, "therapy", "scs")))
    outcome = next(o for o in document["outcomes"] if o["id"] == OUTCOME)
    outcome["rate_treatment"] = rate
    if source is not None:
        outcome["sources"] = [source]
    return document


def _revise(context: AppContext, document: dict[str, Any], **row: Any) -> int:
    fields: dict[str, Any] = {
        "item_kind": "therapy",
        "item_id": "scs",
        "document": document,
        "author": "Dr Ruiz",
        "reason": "our own audit",
        "state": "approved",
        "approver": "Dr Gómez",
        "decided_at": dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
        "base_shipped_hash": None,
        **row,
    }
    with context.database().session() as session:
        revision = models.ContentRevisionRow(**fields)
        session.add(revision)
        session.flush()
        return revision.id


def test_an_approved_revision_overrides_the_shipped_item(data_dir: Path, catalog: Catalog) -> None:
    context = _start()
    _revise(context, _scs_with_rate(catalog, 51), state="draft")
    _revise(context, _scs_with_rate(catalog, 52), state="rejected")
    _revise(context, _scs_with_rate(catalog, 30))
    _revise(
        context, _scs_with_rate(catalog, 50), decided_at=dt.datetime(2026, 12, 2, tzinfo=dt.UTC)
    )
    in_use = context.catalog()
    assert _rate(in_use) == 50  # the newest approved one; drafts and rejections are not used
    assert in_use.therapies[1:] == catalog.therapies[1:]
    assert in_use.local_revisions == (3, 4)  # what a document will name it was made from
    assert dataclasses.replace(in_use, therapies=catalog.therapies, local_changes=()) == catalog
    context.close()


def test_a_revision_that_no_longer_fits_is_left_out_and_the_shipped_item_used(
    catalog: Catalog,
) -> None:
    glossary = dict(_document(catalog, "glossary", catalog.glossary[0].id))
    glossary["term"] = {"en": "Our word", "es": "Nuestra palabra"}
    overrides = [
        Override(1, "therapy", "scs", _scs_with_rate(catalog, 50, "no_such_source"), None),
        Override(2, "glossary", glossary["id"], glossary, None),
        Override(3, "therapy", "scs", _scs_with_rate(catalog, 200), None),  # out of range
        Override(4, "therapy", "drg", _scs_with_rate(catalog, 40), None),  # an scs document
        Override(5, "treatment", "scs", _scs_with_rate(catalog, 40), None),
    ]
    in_use = apply_overrides(catalog, overrides)
    assert _rate(in_use.catalog) == 48
    assert in_use.catalog.glossary[0].term("en") == "Our word"
    assert in_use.applied == (2,)
    refused = dict(in_use.refused)
    assert sorted(refused) == [1, 3, 4, 5]
    assert "unknown source id 'no_such_source'" in refused[1]
    assert "revision 3" in refused[3]


def test_a_revision_of_a_shipped_item_that_changed_since_is_reported_outdated(
    catalog: Catalog,
) -> None:
    shipped_hash = document_hash(_document(catalog, "therapy", "scs"))
    warfarin = dict(_document(catalog, "blood_thinner", "warfarin"))
    warfarin.update(local_review={"reviewed_by": "Dr Gómez", "reviewed_on": "2026-11-30"})
    in_use = apply_overrides(
        catalog,
        [
            Override(1, "therapy", "scs", _scs_with_rate(catalog, 50), shipped_hash),
            Override(2, "therapy", "scs", _scs_with_rate(catalog, 49), "0" * 64),
            Override(3, "blood_thinner", "warfarin", warfarin, None),
        ],
    )
    assert in_use.applied == (1, 2, 3)
    assert in_use.outdated == (2, 3)
    assert _rate(in_use.catalog) == 49
    (row,) = [b for b in in_use.catalog.blood_thinners if b.id == "warfarin"]
    assert row.local_review is not None and row.local_review.reviewed_by == "Dr Gómez"
    assert row.local_review.reviewed_on == dt.date(2026, 11, 30)
