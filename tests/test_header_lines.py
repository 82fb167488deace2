"""Lines near the headline: datelines and bylines are header fields, rows of a price table are body text."""

from __future__ import annotations

import pytest

from data_layer.ingest import read_bytes
from data_layer.ingest._text import classify_header


@pytest.mark.parametrize(
    ("line", "kind", "published"),
    [
        ("March 3, 2026 | By Dana Whitcomb | Reuters", "dateline", "2026-03-03"),
        ("By Priya Raman | 3 March 2026", "dateline", "2026-03-03"),
        ("03.03.2025 | 10:31 | FinanzTicker Frankfurt", "dateline", "2025-03-03"),
        ("Mon, Mar 3, 2025 | $11.92 | -3.1%", None, None),
        ("2025-03-04 | 11.38 | -4.5%", None, None),
        ("Tue, Mar 4, 2025 | €11.38", None, None),
        ("Mar 5, 2025 | 1,204.50p | +0.8 %", None, None),
    ],
)
def test_header_line(line, kind, published):
    h = classify_header(line)
    assert (h.kind if h else None) == kind
    assert (h.published.date().isoformat() if h and h.published else None) == published


TABLE_POST = b"""# A rough week for Acme

*by Jonah Albrecht \xc2\xb7 Ledger \xc2\xb7 5 min read*

Acme (NASDAQ: ACME) gave back its bounce this week.

## Daily closes

| Date | Close | Daily change |
|---|---|---|
| Mon, Mar 3, 2025 | $11.92 | -3.1% |
| Tue, Mar 4, 2025 | $11.38 | -4.5% |
| Wed, Mar 5, 2025 | $11.87 | +4.3% |

Tuesday was the worst session of the week for the shares.
"""


def test_dated_table_rows_stay_in_the_body():
    (article,) = read_bytes("acme.md", TABLE_POST)
    for day in ("Mar 3", "Mar 4", "Mar 5"):
        assert f"{day}, 2025 |" in article.body
    assert article.published is None  # the first row's date is not the article's date
