"""End to end in a real browser: ``streamlit run dashboard.py`` driven by Debian's headless Chromium.

Skips (with the reason) when /usr/bin/chromium is missing: ``apt-get install -y chromium`` provides it.
Screenshots go to ``artifacts/`` (gitignored); with ``NEWSDASH_UPDATE_DOCS=1`` the home and price pages are
also saved as ``docs/screenshot-home.png`` and ``docs/screenshot-price.png`` for the README.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from _served import served_app

from ui import nav

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "artifacts"
DOCS = ROOT / "docs"
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
CHARTS = {"price": 1, "targets": 2, "layoffs": 1, "events": 1}  # charts expected on the seed per page

if not CHROMIUM.exists():
    pytest.skip(
        "Debian chromium is not installed (/usr/bin/chromium): apt-get install -y chromium", allow_module_level=True
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    env = {**os.environ, "NEWSDASH_DATA_DIR": str(tmp_path_factory.mktemp("e2e_store"))}
    env.pop("NEWSDASH_STORE", None)
    env.pop("NEWSDASH_SAMPLE", None)
    with served_app(env, tmp_path_factory.mktemp("e2e_log") / "streamlit.log") as url:
        yield url


def _open(page, url: str) -> None:
    page.goto(url)
    _settle(page)


def _settle(page) -> None:
    page.wait_for_selector(IDLE, timeout=90_000)
    page.wait_for_timeout(800)  # let charts finish drawing
    page.wait_for_selector(IDLE, timeout=90_000)


def _shot(page, name: str, docs: bool = False) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if docs and os.environ.get("NEWSDASH_UPDATE_DOCS") == "1":
        DOCS.mkdir(exist_ok=True)
        shutil.copy(path, DOCS / f"screenshot-{name}.png")


@pytest.mark.parametrize("spec", nav.PAGES, ids=[p.url_path for p in nav.PAGES])
def test_page_renders_in_browser(server, page, spec):
    _open(page, f"{server}/" if spec.default else f"{server}/{spec.url_path}")
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.locator("h1").first.inner_text().strip()
    page.locator("[data-testid='stSidebar'] [data-testid='stFileUploader']").wait_for(timeout=30_000)  # shared sidebar
    want = CHARTS.get(spec.url_path, 0)
    charts = page.locator("[data-testid='stPlotlyChart']")
    if want:
        with contextlib.suppress(sync_api.TimeoutError):
            page.wait_for_selector("[data-testid='stPlotlyChart'] svg.main-svg", timeout=30_000)
    empty_state = page.locator("[data-testid='stAlertContentInfo']").filter(has_text="yet").count() > 0
    assert charts.count() >= want or empty_state, "charts drawn, or an empty state that says what to do"
    for i in range(charts.count()):
        assert charts.nth(i).locator("svg.main-svg, canvas").count() > 0, "the chart drew"
        assert charts.nth(i).locator(".scatterlayer .trace, .barlayer .trace").count() > 0, "the chart has data"
    _shot(page, spec.url_path, docs=spec.url_path in {"home", "price"})


@pytest.mark.parametrize("url_path", ["price", "targets", "layoffs"])
def test_dark_theme(server, browser, url_path):
    """Streamlit follows the system colour scheme; charts must stay readable on the dark background."""
    ctx = browser.new_context(viewport={"width": 1440, "height": 1500}, color_scheme="dark")
    page = ctx.new_page()
    try:
        _open(page, f"{server}/{url_path}")
        assert page.locator("[data-testid='stException']").count() == 0
        _shot(page, f"{url_path}-dark")
    finally:
        ctx.close()


def test_shared_link_reopens_view(server, page):
    _open(page, f"{server}/events?types=investment")
    assert page.locator("[data-testid='stException']").count() == 0
    chips = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").inner_text()
    assert "investment" in chips


def test_link_into_sources_preselects_article(server, page):
    _open(page, f"{server}/")
    page.get_by_text("Read with highlighted facts").first.click()
    page.wait_for_url("**/sources?*article=*", timeout=30_000)  # the switch is a rerun: wait for it, then settle
    _settle(page)
    page.locator("mark").first.wait_for(timeout=30_000)  # extracted spans are highlighted
    _shot(page, "sources-linked")


def test_click_on_price_point_shows_evidence(server, page):
    _open(page, f"{server}/price")
    page.wait_for_selector("[data-testid='stPlotlyChart'] .scatterlayer .points path")
    box = page.locator("[data-testid='stPlotlyChart'] .scatterlayer .points path").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.get_by_text("Open the article in Sources").wait_for(timeout=30_000)
    _settle(page)
    _shot(page, "price-clicked")
    page.get_by_text("Open the article in Sources").first.click()
    page.wait_for_url("**/sources?*article=*", timeout=30_000)
    _settle(page)


def test_upload_article(server, page, tmp_path):
    _open(page, f"{server}/sources")
    art = tmp_path / "zeta_robotics_cuts.txt"
    art.write_text(
        "Zeta Robotics to cut 450 jobs\n"
        "Zeta Robotics said on Tuesday it will cut about 450 jobs, or 5% of its workforce, as demand slows.\n"
    )
    page.locator("[data-testid='stSidebar'] input[type='file']").first.set_input_files(str(art))
    page.get_by_text("zeta_robotics_cuts.txt: added").wait_for(timeout=90_000)
    _settle(page)
    # the new article is about another company: widen the view to all companies, then find it
    page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").filter(has_text="Company").click()
    page.get_by_role("option", name="All companies").click()
    _settle(page)
    page.locator("[data-testid='stMain'] [data-testid='stSelectbox']").filter(has_text="Article").click()
    assert page.get_by_role("option", name="Zeta Robotics to cut 450 jobs").count() == 1
    page.get_by_role("option", name="Zeta Robotics to cut 450 jobs").click()
    _settle(page)
    assert page.locator("mark").filter(has_text="450").count() > 0, "the new article's layoff is highlighted"
    _shot(page, "upload")


def test_uploaded_script_is_shown_as_text_and_never_runs(server, page, tmp_path):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    _open(page, f"{server}/sources")
    art = tmp_path / "xss_probe.txt"
    art.write_text(
        "<script>alert('title')</script> Xyloqua Corp <img src=x onerror=\"alert('img')\">\n"
        "Xyloqua Corp <script>alert('body')</script> said it will cut 120 jobs."
        " <img src=x onerror=\"window.__pwned=1;alert('body-img')\"> <a href=\"javascript:alert('link')\">see</a>\n"
    )
    page.locator("[data-testid='stSidebar'] input[type='file']").first.set_input_files(str(art))
    page.get_by_text("xss_probe.txt: added").wait_for(timeout=90_000)
    _open(page, f"{server}/sources?company=All+companies&article=xss_probe")
    page.locator("mark").filter(has_text="120").first.wait_for(timeout=30_000)
    page.wait_for_timeout(1000)
    assert page.locator("[data-testid='stException']").count() == 0
    body = page.locator("[data-testid='stMain']").inner_text()
    assert "<script>alert('body')</script>" in body  # shown as text
    assert dialogs == [] and page.evaluate("window.__pwned") is None
    assert page.locator("[data-testid='stMain'] script, [data-testid='stMain'] img[src='x']").count() == 0
    _shot(page, "xss-probe")
