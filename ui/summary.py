"""Turn a View into what pages print: headline KPIs, conflict lines, facts per article, display tables.

Pure functions of View frames; pages only lay these out.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from ui.format import count, day, is_missing, money, pct, sources_text

_RECORD_TABLES = ("prices", "targets", "layoffs", "events")


@dataclass(frozen=True)
class Kpi:
    label: str
    value: str
    help: str = ""
    delta: str | None = None


def _frame(v, name: str) -> pd.DataFrame:
    df = getattr(v, name, None)
    return df if isinstance(df, pd.DataFrame) else pd.DataFrame()


def _no_consensus(latest: pd.DataFrame) -> str:
    """Why no median target is shown: none reported, or targets of several companies (never pooled)."""
    target = pd.to_numeric(latest["target"], errors="coerce") if "target" in latest else pd.Series(dtype=float)
    companies = latest.loc[target.notna(), "company"].dropna().nunique() if "company" in latest else 0
    if companies > 1:
        return f"targets for {companies} companies: pick one to see its consensus"
    return "no price targets in these articles"


def _dates(s: pd.Series) -> pd.Series:
    return pd.to_datetime(s.astype("object"), errors="coerce", format="mixed", utc=True).dt.tz_localize(None)


def scope_note(v) -> str:
    """Why a view shows fewer articles than the filters match (it reconciles only the latest ones), else "".

    >>> scope_note(type("V", (), {"limited": {"shown": 300, "total": 12345}})())
    'Showing the latest 300 of 12,345 matching articles; narrow the company or dates to see older ones.'
    """
    lim = getattr(v, "limited", None) or {}
    if not lim or lim.get("total", 0) <= lim.get("shown", 0):
        return ""
    return (
        f"Showing the latest {lim['shown']:,} of {lim['total']:,} matching articles; narrow the company or dates "
        "to see older ones."
    )


def headline(v) -> list[Kpi]:
    """Articles and date span, latest close, consensus target and upside, layoff rounds and latest total."""
    kpis = getattr(v, "kpis", None) or {}
    arts = _frame(v, "articles")
    pub = _dates(arts["published"]) if "published" in arts else pd.Series(dtype="datetime64[ns]")
    span = f"{day(pub.min())} → {day(pub.max())}" if pub.notna().any() else "no dates"
    out = [Kpi("Articles", count(kpis.get("n_articles", len(arts))), f"published {span}")]
    out.append(_close_kpi(v))
    cons = getattr(v, "target_consensus", None) or {}
    if not is_missing(cons.get("median")):
        n, up, cur = cons.get("n_firms"), cons.get("implied_upside_pct"), cons.get("currency") or "USD"
        out.append(
            Kpi(
                "Median analyst target",
                money(cons["median"], cur),
                f"range {money(cons.get('low'), cur)}–{money(cons.get('high'), cur)}"
                + (f" from {n} firms (latest action per firm)" if n else ""),
                delta=None if is_missing(up) else f"{pct(up)} upside vs latest close",
            )
        )
    else:
        out.append(Kpi("Median analyst target", "—", _no_consensus(_frame(v, "latest_targets"))))
    out.append(_layoff_kpi(v))
    return out


def _close_kpi(v) -> Kpi:
    claims = _frame(v, "price_claims")
    if claims.empty or "price" not in claims:
        return Kpi("Latest reported close", "—", "no share prices in these articles")
    c = claims.assign(_d=_dates(claims["date"]) if "date" in claims else pd.NaT)
    closes = c[c["kind"].astype("object") == "close"] if "kind" in c else c
    closes = closes if len(closes) else c
    closes = closes.dropna(subset=["_d"]) if closes["_d"].notna().any() else closes
    last_day = closes["_d"].max()
    same = closes[closes["_d"] == last_day] if not is_missing(last_day) else closes.tail(1)
    prices = sorted(same["price"].dropna().unique())
    n = int(pd.to_numeric(same.get("n_sources", pd.Series([1])), errors="coerce").fillna(1).sum())
    cur = same["currency"].dropna().iloc[0] if "currency" in same and same["currency"].notna().any() else "USD"
    if len(prices) > 1:
        close = (getattr(v, "kpis", None) or {}).get("latest_close")
        if isinstance(close, dict) and close.get("basis"):  # the value shown and why: "most cited, 24 of 290 sources"
            return Kpi("Latest reported close", money(close["value"], cur),
                       f"on {day(last_day)}; {len(prices)} values reported, shown: {close['basis']}")  # fmt: skip
        last = same.sort_values("last_reported").iloc[-1] if "last_reported" in same else same.iloc[-1]
        shown = " vs ".join(money(p, cur) for p in prices)
        return Kpi("Latest reported close", money(last["price"], cur), f"on {day(last_day)}; sources disagree: {shown}")
    return Kpi("Latest reported close", money(prices[0], cur) if prices else "—", f"on {day(last_day)}, {n} source(s)")


def _layoff_kpi(v) -> Kpi:
    kpis = getattr(v, "kpis", None) or {}
    claims = _frame(v, "layoff_claims")
    if claims.empty or "kind" not in claims:
        return Kpi("Layoffs", "—", "no layoffs reported in these articles")
    kind = claims["kind"].astype("object")
    rounds = int(kpis.get("layoff_rounds", (kind == "round").sum()))
    last = kpis.get("latest_cumulative")
    if not last:
        totals = claims[kind == "cumulative"]
        if len(totals):
            order = _dates(totals["first_reported"]) if "first_reported" in totals else pd.Series(range(len(totals)))
            last = totals.iloc[int(order.reset_index(drop=True).fillna(pd.Timestamp.min).argmax())].to_dict()
    if last:
        lo, hi = last.get("low"), last.get("high")
        value = ("≈" if last.get("approximate") is True else "") + (
            count(lo) if is_missing(hi) or hi == lo else f"{count(lo)}–{count(hi)}"
        )
        when = day(last.get("reported", last.get("first_reported")))
        return Kpi("Layoffs: latest cumulative total", value, f"reported {when}; {rounds} round(s) reported")
    return Kpi("Layoffs: rounds reported", str(rounds), "no cumulative total stated")


def conflict_lines(v, kinds: tuple[str, ...] | None = None) -> list[str]:
    """One Markdown line per conflict: what disagrees, on which day, the values and who said each."""
    c = _frame(v, "conflicts")
    if c.empty:
        return []
    if kinds and "kind" in c:
        c = c[c["kind"].astype(str).str.lower().isin(kinds)]
    lines = []
    for r in c.to_dict("records"):
        vals = r.get("values")
        vals = ", ".join(map(str, vals)) if isinstance(vals, list | tuple) else str(vals or "")
        src = sources_text(r.get("sources"))
        when = day(r.get("date"))
        when = f" · {when}" if when not in ("", "—") else ""
        lines.append(
            f"**{_md(r.get('kind', ''))}** · {_md(r.get('subject') or '')}{when}: "
            f"{_md(vals)}" + (f" ({_md(src)})" if src else "")
        )
    return lines


def _md(text: object) -> str:
    """Neutralise Markdown/HTML control characters in text that goes into st.markdown.

    >>> _md("<b>*x*</b> $5")
    '&lt;b&gt;\\\\*x\\\\*&lt;/b&gt; \\\\$5'
    """
    s = "" if is_missing(text) else str(text)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_[]#|$~":
        s = s.replace(ch, "\\" + ch)
    return s


def md(text: object) -> str:
    """Public alias of :func:`_md` for pages."""
    return _md(text)


def latest_articles(v, n: int = 5) -> pd.DataFrame:
    arts = _frame(v, "articles")
    if arts.empty:
        return arts
    return arts.assign(_p=_dates(arts["published"])).sort_values("_p", ascending=False, na_position="last").head(n)


def facts_for(v, article_id: str) -> list[str]:
    """Short Markdown lines for every fact extracted from one article."""
    out: list[str] = []
    p = _of(v, "prices", article_id)
    for r in p.to_dict("records"):
        out.append(f"Price: {money(r.get('price'), r.get('currency'))} ({_md(r.get('kind'))}) on {day(r.get('date'))}")
    for r in _of(v, "targets", article_id).to_dict("records"):
        rating = f", {_md(r['rating'])}" if not is_missing(r.get("rating")) else ""
        target = f", target {money(r['target'], r.get('currency'))}" if not is_missing(r.get("target")) else ""
        out.append(f"Analyst: {_md(r.get('firm'))}{rating}{target}")
    for r in _of(v, "layoffs", article_id).to_dict("records"):
        lo, hi = r.get("low"), r.get("high")
        fig = count(lo) if is_missing(hi) or hi == lo else f"{count(lo)}–{count(hi)}"
        out.append(f"Layoffs: {'about ' if r.get('approximate') is True else ''}{fig} ({_md(r.get('kind'))})")
    for r in _of(v, "events", article_id).to_dict("records"):
        status = f" ({_md(r['status'])})" if not is_missing(r.get("status")) else ""
        out.append(f"Event: {event_label(r)}{status}")
    return out


def _of(v, table: str, article_id: str) -> pd.DataFrame:
    df = _frame(v, table)
    return df[df["article_id"] == article_id] if "article_id" in df else df.iloc[0:0]


def spans_for(v, article_id: str) -> list[tuple[int, int, str]]:
    """``(start, end, table)`` for every record extracted from one article (for highlighting)."""
    out = []
    for table in _RECORD_TABLES:
        df = _of(v, table, article_id)
        if {"span_start", "span_end"} <= set(df.columns):
            for s, e in zip(df["span_start"], df["span_end"], strict=True):
                if not is_missing(s) and not is_missing(e):
                    out.append((int(s), int(e), table))
    return out


def evidence(v, article_id: str, table: str | None = None, date: str | None = None) -> list[Mapping]:
    """The records of one article (optionally one table and day) with their sentence, for a clicked point."""
    rows: list[Mapping] = []
    for t in (table,) if table else _RECORD_TABLES:
        df = _of(v, t, article_id)
        for r in df.to_dict("records"):
            if date and day(r.get("date")) != date:
                continue
            rows.append({"table": t, **r})
    return rows


def event_label(rec: Mapping) -> str:
    """``investment · OpenAI · $50.0B`` for one event record (Markdown-safe)."""
    parts = [str(rec.get("type") or "event").replace("_", " "), rec.get("counterparty")]
    amount = money(rec["amount_usd"]) if not is_missing(rec.get("amount_usd")) else None
    return " · ".join(_md(p) for p in [*parts, amount] if not is_missing(p) and p)


def read_market_csv(data: bytes) -> pd.DataFrame:
    """A user's OHLC/close CSV as ``date, close`` (columns matched case-insensitively; bad rows dropped)."""
    df = pd.read_csv(io.BytesIO(data))
    cols = {c.strip().lower(): c for c in df.columns}
    date_col = cols.get("date") or cols.get("timestamp") or df.columns[0]
    close_col = cols.get("close") or cols.get("adj close") or cols.get("price")
    if close_col is None:
        raise ValueError("the CSV needs a 'close' column (and a 'date' column)")
    out = pd.DataFrame(
        {
            "date": pd.to_datetime(df[date_col], errors="coerce", format="mixed"),
            "close": pd.to_numeric(df[close_col], errors="coerce"),
        }
    )
    return out.dropna().sort_values("date").reset_index(drop=True)


def display(df: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    """The listed columns that exist, with list/dict cells (sources) flattened to readable text."""
    out = df[[c for c in cols if c in df.columns]].copy()
    for c in out.columns:
        nested = out[c].dtype == object and any(isinstance(x, list | tuple | dict) for x in out[c])
        if c == "sources" or nested:
            out[c] = out[c].map(sources_text)
    return out


def consensus_basis(cons: Mapping) -> str:
    """What the consensus is made of: one target per firm (its latest action), how many, over which days.

    >>> consensus_basis({"basis": "latest action per firm", "n_firms": 14, "first_action": "2024-04-15",
    ...                  "last_action": "2024-10-25"})
    'Basis: latest action per firm, 14 firms, Apr 15, 2024 – Oct 25, 2024'
    >>> consensus_basis({"n_firms": 0})
    ''
    """
    n = cons.get("n_firms") or 0
    if not n:
        return ""
    out = f"Basis: {cons.get('basis') or 'latest action per firm'}, {n} firm{'s' if n != 1 else ''}"
    first, last = cons.get("first_action"), cons.get("last_action")
    if not is_missing(first) and not is_missing(last):
        a, b = _short_day(first), _short_day(last)
        out += f", {a}" if a == b else f", {a} – {b}"
    return out


def _short_day(value) -> str:
    return pd.Timestamp(value).strftime("%b %-d, %Y")


def action_date_text(date, precision=None, basis=None) -> str:
    """The day a firm acted as a table shows it; the article's day when the text gave none, said so.

    >>> action_date_text(pd.Timestamp("2024-04-26"), "day", "stated"), action_date_text("2024-08-05", "week", "stated")
    ('Apr 26, 2024', 'week of Aug 5, 2024')
    >>> action_date_text(pd.Timestamp("2024-08-14"), "day", "published"), action_date_text(None)
    ('Aug 14, 2024 (article date)', '—')
    """
    if is_missing(date):
        return "—"
    ts = pd.Timestamp(date)
    text = {"week": f"week of {_short_day(ts)}", "month": ts.strftime("%B %Y")}.get(
        precision if isinstance(precision, str) else "", _short_day(ts)
    )
    return text + (" (article date)" if basis == "published" else "")


def target_rows(v) -> pd.DataFrame:
    """Latest target per firm with a ``previous → new`` column, the day the firm acted (``acted``) and, where the
    previous target the firm states differs from the last one seen from it, both (``gap``)."""
    t = _frame(v, "latest_targets")
    if t.empty:
        return t
    recs = _frame(v, "targets")
    if {"article_id", "firm", "sentence"} <= set(recs.columns) and {"article_id", "firm"} <= set(t.columns):
        sentences = recs.drop_duplicates(["article_id", "firm"]).set_index(["article_id", "firm"])["sentence"]
        t = t.assign(sentence=[sentences.get((a, f)) for a, f in zip(t["article_id"], t["firm"], strict=True)])
    cur = t["currency"].fillna("USD") if "currency" in t else pd.Series(["USD"] * len(t), index=t.index)
    change = [
        f"{money(p, c)} → {money(n, c)}" if not is_missing(p) else money(n, c)
        for p, n, c in zip(t.get("previous_target", [None] * len(t)), t.get("target", [None] * len(t)), cur,
                           strict=True)
    ]  # fmt: skip
    n = len(t)
    acted = [
        action_date_text(d, p, b)
        for d, p, b in zip(t.get("date", [None] * n), t.get("date_precision", [None] * n),
                           t.get("date_basis", [None] * n), strict=True)
    ]  # fmt: skip
    gap = [
        f"previous stated {money(p, c)}; last seen {money(s, c)} on {_short_day(d)}"
        if not is_missing(g) and bool(g) and not is_missing(s) and not is_missing(d)
        else ""
        for g, p, s, d, c in zip(t.get("previous_gap", [None] * n), t.get("previous_target", [None] * n),
                                 t.get("last_seen_target", [None] * n), t.get("last_seen_date", [None] * n), cur,
                                 strict=True)
    ]  # fmt: skip
    return t.assign(change=change, acted=acted, gap=gap)


def event_rows(v) -> pd.DataFrame:
    """Event claims with the amount written with units (``$50.0B``)."""
    e = _frame(v, "event_claims")
    if e.empty:
        return e
    return e.assign(amount=[money(a) if not is_missing(a) else "" for a in e.get("amount_usd", [None] * len(e))])


def layoff_rows(v) -> pd.DataFrame:
    """The tally rows (or the layoff claims) with the first source's sentence and the outlets."""
    t = _frame(v, "layoff_tally")
    t = t if not t.empty else _frame(v, "layoff_claims")
    if t.empty or "sources" not in t:
        return t
    first = [s[0] if isinstance(s, list | tuple) and s and isinstance(s[0], Mapping) else {} for s in t["sources"]]
    return t.assign(
        sentence=[f.get("sentence") or f.get("evidence") for f in first], outlets=t["sources"].map(sources_text)
    )


def undated(df: pd.DataFrame) -> int:
    """How many rows have no date of any kind (they cannot be placed on a timeline)."""
    cols = [c for c in ("date_start", "date", "first_reported", "published") if c in df]
    if df.empty or not cols:
        return 0
    return int(df[cols].isna().all(axis=1).sum())


def status_rows(v) -> pd.DataFrame:
    """Event status history (talks → announced …) as text."""
    s = _frame(v, "event_status")
    if s.empty or "history" not in s:
        return s
    if "history_text" in s:
        return s.assign(history=s["history_text"].where(s["history_text"].notna(), s["history"].map(_history)))
    return s.assign(history=s["history"].map(_history))


def _history(h: object) -> str:
    """A status history as ``talks (2026-01-29) → announced (2026-02-02)``.

    >>> _history([{"status": "talks", "date": "2026-01-29"}, {"status": "announced", "date": "2026-02-02"}])
    'talks (2026-01-29) → announced (2026-02-02)'
    """
    if isinstance(h, str) or is_missing(h):
        return "" if is_missing(h) else str(h)
    parts = []
    for step in h:  # type: ignore[union-attr]
        if isinstance(step, Mapping):
            when = step.get("date") or step.get("first_reported") or step.get("published")
            parts.append(f"{step.get('status')} ({day(when)})" if when else str(step.get("status")))
        else:
            parts.append(str(step))
    return " → ".join(parts)
