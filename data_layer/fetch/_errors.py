"""The error every fetch raises: a message meant for a person (shown next to the link that failed)."""

from __future__ import annotations


class FetchError(ValueError):
    """A link that cannot be fetched or read, with the reason."""
