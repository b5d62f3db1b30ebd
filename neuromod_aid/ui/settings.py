"""Every setting the program keeps, named once: its key, its type, its default.

Settings live in the data folder (``settings.ini``), so tests and portable use stay
self-contained. They hold preferences only, never patient data.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

from neuromod_aid.paths import DataLocation


def settings_for(location: DataLocation) -> QSettings:
    return QSettings(str(location.root / "settings.ini"), QSettings.Format.IniFormat)


@dataclass(frozen=True)
class TextSetting:
    key: str

    def get(self, settings: QSettings) -> str:
        return str(settings.value(self.key, ""))

    def set(self, settings: QSettings, value: str) -> None:
        settings.setValue(self.key, value)


@dataclass(frozen=True)
class BytesSetting:
    key: str

    def get(self, settings: QSettings) -> QByteArray | None:
        value = settings.value(self.key)
        return value if isinstance(value, QByteArray) else None

    def set(self, settings: QSettings, value: QByteArray) -> None:
        settings.setValue(self.key, value)


CLINICIAN_NAME = TextSetting("clinician/name")  # who works at this computer, last typed
CLINICIAN_ROLE = TextSetting("clinician/role")
WORKING_AS = TextSetting("staff/working")  # who of the staff list uses this computer
UI_LANGUAGE = TextSetting("ui/language")  # the program's language ("en", "es")
WINDOW_GEOMETRY = BytesSetting("window/geometry")
PATIENT_SCREEN_GEOMETRY = BytesSetting("patient_screen/geometry")  # on a single monitor
