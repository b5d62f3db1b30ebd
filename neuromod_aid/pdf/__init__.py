"""The printed documents: take-home summary, nurse pre-procedure sheet, trial diary.

Qt-free. Each builder takes a :class:`~neuromod_aid.consultation.Consultation` and the
:class:`~neuromod_aid.catalog.model.Catalog` and returns the PDF as ``bytes``.
"""

from __future__ import annotations
