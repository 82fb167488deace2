import datetime as dt

import pytest
from pydantic import ValidationError

from data_layer.models import FuzzyDate, LayoffFigure, PricePoint, Provenance
from data_layer.text import split_sentences


def _prov(text="closed at $10"):
    return Provenance(article_id="a", start=0, end=len(text), evidence=text, sentence=text, extractor="t")


@pytest.mark.parametrize(
    ("start", "precision", "end", "iso"),
    [
        (dt.date(2026, 1, 30), "day", dt.date(2026, 1, 30), "2026-01-30"),
        (dt.date(2025, 11, 1), "month", dt.date(2025, 11, 30), "2025-11"),
        (dt.date(2025, 10, 1), "quarter", dt.date(2025, 12, 31), "2025-Q4"),
        (dt.date(2026, 1, 1), "half", dt.date(2026, 6, 30), "2026-H1"),
        (dt.date(2026, 1, 1), "year", dt.date(2026, 12, 31), "2026"),
    ],
)
def test_fuzzy_date_bounds(start, precision, end, iso):
    d = FuzzyDate(start=start, precision=precision)
    assert d.end == end
    assert d.iso() == iso


def test_records_are_frozen_and_strict():
    p = PricePoint(provenance=_prov(), value=10.0)
    with pytest.raises(ValidationError):
        p.value = 3  # frozen
    with pytest.raises(ValidationError):
        PricePoint(provenance=_prov(), value=10.0, colour="red")  # extra field
    with pytest.raises(ValidationError):
        PricePoint(provenance=_prov(), value=float("inf"))


def test_provenance_span_must_match_evidence():
    with pytest.raises(ValidationError):
        Provenance(article_id="a", start=0, end=3, evidence="four", sentence="four", extractor="t")


def test_layoff_needs_count_or_percent_and_ordered_range():
    with pytest.raises(ValidationError):
        LayoffFigure(provenance=_prov())
    with pytest.raises(ValidationError):
        LayoffFigure(provenance=_prov(), low=10, high=5)


def test_sentence_spans_slice_back():
    body = 'Title line\n31.01.2026 - 05:08:04Amazon fell 1.01 percent. U.S. Inc. shares "rose." Then $5.'
    for s in split_sentences(body):
        assert body[s.start : s.end] == s.text
