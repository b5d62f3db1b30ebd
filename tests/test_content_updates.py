"""A newer program version ships newer content: items the clinic never changed update;
an item it changed keeps the clinic's revision, and the new shipped text is shown beside
ours until someone takes it or keeps ours (a draft, approved by a second person)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from test_content_governance import _our_infection_figure

from neuromod_aid.app.content_updates import review_due
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.paths import CONTENT_DIR_ENV, content_dir

NEW_SCS = "A small device under the skin sends gentle pulses to the spinal cord to calm pain."
NEW_DRG = "A small device under the skin sends gentle pulses to the nerves of one painful spot."


def _newer_shipped(tmp_path: Path) -> Path:
    """The shipped content as a next program version might bring it: SCS's and DRG's
    summaries reworded, the content version raised."""
    folder = tmp_path / "newer-content"
    shutil.copytree(content_dir(), folder)
    for name, new in (("scs", NEW_SCS), ("drg", NEW_DRG)):
        path = folder / "therapies" / f"{name}.toml"
        lines = path.read_text(encoding="utf-8").splitlines()
        lines = [
            f"summary.en = {json.dumps(new)}" if ln.startswith("summary.en") else ln for ln in lines
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    manifest = folder / "manifest.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('content_version = "1.1.2"', 'content_version = "1.2.0"'))
    return folder


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    capsys.readouterr()
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _summaries(tmp_path: Path) -> dict[str, str]:
    out = tmp_path / "in-use.json"
    assert main(["content", "export", "-o", str(out)]) == 0
    therapies = json.loads(out.read_text(encoding="utf-8"))["therapies"]
    return {t["id"]: t["summary"]["en"] for t in therapies}


def _clinic_changed_scs(tmp_path: Path) -> None:
    assert main(["content", "import-local", str(_our_infection_figure(tmp_path)), "--by", "A"]) == 0
    assert main(["content", "approve", "1", "--by", "B"]) == 0


@pytest.mark.parametrize("decision", ["keep-ours", "take-shipped"])
def test_newer_shipped_content_never_overwrites_the_clinics_item(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    catalog: Catalog,
    decision: str,
) -> None:
    _clinic_changed_scs(tmp_path)
    assert _json(capsys, "content", "updates") == []
    monkeypatch.setenv(CONTENT_DIR_ENV, str(_newer_shipped(tmp_path)))
    summaries = _summaries(tmp_path)
    assert summaries["drg"] == NEW_DRG  # never changed here: simply the new one
    assert summaries["scs"] == catalog.therapy("scs").summary("en")  # ours is kept
    (update,) = _json(capsys, "content", "updates")
    assert (update["revision"], update["item"]) == (1, "therapy:scs")
    changes = {c["field"]: (c["ours"], c["shipped"]) for c in update["changes"]}
    assert changes["summary.en"] == (catalog.therapy("scs").summary("en"), NEW_SCS)
    assert changes["risks.infection.frequency_low"] == ("50.0", "25.0")  # ours beside theirs

    assert main(["content", decision, "1", "--by", "A"]) == 0
    assert _summaries(tmp_path)["scs"] != NEW_SCS  # a draft: nothing taken yet
    assert main(["content", "approve", "2", "--by", "A"]) == 2  # not by its author
    assert main(["content", "approve", "2", "--by", "B"]) == 0
    assert _json(capsys, "content", "updates") == []
    kept = decision == "keep-ours"
    assert (_summaries(tmp_path)["scs"] == NEW_SCS) is not kept


def test_the_items_due_for_review_are_listed(
    capsys: pytest.CaptureFixture[str], catalog: Catalog
) -> None:
    soonest = min(t.review.next_review for t in catalog.therapies)
    due = review_due(catalog, soonest)
    assert due and all(d.next_review <= soonest for d in due)
    assert {d.item_id for d in due if d.kind == "therapy"} == {
        t.id for t in catalog.therapies if t.review.next_review <= soonest
    }
    assert review_due(catalog, soonest - dt.timedelta(days=3650)) == []
    capsys.readouterr()
    assert main(["content", "due", "--on", soonest.isoformat()]) == 0
    printed = capsys.readouterr().out
    assert all(f"{d.kind}:{d.item_id}" in printed for d in due)
