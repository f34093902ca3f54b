"""Charts: plain chart data in, standalone matplotlib figures out.

Imports matplotlib (``matplotlib.figure`` only: never pyplot, never a backend),
so only import this package lazily, from inside functions (ruff TID253). The
modules: :mod:`~backdiary.charts.data` (the input dataclasses, re-exported from
the pure :mod:`backdiary.domain.chartdata`), :mod:`~backdiary.charts.style`
(palette and sizes), :mod:`~backdiary.charts.figures` (one builder per chart)
and :mod:`~backdiary.charts.save` (PNG/SVG/PDF files readable by the owner only).
This package may import ``backdiary.domain`` and matplotlib; never Qt, storage
or services.
"""
