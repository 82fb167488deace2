"""Events over time: one event per (company, type, counterparty) reported within a few weeks, with its status
history (talks -> announced) and any amount that changed between earlier and later reports."""

from __future__ import annotations

import pandas as pd

from ._common import big_money, cluster_sorted, first_last, mode, name_key, plural, precision_rank, sources, span
from ._common import stable_id as _id
from .claims import _frame, _value_sources

EVENT_GAP = pd.Timedelta(days=60)  # reports further apart than this are about different events
AMOUNT_TOLERANCE = 0.01  # relative: "$110 billion" and "$110.3 billion" are one amount
COMPARABLE = 2.0  # amounts within this factor may be the same figure revised; further apart are different figures
_REPORTED = ("first_reported", "last_reported")  # event dates stay text at their precision ("2026-02")
_STATUS_ORDER = {"rumored": 0, "talks": 1, "announced": 2, "completed": 3}

EVENT_CLAIM_COLUMNS = [
    "claim_id", "event_id", "company", "ticker", "type", "counterparty", "date", "date_precision",
    "amount_usd", "amount_text", "status", "summary", "n_sources", "sources", "first_reported", "last_reported",
    "conflict", "company_key",
]  # fmt: skip
EVENT_STATUS_COLUMNS = [
    "event_id", "company", "type", "counterparty", "status", "date", "date_precision", "first_reported",
    "last_reported", "n_sources", "history", "history_text", "amounts", "amount_changed", "summary", "company_key",
]  # fmt: skip


def split_events(events: pd.DataFrame) -> pd.DataFrame:
    """Add ``event_id``: records of one company, type and counterparty whose reports chain within 60 days."""
    if events.empty:
        return events.assign(event_id=pd.Series(dtype=object))
    df = events.assign(
        _type=events["type"].astype(object).fillna("other"),
        _cp=events["counterparty"].map(name_key),
        _when=events["reported"].where(events["reported"].notna(), pd.to_datetime(events["date_start"])),
    )
    ids = pd.Series(index=df.index, dtype=object)
    for (ck, typ, cp), g in df.groupby(["company_key", "_type", "_cp"], sort=True):
        g = g.sort_values("_when", na_position="last", kind="stable")
        n, last = 0, None
        for idx, when in zip(g.index, g["_when"], strict=True):
            if last is not None and not pd.isna(when) and not pd.isna(last) and when - last > EVENT_GAP:
                n += 1
            ids[idx] = _id("event", ck, typ, cp, n)
            last = when if not pd.isna(when) else last
    return df.assign(event_id=ids).drop(columns=["_when"])


def _amount_clusters(g: pd.DataFrame, column: str = "amount_usd") -> pd.Series:
    """Cluster label per row (-1: no value in ``column``)."""
    labels = pd.Series(-1, index=g.index)
    if column not in g:
        return labels
    has = g[column].notna()
    if has.any():
        labels[has] = cluster_sorted(g.loc[has, column].astype(float).tolist(), rel=AMOUNT_TOLERANCE)
    return labels


def event_claims(events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, list[dict]]:
    """``(claims, status, conflicts)`` from annotated event records."""
    claims, status_rows, conflicts = [], [], []
    if events.empty:
        return (
            _frame(claims, EVENT_CLAIM_COLUMNS, _REPORTED),
            _frame(status_rows, EVENT_STATUS_COLUMNS, _REPORTED),
            conflicts,
        )
    df = split_events(events)
    for eid, g in df.groupby("event_id", sort=False):
        g = g.assign(_amount=_amount_clusters(g), _status=g["status"].astype(object).fillna(""))
        event_claims_ = []
        for (_, st), c in g.groupby(["_amount", "_status"], sort=True):
            event_claims_.append(_claim(eid, c, st))
        amount_conflicts = _amount_changes(g) + _amount_changes(
            g.assign(_amount=_amount_clusters(g, "valuation_usd")), "valuation_usd", "valuation"
        )
        conflicting_ids = {x for conf in amount_conflicts for x in conf.pop("_article_ids")}
        for c in event_claims_:
            c["conflict"] = bool(set(c["_rows"]["article_id"]) & conflicting_ids) and c["amount_usd"] is not None
        conflicts += amount_conflicts
        claims += event_claims_
        status_rows.append(_status_row(eid, g, bool(amount_conflicts)))
    return (
        _frame(claims, EVENT_CLAIM_COLUMNS, _REPORTED),
        _frame(status_rows, EVENT_STATUS_COLUMNS, _REPORTED),
        conflicts,
    )


def _best_date(c: pd.DataFrame) -> tuple[str | None, str | None]:
    dated = c[c["date"].notna()]
    if dated.empty:
        return None, None
    best = dated.assign(_r=dated["date_precision"].map(precision_rank)).sort_values("_r", kind="stable").iloc[0]
    return best["date"], best["date_precision"]


def _claim(eid: str, c: pd.DataFrame, status: str) -> dict:
    first, last = first_last(c)
    date, precision = _best_date(c)
    amount = mode(c["amount_usd"])
    return {
        "claim_id": _id("event-claim", eid, amount, status),
        "event_id": eid,
        "company": mode(c["company"]),
        "ticker": mode(c["ticker"]),
        "company_key": c["company_key"].iloc[0],
        "type": c["_type"].iloc[0],
        "counterparty": mode(c["counterparty"], prefer_longest=True),
        "date": date,
        "date_precision": precision,
        "amount_usd": amount,
        "amount_text": mode(c["amount_text"]),
        "status": status or None,
        "summary": mode(c["summary"].replace("", None), prefer_longest=True) or "",
        "n_sources": int(c["article_id"].nunique()),
        "sources": sources(c),
        "first_reported": first,
        "last_reported": last,
        "_rows": c,
    }


def _amount_changes(g: pd.DataFrame, column: str = "amount_usd", what: str = "amount") -> list[dict]:
    """Comparable values of ``column`` (clustered in ``_amount``) for one event stated by different articles:
    a change over time, or a disagreement."""
    out = []
    groups = []
    for label, c in g[g["_amount"] >= 0].groupby("_amount", sort=True):
        first, last = first_last(c)
        groups.append({"label": label, "value": float(mode(c[column])), "rows": c, "first": first,
                       "last": last, "articles": set(c["article_id"])})  # fmt: skip
    groups.sort(key=lambda x: (pd.Timestamp.max if pd.isna(x["first"]) else x["first"], x["value"]))
    for i, later in enumerate(groups):
        for earlier in reversed(groups[:i]):
            ratio = max(later["value"], earlier["value"]) / max(min(later["value"], earlier["value"]), 1.0)
            if ratio > COMPARABLE or earlier["articles"] & later["articles"]:
                continue
            changed = not pd.isna(earlier["last"]) and not pd.isna(later["first"]) and earlier["last"] < later["first"]
            sep = " → " if changed else " vs "
            company = mode(g["company"]) or g["company_key"].iloc[0]
            cp = mode(g["counterparty"], prefer_longest=True)
            subject = f"{company} {g['_type'].iloc[0].replace('_', ' ')}" + (f" ({cp})" if cp else "") + f" {what}"
            out.append(
                {
                    "kind": "event",
                    "nature": "changed" if changed else "disagreement",
                    "company": company,
                    "subject": subject,
                    "date": (later["first"].date().isoformat() if not pd.isna(later["first"]) else ""),
                    "values": sep.join(
                        f"{big_money(x['value'])} ({span(x['first'], x['last'])}, {plural(len(x['articles']))})"
                        for x in (earlier, later)
                    ),
                    "sources": _value_sources(earlier["rows"], big_money(earlier["value"]))
                    + _value_sources(later["rows"], big_money(later["value"])),
                    "n_values": 2,
                    "company_key": g["company_key"].iloc[0],
                    "event_id": g["event_id"].iloc[0],
                    "_article_ids": earlier["articles"] | later["articles"],
                }
            )
            break
    return out


def _status_row(eid: str, g: pd.DataFrame, amount_changed: bool) -> dict:
    first, last = first_last(g)
    history = []
    for st, c in g[g["_status"] != ""].groupby("_status", sort=False):
        f, lst = first_last(c)
        history.append(
            {"status": st, "first_reported": f, "last_reported": lst, "n_sources": c["article_id"].nunique()}
        )
    history.sort(
        key=lambda h: (pd.Timestamp.max if pd.isna(h["first_reported"]) else h["first_reported"],
                       _STATUS_ORDER.get(h["status"], 9))
    )  # fmt: skip
    amounts = []
    for _, c in g[g["_amount"] >= 0].groupby("_amount", sort=True):
        f, lst = first_last(c)
        amounts.append({"amount_usd": float(mode(c["amount_usd"])), "first_reported": f, "last_reported": lst,
                        "n_sources": int(c["article_id"].nunique())})  # fmt: skip
    amounts.sort(key=lambda a: pd.Timestamp.max if pd.isna(a["first_reported"]) else a["first_reported"])
    latest = _latest_status(g)
    date, precision = _best_date(g)
    return {
        "event_id": eid,
        "company": mode(g["company"]),
        "company_key": g["company_key"].iloc[0],
        "type": g["_type"].iloc[0],
        "counterparty": mode(g["counterparty"], prefer_longest=True),
        "status": latest,
        "date": date,
        "date_precision": precision,
        "first_reported": first,
        "last_reported": last,
        "n_sources": int(g["article_id"].nunique()),
        "history": history,
        "history_text": " → ".join(
            f"{h['status']} ({span(h['first_reported'], h['last_reported'])}, {plural(int(h['n_sources']))})"
            for h in history
        ),
        "amounts": amounts,
        "amount_changed": amount_changed,
        "summary": mode(g["summary"].replace("", None), prefer_longest=True) or "",
    }


def _latest_status(g: pd.DataFrame) -> str | None:
    """Status of the latest report that states one (the most advanced when that day's reports differ)."""
    s = g[g["_status"] != ""]
    if s.empty:
        return None
    rep = s["reported"]
    latest = s[rep == rep.max()] if rep.notna().any() else s
    return max(latest["_status"], key=lambda x: _STATUS_ORDER.get(x, -1))
