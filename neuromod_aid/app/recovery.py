"""What survives a crash beside the database: which consultation was open, and
changes that could not be saved.

Two kinds of file, in an owner-only ``recovery`` folder of the data folder:

* ``editing.json`` names the consultation this program has open and the process
  that has it. It is removed when the consultation is closed; one left behind by a
  process that no longer runs means that process stopped while editing, and the
  next start offers exactly that consultation.
* ``unsaved-<id>.json`` holds a consultation whose last save failed (full disk,
  database gone), in the interchange form, until a save succeeds.

Writing them can fail too (the disk that refused the database is often the one
these live on): callers keep the changes in memory and are told.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from neuromod_aid.consultation import Consultation, ConsultationError, from_dict, to_json
from neuromod_aid.files import atomic_write
from neuromod_aid.logging_setup import program_text
from neuromod_aid.paths import make_private_dir

log = logging.getLogger(__name__)

_EDITING = "editing.json"
_UNSAVED = "unsaved-{0}.json"


@dataclass(frozen=True)
class UnsavedChanges:
    consultation_id: int
    record: Consultation


class RecoveryStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    # --- which consultation is open ----------------------------------------------------

    def editing(self, consultation_id: int) -> None:
        """This process now has ``consultation_id`` open."""
        marker = {"consultation_id": consultation_id, "pid": os.getpid()}
        self._write(_EDITING, json.dumps(marker).encode("utf-8"))

    def stopped_editing(self) -> None:
        (self.folder / _EDITING).unlink(missing_ok=True)

    def interrupted(self) -> int | None:
        """The consultation a process had open when it stopped without closing it."""
        try:
            marker = json.loads((self.folder / _EDITING).read_text(encoding="utf-8"))
            consultation_id, pid = int(marker["consultation_id"]), int(marker["pid"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("recovery: the editing marker is unreadable; ignored")
            return None
        if pid != os.getpid() and _running(pid):
            return None  # another window has it open now
        return consultation_id

    # --- changes not saved yet ---------------------------------------------------------

    def keep(self, consultation_id: int, record: Consultation) -> bool:
        """Keep changes that could not be saved; False if this file failed as well."""
        return self._write(_UNSAVED.format(consultation_id), to_json(record).encode("utf-8"))

    def forget(self, consultation_id: int) -> None:
        """The changes were saved (or deliberately discarded)."""
        (self.folder / _UNSAVED.format(consultation_id)).unlink(missing_ok=True)

    def unsaved(self) -> list[UnsavedChanges]:
        """Changes kept after a failed save, most recent first; unreadable files are
        left where they are (and logged), never deleted."""
        found: list[tuple[float, UnsavedChanges]] = []
        for path in self.folder.glob(_UNSAVED.format("*")):
            try:
                consultation_id = int(path.stem.removeprefix("unsaved-"))
                record = from_dict(json.loads(path.read_text(encoding="utf-8")))
                found.append((path.stat().st_mtime, UnsavedChanges(consultation_id, record)))
            except (OSError, ValueError, ConsultationError):
                log.warning("recovery: an unsaved-changes file is unreadable; left in place")
        return [changes for _, changes in sorted(found, key=lambda f: f[0], reverse=True)]

    def _write(self, name: str, data: bytes) -> bool:
        try:
            make_private_dir(self.folder)
            atomic_write(self.folder / name, data)
        except OSError as error:
            log.warning(
                "recovery: %s not written (%s)",
                program_text(name),
                program_text(type(error).__name__),
            )
            return False
        return True


def _running(pid: int) -> bool:
    """Whether a process with this id is running (on this computer)."""
    if os.name == "nt":
        return _running_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _running_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    still_active = 259
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


@dataclass(frozen=True)
class SaveProblem:
    """Why the last save failed, for the window to word in its own language."""

    # DatabaseUnavailable.trouble, "rejected", "not_allowed" (the person working's role may
    # not make the change), "record_number_taken", "conflict" (saved
    # elsewhere meanwhile) or "too_long" (more than the record format holds)
    trouble: str
    kept_in_file: bool  # also in the recovery file (else only in memory)
    owner: str = ""  # for "record_number_taken": whose number it is

    @property
    def retried(self) -> bool:
        """Trying again can work (the disk, the database); a refused value, or a record
        saved elsewhere meanwhile (the user decides), cannot."""
        return self.trouble not in (
            "rejected",
            "not_allowed",
            "record_number_taken",
            "conflict",
            "too_long",
        )
