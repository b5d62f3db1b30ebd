"""neuromod-aid: a consultation aid that explains neuromodulation for chronic pain.

Everything in this package except :mod:`neuromod_aid.ui` is Qt-free.
"""

import os

__version__ = "0.1.0"  # the one place the version is written (pyproject reads it)

APP_NAME = "neuromod-aid"
# the desktop's name for the program: its .desktop file, AppStream id and icon name
APP_ID = "org.neuromodaid.NeuromodAid"

# The first validator pydantic builds looks for plugins in every installed package's
# metadata (about 15 ms of every start); this program uses none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
