"""Prospective layoffs ("a second phase could follow", "may cut a further 500"): extracted as rounds with status
``prospective``, never subtracted from a cumulative total, and listed apart in the tally."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from data_layer.extract import Doc
from data_layer.extract.layoffs import extract
from data_layer.models import Article, Company, LayoffFigure, LayoffStatus
from data_layer.reconcile import annotate, layoff_claims, layoff_tally

PUB = dt.datetime(2025, 3, 5, 9, 0)
P, A = "prospective", "announced"


def _facts(body: str) -> list[tuple]:
    art = Article(id="t", title=body.split("\n", 1)[0], body=body, published=PUB, companies=(Company(name="Acme"),))
    return [(r.low, r.high, r.kind.value, r.status.value) for r in extract(Doc.of(art))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a later phase that "could follow"
        (
            "Acme also warned that a second phase, affecting between 350 and 500 roles in its European service "
            "organisation, could follow once consultations with works councils conclude later this year.",
            [(350, 500, "round", P)],
        ),
        ("Acme said a further 600 job cuts could follow next year.", [(600, 600, "round", P)]),
        # a modal with "a further" / "another" / "additional"
        ("Acme said it may cut a further 2,000 jobs if demand does not recover.", [(2000, 2000, "round", P)]),
        ("The carmaker could shed another 5,000 jobs by 2027, analysts at UBS estimated.", [(5000, 5000, "round", P)]),
        ("Up to 1,200 additional roles may be cut in a later phase.", [(1200, 1200, "round", P)]),
        ("As many as 3,000 more jobs could be affected, the union said.", [(3000, 3000, "round", P)]),
        # considering, weighing, not ruling out
        (
            "Acme is considering cutting as many as 30,000 jobs in Germany, people familiar with the matter said.",
            [(30000, 30000, "round", P)],
        ),
        ("The bank is weighing a possible second round of 1,000 job cuts.", [(1000, 1000, "round", P)]),
        (
            "Acme is mulling a potential third wave of layoffs that could hit 2,500 workers.",
            [(2500, 2500, "round", P)],
        ),
        ("Acme did not rule out further cuts of up to 1,500 jobs.", [(1500, 1500, "round", P)]),
        # decided, announced or done: not prospective
        ("Acme said it would cut approximately 8% of its workforce, or about 1,900 jobs.", [(1900, 1900, "round", A)]),
        ("Acme plans to cut a further 500 jobs next year.", [(500, 500, "round", A)]),
        ("Acme will eliminate another 1,200 positions by June.", [(1200, 1200, "round", A)]),
        (
            "Acme laid off 2,000 workers in January and analysts said more cuts could follow.",
            [(2000, 2000, "round", A)],
        ),
        (
            "Acme, which is considering cutting costs, said on Monday it laid off 500 workers.",
            [(500, 500, "round", A)],
        ),
        ("Having considered several options, the board approved cutting 900 jobs.", [(900, 900, "round", A)]),
        # a programme total stated with a modal is a total, never a prospective round
        (
            "In total, this corporate overhaul could ultimately eliminate approximately 14,000 roles.",
            [(14000, 14000, "cumulative", A)],
        ),
    ],
)
def test_prospective_status(sentence, expected):
    assert _facts(sentence) == expected


def test_announced_and_prospective_rounds_in_one_sentence():
    body = "Acme will cut 1,000 jobs this year and may cut a further 400 roles in 2026."
    assert _facts(body) == [(1000, 1000, "round", A), (400, 400, "round", P)]


def test_a_restatement_of_a_prospective_round_is_prospective_too():
    body = (
        "Acme warned that a second phase, affecting between 350 and 500 roles, could follow later this year.\n\n"
        "Key figures\n- Second phase of 350 to 500 job cuts in Europe"
    )
    assert _facts(body) == [(350, 500, "round", P)] * 2


def test_status_defaults_to_announced():
    from data_layer.models import Provenance

    prov = Provenance(article_id="a", evidence="500 jobs", sentence="500 jobs", start=0, end=8, extractor="t")
    assert LayoffFigure(provenance=prov, low=500).status is LayoffStatus.ANNOUNCED


# --------------------------------------------------------------------------- tally


def _tally(make):
    f = make.frames()
    claims, _ = layoff_claims(annotate(f["layoffs"], f["articles"]))
    return claims, *layoff_tally(claims)


def _lumaris_like(make):
    make.article("a", "2025-03-06T05:40")
    make.layoff("a", 1900, approximate=True)
    make.layoff("a", 350, 500, date="2025-01-01", precision="year", status="prospective")
    make.layoff("a", 4600, kind="cumulative", approximate=True)
    return make


def test_prospective_round_is_not_subtracted_from_the_total(make):
    _, tally, text = _tally(_lumaris_like(make))
    un = tally[tally["row"] == "unattributed"].iloc[0]
    assert (int(un["low"]), int(un["high"])) == (2700, 2700)
    assert "4,600 − 1,900 = 2,700" in text
    assert "2,200" not in text and "2,350" not in text


def test_prospective_round_stays_visible_apart(make):
    _, tally, text = _tally(_lumaris_like(make))
    maybe = tally[tally["row"] == "prospective"]
    assert [(int(r.low), int(r.high)) for r in maybe.itertuples()] == [(350, 500)]
    assert "not yet included" in maybe["label"].iloc[0]
    assert "Possible further cuts" in text and "350–500" in text
    rounds = tally[tally["row"] == "round"]
    assert rounds["low"].astype(int).tolist() == [1900]
    assert int(rounds["running_high"].iloc[-1]) == 1900  # the running sum leaves it out too


def test_prospective_round_never_merges_with_an_announced_one(make):
    make.article("a", "2025-03-06T05:40")
    make.article("b", "2025-03-07T05:40")
    make.layoff("a", 500)
    make.layoff("b", 500, status="prospective")
    claims, _, _ = _tally(make)
    assert sorted(claims["status"]) == [A, P]
    assert claims["claim_id"].nunique() == 2


def test_rounds_without_a_total_leave_prospective_ones_out_of_the_sum(make):
    make.article("a", "2025-03-06T05:40")
    make.layoff("a", 1000)
    make.layoff("a", 400, status="prospective")
    _, _, text = _tally(make)
    assert "= 1,000" in text and "1,400" not in text and "400 (" in text


def test_only_prospective_cuts(make):
    make.article("a", "2025-03-06T05:40")
    make.layoff("a", 400, status="prospective")
    _, tally, text = _tally(make)
    assert set(tally["row"]) == {"prospective"} and "Possible further cuts" in text


def test_frames_from_an_older_store_without_status_count_as_announced(make):
    f = _lumaris_like(make).frames()
    old = f["layoffs"].drop(columns=["status"])
    claims, _ = layoff_claims(annotate(old, f["articles"]))
    tally, _ = layoff_tally(claims)
    un = tally[tally["row"] == "unattributed"].iloc[0]
    assert (int(un["low"]), int(un["high"])) == (2200, 2350)  # without the status nothing is known to be pending
    assert "prospective" not in set(tally["row"])


def test_old_dataset_parts_without_status_still_read(tmp_path, make):
    from data_layer import dataset

    f = _lumaris_like(make).frames()
    dataset.write_dataset(f, tmp_path)
    import pyarrow.parquet as pq

    for part in tmp_path.glob("layoffs/**/*.parquet"):
        t = pq.read_table(part)
        pq.write_table(t.drop_columns(["status"]), part)
    back = dataset.read_frames(tmp_path)["layoffs"]
    assert len(back) == 3 and back["status"].isna().all()


def test_dev_lumaris_tally(dev_dir):
    from data_layer import engine

    frames, _ = engine.extract_files([dev_dir / "204_lumaris_layoffs.txt"])
    claims, _ = layoff_claims(annotate(frames["layoffs"], frames["articles"]))
    tally, text = layoff_tally(claims)
    un = tally[tally["row"] == "unattributed"].iloc[0]
    assert (int(un["low"]), int(un["high"])) == (2700, 2700)
    maybe = tally[tally["row"] == "prospective"]
    assert [(int(r.low), int(r.high)) for r in maybe.itertuples()] == [(350, 500)]
    assert isinstance(text, str) and pd.notna(un["low"])
