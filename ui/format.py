"""Small, pure formatting and escaping helpers shared by pages and charts."""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Iterable, Mapping

import pandas as pd

_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))


def is_missing(value: object) -> bool:
    """True for None, NaN, NaT and pandas NA.

    >>> [is_missing(v) for v in (None, float("nan"), pd.NA, pd.NaT, 0, "")]
    [True, True, True, True, False, False]
    """
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def money(value: object, currency: str | None = "USD") -> str:
    """A compact amount with units: ``$50.0B``, ``$1.2M``, ``$239.30``; an em dash when unknown.

    >>> money(50e9), money(1_234_567), money(239.3), money(None), money(12.5, "GBX")
    ('$50.0B', '$1.2M', '$239.30', '—', '12.50 GBX')
    """
    if is_missing(value):
        return "—"
    x = float(value)  # type: ignore[arg-type]
    if not math.isfinite(x):
        return "—"
    prefix, suffix = ("$", "") if (currency or "USD") == "USD" else ("", f" {currency}")
    for scale, unit in _SCALES:
        if abs(x) >= scale and scale >= 1e6:
            return f"{prefix}{x / scale:.1f}{unit}{suffix}"
    return f"{prefix}{x:,.2f}{suffix}"


def money_short(value: object, currency: str | None = "USD") -> str:
    """Like :func:`money` but without cents on whole amounts (for headline numbers).

    >>> money_short(295.0), money_short(239.3), money_short(None), money_short(3960.0, "GBX")
    ('$295', '$239.30', '—', '3,960 GBX')
    """
    if not is_missing(value) and float(value).is_integer() and abs(float(value)) < 1e6:  # type: ignore[arg-type]
        x = float(value)  # type: ignore[arg-type]
        return f"${x:,.0f}" if (currency or "USD") == "USD" else f"{x:,.0f} {currency}"
    return money(value, currency)


def money_range(low: object, high: object, currency: str | None = "USD") -> str:
    """Two headline amounts as a range, the currency code written once.

    >>> money_range(295.0, 305.0), money_range(128.0, 3109.0, "GBX"), money_range(None, 5.0, "EUR")
    ('$295–$305', '128–3,109 GBX', '—–5 EUR')
    """
    if (currency or "USD") == "USD":
        return f"{money_short(low)}–{money_short(high)}"
    lo, hi = (money_short(v, currency).removesuffix(f" {currency}") for v in (low, high))
    return f"{lo}–{hi} {currency}"


def count(value: object) -> str:
    """Thousands separators for a headcount; an em dash when unknown.

    >>> count(16000), count(None)
    ('16,000', '—')
    """
    return "—" if is_missing(value) else f"{int(float(value)):,}"  # type: ignore[arg-type]


def pct(value: object, signed: bool = True) -> str:
    """A percentage with one decimal.

    >>> pct(12.345), pct(-3), pct(None)
    ('+12.3%', '-3.0%', '—')
    """
    if is_missing(value):
        return "—"
    return f"{float(value):+.1f}%" if signed else f"{float(value):.1f}%"  # type: ignore[arg-type]


def basis_note(basis: object) -> str:
    """What a date shown beside a record adds when the text gave none and the article's day stands in.

    >>> basis_note("published"), basis_note("stated"), basis_note(None)
    (' (article date)', '', '')
    """
    return " (article date)" if basis == "published" else ""


def day(value: object) -> str:
    """An ISO date (``YYYY-MM-DD``) from a date, datetime, Timestamp or string; ``—`` when unknown.

    >>> day(dt.datetime(2026, 1, 30, 17, 25)), day("2026-01"), day(None)
    ('2026-01-30', '2026-01', '—')
    """
    if is_missing(value):
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, dt.datetime | pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def article_meta(source: object, published: object, company: object) -> str:
    """The grey line under an article's title: outlet · day · company, leaving out what is missing.

    >>> article_meta("Reuters", "2026-01-30", "Amazon"), article_meta(float("nan"), None, "Amazon")
    ('Reuters · 2026-01-30 · Amazon', 'Amazon')
    """
    parts = [None if is_missing(source) else str(source), None if is_missing(published) else day(published)]
    parts.append(None if is_missing(company) else str(company))
    return " · ".join(p for p in parts if p)


def sources_text(value: object) -> str:
    """Outlets as one comma-separated string, from a name, a list of names or a list of source dicts.

    >>> sources_text(["Reuters", "CNBC"]), sources_text("Reuters"), sources_text(None)
    ('Reuters, CNBC', 'Reuters', '')
    >>> sources_text([{"source": "Reuters", "article_id": "a"}, {"source": None, "title": "Note", "article_id": "b"}])
    'Reuters, Note'
    """
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return str(value.get("source") or value.get("title") or value.get("article_id") or "")
    if isinstance(value, Iterable):
        names = [sources_text(v) for v in value if not is_missing(v)]
        return ", ".join(dict.fromkeys(n for n in names if n))
    return "" if is_missing(value) else str(value)


def highlight(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """Escape ``text`` and wrap each ``(start, end, label)`` span in our own ``<mark>`` tag.

    Every piece of article text goes through :func:`html.escape`; overlapping spans are merged
    into the first one, and spans outside the text are ignored.

    >>> highlight("Close <b>$239.30</b> today", [(9, 16, "price")])
    'Close &lt;b&gt;<mark class="nd-price" title="price">$239.30</mark>&lt;/b&gt; today'
    """
    out: list[str] = []
    pos = 0
    for start, end, label in sorted((int(s), int(e), str(lbl)) for s, e, lbl in spans):
        if start < pos or end <= start or end > len(text):
            continue
        lab = html.escape(label, quote=True)
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark class="nd-{lab}" title="{lab}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def paragraphs(escaped: str) -> str:
    """Turn newlines in already-escaped text into ``<br>`` tags.

    >>> paragraphs("a\\nb")
    'a<br>b'
    """
    return escaped.replace("\n", "<br>")
