"""The partitioned Parquet dataset: layout, exact round trip, company pushdown, several writers."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from data_layer import dataset, engine
from data_layer.records import TABLES, frame

DATA = Path(__file__).parent / "data"
CORPORA = [DATA / "seed_corpus", DATA / "dev_corpus"]


def assert_same(got, want):
    for table in TABLES:
        pd.testing.assert_frame_equal(got[table], want[table], check_exact=True, obj=table)


@pytest.fixture(scope="module")
def frames():
    out, _ = engine.extract_files(_files(), processes=1)
    return out


def _files():
    from data_layer.ingest import list_files

    return list_files(CORPORA)


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    """The seed+dev corpus written chunk by chunk (4 files a part), as the CLI does."""
    out = tmp_path_factory.mktemp("dataset")
    engine.extract_files(_files(), processes=1, chunk=4, with_body=True,
                         sink=lambda i, f: dataset.write_dataset(f, out, f"part-{i:05d}"))  # fmt: skip
    return out


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Amazon", "amazon"),
        ("Amazon.com, Inc.", "amazon-com-inc"),
        ("AT&T", "at-t"),
        ("Société Générale", "societe-generale"),
        ("Rheinfeld Antriebstechnik GmbH", "rheinfeld-antriebstechnik-gmbh"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "unknown"),
        ("", "unknown"),
        (None, "unknown"),
        (float("nan"), "unknown"),
        ("丰田", "unknown"),
    ],
)
def test_company_key(name, key):
    assert dataset.company_key(name) == key


@given(st.text())
def test_company_key_is_always_a_safe_folder_name(name):
    key = dataset.company_key(name)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key) and len(key) <= 80
    if name.isascii():
        assert dataset.company_key(name.upper()) == key


@pytest.mark.parametrize(
    ("published", "month"),
    [(pd.Timestamp("2026-01-31 05:08"), "2026-01"), (pd.Timestamp("1999-12-01"), "1999-12"), (pd.NaT, "unknown")],
)
def test_month_key(published, month):
    assert dataset.month_key(published) == month


def test_round_trip_is_exact(root, frames):
    assert_same(dataset.read_frames(root), frames)


def test_layout_is_company_then_month(root, frames):
    arts = frames["articles"]
    for _, a in arts.iterrows():
        folder = (
            root
            / "articles"
            / f"company_key={dataset.company_key(a.company)}"
            / f"month={dataset.month_key(a.published)}"
        )
        assert any(folder.glob("part-*.parquet")), folder
    assert (root / "articles" / "company_key=amazon" / "month=unknown").is_dir(), "an undated article"
    files = [p.relative_to(root) for p in root.rglob("*") if p.is_file()]
    pattern = r"(articles|prices|targets|layoffs|events)/company_key=[a-z0-9-]+/month=(\d{4}-\d\d|unknown)/part-\d{5}\.parquet"
    assert files and all(re.fullmatch(pattern, str(p)) for p in files), files
    for table in TABLES[1:]:  # a record lives with its article
        for p in (root / table).rglob("*.parquet"):
            ids = set(pd.read_parquet(p)["article_id"])
            key = p.parent.parent.name.removeprefix("company_key=")
            assert {dataset.company_key(c) for c in arts[arts.article_id.isin(ids)]["company"]} == {key}


def test_articles_keep_body_and_title(root, frames):
    arts = dataset.read_table(dataset.connect(root), root, "articles", body=True)
    assert (arts["body"].str.len() == arts["n_chars"]).all()
    assert arts["title"].notna().all()
    assert "body" not in dataset.read_frames(root)["articles"]


@pytest.mark.parametrize("company", ["Amazon", "amazon", "AMAZON", "Tessary AI"])
def test_company_filter(root, frames, company):
    got = dataset.read_frames(root, company=company)
    arts = frames["articles"]
    ids = set(arts.loc[arts["company"].str.lower() == company.lower(), "article_id"])
    assert ids and set(got["articles"]["article_id"]) == ids
    for table in TABLES[1:]:
        want = frames[table][frames[table]["article_id"].isin(ids)].reset_index(drop=True)
        pd.testing.assert_frame_equal(got[table], engine.canonical(table, want), check_exact=True, obj=table)


def test_unknown_company_gives_empty_frames_of_the_right_shape(root):
    got = dataset.read_frames(root, company="No Such Company")
    for table in TABLES:
        pd.testing.assert_frame_equal(got[table], frame(table, []), obj=table)


def test_missing_tables_read_empty(tmp_path, frames):
    only_articles = {t: frames[t] if t == "articles" else frames[t].iloc[0:0] for t in TABLES}
    dataset.write_dataset(only_articles, tmp_path)
    assert not (tmp_path / "events").exists()
    got = dataset.read_frames(tmp_path)
    assert len(got["articles"]) == len(frames["articles"])
    pd.testing.assert_frame_equal(got["events"], frame("events", []))


def test_writers_own_their_parts_and_rewrites_replace(tmp_path, frames):
    half = len(frames["articles"]) // 2
    ids = [set(frames["articles"]["article_id"][:half]), set(frames["articles"]["article_id"][half:])]
    parts = [{t: df[df["article_id"].isin(s)].reset_index(drop=True) for t, df in frames.items()} for s in ids]
    for i, p in enumerate(parts):
        dataset.write_dataset(p, tmp_path, f"part-{i:05d}")
    dataset.write_dataset(parts[0], tmp_path, "part-00000")  # a retried task writes the same files again
    assert_same(dataset.read_frames(tmp_path), frames)
    assert not list(tmp_path.rglob("*.tmp")), "no half-written files left behind"
    assert dataset.clear_dataset(tmp_path) > 0
    assert not list(tmp_path.rglob("*.parquet"))


@pytest.mark.parametrize("part", ["../x", "a/b", "", "part 1"])
def test_part_names_cannot_escape(tmp_path, frames, part):
    with pytest.raises(ValueError, match="part name"):
        dataset.write_dataset(frames, tmp_path, part)


@pytest.mark.parametrize(
    ("root", "remote"), [("s3://bucket/ds", True), ("gs://b/x", True), ("https://h/x", True), ("/data/ds", False)]
)
def test_is_remote(root, remote):
    assert dataset.is_remote(root) is remote
