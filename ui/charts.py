"""Plotly figure builders: pure functions of View frames (no Streamlit, no I/O).

Every figure is titled, its axes say what and in which unit, colours are fixed per category so they
read the same in light and dark themes, and every point carries ``customdata[0] = article_id`` so a
click can show its evidence.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ui.format import basis_note, count, day, is_missing, money, money_short, sources_text

PRICE_COLOURS = {"close": "#3B82F6", "intraday": "#F59E0B", "unspecified": "#A855F7"}
# reports of different kinds on the same day sit side by side within the day instead of on top of each other
KIND_OFFSET_HOURS = {"close": 16, "intraday": 12, "unspecified": 8}
MARKET_COLOUR = "#14B8A6"
RATING_COLOURS = {"buy": "#22C55E", "hold": "#EAB308", "sell": "#EF4444", "unrated": "#94A3B8"}
EVENT_COLOURS = {
    "investment": "#3B82F6", "funding_round": "#6366F1", "partnership": "#14B8A6", "partnership_end": "#F97316",
    "closure": "#EF4444", "earnings_date": "#A855F7", "financial_result": "#8B5CF6", "product": "#06B6D4",
    "regulation": "#EAB308", "policy": "#CA8A04", "acquisition": "#22C55E", "executive_change": "#EC4899",
    "legal": "#DC2626", "guidance": "#0EA5E9", "other": "#94A3B8",
}  # fmt: skip
CONSENSUS_STYLES = {"low": "dot", "mean": "dashdot", "median": "dash", "high": "dot"}
_DAY_MS = 86_400_000
WEBGL_POINTS = 1000  # above this many points a trace is drawn with WebGL (go.Scattergl) and without text labels
MAX_ANNOTATIONS = 8  # conflict warnings drawn on one chart; with more, the page's list says it (no pile of arrows)
LABEL_POINTS = 60  # above this many prices, values are in the hover text only (labels would overlap)
_RING = {"width": 1, "color": "rgba(255,255,255,0.8)"}


def rows(df: pd.DataFrame | None) -> int:
    """Number of rows, 0 for None."""
    return 0 if df is None else len(df)


def wrap(text: object, width: int = 70) -> str:
    """Escape text for a plotly hover label and wrap it with ``<br>``.

    >>> wrap("a <b> c", 3)
    'a<br>&lt;b&gt;<br>c'
    """
    if is_missing(text) or not str(text).strip():
        return ""
    return "<br>".join(html.escape(line) for line in textwrap.wrap(str(text), width))


def _dates(df: pd.DataFrame, *cols: str) -> pd.Series:
    """The first non-missing date among ``cols`` per row, as naive day timestamps."""
    out = pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns]")
    for col in cols:
        if col in df:
            parsed = pd.to_datetime(df[col].astype("object"), errors="coerce", utc=True, format="mixed")
            out = out.fillna(parsed.dt.tz_localize(None).dt.normalize())
    return out


def _col(df: pd.DataFrame, name: str, default: object = None) -> pd.Series:
    return df[name] if name in df else pd.Series([default] * len(df), index=df.index, dtype="object")


def _panel_titles_left(fig: go.Figure) -> go.Figure:
    """Panel (company) titles at the top left of each panel, bold, clear of labels drawn at a line's top."""
    for a in fig.layout.annotations or ():
        if a.xref == "paper" and a.yref == "paper":
            a.update(x=0, xanchor="left", text=f"<b>{a.text}</b>", font={"size": 13})
    return fig


def _layout(fig: go.Figure, title: str, height: int = 460) -> go.Figure:
    """Title at the top left; the legend in a column right of the plot (never over the data or the axis titles)."""
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left"},
        height=height,
        margin={"l": 10, "r": 10, "t": 56, "b": 10},
        legend={"orientation": "v", "yanchor": "top", "y": 1, "xanchor": "left", "x": 1.01},
        hoverlabel={"align": "left"},
    )
    return fig


def _custom(df: pd.DataFrame, table: str) -> list[list[str]]:
    """``[article_id, day, table]`` per point: what a click needs to find the record's evidence."""
    when = _col(df, "report_date") if "report_date" in df else _col(df, "date")  # an aggregate: its nearest report
    return [[str(a), day(d), table] for a, d in zip(_col(df, "article_id", ""), when, strict=True)]


# --------------------------------------------------------------------------- price path


MAX_FACETS = 8  # companies drawn as small multiples; with more, the rest are listed as "pick a company"
COMPANY_COLOURS = ("#3B82F6", "#F97316", "#14B8A6", "#EC4899", "#84CC16", "#A855F7", "#EAB308", "#64748B")


def companies(*frames: pd.DataFrame | None) -> list[str]:
    """The companies in ``frames`` (sorted; rows without one are left out)."""
    names: set[str] = set()
    for df in frames:
        if df is not None and "company" in df:
            names.update(str(c) for c in df["company"].dropna())
    return sorted(names)


def price_figure(
    prices: pd.DataFrame,
    consensus: Mapping | None = None,
    events: pd.DataFrame | None = None,
    market: pd.DataFrame | None = None,
    consensus_by: Mapping[str, Mapping] | None = None,
) -> go.Figure:
    """Reported prices (one colour per kind), the analyst target band, events in a lane below, market close.

    Prices of several companies are drawn one company per panel (each its own price axis and target band from
    ``consensus_by``); the market line is drawn only for a single company."""
    names = companies(prices)
    if len(names) > 1:
        return _price_facets(prices, names[:MAX_FACETS], events, consensus_by or {})
    has_events = rows(events) > 0
    n_types = events["type"].nunique() if has_events and "type" in events else 0
    lane = max(0.22, min(0.5, 0.06 * n_types))  # a row per event type: every lane label fits
    fig = make_subplots(
        rows=2 if has_events else 1,
        cols=1,
        shared_xaxes=True,
        row_heights=[1 - lane, lane] if has_events else [1.0],
        vertical_spacing=0.06,
    )
    p = _placed_prices(prices)
    xs = [p["x"]]
    if rows(market):
        m = market.sort_values("date")
        xs.append(m["date"])
        fig.add_trace(
            go.Scatter(
                x=m["date"], y=m["close"], mode="lines", name="Market close (uploaded)",
                line={"color": MARKET_COLOUR, "width": 1.5},
                hovertemplate="%{x|%Y-%m-%d}<br>market close $%{y:,.2f}<extra></extra>",
            ),
            row=1, col=1,
        )  # fmt: skip
    _price_traces(fig, p, row=1)
    lane_x = _event_lane(fig, events) if has_events else pd.Series(dtype="datetime64[ns]")
    span = _x_span(pd.concat(xs).dropna(), lane_x.dropna())
    if len(span):
        x0, x1 = span.min().normalize() - pd.Timedelta(days=3), span.max().normalize() + pd.Timedelta(days=4)
        cons = consensus or {}
        if (cons.get("currency") or "USD") == (_axis_currency(p) or ""):  # a band in the prices' own unit only
            _target_band(fig, cons, x0, x1)
        _conflict_marks(fig, p)
        fig.update_xaxes(range=[x0, x1])
        if (x1 - x0).days <= 21:
            fig.update_xaxes(dtick=_DAY_MS, tick0=x0)
        _outside_note(fig, lane_x, x0, x1, row=2)
    currency = _axis_currency(p)
    fig.update_yaxes(title_text=f"Share price ({currency or 'as reported; several currencies'})",
                     tickprefix="$" if currency == "USD" else "", row=1, col=1)  # fmt: skip
    fig.update_xaxes(title_text="Date the price refers to", row=2 if has_events else 1, col=1, tickformat="%b %d\n%Y")
    height = 460 + (max(140, 34 * n_types) if has_events else 0)
    return _layout(fig, "Reported share prices, analyst target range and events", height=height)


def _placed_prices(prices: pd.DataFrame) -> pd.DataFrame:
    """Prices with their plotted x (kinds side by side within the day), conflict labels and label positions."""
    p = prices.copy()
    p["day"] = _dates(p, "date", "published")
    p = p.dropna(subset=["day"]).sort_values("day")
    kinds = p["kind"].astype("object").fillna("unspecified").astype(str)
    hours = kinds.map(KIND_OFFSET_HOURS).astype(float).fillna(12.0) + _spread_hours(p, kinds)
    p["x"] = p["day"] + pd.to_timedelta(hours, unit="h")
    p["label"] = _conflict_labels(p, kinds) if len(p) <= LABEL_POINTS else [""] * len(p)
    p["labelpos"] = _label_positions(p, kinds)
    return p


def _aggregate_line(r: Mapping) -> str:
    """For a point standing for a period's reports (``n_reports``): how many, their range and the nearest one."""
    if is_missing(r.get("n_reports")):
        return ""
    cur, n = r.get("currency"), int(r["n_reports"])
    span = money(r["low"], cur) if r["low"] == r["high"] else f"{money(r['low'], cur)}–{money(r['high'], cur)}"
    return (f"<br>{r.get('date_precision')} median of {n:,} report{'s' if n != 1 else ''}, {span}"
            f"<br>nearest the median: {day(r.get('report_date'))}")  # fmt: skip


def _price_traces(fig: go.Figure, p: pd.DataFrame, row: int, legend: bool = True) -> None:
    for kind, g in p.groupby(p["kind"].astype("object").fillna("unspecified"), sort=True):
        extra = [_aggregate_line(r) for r in g.to_dict("records")] if "n_reports" in g else [""] * len(g)
        hover = [
            f"<b>{money(v, c)}</b> {html.escape(str(k))} {'week of' if e and 'week' in e else 'on'} {day(d)}"
            f"{' · ' + html.escape(str(co)) if not is_missing(co) else ''}{e}"
            f"<br>{html.escape(sources_text(s))}<br>{wrap(t)}"
            for v, c, k, d, s, t, co, e in zip(
                g["price"], _col(g, "currency", "USD"), g["kind"], g["day"], _col(g, "source"), _col(g, "sentence"),
                _col(g, "company"), extra, strict=True,
            )
        ]  # fmt: skip
        colour = PRICE_COLOURS.get(str(kind), "#64748B")
        name = f"Reported {kind}" + (f" ({g['date_precision'].iloc[0]} median)" if "n_reports" in g else "")
        common = {"x": g["x"], "y": g["price"], "name": name, "customdata": _custom(g, "prices"),
                  "hovertext": hover, "hoverinfo": "text", "legendgroup": f"price-{kind}",
                  "showlegend": legend}  # fmt: skip
        if len(g) > WEBGL_POINTS:  # many points: WebGL markers, no per-point labels (still clickable)
            trace = go.Scattergl(mode="markers", marker={"color": colour, "size": 7}, **common)
        else:
            trace = go.Scatter(
                mode="markers+text", text=list(g["label"]), textposition=list(g["labelpos"]),
                textfont={"color": colour, "size": 11}, cliponaxis=False,
                marker={"color": colour, "size": 11, "line": _RING}, **common,
            )  # fmt: skip
        fig.add_trace(trace, row=row, col=1)


def _price_facets(prices: pd.DataFrame, names: list[str], events, consensus_by: Mapping[str, Mapping]) -> go.Figure:
    """One panel per company (its own price axis), events in a last lane with one row per company."""
    has_events = rows(events) > 0
    n = len(names) + (1 if has_events else 0)
    titles = [html.escape(c) for c in names] + (["Events"] if has_events else [])
    fig = make_subplots(rows=n, cols=1, shared_xaxes=True, vertical_spacing=0.12 / max(n, 1) + 0.03,
                        subplot_titles=titles)  # fmt: skip
    p_all = _placed_prices(prices)
    lane_x = _event_lane(fig, events, row=n, by_company=True) if has_events else pd.Series(dtype="datetime64[ns]")
    span = _x_span(p_all["x"].dropna(), lane_x.dropna())
    x0 = span.min().normalize() - pd.Timedelta(days=3) if len(span) else None
    x1 = span.max().normalize() + pd.Timedelta(days=4) if len(span) else None
    for i, name in enumerate(names, start=1):
        p = p_all[p_all["company"].astype("object") == name]
        _price_traces(fig, p, row=i, legend=i == 1)
        cur = _axis_currency(p)
        cons = consensus_by.get(name) or {}
        if len(p) and x0 is not None and (cons.get("currency") or "USD") == (cur or ""):
            _target_band(fig, cons, x0, x1, row=i, legend=False)
        fig.update_yaxes(title_text=f"Price ({cur or 'mixed'})", tickprefix="$" if cur == "USD" else "", row=i, col=1)
    if x0 is not None:
        fig.update_xaxes(range=[x0, x1])
        _outside_note(fig, lane_x, x0, x1, row=n)
    fig.update_xaxes(title_text="Date the price refers to", row=n, col=1, tickformat="%b %d\n%Y")
    return _layout(_panel_titles_left(fig), f"Reported share prices, one panel per company ({len(names)})",
                   height=220 * n + 120)  # fmt: skip


def _x_span(price_x: pd.Series, event_x: pd.Series, near_days: int = 14) -> pd.Series:
    """The dates the axis spans: the prices' and the events within ``near_days`` of them (the axis never spans
    months for prices of one day because of a far event); the events' alone when there are no prices."""
    if not len(price_x):
        return event_x
    lo, hi = price_x.min() - pd.Timedelta(days=near_days), price_x.max() + pd.Timedelta(days=near_days)
    return pd.concat([price_x, event_x[(event_x >= lo) & (event_x <= hi)]])


def _outside_note(fig: go.Figure, lane_x: pd.Series, x0, x1, row: int) -> None:
    """Say how many events fall outside the dates the prices cover (they are on the Events timeline)."""
    outside = int(((lane_x < x0) | (lane_x > x1)).sum()) if len(lane_x) else 0
    if outside:
        fig.add_annotation(
            text=f"{outside} more event{'s' if outside != 1 else ''} outside these dates: see the Events timeline",
            xref="x domain", yref="y domain", x=1, y=1.0, xanchor="right", yanchor="bottom", showarrow=False,
            font={"size": 11, "color": "#64748B"}, row=row, col=1,
        )  # fmt: skip


def _axis_currency(p: pd.DataFrame) -> str | None:
    """The one currency of the plotted prices (USD when none is stated), or None when they mix currencies.

    >>> gbx, mixed = pd.DataFrame({"currency": ["GBX", "GBX"]}), pd.DataFrame({"currency": ["USD", "EUR"]})
    >>> _axis_currency(gbx), _axis_currency(mixed)
    ('GBX', None)
    """
    cur = set(_col(p, "currency", "USD").fillna("USD").astype(str)) if len(p) else {"USD"}
    return cur.pop() if len(cur) == 1 else None


def _same_report(p: pd.DataFrame, kinds: pd.Series) -> list[pd.Series]:
    """Group keys of prices that should agree: one company's price of one kind on one day."""
    company = _col(p, "company", "").astype("object").fillna("").rename("company")
    return [p["day"], kinds, company]


def _spread_hours(p: pd.DataFrame, kinds: pd.Series) -> pd.Series:
    """Hours to shift each report so different values of one kind on one day sit side by side (±2.5 h apart)."""
    if not len(p):
        return pd.Series(dtype=float)
    rank = p.groupby(_same_report(p, kinds))["price"].rank(method="dense") - 1
    n = p.groupby(_same_report(p, kinds))["price"].transform("nunique")
    return ((rank - (n - 1) / 2) * 5).fillna(0)


def _conflict_labels(p: pd.DataFrame, kinds: pd.Series) -> list[str]:
    """The value next to each marker on days where reports of the same kind disagree; empty elsewhere."""
    if not len(p):
        return []
    n = p.groupby(_same_report(p, kinds))["price"].transform("nunique")
    return [money(v, c) if k > 1 else "" for v, c, k in zip(p["price"], _col(p, "currency", "USD"), n, strict=True)]


def _label_positions(p: pd.DataFrame, kinds: pd.Series) -> list[str]:
    """Lowest disagreeing value labelled on the left of its marker, highest on the right, others above."""
    if not len(p):
        return []
    grp = p.groupby(_same_report(p, kinds))["price"]
    lo, hi = grp.transform("min"), grp.transform("max")
    return [
        "middle left" if v == a and a != b else "middle right" if v == b and a != b else "top center"
        for v, a, b in zip(p["price"], lo, hi, strict=True)
    ]


def _target_band(
    fig: go.Figure, consensus: Mapping, x0: pd.Timestamp, x1: pd.Timestamp, row: int = 1, legend: bool = True
) -> None:
    low, high, median = (consensus.get(k) for k in ("low", "high", "median"))
    if is_missing(low) or is_missing(high):
        return
    n, cur = consensus.get("n_firms"), consensus.get("currency") or "USD"
    label = f"Targets {money(low, cur)}–{money(high, cur)}" + (f"<br>({n} firms)" if not is_missing(n) else "")
    fig.add_trace(
        go.Scatter(
            x=[x0, x1, x1, x0], y=[low, low, high, high], fill="toself", mode="none", name=label,
            fillcolor="rgba(34,197,94,0.15)", hoverinfo="skip", showlegend=legend,
        ),
        row=row, col=1,
    )  # fmt: skip
    if not is_missing(median):
        fig.add_trace(
            go.Scatter(
                x=[x0, x1], y=[median, median], mode="lines", name=f"Median target {money(median, cur)}",
                line={"color": "#22C55E", "dash": "dash", "width": 2},
                hovertemplate=f"median analyst target {money(median, cur)}<extra></extra>", showlegend=legend,
            ),
            row=row, col=1,
        )  # fmt: skip


def _conflict_marks(fig: go.Figure, p: pd.DataFrame) -> None:
    """A warning sign above each day where reports of the same kind of price disagree."""
    if not len(p):
        return
    key = p["kind"].astype("object").fillna("unspecified").rename("kind")
    spread = p.groupby(_same_report(p, key))[["price", "x"]].agg({"price": ["nunique", "max"], "x": "first"})
    spread.columns = ["nunique", "max", "x"]
    spread = spread.reset_index()
    spread = spread[spread["nunique"] > 1].sort_values("day")
    if len(spread) > MAX_ANNOTATIONS:
        return
    for x, kind, n, top in spread[["x", "kind", "nunique", "max"]].itertuples(index=False):
        fig.add_annotation(
            x=x, y=top, text=f"⚠ {n} different {kind} prices", showarrow=True, arrowhead=2, ay=-64, ax=0,
            font={"color": "#F59E0B"}, row=1, col=1,
        )  # fmt: skip


def _event_lane(fig: go.Figure, events: pd.DataFrame, row: int = 2, by_company: bool = False) -> pd.Series:
    """Events as diamonds in one lane per type (or per company), coloured by type, every colour in the legend."""
    e = events.copy()
    e["x"] = _dates(e, "date_start", "date", "first_reported", "published")
    e = e.dropna(subset=["x"])
    e["label"] = e["type"].astype("object").fillna("other").astype(str).str.replace("_", " ")
    lanes = _col(e, "company", "").astype("object").fillna("").astype(str) if by_company else e["label"]
    for etype, g in e.groupby(e["type"].astype("object").fillna("other"), sort=True):
        fig.add_trace(
            go.Scatter(
                x=g["x"], y=list(lanes[g.index]), mode="markers", name=str(etype).replace("_", " "),
                legendgroup="events", legendgrouptitle_text="Events",
                marker={"symbol": "diamond", "size": 12, "color": EVENT_COLOURS.get(str(etype), "#94A3B8")},
                customdata=_custom(g, "events"), text=[_event_hover(r) for r in g.to_dict("records")],
                hovertemplate="%{text}<extra></extra>",
            ),
            row=row, col=1,
        )  # fmt: skip
    cats = sorted(set(lanes))
    fig.update_yaxes(title_text="Company" if by_company else "Event", type="category", categoryorder="array",
                     categoryarray=cats, tickmode="array", tickvals=cats, row=row, col=1)  # fmt: skip
    return e["x"]


def _event_hover(r: Mapping) -> str:
    head = f"<b>{html.escape(str(r.get('type', '')).replace('_', ' '))}</b>"
    if not is_missing(r.get("company")):
        head = f"{html.escape(str(r['company']))}: {head}"
    if not is_missing(r.get("counterparty")):
        head += f" · {html.escape(str(r['counterparty']))}"
    if not is_missing(r.get("amount_usd")):
        head += f" · {money(r['amount_usd'])}"
    if not is_missing(r.get("status")):
        head += f" ({html.escape(str(r['status']))})"
    src = sources_text(r.get("sources") if "sources" in r else r.get("source"))
    when = day(r.get("date")) + basis_note(r.get("date_basis"))
    return f"{head}<br>{when} · {html.escape(src)}<br>{wrap(r.get('sentence') or r.get('summary'))}"


# --------------------------------------------------------------------------- analyst targets


def target_range_figure(
    latest: pd.DataFrame, consensus: Mapping | None = None, consensus_by: Mapping[str, Mapping] | None = None
) -> go.Figure:
    """Each firm's latest target as a dot (previous -> new arrow), consensus lines and the latest close.

    Targets of several companies are drawn one panel per company (each its own price axis, its own consensus from
    ``consensus_by``): a $41 and a $305 target never share an axis."""
    names = companies(latest.dropna(subset=["target"]) if "target" in latest else latest)
    if len(names) > 1:
        names = names[:MAX_FACETS]
        heights = [max(1, latest.loc[(latest["company"] == c) & latest["target"].notna(), "firm"].nunique())
                   for c in names]  # fmt: skip
        fig = make_subplots(rows=len(names), cols=1, subplot_titles=[html.escape(c) for c in names],
                            row_heights=[h + 1.5 for h in heights], vertical_spacing=0.5 / len(names))  # fmt: skip
        for i, name in enumerate(names, start=1):
            cons = (consensus_by or {}).get(name) or {}
            _target_panel(fig, latest[latest["company"] == name], cons, i, i == 1, facet=True)
        height = 160 + sum(120 + 44 * h for h in heights)
        return _layout(_panel_titles_left(fig), f"Analyst price targets, one panel per company ({len(names)})", height)
    fig = make_subplots(rows=1, cols=1)
    consensus = consensus or {}
    ys = _target_panel(fig, latest, consensus, 1, True)
    upside = consensus.get("implied_upside_pct")
    title = "Analyst price targets by firm"
    if not is_missing(upside):
        title += f" — median implies {float(upside):+.1f}% vs latest close"
    return _layout(fig, title, height=max(380, 180 + 48 * len(ys)))


def _target_panel(
    fig: go.Figure, latest: pd.DataFrame, consensus: Mapping, row: int, legend: bool, facet: bool = False
) -> list:
    """One company's firms as dots on a price axis, arrows from previous targets, consensus and close as lines."""
    cur = consensus.get("currency") or "USD"  # the consensus lines and the close are in the targets' currency
    t = latest.dropna(subset=["target"]).sort_values("target")
    cls = _col(t, "rating_class").astype("object").fillna("unrated").astype(str)
    xref, yref = ("x", "y") if row == 1 else (f"x{row}", f"y{row}")
    for rating, g in t.groupby(cls, sort=False):
        hover = [
            f"<b>{html.escape(str(f))}</b>: {money(v, c)} ({html.escape(str(r) if not is_missing(r) else 'no rating')})"
            f"<br>{day(d)} · {_sources(n)}<br>{wrap(e)}"
            for f, v, c, r, d, n, e in zip(
                g["firm"], g["target"], _col(g, "currency", cur).fillna(cur), _col(g, "rating"), _col(g, "date"),
                _col(g, "n_sources"), _col(g, "evidence"), strict=True,
            )
        ]  # fmt: skip
        fig.add_trace(
            go.Scatter(
                x=g["target"], y=g["firm"], mode="markers", name=f"{rating} rating", legendgroup=f"rating-{rating}",
                marker={"size": 14, "color": RATING_COLOURS.get(rating, "#94A3B8"), "line": _RING},
                customdata=_custom(g, "targets"), text=hover, hovertemplate="%{text}<extra></extra>",
                showlegend=legend or rating not in {tr.name.split()[0] for tr in fig.data if tr.name},
            ),
            row=row, col=1,
        )  # fmt: skip
    moves = [(f, new, old) for f, new, old in zip(t["firm"], t["target"], _col(t, "previous_target"), strict=True)
             if not is_missing(old) and old != new]  # fmt: skip
    # the panel's arrows, lines and labels go into the layout in one update (plotly validates every annotation
    # again at each add_annotation and scans every subplot at each add_vline: seconds for a few panels)
    notes: list[dict] = [
        {"x": new, "y": f, "ax": old, "ay": f, "xref": xref, "yref": yref, "axref": xref, "ayref": yref,
         "showarrow": True, "arrowhead": 2, "arrowwidth": 1.5, "arrowcolor": "#94A3B8", "text": ""}
        for f, new, old in moves
    ]  # fmt: skip
    shapes: list[dict] = []
    if moves:  # one trace for all arrows' previous targets
        fig.add_trace(
            go.Scatter(
                x=[old for _, _, old in moves], y=[f for f, _, _ in moves], mode="markers", showlegend=False,
                text=[f"previous target {money(old, cur)}" for _, _, old in moves],
                hovertemplate="%{text}<extra></extra>",
                marker={"size": 9, "symbol": "circle-open", "color": "#94A3B8"},
            ),
            row=row, col=1,
        )  # fmt: skip
    ys = list(t["firm"])
    close, when = consensus.get("latest_close"), day(consensus.get("latest_close_date"))
    if facet:  # one panel of several: the median and the close only, named on the line, one legend entry each
        lines = [("Consensus median", consensus.get("median"), "#22C55E", "dash", "median"),
                 ("Latest close", close, "#3B82F6", "solid", "close")]  # fmt: skip
    else:
        one = consensus.get("low") == consensus.get("high")  # one firm: low, mean, median and high are one line
        lines = [(f"Consensus {k} {money(consensus.get(k), cur)}", consensus.get(k), "#22C55E", style, "")
                 for k, style in CONSENSUS_STYLES.items() if not one or k == "median"]  # fmt: skip
        lines.append((f"Latest close {money(close, cur)}<br>({when})", close, "#3B82F6", "solid", ""))
    for name, v, colour, dash, tag in lines:
        if not is_missing(v) and ys:
            _vline(fig, float(v), name, colour, dash, row, shapes, notes, legend=legend,
                   tag=f"{tag} {money_short(v, cur)}" if tag else "")  # fmt: skip
    if shapes:
        fig.layout.shapes = (*fig.layout.shapes, *shapes)
    if notes:
        fig.layout.annotations = (*fig.layout.annotations, *notes)
    fig.update_xaxes(title_text=None if facet else f"Price target ({cur})", tickprefix="$" if cur == "USD" else "",
                     row=row, col=1)  # fmt: skip
    xs = [*t["target"], *_col(t, "previous_target"), *(consensus.get(k) for k in (*CONSENSUS_STYLES, "latest_close"))]
    xs = [float(x) for x in xs if not is_missing(x)]
    if xs:  # pad so the lowest/highest line (often the latest close) is not drawn on the plot's edge
        pad = max((max(xs) - min(xs)) * 0.08, 0.02 * max(xs))
        fig.update_xaxes(range=[min(xs) - pad, max(xs) + pad], row=row, col=1)
    fig.update_yaxes(title_text="Firm", type="category", categoryorder="array", categoryarray=ys, row=row, col=1)
    return ys


def _vline(fig: go.Figure, x: float, name: str, colour: str, dash: str, row: int, shapes: list[dict],
           notes: list[dict], legend: bool = True, tag: str = "") -> None:  # fmt: skip
    """A vertical line across the whole panel (visible with a single firm), its legend entry and an optional
    label at its top (``tag``). The line (as ``fig.add_vline(row=row)`` draws it) and its label are appended to
    ``shapes`` and ``notes`` for the caller to put into the layout at once."""
    suffix = "" if row == 1 else str(row)
    shapes.append({"type": "line", "x0": x, "x1": x, "xref": f"x{suffix}", "y0": 0, "y1": 1,
                   "yref": f"y{suffix} domain", "line": {"color": colour, "dash": dash, "width": 1.5}})  # fmt: skip
    if tag:
        notes.append({"x": x, "y": 1, "xref": f"x{suffix}", "yref": f"y{suffix} domain", "text": html.escape(tag),
                      "showarrow": False, "yanchor": "bottom", "font": {"size": 10, "color": colour}})  # fmt: skip
    fig.add_trace(
        go.Scatter(x=[None], y=[None], mode="lines", name=name, line={"color": colour, "dash": dash, "width": 1.5},
                   hoverinfo="skip", showlegend=legend, legendgroup=name),
        row=row, col=1,
    )  # fmt: skip


def _sources(n: object) -> str:
    k = 1 if is_missing(n) else int(n)  # type: ignore[arg-type]
    return f"{k:,} source{'s' if k != 1 else ''}"


def rating_mix_figure(latest: pd.DataFrame) -> go.Figure:
    """How many firms rate the stock buy, hold or sell (latest rating per firm); one bar per company when the
    firms cover several."""
    cls = _col(latest, "rating_class").astype("object").fillna("unrated").astype(str)
    names = companies(latest)
    if len(names) > 1:
        fig = go.Figure()
        table = pd.crosstab(_col(latest, "company").astype("object"), cls)
        for c in [c for c in RATING_COLOURS if c in table.columns]:
            fig.add_trace(go.Bar(x=list(table.index), y=list(table[c]), name=c, marker_color=RATING_COLOURS[c],
                                 hovertemplate=f"%{{x}}: %{{y}} {c}<extra></extra>"))  # fmt: skip
        fig.update_layout(barmode="stack")
        fig.update_yaxes(title_text="Firms (latest rating)", dtick=1, rangemode="tozero")
        fig.update_xaxes(title_text="Company")
        return _layout(fig, "Rating mix by company", height=380)
    counts = cls.value_counts().reindex(list(RATING_COLOURS), fill_value=0)
    counts = counts[(counts > 0) | counts.index.isin(["buy", "hold", "sell"])]
    fig = go.Figure(
        go.Bar(
            x=list(counts.index), y=list(counts.values), marker_color=[RATING_COLOURS[c] for c in counts.index],
            text=list(counts.values), textposition="outside", hovertemplate="%{x}: %{y}<extra></extra>",
        )
    )  # fmt: skip
    fig.update_yaxes(title_text="Firms (latest rating)", dtick=1, rangemode="tozero")
    fig.update_xaxes(title_text="Rating")
    return _layout(fig, "Rating mix", height=380)


# --------------------------------------------------------------------------- layoffs


def layoff_figure(claims: pd.DataFrame) -> go.Figure:
    """Rounds as bars (ranges as error bars, approximate hatched); reported cumulative totals as a step line; plans
    as open markers apart from the line; WARN filings inside a round as a thin bar within it.

    Takes the layoff tally (``row`` column) or the layoff claims (``kind``); several companies are drawn one panel
    per company."""
    names = companies(claims)
    if len(names) > 1:
        names = names[:MAX_FACETS]
        fig = make_subplots(rows=len(names), cols=1, subplot_titles=[html.escape(c) for c in names],
                            vertical_spacing=0.45 / len(names))  # fmt: skip
        for i, name in enumerate(names, start=1):
            _layoff_panel(fig, claims[claims["company"] == name], i, legend=i == 1, last=i == len(names))
        return _layout(
            _panel_titles_left(fig), f"Layoffs, one panel per company ({len(names)})", 120 + 300 * len(names)
        )
    fig = make_subplots(rows=1, cols=1)
    _layoff_panel(fig, claims, 1, legend=True)
    return _layout(fig, "Layoffs: rounds and cumulative totals")


def _layoff_panel(fig: go.Figure, claims: pd.DataFrame, row: int, legend: bool, last: bool = True) -> None:
    c = claims.copy()
    c["x"] = _period_middle(c, _dates(c, "date", "first_reported", "published"))
    c["x_report"] = _dates(c, "first_reported", "date", "published")
    c["low"] = pd.to_numeric(c["low"], errors="coerce")
    c["high"] = pd.to_numeric(_col(c, "high"), errors="coerce").fillna(c["low"])
    c = c.dropna(subset=["low"])
    if "row" in c:
        kind = c["row"].astype("object").fillna("round").astype(str)
        c["possible"] = kind.eq("prospective")
        kind = kind.replace({"prospective": "round"})
    else:
        kind = _col(c, "kind").astype("object").fillna("round").astype(str)
        c["possible"] = _col(c, "status").astype("object").eq("prospective")  # older stores have no status
    c.loc[c["possible"], "x"] = c.loc[c["possible"], "x_report"]  # not happened yet: drawn when it was reported
    rounds, totals = c[kind == "round"].dropna(subset=["x"]), c[kind == "cumulative"].dropna(subset=["x_report"])
    filings, plans = c[kind == "filing"].dropna(subset=["x"]), c[kind == "plan"].dropna(subset=["x_report"])
    width = _DAY_MS * 0.8
    if len(rounds):
        span = (rounds["x"].max() - rounds["x"].min()).days if len(rounds) > 1 else 0
        width = max(1.0, span / 25) * _DAY_MS * 0.8
        maybe = rounds[rounds["possible"]].assign(x=lambda d: d["x"] + pd.Timedelta(milliseconds=width))  # beside
        _round_bars(fig, rounds[~rounds["possible"]], width, "Round of cuts", "#EF4444", 1.0, row, legend)
        _round_bars(fig, maybe, width, "Possible further round (not in totals)", "#FCA5A5", 0.6, row, legend)
    if len(filings):  # drawn within the round they belong to (same x), thinner: part of it, not added to it
        host = rounds.set_index("claim_id")["x"] if "claim_id" in rounds else pd.Series(dtype="datetime64[ns]")
        at = [host.get(p, x) if not is_missing(p) else x for p, x in zip(_col(filings, "part_of"), filings["x"],
                                                                          strict=True)]  # fmt: skip
        fig.add_trace(
            go.Bar(
                x=at, y=filings["high"], width=[width * 0.35] * len(filings), name="WARN filing (inside its round)",
                marker={"color": "#F59E0B", "pattern": {"shape": "x"}}, legendgroup="filing", showlegend=legend,
                customdata=_custom(filings, "layoffs"), hoverinfo="text",
                hovertext=[_layoff_hover(r) for r in filings.to_dict("records")],
            ),
            row=row, col=1,
        )  # fmt: skip
        fig.update_layout(barmode="overlay")
    if len(totals):
        totals = totals.sort_values("x_report")
        fig.add_trace(
            go.Scatter(
                x=totals["x_report"], y=totals["high"], mode="lines+markers", line_shape="hv", name="Cumulative total",
                line={"color": "#A855F7", "width": 2}, marker={"size": 9}, customdata=_custom(totals, "layoffs"),
                hovertext=[_layoff_hover(r) for r in totals.to_dict("records")], hoverinfo="text",
                legendgroup="cumulative", showlegend=legend,
            ),
            row=row, col=1,
        )  # fmt: skip
    if len(plans):
        fig.add_trace(
            go.Scatter(
                x=plans["x_report"], y=plans["high"], mode="markers+text", name="Plan (not a reported total)",
                marker={"size": 12, "symbol": "diamond-open", "color": "#A855F7", "line": {"width": 2}},
                text=[f"plan {_range(lo, hi)}" for lo, hi in zip(plans["low"], plans["high"], strict=True)],
                textposition="middle right", cliponaxis=False, customdata=_custom(plans, "layoffs"),
                hovertext=[_layoff_hover(r) for r in plans.to_dict("records")], hoverinfo="text",
                legendgroup="plan", showlegend=legend,
            ),
            row=row, col=1,
        )  # fmt: skip
    top = pd.concat([rounds["high"], totals["high"], plans["high"], filings["high"]]).max()
    fig.update_yaxes(title_text="Jobs cut (people)", rangemode="tozero", tickformat=",", row=row, col=1)
    if not is_missing(top) and top > 0:  # head room: the highest marker and its label sit inside the plot
        fig.update_yaxes(range=[0, top * 1.18], row=row, col=1)
    fig.update_xaxes(title_text="Date of the cuts / date reported" if last else None, tickformat="%b %d\n%Y", row=row,
                     col=1)  # fmt: skip
    _pad_short_span(fig, [*rounds["x"], *totals["x_report"], *plans["x_report"], *filings["x"]], row=row)


def _period_middle(c: pd.DataFrame, x: pd.Series) -> pd.Series:
    """A figure dated only to a month, quarter or year is drawn in the middle of that period (not on its first day:
    "900 in 2025" is not a cut on 1 January 2025); its label and hover say the period."""
    coarse = _col(c, "date_precision").astype("object").isin(["month", "quarter", "half", "year"]) & x.notna()
    if not coarse.any():
        return x
    months = _col(c, "date_precision").map({"month": 1, "quarter": 3, "half": 6, "year": 12}).astype(float)
    ends = [d + pd.DateOffset(months=int(m)) if k else d for d, m, k in zip(x, months.fillna(0), coarse, strict=True)]
    ends = pd.Series(ends, index=x.index, dtype="datetime64[ns]")
    return x.where(~coarse, x + (ends - x) / 2).dt.normalize()


def _round_bars(
    fig: go.Figure,
    rounds: pd.DataFrame,
    width: float,
    name: str,
    color: str,
    opacity: float,
    row: int = 1,
    legend: bool = True,
) -> None:
    """Rounds as bars (ranges as error bars, approximate hatched), labelled above the whisker."""
    if rounds.empty:
        return
    approx = _col(rounds, "approximate", False).fillna(False).astype(bool)
    bounds = zip(approx, rounds["low"], rounds["high"], strict=True)
    periods = [w if isinstance(w, str) and w and p in ("month", "quarter", "half", "year") else ""
               for w, p in zip(_col(rounds, "when"), _col(rounds, "date_precision"), strict=True)]  # fmt: skip
    labels = [("≈" if a else "") + _range(lo, hi) + (f" ({w})" if w else "") for (a, lo, hi), w in
              zip(bounds, periods, strict=True)]  # fmt: skip
    fig.add_trace(
        go.Bar(
            x=rounds["x"], y=rounds["low"], width=[width] * len(rounds), name=name, opacity=opacity,
            marker={"color": color, "pattern": {"shape": ["/" if a else "" for a in approx]}},
            error_y={"type": "data", "symmetric": False, "array": list(rounds["high"] - rounds["low"]),
                     "arrayminus": [0] * len(rounds), "color": "#F97316"},
            customdata=_custom(rounds, "layoffs"), legendgroup=name, showlegend=legend,
            hovertext=[_layoff_hover(r) for r in rounds.to_dict("records")], hoverinfo="text",
        ),
        row=row, col=1,
    )  # fmt: skip
    fig.add_trace(
        go.Scatter(
            x=rounds["x"],
            y=rounds["high"],
            mode="text",
            text=labels,
            textposition="top center",
            textfont={"size": 13},
            showlegend=False,
            hoverinfo="skip",
            cliponaxis=False,
        ),
        row=row,
        col=1,
    )  # fmt: skip  (labels sit above the whisker, so a range's label never crosses it)


def _pad_short_span(fig: go.Figure, xs, days: int = 20, row: int | None = None) -> None:
    """Data within a few days: the date axis spans ``days`` around it, so one-day bars stay bars and day ticks do
    not repeat ("Jan 30, Jan 30, Jan 30" at six-hour steps)."""
    x = pd.to_datetime(pd.Series(list(xs), dtype="object"), errors="coerce").dropna()
    if len(x) and x.max() - x.min() < pd.Timedelta(days=days):
        half = (pd.Timedelta(days=days) - (x.max() - x.min())) / 2
        fig.update_xaxes(range=[x.min() - half, x.max() + half], **({"row": row, "col": 1} if row else {}))


def _range(lo: float, hi: float) -> str:
    return count(lo) if is_missing(hi) or hi == lo else f"{count(lo)}–{count(hi)}"


def _layoff_hover(r: Mapping) -> str:
    approx = "about " if r.get("approximate") is True else ""
    src = sources_text(r.get("sources") if "sources" in r else r.get("source"))
    if not is_missing(r.get("figure")):
        kind = str(r["figure"])
    else:
        kind = (
            "possible further round, not yet decided" if r.get("status") == "prospective" else r.get("kind") or "round"
        )
    pct_ = f" ({float(r['percent']):g}% of staff)" if not is_missing(r.get("percent")) else ""
    when = r.get("when") if isinstance(r.get("when"), str) and r.get("when") else day(r.get("date"))
    company = f"{html.escape(str(r['company']))}: " if not is_missing(r.get("company")) else ""
    return (
        f"{company}<b>{approx}{_range(r['low'], r['high'])}</b>{pct_} ({html.escape(str(kind))})"
        f"<br>{html.escape(when)} · {_sources(r.get('n_sources'))}: {html.escape(src)}"
        f"<br>{wrap(r.get('sentence') or r.get('evidence'))}"
    )


# --------------------------------------------------------------------------- events


def events_figure(events: pd.DataFrame) -> go.Figure:
    """A typed, coloured timeline: one row per event type (one per company when there are several), amounts as
    labels, a legend for every colour."""
    names = companies(events)
    by_company = len(names) > 1
    fig = make_subplots(rows=1, cols=1)
    _event_lane_single(fig, events, by_company)
    fig.update_xaxes(title_text="Event date (or first report)", tickformat="%b %d\n%Y")
    _pad_short_span(fig, [x for t in fig.data for x in (t.x if t.x is not None else ())])
    lanes = names if by_company else sorted(events["type"].dropna().astype(str).str.replace("_", " ").unique()) \
        if "type" in events else []  # fmt: skip
    fig.update_yaxes(title_text="Company" if by_company else "Event type", type="category", categoryorder="array",
                     categoryarray=lanes, tickmode="array", tickvals=lanes)  # fmt: skip
    fig.update_layout(showlegend=True, legend_title_text="Event type")
    return _layout(fig, "Corporate events", height=max(320, 140 + 52 * max(len(lanes), 1)))


def _event_lane_single(fig: go.Figure, events: pd.DataFrame, by_company: bool = False) -> None:
    e = events.copy()
    e["x"] = _dates(e, "date_start", "date", "first_reported", "published")
    e = e.dropna(subset=["x"])
    for etype, g in e.groupby(e["type"].astype("object").fillna("other"), sort=True):
        g = g.sort_values("x")
        labels = [money(a) if not is_missing(a) else "" for a in _col(g, "amount_usd")]
        n_label = pd.Series([bool(t) for t in labels]).cumsum()
        positions = ["top center" if k % 2 else "bottom center" for k in n_label]
        lane = list(_col(g, "company").astype("object").fillna("").astype(str)) if by_company else \
            [str(etype).replace("_", " ")] * len(g)  # fmt: skip
        fig.add_trace(
            go.Scatter(
                x=g["x"], y=lane, mode="markers+text", text=labels,
                textposition=positions, name=str(etype).replace("_", " "), cliponaxis=False,
                marker={"symbol": "diamond", "size": 14, "color": EVENT_COLOURS.get(str(etype), "#94A3B8")},
                customdata=_custom(g, "events"),
                hovertext=[_event_hover(r) for r in g.to_dict("records")], hoverinfo="text",
            )
        )  # fmt: skip


# --------------------------------------------------------------------------- selections


def selected_points(fig: go.Figure, points: list[Mapping] | None) -> list[tuple[str, str, str]]:
    """``(article_id, day, table)`` of each clicked point, from its customdata (or looked up by curve and index).

    >>> f = go.Figure(go.Scatter(x=[1], y=[2], customdata=[["a1", "2026-01-30", "prices"]]))
    >>> selected_points(f, [{"curve_number": 0, "point_index": 0}])
    [('a1', '2026-01-30', 'prices')]
    """
    out: list[tuple[str, str, str]] = []
    for p in points or []:
        custom = p.get("customdata")
        if custom is None:
            curve, idx = p.get("curve_number"), p.get("point_index", p.get("point_number"))
            try:
                custom = fig.data[int(curve)].customdata[int(idx)]  # type: ignore[arg-type,index]
            except (TypeError, IndexError, ValueError):
                custom = None
        if custom is not None and len(custom) >= 1 and custom[0]:
            parts = [str(c) for c in custom] + ["", ""]
            item = (parts[0], parts[1], parts[2])
            if item not in out:
                out.append(item)
    return out
