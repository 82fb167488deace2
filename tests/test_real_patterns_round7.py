"""Round seven of real-outlet patterns, as our own sentences: results told per share in a wrap item, a close named
after its amount ("Friday's $4.89-per-share close"), losses a company expects, a cut told as part of a stated whole,
a broker that is the stock of another broker's note, and broker notes written as labelled lines.
"""

from __future__ import annotations

import pytest

from data_layer import extract, read_bytes


def _frames(date_line: str, *paragraphs: str, title: str = "Company news"):
    raw = f"{title}\n{date_line}\n\n" + "\n\n".join(paragraphs) + "\n"
    result = read_bytes("a.txt", raw.encode())
    arts = result.articles if hasattr(result, "articles") else result
    return extract(arts).frames()


@pytest.mark.parametrize(
    "sentence, amount",
    [
        ("Quillon Foods (NYSE: QLF) earned 99 cents per share in its fourth quarter, the company said Tuesday.", 0.99),
        ("Quillon Foods earned an adjusted $1.12 a share in the quarter, above forecasts.", 1.12),
    ],
)
def test_a_result_told_per_share_in_a_closed_period(sentence, amount):
    ev = _frames("March 4, 2026", sentence)["events"]
    got = ev[ev["type"] == "financial_result"]
    assert list(got["amount_usd"].astype(float)) == [amount]


def test_a_close_named_after_its_amount_takes_the_day_before_it():
    df = _frames(
        "Monday, March 2, 2026",
        "Shares of Quillon Foods (NYSE: QLF) jumped 20% from Friday's $4.89-per-share close.",
    )["prices"]
    assert [(str(d)[:10], float(v), k) for d, v, k in zip(df["date"], df["price"], df["kind"], strict=True)] == [
        ("2026-02-27", 4.89, "close")
    ]


def test_losses_a_company_expects_are_guidance():
    ev = _frames(
        "May 14, 2026",
        "Kestrel Motor expects losses of 80 billion yen for the current business year, the carmaker said on Friday.",
    )["events"]
    assert list(ev["type"]) == ["guidance"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Fabrikam Holdings said the plan means the loss of about 75 of its current 225 roles.", [(75, 75)]),
        ("Fabrikam Holdings will cut 75 of its 225 staff by the summer.", [(75, 75)]),
        ("Fabrikam Holdings employs 225 staff across its 75 shops.", []),
    ],
)
def test_a_cut_told_as_part_of_a_stated_whole(sentence, expected):
    df = _frames("May 3, 2026", sentence, title="Fabrikam Holdings to restructure")["layoffs"]
    assert list(zip(df["low"], df["high"], strict=True)) == expected


def test_a_broker_can_be_the_stock_of_another_brokers_note():
    df = _frames(
        "May 3, 2026",
        "Citi on Macquarie Group: Buy rating, target raised to A$240 from A$225.",
        title="Broker moves on ASX financials",
    )["targets"]
    assert list(df["firm"]) == ["Citi"]
    assert float(df["target"].iloc[0]) == 240.0


def test_broker_notes_in_labelled_lines_give_one_row_per_note_and_the_headline_word_is_no_company():
    f = _frames(
        "May 3, 2026",
        "Tarnwood Mining (ASX: TWM)\n- Broker: Canaccord Genuity\n- Rating: Speculative Buy\n"
        "- Target Price: Increased to $0.10 from $0.08",
        "Ellery Gold (ASX: EYG)\n- Broker: Bell Potter\n- Rating: Hold\n- Target Price: Maintained at $1.25",
        title="Broker round-up: small caps",
    )
    assert f["articles"]["company"].iloc[0] != "Broker"
    t = f["targets"]
    rows = sorted(zip(t["firm"], t["rating_class"], t["target"].astype(float), t["action"], strict=True))
    assert rows == [("Bell Potter", "hold", 1.25, "maintained"), ("Canaccord Genuity", "buy", 0.1, "raised")]
    assert set(t["currency"]) == {"AUD"}


@pytest.mark.parametrize(
    "sentence, amount",
    [
        ("Ellery Capital lodged a takeover bid for Quillon Foods worth $3.1 billion.", 3.1e9),
        ("Ellery Capital has made a $1.2 billion offer for Quillon Foods.", 1.2e9),
        (
            "Quillon Foods agreed to sell part of its interest in the Tarn mine to Ellery Gold for US$120 million.",
            1.2e8,
        ),
        ("Quillon Foods made an offer to buy Tarn Dairy, it said on Monday.", None),
    ],
)
def test_a_bid_told_by_its_bidder_and_part_of_an_interest_sold(sentence, amount):
    ev = _frames("May 3, 2026", sentence, title="Quillon Foods news")["events"]
    deals = ev[ev["type"] == "acquisition"]
    assert len(deals) == 1
    got = deals["amount_usd"].iloc[0]
    assert (None if got is None or got != got else float(got)) == amount


def test_a_bid_someone_could_make_is_no_bid():
    ev = _frames("May 3, 2026", "Analysts said rivals could make a bid for Quillon Foods.", title="Quillon Foods news")
    assert "acquisition" not in set(ev["events"]["type"])
