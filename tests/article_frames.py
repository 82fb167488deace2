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
