"""Layoff tally: deduplicated rounds, the cumulative totals reported over time, and what the latest total
leaves unexplained. A cumulative total is never added to rounds, and prospective cuts ("a second phase could
follow") are never subtracted from a total: they are listed apart as not yet included. A plan ("could ultimately
eliminate approximately 14,000 roles") is not a reported total: it is listed apart and never subtracted. A state
WARN filing that falls inside a decided round is shown inside that round, not added as another one."""

from __future__ import annotations

import pandas as pd

from . import _tally_rules as R
from ._common import count_range, date_end, day, fact_date, plural, span
from .claims import PROSPECTIVE, layoff_label

TALLY_COLUMNS = [
    "row", "company", "label", "low", "high", "approximate", "date", "date_precision", "first_reported",
    "last_reported", "n_sources", "sources", "running_low", "running_high", "text", "claim_id",
    "figure", "when", "percent", "scope", "part_of",
]  # fmt: skip
UNATTRIBUTED = "Earlier or unattributed cuts"
PROSPECTIVE_LABEL = "Possible further round (not yet included)"
PLAN_LABEL = "Plan (not a reported total)"
FILING_LABEL = "State WARN filing"
# what each kind of tally row stands for, in words (the ``figure`` column)
FIGURES = {
    "round": "decided round", "filing": "WARN filing (inside a round)", "cumulative": "reported cumulative total",
    "plan": "plan (not a reported total)", "prospective": "possible further round", "unattributed": "remainder",
}  # fmt: skip


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
    cum = g["kind"] == "cumulative"
    plan = cum & _cues(g, _is_plan, need="half")
    filing = (g["kind"] == "round") & g["low"].notna() & _cues(g, _is_filing, need="any")
    plans, totals = g[plan & g["low"].notna()], g[cum & ~plan & g["low"].notna()]
    decided = g[(g["kind"] == "round") & g["low"].notna() & ~filing]
    part_of = _enclosing_round(g[filing], decided)
    inside = g[filing].loc[part_of.notna()]
    rounds = g[(g["kind"] == "round") & g["low"].notna()].drop(index=inside.index)  # lone filings count as rounds
    rounds = rounds.assign(_w=rounds.apply(_when, axis=1)).sort_values("_w", kind="stable") if len(rounds) else rounds
    pct_rounds = g[(g["kind"] == "round") & g["low"].isna()]
    totals = totals.sort_values(["first_reported", "high"], na_position="first", kind="stable")
    rows: list[dict] = []
    run_lo = run_hi = 0
    for _, r in rounds.iterrows():
        run_lo += int(r["low"])
        run_hi += int(r["high"])
        lone = bool(filing.get(r.name, False))  # a filing with no decided round to sit in: the round we know
        extra = {"figure": "WARN filing (counted as a round)"} if lone else {}
        label = f"Round ({FILING_LABEL})" if lone else "Round"
        rows.append(_row("round", company, label, r) | {"running_low": run_lo, "running_high": run_hi} | extra)
    for _, r in inside.iterrows():
        rows.append(_row("filing", company, f"{FILING_LABEL}, inside a round", r) | {"part_of": part_of[r.name]})
    for _, r in pct_rounds.iterrows():
        rows.append(_row("round", company, "Round (percentage only)", r))
    for _, r in totals.iterrows():
        rows.append(_row("cumulative", company, "Reported cumulative total", r))
    for _, r in plans.iterrows():
        rows.append(_row("plan", company, PLAN_LABEL, r))
    for _, r in prospective.iterrows():
        rows.append(_row("prospective", company, PROSPECTIVE_LABEL, r))
    notes = [_inside_text(inside, part_of, rounds), _plan_text(plans), _maybe_text(prospective)]
    notes = [n for n in notes if n]
    if totals.empty:
        if rounds.empty:
            return rows, f"{company}: " + " ".join(notes) if notes else ""
        text = f"{company}: known rounds " + " + ".join(layoff_label(r) for _, r in rounds.iterrows())
        text += f" = {count_range(run_lo, run_hi)}. No cumulative total has been reported."
        return rows, " ".join([text, *notes])
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
            "Earlier reported totals: "
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
    parts += notes
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
                "figure": FIGURES["unattributed"],
                "when": "",
                "percent": None,
                "scope": None,
                "part_of": None,
            }
        )
    return rows, " ".join(parts)


def _maybe_text(prospective: pd.DataFrame) -> str:
    if prospective.empty:
        return ""
    labels = ", ".join(layoff_label(r) for _, r in prospective.iterrows())
    return f"Possible further cuts, not yet decided and not included in any total: {labels}."


def _plan_text(plans: pd.DataFrame) -> str:
    if plans.empty:
        return ""
    labels = ", ".join(layoff_label(r) for _, r in plans.iterrows())
    return f"Planned (a programme's stated size, not a reported total; never subtracted): {labels}."


def _inside_text(inside: pd.DataFrame, part_of: pd.Series, rounds: pd.DataFrame) -> str:
    if inside.empty:
        return ""
    by_id = rounds.set_index("claim_id")
    said = []
    for i, r in inside.iterrows():
        host = by_id.loc[[part_of[i]]].iloc[0]  # the first of equal claims when a round is stated twice
        size = count_range(host["low"], host["high"], bool(host["approximate"]))
        said.append(f"{layoff_label(r)} is a state WARN filing inside the round of {size}")
    return "; ".join(said) + " (counted once, in that round)."


def _cues(g: pd.DataFrame, test, need: str) -> pd.Series:
    """Per claim: do its sources' sentences carry the cue (``need`` "any" source, or at least "half")?"""
    if g.empty or "sources" not in g:
        return pd.Series(False, index=g.index)
    hits = g["sources"].map(lambda srcs: [test(s) for s in srcs or [] if isinstance(s, dict) and s.get("sentence")])
    if need == "any":
        return hits.map(any).astype(bool)
    return hits.map(lambda h: bool(h) and 2 * sum(h) >= len(h)).astype(bool)


def _is_plan(src: dict) -> bool:
    """The words before the figure make it a plan ("could ultimately eliminate approximately 14,000 roles").

    >>> _is_plan({"sentence": "In total, it could ultimately eliminate approximately 14,000 roles.",
    ...           "evidence": "approximately 14,000 roles"})
    True
    >>> _is_plan({"sentence": "It has cut 30,000 roles since October.", "evidence": "30,000 roles"})
    False
    """
    sentence, evidence = str(src.get("sentence") or ""), str(src.get("evidence") or "")
    at = sentence.find(evidence) if evidence else -1
    before = sentence[max(0, at - R.PLAN_WINDOW) : at] if at >= 0 else sentence
    return bool(R.PLAN_BEFORE.search(before))


def _is_filing(src: dict) -> bool:
    """The sentence reports a state WARN notice (or regulatory filings) of layoffs.

    >>> _is_filing({"sentence": "Filings under the WARN Act show 1,001 to 2,500 cuts."})
    True
    >>> _is_filing({"sentence": "The company warned it would cut 500 jobs."})
    False
    """
    return bool(R.FILING.search(str(src.get("sentence") or "")))


def _window(r) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """When a figure's cuts may happen: its date at its precision, else the month before its first report."""
    if not pd.isna(r["date"]):
        return pd.Timestamp(r["date"]), date_end(r["date"], r["date_precision"])
    if not pd.isna(r["first_reported"]):
        return r["first_reported"] - pd.Timedelta(days=30), r["first_reported"]
    return None


def _enclosing_round(filings: pd.DataFrame, decided: pd.DataFrame) -> pd.Series:
    """For each filing, the ``claim_id`` of the decided round it is part of (at least as large, dates within
    :data:`R.FILING_SLACK_DAYS`; the nearest in time), else missing."""
    out = pd.Series(None, index=filings.index, dtype=object)
    if filings.empty or decided.empty:
        return out
    slack = pd.Timedelta(days=R.FILING_SLACK_DAYS)
    wins = [(cid, int(lo), _window(r)) for (cid, lo), (_, r) in
            zip(zip(decided["claim_id"], decided["low"], strict=True), decided.iterrows(), strict=True)]  # fmt: skip
    for i, f in filings.iterrows():
        fw = _window(f)
        if fw is None:
            continue
        fits = [
            (abs((w[0] - fw[0]).days), cid)
            for cid, lo, w in wins
            if w is not None and lo >= int(f["high"]) and w[0] <= fw[1] + slack and fw[0] <= w[1] + slack
        ]
        if fits:
            out[i] = min(fits)[1]
    return out


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
        "figure": FIGURES[kind],
        "when": fact_date(r["date"], r["date_precision"]),
        "percent": r.get("percent"),
        "scope": r.get("scope"),
        "part_of": None,
    }


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    for col in ("low", "high", "n_sources", "running_low", "running_high"):
        df[col] = pd.to_numeric(df[col]).astype("Int64")
    for col in ("date", "first_reported", "last_reported"):
        df[col] = pd.to_datetime(df[col])
    df["approximate"] = df["approximate"].astype(bool)
    df["percent"] = pd.to_numeric(df["percent"], errors="coerce").astype("float64")
    return df
