"""Uploaded bytes are read once and let go: a bound on what the server holds for uploads nobody reads.

Streamlit (1.5x-1.6x) keeps every file PUT to ``/_stcore/upload_file/<session>/<file>`` in its
``MemoryUploadedFileManager`` until the browser deletes it or the session ends, whether or not a widget ever
asks for it; a page holding an uploader also keeps the bytes it already ingested for as long as the widget shows
the file. So a stranger can park hundreds of MB in the server's memory (issue 15, finding 9).

Two halves:

- the uploaders (sidebar articles, Price page market CSV) read a file once, then :func:`release` drops its bytes
  and the widget is cleared (its key rotates), so nothing already consumed stays in memory;
- :func:`install` (called by ``dashboard.py`` on every run, a no-op after the first) turns the server's upload
  manager into a :class:`BoundedUploadedFileManager`: files no widget has asked for yet are "unread"; their total
  is capped (``NEWSDASH_UPLOAD_BUFFER_MB``, default 64, at least one file of ``server.maxUploadSize``: the oldest
  unread files of the uploading session go first, then other sessions' oldest), and a session's unread files are
  dropped once it has sent nothing for ``NEWSDASH_UPLOAD_TTL`` seconds (default 60; the browser hands a finished
  batch to the script at once).

The names of files dropped unread are kept per session (:func:`dropped`) so the sidebar can say so.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence

import streamlit as st

MB = 1 << 20
DEFAULT_BUFFER_MB = 64
DEFAULT_TTL_S = 60.0
_INSTALL_LOCK = threading.Lock()

try:  # Streamlit's in-memory upload manager (the one ``streamlit run`` uses); internal API, so guarded
    from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
except ImportError:  # pragma: no cover - a Streamlit without it: nothing to bound
    MemoryUploadedFileManager = None  # type: ignore[assignment,misc]


def _env_number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value > 0 else default


def _trim_heap() -> None:
    """Give freed upload buffers back to the operating system (glibc keeps large freed blocks otherwise)."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        if hasattr(libc, "malloc_trim"):
            libc.malloc_trim(0)


if MemoryUploadedFileManager is not None:

    class BoundedUploadedFileManager(MemoryUploadedFileManager):
        """Streamlit's in-memory upload manager with a cap on unread bytes and an expiry for abandoned ones.

        Installed by switching the class of the server's existing manager (its routes hold that object), so
        :meth:`_bound` sets the extra state.
        """

        def _bound(self, buffer_bytes: int, ttl_s: float) -> None:
            self._nd_buffer = buffer_bytes
            self._nd_ttl = ttl_s
            self._nd_unread: dict[tuple[str, str], int] = {}  # (session, file) -> bytes, oldest first
            self._nd_last_put: dict[str, float] = {}  # session -> when it last uploaded
            self._nd_dropped: dict[str, list[str]] = {}  # session -> names of files dropped unread
            with self._lock:
                for sid, files in self.file_storage.items():
                    for fid, rec in files.items():
                        self._nd_unread[(sid, fid)] = len(rec.data)
                    self._nd_last_put[sid] = time.monotonic()

        @property
        def unread_bytes(self) -> int:
            with self._lock:
                return sum(self._nd_unread.values())

        def add_file(self, session_id, file) -> None:
            super().add_file(session_id, file)
            with self._lock:
                self._nd_unread.pop((session_id, file.file_id), None)
                self._nd_unread[(session_id, file.file_id)] = len(file.data)
                self._nd_last_put[session_id] = time.monotonic()
                over = sum(self._nd_unread.values()) - self._nd_buffer
                victims = []
                new = (session_id, file.file_id)
                own = [k for k in self._nd_unread if k[0] == session_id and k != new]  # a flood evicts its own first
                for key in [*own, *(k for k in self._nd_unread if k[0] != session_id), new]:  # oldest first
                    if over <= 0:
                        break
                    victims.append(key)
                    over -= self._nd_unread[key]
            self._drop(victims)

        def get_files(self, session_id, file_ids: Sequence[str]):
            recs = super().get_files(session_id, file_ids)
            with self._lock:  # a widget asked for them: the script reads them (and releases them when done)
                for rec in recs:
                    self._nd_unread.pop((session_id, rec.file_id), None)
            return recs

        def remove_file(self, session_id: str, file_id: str) -> None:
            super().remove_file(session_id, file_id)
            with self._lock:
                self._nd_unread.pop((session_id, file_id), None)

        def remove_session_files(self, session_id: str) -> None:
            super().remove_session_files(session_id)
            with self._lock:
                for key in [k for k in self._nd_unread if k[0] == session_id]:
                    del self._nd_unread[key]
                self._nd_last_put.pop(session_id, None)
                self._nd_dropped.pop(session_id, None)

        def sweep(self, now: float | None = None) -> int:
            """Drop the unread files of sessions that have uploaded nothing for the expiry time; returns how many."""
            now = time.monotonic() if now is None else now
            with self._lock:
                idle = {s for s, t in self._nd_last_put.items() if now - t >= self._nd_ttl}
                victims = [k for k in self._nd_unread if k[0] in idle]
                for s in idle:
                    if not any(k[0] == s for k in self._nd_unread):
                        del self._nd_last_put[s]
            self._drop(victims)
            return len(victims)

        def take_dropped(self, session_id: str) -> list[str]:
            with self._lock:
                return self._nd_dropped.pop(session_id, [])

        def _drop(self, keys: Iterable[tuple[str, str]]) -> None:
            keys = list(keys)
            if not keys:
                return
            for sid, fid in keys:
                with self._lock:
                    rec = self.file_storage.get(sid, {}).get(fid)
                    if rec is not None:
                        self._nd_dropped.setdefault(sid, []).append(rec.name)
                        del self._nd_dropped[sid][:-20]  # a bounded list of names
                self.remove_file(sid, fid)
            _trim_heap()

else:  # pragma: no cover
    BoundedUploadedFileManager = None  # type: ignore[assignment,misc]


def _manager():
    """The running server's upload manager, or None (AppTest, bare mode)."""
    with contextlib.suppress(Exception):
        from streamlit import runtime

        if runtime.exists():
            return runtime.get_instance().uploaded_file_mgr
    return None


def _sweeper(mgr, period: float) -> None:
    while True:
        time.sleep(period)
        with contextlib.suppress(Exception):
            mgr.sweep()


def install() -> bool:
    """Bound the running server's upload manager (once per process); True when it is bounded."""
    mgr = _manager()
    if mgr is None or BoundedUploadedFileManager is None:
        return False
    if isinstance(mgr, BoundedUploadedFileManager):
        return True
    if type(mgr) is not MemoryUploadedFileManager:  # a manager we do not know: leave it alone
        return False
    with _INSTALL_LOCK:
        if isinstance(mgr, BoundedUploadedFileManager):
            return True
        max_file = int(st.get_option("server.maxUploadSize")) * MB
        buffer = max(int(_env_number("NEWSDASH_UPLOAD_BUFFER_MB", DEFAULT_BUFFER_MB) * MB), max_file)
        ttl = _env_number("NEWSDASH_UPLOAD_TTL", DEFAULT_TTL_S)
        mgr.__class__ = BoundedUploadedFileManager
        mgr._bound(buffer, ttl)
        period = min(max(ttl / 3, 0.5), 10.0)
        threading.Thread(target=_sweeper, args=(mgr, period), name="newsdash-upload-sweeper", daemon=True).start()
    return True


def _session_id() -> str | None:
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    return ctx.session_id if ctx else None


def release(files: Iterable) -> None:
    """Drop the bytes of uploaded files the script has read (they stay readable from the objects it holds)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    remove = getattr(getattr(ctx, "uploaded_file_mgr", None), "remove_file", None)
    if ctx is None or remove is None:
        return
    for f in files:
        if file_id := getattr(f, "file_id", None):
            remove(ctx.session_id, file_id)


def dropped() -> list[str]:
    """Names of this session's files the server dropped unread since the last call (the buffer was full or they
    were abandoned)."""
    mgr, sid = _manager(), _session_id()
    take = getattr(mgr, "take_dropped", None)
    return take(sid) if take and sid else []


def widget_key(name: str) -> str:
    """The current key of an uploader that is cleared after each read (``name``, then ``name_1``, ``name_2``…)."""
    n = st.session_state.get(f"_nd_{name}_gen", 0)
    return name if n == 0 else f"{name}_{n}"


def clear_widget(name: str) -> None:
    """Give the uploader a fresh key: the next run shows it empty (the browser forgets the files it listed)."""
    st.session_state[f"_nd_{name}_gen"] = st.session_state.get(f"_nd_{name}_gen", 0) + 1


def read_once(
    label: str, key: str, parse: Callable[[bytes], object], types: list[str], remove_label: str = "Remove this file"
) -> tuple[str, object, str]:
    """A one-file uploader whose file is parsed once and let go: the parsed value (small) stays in the session,
    the bytes are released and the uploader cleared. Returns ``(file name, value, error)`` of the file kept
    (``("", None, "")`` when none), with a button to remove it."""
    kept_key = f"_nd_{key}_kept"
    f = st.file_uploader(label, type=types, key=widget_key(key))
    if f is not None:
        try:
            st.session_state[kept_key] = (f.name, parse(f.getvalue()), "")
        except (ValueError, UnicodeDecodeError) as exc:
            st.session_state[kept_key] = (f.name, None, str(exc))
        release([f])
        clear_widget(key)
        st.rerun()
    kept = st.session_state.get(kept_key)
    if kept and st.button(remove_label, key=f"{key}_remove", icon=":material/close:"):
        del st.session_state[kept_key]
        st.rerun()
    return kept or ("", None, "")
