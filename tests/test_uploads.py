"""Uploads are read once and let go (issue 15, finding 9), the result line names the company and counts the facts,
and "Download this view" gives every table of the view (issue 13).

The served-app memory test is ``tests/e2e/test_upload_memory.py``; these are the pieces: the bounded upload manager
(unit), the uploaders' release and key rotation (AppTest), and the view's zip.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFileRec
from streamlit.testing.v1 import AppTest

from data_layer import reports
from ui import uploads

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard.py")
MB = 1 << 20
HARBOR = (
    b"Harbor Marine Holdings trims staff\n"
    b"Harbor Marine Holdings said on Tuesday it will cut 300 jobs, or 4% of its workforce.\n"
    b"Harbor Marine Holdings shares closed at $41.20 on Monday.\n"
    b"Analysts at Jefferies raised their price target on Harbor Marine Holdings to $55 from $50.\n"
)


@pytest.fixture(autouse=True)
def _clean_caches():
    st.cache_data.clear()
    yield
    st.cache_data.clear()


@pytest.fixture()
def empty(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSDASH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("NEWSDASH_SAMPLE", "0")
    monkeypatch.delenv("NEWSDASH_STORE", raising=False)


def _mgr(buffer_mb: float = 10, ttl: float = 60):
    mgr = uploads.BoundedUploadedFileManager("/_stcore/upload_file")
    mgr._bound(int(buffer_mb * MB), ttl)
    return mgr


def _put(mgr, session: str, file_id: str, mb: float = 4) -> None:
    mgr.add_file(session, UploadedFileRec(file_id, f"{file_id}.txt", "text/plain", b"a" * int(mb * MB)))


def _held(mgr, session: str) -> set[str]:
    return set(mgr.file_storage.get(session, {}))


# --------------------------------------------------------------------------- the bounded manager


def test_unread_bytes_never_exceed_the_buffer():
    mgr = _mgr(buffer_mb=10)
    for i in range(40):
        _put(mgr, "s", f"f{i}")
        assert mgr.unread_bytes <= 10 * MB
    assert _held(mgr, "s") == {"f38", "f39"}, "the newest files are kept, the oldest dropped"
    assert mgr.take_dropped("s")[-1] == "f37.txt" and mgr.take_dropped("s") == [], "names reported once"


def test_a_flood_evicts_its_own_files_before_another_sessions():
    mgr = _mgr(buffer_mb=10)
    _put(mgr, "victim", "v0")
    for i in range(10):
        _put(mgr, "flood", f"x{i}")
    assert _held(mgr, "victim") == {"v0"}
    assert mgr.unread_bytes <= 10 * MB


def test_files_a_widget_read_are_not_unread_and_leave_when_released():
    mgr = _mgr(buffer_mb=10)
    _put(mgr, "s", "a")
    assert [r.file_id for r in mgr.get_files("s", ["a"])] == ["a"]
    assert mgr.unread_bytes == 0, "a widget asked for it: no longer counted against the buffer"
    for i in range(3):
        _put(mgr, "s", f"b{i}")
    assert "a" in _held(mgr, "s"), "a file being read is not evicted by later uploads"
    mgr.remove_file("s", "a")
    assert "a" not in _held(mgr, "s")


def test_abandoned_files_are_swept_after_the_session_stops_uploading():
    mgr = _mgr(buffer_mb=100, ttl=30)
    _put(mgr, "idle", "a")
    _put(mgr, "busy", "b")
    mgr._nd_last_put["idle"] -= 31
    assert mgr.sweep() == 1
    assert _held(mgr, "idle") == set() and _held(mgr, "busy") == {"b"}
    assert mgr.take_dropped("idle") == ["a.txt"]


def test_install_outside_a_server_does_nothing():
    assert uploads.install() is False


def test_release_drops_the_bytes_a_script_read():
    def script():
        import streamlit as st
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        from ui import uploads

        f = st.file_uploader("f", key="f")
        if f is not None:
            ctx = get_script_run_ctx()
            before = len(ctx.uploaded_file_mgr.get_files(ctx.session_id, [f.file_id]))
            uploads.release([f])
            after = len(ctx.uploaded_file_mgr.get_files(ctx.session_id, [f.file_id]))
            st.write(f"held {before} then {after}; read {len(f.getvalue())} bytes")

    at = AppTest.from_function(script).run()
    at.file_uploader(key="f").upload("x.txt", b"hello", "text/plain").run()
    assert at.markdown[0].value == "held 1 then 0; read 5 bytes"


# --------------------------------------------------------------------------- the uploaders


def test_sidebar_upload_is_read_once_and_the_new_company_is_listed(empty):
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert "Harbor" not in " ".join(map(str, at.selectbox(key="company").options))
    at.file_uploader(key="upload").upload("harbor.txt", HARBOR, "text/plain").run()
    assert not at.exception, [e.value for e in at.exception]
    assert [w.key for w in at.sidebar.get("file_uploader")] == ["upload_1"], "the uploader was cleared"
    options = [str(o) for o in at.selectbox(key="company").options]
    assert any("Harbor" in o for o in options), f"the new company is listed at once: {options}"
    line = next(c.value for c in at.sidebar.caption if "harbor.txt" in c.value)
    company = next(o for o in options if "Harbor" in o)
    assert f"added — {company}, 3 facts (1 price, 1 target, 1 layoff figure)" in line
    at.run()  # a later run does not ingest again
    assert sum("harbor.txt" in c.value for c in at.sidebar.caption) == 1


def test_market_csv_is_parsed_once_and_kept_without_its_bytes(empty):
    at = AppTest.from_file(APP, default_timeout=120)
    at.switch_page("app_pages/price.py").run()
    csv = b"Date,Open,High,Low,Close\n2026-01-29,1,1,1,240.5\n2026-01-30,1,1,1,239.9\n"
    at.file_uploader(key="market_csv").upload("closes.csv", csv, "text/csv").run()
    assert not at.exception, [e.value for e in at.exception]
    assert "market_csv_1" in [w.key for w in at.get("file_uploader")], "the uploader was cleared"
    assert any(c.value == "Market line: 2 closes from closes.csv." for c in at.caption)
    at.run()
    assert any(c.value == "Market line: 2 closes from closes.csv." for c in at.caption), "kept across runs"
    at.button(key="market_csv_remove").click().run()
    assert not any("Market line" in c.value for c in at.caption)


def test_bad_market_csv_says_why(empty):
    at = AppTest.from_file(APP, default_timeout=120)
    at.switch_page("app_pages/price.py").run()
    at.file_uploader(key="market_csv").upload("junk.csv", b"nothing,useful\n1,2\n", "text/csv").run()
    assert at.error and "Could not read junk.csv" in at.error[0].value


# --------------------------------------------------------------------------- the view's download


def test_view_zip_holds_every_table_with_values(seeded_store):
    from data_layer.service import load_view

    view = load_view(seeded_store)
    zf = zipfile.ZipFile(io.BytesIO(reports.view_zip(view)))
    names = set(zf.namelist())
    assert names == {"README.txt", *(f"{t}.csv" for t in reports.VIEW_TABLES)}
    for table in ("articles", "prices", "targets", "layoffs", "events", "conflicts", "layoff_tally"):
        df = pd.read_csv(zf.open(f"{table}.csv"))
        assert len(df) == len(getattr(view, table)), table
    prices = pd.read_csv(zf.open("prices.csv"))
    assert sorted(prices["price"].round(2)) == sorted(view.prices["price"].astype(float).round(2))
    cons = pd.read_csv(zf.open("target_consensus.csv"))
    assert cons.loc[0, "n_firms"] == view.target_consensus["n_firms"]
    assert cons.loc[0, "median"] == pytest.approx(view.target_consensus["median"])
    claims = pd.read_csv(zf.open("layoff_claims.csv"))
    assert claims["article_ids"].str.len().gt(0).all(), "each claim names its articles"
    readme = zf.read("README.txt").decode()
    assert f"prices.csv: {len(view.prices)} rows" in readme and view.tally_text in readme


def test_sidebar_download_is_the_zip_of_the_view(monkeypatch, faked):
    from streamlit.runtime.media_file_manager import MediaFileManager

    made: dict[str, object] = {}
    add_deferred = MediaFileManager.add_deferred

    def spy(self, data, mimetype, coordinates, file_name=None, **kw):
        made[file_name] = data
        return add_deferred(self, data, mimetype, coordinates, file_name=file_name, **kw)

    monkeypatch.setattr(MediaFileManager, "add_deferred", spy)
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    zips = [name for name in made if name and name.endswith(".zip")]
    assert zips, f"no zip download among {list(made)}"
    zf = zipfile.ZipFile(io.BytesIO(made[zips[0]]()))
    prices = pd.read_csv(zf.open("prices.csv"))
    assert sorted(prices["price"]) == [239.30, 241.00, 241.73]
    assert pd.read_csv(zf.open("latest_targets.csv"))["target"].tolist() == [300.0, 305.0, 295.0]
