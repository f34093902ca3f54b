"""Making a folder or a file read-only in a test, also when the tests run as root."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make ``path`` (a folder or a file) read-only; root gets a read-only bind mount."""
    if os.geteuid() != 0:
        ro, rw = (0o500, 0o700) if path.is_dir() else (0o400, 0o600)
        os.chmod(path, ro)
        try:
            yield
        finally:
            os.chmod(path, rw)
        return
    if subprocess.run(["mount", "--bind", path, path], capture_output=True).returncode:
        pytest.skip("running as root without permission to mount read-only")
    try:
        if subprocess.run(["mount", "-o", "remount,ro,bind", path], capture_output=True).returncode:
            pytest.skip("cannot remount read-only")
        yield
    finally:
        subprocess.run(["umount", path], check=True)
