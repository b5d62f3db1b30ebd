"""What the content checks say, in English and Spanish: every message in both languages
with the same parameters, and a refused import said in Spanish with ``--lang es``,
English otherwise (issue #12)."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest

from neuromod_aid.catalog.messages import MESSAGES
from neuromod_aid.cli import main
from neuromod_aid.cli.content_cmd import MESSAGE_LANGUAGES

HARD_SPANISH = (
    "La distrofia simpático-refleja constituye una entidad fisiopatológica caracterizada "
    "por manifestaciones neurovegetativas, inflamatorias y sensitivomotoras desproporcionadas."
)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("message_id", sorted(MESSAGES))
def test_every_message_is_said_in_both_languages_with_the_same_parameters(
    message_id: str,
) -> None:
    texts = MESSAGES[message_id]
    assert sorted(texts) == sorted(MESSAGE_LANGUAGES)
    assert _fields(texts["es"]) == _fields(texts["en"])
    assert texts["es"] != texts["en"]


def _hard_condition(tmp_path: Path) -> Path:
    everything = tmp_path / "all.json"
    assert main(["content", "export", "-o", str(everything)]) == 0
    exported = json.loads(everything.read_text(encoding="utf-8"))
    crps = next(c for c in exported["conditions"] if c["id"] == "crps")
    crps["what_it_is"]["es"] = HARD_SPANISH
    path = tmp_path / "hard.json"
    path.write_text(json.dumps({"conditions": [crps]}, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_refused_import_is_said_in_spanish_with_lang_es(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hard = _hard_condition(tmp_path)
    capsys.readouterr()
    command = ["content", "import-local", str(hard), "--by", "Dra. Núñez"]
    assert main(command) == 2
    english = capsys.readouterr().err
    assert "nothing was saved: " in english and "(es) text is too hard to read" in english
    assert main([*command, "--lang", "es"]) == 2
    spanish = capsys.readouterr().err
    assert "no se ha guardado nada: " in spanish
    assert "elemento 'crps', campo 'what_it_is.es'" in spanish
    assert "es demasiado difícil de leer: INFLESZ" in spanish and "too hard" not in spanish
    assert main(["content", "revisions", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # nothing was saved, in any language
