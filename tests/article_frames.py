"""Extraction of one made-up article for tests of real-outlet patterns: a headline, a date line and paragraphs in,
the record tables out."""

from __future__ import annotations

from data_layer import extract, read_bytes


def article_frames(date_line: str, *paragraphs: str, title: str = "Company news"):
    """The record tables (``extract(...).frames()``) of one article written as plain text."""
    raw = f"{title}\n{date_line}\n\n" + "\n\n".join(paragraphs) + "\n"
    result = read_bytes("a.txt", raw.encode())
    arts = result.articles if hasattr(result, "articles") else result
    return extract(arts).frames()


def event_types(date_line: str, sentence: str, title: str = "Company news") -> set[str]:
    """The event types one sentence gives."""
    return set(article_frames(date_line, sentence, title=title)["events"]["type"])


def _name(c) -> str:
    return c if isinstance(c, str) else ""  # (None or NaN: no company)


def price_rows(df) -> list[tuple[str, float, str]]:
    """The prices table as sorted (company, price, day) rows."""
    return sorted(
        (_name(c), float(p), str(d)[:10]) for c, p, d in zip(df["company"], df["price"], df["date"], strict=True)
    )


def result_rows(df) -> list[tuple[str, float]]:
    """The financial results of an events table as sorted (company, amount in dollars or 0.0) rows."""
    return sorted(
        (_name(c), a if a == a else 0.0)
        for c, t, a in zip(df["company"], df["type"], df["amount_usd"], strict=True)
        if t == "financial_result"
    )
