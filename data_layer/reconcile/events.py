"""Events over time: one event per (company, type, counterparty) reported within a few weeks, with its status
history (talks -> announced) and any amount that changed between earlier and later reports."""

from __future__ import annotations

import pandas as pd

from ._common import (
    _clean,
    big_money,
    cluster_sorted,
    column,
    first_last_rows,
    mode,
    n_articles_rows,
    name_key,
    plural,
    precision_rank,
    rows_of,
    sources_rows,
    span,
)
from ._common import stable_id as _id
from .claims import _frame

EVENT_GAP = pd.Timedelta(days=60)  # reports further apart than this are about different events
AMOUNT_TOLERANCE = 0.01  # relative: "$110 billion" and "$110.3 billion" are one amount
COMPARABLE = 2.0  # amounts within this factor may be the same figure revised; further apart are different figures
_REPORTED = ("first_reported", "last_reported")  # event dates stay text at their precision ("2026-02")
_STATUS_ORDER = {"rumored": 0, "talks": 1, "announced": 2, "completed": 3}

EVENT_CLAIM_COLUMNS = [
    "claim_id", "event_id", "company", "ticker", "type", "counterparty", "date", "date_precision", "date_basis",
    "amount_usd", "amount_text", "status", "summary", "n_sources", "sources", "first_reported", "last_reported",
    "conflict", "company_key", "expected_close",
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
    )
    when = events["reported"].where(events["reported"].notna(), pd.to_datetime(events["date_start"])).tolist()
    groups: dict[tuple, list[int]] = {}
    for i, key in enumerate(zip(df["company_key"].tolist(), df["_type"].tolist(), df["_cp"].tolist(), strict=True)):
        groups.setdefault(key, []).append(i)
    ids: list = [None] * len(df)
    for (ck, typ, cp), rows in groups.items():
        rows = sorted((i for i in rows if not pd.isna(when[i])), key=lambda i: when[i]) + [
            i for i in rows if pd.isna(when[i])
        ]  # stable: as sort_values(na_position="last", kind="stable")
        n, last = 0, None
        for i in rows:
            w = when[i]
            if last is not None and not pd.isna(w) and w - last > EVENT_GAP:
                n += 1
            ids[i] = _id("event", ck, typ, cp, n)
            last = w if not pd.isna(w) else last
    return df.assign(event_id=pd.Series(ids, index=df.index, dtype=object))


def _clusters(rows: list[dict], col: str = "amount_usd") -> list[int]:
    """Cluster label per row (-1: no value in ``col``)."""
    labels = [-1] * len(rows)
    has = [i for i, r in enumerate(rows) if _clean(r.get(col)) is not None]
    if has:
        for i, label in zip(has, cluster_sorted([float(rows[i][col]) for i in has], rel=AMOUNT_TOLERANCE),
                            strict=True):  # fmt: skip
            labels[i] = label
    return labels


def event_claims(events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, list[dict]]:
    """``(claims, status, conflicts)`` from annotated event records.

    Works on plain row dicts per event (one pass over the records; pandas only to build the frames): events are
    many and small, and per-event DataFrame operations cost far more than the work itself."""
    claims, status_rows, conflicts = [], [], []
    if events.empty:
        return (
            _frame(claims, EVENT_CLAIM_COLUMNS, _REPORTED),
            _frame(status_rows, EVENT_STATUS_COLUMNS, _REPORTED),
            conflicts,
        )
    df = split_events(events)
    df = df.assign(_status=df["status"].astype(object).fillna(""))
    records = rows_of(df)
    by_event: dict[str, list[dict]] = {}
    for r in records:
        by_event.setdefault(r["event_id"], []).append(r)
    for eid, g in by_event.items():
        for r, label in zip(g, _clusters(g), strict=True):
            r["_amount"] = label
        parts: dict[tuple, list[dict]] = {}
        for r in g:
            parts.setdefault((r["_amount"], r["_status"]), []).append(r)
        event_claims_ = [_claim(eid, parts[k], k[1]) for k in sorted(parts)]
        valuation = [dict(r, _amount=label) for r, label in zip(g, _clusters(g, "valuation_usd"), strict=True)]
        amount_conflicts = _amount_changes(g) + _amount_changes(valuation, "valuation_usd", "valuation")
        conflicting_ids = {x for conf in amount_conflicts for x in conf.pop("_article_ids")}
        for c in event_claims_:
            stated = {r["article_id"] for r in c["_rows"]}
            c["conflict"] = bool(stated & conflicting_ids) and c["amount_usd"] is not None
        conflicts += amount_conflicts
        claims += event_claims_
        status_rows.append(_status_row(eid, g, bool(amount_conflicts)))
    return (
        _frame(claims, EVENT_CLAIM_COLUMNS, _REPORTED),
        _frame(status_rows, EVENT_STATUS_COLUMNS, _REPORTED),
        conflicts,
    )


def _best_date(c: list[dict]) -> tuple[str | None, str | None, str | None]:
    """``(date, precision, basis)``: the first of the most precise dates a text states; failing that, the first
    report's day (records dated only by their article, ``date_basis`` ``published``)."""
    dated = [r for r in c if _clean(r["date"]) is not None]
    stated = [r for r in dated if _clean(r.get("date_basis")) != "published"]
    if stated:
        best = min(stated, key=lambda r: precision_rank(r["date_precision"]))  # the first of the most precise
        return best["date"], best["date_precision"], _clean(best.get("date_basis"))
    if not dated:
        return None, None, None
    best = min(dated, key=lambda r: r["date"])
    return best["date"], best["date_precision"], "published"


def _claim(eid: str, c: list[dict], status: str) -> dict:
    first, last = first_last_rows(c)
    date, precision, basis = _best_date(c)
    amount = mode(column(c, "amount_usd"))
    return {
        "claim_id": _id("event-claim", eid, amount, status),
        "event_id": eid,
        "company": mode(column(c, "company")),
        "ticker": mode(column(c, "ticker")),
        "company_key": c[0]["company_key"],
        "type": c[0]["_type"],
        "counterparty": mode(column(c, "counterparty"), prefer_longest=True),
        "date": date,
        "date_precision": precision,
        "date_basis": basis,
        "amount_usd": amount,
        "amount_text": mode(column(c, "amount_text")),
        "expected_close": mode(column(c, "expected_close")),
        "status": status or None,
        "summary": mode([None if v == "" else v for v in column(c, "summary")], prefer_longest=True) or "",
        "n_sources": n_articles_rows(c),
        "sources": sources_rows(c),
        "first_reported": first,
        "last_reported": last,
        "_rows": c,
    }


def _by_amount(g: list[dict]) -> list[tuple[int, list[dict]]]:
    groups: dict[int, list[dict]] = {}
    for r in g:
        if r["_amount"] >= 0:
            groups.setdefault(r["_amount"], []).append(r)
    return sorted(groups.items(), key=lambda x: x[0])


def _amount_changes(g: list[dict], col: str = "amount_usd", what: str = "amount") -> list[dict]:
    """Comparable values of ``col`` (clustered in ``_amount``) for one event stated by different articles:
    a change over time, or a disagreement."""
    out = []
    groups = []
    for label, c in _by_amount(g):
        first, last = first_last_rows(c)
        groups.append({"label": label, "value": float(mode([r.get(col) for r in c])), "rows": c, "first": first,
                       "last": last, "articles": {r["article_id"] for r in c}})  # fmt: skip
    groups.sort(key=lambda x: (pd.Timestamp.max if pd.isna(x["first"]) else x["first"], x["value"]))
    for i, later in enumerate(groups):
        for earlier in reversed(groups[:i]):
            ratio = max(later["value"], earlier["value"]) / max(min(later["value"], earlier["value"]), 1.0)
            if ratio > COMPARABLE or earlier["articles"] & later["articles"]:
                continue
            changed = not pd.isna(earlier["last"]) and not pd.isna(later["first"]) and earlier["last"] < later["first"]
            sep = " → " if changed else " vs "
            company = mode(column(g, "company")) or g[0]["company_key"]
            cp = mode(column(g, "counterparty"), prefer_longest=True)
            subject = f"{company} {g[0]['_type'].replace('_', ' ')}" + (f" ({cp})" if cp else "") + f" {what}"
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
                    "sources": [s | {"value": big_money(earlier["value"])} for s in sources_rows(earlier["rows"])]
                    + [s | {"value": big_money(later["value"])} for s in sources_rows(later["rows"])],
                    "n_values": 2,
                    "company_key": g[0]["company_key"],
                    "event_id": g[0]["event_id"],
                    "_article_ids": earlier["articles"] | later["articles"],
                }
            )
            break
    return out


def _status_row(eid: str, g: list[dict], amount_changed: bool) -> dict:
    first, last = first_last_rows(g)
    by_status: dict[str, list[dict]] = {}
    for r in g:
        if r["_status"] != "":
            by_status.setdefault(r["_status"], []).append(r)
    history = []
    for st, c in by_status.items():
        f, lst = first_last_rows(c)
        history.append({"status": st, "first_reported": f, "last_reported": lst, "n_sources": n_articles_rows(c)})
    history.sort(
        key=lambda h: (pd.Timestamp.max if pd.isna(h["first_reported"]) else h["first_reported"],
                       _STATUS_ORDER.get(h["status"], 9))
    )  # fmt: skip
    amounts = []
    for _, c in _by_amount(g):
        f, lst = first_last_rows(c)
        amounts.append({"amount_usd": float(mode(column(c, "amount_usd"))), "first_reported": f, "last_reported": lst,
                        "n_sources": n_articles_rows(c)})  # fmt: skip
    amounts.sort(key=lambda a: pd.Timestamp.max if pd.isna(a["first_reported"]) else a["first_reported"])
    date, precision, _ = _best_date(g)
    return {
        "event_id": eid,
        "company": mode(column(g, "company")),
        "company_key": g[0]["company_key"],
        "type": g[0]["_type"],
        "counterparty": mode(column(g, "counterparty"), prefer_longest=True),
        "status": _latest_status(g),
        "date": date,
        "date_precision": precision,
        "first_reported": first,
        "last_reported": last,
        "n_sources": n_articles_rows(g),
        "history": history,
        "history_text": " → ".join(
            f"{h['status']} ({span(h['first_reported'], h['last_reported'])}, {plural(int(h['n_sources']))})"
            for h in history
        ),
        "amounts": amounts,
        "amount_changed": amount_changed,
        "summary": mode([None if v == "" else v for v in column(g, "summary")], prefer_longest=True) or "",
    }


def _latest_status(g: list[dict]) -> str | None:
    """Status of the latest report that states one (the most advanced when that day's reports differ)."""
    s = [r for r in g if r["_status"] != ""]
    if not s:
        return None
    rep = [r["reported"] for r in s if not pd.isna(r["reported"])]
    latest = [r for r in s if not pd.isna(r["reported"]) and r["reported"] == max(rep)] if rep else s
    return max((r["_status"] for r in latest), key=lambda x: _STATUS_ORDER.get(x, -1))
