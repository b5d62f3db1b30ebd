"""What the commands share beyond the application layer: choosing a consultation on the
command line, writing the user's files."""

from __future__ import annotations

import argparse
from pathlib import Path

from neuromod_aid.app.errors import UserError
from neuromod_aid.files import atomic_write


def write_output(path: Path, data: bytes) -> str:
    """Write a file for the user atomically; a failure is a :class:`UserError`."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name")
    if not target.parent.is_dir():
        raise UserError(f"the folder {target.parent} does not exist")
    try:
        return atomic_write(target, data)
    except OSError as error:
        raise UserError(f"cannot write {target}: {error.strerror or error}") from None


def add_consultation_source(parser: argparse.ArgumentParser, languages: tuple[str, ...]) -> None:
    """``--demo [--lang] | --from-json FILE | --consultation ID``, one required (read
    with :func:`neuromod_aid.cli.inputs.chosen_consultation`)."""
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--demo", action="store_true", help="the built-in, fictional demo consultation"
    )
    source.add_argument("--from-json", type=Path, metavar="FILE", help="a consultation file")
    source.add_argument(
        "--consultation", type=positive_id, metavar="ID", help="a stored consultation"
    )
    parser.add_argument(
        "--lang",
        choices=languages,
        help="language of the demo (only with --demo; default: the content's first)",
    )


def positive_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a consultation id: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a consultation id: {text!r}")
    return value
