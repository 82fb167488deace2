"""Turn a View into what pages print: headline KPIs, conflict lines, facts per article, display tables.

Pure functions of View frames; pages only lay these out.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from data_layer.extract._finance_rules import RATINGS
from data_layer.reconcile import consensus
from ui.format import basis_note, count, day, is_missing, money, money_short, pct, sources_text
from ui.tables import plural

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
    """What a view lists when it holds only the latest of the matching articles, else "".

    >>> scope_note(type("V", (), {"limited": {"shown": 1000, "total": 12345}})())[:81]
    'Lists show the latest 1,000 of 12,345 matching articles; counts, dates and charts'
    """
    lim = getattr(v, "limited", None) or {}
    if not lim or lim.get("total", 0) <= lim.get("shown", 0):
        return ""
    return (
        f"Lists show the latest {lim['shown']:,} of {lim['total']:,} matching articles; counts, dates and charts "
        "cover all of them. Download the view for every row."
    )


def listed(v, name: str) -> tuple[int, int] | None:
    """``(shown, total)`` rows of table ``name`` when the view lists only the latest of them, else None."""
    total = v.total(name) if hasattr(v, "total") else len(_frame(v, name))
    shown = len(_frame(v, name))
    return (shown, total) if total > shown else None


def total(v, name: str) -> int:
    """How many rows of table ``name`` match the view's filters (more than it lists when it is cut)."""
    return v.total(name) if hasattr(v, "total") else len(_frame(v, name))


def with_article(arts: pd.DataFrame, article) -> pd.DataFrame:
    """``arts`` with one more stored article (an :class:`~data_layer.models.Article`, say an older one a link names)
    at the end, unless it is listed already."""
    if article is None or (len(arts) and (arts["article_id"] == article.id).any()):
        return arts
    company = article.company
    row = {"article_id": article.id, "title": article.title, "source": article.source,
           "published": pd.Timestamp(article.published.replace(tzinfo=None)) if article.published else pd.NaT,
           "company": company.name if company else None, "ticker": company.ticker if company else None}  # fmt: skip
    return pd.concat([arts, pd.DataFrame([row])], ignore_index=True) if len(arts) else pd.DataFrame([row])


def headline(v) -> list[Kpi]:
    """Articles and date span, latest close, consensus target and upside, layoff rounds and latest total."""
    kpis = getattr(v, "kpis", None) or {}
    arts = _frame(v, "articles")
    pub = _dates(arts["published"]) if "published" in arts else pd.Series(dtype="datetime64[ns]")
    first, last = kpis.get("first_published"), kpis.get("last_published")  # every matching article's, not the listed
    if is_missing(first) or is_missing(last):
        first, last = (pub.min(), pub.max()) if pub.notna().any() else (None, None)
    span = f"{day(first)} → {day(last)}" if not is_missing(first) else "no dates"
    out = [Kpi("Articles", count(kpis.get("n_articles", len(arts))), f"published {span}")]
    if len(names := companies_in(v)) > 1:  # never one number made of several companies: see the per-company table
        n_conf, n_ev = total(v, "conflicts"), total(v, "event_status")
        return [
            *out,
            Kpi("Companies", count(len(names)), "pick one in the sidebar for its close, targets and layoffs"),
            Kpi("Conflicting reports", count(n_conf), "sources disagree on a figure (each about one company)"),
            Kpi("Corporate events", count(n_ev), "deals, results dates and more (each about one company)"),
        ]
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
    close = (getattr(v, "kpis", None) or {}).get("latest_close")
    if isinstance(close, dict) and close.get("values") is not None:  # the store's latest closing day, whichever
        cur, when, values = close.get("currency") or "USD", day(close["date"]), close["values"]  # claims are listed
        if len(values) > 1:
            return Kpi("Latest reported close", money(close["value"], cur),
                       f"on {when}; {len(values)} values reported, shown: {close['basis']}")  # fmt: skip
        return Kpi("Latest reported close", money(close["value"], cur),
                   f"on {when}, {plural(int(close.get('total_sources') or close['n_sources']), 'source')}")  # fmt: skip
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
    return Kpi(
        "Latest reported close", money(prices[0], cur) if prices else "—", f"on {day(last_day)}, {plural(n, 'source')}"
    )


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
        return Kpi("Layoffs: latest cumulative total", value, f"reported {when}; {plural(rounds, 'round')} reported")
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
    """Short Markdown lines for every fact extracted from one article, every field the extractor read included."""
    out: list[str] = []
    p = _of(v, "prices", article_id)
    for r in p.to_dict("records"):
        move = f", {pct(r['change_pct'])} on the day" if not is_missing(r.get("change_pct")) else ""
        out.append(
            f"Price: {money(r.get('price'), r.get('currency'))} ({_md(r.get('kind'))}) on {day(r.get('date'))}{move}"
        )
    for r in _of(v, "targets", article_id).to_dict("records"):
        move = rating_move(r.get("rating"), r.get("previous_rating"), r.get("action"), r.get("rating_class"))
        rating = f", {_md(move)}" if move else ""
        target = f", target {money(r['target'], r.get('currency'))}" if not is_missing(r.get("target")) else ""
        if target and not is_missing(r.get("previous_target")):
            target = (
                f", target {money(r['previous_target'], r.get('currency'))} → {money(r['target'], r.get('currency'))}"
            )
        when = f" ({day(r['date'])})" if not is_missing(r.get("date")) else ""
        out.append(f"Analyst: {_md(r.get('firm'))}{rating}{target}{when}")
    for r in _of(v, "layoffs", article_id).to_dict("records"):
        out.append(f"Layoffs: {_md(layoff_text(r))}")
    for r in _of(v, "events", article_id).to_dict("records"):
        status = f" ({_md(r['status'])})" if not is_missing(r.get("status")) else ""
        out.append(f"Event: {event_label(r)}{status}")
    return out


def layoff_text(r: Mapping) -> str:
    """One layoff figure in words: size, share of staff, scope, when, and whether it may still follow.

    >>> layoff_text({"low": 1200, "high": 1200, "percent": 6.0, "kind": "round", "scope": "warehouse"})
    '1,200 (6% of staff), warehouse, round'
    >>> layoff_text({"low": None, "percent": 15.0, "kind": "round", "date": "2024-01-01", "date_precision": "year"})
    '15% of staff, round, 2024'
    """
    lo, hi = r.get("low"), r.get("high")
    parts = []
    if not is_missing(lo):
        size = ("about " if r.get("approximate") is True else "") + (
            count(lo) if is_missing(hi) or hi == lo else f"{count(lo)}–{count(hi)}"
        )
        parts.append(size + (f" ({float(r['percent']):g}% of staff)" if not is_missing(r.get("percent")) else ""))
    elif not is_missing(r.get("percent")):
        parts.append(f"{float(r['percent']):g}% of staff")
    if not is_missing(r.get("scope")):
        parts.append(str(r["scope"]))
    kind = "cumulative total" if r.get("kind") == "cumulative" else "round"
    parts.append("possible further " + kind if r.get("status") == "prospective" else kind)
    if when := precise_day(r.get("date"), r.get("date_precision")):
        parts.append(when)
    return ", ".join(parts)


def precise_day(value: object, precision: object = None) -> str:
    """A date at the precision the text gave it: ``2025`` for a year, ``2026-01`` for a month, else the day.

    >>> precise_day("2025-01-01", "year"), precise_day("2026-01-01", "month"), precise_day("2026-01-26", "week")
    ('2025', '2026-01', 'week of 2026-01-26')
    >>> precise_day("2026-10-01", "quarter"), precise_day(None), precise_day("2026-01")
    ('2026-Q4', '', '2026-01')
    """
    if is_missing(value):
        return ""
    if isinstance(value, str) and len(value) < 10:
        return value  # already at its precision ("2026-01", "2025")
    ts = pd.Timestamp(value)
    p = precision if isinstance(precision, str) else "day"
    return {
        "year": str(ts.year),
        "half": f"{ts.year}-H{(ts.month - 1) // 6 + 1}",
        "quarter": f"{ts.year}-Q{(ts.month - 1) // 3 + 1}",
        "month": ts.strftime("%Y-%m"),
        "week": f"week of {ts.date().isoformat()}",
    }.get(p, ts.date().isoformat())


_CLASS_ORDER = {"sell": 0, "hold": 1, "buy": 2}


def _rating_class(rating: object) -> str | None:
    key = " ".join(str(rating).lower().replace("-", " ").split()) if not is_missing(rating) else ""
    return RATINGS.get(key)


def rating_move(rating: object, previous: object, action: object, rating_class: object = None) -> str:
    """A rating as a reader wants it: previous → new with upgrade/downgrade, initiation or reiteration wording.

    >>> rating_move("Underweight", "Equal-Weight", "lowered", "sell"), rating_move("Buy", "Neutral", "upgraded")
    ('Equal-Weight → Underweight (downgrade)', 'Neutral → Buy (upgrade)')
    >>> rating_move("Overweight", None, "initiated"), rating_move("Buy", None, "reiterated"), rating_move(None, 0, 0)
    ('Overweight (coverage initiated)', 'Buy (reiterated)', '')
    >>> rating_move("Buy", None, "upgraded"), rating_move("Hold", None, "maintained")
    ('upgraded to Buy', 'Hold (maintained)')
    """
    new = "" if is_missing(rating) else str(rating)
    act = "" if is_missing(action) else str(action)
    if new and not is_missing(previous) and str(previous).strip().lower() != new.strip().lower():
        a, b = _rating_class(previous), (rating_class if isinstance(rating_class, str) else _rating_class(new))
        word = {"upgraded": "upgrade", "downgraded": "downgrade"}.get(act)
        if word is None and a in _CLASS_ORDER and b in _CLASS_ORDER and a != b:
            word = "upgrade" if _CLASS_ORDER[b] > _CLASS_ORDER[a] else "downgrade"
        return f"{previous} → {new}" + (f" ({word})" if word else "")
    if not new:
        return {"initiated": "coverage initiated", "reiterated": "reiterated", "maintained": "maintained"}.get(act, "")
    if act in ("upgraded", "downgraded"):
        return f"{act} to {new}"
    if act == "initiated":
        return f"{new} (coverage initiated)"
    if act in ("reiterated", "maintained"):
        return f"{new} ({act})"
    return new


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
    """``investment · OpenAI · $50.0B · 2026-01-30`` for one event record (Markdown-safe): type, counterparty,
    amount (and the valuation it implies), and the date at its precision."""
    parts = [str(rec.get("type") or "event").replace("_", " "), rec.get("counterparty")]
    amount = money(rec["amount_usd"]) if not is_missing(rec.get("amount_usd")) else None
    if amount is None and not is_missing(rec.get("amount_text")):
        amount = str(rec["amount_text"])
    value = f"valued at {money(rec['valuation_usd'])}" if not is_missing(rec.get("valuation_usd")) else None
    when = precise_day(rec.get("date"), rec.get("date_precision"))
    closing = f"expected to close {rec['expected_close']}" if not is_missing(rec.get("expected_close")) else None
    return " · ".join(_md(p) for p in [*parts, amount, value, when, closing] if not is_missing(p) and p)


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
    return text + basis_note(basis)


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
        "" if is_missing(n) else f"{money(p, c)} → {money(n, c)}" if not is_missing(p) else money(n, c)
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
    moves = [
        rating_move(r, p, a, c)
        for r, p, a, c in zip(t.get("rating", [None] * n), t.get("previous_rating", [None] * n),
                              t.get("action", [None] * n), t.get("rating_class", [None] * n), strict=True)
    ]  # fmt: skip
    return t.assign(change=change, acted=acted, gap=gap, rating_change=moves)


def claim_ratings(claims: pd.DataFrame) -> pd.DataFrame:
    """Target claims with the rating in words (previous → new, upgrade/downgrade, initiation, reiteration)."""
    if claims.empty:
        return claims
    n = len(claims)
    moves = [
        rating_move(r, p, a, c)
        for r, p, a, c in zip(claims.get("rating", [None] * n), claims.get("previous_rating", [None] * n),
                              claims.get("action", [None] * n), claims.get("rating_class", [None] * n), strict=True)
    ]  # fmt: skip
    return claims.assign(rating_change=moves)


def event_rows(v) -> pd.DataFrame:
    """Event claims with the amount written with units (``$50.0B``), the valuation the deal implies (from its
    records) and the date at its precision (``when``; "(article date)" when the text gave none)."""
    e = _frame(v, "event_claims")
    if e.empty:
        return e
    n = len(e)
    recs = _frame(v, "events")
    valuation: dict = {}
    if {"article_id", "type", "valuation_usd"} <= set(recs.columns):
        known = recs.dropna(subset=["valuation_usd"])
        valuation = known.groupby(["article_id", "type"])["valuation_usd"].max().to_dict()
    firsts = [
        s[0].get("article_id") if isinstance(s, list | tuple) and s else None for s in e.get("sources", [None] * n)
    ]
    return e.assign(
        amount=[money(a) if not is_missing(a) else "" for a in e.get("amount_usd", [None] * n)],
        valuation=[
            money(valuation[(a, t)]) if (a, t) in valuation else "" for a, t in zip(firsts, e["type"], strict=True)
        ],
        when=[precise_day(d, p) + (basis_note(b) if not is_missing(d) else "")
              for d, p, b in zip(e.get("date", [None] * n), e.get("date_precision", [None] * n),
                                 e.get("date_basis", [None] * n), strict=True)],
    )  # fmt: skip


def layoff_rows(v) -> pd.DataFrame:
    """The tally rows (or the layoff claims) with the size in words (``cut``), the first source's sentence and the
    outlets."""
    t = _frame(v, "layoff_tally")
    t = t if not t.empty else _frame(v, "layoff_claims")
    if t.empty or "sources" not in t:
        return t
    first = [s[0] if isinstance(s, list | tuple) and s and isinstance(s[0], Mapping) else {} for s in t["sources"]]
    n = len(t)
    cut = [
        ("≈" if a is True else "") + (count(lo) if is_missing(hi) or hi == lo else f"{count(lo)}–{count(hi)}")
        if not is_missing(lo) else ""
        for lo, hi, a in zip(t["low"], t["high"], t.get("approximate", [False] * n), strict=True)
    ]  # fmt: skip
    when = t["when"] if "when" in t else [precise_day(d, p) for d, p in
                                          zip(t["date"], t.get("date_precision", [None] * n), strict=True)]  # fmt: skip
    return t.assign(
        cut=cut,
        when=when,
        sentence=[f.get("sentence") or f.get("evidence") for f in first],
        outlets=t["sources"].map(sources_text),
    )


def _figures(v) -> pd.DataFrame | None:
    """The view's per-company figures read from the store (every matching row), if it has them."""
    df = getattr(v, "by_company", None)
    return df if isinstance(df, pd.DataFrame) else None


def companies_in(v) -> list[str]:
    """The companies the view's facts are about (articles and every fact table)."""
    if (figures := _figures(v)) is not None:  # every matching row's, not only the listed rows'
        return [str(c) for c in figures["company"]]
    names: dict[str, None] = {}
    for name in ("price_claims", "latest_targets", "layoff_claims", "event_claims", "articles"):
        df = _frame(v, name)
        if "company" in df:
            names.update(dict.fromkeys(str(c) for c in df["company"].dropna()))
    return sorted(names)


def consensus_by_company(v) -> dict[str, dict]:
    """Each company's own target consensus (and latest close), for charts drawn one panel per company."""
    if (figures := _figures(v)) is not None:  # computed from every matching row, in one query
        return {str(n): c for n, c in zip(figures["company"], figures["consensus"], strict=True) if c is not None}
    prices, latest = _frame(v, "price_claims"), _frame(v, "latest_targets")
    if "company" not in latest or latest.empty:
        return {}
    out = {}
    for name, lt in latest.groupby(latest["company"].astype("object"), sort=True):
        pc = prices[prices["company"] == name] if "company" in prices else prices.iloc[0:0]
        out[str(name)] = consensus(lt, pc)
    return out


def per_company(v) -> pd.DataFrame:
    """One row per company: its latest close, its analysts' targets (median, range, firms, upside) and its layoffs
    (latest reported total, else the sum of its rounds) — each figure about that one company only."""
    if (figures := _figures(v)) is not None:
        return pd.DataFrame([_company_row(r) for r in figures.to_dict("records")], columns=_PER_COMPANY)
    prices, latest, tally = _frame(v, "price_claims"), _frame(v, "latest_targets"), _frame(v, "layoff_tally")
    prices = prices[[c for c in _CLOSE_COLUMNS if c in prices]]  # the columns read here: each company's rows are
    tally = tally[[c for c in _TALLY_COLUMNS if c in tally]]
    by_prices, by_latest, by_tally = _by_company(prices), _by_company(latest), _by_company(tally)  # split once
    rows = []
    for name in companies_in(v):
        pc, lt = by_prices.get(name, prices.iloc[0:0]), by_latest.get(name, latest.iloc[0:0])
        cons = consensus(lt, pc) if len(lt) else {}
        close = _close_kpi(type("V", (), {"price_claims": pc})())
        cur = cons.get("currency") or "USD"
        n_firms = int(cons.get("n_firms") or 0)
        rows.append(
            {
                "company": name,
                "close": "" if close.value == "—" else f"{close.value} ({close.help.removeprefix('on ')})",
                "firms": str(lt["firm"].nunique()) if len(lt) else "",
                "targets": ""
                if not n_firms
                else f"{money_short(cons.get('median'), cur)} ({_span(cons.get('low'), cons.get('high'), cur)}, "
                f"{plural(n_firms, 'firm')})",
                "upside": pct(cons.get("implied_upside_pct")) if not is_missing(cons.get("implied_upside_pct")) else "",
                "layoffs": _company_layoffs(by_tally.get(name, tally.iloc[0:0])),
            }
        )
    return pd.DataFrame(rows, columns=_PER_COMPANY)


_PER_COMPANY = ["company", "close", "firms", "targets", "upside", "layoffs"]


def _company_row(r: Mapping) -> dict:
    """:func:`per_company`'s row of one company from its figures (``View.by_company``), worded as the row computed
    from the view's frames is."""
    cons = r["consensus"] or {}
    cur = cons.get("currency") or "USD"
    n_firms = int(cons.get("n_firms") or 0)
    return {
        "company": r["company"],
        "close": _tile_close(r["tile"]),
        "firms": str(r["firms"]) if r["n_latest"] else "",
        "targets": ""
        if not n_firms
        else f"{money_short(cons.get('median'), cur)} ({_span(cons.get('low'), cons.get('high'), cur)}, "
        f"{plural(n_firms, 'firm')})",
        "upside": pct(cons.get("implied_upside_pct")) if not is_missing(cons.get("implied_upside_pct")) else "",
        "layoffs": _figure_layoffs(r),
    }


def _tile_close(rows: list) -> str:
    """The close cell of :func:`per_company` from the claims :func:`_close_kpi` reads for one company: those of its
    latest day (its close claims, else every kind), or its last claim when none is dated."""
    if not rows:
        return ""
    when = day(pd.Timestamp(rows[0]["date"])) if not is_missing(rows[0]["date"]) else "—"
    prices = sorted({float(r["price"]) for r in rows if not is_missing(r["price"])})
    cur = next((r["currency"] for r in rows if not is_missing(r["currency"])), "USD")
    if len(prices) > 1:  # the latest reported value (an undated report counts as latest), every value listed
        dated = [r for r in rows if not is_missing(r["last_reported"])]
        last = (sorted(dated, key=lambda r: r["last_reported"]) + [r for r in rows if is_missing(r["last_reported"])])[
            -1
        ]
        value, help_ = (
            money(last["price"], cur),
            f"{when}; sources disagree: {' vs '.join(money(p, cur) for p in prices)}",
        )
    else:
        n = sum(1 if is_missing(r["n_sources"]) else int(r["n_sources"]) for r in rows)
        value, help_ = (money(prices[0], cur) if prices else "—"), f"{when}, {plural(n, 'source')}"
    return "" if value == "—" else f"{value} ({help_})"


def _figure_layoffs(r: Mapping) -> str:
    """:func:`_company_layoffs` from a company's figures (``View.by_company``)."""
    if not r["n_tally"]:
        return ""
    if r["cumulative"]:
        last = r["cumulative"][-1]
        size = ("≈" if bool(last["approximate"]) else "") + count(last["low"])
        return f"{size} reported total; {plural(r['n_rounds'], 'round')}"
    if r["n_rounds"]:
        lo, hi = int(r["rounds_low"]), int(r["rounds_high"] or 0)
        return f"{plural(r['n_rounds'], 'round')}: {count(lo) if lo == hi else f'{count(lo)}–{count(hi)}'}"
    return f"plan of {count(r['plans'][0])}" if r["plans"] else ""


_CLOSE_COLUMNS = ["company", "kind", "date", "price", "currency", "n_sources", "last_reported", "conflict"]
_TALLY_COLUMNS = ["company", "row", "low", "high", "approximate", "first_reported"]


def _by_company(df: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """``df``'s rows per company name (one split, not one filter per company)."""
    if "company" not in df or df.empty:
        return {}
    return {str(k): g for k, g in df.groupby(df["company"].astype("object"), sort=False, dropna=True)}


def _span(low, high, cur: str) -> str:
    return money_short(low, cur) if low == high else f"{money_short(low, cur)}–{money_short(high, cur)}"


def _company_layoffs(t: pd.DataFrame) -> str:
    if t.empty:
        return ""
    totals = t[t["row"] == "cumulative"].sort_values("first_reported", na_position="first")
    rounds = t[(t["row"] == "round") & t["low"].notna()]
    if len(totals):
        last = totals.iloc[-1]
        size = ("≈" if bool(last["approximate"]) else "") + count(last["low"])
        return f"{size} reported total; {plural(len(rounds), 'round')}"
    if len(rounds):
        lo, hi = int(rounds["low"].sum()), int(rounds["high"].sum())
        return f"{plural(len(rounds), 'round')}: {count(lo) if lo == hi else f'{count(lo)}–{count(hi)}'}"
    plans = t[t["row"] == "plan"]
    return f"plan of {count(plans['low'].iloc[0])}" if len(plans) else ""


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
