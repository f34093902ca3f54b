"""``python -m backdiary`` runs the app (same as the ``backdiary`` command)."""

from backdiary.app import run

run()
