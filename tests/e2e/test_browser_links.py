"""The sidebar's "Add by link" box in a real browser: two article links and a feed from the local test server
(tests/local_web.py, 127.0.0.1 only), with a screenshot of the sidebar in ``artifacts/links-sidebar.png``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from _served import served_app

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
def server(tmp_path_factory, web) -> Iterator[str]:
    env = {**os.environ, "NEWSDASH_DATA_DIR": str(tmp_path_factory.mktemp("e2e_links")), "NEWSDASH_SAMPLE": "0",
           "NEWSDASH_FETCH_ALLOW": "127.0.0.1", "NEWSDASH_FETCH_TIMEOUT": "2"}  # fmt: skip
    env.pop("NEWSDASH_STORE", None)
    with served_app(env, tmp_path_factory.mktemp("e2e_links_log") / "streamlit.log") as url:
        yield url


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
