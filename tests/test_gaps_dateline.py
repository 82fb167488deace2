"""Wire and press-release datelines opening a sentence: the extractors read past them.

"HOUSTON, May 5 (Reuters) - Acme Corp's revenue rose 20% to $1.38 billion ..." states the same facts as the
sentence without its dateline; the dateline's place is no subject, its date no event date, its "May" no modal.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from data_layer.extract import Doc, events, layoffs, prices, targets
from data_layer.extract._dateline import blank_dateline, dateline_end
from data_layer.models import Article, Company

PUB = dt.datetime(2025, 3, 5, 14, 0)

# Datelines as outlets write them (dated like the article: a wire's dateline is its day of publication).
DATELINES = [
    "HOUSTON, March 5 (Reuters) - ",
    "NEW YORK, Mar 5 (Reuters) - ",
    "LONDON (AP) — ",
    "PARIS (AFP) -- ",
    "FRANKFURT, Germany, March 5, 2025 /PRNewswire/ -- ",
    "SEATTLE--(BUSINESS WIRE)--",
    "PITTSBURGH--(BUSINESS WIRE)--Mar. 5, 2025-- ",
    "TOKYO, March 5 — ",
    "SEATTLE/BENGALURU, March 5 (Reuters) - ",
    "ST. LOUIS, Mo., March 5, 2025 /PRNewswire/ -- ",
    "TORONTO, March 5, 2025 (GLOBE NEWSWIRE) -- ",
    "LONDON, 5 March 2025 (RNS) - ",
    "NEW YORK, NY / ACCESSWIRE / March 5, 2025 / ",
    "March 5 (Reuters) - ",
]


def _doc(body: str, company: str | None = "Acme Corp") -> Doc:
    companies = (Company(name=company, ticker="ACME"),) if company else ()
    return Doc.of(Article(id="t", body=body, published=PUB, companies=companies))


def _facts(module, body: str, company: str | None = "Acme Corp") -> list[dict]:
    out = []
    for r in module.extract(_doc(body, company)):
        d = r.model_dump(mode="json", exclude={"provenance", "summary"})
        out.append(d)
    return sorted(out, key=repr)


# --------------------------------------------------------------------------- the helper


@pytest.mark.parametrize("dateline", DATELINES)
def test_dateline_end_finds_the_sentence_start(dateline):
    text = dateline + "Acme Corp said revenue rose."
    assert text[dateline_end(text) :] == "Acme Corp said revenue rose."


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp's revenue rose 20% to $1.38 billion.",
        "IBM - shares rose 2% in early trade.",  # a ticker with a hyphen: a label
        "AAPL - Buy - Target $250",
        "Jefferies - Buy - target $50",
        "NVDA: shares rose",
        "US - China trade talks resumed.",
        "Shares of Acme - the robot maker - rose 3%.",
        "LONDON - Acme said.",  # a bare place needs a long dash or a date/agency
        "(Reuters) - Acme said.",
        "DGAP-News: Acme AG reports results",
        "U.S. STOCKS-Wall St rises as tech rallies",
        "Acme: JPMorgan lifts target to EUR 142 - 'Overweight' confirmed",
    ],
)
def test_no_dateline(text):
    assert dateline_end(text) == 0
    assert blank_dateline(text) == text


@given(st.text(max_size=120))
def test_blanking_keeps_length_and_tail(text):
    out = blank_dateline(text)
    end = dateline_end(text)
    assert len(out) == len(text)
    assert out[end:] == text[end:]
    assert not out[:end].strip()


# --------------------------------------------------------------------------- events see past the dateline

RESULTS = [
    ("Acme Corp's revenue rose 20% to $1.38 billion in the first quarter, beating estimates.", 1.38e9),
    ("Acme Corp reported first-quarter revenue of $1.38 billion.", 1.38e9),
    ("Acme Corp said revenue rose 20% to $1.38 billion in the first quarter.", 1.38e9),
    ("Acme Corp today reported net sales of $3.47 billion for the second quarter.", 3.47e9),
    ("Acme's quarterly net income fell 12% to $362 million.", 362e6),
]


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize(("sentence", "amount"), RESULTS, ids=[r[0][:30] for r in RESULTS])
def test_financial_result_after_dateline(dateline, sentence, amount):
    found = [e for e in _facts(events, dateline + sentence) if e["type"] == "financial_result"]
    assert [e["amount_usd"] for e in found] == [amount]


@pytest.mark.parametrize("dateline", ["HOUSTON, May 5 (Reuters) - ", "SAN FRANCISCO, May 4, 2025 (Reuters) - "])
def test_may_in_a_dateline_is_the_month(dateline):
    found = _facts(events, dateline + "Acme Corp's revenue rose 20% to $1.38 billion in the first quarter.")
    assert [e["amount_usd"] for e in found if e["type"] == "financial_result"] == [1.38e9]


@pytest.mark.parametrize(
    ("sentence", "is_result"),
    [
        ("In the three months ended May 31, revenue was $1.2 billion.", True),
        ("In May, Acme's revenue rose 8% to $410 million.", True),
        ("Revenue in May rose 8% to $410 million.", True),
        ("Revenue may reach $1.2 billion this year, the company said.", False),
        ("Acme said revenue may fall to $900 million.", False),
    ],
)
def test_may_the_month_is_not_an_expectation(sentence, is_result):
    found = [e for e in _facts(events, sentence) if e["type"] == "financial_result"]
    assert bool(found) is is_result


# the same facts with and without a dateline: the place is no subject, the dateline's date no event date
SAME_FACTS = [
    (events, "Nvidia and Reliance announced a partnership to build AI infrastructure in India."),
    (events, "Starbucks will close 400 stores across North America by the end of the year."),
    (events, "Intel is shutting down its plant in Leixlip."),
    (events, "Apple unveiled the iPhone 16 at its September event."),
    (events, "Acme agreed to buy Clearbrook Hydrometrics for about $2.35 billion."),
    (targets, "Jefferies maintains Buy on the shares."),
    (targets, "Piper Sandler moved its price target to $150 from $140, reiterating its Overweight rating."),
    (targets, "Zacks Research upgraded Acme from hold to strong-buy on Monday."),
    (targets, "Berenberg has a 'hold' recommendation on the shares with a price target of 2,400p."),
    (prices, "Acme shares closed at $87.15 on Tuesday, down 4.2%."),
    (prices, "Shares of Acme rose 3.1% to $52.40 in afternoon trading."),
    (layoffs, "Acme Corp said it would cut 16,000 jobs."),
    (layoffs, "Acme will lay off about 1,200 employees, or roughly 5% of its staff, the company said."),
]


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize(("module", "sentence"), SAME_FACTS, ids=[s[:36] for _, s in SAME_FACTS])
@pytest.mark.parametrize("company", [None, "Acme Corp"])
def test_dateline_changes_nothing(module, sentence, dateline, company):
    base = _facts(module, sentence, company)  # "Starbucks will close ..." in an article on Acme: nothing (its closure)
    assert base or company, "the sentence states a fact"
    got = _facts(module, dateline + sentence, company)
    # a layoff without a day of its own takes the dateline's (the day of publication); a rating takes the article's
    # day either way, marked date_basis="published"
    if module is layoffs:
        for r in got:
            if r["date"] == {"start": PUB.date().isoformat(), "precision": "day"}:
                r["date"] = None
    assert got == base


def test_dateline_date_is_not_the_event_date():
    (e,) = _facts(events, "TOKYO, March 5 — Apple unveiled the iPhone 16 at its September event.")
    assert e["date"]["start"].startswith("2025-09")


def test_rating_date_prefers_the_sentence_over_the_dateline():
    body = "HOUSTON, March 5 (Reuters) - Zacks Research upgraded Acme from hold to strong-buy on Monday."
    (r,) = _facts(targets, body)
    assert r["date"]["start"] == "2025-03-03"
    (r,) = _facts(targets, "HOUSTON, March 5 (Reuters) - Zacks Research upgraded Acme from hold to strong-buy.")
    assert r["date"]["start"] == "2025-03-05"  # only the dateline's day: the day of publication


def test_spans_slice_back_after_dateline():
    body = "Acme beats.\n\nHOUSTON, March 5 (Reuters) - Acme Corp's revenue rose 20% to $1.38 billion."
    for module in (events, prices, targets, layoffs):
        for r in module.extract(_doc(body)):
            p = r.provenance
            assert body[p.start : p.end] == p.evidence
