"""``backdiary install-desktop``: put backdiary in the desktop's application menu (Linux).

Writes ``~/.local/share/applications/backdiary.desktop`` (``$XDG_DATA_HOME`` when
set) with an ``Exec`` line that starts this installation, and the icon into
``~/.local/share/icons/hicolor/<size>/apps/``. ``--uninstall`` removes them again.
Standard library only (no Qt).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from backdiary.paths import bundled

PNG_SIZES = (16, 32, 48, 64, 128, 256)


def data_home() -> Path:
    """``$XDG_DATA_HOME`` or ``~/.local/share``."""
    env = os.environ.get("XDG_DATA_HOME")
    return Path(env) if env else Path.home() / ".local" / "share"


def exec_line() -> str:
    """How the menu entry starts backdiary: the ``backdiary`` script of this install."""
    script = Path(sys.executable).parent / "backdiary"
    if script.is_file():
        return f'"{script}"'
    found = shutil.which("backdiary")
    return f'"{found}"' if found else f'"{sys.executable}" -m backdiary'


def installed_files(home: Path) -> list[Path]:
    """Every file :func:`install` writes under ``home``."""
    icons = home / "icons" / "hicolor"
    files = [home / "applications" / "backdiary.desktop", icons / "scalable/apps/backdiary.svg"]
    files += [icons / f"{n}x{n}" / "apps" / "backdiary.png" for n in PNG_SIZES]
    return files


def install(home: Path | None = None) -> list[Path]:
    """Install the menu entry and icons; returns the files written."""
    home = home or data_home()
    resources = bundled("resources")
    text = (resources / "backdiary.desktop").read_text(encoding="utf-8")
    lines = [f"Exec={exec_line()}" if ln.startswith("Exec=") else ln for ln in text.splitlines()]
    written: list[Path] = []
    desktop = home / "applications" / "backdiary.desktop"
    desktop.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text("\n".join(lines) + "\n", encoding="utf-8")
    written.append(desktop)
    icons = home / "icons" / "hicolor"
    svg = icons / "scalable" / "apps" / "backdiary.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resources / "icons" / "backdiary.svg", svg)
    written.append(svg)
    for n in PNG_SIZES:
        source = resources / "icons" / f"backdiary-{n}.png"
        if source.is_file():
            target = icons / f"{n}x{n}" / "apps" / "backdiary.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            written.append(target)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what :func:`install` wrote; returns the files removed."""
    removed = []
    for path in installed_files(home or data_home()):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def run_install_desktop(args: argparse.Namespace) -> int:
    """The ``install-desktop`` command."""
    if args.uninstall:
        for path in uninstall():
            print(f"removed {path}")
        return 0
    for path in install():
        print(f"wrote {path}")
    return 0


def add_parsers(sub: Any) -> None:
    """Register ``install-desktop``."""
    parser = sub.add_parser(
        "install-desktop",
        help="add backdiary to the application menu (Linux, this user only)",
        description="Write ~/.local/share/applications/backdiary.desktop and the icon into "
        "~/.local/share/icons/hicolor, so backdiary appears in the application menu.",
    )
    parser.add_argument("--uninstall", action="store_true", help="remove them again")
    parser.set_defaults(func=run_install_desktop)
