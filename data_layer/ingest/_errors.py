"""The error type every reader raises."""

from __future__ import annotations


class IngestError(ValueError):
    """An input that cannot be read, with a message meant for a person."""
