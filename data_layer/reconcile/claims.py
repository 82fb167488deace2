"""Claims: records from different articles that state the same fact, merged with all their sources.

Each ``*_claims`` function takes an annotated record frame (see :func:`._common.annotate`) and returns
``(claims, conflicts)``: one row per claim, and one dict per set of claims that cannot all be true.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ._common import (
    cluster_sorted,
    column,
    count_range,
    date_end,
    fact_date,
    first_last,
    first_last_rows,
    mode,
    money,
    n_articles,
    n_articles_rows,
    plural,
    precision_rank,
    rows_of,
    sources,
    sources_rows,
    span,
    stable_id,
)

PRICE_TOLERANCE = 0.006  # currency units: "$241" and "$241.00" are one price, "$241.73" is another
TARGET_TOLERANCE = 0.005  # relative
LAYOFF_TOLERANCE = 0.05  # relative; wider when a source says "about"
LAYOFF_APPROX_TOLERANCE = 0.10
ROUND_DATE_SLACK = pd.Timedelta(days=31)
UNDATED_ROUND_WINDOW = pd.Timedelta(days=90)  # an undated round is "recent" relative to its report
_NO_SLACK = pd.Timedelta(0)

# analyst firm names: aliases first, then trailing words that do not change the firm
_FIRM_ALIASES = {
    "bofa": "bank of america",
    "bofa securities": "bank of america",
    "bofa global research": "bank of america",
    "bank of america merrill lynch": "bank of america",
    "merrill lynch": "bank of america",
    "jp morgan": "jpmorgan",
    "j p morgan": "jpmorgan",
    "jpmorgan chase": "jpmorgan",
    "goldman": "goldman sachs",
    "citigroup": "citi",
    "citibank": "citi",
    "ms": "morgan stanley",
    "db": "deutsche bank",
    "wells": "wells fargo",
    "rbc": "rbc",
    "royal bank of canada": "rbc",
    "td cowen": "cowen",
    "bernstein": "bernstein",
    "alliancebernstein": "bernstein",
    "sanford c bernstein": "bernstein",
}
_FIRM_SUFFIX = re.compile(
    r"(?:\s+(?:capital\s+markets|capital|securities|research|equity|equities|partners|and\s+co|co|"
    r"group|global|llc|inc|ltd|plc|ag|sa|financial|analysts?))+$"
)


def firm_key(name: object) -> str:
    """One key per analyst firm however the article names it.

    >>> firm_key("RBC Capital Markets") == firm_key("RBC")
    True
    >>> firm_key("BofA Securities") == firm_key("Bank of America"), firm_key("J.P. Morgan"), firm_key("Roth Capital")
    (True, 'jpmorgan', 'roth')
    """
    if not isinstance(name, str):
        return ""
    s = re.sub(r"[^0-9a-z&]+", " ", name.lower().replace("'s", "")).replace("&", " and ").strip()
    s = " ".join(s.split())
    s = _FIRM_ALIASES.get(s, s)
    s = _FIRM_SUFFIX.sub("", s).strip() or s
    return _FIRM_ALIASES.get(s, s)


def _na(v) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _iso(ts) -> str:
    return "" if _na(ts) else pd.Timestamp(ts).date().isoformat()


def _claim_common(rows: pd.DataFrame) -> dict:
    first, last = first_last(rows)
    return {
        "company": mode(rows["company"]),
        "ticker": mode(rows["ticker"]),
        "n_sources": n_articles(rows),
        "sources": sources(rows),
        "first_reported": first,
        "last_reported": last,
    }


MAX_LISTED_VALUES = 3  # a conflict with more reported values is summarised (count, range, most cited)


def values_text(values: list[tuple[str, float, int]]) -> str:
    """The reported values of a conflict as text: all of them when few, else a summary.

    ``values``: ``(label, value, n_sources)`` per distinct value.

    >>> values_text([("$1.00", 1.0, 2), ("$2.00", 2.0, 1)])
    '$1.00 (2 sources) vs $2.00 (1 source)'
    >>> values_text([("$1.00", 1.0, 2), ("$3.00", 3.0, 5), ("$2.00", 2.0, 1), ("$4.00", 4.0, 1)])
    '4 different values from $1.00 to $4.00; most cited $3.00 (5 of 9 sources)'
    """
    if len(values) <= MAX_LISTED_VALUES:
        return " vs ".join(f"{label} ({plural(n)})" for label, _, n in values)
    low, high = min(values, key=lambda x: x[1]), max(values, key=lambda x: x[1])
    top = max(values, key=lambda x: x[2])  # ties: the first listed (the lowest value)
    total = sum(n for _, _, n in values)
    return (
        f"{len(values)} different values from {low[0]} to {high[0]}; most cited {top[0]} ({top[2]} of {plural(total)})"
    )


def _rows_common(rows: list[dict]) -> dict:
    """:func:`_claim_common` of plain row dicts."""
    first, last = first_last_rows(rows)
    return {
        "company": mode(column(rows, "company")),
        "ticker": mode(column(rows, "ticker")),
        "n_sources": n_articles_rows(rows),
        "sources": sources_rows(rows),
        "first_reported": first,
        "last_reported": last,
    }


def _value_sources(rows: pd.DataFrame, label: str) -> list[dict]:
    return [s | {"value": label} for s in sources(rows)]


# --------------------------------------------------------------------------- prices


PRICE_CLAIM_COLUMNS = [
    "claim_id", "company", "ticker", "date", "date_precision", "kind", "price", "currency", "change_pct",
    "n_sources", "sources", "first_reported", "last_reported", "conflict", "company_key",
]  # fmt: skip


def price_claims(prices: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """Same company, day, kind and currency, price within a cent -> one claim.

    Different closing prices for one company and day are a conflict (every value is kept). Intraday and
    unspecified prices legitimately differ through the day and never conflict.
    """
    claims, conflicts = [], []
    if prices.empty:
        return _frame(claims, PRICE_CLAIM_COLUMNS), conflicts
    df = prices.assign(
        _date=prices["date"].map(_iso), _kind=prices["kind"].astype(object).fillna("unspecified"),
        _cur=prices["currency"].astype(object).fillna("USD"),
    )  # fmt: skip
    groups: dict[tuple, list[dict]] = {}
    for r in rows_of(df):
        groups.setdefault((r["company_key"], r["_date"], r["_kind"], r["_cur"]), []).append(r)
    for ck, d, kind, cur in sorted(groups):
        g = groups[(ck, d, kind, cur)]
        labels = cluster_sorted([float(r["price"]) for r in g], rel=0.0, absolute=PRICE_TOLERANCE)
        clusters: dict[int, list[dict]] = {}
        for r, label in zip(g, labels, strict=True):
            clusters.setdefault(label, []).append(r)
        group_claims = []
        for label in sorted(clusters):
            c = clusters[label]
            value = float(mode(np.round(np.array([float(r["price"]) for r in c]), 4).tolist()))
            group_claims.append(
                {
                    "claim_id": stable_id("price", ck, d, kind, cur, round(value, 2)),
                    "date": pd.Timestamp(d) if d else pd.NaT,
                    "date_precision": mode(column(c, "date_precision")),
                    "kind": kind,
                    "price": value,
                    "currency": cur,
                    "change_pct": mode(column(c, "change_pct")),
                    "company_key": ck,
                    "_rows": c,
                }
                | _rows_common(c)
            )
        conflict = kind == "close" and bool(d) and len(group_claims) > 1
        for c in group_claims:
            c["conflict"] = conflict
        if conflict:
            conflicts.append(
                {
                    "kind": "price",
                    "nature": "disagreement",
                    "company": group_claims[0]["company"],
                    "subject": f"{group_claims[0]['company'] or ck} closing price",
                    "date": d,
                    "values": values_text([(money(c["price"], cur), c["price"], c["n_sources"]) for c in group_claims]),
                    "sources": [
                        s | {"value": money(c["price"], cur)} for c in group_claims for s in sources_rows(c["_rows"])
                    ],
                    "n_values": len(group_claims),
                    "company_key": ck,
                }
            )
        claims += group_claims
    return _frame(claims, PRICE_CLAIM_COLUMNS), conflicts


# --------------------------------------------------------------------------- targets


TARGET_CLAIM_COLUMNS = [
    "claim_id", "company", "ticker", "firm", "date", "rating", "rating_class", "target", "currency",
    "previous_target", "action", "n_sources", "sources", "first_reported", "last_reported", "conflict",
    "company_key", "firm_key", "previous_rating",
]  # fmt: skip


def with_effective_date(df: pd.DataFrame) -> pd.DataFrame:
    """``effective``: the record's own date, else its article's publication day; ``stated``: the text gave it.

    A record dated only by its article (``date_basis`` ``published``) that repeats a target the same firm stated
    with its own date on or before that article ("Barclays cut its target to $40 in a report on April 26th", then
    an August digest naming the same $40 without a date) is that earlier action: it takes its date. Records from
    stores written before ``date_basis`` existed had a date only when the text stated one.
    """
    eff = pd.to_datetime(df["date"]) if "date" in df else pd.Series(pd.NaT, index=df.index)
    basis = df["date_basis"].astype(object) if "date_basis" in df else pd.Series(None, index=df.index, dtype=object)
    stated = (basis == "stated") | (basis.isna() & eff.notna())
    out = df.assign(effective=eff.where(eff.notna(), df["reported"]), stated=stated.astype(bool))
    if "firm" not in out or "target" not in out or not (~out["stated"]).any() or not out["stated"].any():
        return out
    fk = out["firm_key"] if "firm_key" in out else out["firm"].map(firm_key)
    ck = out["company_key"] if "company_key" in out else pd.Series("", index=out.index)
    known: dict[tuple, list[tuple[float, pd.Timestamp]]] = {}
    for key, t, e, st in zip(zip(ck, fk, strict=True), out["target"], out["effective"], out["stated"], strict=True):
        if st and not _na(t) and not _na(e):
            known.setdefault(key, []).append((float(t), e))
    if not known:
        return out
    eff_new = out["effective"].copy()
    for idx, key, t, e, st in zip(out.index, zip(ck, fk, strict=True), out["target"], out["effective"],
                                  out["stated"], strict=True):  # fmt: skip
        if st or _na(t) or _na(e) or key not in known:
            continue
        same = [d for v, d in known[key] if abs(v - float(t)) <= TARGET_TOLERANCE * max(abs(v), 1e-9) and d <= e]
        if same:
            eff_new[idx] = max(same)
    return out.assign(effective=eff_new)


def target_claims(targets: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """Same company, firm and price target (within 0.5%) -> one claim; ratings without a target group by rating.

    Two targets for one firm reported on the same day, where neither is the other's previous target, conflict.
    """
    claims, conflicts = [], []
    if targets.empty:
        return _frame(claims, TARGET_CLAIM_COLUMNS), conflicts
    df = with_effective_date(targets).assign(firm_key=targets["firm"].map(firm_key))
    groups: dict[tuple, list[dict]] = {}
    for r in rows_of(df):
        groups.setdefault((r["company_key"], r["firm_key"]), []).append(r)
    for ck, fk in sorted(groups):
        g = groups[(ck, fk)]
        firm = mode(column(g, "firm"), prefer_longest=True)
        with_target = [r for r in g if not _na(r["target"])]
        without = [r for r in g if _na(r["target"])]
        parts: list[list[dict]] = []
        if with_target:
            labels = cluster_sorted([float(r["target"]) for r in with_target], rel=TARGET_TOLERANCE)
            parts += _grouped(with_target, labels)
        if without:
            parts += _grouped(without, ["" if _na(r["rating_class"]) else r["rating_class"] for r in without])
        firm_claims = []
        for c in parts:
            c = sorted(c, key=lambda r: (_nat_first(r["effective"]), _nat_first(r["reported"])))
            target = mode(np.round(np.array([float(r["target"]) for r in c]), 4).tolist())
            stated = (
                [r["effective"] for r in c if r["stated"]] if any(r["stated"] for r in c) else column(c, "effective")
            )
            days = [d for d in stated if not _na(d)]
            firm_claims.append(
                {
                    "claim_id": stable_id("target", ck, fk, target, mode(column(c, "rating_class"))),
                    "firm": firm,
                    "firm_key": fk,
                    "company_key": ck,
                    "date": min(days) if days else pd.NaT,
                    "rating": _last_of(column(c, "rating")),
                    "rating_class": _last_of(column(c, "rating_class")),
                    "target": target,
                    "currency": mode(column(c, "currency")),
                    "previous_target": mode(column(c, "previous_target")),
                    "action": _last_of(column(c, "action")),
                    "previous_rating": _last_of(column(c, "previous_rating")),
                    "conflict": False,
                    "_rows": c,
                }
                | _rows_common(c)
            )
        valued = [c for c in firm_claims if c["target"] is not None]
        for i, a in enumerate(valued):
            for b in valued[i + 1 :]:
                if _same_action_day(a["_rows"], b["_rows"]) and not _explains(a, b):
                    a["conflict"] = b["conflict"] = True
                    cur = a["currency"] or b["currency"]
                    conflicts.append(
                        {
                            "kind": "target",
                            "nature": "disagreement",
                            "company": a["company"],
                            "subject": f"{firm} price target for {a['company'] or ck}",
                            "date": _iso(_common_day(a["_rows"], b["_rows"])),
                            "values": f"{money(a['target'], cur)} ({plural(a['n_sources'])}) vs "
                            f"{money(b['target'], cur)} ({plural(b['n_sources'])})",
                            "sources": [s | {"value": money(a["target"], cur)} for s in sources_rows(a["_rows"])]
                            + [s | {"value": money(b["target"], cur)} for s in sources_rows(b["_rows"])],
                            "n_values": 2,
                            "company_key": ck,
                            "firm_key": fk,
                        }
                    )
        claims += firm_claims
    return _frame(claims, TARGET_CLAIM_COLUMNS), conflicts


def _last_of(values: list):
    v = [x for x in values if not _na(x)]
    return v[-1] if v else None


def _nat_first(ts) -> tuple:
    """A sort key putting missing times first (as ``sort_values(na_position="first")``)."""
    return (0,) if _na(ts) else (1, ts)


def _nat_last(ts) -> tuple:
    """A sort key putting missing times last (as ``sort_values(na_position="last")``)."""
    return (1,) if _na(ts) else (0, ts)


def _grouped(rows: list[dict], labels: list) -> list[list[dict]]:
    """``rows`` split by ``labels``, groups in label order, rows in their order (as ``groupby(sort=True)``)."""
    out: dict = {}
    for r, label in zip(rows, labels, strict=True):
        out.setdefault(label, []).append(r)
    return [out[k] for k in sorted(out)]


def _reported(rows: list[dict]) -> set:
    return {r["reported"] for r in rows if not _na(r["reported"])}


def _same_action_day(a: list[dict], b: list[dict]) -> bool:
    """Two targets of one firm can only disagree about one action: the same stated action day when both state
    one (a digest naming the firm's April and August targets is a history, not a conflict), else the same report
    day."""
    sa = {r["effective"] for r in a if r["stated"] and not _na(r["effective"])}
    sb = {r["effective"] for r in b if r["stated"] and not _na(r["effective"])}
    if sa and sb:
        return bool(sa & sb)
    return bool(_reported(a) & _reported(b))


def _common_day(a: list[dict], b: list[dict]):
    common = sorted(_reported(a) & _reported(b))
    return common[0] if common else pd.NaT


def _explains(a: dict, b: dict) -> bool:
    """One claim states the other's target as the previous one (a raise or cut, not a disagreement)."""

    def close(x, y) -> bool:
        return x is not None and y is not None and not _na(x) and abs(x - y) <= TARGET_TOLERANCE * y

    return close(a["previous_target"], b["target"]) or close(b["previous_target"], a["target"])


# --------------------------------------------------------------------------- layoffs


LAYOFF_CLAIM_COLUMNS = [
    "claim_id", "company", "ticker", "kind", "low", "high", "percent", "approximate", "basis", "date",
    "date_precision", "scope", "n_sources", "sources", "first_reported", "last_reported", "conflict", "company_key",
    "status",
]  # fmt: skip
PROSPECTIVE = "prospective"  # :class:`~data_layer.models.LayoffStatus` of cuts that may follow


def _window(row: dict) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """When a round may have happened: its own date at its precision, else shortly before its report."""
    if not _na(row["date"]):
        return pd.Timestamp(row["date"]), date_end(row["date"], row["date_precision"])
    if not _na(row["reported"]):
        return row["reported"] - UNDATED_ROUND_WINDOW, row["reported"]
    return None


def _overlap(a: tuple, b: tuple, slack: pd.Timedelta = _NO_SLACK) -> bool:
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def layoff_claims(layoffs: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """Rounds: same company, sizes within tolerance (ranges overlapping), compatible dates -> one claim.

    Cumulative totals are merged by value only (the same total, reported again later) and never with rounds.
    Percent-only figures merge with equal percentages. Prospective cuts ("a further 500 could follow") merge only
    with prospective cuts (a missing status, from an older store, is announced).
    """
    claims: list[dict] = []
    if layoffs.empty:
        return _frame(claims, LAYOFF_CLAIM_COLUMNS), []
    status = layoffs["status"].astype(object) if "status" in layoffs else pd.Series(None, index=layoffs.index)
    df = layoffs.assign(
        _kind=layoffs["kind"].astype(object).fillna("round"),
        _status=status.where(status == PROSPECTIVE, "announced"),
    )
    by_key: dict[tuple, list[dict]] = {}
    for r in rows_of(df):
        by_key.setdefault((r["company_key"], r["_kind"], r["_status"]), []).append(r)
    for ck, kind, st in sorted(by_key):
        g = by_key[(ck, kind, st)]
        counted = sorted((r for r in g if not _na(r["low"])), key=lambda r: (r["low"], _nat_last(r["reported"])))
        groups: list[dict] = []  # {"lo", "hi", "window", "rows"}
        for row in counted:
            lo, hi = float(row["low"]), float(row["high"] if not _na(row["high"]) else row["low"])
            tol = LAYOFF_APPROX_TOLERANCE if row["approximate"] is True else LAYOFF_TOLERANCE
            win = _window(row) if kind == "round" else None
            for grp in groups:
                if lo * (1 - tol) <= grp["hi"] and grp["lo"] <= hi * (1 + tol):
                    if kind == "round" and win and grp["window"] and not _overlap(win, grp["window"], ROUND_DATE_SLACK):
                        continue
                    grp["rows"].append(row)
                    grp["lo"], grp["hi"] = min(grp["lo"], lo), max(grp["hi"], hi)
                    if win:
                        gw = grp["window"] or win
                        grp["window"] = (min(gw[0], win[0]), max(gw[1], win[1]))
                    break
            else:
                groups.append({"lo": lo, "hi": hi, "window": win, "rows": [row]})
        parts = [grp["rows"] for grp in groups]
        pct = [r for r in g if _na(r["low"]) and not _na(r["percent"])]
        if pct:
            labels = cluster_sorted([float(r["percent"]) for r in pct], rel=0.0, absolute=0.5)
            parts += _grouped(pct, labels)
        for c in parts:
            claims.append(_layoff_claim(ck, kind, c, st))
    return _frame(claims, LAYOFF_CLAIM_COLUMNS), []


def _layoff_claim(ck: str, kind: str, c: list[dict], status: str = "announced") -> dict:
    """One layoff claim from its records (plain row dicts)."""
    if any(not _na(r["low"]) for r in c):
        low, high = mode([(int(r["low"]), int(r["high"] if not _na(r["high"]) else r["low"])) for r in c])
    else:
        low = high = None
    dated = [r for r in c if not _na(r["date"])]
    if dated:
        best = min(dated, key=lambda r: precision_rank(r["date_precision"]))  # the first of the most precise
        date, precision = best["date"], best["date_precision"]
    else:
        date, precision = pd.NaT, None
    extra_id = (status,) if status == PROSPECTIVE else ()  # announced claims keep the ids they had before
    percent = mode(column(c, "percent"))
    return {
        "claim_id": stable_id("layoff", ck, kind, low, high, percent, *extra_id),
        "company_key": ck,
        "kind": kind,
        "low": low,
        "high": high,
        "percent": percent,
        "approximate": any(bool(r["approximate"]) for r in c if not _na(r["approximate"])),
        "basis": mode(column(c, "basis")),
        "date": date,
        "date_precision": precision,
        "scope": mode(column(c, "scope")),
        "status": status,
        "conflict": False,
        "_rows": c,
    } | _rows_common(c)


def layoff_label(row) -> str:
    """``~16,000 (Jan 2026, 4 sources)``."""
    size = count_range(row["low"], row["high"], bool(row["approximate"])) or f"{row['percent']:g}%"
    when = (
        fact_date(row["date"], row["date_precision"]) or f"reported {span(row['first_reported'], row['last_reported'])}"
    )
    return f"{size} ({when}, {plural(int(row['n_sources']))})"


def _frame(rows: list[dict], cols: list[str], dates=("first_reported", "last_reported", "date")) -> pd.DataFrame:
    df = pd.DataFrame([{k: v for k, v in r.items() if not k.startswith("_")} for r in rows], columns=cols)
    for col in dates:
        if col in df:
            df[col] = pd.to_datetime(df[col])
    for col in ("low", "high"):
        if col in df:
            df[col] = pd.to_numeric(df[col]).astype("Int64")
    for col in ("price", "target", "previous_target", "percent", "change_pct"):
        if col in df:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype(np.float64)
    if "n_sources" in df:
        df["n_sources"] = df["n_sources"].astype("Int64")
    if "conflict" in df:
        df["conflict"] = df["conflict"].astype(bool)
    return df
