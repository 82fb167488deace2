"""The home page's target KPI says why no median is shown."""

from __future__ import annotations

import pandas as pd
import pytest

from ui import summary


@pytest.mark.parametrize(
    ("rows", "note"),
    [
        ([], "no price targets in these articles"),
        ([("Acme", 10.0), ("Globex", 20.0)], "targets for 2 companies: pick one to see its consensus"),
        ([("Acme", None), ("Globex", None)], "no price targets in these articles"),  # ratings without a target
    ],
)
def test_no_consensus_note(rows, note):
    latest = pd.DataFrame(rows, columns=["company", "target"])
    assert summary._no_consensus(latest) == note
