"""Facts about the running process that several apps need."""

from __future__ import annotations

import os
import sys


def is_serving() -> bool:
    """True in a process that serves web requests (gunicorn, or runserver's serving child).

    Background threads (the index follower, the view flusher) start only there, not
    in management commands or tests.
    """
    if "gunicorn" in os.path.basename(sys.argv[0] if sys.argv else ""):
        return True
    if len(sys.argv) > 1 and sys.argv[1] == "runserver":
        # The autoreloader's parent process serves nothing.
        return os.environ.get("RUN_MAIN") == "true" or "--noreload" in sys.argv
    return False
