"""Fast view paths (memo, materialised views, the latest-articles cap) give the same View as reconciling the
store's frames directly; a big store (built by ``benchmarks/_big_store.py``) gives sane default/company views."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path

import pandas as pd
import pytest

from data_layer import service

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "tests/data/seed_corpus", ROOT / "tests/data/dev_corpus"]
sys.path.insert(0, str(ROOT / "benchmarks"))

FILTERS = [
    {},
    {"company": "Amazon"},
    {"company": "amazon"},
    {"company": "Lumaris Health Technologies"},
    {"start": dt.date(2026, 1, 1)},
    {"end": dt.date(2025, 12, 31)},
    {"company": "Amazon", "start": dt.date(2026, 1, 30), "end": dt.date(2026, 1, 31)},
    {"event_types": ["investment", "closure"]},
    {"company": "Amazon", "event_types": ["investment"]},
]


def assert_same_view(a: service.View, b: service.View, check_dtype: bool = True) -> None:
    for f in dataclasses.fields(service.View):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, pd.DataFrame) and not check_dtype:
            x, y = (d.astype(object).where(d.notna(), None) for d in (x, y))
        if isinstance(x, pd.DataFrame):
            pd.testing.assert_frame_equal(x.reset_index(drop=True), y.reset_index(drop=True), check_dtype=check_dtype)
        else:
            assert repr(x) == repr(y), f.name


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = service.open_store(str(tmp_path_factory.mktemp("scale") / "store.duckdb"))
    s.ingest_paths(CORPORA)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _fresh_memo():
    service._MEMO.clear()
    yield
    service._MEMO.clear()


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()) or "default")
def test_fast_paths_equal_direct_reconcile(store, filters):
    company = filters.get("company")
    direct = service.build_view(store.frames(company), **filters)
    first = service.load_view(store, **filters)  # computed (and materialised when unfiltered)
    assert_same_view(first, direct)
    assert service.load_view(store, **filters) is first  # memo
    service._MEMO.clear()
    assert_same_view(service.load_view(store, **filters), direct)  # from the stored view, or recomputed
    assert not first.limited  # 18 articles: nothing is cut


def test_materialised_view_is_rebuilt_when_its_company_changes(store, tmp_path):
    before = service.load_view(store, company="Amazon")
    scope, fp = "company:amazon", f"{store.view_fingerprint('Amazon')}:{service.CODE_VERSION}"
    assert store.load_derived(scope, fp) is not None
    other = store.view_fingerprint("Halden Robotics")
    src = next((ROOT / "tests/data/seed_corpus").glob("*.txt"))
    (tmp_path / "extra.txt").write_bytes(src.read_bytes() + b"\nShares of Amazon closed at $250.10 on Friday.\n")
    store.ingest_paths(tmp_path)
    assert store.view_fingerprint("Amazon") != fp.rsplit(":", 1)[0]
    assert store.view_fingerprint("Halden Robotics") == other  # untouched companies keep their stored view
    after = service.load_view(store, company="Amazon")
    assert len(after.articles) == len(before.articles) + 1
    assert_same_view(after, service.build_view(store.frames("Amazon"), company="Amazon"))
    assert store.refresh_derived(["Amazon", "Halden Robotics"]) == 2  # Amazon's is fresh: Halden's and "all"
    assert store.refresh_derived(["Amazon", "Halden Robotics"]) == 0


def test_latest_articles_cap_equals_pandas_cap(store, monkeypatch):
    monkeypatch.setattr(service, "MAX_VIEW_ARTICLES", 7)
    for start, end in [(None, None), (dt.date(2025, 3, 5), None), (None, dt.date(2025, 3, 8))]:
        service._MEMO.clear()
        fast = service._compute_view(store, None, start, end)  # SQL picks the latest ids
        slow = service.build_view(store.frames(), start=start, end=end, limit=7)
        assert_same_view(fast, slow, check_dtype=False)  # an all-empty column of a few rows reads as object
        assert fast.limited["shown"] == len(fast.articles) <= 7 < fast.limited["total"]


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    from _big_store import build

    s = service.open_store(str(build(tmp_path_factory.mktemp("big") / "big.duckdb", 3000)))
    yield s
    s.close()


def test_big_store_default_and_company_views(big, monkeypatch):
    monkeypatch.setattr(service, "MAX_VIEW_ARTICLES", 80)
    names = big.companies()
    assert big.n_articles() == 3000 and len(names) > 200
    top = names[0]
    n_top = int((big.frames(top)["articles"]["company"] == top).sum())
    assert n_top > 80 and n_top == max(big.table("articles")["company"].value_counts())
    view = service.load_view(big, company=top)
    assert len(view.articles) == 80 and view.limited == {"shown": 80, "total": n_top}
    assert set(view.articles["company"]) == {top}
    assert len(view.price_claims) and len(view.event_status)
    assert set(view.price_claims["company"].dropna()) <= {top}
    assert view.articles["published"].min() >= big.frames(top)["articles"]["published"].nlargest(80).min()
    small = names[-1]
    v2 = service.load_view(big, company=small)
    assert len(v2.articles) == int((big.frames(small)["articles"]["company"] == small).sum()) and not v2.limited
    everything = service.load_view(big)
    assert everything.limited == {"shown": 80, "total": 3000}
