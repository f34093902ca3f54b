"""``python -m backdiary`` runs the app (same as the ``backdiary`` command)."""

import sys

from backdiary.app import main

sys.exit(main())
