"""A figure's new source travels with the figure: saved as a part of the figure's draft
revision, approved (or rejected) with it, never on its own; and a new source is made
only from a DOI or web address with its authors, year and title."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from neuromod_aid.app.content_items import new_source
from neuromod_aid.cli import main

NEW = {
    "id": "ruiz_2025",
    "short": "Ruiz et al., 2025",
    "citation": "Ruiz A, Gómez B. Infections after spinal cord stimulators in one clinic. 2025.",
    "year": 2025,
    "doi": "10.1000/scs.2025.1",
    "url": None,
}


def _file(tmp_path: Path, *, with_source: bool) -> Path:
    everything = tmp_path / "all.json"
    assert main(["content", "export", "-o", str(everything)]) == 0
    data = json.loads(everything.read_text(encoding="utf-8"))
    scs = next(t for t in data["therapies"] if t["id"] == "scs")
    risk = next(r for r in scs["risks"] if r["id"] == "infection")
    risk["sources"] = [*risk["sources"], NEW["id"]]
    content: dict[str, Any] = {"therapies": [scs]}
    if with_source:
        content["sources"] = [NEW]
    path = tmp_path / "ours.json"
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def _revisions(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main(["content", "revisions", "--json"]) == 0
    rows: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return rows


def _in_use(tmp_path: Path) -> dict[str, Any]:
    out = tmp_path / "in-use.json"
    assert main(["content", "export", "-o", str(out)]) == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def test_a_new_source_is_part_of_the_figures_revision_and_approved_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = _file(tmp_path, with_source=True)
    capsys.readouterr()
    assert main(["content", "import-local", str(ours), "--by", "Dr Ruiz", "--why", "audit"]) == 0
    assert capsys.readouterr().out.split() == ["draft", "revision", "1", "draft", "revision", "2"]
    figure, source = _revisions(capsys)
    assert (figure["item"], figure["part_of"]) == ("therapy:scs", None)
    assert (source["item"], source["part_of"]) == ("source:ruiz_2025", 1)
    assert NEW["id"] not in {s["id"] for s in _in_use(tmp_path)["sources"]}  # a draft

    assert main(["content", "approve", "2", "--by", "Dr Gómez"]) == 2
    assert "part of revision 1: approve that one" in capsys.readouterr().err
    assert main(["content", "approve", "1", "--by", "Dr Gómez"]) == 0
    assert [r["state"] for r in _revisions(capsys)] == ["approved", "approved"]
    in_use = _in_use(tmp_path)
    assert NEW["id"] in {s["id"] for s in in_use["sources"]}
    scs = next(t for t in in_use["therapies"] if t["id"] == "scs")
    assert NEW["id"] in next(r for r in scs["risks"] if r["id"] == "infection")["sources"]


def test_rejecting_the_figure_rejects_its_new_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = _file(tmp_path, with_source=True)
    assert main(["content", "import-local", str(ours), "--by", "A"]) == 0
    assert main(["content", "reject", "1", "--by", "B"]) == 0
    assert [r["state"] for r in _revisions(capsys)] == ["rejected", "rejected"]


def test_a_figure_citing_a_source_that_is_nowhere_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = _file(tmp_path, with_source=False)
    assert main(["content", "import-local", str(ours), "--by", "Dr Ruiz"]) == 2
    assert "ruiz_2025" in capsys.readouterr().err
    assert _revisions(capsys) == []


def test_a_new_source_gets_its_short_citation_and_a_free_id() -> None:
    made = new_source(
        authors="Peña I, Ruiz A",
        year=2024,
        title="Infections after neuromodulation.",
        doi="https://doi.org/10.1000/xyz.12",
        url="",
        taken={"pena_2024"},
    )
    assert made["short"] == "Peña et al., 2024"
    assert made["id"] == "pena_2024_2"
    assert made["doi"] == "10.1000/xyz.12" and made["url"] is None
    assert made["citation"] == (
        "Peña I, Ruiz A. Infections after neuromodulation. 2024. doi:10.1000/xyz.12"
    )
    alone = new_source(
        authors="NICE", year=2008, title="TA159", doi="", url="https://www.nice.org.uk/x", taken=()
    )
    assert (alone["short"], alone["id"]) == ("NICE, 2008", "nice_2008")


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"doi": "", "url": ""}, "give a DOI or a web address"),
        ({"doi": "doi 1234", "url": ""}, "is not a DOI"),
        ({"doi": "", "url": "www.example"}, "is not a web address"),
        ({"authors": " "}, "give the authors and the title"),
        ({"year": 1850}, "not a year of publication"),
    ],
)
def test_a_new_source_without_what_it_needs_is_refused(fields: dict[str, Any], said: str) -> None:
    given: dict[str, Any] = {
        "authors": "Ruiz A",
        "year": 2025,
        "title": "A title",
        "doi": "10.1/x",
        "url": "",
        **fields,
    }
    with pytest.raises(ValueError, match=said):
        new_source(**given, taken=())
