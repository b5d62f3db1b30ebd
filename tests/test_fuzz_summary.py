"""Generated consultation files (hypothesis) through ``summary --from-json``: each gives
exit 0 with a PDF that opens, or exit 2 with one line naming the problem, control
characters escaped; each within 10 s (issue 14's bound on any accepted input)."""

from __future__ import annotations

import io
import json
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.consultation import to_dict
from neuromod_aid.demo import demo_consultation

BOUND_S = 10
_UNSAFE = ("Cc", "Cf", "Zl", "Zp")  # what a terminal could act on, or a line break

Path_ = tuple[str | int, ...]


def _places(value: Any, at: Path_ = ()) -> list[Path_]:
    """Every place in a JSON value: each object member and list item, nested."""
    found = [at] if at else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _places(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _places(item, (*at, index))
    return found


def _at(document: Any, place: Path_) -> Any:
    for step in place:
        document = document[step]
    return document


def _mutated(document: Any, place: Path_, how: str, new: Any) -> Any:
    """``document`` with the value at ``place`` replaced by ``new``, or removed."""
    *parents, last = place
    container = _at(document, tuple(parents))
    if how == "remove":
        del container[last]
    elif how == "duplicate" and isinstance(container, list):
        container.insert(int(last), new)
    else:
        container[last] = new
    return document


_texts = st.text(st.characters(codec="utf-8"), max_size=400)  # controls, bidi, emoji…
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_texts, inner, max_size=4),
    max_leaves=12,
)


@st.composite
def consultation_files(draw: st.DrawFn, demo: dict[str, Any]) -> bytes:
    """Mostly the demo consultation with a few values changed, removed or added (a
    text where text goes, or any JSON value); now and then any JSON, or any bytes."""
    kind = draw(st.sampled_from(["mutated"] * 8 + ["any json", "any bytes"]))
    if kind == "any bytes":
        return draw(st.binary(max_size=300))
    if kind == "any json":
        return json.dumps(draw(_json)).encode("utf-8")
    document = json.loads(json.dumps(demo))
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["text"] * 6 + ["value", "value", "remove", "duplicate"]))
        places = [p for p in _places(document) if p != ("format",)]  # "any json" changes it
        if how == "text":  # a text where a text is: often still a consultation
            places = [p for p in places if isinstance(_at(document, p), str)]
        if not places:
            break
        new = draw(_texts.filter(str.strip) if how == "text" else _json)
        document = _mutated(document, draw(st.sampled_from(places)), how, new)
    return json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8")


def _check(source_bytes: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, output = tmp_path / "generated.json", tmp_path / "generated.pdf"
    source.write_bytes(source_bytes)
    output.unlink(missing_ok=True)
    capsys.readouterr()
    began = time.monotonic()
    code = main(["summary", "--from-json", str(source), "-o", str(output)])
    took = time.monotonic() - began
    err = capsys.readouterr().err
    assert took < BOUND_S, f"{took:.1f} s"
    if code == 0:
        pages = PdfReader(io.BytesIO(output.read_bytes())).pages
        assert len(pages) >= 1 and err == ""
        return
    assert code == 2, err
    assert err.startswith("neuromod-aid: ") and err.count("\n") == 1 and err.endswith("\n"), err
    assert not any(unicodedata.category(ch) in _UNSAFE for ch in err[:-1]), err
    assert not output.exists()


def _fuzz(
    examples: int, catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = to_dict(demo_consultation(catalog))

    @settings(
        max_examples=examples,
        deadline=None,  # the bound is checked in _check, on the command alone
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(consultation_files(demo))
    def generated(source_bytes: bytes) -> None:
        _check(source_bytes, tmp_path, capsys)

    generated()


def test_50_generated_consultation_files_give_a_pdf_or_one_line(
    catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fuzz(50, catalog, tmp_path, capsys)


@pytest.mark.slow
def test_500_generated_consultation_files_give_a_pdf_or_one_line(
    catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fuzz(500, catalog, tmp_path, capsys)
