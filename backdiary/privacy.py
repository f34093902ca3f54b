"""Keeping the diary private and on a disk where SQLite is safe.

File modes: the data folder is 0700; the diary, its backups and exports are 0600.
SQLite gives ``-wal``/``-shm`` the mode of the database file, so a private diary
has private companions. Network file systems and cloud-sync folders break SQLite's
locks and copy files half-written; :func:`location_warning` says so before it
costs anybody their diary.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700

#: File system types (``/proc/mounts``) that live on another machine.
NETWORK_FS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs",
        "ncpfs", "coda", "davfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "glusterfs",
        "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "fuse.gvfsd-fuse", "fuse.kio-fuse",
        "virtiofs", "vboxsf", "fuse.vmhgfs-fuse", "fuse.onedriver", "fuse.google-drive-ocamlfuse",
    }
)  # fmt: skip

#: Folder names of cloud-sync clients (matched against each part of the path).
CLOUD_FOLDER = re.compile(
    r"^(?:dropbox|onedrive|nextcloud|owncloud|google ?drive|my drive|icloud ?drive|icloud"
    r"|mobile documents|pcloud(?: ?drive)?|mega(?:sync)?|box|box sync|seafile|synologydrive"
    r"|yandex\.disk|tresorit)(?:$|[\s(_-])",
    re.IGNORECASE,
)


def mount_of(path: Path, mounts_file: Path = Path("/proc/mounts")) -> tuple[str, str] | None:
    """(mount point, file system type) of the mount holding ``path``, or None if unknown."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = os.path.realpath(path)
    best: tuple[str, str] | None = None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        # /proc/mounts escapes spaces and a few other characters as octal.
        point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[0])):
            best = (point, fields[2])
    return best


def cloud_folder_of(path: Path) -> str | None:
    """The part of ``path`` that looks like a cloud-sync folder (e.g. "Dropbox"), or None."""
    for part in Path(os.path.realpath(path)).parts:
        if CLOUD_FOLDER.match(part):
            return part
    return None


def location_warning(folder: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """A warning when ``folder`` is on a network file system or in a cloud-sync folder.

    Args:
        folder: the data folder (it need not exist yet).
        mounts_file: the mount table (tests pass their own).

    Returns:
        One paragraph for the user, or None when the place is fine.
    """
    mount = mount_of(folder, mounts_file)
    if mount is not None and mount[1].lower() in NETWORK_FS:
        return (
            f"The diary folder {folder} is on a network drive ({mount[1]}). SQLite databases "
            "on network drives can be damaged, because the drive cannot lock the file "
            "properly. Keep the diary on this computer's own disk (use --data-dir), and "
            "copy backups to the network drive instead."
        )
    cloud = cloud_folder_of(folder)
    if cloud is not None:
        return (
            f"The diary folder {folder} is inside a cloud-sync folder ({cloud}). Sync "
            "programs copy the diary while it is being written and can damage it or bring "
            "back old copies. Keep the diary outside the synced folder (use --data-dir); "
            "backups you make can be synced safely."
        )
    return None


def make_private(path: Path) -> None:
    """Make a file readable and writable by its owner only (0600)."""
    os.chmod(path, PRIVATE_FILE)


def make_private_dir(path: Path) -> None:
    """Create ``path`` if needed and make it accessible by its owner only (0700)."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, PRIVATE_DIR)


def create_private(path: Path) -> None:
    """Create an empty file that is private from its first byte; fails if it exists."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))


def fsync_path(path: Path) -> None:
    """Flush a file or folder to the disk (``fsync``)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
