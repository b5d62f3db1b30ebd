"""neuromod-aid: a consultation aid that explains neuromodulation for chronic pain.

Everything in this package except :mod:`neuromod_aid.ui` is Qt-free.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("neuromod-aid")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "neuromod-aid"
