"""Shared fixtures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
_MAIN = sys.modules["__main__"]  # pytest's, as collected (before any AppTest run replaces it)


@pytest.fixture(scope="module")
def real_main():
    """AppTest leaves ``dashboard.py`` as ``__main__``: a worker process started by spawn or forkserver would run
    it. Tests that start worker processes put pytest's ``__main__`` back (for their whole module)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(sys.modules, "__main__", _MAIN)
        yield


@pytest.fixture()
def faked(monkeypatch, tmp_path) -> list[dict]:
    """The real store (empty) but a hand-made View, so page logic is tested without the extractors; returns the
    filters each view was loaded with."""
    from app_fixtures import fake_view

    from data_layer import service
    from ui import state

    calls: list[dict] = []

    def load_view(store, company=None, start=None, end=None, event_types=None, full=False):
        if not full:  # a download's full view is not a page's view
            calls.append({"company": company, "start": start, "end": end, "event_types": event_types})
        return fake_view(company or "All")

    monkeypatch.setenv("NEWSDASH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("NEWSDASH_SAMPLE", "0")
    monkeypatch.setattr(service, "load_view", load_view)
    monkeypatch.setattr(state, "companies", lambda: ["Acme", "Globex"])
    return calls


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return DATA / "seed_corpus"


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    return DATA / "dev_corpus"


# --------------------------------------------------------------------------- reconcile / store fixtures


class RecordFactory:
    """Small builders of validated records, so reconcile tests do not depend on the extractors."""

    def __init__(self) -> None:
        from data_layer.records import Records

        self.records = Records()

    def article(self, article_id: str, published: str | None, source: str = "Wire", company: str = "Acme"):
        import datetime as dt

        from data_layer.models import Article, Company

        a = Article(
            id=article_id,
            title=f"Title {article_id}",
            body=f"Body of {article_id}.",
            published=dt.datetime.fromisoformat(published) if published else None,
            source=source,
            companies=(Company(name=company, ticker=company[:4].upper()),),
            content_hash=article_id,
        )
        self.records.articles.append(a)
        return a

    @staticmethod
    def _prov(article_id: str, evidence: str = "evidence"):
        from data_layer.models import Provenance

        return Provenance(article_id=article_id, start=0, end=len(evidence), evidence=evidence,
                          sentence=evidence + ".", extractor="test")  # fmt: skip

    @staticmethod
    def _date(value: str | None, precision: str = "day"):
        import datetime as dt

        from data_layer.models import FuzzyDate

        return FuzzyDate(start=dt.date.fromisoformat(value), precision=precision) if value else None

    def _company(self, article_id: str) -> dict:
        a = next(a for a in self.records.articles if a.id == article_id)
        return {"company": a.company.name, "ticker": a.company.ticker}

    def price(self, article_id, value, date=None, kind="close", **kw):
        from data_layer.models import PricePoint

        rec = PricePoint(provenance=self._prov(article_id, f"${value}"), value=value, date=self._date(date),
                         kind=kind, **(self._company(article_id) | kw))  # fmt: skip
        self.records.add(rec)
        return rec

    def target(self, article_id, firm, target=None, date=None, **kw):
        from data_layer.models import AnalystRating

        rec = AnalystRating(provenance=self._prov(article_id, f"{firm} {target}"), firm=firm, target=target,
                            currency="USD" if target else None, date=self._date(date),
                            **(self._company(article_id) | kw))  # fmt: skip
        self.records.add(rec)
        return rec

    def layoff(self, article_id, low, high=None, kind="round", date=None, precision="day", **kw):
        from data_layer.models import LayoffFigure

        rec = LayoffFigure(provenance=self._prov(article_id, f"{low} jobs"), low=low, high=high, kind=kind,
                           date=self._date(date, precision), **(self._company(article_id) | kw))  # fmt: skip
        self.records.add(rec)
        return rec

    def event(self, article_id, type="funding_round", amount=None, status=None, counterparty=None, date=None, **kw):
        from data_layer.models import Event

        rec = Event(provenance=self._prov(article_id, f"{type} event"), type=type, amount_usd=amount, status=status,
                    counterparty=counterparty, date=self._date(date), **(self._company(article_id) | kw))  # fmt: skip
        self.records.add(rec)
        return rec

    def frames(self):
        return self.records.frames()


@pytest.fixture
def make() -> RecordFactory:
    return RecordFactory()


@pytest.fixture
def store():
    """A fresh in-memory store."""
    from data_layer.service import open_store

    s = open_store(":memory:")
    yield s
    s.close()


@pytest.fixture(scope="session")
def seeded_store(seed_dir):
    """An in-memory store ingested from tests/data/seed_corpus through the real pipeline (do not write to it)."""
    from data_layer.service import open_store

    s = open_store(":memory:")
    s.ingest_paths(seed_dir)
    yield s
    s.close()


@pytest.fixture(scope="module")
def web():
    """The local test web server (127.0.0.1 only): article pages, feeds and the bad cases."""
    from local_web import LocalWeb

    with LocalWeb() as w:
        yield w
