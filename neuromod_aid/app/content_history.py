"""What a revision changed: its item's fields side by side, before and after (Qt-free).

An item's document is flattened to its leaves, each named by its dotted path: a list's
element by its ``id`` where it has one ("risks.infection.frequency_low"), else by its
place ("steps[2]"); a text's languages are leaves of their own ("text.en", "text.es"),
so the editor shows each language's change beside the other.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from neuromod_aid.records import ContentRevision

NOT_THERE = ""  # a field the other side does not have


@dataclass(frozen=True)
class FieldChange:
    path: str
    before: str  # as written, NOT_THERE when the field is new
    after: str  # NOT_THERE when the field was taken out


def differences(
    before: Mapping[str, Any] | None, after: Mapping[str, Any]
) -> tuple[FieldChange, ...]:
    """Every leaf whose value differs, in the order the item's document has them."""
    old, new = dict(_leaves(before or {}, "")), dict(_leaves(after, ""))
    paths = [*new, *(p for p in old if p not in new)]
    return tuple(
        FieldChange(path, old.get(path, NOT_THERE), new.get(path, NOT_THERE))
        for path in paths
        if old.get(path) != new.get(path)
    )


def previous_document(
    revision: ContentRevision, history: Sequence[ContentRevision], shipped: Mapping[str, Any] | None
) -> Mapping[str, Any] | None:
    """What ``revision`` changed from: the item's revision approved last before it was
    written (superseded since, perhaps), else the shipped item (None: a new item)."""
    earlier = [
        r
        for r in history
        if r.id < revision.id
        and r.state in ("approved", "superseded")
        and (r.item_kind, r.item_id) == (revision.item_kind, revision.item_id)
    ]
    return earlier[-1].document if earlier else shipped


def _leaves(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, Mapping):
        for key, child in value.items():
            yield from _leaves(child, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
        for index, child in enumerate(value):
            label = child.get("id")
            yield from _leaves(child, f"{path}.{label}" if label else f"{path}[{index}]")
    else:
        yield path, value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
