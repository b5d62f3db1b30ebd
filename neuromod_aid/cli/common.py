"""What the commands share beyond the application layer: writing the user's files."""

from __future__ import annotations

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
