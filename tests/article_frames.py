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


def price_days(date_line: str, *paragraphs: str, title: str = "Company news") -> list[tuple[float, str]]:
    """(price, day) of every price an article states, sorted."""
    return sorted((p, d) for _, p, d in price_rows(article_frames(date_line, *paragraphs, title=title)["prices"]))


def target_rows(date_line: str, *paragraphs: str, title: str = "Company news") -> list[tuple]:
    """(firm, rating class or None, target or None) of every analyst row an article states, sorted."""
    df = article_frames(date_line, *paragraphs, title=title)["targets"]
    return sorted(
        ((f, r if isinstance(r, str) else None, float(t) if t == t else None)
         for f, r, t in zip(df["firm"], df["rating_class"], df["target"], strict=True)),
        key=lambda row: (row[0], row[1] or "", row[2] or 0.0),
    )  # fmt: skip


def layoff_rows(date_line: str, *paragraphs: str, title: str = "Company news") -> list[tuple[int, int, str]]:
    """(low, high, kind) of every layoff figure an article states, sorted."""
    df = article_frames(date_line, *paragraphs, title=title)["layoffs"]
    return sorted((int(lo), int(hi), k) for lo, hi, k in zip(df["low"], df["high"], df["kind"], strict=True))
