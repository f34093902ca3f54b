"""Where backdiary keeps its files.

Precedence for the data folder: ``--data-dir`` > ``BACKDIARY_DATA_DIR`` > the
folder the diary was moved to (``data_dir`` in the settings file, written by
Settings → Move the diary, used while it holds a diary) > the platform's user
data folder (platformdirs). Settings live in the config folder, never in the
data folder, and never hold health data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

APP_NAME = "backdiary"
DB_FILE_NAME = "diary.sqlite3"
#: The single-instance lock in the data folder (:mod:`backdiary.ui.instance`).
LOCK_NAME = ".backdiary.lock"
REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The folders and files of one diary."""

    data: Path
    config: Path

    @property
    def db(self) -> Path:
        return self.data / DB_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def logs(self) -> Path:
        return self.data / "logs"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.ini"

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """Pick the folders from the option, the environment or the platform defaults."""
        chosen = data_dir or os.environ.get("BACKDIARY_DATA_DIR")
        data = (
            Path(chosen).expanduser() if chosen else Path(_platformdirs().user_data_dir(APP_NAME))
        )
        config_env = os.environ.get("BACKDIARY_CONFIG_DIR")
        if config_env:
            config = Path(config_env).expanduser()
        elif chosen:
            # A chosen data folder gets its own settings, so test and demo diaries stay apart.
            config = data / "config"
        else:
            config = Path(_platformdirs().user_config_dir(APP_NAME))
        if not chosen:
            data = moved_data_dir(config / "settings.ini") or data
        return cls(data=data.absolute(), config=config.absolute())

    def ensure_data_dir(self) -> None:
        """Create the data folder readable by the owner only (0700)."""
        self.data.mkdir(parents=True, exist_ok=True)
        os.chmod(self.data, 0o700)


def _platformdirs() -> ModuleType:
    import platformdirs  # noqa: PLC0415 (not needed with --data-dir)

    return platformdirs


def moved_data_dir(settings_file: Path) -> Path | None:
    """The folder the diary was moved to (settings ``data_dir``), when it holds a diary.

    A folder that is gone (an unplugged drive) or holds no diary is ignored, so
    the diary is never silently replaced by a new empty one there; the old folder
    still holds the diary as it was before the move.
    """
    if not settings_file.is_file():
        return None
    import configparser  # noqa: PLC0415

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file, encoding="utf-8")
        value: object = parser.get("General", "data_dir", fallback="")
    except (configparser.Error, UnicodeDecodeError):
        value = None
    if value is None or any(c in str(value) for c in '"\\@'):
        # Quoted or escaped by QSettings (or unreadable here): let Qt read it.
        from PySide6.QtCore import QSettings  # noqa: PLC0415

        value = QSettings(str(settings_file), QSettings.Format.IniFormat).value("data_dir")
    if not value:
        return None
    folder = Path(str(value)).expanduser()
    return folder if (folder / DB_FILE_NAME).is_file() else None


def bundled(name: str) -> Path:
    """Locate a top-level folder shipped with the app (``migrations``, ``resources``).

    In a wheel they are mapped inside the package as ``backdiary/_<name>``; in a
    source checkout or editable install they sit at the repository root.
    """
    inside = Path(__file__).resolve().parent / f"_{name}"
    if inside.is_dir():
        return inside
    return REPO_ROOT / name
