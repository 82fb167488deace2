"""Layoff tally: deduplicated rounds, the cumulative totals reported over time, and what the latest total
leaves unexplained. A cumulative total is never added to rounds, and prospective cuts ("a second phase could
follow") are never subtracted from a total: they are listed apart as not yet included."""

from __future__ import annotations

import pandas as pd

from ._common import count_range, day, fact_date, plural, span
from .claims import PROSPECTIVE, layoff_label

TALLY_COLUMNS = [
    "row", "company", "label", "low", "high", "approximate", "date", "date_precision", "first_reported",
    "last_reported", "n_sources", "sources", "running_low", "running_high", "text", "claim_id",
]  # fmt: skip
UNATTRIBUTED = "Earlier or unattributed cuts"
PROSPECTIVE_LABEL = "Possible further round (not yet included)"


def _when(row) -> pd.Timestamp:
    d = row["date"] if not pd.isna(row["date"]) else row["first_reported"]
    return pd.Timestamp.max if pd.isna(d) else d


def layoff_tally(claims: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """``(tally, text)`` per company from layoff claims (see :func:`.claims.layoff_claims`)."""
    rows, texts = [], []
    if claims.empty:
        return _typed(pd.DataFrame(rows, columns=TALLY_COLUMNS)), ""
    for _, g in claims.groupby("company_key", sort=True):
        r, t = _company_tally(g)
        rows += r
        if t:
            texts.append(t)
    return _typed(pd.DataFrame(rows, columns=TALLY_COLUMNS)), "\n\n".join(texts)


def _company_tally(g: pd.DataFrame) -> tuple[list[dict], str]:
    company = g["company"].dropna().iloc[0] if g["company"].notna().any() else g["company_key"].iloc[0]
    maybe = _prospective(g)
    prospective, g = g[maybe], g[~maybe]
    rounds = g[(g["kind"] == "round") & g["low"].notna()].copy()
    rounds = rounds.assign(_w=rounds.apply(_when, axis=1)).sort_values("_w", kind="stable") if len(rounds) else rounds
    pct_rounds = g[(g["kind"] == "round") & g["low"].isna()]
    totals = g[(g["kind"] == "cumulative") & g["low"].notna()]
    totals = totals.sort_values(["first_reported", "high"], na_position="first", kind="stable")
    rows: list[dict] = []
    run_lo = run_hi = 0
    for _, r in rounds.iterrows():
        run_lo += int(r["low"])
        run_hi += int(r["high"])
        rows.append(_row("round", company, "Round", r) | {"running_low": run_lo, "running_high": run_hi})
    for _, r in pct_rounds.iterrows():
        rows.append(_row("round", company, "Round (percentage only)", r))
    for _, r in totals.iterrows():
        rows.append(_row("cumulative", company, "Reported cumulative total", r))
    for _, r in prospective.iterrows():
        rows.append(_row("prospective", company, PROSPECTIVE_LABEL, r))
    maybe_text = (
        "Possible further cuts, not yet decided and not included in any total: "
        + ", ".join(layoff_label(r) for _, r in prospective.iterrows())
        + "."
        if len(prospective)
        else ""
    )
    if totals.empty:
        if rounds.empty:
            return rows, f"{company}: {maybe_text}" if maybe_text else ""
        text = f"{company}: known rounds " + " + ".join(layoff_label(r) for _, r in rounds.iterrows())
        text += f" = {count_range(run_lo, run_hi)}. No cumulative total has been reported."
        return rows, f"{text} {maybe_text}" if maybe_text else text
    latest = totals.iloc[-1]
    known_by = latest["last_reported"]
    counted = (
        rounds
        if pd.isna(known_by)
        else rounds[rounds["first_reported"].isna() | (rounds["first_reported"] <= known_by)]
    )
    counted = counted.sort_values(["low", "high"], ascending=False, kind="stable")  # largest first in the sums
    sum_lo, sum_hi = int(counted["low"].sum()), int(counted["high"].sum())
    cum_lo, cum_hi = int(latest["low"]), int(latest["high"])
    parts = [
        f"{company}: latest reported cumulative total {count_range(cum_lo, cum_hi, bool(latest['approximate']))} "
        f"(reported {span(latest['first_reported'], latest['last_reported'])}, {plural(int(latest['n_sources']))})."
    ]
    if len(totals) > 1:
        earlier = totals.iloc[:-1]
        parts.append(
            "Earlier totals: "
            + ", ".join(
                f"{count_range(r['low'], r['high'], bool(r['approximate']))} (reported {day(r['first_reported'])})"
                for _, r in earlier.iterrows()
            )
            + "."
        )
    if counted.empty:
        parts.append("No individual rounds are known, so the whole total is unattributed.")
        un_lo, un_hi = cum_lo, cum_hi
    else:
        parts.append(
            "Known rounds: " + " + ".join(layoff_label(r) for _, r in counted.iterrows())
            + (f" = {count_range(sum_lo, sum_hi)}." if len(counted) > 1 else ".")
        )  # fmt: skip
        un_lo, un_hi = cum_lo - sum_hi, cum_hi - sum_lo
        terms = " + ".join(count_range(r["low"], r["high"]) for _, r in counted.iterrows())
        terms = f"({terms})" if len(counted) > 1 else terms
        arithmetic = f"{count_range(cum_lo, cum_hi)} − {terms} = {count_range(max(un_lo, 0), max(un_hi, 0))}"
        if un_hi < 0:
            parts.append(
                f"The known rounds exceed the latest total ({arithmetic.split(' = ')[0]} is negative): "
                "the total may predate some rounds or count a different scope."
            )
        else:
            parts.append(f"{UNATTRIBUTED}: {arithmetic}.")
    if len(pct_rounds):
        parts.append(f"{plural(len(pct_rounds), 'round')} stated only as a percentage cannot be counted.")
    if maybe_text:
        parts.append(maybe_text)
    parts.append("Cumulative totals are never added to the rounds.")
    if un_hi >= 0:
        approx = bool(latest["approximate"]) or bool(len(counted) and counted["approximate"].any())
        rows.append(
            {
                "row": "unattributed",
                "company": company,
                "label": UNATTRIBUTED,
                "low": max(un_lo, 0),
                "high": max(un_hi, 0),
                "approximate": approx,
                "date": pd.NaT,
                "date_precision": None,
                "first_reported": latest["first_reported"],
                "last_reported": latest["last_reported"],
                "n_sources": latest["n_sources"],
                "sources": latest["sources"],
                "running_low": None,
                "running_high": None,
                "text": next(p for p in parts if p.startswith((UNATTRIBUTED, "No individual"))),
                "claim_id": None,
            }
        )
    return rows, " ".join(parts)


def _prospective(g: pd.DataFrame) -> pd.Series:
    """Claims of cuts that may follow (an older store has no status: its figures count as announced)."""
    if "status" not in g:
        return pd.Series(False, index=g.index)
    return (g["status"].astype(object) == PROSPECTIVE).fillna(False).astype(bool)


def _row(kind: str, company: str, label: str, r) -> dict:
    when = fact_date(r["date"], r["date_precision"])
    return {
        "row": kind,
        "company": company,
        "label": f"{label} ({when})" if when else label,
        "low": r["low"],
        "high": r["high"],
        "approximate": bool(r["approximate"]),
        "date": r["date"],
        "date_precision": r["date_precision"],
        "first_reported": r["first_reported"],
        "last_reported": r["last_reported"],
        "n_sources": r["n_sources"],
        "sources": r["sources"],
        "running_low": None,
        "running_high": None,
        "text": layoff_label(r),
        "claim_id": r["claim_id"],
    }


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    for col in ("low", "high", "n_sources", "running_low", "running_high"):
        df[col] = pd.to_numeric(df[col]).astype("Int64")
    for col in ("date", "first_reported", "last_reported"):
        df[col] = pd.to_datetime(df[col])
    df["approximate"] = df["approximate"].astype(bool)
    return df
