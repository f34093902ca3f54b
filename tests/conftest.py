"""Shared test set-up: headless Qt, no real user folders, diary fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from collections.abc import Iterator
from pathlib import Path

import pytest

from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage.diary import open_diary
from backdiary.storage.repository import Repository


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point HOME and the XDG folders into a temporary folder: tests never touch real data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("BACKDIARY_DATA_DIR", raising=False)
    monkeypatch.delenv("BACKDIARY_CONFIG_DIR", raising=False)


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    """Paths of a fresh diary under ``tmp_path``."""
    return AppPaths.resolve(tmp_path / "data")


@pytest.fixture
def service(app_paths: AppPaths) -> Iterator[DiaryService]:
    """A service over a fresh diary migrated to head."""
    engine = open_diary(app_paths)
    yield DiaryService(Repository(engine))
    engine.dispose()
