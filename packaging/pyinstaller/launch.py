"""The bundle's entry point: the same `neuromod-aid` command the wheel installs."""

import sys

from neuromod_aid.cli import run

sys.exit(run())
