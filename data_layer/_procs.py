"""Worker processes die with their parent: a ``kill -9`` on an ingest or extract leaves no orphan behind."""

from __future__ import annotations

import contextlib
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Pool initializer: ask Linux to SIGKILL this process when its parent dies (``prctl(PR_SET_PDEATHSIG)``), and
    exit at once if the parent is already gone. Elsewhere a no-op (workers still end when their pipes close)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() == 1:  # the parent died before the request took effect
        os._exit(1)
