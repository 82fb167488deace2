"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return DATA / "seed_corpus"


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    return DATA / "dev_corpus"
