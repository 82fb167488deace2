"""Views read from the store's reconciled tables (issue 17) give what reconciling the store's frames directly
gives, for the whole history; a big store (built by ``benchmarks/_big_store.py``) gives every article of a
company."""

from __future__ import annotations

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


TABLES = ["price_claims", "target_claims", "layoff_claims", "event_claims", "event_status", "conflicts",
          "latest_targets", "layoff_tally"]  # fmt: skip


def _rows(df: pd.DataFrame, cols: list[str]) -> list[tuple]:
    def cell(v):
        if v is None or (not isinstance(v, list | dict | str) and pd.isna(v)):
            return None
        if isinstance(v, float) and v.is_integer():
            return int(v)
        return v.item() if hasattr(v, "item") else v

    return sorted(tuple(repr(cell(v)) for v in r) for r in df[cols].itertuples(index=False))


def assert_same_view(a: service.View, b: service.View) -> None:
    """The reconciled tables hold the same rows (in any partition order), the same consensus and tally text."""
    for name in TABLES:
        x, y = getattr(a, name), getattr(b, name)
        cols = [c for c in y.columns if c in x.columns]
        assert len(x) == len(y) and _rows(x, cols) == _rows(y, cols), name
    assert a.target_consensus == b.target_consensus
    assert a.tally_text == b.tally_text
    assert a.kpis["n_articles"] == b.kpis["n_articles"] == len(a.articles)


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
def test_stored_view_equals_direct_reconcile(store, filters):
    """Without a date window the stored tables give what reconciling the records gives; with one, the articles
    counted are the same (claims are those reported in the window, with their sources over the whole history)."""
    company = filters.get("company")
    direct = service.build_view(store.frames(company), **filters)
    first = service.load_view(store, **filters)
    assert service.load_view(store, **filters) is first  # memo
    if not (filters.keys() & {"start", "end", "event_types"}):
        assert_same_view(first, direct)
    assert first.kpis["n_articles"] == direct.kpis["n_articles"] == len(first.articles)
    assert not first.limited  # 18 articles: nothing is cut


def test_a_new_article_updates_only_its_company(store, tmp_path):
    before = service.load_view(store, company="Amazon")
    other = service.load_view(store, company="Halden Robotics")
    src = next((ROOT / "tests/data/seed_corpus").glob("*.txt"))
    (tmp_path / "extra.txt").write_bytes(src.read_bytes() + b"\nShares of Amazon closed at $250.10 on Friday.\n")
    store.ingest_paths(tmp_path)
    after = service.load_view(store, company="Amazon")
    assert len(after.articles) == len(before.articles) + 1
    assert_same_view(after, service.build_view(store.frames("Amazon"), company="Amazon"))
    assert_same_view(service.load_view(store, company="Halden Robotics"), other)


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    from _big_store import build

    s = service.open_store(str(build(tmp_path_factory.mktemp("big") / "big.duckdb", 600)))
    yield s
    s.close()


def test_big_store_views_cover_the_whole_history(big, monkeypatch):
    monkeypatch.setattr(service, "LIST_ARTICLES", 80)
    names = big.companies()
    assert big.n_articles() == 600 and len(names) > 100
    top = names[0]
    n_top = int((big.frames(top)["articles"]["company"] == top).sum())
    assert n_top == max(big.table("articles")["company"].value_counts())
    view = service.load_view(big, company=top)
    assert len(view.articles) == view.kpis["n_articles"] == n_top and not view.limited
    assert set(view.articles["company"]) == {top}
    assert len(view.price_claims) and len(view.event_status)
    assert set(view.price_claims["company"].dropna()) <= {top}
    assert_same_view(view, service.build_view(big.frames(top), company=top))
    everything = service.load_view(big)
    assert everything.limited["shown"] == 80 and everything.limited["total"] == everything.kpis["n_articles"] == 600


def test_a_company_view_lists_the_latest_rows_and_counts_them_all(big, monkeypatch):
    """A company's lists hold its latest articles and claims; the counts, first and last publication dates and the
    latest close come from every match, and a full view (the download) holds every row."""
    from data_layer.reconcile import latest_close

    top = big.companies()[0]
    full = service.load_view(big, company=top, full=True)
    monkeypatch.setattr(service, "LIST_ARTICLES", 25)
    monkeypatch.setattr(service, "LIST_ROWS", 20)
    cut = service.load_view(big, company=top)
    assert len(cut.articles) == 25 < cut.total("articles") == len(full.articles) == cut.kpis["n_articles"]
    published = full.articles["published"].dropna()
    assert (cut.kpis["first_published"], cut.kpis["last_published"]) == (published.min(), published.max())
    assert set(cut.articles["article_id"]) == set(
        full.articles.sort_values(["published", "article_id"], ascending=[False, True]).head(25)["article_id"]
    )  # the latest 25
    assert len(cut.price_claims) == 20 < cut.total("price_claims") == len(full.price_claims)
    assert cut.limited["tables"]["price_claims"] == {"shown": 20, "total": len(full.price_claims)}
    newest = full.price_claims["last_reported"].sort_values(ascending=False)
    assert cut.price_claims["last_reported"].min() >= newest.iloc[19]  # the latest reported
    assert cut.kpis["n_conflicts"] == len(full.conflicts) and cut.kpis["n_events"] == len(full.event_status)
    best = latest_close(full.price_claims)  # the tile's close: every claim's, not the listed ones'
    close = cut.kpis["latest_close"]
    assert (close["value"], close["date"], close["currency"]) == (best["price"], best["date"], best["currency"])
    assert close["values"] == sorted(set(best["values"]))
    assert cut.records_scope == "charts" and full.records_scope == "all"
    assert len(full.prices) == service.record_count(big, "prices", top) > 0  # every record, not chart points
    assert_same_view(full, service.build_view(big.frames(top), company=top))


def test_light_conflicts_name_the_same_outlets(big, monkeypatch):
    """Many conflicts are read with their outlets only (not every source's sentence): the same outlets."""
    from data_layer.store import aggregates
    from ui.format import sources_text

    full = service.load_view(big, full=True)
    assert len(full.conflicts) > 3
    monkeypatch.setattr(aggregates, "LIGHT_CONFLICTS", 2)
    light = service.load_view(big)
    assert len(light.conflicts) == len(full.conflicts)
    assert all(set(s[0]) == {"source"} for s in light.conflicts["sources"] if s)  # names only
    assert list(light.conflicts["sources"].map(sources_text)) == list(full.conflicts["sources"].map(sources_text))


def test_stored_first_source_and_outlets_are_the_sources(big):
    """The tables whose light rows list outlets and a first source store them with each row: the same values as
    the row's list of sources gives."""
    import json

    from data_layer.reconcile import tables as rt

    n = 0
    for name in ("price_claims", "target_claims", "layoff_claims", "event_claims", "conflicts", "layoff_tally"):
        cols = rt.TABLES[name]
        assert "outlets" in cols and ("first_source" in cols) == (name in ("event_claims", "layoff_tally"))
        with big._read() as cur:
            rows = cur.execute(f"SELECT * FROM agg_{name}").df()
        assert len(rows), name
        for r in rows.to_dict("records"):
            srcs = rt.decode(r["sources"])
            names = [s.get("source") or s.get("title") or s.get("article_id") for s in srcs]
            assert json.loads(r["outlets"]) == list(dict.fromkeys(x for x in names if x)), name
            if "first_source" in cols:
                assert (rt.decode(r["first_source"]) if srcs else r["first_source"]) == (srcs[0] if srcs else None)
            n += len(srcs) > 1
    assert n  # rows with several sources were checked


def test_light_rows_show_the_same_first_source_and_outlets(big, monkeypatch):
    """Rows read light (outlets by name, the first source from its stored column) give the pages the same
    sentences, first articles and outlets as rows read with every source."""
    from data_layer.store import aggregates
    from ui import summary
    from ui.format import sources_text

    full = service.load_view(big, full=True)
    monkeypatch.setattr(aggregates, "LIGHT_SOURCES", 0)  # every table light
    light = service.load_view(big)
    assert len(light.layoff_tally) == len(full.layoff_tally) > 3
    assert all(not s or set(s[-1]) == {"source"} for s in light.layoff_tally["sources"])  # read light

    def tally(v):
        rows = summary.layoff_rows(v)
        cols = [rows[c].map(str) for c in ("claim_id", "row", "label", "sentence", "outlets")]
        return sorted(zip(*cols, strict=True))

    assert tally(light) == tally(full)

    def events(v, ids=None):
        e = v.event_claims
        return sorted((c, s[0]["article_id"], s[0].get("sentence"), sources_text(s))
                      for c, s in zip(e["claim_id"], e["sources"], strict=True) if ids is None or c in ids)  # fmt: skip

    shown = set(light.event_claims["claim_id"])  # the latest 1,000 of more
    assert len(shown) == len(light.event_claims) > 3 and events(light) == events(full, shown)


def test_all_companies_lists_every_record_of_its_latest_articles(big, monkeypatch):
    """All companies lists its latest articles with every record of theirs (read in the view's pool, by the listed
    articles' ids): the same records the full view holds for those articles."""
    full = service.load_view(big, full=True)
    monkeypatch.setattr(service, "LIST_ARTICLES", 40)
    cut = service.load_view(big)
    assert len(cut.articles) == 40 and cut.limited["total"] == len(full.articles)
    ids = set(cut.articles["article_id"])
    for table in ("prices", "targets", "layoffs", "events"):
        got, want = getattr(cut, table), getattr(full, table)
        want = want[want["article_id"].isin(ids)]
        assert len(got) == len(want) > 0 or table == "layoffs", table
        cols = [c for c in want.columns if c in got.columns]
        assert list(got.columns) == list(want.columns), table
        assert _rows(got, cols) == _rows(want, cols), table
