"""The database's safekeeping in the window: a copy every few hours while it is open,
and the way back when the database file is damaged at start.

The work is the Qt-free :mod:`neuromod_aid.app.backups`; this module only times it and
asks (through the dialogs seam, so tests script the answers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTimer

from neuromod_aid.app.backups import BACKUP_EVERY_HOURS, GoodBackup

if TYPE_CHECKING:
    from neuromod_aid.app.backups import Backups
    from neuromod_aid.app.errors import DamagedDatabase
    from neuromod_aid.ui.dialogs import Dialogs

BACKUP_INTERVAL_MS = BACKUP_EVERY_HOURS * 3600 * 1000


def keep_backing_up(owner: QObject, backups: Backups) -> QTimer:
    """A copy of the database every :data:`BACKUP_EVERY_HOURS` hours while ``owner`` lives."""
    timer = QTimer(owner)
    timer.setInterval(BACKUP_INTERVAL_MS)
    # a lambda holds ``backups`` (a bound method of an object no one else keeps would
    # be disconnected once it is collected)
    timer.timeout.connect(lambda: backups.take())
    if backups.applies:
        timer.start()
    return timer


def _taken(backup: GoodBackup) -> str:
    """When the copy was taken, short (it is a button's label), in the program's
    language and local time."""
    local = backup.taken.astimezone()
    day = QDate(local.year, local.month, local.day)
    return f"{QLocale().toString(day, 'd MMM yyyy')}, {local:%H:%M}"


def offer_way_back(dialogs: Dialogs, damaged: DamagedDatabase) -> bool:
    """Ask what to do with a damaged database file: restore the newest good backup,
    start with an empty database, or quit. The damaged file is set aside (renamed,
    never deleted) and the user told where. True when the records should be opened
    again; False to quit."""
    from neuromod_aid.app.backups import newest_good, restore_damaged, start_empty

    backup = newest_good(damaged.backups_dir)
    choices: list[tuple[str, str]] = []
    if backup is not None:
        choices.append(
            (
                "restore",
                QCoreApplication.translate("Safekeeping", "Restore the backup of %1").replace(
                    "%1", _taken(backup)
                ),
            )
        )
    choices += [
        ("empty", QCoreApplication.translate("Safekeeping", "Start with an empty database")),
        ("quit", QCoreApplication.translate("Safekeeping", "Quit")),
    ]
    title = QCoreApplication.translate("Safekeeping", "The patient records are damaged")
    text = QCoreApplication.translate(
        "Safekeeping",
        "The database file %1 is damaged or is not a neuromod-aid database, so the "
        "patient records cannot be opened.\n\nWhatever you choose, the damaged file is "
        "kept: it is renamed, never deleted.",
    ).replace("%1", str(damaged.database_file))
    if backup is None:
        text += "\n\n" + QCoreApplication.translate(
            "Safekeeping", "No good backup of it was found in %1."
        ).replace("%1", str(damaged.backups_dir))
    answer = dialogs.choose(title, text, choices)
    if answer not in ("restore", "empty"):
        return False
    try:
        if answer == "restore" and backup is not None:
            aside = restore_damaged(damaged.database_file, backup)
            done = QCoreApplication.translate(
                "Safekeeping", "The backup of %1 was restored."
            ).replace("%1", _taken(backup))
        else:
            aside = start_empty(damaged.database_file)
            done = QCoreApplication.translate("Safekeeping", "A new, empty database was started.")
    except OSError as error:
        dialogs.warn(
            title,
            QCoreApplication.translate(
                "Safekeeping", "The damaged file could not be set aside (%1); nothing was changed."
            ).replace("%1", error.strerror or type(error).__name__),
        )
        return False
    kept = QCoreApplication.translate("Safekeeping", "The damaged file is kept as %1.").replace(
        "%1", str(aside)
    )
    dialogs.inform(title, f"{done}\n\n{kept}")
    return True
