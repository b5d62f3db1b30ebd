"""How long the demo summary takes, against a one-paragraph ReportLab PDF.

* In one process: both built repeatedly (fonts registered and the catalog loaded
  once, as in the app); the median time per document and the ratio are printed.
  Target: the summary in 0.25 s or less on a 2-core machine.
* As a whole process: ``neuromod-aid summary --demo`` against a process that builds
  a one-paragraph ReportLab document, each started fresh several times after a
  warm-up (which also fills the content cache); the medians of the wall-clock times
  are compared. Target: at most 3 times the one-paragraph process. The ratio of the
  processes' CPU times is printed beside it: on a machine busy with other work it
  moves less than the wall-clock one, but the target is the wall-clock ratio.

    python -m bench pdf_summary [runs]
"""

from __future__ import annotations

import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench._installed import byte_compile_package

TARGET_SECONDS = 0.25
PROCESS_LIMIT = 3.0
PROCESS_RUNS = 7
ONE_PARAGRAPH = (
    "import io\n"
    "from reportlab.lib.styles import getSampleStyleSheet\n"
    "from reportlab.platypus import Paragraph, SimpleDocTemplate\n"
    "SimpleDocTemplate(io.BytesIO()).build("
    "[Paragraph('Hello, world.', getSampleStyleSheet()['Normal'])])\n"
)


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
    return _whole_process()


def _process_seconds(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """The wall-clock and the CPU (user and system) seconds of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def _whole_process() -> int:
    byte_compile_package()
    with tempfile.TemporaryDirectory(prefix="neuromod-aid-bench-") as folder:
        env = dict(os.environ, NEUROMOD_AID_DATA_DIR=str(Path(folder) / "data"))
        out = str(Path(folder) / "summary.pdf")
        summary = [sys.executable, "-m", "neuromod_aid", "summary", "--demo", "-o", out]
        baseline = [sys.executable, "-c", ONE_PARAGRAPH]
        _process_seconds(summary, env)  # warm-up: OS file cache, content cache
        _process_seconds(baseline, env)
        summary_runs, baseline_runs = [], []
        for _ in range(PROCESS_RUNS):
            baseline_runs.append(_process_seconds(baseline, env))
            summary_runs.append(_process_seconds(summary, env))
    one = statistics.median(wall for wall, _ in baseline_runs)
    whole = statistics.median(wall for wall, _ in summary_runs)
    one_cpu = statistics.median(cpu for _, cpu in baseline_runs)
    whole_cpu = statistics.median(cpu for _, cpu in summary_runs)
    ratio = whole / one
    verdict = "ok" if ratio <= PROCESS_LIMIT else "SLOW"
    print(f"one-paragraph process:  median {one * 1000:.0f} ms over {PROCESS_RUNS} runs")
    print(f"summary --demo process: median {whole * 1000:.0f} ms over {PROCESS_RUNS} runs")
    print(f"process ratio:          {ratio:.2f} (limit {PROCESS_LIMIT:.1f}) -> {verdict}")
    print(
        f"CPU time:               {whole_cpu * 1000:.0f} ms against {one_cpu * 1000:.0f} ms,"
        f" ratio {whole_cpu / one_cpu:.2f} (for information; the target is the one above)"
    )
    return 0 if ratio <= PROCESS_LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
