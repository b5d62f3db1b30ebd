"""How long the window ever freezes while the physician types, on every step.

On the demo consultation, each step gets typing into one of its fields (a text
field, or Space on a tick box where the step has no text field; on Summary, the
large-print box, which rebuilds the preview), one key every 30 ms for 40 keys, with
the autosave and the preview builds running as they do in use. A 1 ms heartbeat
timer runs all the while; the longest gap between two beats is the longest stall the
physician could feel. Target: at most 50 ms. Run: ``python -m bench ui_responsiveness``.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LIMIT_MS = 50.0
KEYS = 40
KEY_GAP_MS = 30


def main() -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from bench.demo_window import demo_window
    from neuromod_aid.ui.app import application

    with demo_window() as (window, _context):
        app = application()
        walk = window.walkthrough

        def typed(field: QWidget) -> Callable[[int], None]:
            return lambda n: QTest.keyClick(field, "abcdefghij"[n % 10])

        def ticked(box: QWidget) -> Callable[[int], None]:
            return lambda _n: QTest.keyClick(box, Qt.Key.Key_Space)

        first_card = next(iter(walk.options_page.cards.values())).discussed
        targets: list[tuple[str, QWidget, Callable[[int], None]]] = [
            ("patient", walk.patient_page.name, typed(walk.patient_page.name)),
            ("pain", walk.pain_page.tried, typed(walk.pain_page.tried)),
            ("options", first_card, ticked(first_card)),
            ("risks", walk.risks_page.rows[0].discussed, ticked(walk.risks_page.rows[0].discussed)),
            (
                "questions",
                walk.questions_page.private_notes,
                typed(walk.questions_page.private_notes),
            ),
            ("summary", walk.summary_page.large_print, ticked(walk.summary_page.large_print)),
        ]
        beats: list[float] = []
        heart = QTimer()
        heart.setInterval(1)
        heart.timeout.connect(lambda: beats.append(time.perf_counter()))
        worst: dict[str, float] = {}
        for index, (name, field, press) in enumerate(targets):
            walk.go(index)
            field.setFocus()
            app.processEvents()
            beats.clear()
            heart.start()
            for n in range(KEYS):
                press(n)
                QTest.qWait(KEY_GAP_MS)
            QTest.qWait(700)  # the last autosave and preview build land while we watch
            heart.stop()
            worst[name] = max(b - a for a, b in itertools.pairwise(beats)) * 1000

    for name, stall in worst.items():
        print(f"  {name:<10} longest stall {stall:6.1f} ms")
    longest = max(worst.values())
    verdict = "ok" if longest <= LIMIT_MS else "MISSED"
    print(f"longest stall {longest:.0f} ms (target <= {LIMIT_MS:.0f} ms): {verdict}")
    return 0 if longest <= LIMIT_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
