"""A small hand-made View (seed-like numbers) for dashboard tests that must not depend on extractors."""

from __future__ import annotations

import pandas as pd

from data_layer.service import View

TS = pd.Timestamp


def _src(*names: str) -> list[dict]:
    return [{"article_id": f"a{i}", "source": n, "title": f"Story {i}", "published": None} for i, n in enumerate(names)]


def fake_view(company: str = "Acme") -> View:
    arts = pd.DataFrame(
        {
            "article_id": ["a0", "a1", "a2"],
            "title": ["Acme <b>cuts</b> jobs", "Acme shares slip", "Acme in talks"],
            "published": [TS("2026-01-30 17:00"), TS("2026-01-31 05:00"), TS("2026-02-01 10:00")],
            "source": ["Wire", "Daily", "Herald"],
            "company": [company] * 3,
            "ticker": ["ACME"] * 3,
        }
    )
    prov = {"evidence": "x", "extractor": "test", "span_start": 0, "span_end": 5}
    prices = pd.DataFrame(
        {
            "article_id": ["a0", "a1", "a2"],
            "company": [company] * 3,
            "date": [TS("2026-01-30")] * 3,
            "price": [239.30, 241.00, 241.73],
            "currency": ["USD"] * 3,
            "kind": ["close", "close", "unspecified"],
            "sentence": ["Shares closed at $239.30.", "The stock ended at $241.00 <script>x</script>.", "At $241.73."],
            "source": ["Wire", "Daily", "Herald"],
            "title": ["t0", "t1", "t2"],
            "published": arts["published"],
            **prov,
        }
    )
    targets = pd.DataFrame(
        {
            "article_id": ["a0", "a0", "a1"],
            "firm": ["RBC Capital Markets", "JPMorgan", "Roth Capital"],
            "rating": ["Outperform", None, "Buy"],
            "rating_class": ["buy", None, "buy"],
            "target": [300.0, 305.0, 295.0],
            "previous_target": [None, None, 280.0],
            "date": [TS("2026-01-30")] * 3,
            "sentence": ["RBC kept $300."] * 3,
            "source": ["Wire", "Wire", "Daily"],
            **prov,
        }
    )
    latest = targets.assign(
        n_sources=[1, 1, 2], evidence=["$300", "$305", "$295"], action=["maintained", None, "raised"]
    )
    layoff_claims = pd.DataFrame(
        {
            "claim_id": ["l1", "l2"],
            "company": [company] * 2,
            "kind": ["round", "cumulative"],
            "low": [16000, 30000],
            "high": [16000, 30000],
            "approximate": [False, True],
            "date": [TS("2026-01-28"), None],
            "first_reported": [TS("2026-01-28"), TS("2026-01-30")],
            "n_sources": [4, 2],
            "sources": [_src("Wire", "Daily", "Herald", "Post"), _src("Wire", "Daily")],
        }
    )
    events = pd.DataFrame(
        {
            "article_id": ["a2", "a0"],
            "type": ["investment", "closure"],
            "date": ["2026-01-29", "2026-01"],
            "date_start": [TS("2026-01-29"), TS("2026-01-01")],
            "amount_usd": [50e9, None],
            "counterparty": ["OpenAI", "Fresh stores"],
            "status": ["talks", "announced"],
            "summary": ["Acme in talks to invest $50bn", "Closing stores"],
            "sentence": ["Acme is in talks to invest up to $50 billion.", "Stores close."],
            "source": ["Herald", "Wire"],
            **prov,
        }
    )
    event_claims = events.drop(columns=["article_id"]).assign(
        n_sources=[3, 1], sources=[_src("Herald", "Wire", "Daily"), _src("Wire")], first_reported=arts["published"][:2]
    )
    conflicts = pd.DataFrame(
        {
            "kind": ["price"],
            "nature": ["value"],
            "subject": ["close"],
            "date": ["2026-01-30"],
            "values": [["239.30", "241.00"]],
            "sources": [_src("Wire", "Daily")],
            "n_values": [2],
        }
    )
    return View(
        articles=arts,
        prices=prices,
        targets=targets,
        events=events,
        price_claims=prices.drop(columns=["article_id"]).assign(n_sources=1, sources=[_src("Wire")] * 3),
        target_claims=latest,
        layoff_claims=layoff_claims,
        event_claims=event_claims,
        conflicts=conflicts,
        target_consensus={
            "low": 295.0,
            "mean": 300.0,
            "median": 300.0,
            "high": 305.0,
            "n_firms": 3,
            "latest_close": 241.0,
            "latest_close_date": "2026-01-30",
            "implied_upside_pct": 24.5,
        },
        latest_targets=latest,
        layoff_tally=layoff_claims.assign(label=["round", "total"], text=["16,000 jobs", "30,000 in total"]),
        tally_text="16,000 in this round brings the total to about 30,000.",
        event_status=pd.DataFrame(
            {
                "type": ["investment"],
                "counterparty": ["OpenAI"],
                "status": ["announced"],
                "history": [[{"status": "talks", "date": "2026-01-29"}, {"status": "announced", "date": "2026-02-02"}]],
            }
        ),
    )
