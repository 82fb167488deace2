"""Figure builders: pure functions of View frames, asserted on trace values."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest
from app_fixtures import fake_view

from data_layer.service import View
from ui import charts, summary
from ui.format import highlight, money


@pytest.fixture()
def view() -> View:
    return fake_view()


def _trace(fig: go.Figure, name_part: str):
    return next(t for t in fig.data if t.name and name_part in t.name)


def test_price_figure_shows_both_conflicting_closes(view):
    fig = charts.price_figure(view.prices, view.target_consensus, view.events)
    closes = _trace(fig, "Reported close")
    assert sorted(closes.y) == [239.30, 241.00]
    assert {str(x)[:10] for x in closes.x} == {"2026-01-30"}  # placed side by side within the day
    assert len(set(closes.x)) == 2 and list(closes.text) == ["$239.30", "$241.00"]
    assert any("2 different close prices" in a.text for a in fig.layout.annotations)
    assert fig.layout.title.text and fig.layout.yaxis.title.text == "Share price (USD)"


def test_price_figure_target_band_and_median(view):
    fig = charts.price_figure(view.prices, view.target_consensus, view.events)
    band = _trace(fig, "Targets $295.00–$305.00")
    assert min(band.y) == 295 and max(band.y) == 305
    assert set(_trace(fig, "Median target").y) == {300}


def test_price_hover_escapes_article_html(view):
    fig = charts.price_figure(view.prices, {}, None)
    hover = " ".join(_trace(fig, "Reported close").hovertext)
    assert "<script>" not in hover and "&lt;script&gt;" in hover


def test_price_figure_events_lane_and_market_line(view):
    market = summary.read_market_csv(b"Date,Open,High,Low,Close\n2026-01-29,1,1,1,240.5\n2026-01-30,1,1,1,239.9\n")
    fig = charts.price_figure(view.prices, view.target_consensus, view.events, market)
    assert list(_trace(fig, "Market close").y) == [240.5, 239.9]
    assert {t.name for t in fig.data if t.legendgroup == "events"} == {"investment", "closure"}


def test_price_figure_points_carry_article_ids(view):
    fig = charts.price_figure(view.prices, {}, None)
    closes = _trace(fig, "Reported close")
    picked = charts.selected_points(fig, [{"curve_number": fig.data.index(closes), "point_index": 1}])
    assert picked == [(closes.customdata[1][0], "2026-01-30", "prices")]


def test_target_range_figure(view):
    fig = charts.target_range_figure(view.latest_targets, view.target_consensus)
    dots = [t for t in fig.data if t.mode == "markers" and t.name]
    assert sorted(x for t in dots for x in t.x) == [295, 300, 305]
    assert _trace(fig, "Latest close").name.startswith("Latest close $241.00")
    # every line in the legend is drawn across the whole panel (a shape), even with a single firm
    assert sorted(sh.x0 for sh in fig.layout.shapes) == [241.0, 295, 300, 300, 305]
    assert all((sh.yref, sh.y0, sh.y1) == ("y domain", 0, 1) for sh in fig.layout.shapes)
    assert {n for t in fig.data if (n := t.name) and n.startswith("Consensus")} == {
        "Consensus low $295.00", "Consensus mean $300.00", "Consensus median $300.00", "Consensus high $305.00"
    }  # fmt: skip
    assert "+24.5%" in fig.layout.title.text
    assert any(a.ax == 280 and a.x == 295 for a in fig.layout.annotations)  # previous -> new arrow


def test_rating_mix(view):
    fig = charts.rating_mix_figure(view.latest_targets)
    assert dict(zip(fig.data[0].x, fig.data[0].y, strict=True)) == {"buy": 2, "hold": 0, "sell": 0, "unrated": 1}


def test_layoff_figure_rounds_and_cumulative(view):
    fig = charts.layoff_figure(view.layoff_claims)
    bars, line = _trace(fig, "Round"), _trace(fig, "Cumulative")
    assert list(bars.y) == [16000] and "4 sources" in bars.hovertext[0]
    assert list(line.y) == [30000] and line.line.shape == "hv"


def test_layoff_range_is_an_error_bar():
    claims = pd.DataFrame({"kind": ["round"], "low": [1001], "high": [2500], "approximate": [True],
                           "date": ["2026-03-01"], "first_reported": [None], "n_sources": [1], "sources": [[]]})  # fmt: skip
    bars, labels = charts.layoff_figure(claims).data[:2]
    assert list(bars.error_y.array) == [1499] and labels.text[0] == "≈1,001–2,500" and list(labels.y) == [2500]


def test_possible_round_is_drawn_apart():
    claims = pd.DataFrame({"kind": ["round", "round", "cumulative"], "low": [1900, 350, 4600], "high": [1900, 500, 4600],
                           "status": ["announced", "prospective", None], "approximate": [False, False, False],
                           "date": ["2025-05-01", "2025-01-01", "2025-05-01"], "first_reported": [None, "2025-05-01", None],
                           "n_sources": [1, 1, 1], "sources": [[], [], []]})  # fmt: skip
    fig = charts.layoff_figure(claims)
    done, maybe = _trace(fig, "Round of cuts"), _trace(fig, "Possible further round")
    assert list(done.y) == [1900] and list(maybe.y) == [350] and list(maybe.error_y.array) == [150]
    assert "possible further round" in maybe.hovertext[0]
    assert str(maybe.x[0])[:10] == "2025-05-01"  # a year-precision future round is drawn when it was reported (beside)
    assert fig.layout.yaxis.range[1] > 4600  # head room above the highest marker


@pytest.mark.parametrize(
    ("xs", "padded"),
    [(["2026-01-30", "2026-02-01"], True), (["2026-01-30"], True), (["2026-01-01", "2026-02-15"], False), ([], False)],
)
def test_a_few_days_of_data_get_a_readable_date_axis(xs, padded):
    fig = go.Figure(go.Scatter(x=pd.to_datetime(xs), y=[1] * len(xs)))
    charts._pad_short_span(fig, fig.data[0].x)
    if not padded:
        assert fig.layout.xaxis.range is None
        return
    lo, hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert hi - lo == pd.Timedelta(days=20) and lo < pd.Timestamp(xs[0]) and hi > pd.Timestamp(xs[-1])


def test_events_figure(view):
    fig = charts.events_figure(summary.event_rows(view))
    inv = _trace(fig, "investment")
    assert list(inv.text) == ["$50.0B"]
    assert fig.layout.yaxis.title.text == "Event type"


def test_an_event_dated_only_by_its_article_says_so():
    claims = pd.DataFrame([
        {"type": "closure", "company": "Halvorsen Foods", "date": "2025-03-05", "date_precision": "day",
         "date_basis": "published", "summary": "Halvorsen Foods will shut its plant in Leeds."},
        {"type": "earnings_date", "company": "Halvorsen Foods", "date": "2025-04-24", "date_precision": "day",
         "date_basis": "stated", "summary": "Halvorsen Foods will report on April 24."},
    ])  # fmt: skip
    rows = summary.event_rows(View(event_claims=claims))
    assert rows["when"].tolist() == ["2025-03-05 (article date)", "2025-04-24"]
    fig = charts.events_figure(rows)
    assert "(article date)" in _trace(fig, "closure").hovertext[0]
    assert "(article date)" not in _trace(fig, "earnings date").hovertext[0]


@pytest.mark.parametrize("builder", [charts.price_figure, charts.layoff_figure, charts.events_figure,
                                     charts.target_range_figure, charts.rating_mix_figure])  # fmt: skip
def test_builders_accept_empty_frames(builder):
    empty = View()
    frame = {
        charts.price_figure: empty.prices, charts.layoff_figure: empty.layoff_claims,
        charts.events_figure: empty.event_claims, charts.target_range_figure: empty.latest_targets,
        charts.rating_mix_figure: empty.latest_targets,
    }[builder]  # fmt: skip
    assert isinstance(builder(frame), go.Figure)


def test_highlight_escapes_everything_but_our_marks():
    text = 'A <img src=x onerror="alert(1)"> cut 16,000 jobs'
    out = highlight(text, [(text.index("16,000"), text.index("16,000") + 6, "layoffs")])
    assert "<img" not in out and '<mark class="nd-layoffs" title="layoffs">16,000</mark>' in out


def test_summary_headline(view):
    kpis = {k.label: k for k in summary.headline(view)}
    assert kpis["Latest reported close"].value in {"$239.30", "$241.00"}
    assert "sources disagree: $239.30 vs $241.00" in kpis["Latest reported close"].help
    assert kpis["Median analyst target"].value == money(300)
    assert kpis["Layoffs: latest cumulative total"].value == "≈30,000"


def _prices(n: int, currency: str = "USD", days: int = 1) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(n)],
            "date": pd.to_datetime(["2026-01-30"] * n) - pd.to_timedelta([i % days for i in range(n)], unit="D"),
            "kind": ["close"] * n,
            "price": [100.0 + i for i in range(n)],
            "currency": [currency] * n,
        }
    )


@pytest.mark.parametrize(
    ("currencies", "title", "prefix"),
    [(["USD"], "Share price (USD)", "$"), (["GBX"], "Share price (GBX)", ""),
     (["USD", "EUR"], "Share price (as reported; several currencies)", "")],
)  # fmt: skip
def test_price_axis_is_in_the_prices_currency(currencies, title, prefix):
    prices = pd.concat([_prices(2, c) for c in currencies], ignore_index=True)
    fig = charts.price_figure(prices, {"low": 90, "high": 110, "median": 100, "currency": "USD", "n_firms": 3})
    assert (fig.layout.yaxis.title.text, fig.layout.yaxis.tickprefix or "") == (title, prefix)
    has_band = any(t.name and t.name.startswith("Targets") for t in fig.data)
    assert has_band == (currencies == ["USD"])  # a USD target band is never drawn over pence or mixed prices


def test_many_prices_have_no_labels_and_no_pile_of_warnings():
    fig = charts.price_figure(_prices(charts.LABEL_POINTS + 40, days=20), {})
    closes = _trace(fig, "Reported close")
    assert not any(closes.text) and len(fig.layout.annotations) == 0
    assert len(closes.customdata) == charts.LABEL_POINTS + 40  # every point still leads to its sentence


def test_prices_of_different_companies_on_one_day_are_not_a_conflict():
    prices = pd.concat([_prices(1).assign(company="Acme", price=10.0), _prices(1).assign(company="Orvik", price=55.0)])
    fig = charts.price_figure(prices.reset_index(drop=True), {})
    closes = [t for t in fig.data if t.name == "Reported close"]
    assert not any("⚠" in a.text for a in fig.layout.annotations) and not any(t for c in closes for t in c.text)
    # one panel per company, each on its own price axis: $10 and $55 never share one
    assert sorted((c.yaxis, list(c.y)) for c in closes) == [("y", [10.0]), ("y2", [55.0])]
    assert [a.text for a in fig.layout.annotations] == ["<b>Acme</b>", "<b>Orvik</b>"]


def test_headline_numbers_are_in_the_reported_currency():
    v = View(
        price_claims=pd.DataFrame({"date": ["2026-01-30"], "kind": ["close"], "price": [701.5], "currency": ["GBX"],
                                   "n_sources": [1]}),
        target_consensus={"median": 650.0, "low": 600.0, "high": 700.0, "n_firms": 3, "currency": "GBX"},
        latest_targets=pd.DataFrame({"firm": ["Jefferies"], "target": [700.0], "previous_target": [650.0],
                                     "currency": ["GBX"]}),
    )  # fmt: skip
    kpis = {k.label: k for k in summary.headline(v)}
    assert kpis["Latest reported close"].value == "701.50 GBX"
    assert kpis["Median analyst target"].value == "650.00 GBX" and "600.00 GBX–700.00 GBX" in kpis[
        "Median analyst target"].help  # fmt: skip
    assert list(summary.target_rows(v)["change"]) == ["650.00 GBX → 700.00 GBX"]


# --------------------------------------------------------------------------- issue 13: legends list only what is drawn


def test_one_firm_draws_every_line_it_lists():
    latest = pd.DataFrame({"firm": ["Jefferies"], "company": ["Kestrel"], "target": [14.0], "previous_target": [18.0],
                           "rating_class": ["hold"], "currency": ["USD"]})  # fmt: skip
    cons = {"low": 14.0, "high": 14.0, "mean": 14.0, "median": 14.0, "n_firms": 1, "currency": "USD",
            "latest_close": 12.35, "latest_close_date": "2026-03-03"}  # fmt: skip
    fig = charts.target_range_figure(latest, cons)
    listed = [t.name for t in fig.data if t.name and t.showlegend is not False and t.mode == "lines"]
    assert listed == ["Consensus median $14.00", "Latest close $12.35<br>(2026-03-03)"]
    assert sorted(sh.x0 for sh in fig.layout.shapes) == [12.35, 14.0]  # drawn across the panel, not one point


def test_event_lane_labels_every_type_with_a_colour_legend(view):
    types = ["investment", "closure", "earnings_date", "product", "policy", "regulation", "legal", "guidance"]
    events = pd.DataFrame({"type": types, "date_start": pd.to_datetime(["2026-01-30"] * len(types)),
                           "article_id": [f"a{i}" for i in range(len(types))]})  # fmt: skip
    fig = charts.price_figure(view.prices, {}, events)
    lane = fig.layout.yaxis2
    assert sorted(lane.tickvals) == sorted(t.replace("_", " ") for t in types)
    legend = {t.name for t in fig.data if t.legendgroup == "events" and t.showlegend is not False}
    assert legend == {t.replace("_", " ") for t in types}


def test_prices_of_one_day_keep_a_short_date_axis(view):
    events = pd.DataFrame({"type": ["partnership", "investment"], "article_id": ["a0", "a1"],
                           "date_start": pd.to_datetime(["2025-11-01", "2026-01-29"])})  # fmt: skip
    fig = charts.price_figure(view.prices, {}, events)
    lo, hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert hi - lo <= pd.Timedelta(days=14)  # not Nov 2025 – Feb 2026
    assert any("1 more event outside these dates" in a.text for a in fig.layout.annotations)
