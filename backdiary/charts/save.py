"""Saving a chart as PNG (300 dpi), SVG or PDF, readable by the owner only.

A chart is health data, so the file is written like the diary: created with
mode 0600 (a temporary file in the same folder, then an atomic rename), never
left half-written, and the format follows the file name's extension.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from matplotlib.figure import Figure

from backdiary.charts import style
from backdiary.charts.figures import build_figure
from backdiary.domain.chartdata import ChartData, export_format

_METADATA = {
    "png": {"Software": "backdiary"},
    "svg": {"Creator": "backdiary"},
    "pdf": {"Creator": "backdiary"},
}


def save_figure(fig: Figure, path: str | os.PathLike[str]) -> None:
    """Write ``fig`` to ``path`` in the format of its extension, mode 0600, atomically.

    Raises:
        ValueError: the extension is not .png, .svg or .pdf.
        OSError: the file cannot be written (nothing is left behind).
    """
    target = Path(path)
    fmt = export_format(target)
    if fmt is None:
        raise ValueError(f"{target.name}: unknown file type (use .png, .svg or .pdf)")
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fig.savefig(fh, format=fmt, dpi=style.EXPORT_DPI, metadata=_METADATA[fmt])
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def export_chart(
    data: ChartData,
    path: str | os.PathLike[str],
    size: tuple[float, float] = style.EXPORT_SIZE,
) -> None:
    """Draw ``data`` on a print-sized figure and save it (see :func:`save_figure`)."""
    fig = Figure(figsize=size, dpi=100)
    build_figure(data, fig)
    save_figure(fig, path)
