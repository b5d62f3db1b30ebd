from neuromod_aid.cli import run

raise SystemExit(run())
