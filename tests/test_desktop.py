"""Desktop integration: the menu entry, the icon, the window icon."""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backdiary.cli import build_parser, desktop
from backdiary.paths import AppPaths, bundled
from backdiary.services import DiaryService


def test_install_desktop_writes_entry_and_icons(tmp_path: Path) -> None:
    written = desktop.install(tmp_path)
    entry = tmp_path / "applications" / "backdiary.desktop"
    assert entry in written
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(entry, encoding="utf-8")
    section = parser["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Icon"] == "backdiary"
    assert "backdiary" in section["Exec"]
    assert (tmp_path / "icons/hicolor/scalable/apps/backdiary.svg").is_file()
    assert (tmp_path / "icons/hicolor/48x48/apps/backdiary.png").is_file()
    assert desktop.uninstall(tmp_path) and not entry.exists()


def test_install_desktop_command_uses_xdg_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    args = build_parser().parse_args(["install-desktop"])
    assert args.func(args) == 0
    assert (tmp_path / "applications" / "backdiary.desktop").is_file()
    assert "wrote" in capsys.readouterr().out


def test_bundled_resources_exist() -> None:
    resources = bundled("resources")
    assert (resources / "icons" / "backdiary.svg").is_file()
    assert (resources / "backdiary.desktop").is_file()
    assert (resources / "i18n" / "backdiary_de.qm").is_file()


def test_main_window_has_the_app_icon(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths
) -> None:
    from backdiary.ui.mainwindow import MainWindow

    w = MainWindow(service, app_paths)
    qtbot.addWidget(w)
    assert not w.windowIcon().isNull()
    assert w.windowIcon().availableSizes()


def test_window_remembers_its_size_and_position(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from backdiary.storage.diary import open_diary
    from backdiary.ui import launch
    from backdiary.ui.mainwindow import MainWindow
    from backdiary.ui.settings import Settings

    first = MainWindow(service, app_paths)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 510)
    qtbot.waitUntil(lambda: first.width() == 700)
    first.close()
    assert Settings(app_paths.settings_file).geometry() is not None

    sizes: list[tuple[int, int]] = []
    real_show = MainWindow.show

    def record_show(self: MainWindow) -> None:
        sizes.append((self.width(), self.height()))
        real_show(self)
        self.close()

    monkeypatch.setattr(MainWindow, "show", record_show)
    monkeypatch.setattr(launch, "bring_to_front", lambda w: None)
    monkeypatch.setattr("backdiary.ui.startup.after_window_shown", lambda w, **k: None)
    open_diary(app_paths).dispose()
    monkeypatch.setattr(launch.QApplication, "exec", lambda self: 0)
    assert launch.run_gui(argparse.Namespace(data_dir=str(app_paths.data))) == 0
    assert sizes == [(700, 510)]
