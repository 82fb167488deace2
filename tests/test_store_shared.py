"""The store file is shared: the dashboard, a command-line ``ingest`` and a second reading process use it at
once (DuckDB lets one process write or many read; the store opens it per operation, see store/connection.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from data_layer.service import open_store
from data_layer.store import connection

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard.py")
COMPANIES = {  # fictional companies, sentences written for this test
    "Brightwater Instruments": ("BWIN", 41.5, "Halvorsen Securities", 55),
    "Quillfeather Robotics": ("QFRB", 12.25, "Marrow & Tate", 18),
    "Tessellate Foods": ("TSLF", 87.0, "Northgate Research", 95),
}
_READER = """
import sys, time
from data_layer.service import load_view, open_store
store = open_store(sys.argv[1])
seen = set()
deadline = time.monotonic() + float(sys.argv[2])
while time.monotonic() < deadline:
    view = load_view(store)
    seen.add(len(view.articles))
    time.sleep(0.05)
store.close()
print(sorted(seen))
"""


def _article(company: str, i: int) -> str:
    ticker, close, firm, target = COMPANIES[company]
    return textwrap.dedent(f"""\
        {company} shares rise after update {i}
        March {3 + i}, 2026

        {company} (NASDAQ: {ticker}) shares closed at ${close + i:.2f} on Monday. {firm} raised its price target on
        {company} to ${target + i} from ${target - 5 + i}, keeping a buy rating.
        """)


def _write(folder: Path, companies: list[str], n: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for c in companies:
        for i in range(n):
            (folder / f"{c.split()[0].lower()}_{i}.txt").write_text(_article(c, i), encoding="utf-8")
    return folder


def _cli(*args: str) -> subprocess.Popen:
    env = {**os.environ, "NEWSDASH_BUSY_TIMEOUT": "60"}
    return subprocess.Popen([sys.executable, "-m", "data_layer", *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip


def _companies(at: AppTest) -> list[str]:
    box = next(b for b in at.selectbox if "All companies" in b.options)
    return [o for o in box.options if o != "All companies"]


# the holder takes the file as soon as this process's idle connection (closed ~0.3 s after its last use) lets it
_HOLD_RETRY = (
    "def hold(p):\n"
    "    for _ in range(200):\n"
    "        try:\n"
    "            return duckdb.connect(p)\n"
    "        except duckdb.IOException:\n"
    "            time.sleep(0.05)\n"
    "    raise SystemExit('could not take the file')\n"
)


def _wait(proc: subprocess.Popen, timeout: float = 240) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def test_holding_a_store_does_not_lock_the_file(tmp_path):
    path = str(tmp_path / "s.duckdb")
    with open_store(path) as store:
        assert store.n_articles() == 0
        rc, out, err = _wait(_cli("ingest", str(_write(tmp_path / "a", ["Tessellate Foods"])), "--store", path))
        assert rc == 0, err
        assert "2 added" in out
        assert store.n_articles() == 2  # the other process's articles are seen by the open store
        assert store.companies() == ["Tessellate Foods"]


def test_a_writer_waits_for_a_busy_store_then_succeeds(tmp_path, monkeypatch):
    path = str(tmp_path / "s.duckdb")
    open_store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time\n{_HOLD_RETRY}c = hold({path!r}); print('held', flush=True); "
         "time.sleep(1.5); c.close()"], stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert holder.stdout.readline().strip() == "held"
    t0 = time.monotonic()
    with open_store(path) as store:
        results = store.ingest_paths(_write(tmp_path / "a", ["Quillfeather Robotics"]))
    assert [r.status for r in results] == ["added", "added"]
    assert time.monotonic() - t0 >= 0.5  # it waited for the other process (which held the file for 1.5 s)
    assert holder.wait(30) == 0
    monkeypatch.setenv("NEWSDASH_BUSY_TIMEOUT", "0.3")
    store = open_store(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time\n{_HOLD_RETRY}c = hold({path!r}); print('held', flush=True); "
         "time.sleep(3); c.close()"], stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(connection.StoreBusy, match="busy"):
        store.n_articles()
    assert holder.wait(30) == 0
    assert store.n_articles() == 2  # free again
    store.close()


@pytest.fixture()
def app_store(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "shared.duckdb"
    monkeypatch.setenv("NEWSDASH_STORE", str(path))
    monkeypatch.setenv("NEWSDASH_SAMPLE", "0")
    st.cache_data.clear()
    st.cache_resource.clear()
    yield path
    st.cache_data.clear()
    st.cache_resource.clear()


def test_ingest_and_a_second_reader_while_the_app_holds_the_store(tmp_path, app_store):
    first, *others = sorted(COMPANIES)
    rc, _, err = _wait(_cli("ingest", str(_write(tmp_path / "first", [first])), "--store", str(app_store)))
    assert rc == 0, err

    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert _companies(at) == [first]  # the app process now holds its (cached) Store of the file

    # an ingest from the command line and a second reading process, at the same time, while the app keeps reading
    reader = subprocess.Popen([sys.executable, "-c", _READER, str(app_store), "6"], cwd=ROOT, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    ingest = _cli("ingest", str(_write(tmp_path / "more", others, n=3)), "--store", str(app_store))
    while ingest.poll() is None:
        at.run()
        assert not at.exception, [e.value for e in at.exception]
    rc, out, err = _wait(ingest)
    assert rc == 0, err
    assert "6 added, 0 duplicate, 0 rejected" in out
    rc, out, err = _wait(reader)
    assert rc == 0, err
    counts = eval(out.strip())
    assert counts and set(counts) <= {2, 8}

    # the app shows the new companies without a restart (its cached Store was never reopened)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert sorted(_companies(at)) == sorted(COMPANIES)
    rc, out, err = _wait(_cli("stats", "--store", str(app_store)))
    assert rc == 0, err
    with open_store(str(app_store)) as store:
        assert store.n_articles() == 8  # nothing lost
        assert sorted(store.companies()) == sorted(COMPANIES)
        assert store.table("prices")["company"].value_counts().to_dict() == {first: 2, **dict.fromkeys(others, 3)}
