"""How long the demo summary takes to build, against a one-paragraph ReportLab PDF.

Builds both repeatedly in one process (fonts registered and the catalog loaded
once, as in the app) and prints the median time per document and the ratio.
Target: the summary in 0.25 s or less on a 2-core machine. Not a test.

    python -m bench pdf_summary [runs]
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable

TARGET_SECONDS = 0.25


def _median(build: Callable[[], bytes], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(runs: int | None = None) -> int:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from neuromod_aid.catalog import shipped_catalog
    from neuromod_aid.demo import demo_consultation
    from neuromod_aid.pdf.summary import build_summary

    count = runs or (int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 15)
    catalog = shipped_catalog()
    record = demo_consultation(catalog, "en")
    styles = getSampleStyleSheet()

    def one_paragraph() -> bytes:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer).build([Paragraph("Hello, world.", styles["Normal"])])
        return buffer.getvalue()

    def summary() -> bytes:
        return build_summary(record, catalog)

    summary()  # warm up: fonts, caches
    one_paragraph()
    baseline = _median(one_paragraph, count)
    median = _median(summary, count)
    pages = summary().count(b"/Type /Page\n") or summary().count(b"/Type /Page")
    verdict = "OK" if median <= TARGET_SECONDS else "SLOWER THAN TARGET"
    print(f"one-paragraph PDF: median {baseline * 1000:.1f} ms over {count} runs")
    print(f"demo summary:      median {median * 1000:.1f} ms over {count} runs ({pages} pages)")
    print(f"ratio:             {median / baseline:.1f}x the one-paragraph document")
    print(f"target:            <= {TARGET_SECONDS * 1000:.0f} ms per summary: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
