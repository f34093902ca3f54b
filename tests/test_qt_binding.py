"""The Qt binding keeps Python's reference counts: the app emits signals and starts
single-shot timers from Python thousands of times in a long session.

PySide6 6.12.0 lost a reference to ``True`` on every ``Signal.emit()`` and to ``None``
on every ``QTimer.singleShot()``: after a few hundred, Python aborted with "Fatal Python
error: bool_dealloc" (pyproject.toml excludes that release). Measured in a fresh
process, where nothing else moves those counts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

_PROBE = """
import json, sys
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

class Emitter(QObject):
    fired = Signal()

app = QCoreApplication([])
emitter = Emitter()
seen = []
emitter.fired.connect(lambda: seen.append(1))
counts = lambda: (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
before = counts()
for _ in range(1000):
    emitter.fired.emit()
after_emit = counts()
fired = []
for _ in range(1000):
    QTimer.singleShot(0, lambda: fired.append(1))
while len(fired) < 1000:
    app.processEvents()
after_timers = counts()
print(json.dumps({"seen": len(seen), "before": before, "emit": after_emit,
                  "timers": after_timers}))
"""


def _probe() -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, check=True
    ).stdout
    found: dict[str, Any] = json.loads(out)
    return found


def test_emit_and_single_shot_keep_the_reference_counts() -> None:
    found = _probe()
    assert found["seen"] == 1000
    true_before, false_before, none_before = found["before"]
    true_emit, false_emit, none_emit = found["emit"]
    none_timers = found["timers"][2]
    assert abs(true_emit - true_before) <= 20, found  # 6.12.0: -1000
    assert abs(false_emit - false_before) <= 20, found
    assert abs(none_emit - none_before) <= 20, found
    assert abs(none_timers - none_emit) <= 20, found  # 6.12.0: -1000
