"""Uploads in a served dashboard, driven by Debian's headless Chromium.

- Memory (issue 15, finding 9): a browser session PUTs 40 files of 4 MB to Streamlit's upload endpoint without any
  widget ever asking for them (what a script or a stranger can do) and the server's resident memory is measured:
  without a bound it grows by the full 160 MB and stays so until the session ends; with the bounded upload manager
  (``ui/uploads.py``) the unread bytes never exceed the buffer and are dropped once the session stops uploading.
- An uploaded article's company is in the company selector at once (no reload, no extra click) and the result line
  names it and counts its facts (issue 13).
- The first load fetches nothing from another host (the tab icon used to come from a font host; issue 13).
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psutil
import pytest
from _served import served_app

pytestmark = pytest.mark.e2e

CHROMIUM = Path("/usr/bin/chromium")
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
MB = 1 << 20
N_FILES, FILE_MB = 40, 4
BUFFER_MB, TTL_S = 16, 3
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}

if not CHROMIUM.exists():
    pytest.skip(
        "Debian chromium is not installed (/usr/bin/chromium): apt-get install -y chromium", allow_module_level=True
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

# PUT n files of `size` bytes to the session's upload endpoint, as the uploader widget would, but never tell the
# script about them (no widget value refers to them)
_UPLOAD_JS = """async ([sid, n, size]) => {
  const xsrf = (document.cookie.match(/_streamlit_xsrf=([^;]+)/) || [])[1] || "";
  const blob = new Blob([new Uint8Array(size).fill(97)], {type: "text/plain"});
  const codes = [];
  for (let i = 0; i < n; i++) {
    const form = new FormData();
    form.append("file", blob, `unused_${i}.txt`);
    const r = await fetch(`/_stcore/upload_file/${sid}/${crypto.randomUUID()}`,
                          {method: "PUT", body: form, headers: {"X-Xsrftoken": decodeURIComponent(xsrf)}});
    codes.push(r.status);
  }
  return codes;
}"""


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """An empty store, a small upload buffer and a short expiry (so the memory test stays short)."""
    env = {**os.environ, "NEWSDASH_DATA_DIR": str(tmp_path_factory.mktemp("store")), "NEWSDASH_SAMPLE": "0",
           "NEWSDASH_UPLOAD_BUFFER_MB": str(BUFFER_MB), "NEWSDASH_UPLOAD_TTL": str(TTL_S)}  # fmt: skip
    env.pop("NEWSDASH_STORE", None)
    with served_app(env, tmp_path_factory.mktemp("log") / "streamlit.log") as url:
        yield url


def _settle(page) -> None:
    page.wait_for_selector(IDLE)
    page.wait_for_timeout(500)
    page.wait_for_selector(IDLE)


def _rss_mb(proc: psutil.Process) -> float:
    return proc.memory_info().rss / MB


def _server(url: str) -> psutil.Process:
    port = url.rsplit(":", 1)[1]
    return next(p for p in psutil.Process().children(recursive=True) if port in " ".join(p.cmdline()))


def _session_id(frames: list[bytes]) -> str:
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    for raw in frames:
        msg = ForwardMsg.FromString(raw)
        if msg.HasField("new_session") and msg.new_session.initialize.session_id:
            return msg.new_session.initialize.session_id
    raise AssertionError("no session id in the first messages")


def test_unused_uploads_do_not_pile_up_in_memory(server, page):
    proc = _server(server)
    frames: list[bytes] = []
    keep = frames.append
    page.on("websocket", lambda ws: ws.on("framereceived", lambda f: keep(f) if isinstance(f, bytes) else None))
    page.goto(server)
    page.wait_for_selector(IDLE)
    page.wait_for_selector("[data-testid='stSidebar'] [data-testid='stFileUploader']")
    sid = _session_id(frames)
    # one round first, so the upload path's own one-off allocations are in the baseline
    assert page.evaluate(_UPLOAD_JS, [sid, 2, FILE_MB * MB]) == [204, 204]
    time.sleep(TTL_S + 3)
    base = _rss_mb(proc)
    codes = page.evaluate(_UPLOAD_JS, [sid, N_FILES, FILE_MB * MB])
    assert codes == [204] * N_FILES, "every upload was accepted (the bound drops bytes, not requests)"
    peak = _rss_mb(proc) - base
    deadline = time.monotonic() + TTL_S + 20
    while (after := _rss_mb(proc) - base) > BUFFER_MB and time.monotonic() < deadline:
        time.sleep(1)
    print(f"server RSS: +{peak:.0f} MB right after {N_FILES} x {FILE_MB} MB unused uploads, +{after:.0f} MB later")
    assert peak < N_FILES * FILE_MB / 2, f"unread uploads held at once: +{peak:.0f} MB"
    assert after <= BUFFER_MB, f"unread uploads still held {TTL_S + 20} s after the last one: +{after:.0f} MB"


def test_uploaded_company_is_listed_at_once_with_its_facts(server, page, tmp_path):
    page.goto(server)
    _settle(page)
    first = tmp_path / "harbor.txt"
    first.write_text(
        "Harbor Marine Holdings trims staff\n"
        "Harbor Marine Holdings said on Tuesday it will cut 300 jobs, or 4% of its workforce.\n"
        "Harbor Marine Holdings shares closed at $41.20 on Monday.\n"
        "Analysts at Jefferies raised their price target on Harbor Marine Holdings to $55 from $50.\n"
    )
    second = tmp_path / "orvane.txt"
    second.write_text(
        "Orvane Systems cuts 120 jobs\nOrvane Systems Inc. said on Monday it will cut 120 jobs. "
        "Orvane Systems shares closed at $12.10 on Friday.\n"
    )
    page.locator("[data-testid='stSidebar'] input[type='file']").first.set_input_files([str(first), str(second)])
    line = page.locator("[data-testid='stSidebar'] [data-testid='stCaptionContainer']").filter(has_text="harbor.txt")
    line.wait_for(timeout=90_000)
    _settle(page)
    text = line.inner_text()
    assert re.search(r"harbor\.txt: added — Harbor[^,]*, 3 facts \(1 price, 1 target, 1 layoff figure\)", text), text
    other = page.locator("[data-testid='stSidebar'] [data-testid='stCaptionContainer']").filter(has_text="orvane.txt")
    assert "added — Orvane Systems, 2 facts" in other.inner_text(), "both files of one batch were read"
    # no reload, no other click: the company selector already lists the new companies
    page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").filter(has_text="Company").click()
    options = page.get_by_role("option").all_inner_texts()
    assert any(o.startswith("Harbor") for o in options) and any(o.startswith("Orvane") for o in options), options
    uploader = page.locator("[data-testid='stSidebar'] [data-testid='stFileUploader']")
    assert "harbor.txt" not in uploader.inner_text(), "the uploader was cleared after reading"


def test_first_load_fetches_nothing_from_another_host(server, page):
    hosts: set[str] = set()
    page.on("request", lambda r: hosts.add(urlsplit(r.url).hostname or urlsplit(r.url).scheme))
    page.goto(server)
    _settle(page)
    page.wait_for_timeout(1500)  # late requests (icons, fonts)
    icon = page.locator("link[rel='shortcut icon']").get_attribute("href") or ""
    assert not icon.startswith("http") or urlsplit(icon).hostname in LOCAL_HOSTS, icon
    assert hosts <= LOCAL_HOSTS | {"data", "blob"}, f"requests to other hosts: {sorted(hosts - LOCAL_HOSTS)}"
