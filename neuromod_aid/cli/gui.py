"""Starting the window. Qt is imported only here, only when the GUI is asked for."""

from __future__ import annotations

import argparse

from neuromod_aid.cli.common import AppContext


def run_gui(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.ui.app import run

    return run(context, demo=args.demo, self_test=args.self_test, probe=args.startup_probe)
