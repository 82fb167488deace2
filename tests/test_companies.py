"""Company resolution: stated tickers, ISINs, the listed-company index, headline subjects."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data_layer.companies import clean_name, listed_index, resolve_companies, split_ticker, valid_isin


def main(title: str, body: str, hints=()) -> tuple[str, str | None] | None:
    cs = resolve_companies(title, f"{title}\n{body}", hints)
    return (cs[0].name, cs[0].ticker) if cs else None


@pytest.mark.parametrize(
    ("title", "body", "hints", "expected"),
    [
        # stated tickers in their common shapes
        (
            "Cobalt Ridge Energy (NYSE:CBRG) Price Target Raised to $52.00 at Barclays",
            "Cobalt Ridge Energy (NYSE:CBRG) had its price target raised by Barclays. Barclays rates it overweight.",
            (),
            ("Cobalt Ridge Energy", "CBRG"),
        ),
        (
            "Halden Robotics cools after record run",
            "Among the most-watched names was Halden Robotics (NASDAQ: HLDN), which fell. Halden said more.",
            (),
            ("Halden Robotics", "HLDN"),
        ),
        (
            "Northwater Systems to buy Clearbrook",
            "Northwater Systems Inc said it would buy Clearbrook. Shares of Northwater (NWTR.O) rose. Clearbrook sells software.",
            (),
            ("Northwater Systems", "NWTR"),
        ),
        (
            "Rheinfeld Antriebstechnik: JPMorgan lifts target to EUR 142",
            "JPMorgan has raised its price target for Rheinfeld Antriebstechnik. The Rheinfeld share rose.",
            ("Rheinfeld Antriebstechnik AG | ISIN: DE000RHF0012 | WKN: RHF001 | Symbol: RHF",),
            ("Rheinfeld Antriebstechnik", "RHF"),
        ),
        (
            "Why $ACME is my top pick",
            "I bought more $ACME this week. Acme Widgets keeps growing.",
            (),
            ("ACME", "ACME"),
        ),
        (
            "Tamsin Retail CEO to step down",
            "Tamsin Retail Group Inc. said Friday its CEO will go. Tamsin cut its outlook.",
            ("Tamsin Retail, TMSN, retail, earnings, CEO",),
            ("Tamsin Retail Group", None),
        ),
        # the offline index: a name alone resolves to a listed company
        (
            "Amazon’s Strategic Pivot",
            "Amazon is undergoing a realignment. Nvidia and Microsoft are also investing.",
            (),
            ("Amazon", "AMZN"),
        ),
        (
            "Microsoft beats estimates",
            "Microsoft Corp. reported revenue above forecasts; Apple was flat.",
            (),
            ("Microsoft", "MSFT"),
        ),
        # unlisted subject from the headline, expanded to its full first reference
        (
            "Ashcombe shares chilled as group warns",
            "Shares in Ashcombe Group slumped. Barclays cut its target. Ashcombe runs depots.",
            (),
            ("Ashcombe Group", None),
        ),
        (
            "Lumaris Health to cut 1,900 jobs",
            "Lumaris Health Technologies said on Wednesday it would cut jobs across the group. Lumaris (NYSE: LMHT) also warned.",
            (),
            ("Lumaris Health Technologies", "LMHT"),
        ),
        # a broker in the headline is not the subject
        (
            "Zentrix Labs: Goldman Sachs lifts target",
            "Goldman Sachs raised its price target on Zentrix Labs. Zentrix Labs shares rose. Zentrix Labs makes sensors.",
            (),
            ("Zentrix Labs", None),
        ),
    ],
)
def test_main_company(title, body, hints, expected):
    assert main(title, body, hints) == expected


def test_isin_attaches_to_listed_company():
    cs = resolve_companies("Strategic pivot", "Strategic pivot\nAmazon US0231351067\nThe retailer said more.")
    assert (cs[0].name, cs[0].ticker, cs[0].isin) == ("Amazon", "AMZN", "US0231351067")


def test_no_company_in_plain_text():
    assert resolve_companies("Markets slip", "Markets slip\nstocks fell on tariff worries.") == ()


def test_common_words_are_not_companies():
    names = [
        c.name
        for c in resolve_companies("Price target raised", "Price target raised\nThe target price rose. Target set.")
    ]
    assert "Target" not in names


@pytest.mark.parametrize(
    "sentence",
    [
        "the main Korea Composite Stock Price Index (KOSPI) tumbled as much as 18 percent this month.",
        "the Nigerian Exchange All-Share Index (ASI) shed 0.3 percent.",
    ],
)
def test_an_index_with_its_short_form_is_no_company(sentence):
    body = f"Stock slump clouds takeover deals\nThe recent tumble weighs on deals: {sentence}"
    names = [c.name for c in resolve_companies("Stock slump clouds takeover deals", body)]
    assert not [n for n in names if n.endswith("Index")]


def test_second_company_ranked_after_main():
    title = "Tessary AI raises $310 million as Northwater joins round"
    body = (
        f"{title}\nTessary AI, a start-up, raised money. Northwater Systems (NASDAQ: NWTR) invested $40 million. "
        "Tessary employs 260 people. Tessary is not profitable."
    )
    cs = resolve_companies(title, body)
    assert [(c.name, c.ticker) for c in cs[:2]] == [("Tessary AI", None), ("Northwater Systems", "NWTR")]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Tamsin Retail Group Inc.", "Tamsin Retail Group"),
        ("Halvard Maritime ASA", "Halvard Maritime"),
        ("Rheinfeld Antriebstechnik AG", "Rheinfeld Antriebstechnik"),
        ("Acme, Inc.", "Acme"),
        ("Foo plc", "Foo"),
    ],
)
def test_clean_name(raw, clean):
    assert clean_name(raw) == clean


@pytest.mark.parametrize(
    ("sym", "expected"), [("NWTR.O", ("NWTR", "NASDAQ")), ("SIE.DE", ("SIE", "XETRA")), ("brk.b", ("BRK.B", None))]
)
def test_split_ticker(sym, expected):
    assert split_ticker(sym) == expected


def test_isin_checksum():
    assert valid_isin("US0231351067") and not valid_isin("DE000RHF0012")


def test_index_is_cached_and_fast():
    import time

    listed_index()
    t = time.perf_counter()
    body = "Amazon and Microsoft and Nvidia. " * 50
    for _ in range(50):
        resolve_companies("Amazon rallies", f"Amazon rallies\n{body}")
    assert time.perf_counter() - t < 2.0


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.text(max_size=2000), st.lists(st.text(max_size=60), max_size=3))
def test_never_raises(title, body, hints):
    for c in resolve_companies(title, body, hints):
        assert c.name
