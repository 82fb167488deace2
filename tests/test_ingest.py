"""Ingestion: formats, encodings, bad input, boilerplate, and the real seed/dev files."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data_layer.ingest import IngestError, iter_articles, load_articles, read_bytes, read_result

# --------------------------------------------------------------------------- real files

SEED = [
    ("000_3ad7f4cd900e501e", "2026-01-31T05:08:04", "Amazon’s Strategic Pivot: AI Ambitions", "Amazon is undergoing"),
    ("001_b9476d01300e5c37", "2026-01-30T17:25:04", "Amazon’s Strategic Pivot: Funding", "Investors are watching"),
    ("002_a256c838bc360777", "2026-02-01T10:17:05", "Amazon’s Strategic Pivot: Balancing", "This week, Amazon"),
    ("003_c29da78eea36f510", None, "Amazon and OpenAI Forge", "Amazon and OpenAI have announced"),
    (
        "004_ecbc3a7b5cd02c86",
        "2026-01-12T09:31:05",
        "Amazon’s Strategic Pivot Gains Momentum",
        "Amazon is intensifying",
    ),
]


@pytest.mark.parametrize(("aid", "published", "title", "first"), SEED)
def test_seed_files(seed_dir, aid, published, title, first):
    (a,) = read_bytes(f"{aid}.txt", (seed_dir / f"{aid}.txt").read_bytes())
    assert a.id == aid
    assert (a.published.isoformat() if a.published else None) == published
    assert a.title.startswith(title)
    lines = a.body.split("\n")
    assert lines[0] == a.title
    assert lines[1].startswith(first)
    assert (a.company.name, a.company.ticker) == ("Amazon", "AMZN")
    # promo blocks are out of the body and kept aside
    for promo in ("Should investors sell immediately", "Buy or Sell?!", "Read more here", "Today’s edition"):
        assert promo not in a.body
    assert a.boilerplate
    assert "US0231351067" not in a.body and "boerse-global" not in a.body


DEV = [
    (
        "200_northwater_clearbrook_wire.txt",
        "200_northwater_clearbrook_wire",
        "2025-03-03T10:41:00-05:00",
        "Northwater Systems",
        "NWTR",
    ),
    ("201_cobalt_ridge_ratings_note.txt", "201_cobalt_ridge_ratings_note", "2025-03-04", "Cobalt Ridge Energy", "CBRG"),
    ("202_ashcombe_results_uk.txt", "202_ashcombe_results_uk", "2025-03-05T11:52:00+00:00", "Ashcombe Group", None),
    (
        "203_rheinfeld_analyst_de.txt",
        "203_rheinfeld_analyst_de",
        "2025-03-03T10:31:00",
        "Rheinfeld Antriebstechnik",
        "RHF",
    ),
    (
        "204_lumaris_layoffs.txt",
        "204_lumaris_layoffs",
        "2025-03-06T05:40:00-05:00",
        "Lumaris Health Technologies",
        "LMHT",
    ),
    ("205_halden_market_wrap.txt", "205_halden_market_wrap", "2025-03-06T16:48:00-05:00", "Halden Robotics", "HLDN"),
    (
        "206_quillon_earnings_preview.txt",
        "206_quillon_earnings_preview",
        "2025-03-09T08:15:00-04:00",
        "Quillon Semiconductor",
        "QLSM",
    ),
    (
        "207_corvane_fda_approval.html",
        "207_corvane_fda_approval",
        "2025-03-04T07:30:00-05:00",
        "Corvane Therapeutics",
        "CRVN",
    ),
    ("208_tamsin_ceo_exit.html", "208_tamsin_ceo_exit", "2025-03-07T14:05:00-05:00", "Tamsin Retail Group", "TMSN"),
    ("209_veyra_blog.md", "209_veyra_blog", "2025-03-08", "Veyra Energy Storage", "VYRA"),
    ("210_lakemont_feed.jsonl", "lmw-20250310-0412", "2025-03-10T17:04:00+00:00", "Selwyn Grid", "SLWG"),
    ("210_lakemont_feed.jsonl", "lmw-20250311-0087", "2025-03-11T01:30:00+00:00", "Tessary AI", None),
    ("211_halvard_results_release.txt", "211_halvard_results_release", None, "Halvard Maritime", "HALV"),
]


@pytest.fixture(scope="module")
def dev_articles(dev_dir):
    return {a.id: a for a in load_articles(dev_dir)}


@pytest.mark.parametrize(("fname", "aid", "published", "company", "ticker"), DEV)
def test_dev_files(dev_articles, fname, aid, published, company, ticker):
    a = dev_articles[aid]
    got = a.published.isoformat() if a.published else None
    assert (got or "")[: len(published or "")] == (published or "") and (got is None) == (published is None)
    assert (a.company.name, a.company.ticker) == (company, ticker)
    assert a.body.split("\n")[0] == a.title


@pytest.mark.parametrize(
    ("aid", "absent", "fields"),
    [
        (
            "200_northwater_clearbrook_wire",
            ["By Dana Whitcomb", "10:41 AM EST", "(Reporting by"],
            {"author": "Dana Whitcomb"},
        ),
        ("201_cobalt_ridge_ratings_note", ["Written by", "Free Report", "Looking for your next winner"], {}),
        (
            "202_ashcombe_results_uk",
            ["MARKETS | COMPANIES", "By Harriet Quayle", "11:52 GMT"],
            {"author": "Harriet Quayle"},
        ),
        (
            "203_rheinfeld_analyst_de",
            ["ISIN:", "ADVERTISEMENT", "Click here", "may hold positions", "| 10:31 |"],
            {"source": "FinanzTicker Frankfurt"},
        ),
        ("204_lumaris_layoffs", ["Published March 6"], {}),
        ("206_quillon_earnings_preview", ["By Avery Lindqvist"], {"author": "Avery Lindqvist"}),
        (
            "207_corvane_fda_approval",
            [
                "window.dataLayer",
                "Advertisement",
                "$2 biotech stock",
                "Most read",
                "Subscribe",
                "All rights reserved",
                "By Nadia",
            ],
            {
                "source": "Meridian Business Journal",
                "author": "Nadia Ferrante",
                "url": "https://www.meridianbizjournal.example/health/2025/03/04/corvane-velantrib-fda-approval",
            },
        ),
        (
            "208_tamsin_ceo_exit",
            ["Refinance now", "Retire with", "Top 5 dividend", "Related coverage", "Market snapshot", "LMD."],
            {"source": "Lakeshore Markets Daily", "author": "Marcus Delacroix-Webb"},
        ),
        (
            "209_veyra_blog",
            ["**", "Posted March 8", "Disclosure", "Upgrade to Premium", "|---|", "## "],
            {"source": "The Patient Compounder", "author": "Theo Marchbanks"},
        ),
        ("lmw-20250310-0412", [], {"source": "Lakemont Wire"}),
        ("211_halvard_results_release", ["please contact", "ir@halvard", "About Halvard Maritime"], {}),
    ],
)
def test_dev_cleaning(dev_articles, aid, absent, fields):
    a = dev_articles[aid]
    for text in absent:
        assert text not in a.body, text
    for name, value in fields.items():
        assert getattr(a, name) == value


def test_dev_first_sentences_start_clean(dev_articles):
    firsts = {aid: a.body.split("\n")[1] for aid, a in dev_articles.items()}
    assert firsts["200_northwater_clearbrook_wire"].startswith("NEW YORK, March 3")
    assert firsts["201_cobalt_ridge_ratings_note"].startswith("Cobalt Ridge Energy (NYSE:CBRG) had its price target")
    assert firsts["203_rheinfeld_analyst_de"].startswith("FRANKFURT (FinanzTicker)")
    assert firsts["207_corvane_fda_approval"].startswith("Shares of Corvane Therapeutics")
    assert firsts["209_veyra_blog"].startswith("Veyra Energy Storage (NYSE: VYRA) had")


# --------------------------------------------------------------------------- small inputs: encodings

TEXT = "Café Groupe’s “rally”\nShares of Café Groupe rose 5% to €12.50 on Monday — a record.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_encodings(encoding):
    (a,) = read_bytes("x.txt", TEXT.encode(encoding))
    assert a.title == "Café Groupe’s “rally”"
    assert "€12.50 on Monday — a record." in a.body
    assert "â€" not in a.body and "Ã" not in a.body


def test_latin1_and_mojibake_repair():
    (a,) = read_bytes("x.txt", "Zürich bank\nUBS in Zürich said profit rose.".encode("latin-1"))
    assert "Zürich" in a.body
    (b,) = read_bytes("y.txt", "Amazonâ€™s pivot\nAmazonâ€™s shares rose.".encode())
    assert b.title == "Amazon’s pivot"


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("a.txt", b"", "empty"),
        ("a.txt", b"   \n\n ", "empty"),
        ("a.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "PDF"),
        ("a.md", b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        ("a.html", b"PK\x03\x04\x14\x00", "ZIP"),
        ("a.txt", b"abc\x00\x01\x02def\x00", "binary"),
        ("a.docx", b"hello", "unsupported file type '.docx'"),
        ("a.json", b'{"foo": 1}', "no usable article"),
        ("a.json", b"[1, 2, 3]", "no usable article"),
        ("a.jsonl", b"not json\n{broken\n", "no usable article"),
    ],
)
def test_bad_input(name, data, message):
    with pytest.raises(IngestError, match=message):
        read_bytes(name, data)


def test_size_limit_parameter_and_env(monkeypatch, tmp_path):
    data = b"Title\n" + b"Shares rose. " * 200
    with pytest.raises(IngestError, match="too large"):
        read_bytes("a.txt", data, max_mb=0.001)
    monkeypatch.setenv("NEWSDASH_MAX_FILE_MB", "0.001")
    with pytest.raises(IngestError, match="too large"):
        read_bytes("a.txt", data)
    (tmp_path / "big.txt").write_bytes(data)
    (r,) = iter_articles(tmp_path)
    assert r.error and "too large" in r.error
    monkeypatch.setenv("NEWSDASH_MAX_FILE_MB", "5")
    assert read_bytes("a.txt", data)


def test_folder_errors_do_not_stop_the_rest(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text("Title\nBody text here.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.4")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF-1.4")
    results = {r.name.split("/")[-1]: r for r in iter_articles(tmp_path)}
    assert set(results) == {"good.txt", "bad.txt"}
    assert results["bad.txt"].error and not results["good.txt"].error


# --------------------------------------------------------------------------- HTML safety

HOSTILE = b"""<html><head><title>Acme rallies | Daily Ledger</title>
<meta property="og:site_name" content="Daily Ledger">
<script>alert('x'); document.write('EVIL SCRIPT TEXT')</script><style>p{color:red}</style></head>
<body><nav>Home Markets</nav><article><h1>Acme rallies</h1>
<p>Acme Corp (NYSE: ACME) rose 4% to $10.20 on <a href="javascript:alert(1)">Tuesday</a>.</p>
<img src=x onerror="alert('IMG ERROR TEXT')">
<iframe src="https://ads.example/frame">IFRAME TEXT</iframe>
<div class="advert-box">BUY GOLD NOW</div><div id="newsletter-signup">Get our newsletter</div>
<p>Analysts cheered &amp; the stock closed higher.</p>
<noscript>NOSCRIPT TEXT</noscript></article>
<footer>Copyright 2025 Daily Ledger</footer></body></html>"""


def test_html_drops_active_and_promo_content():
    (a,) = read_bytes("page.html", HOSTILE)
    assert a.title == "Acme rallies"
    assert a.source == "Daily Ledger"
    assert a.body == (
        "Acme rallies\nAcme Corp (NYSE: ACME) rose 4% to $10.20 on Tuesday.\nAnalysts cheered & the stock closed higher."
    )
    for bad in (
        "alert",
        "EVIL",
        "IMG ERROR",
        "IFRAME",
        "BUY GOLD",
        "newsletter",
        "NOSCRIPT",
        "Copyright",
        "javascript",
    ):
        assert bad not in a.body
    assert (a.company.name, a.company.ticker) == ("Acme", "ACME")


def test_html_json_ld_metadata():
    html = b"""<html><head><title>X</title><script type="application/ld+json">
    {"@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle", "headline": "Zeta wins",
     "datePublished": "2025-05-01T08:00:00+02:00", "author": [{"name": "A. Writer"}],
     "publisher": {"@type": "Organization", "name": "Zeta Times"}}]}</script></head>
    <body><main><p>Zeta Industries said it won a contract.</p></main></body></html>"""
    (a,) = read_bytes("z.htm", html)
    assert a.published.isoformat() == "2025-05-01T08:00:00+02:00"
    assert (a.author, a.source) == ("A. Writer", "Zeta Times")


# --------------------------------------------------------------------------- JSON


def test_jsonl_bad_line_reported_good_lines_kept():
    lines = [
        json.dumps({"id": "a1", "title": "One", "text": "First body.", "published": "2025-03-10T17:04:00Z"}),
        "{this is not json",
        json.dumps({"title": "Two", "body": "Second body.", "date": "March 3, 2025", "outlet": "Wire"}),
        json.dumps(["not", "an", "object"]),
    ]
    r = read_result("feed.jsonl", "\n".join(lines).encode())
    assert [a.id for a in r.articles] == ["a1", "feed-3"]
    assert r.articles[1].source == "Wire" and r.articles[1].published.date().isoformat() == "2025-03-03"
    assert any(w.startswith("line 2") for w in r.warnings) and any(w.startswith("line 4") for w in r.warnings)


@pytest.mark.parametrize(
    "payload",
    [
        {"articles": [{"title": "T", "content": "Body one."}]},
        [{"title": "T", "content": "Body one."}],
        {"title": "T", "html": "<p>Body one.</p><script>bad()</script>"},
    ],
)
def test_json_shapes(payload):
    (a,) = read_bytes("one.json", json.dumps(payload).encode())
    assert a.body == "T\nBody one."
    assert a.id in ("one", "one-1")


# --------------------------------------------------------------------------- txt and md styles


@pytest.mark.parametrize(
    ("text", "published", "author", "source", "first"),
    [
        ("Title here\n31.01.2026 - 05:08:04Amazon is big.\nMore.", "2026-01-31T05:08:04", None, None, "Amazon is big."),
        ("Title here\nAmazon is big.\nMore.", None, None, None, "Amazon is big."),
        (
            "Title here\nBy Dana Whitcomb\nMar 3, 2025 10:41 AM EST\n\nBody starts here.",
            "2025-03-03T10:41:00-05:00",
            "Dana Whitcomb",
            None,
            "Body starts here.",
        ),
        (
            "Title here\n\nWritten by Tickerly Newsdesk | Tuesday, March 4th, 2025\n\nBody.",
            "2025-03-04T00:00:00",
            "Tickerly",
            None,
            "Body.",
        ),
        (
            "Title here\n03.03.2025 | 10:31 | FinanzTicker Frankfurt\nX AG | ISIN: DE000RHF0012 | Symbol: RHF\nBody.",
            "2025-03-03T10:31:00",
            None,
            "FinanzTicker Frankfurt",
            "Body.",
        ),
        (
            "MARKETS | COMPANIES\n\nTitle here\n\nBy Harriet Quayle, Markets Reporter\nWednesday 5 March 2025 11:52 GMT\nBody.",
            "2025-03-05T11:52:00+00:00",
            "Harriet Quayle",
            None,
            "Body.",
        ),
        (
            "Title here\nBody text.\nPublished March 6, 2025, 5:40 a.m. ET",
            "2025-03-06T05:40:00-05:00",
            None,
            None,
            "Body text.",
        ),
    ],
)
def test_txt_headers(text, published, author, source, first):
    (a,) = read_bytes("t.txt", text.encode())
    assert a.title == "Title here"
    assert (a.published.isoformat() if a.published else None) == published
    assert (a.author, a.source) == (author, source)
    assert a.body.split("\n")[1] == first


def test_markdown_front_matter_and_syntax():
    md = (
        "---\ntitle: Front title\ndate: 2025-04-02\nauthor: Jo Lee\nsource: Blog Co\n---\n\n"
        "Some **bold** and _em_ text with a [link](https://x.example) and `code`.\n\n> quoted line\n"
    )
    (a,) = read_bytes("p.md", md.encode())
    assert a.title == "Front title"
    assert a.published.date().isoformat() == "2025-04-02"
    assert (a.author, a.source) == ("Jo Lee", "Blog Co")
    assert a.body == "Front title\nSome bold and em text with a link and code.\nquoted line"


@pytest.mark.parametrize(
    "promo",
    [
        "Sign up for our free daily newsletter to get the latest updates.",
        "Click here to download your free copy now!",
        "Disclosure: the author holds shares of ACME.",
        "This article was produced by Example Wire.",
        "Copyright 2025 Example Media. All rights reserved.",
        "Read more: Why the Fed matters",
        "Related: Five stocks to watch",
        # investing-service upsells
        "Should you buy shares of Acme right now?",
        "Should You Invest $5,000 In Acme Today?",
        "Before you purchase Acme stock, here's what you'll want to know.",
        "Before you buy stock in Acme, consider this:",
        "Our analyst team just identified the 7 best stocks for investors to buy now, and Acme isn't on it.",
        "View The Seven Stocks Here »",
        "*Premium Picks returns as of June 3, 2025",
        "The author has no position in any stocks mentioned. The Daily Bull has a disclosure policy.",
        # newsletter / email sign-ups and tip lines
        "Sign up for free newsletters and get more Example News delivered to your inbox",
        "Enter your email address below to receive a concise daily summary of analyst ratings.",
        "Got a confidential news tip? We want to hear from you.",
        "Follow Jordan Lee on Twitter: https://twitter.com/jlee",
        # affiliate disclaimers and platform-fee comparison rows
        "Affiliate links: if you take out a product, Example Money may earn a commission.",
        "Low-cost global investing – 0.15% platform fee",
        "Ready-made portfolios and £0 trading fees",
        "OUR PICK OF THE BEST STOCKS AND SHARES ISAS",
        # credit lines
        "Reporting by Jo Lee in London; Editing by Sam Park",
        "— With assistance from Priya Nair",
        "— Example News' Alex Kim and Lena Wu contributed reporting.",
    ],
)
def test_promo_lines_removed(promo):
    text = f"Title\nShares of Acme rose 4% on Monday after results.\n{promo}\nAnalysts were pleased with the margin."
    (a,) = read_bytes("p.txt", text.encode())
    assert promo not in a.body
    assert "Analysts were pleased" in a.body
    assert promo in "\n".join(a.boilerplate)


def test_upload_ids():
    (a,) = read_bytes("C:\\Users\\me\\report 1.txt", b"T\nBody.")
    assert a.id == "report_1"
    (b,) = read_bytes("", b"T\nBody.")
    assert len(b.id) == 16 and b.format == "txt"
    assert b.content_hash and len(b.content_hash) == 64


# --------------------------------------------------------------------------- properties


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.sampled_from(["a.txt", "a.md", "a.html", "a.json", "a.jsonl", "a.htm", "", "a.x"]))
def test_read_bytes_only_raises_ingest_error(data, name):
    try:
        articles = read_bytes(name, data)
    except IngestError:
        return
    for a in articles:
        assert a.body.startswith(a.title)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=1500), st.sampled_from(["a.txt", "a.md", "a.html", "a.jsonl"]))
def test_read_text_only_raises_ingest_error(text, name):
    with contextlib.suppress(IngestError):
        read_bytes(name, text.encode("utf-8"))


def test_related_list_and_promo_trailer_removed():
    text = (
        "Title\nAcme said on Tuesday it would cut 900 jobs.\nThe shares fell 3% to $41.20.\n"
        "Analysts called the move overdue.\nThe company reports results next month.\n"
        "Related:\n- Chip layoffs: a tally of 2024 job cuts\nAcme rival posts record quarter\n"
        "Should you invest $1,000 in Acme right now?\nBefore you consider Acme, read this.\n"
        "Our experts found five stocks they like better. The service has beaten the market since 2003*."
    )
    (a,) = read_bytes("r.txt", text.encode())
    assert a.body.endswith("The company reports results next month.")
    assert "2024 job cuts" in "\n".join(a.boilerplate)


def test_promo_heading_starts_a_trailer():
    text = (
        "Title\nAcme shares fell 4% to 310p.\nThe group cut its outlook.\nBrokers were split.\n"
        "The FTSE 100 slipped 0.4%.\nCOMPARE THE BEST INVESTING PLATFORMS\n"
        "Free trades for a year and a simple app – £4.99 a month\nFree fund dealing – 0.25% account fee"
    )
    (a,) = read_bytes("h.txt", text.encode())
    assert a.body.endswith("The FTSE 100 slipped 0.4%.")


def test_get_free_report_tag_keeps_the_paragraph():
    text = "Title\nAcme Corp (NYSE:ACME - Get Free Report) had its target raised to $50 by Example Bank.\nMore."
    (a,) = read_bytes("g.txt", text.encode())
    assert "Acme Corp (NYSE:ACME) had its target raised to $50" in a.body


@pytest.mark.parametrize(
    ("first", "published"),
    [
        ("DENVER--(BUSINESS WIRE)--Mar. 4, 2025-- Acme Corp (NYSE: ACME) today reported results.", "2025-03-04"),
        ("BOSTON, Feb. 12, 2025 /PRNewswire/ -- Acme Corp said on Wednesday it agreed to buy Beta.", "2025-02-12"),
        ("OSLO, Norway, November 5, 2024 (GLOBE NEWSWIRE) -- Acme ASA announces a buyback.", "2024-11-05"),
        ("LONDON, 10 April 2025 (RNS) - Acme plc announces its final results.", "2025-04-10"),
        ("Acme said on March 4, 2025 - a Tuesday - that sales rose.", None),
    ],
)
def test_wire_dateline_gives_published(first, published):
    (a,) = read_bytes("w.txt", f"Acme Reports Results\n\n{first}\n\nSales rose 5%.".encode())
    assert (a.published.date().isoformat() if a.published else None) == published


@pytest.mark.parametrize(
    ("text", "name", "ticker"),
    [
        ("Kohl's to close 27 stores\nKohl's said on Friday it would close 27 stores.", "Kohl's", "KSS"),
        ("McDonald's raises prices\nMcDonald's said menu prices rose 3%. McDonald's shares fell.", "McDonald's", "MCD"),
    ],
)
def test_names_ending_in_apostrophe_s(text, name, ticker):
    (a,) = read_bytes("k.txt", text.encode())
    assert (a.companies[0].name, a.companies[0].ticker) == (name, ticker)


def test_dated_list_line_after_the_story_stays_in_body():
    text = (
        "Broker lifts Acme target\n\n02.03.2025 | 09:10 | Example Wire\n\n"
        "Example Bank raised its target for Acme to EUR 90 and kept its rating at buy, citing strong orders.\n\n"
        "Acme shares rose 2 percent to 71,20 euros in early trading on Monday after the note was published.\n\n"
        "Other views:\n01.03.2025 - Beta Securities - Hold - Target EUR 75\n"
    )
    (a,) = read_bytes("v.txt", text.encode())
    assert a.published.date().isoformat() == "2025-03-02"
    assert "01.03.2025 - Beta Securities - Hold - Target EUR 75" in a.body


def test_agency_tag_in_dateline_is_not_a_ticker():
    text = (
        "Acme to shut plant\n\nCHICAGO (AP) — Acme Corp said Monday it will shut its Ohio plant.\n\nAcme shares fell."
    )
    (a,) = read_bytes("ap.txt", text.encode())
    assert all(c.ticker != "AP" for c in a.companies)
