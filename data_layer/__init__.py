"""newsdash data layer: articles -> typed, sourced records -> claims -> store -> DataFrames.

Never imports streamlit.
"""

from __future__ import annotations

from .extract import EXTRACTOR_VERSION, extract, extract_article
from .ingest import IngestError, iter_articles, load_articles, read_bytes
from .models import AnalystRating, Article, Company, Event, FuzzyDate, LayoffFigure, PricePoint, Provenance
from .records import Records

__all__ = [
    "EXTRACTOR_VERSION",
    "AnalystRating",
    "Article",
    "Company",
    "Event",
    "FuzzyDate",
    "IngestError",
    "LayoffFigure",
    "PricePoint",
    "Provenance",
    "Records",
    "extract",
    "extract_article",
    "iter_articles",
    "load_articles",
    "read_bytes",
]
