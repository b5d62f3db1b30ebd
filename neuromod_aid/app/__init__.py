"""The application layer: what the window and the command line both do with records.

Qt-free. It turns "save this consultation", "finish it", "record this document"
into database work and plain results, and turns every way that can fail into one
of the errors in :mod:`neuromod_aid.errors` (worded by the caller in its own
language). Nothing here imports Qt; ``ui/`` calls it instead of the repositories.
"""
