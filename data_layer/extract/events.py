"""events extractor (placeholder until implemented)."""

from __future__ import annotations

from ._doc import Doc


def extract(doc: Doc) -> list:
    return []
