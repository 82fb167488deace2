"""Analyst targets over time: the latest target per firm as of a date, and the consensus.

"Latest" is by the day the firm acted (the record's stated date), not the day an article repeated it: digests
list a firm's earlier notes with their own dates. The same action reported by several articles is one target with
several sources. When the previous target a firm states differs from the last one seen from it, both are kept and
the gap is marked (``previous_gap``) rather than guessed away.
"""

from __future__ import annotations

import statistics

import pandas as pd

from ._common import column, mode, n_articles_rows, rows_of
from .claims import TARGET_TOLERANCE, firm_key, with_effective_date

LATEST_TARGET_COLUMNS = [
    "firm", "company", "rating", "rating_class", "target", "currency", "previous_target", "action", "date",
    "published", "n_sources", "evidence", "article_id", "company_key", "firm_key", "date_precision", "date_basis",
    "last_seen_target", "last_seen_date", "previous_gap", "previous_rating",
]  # fmt: skip
CONSENSUS_BASIS = "latest action per firm"


def latest_targets(targets: pd.DataFrame, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
    """One row per (company, firm): its latest price target (and latest rating) reported up to ``as_of``.

    ``previous_target`` is the one the article states, else the firm's earlier different target.
    """
    rows = []
    if not targets.empty:
        df = with_effective_date(targets).assign(firm_key=targets["firm"].map(firm_key))
        if as_of is not None:
            df = df[df["effective"].isna() | (df["effective"] <= as_of)]
        # by action day; on one day a stated date before an article's day; then the later report
        df = df.assign(_fallback=~df["stated"]).sort_values(
            ["effective", "_fallback", "reported"], ascending=[True, False, True], na_position="first", kind="stable"
        )
        groups: dict[tuple, list[dict]] = {}
        for r in rows_of(df):
            groups.setdefault((r["company_key"], r["firm_key"]), []).append(r)
        rows = [_latest(ck, fk, groups[(ck, fk)]) for ck, fk in sorted(groups)]
    out = pd.DataFrame(rows, columns=LATEST_TARGET_COLUMNS)
    for col in ("target", "previous_target", "last_seen_target"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    out["n_sources"] = out["n_sources"].astype("Int64")
    out["previous_gap"] = out["previous_gap"].astype("boolean")
    for col in ("date", "published", "last_seen_date"):
        out[col] = pd.to_datetime(out[col])
    return out.sort_values(["company", "target"], ascending=[True, False], na_position="last").reset_index(drop=True)


def _same(a, b) -> bool:
    return abs(a - b) <= TARGET_TOLERANCE * max(abs(b), 1e-9)


def _latest(ck: str, fk: str, g: list[dict]) -> dict:
    """One firm's latest target from its reports (plain row dicts) in action order."""
    valued = [r for r in g if not pd.isna(r["target"])]
    last = valued[-1] if valued else g[-1]
    target = last["target"] if valued else None
    previous = last["previous_target"]
    seen, seen_date = None, pd.NaT  # the firm's last different target before this action
    if target is not None:
        upto = last["effective"]
        before = [r for r in valued if pd.isna(r["effective"]) or (not pd.isna(upto) and r["effective"] <= upto)][:-1]
        earlier = [(r["target"], r["effective"]) for r in before if not _same(r["target"], target)]
        if earlier:
            seen, seen_date = earlier[-1]
    if target is not None and pd.isna(previous) and seen is not None:
        previous = seen
    gap = bool(seen is not None and not pd.isna(previous) and not _same(previous, seen))
    same = [r for r in valued if _same(r["target"], target)] if target is not None else [g[-1]]
    rated = [r for r in g if not pd.isna(r["rating"]) or not pd.isna(r["rating_class"])]
    rating_row = rated[-1] if rated else last
    return {
        "firm": mode(column(g, "firm"), prefer_longest=True),
        "company": mode(column(g, "company")),
        "rating": rating_row["rating"],
        "rating_class": rating_row["rating_class"],
        "target": target,
        "currency": last["currency"],
        "previous_target": None if previous is None or pd.isna(previous) else previous,
        "action": last["action"] if not pd.isna(last["action"]) else None,
        "date": last["effective"],
        "published": last["published"],
        "n_sources": n_articles_rows(same),
        "evidence": last["evidence"],
        "article_id": last["article_id"],
        "company_key": ck,
        "firm_key": fk,
        "date_precision": _get(last, "date_precision") or ("day" if not pd.isna(last["effective"]) else None),
        "date_basis": "stated" if bool(last["stated"]) else ("published" if not pd.isna(last["effective"]) else None),
        "last_seen_target": seen if gap else None,
        "last_seen_date": seen_date if gap else pd.NaT,
        "previous_gap": gap,
        "previous_rating": _get(rating_row, "previous_rating"),
    }


def _get(row, col: str):
    v = row.get(col)
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else v


def consensus(latest: pd.DataFrame, price_claims: pd.DataFrame | None = None) -> dict:
    """Low, mean, median, high of the firms' latest targets, with the implied upside vs the latest close.

    Only targets in the most common currency count; the upside (from the median) needs a close in the same
    currency. Targets of several companies have no consensus: everything stays empty.
    """
    out = {"low": None, "mean": None, "median": None, "high": None, "n_firms": 0, "currency": None,
           "latest_close": None, "latest_close_date": None, "latest_close_sources": 0,
           "latest_close_conflict": False, "latest_close_basis": "", "implied_upside_pct": None,
           "basis": CONSENSUS_BASIS, "first_action": None, "last_action": None}  # fmt: skip
    valued = latest[latest["target"].notna()] if not latest.empty else latest
    key = "company_key" if "company_key" in valued else "company"
    if key in valued and valued[key].nunique() > 1:
        return out
    if len(valued):
        currency = mode(valued["currency"]) or "USD"
        rows = valued[valued["currency"].fillna(currency) == currency]
        same = rows["target"].astype(float).tolist()
        out.update(
            low=min(same), high=max(same), mean=round(statistics.fmean(same), 2),
            median=float(statistics.median(same)), n_firms=len(same), currency=currency,
        )  # fmt: skip
        days = pd.to_datetime(rows["date"]).dropna() if "date" in rows else pd.Series(dtype="datetime64[ns]")
        if len(days):
            out.update(first_action=days.min().date(), last_action=days.max().date())
    close = latest_close(price_claims)
    if close:
        out.update(
            latest_close=close["price"], latest_close_date=close["date"], latest_close_sources=close["n_sources"],
            latest_close_conflict=close["conflict"], latest_close_basis=close["basis"],
        )  # fmt: skip
        if out["median"] is not None and (out["currency"] or "USD") == close["currency"]:
            out["implied_upside_pct"] = round((out["median"] / close["price"] - 1) * 100, 1)
    return out


def latest_close(price_claims: pd.DataFrame | None) -> dict | None:
    """The latest closing-price claim (most sources, then most recently reported, when sources disagree)."""
    if price_claims is None or price_claims.empty:
        return None
    closes = price_claims[(price_claims["kind"] == "close") & price_claims["date"].notna()]
    if closes.empty:
        return None
    day = closes["date"].max()
    on_day = closes[closes["date"] == day].sort_values(
        ["n_sources", "last_reported"], ascending=[False, False], na_position="last"
    )
    best = on_day.iloc[0]
    n, total = int(best["n_sources"]), int(on_day["n_sources"].sum())
    return {
        "price": float(best["price"]),
        "date": pd.Timestamp(day).date(),
        "currency": best["currency"],
        "n_sources": int(best["n_sources"]),
        "conflict": bool(best["conflict"]),
        "values": on_day["price"].tolist(),
        "basis": close_basis(n, total, len(on_day), tied=int((on_day["n_sources"] == n).sum()) > 1),
    }


def close_basis(n: int, total: int, n_values: int, tied: bool = False) -> str:
    """Why a close is shown: ``3 sources``, or when sources disagree ``most cited, 24 of 290 sources``.

    >>> close_basis(3, 3, 1), close_basis(24, 290, 19), close_basis(1, 2, 2, tied=True)
    ('3 sources', 'most cited, 24 of 290 sources', 'latest reported of the most cited values, 1 of 2 sources')
    """
    if n_values <= 1:
        return f"{n} source{'' if n == 1 else 's'}"
    if tied:
        return f"latest reported of the most cited values, {n} of {total} sources"
    return f"most cited, {n} of {total} sources"
