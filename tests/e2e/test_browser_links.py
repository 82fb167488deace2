"""The sidebar's "Add by link" box in a real browser: two article links and a feed from the local test server
(tests/local_web.py, 127.0.0.1 only), with a screenshot of the sidebar in ``artifacts/links-sidebar.png``."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from local_web import LocalWeb

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "artifacts"
CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]  # fmt: skip
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"

if not CHROMIUM.exists():
    pytest.skip("Debian chromium is not installed (/usr/bin/chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def web():
    with LocalWeb() as w:
        yield w


@pytest.fixture(scope="module")
def server(tmp_path_factory, web) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "NEWSDASH_DATA_DIR": str(tmp_path_factory.mktemp("e2e_links")), "NEWSDASH_SAMPLE": "0",
           "NEWSDASH_FETCH_ALLOW": "127.0.0.1", "NEWSDASH_FETCH_TIMEOUT": "2"}  # fmt: skip
    env.pop("NEWSDASH_STORE", None)
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port), "--server.address",
           "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none"]  # fmt: skip
    log = (tmp_path_factory.mktemp("e2e_links_log") / "streamlit.log").open("w")
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start (exit {proc.poll()}); see {log.name}")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _settle(page) -> None:
    page.wait_for_selector(IDLE, timeout=90_000)
    page.wait_for_timeout(800)
    page.wait_for_selector(IDLE, timeout=90_000)


def test_add_two_links_and_a_feed_in_the_browser(server, web):
    links = [web.url("/markets/apple-target-raised"), web.url("/markets/nvidia-new-entry"), web.url("/rss.xml")]
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROME_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1800})
            page.set_default_timeout(60_000)
            page.goto(server)
            _settle(page)
            box = page.locator("[data-testid='stSidebar'] textarea").first
            box.fill("\n".join(links))
            page.get_by_role("button", name="Add links").click()
            page.get_by_text("Feeds", exact=False).last.wait_for(timeout=90_000)
            _settle(page)
            sidebar = page.locator("[data-testid='stSidebar']")
            text = sidebar.inner_text()
            assert text.count(": added") == 3, text  # two pages + the feed's other entry
            assert ": duplicate" in text and "Harbour Street Ledger: Markets" in text
            ARTIFACTS.mkdir(exist_ok=True)
            sidebar.screenshot(path=str(ARTIFACTS / "links-sidebar.png"))
        finally:
            browser.close()
