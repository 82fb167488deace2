"""Saved views are stored in a data-only format (``data_layer._view_codec``), never pickled: every View built from
the seed and dev corpora comes back equal with the same dtypes; corrupt bytes, older pickle payloads and payloads
of the wrong shape decode as a miss (rebuilt, never executed)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import math
import os
import pickle
import zoneinfo
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from data_layer import _view_codec as codec
from data_layer import service
from data_layer._view_codec import ViewCodecError, decode_view, encode_view, from_json, to_json

DATA = Path(__file__).parent / "data"


def assert_exact_view(a: service.View, b: service.View) -> None:
    """Equal frames with the same dtypes, index and (in object columns) the same Python values; equal scalars."""
    for f in dataclasses.fields(service.View):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, pd.DataFrame):
            assert_exact_frame(x, y, f.name)
        else:
            assert type(x) is type(y) and repr(x) == repr(y), f.name


def assert_exact_frame(x: pd.DataFrame, y: pd.DataFrame, name: str = "") -> None:
    pd.testing.assert_frame_equal(x, y, check_exact=True, check_index_type=True, check_column_type=True,
                                  check_categorical=True, obj=name or "frame")  # fmt: skip
    assert x.dtypes.astype(str).tolist() == y.dtypes.astype(str).tolist(), name
    assert [x[c].dtype == y[c].dtype for c in x.columns] == [True] * x.shape[1], name  # categories, tz, units too
    for c in x.columns:
        if x[c].dtype == object:
            assert [(type(v), repr(v)) for v in x[c]] == [(type(v), repr(v)) for v in y[c]], (name, c)


# --------------------------------------------------------------------------- views of the test corpora


@pytest.fixture(scope="module", params=["seed_corpus", "dev_corpus"])
def corpus_views(request) -> list[tuple[str | None, service.View]]:
    store = service.open_store(":memory:")
    store.ingest_paths(DATA / request.param)
    views = [(c, service.build_view(store.frames(c), company=c)) for c in [None, *store.companies()]]
    store.close()
    return views


def test_every_corpus_view_round_trips_exactly(corpus_views):
    for company, view in corpus_views:
        payload = encode_view(view)
        assert payload.startswith(codec.MAGIC) and codec.is_current(payload)
        assert_exact_view(decode_view(payload), view)
        assert encode_view(decode_view(payload)) == payload, company  # deterministic


def test_corpus_views_hold_the_awkward_values(corpus_views):
    """The corpora exercise what must round-trip: categoricals, nullable ints, datetimes, lists of source dicts."""
    view = corpus_views[0][1]
    dtypes = {str(t) for f in dataclasses.fields(view) if isinstance(df := getattr(view, f.name), pd.DataFrame)
              for t in df.dtypes}  # fmt: skip
    assert {"category", "Int64", "boolean", "datetime64[us]", "str", "object", "bool", "float64"} <= dtypes
    assert isinstance(view.price_claims["sources"].iloc[0], list) and isinstance(view.kpis, dict)


def test_empty_view_round_trips():
    assert_exact_view(decode_view(encode_view(service.View())), service.View())


# --------------------------------------------------------------------------- frames and values beyond the corpora


def _many_dtypes() -> pd.DataFrame:
    n = 4
    return pd.DataFrame(
        {
            "cat": pd.Categorical(["b", "a", None, "b"], categories=["b", "a", "c"], ordered=True),
            "cat_int": pd.Categorical([3, 1, 3, None]),
            "Int64": pd.array([1, None, -(2**62), 0], dtype="Int64"),
            "boolean": pd.array([True, None, False, True], dtype="boolean"),
            "Float64": pd.array([1.5, None, 0.0, -2.25], dtype="Float64"),
            "str": pd.Series(["x", None, "ü", ""], dtype="str"),
            "string": pd.Series(["x", None, "y", ""], dtype="string"),
            "ns": pd.to_datetime(["2026-01-30 09:31:05.123456789", None, "2025-03-03", "2026-02-01"], format="ISO8601"),
            "us_utc": pd.to_datetime(["2026-01-30", None, "2025-03-03", "2026-02-01"]).as_unit("us").tz_localize("UTC"),
            "delta": pd.to_timedelta([1, None, 3, 4], unit="s"),
            "float": [1.0, math.nan, math.inf, -0.0],
            "int": np.arange(n, dtype="int64"),
            "int32": np.arange(n, dtype="int32"),
            "bool": [True, False, True, False],
            "mixed": ["text", None, math.nan, 7],
            "nested": [[{"article_id": "a", "published": "2026-01-30T05:08:04", "n": 2, "x": None}], [], (1, "t"),
                       {"$": "looks like a tag", 3: [pd.Timestamp("2026-01-30"), dt.date(2026, 1, 30)]}],
            "scalars": [np.float64(2.5), np.int64(3), np.bool_(True), pd.NA],
            "times": [pd.NaT, pd.Timestamp("2026-01-30 09:31", tz="Europe/London"), dt.datetime(2026, 1, 30, 9, 31),
                      dt.datetime(2026, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))],
        },
        index=pd.Index([10, 3, 7, 1]),
    )  # fmt: skip


@pytest.mark.parametrize(
    "frame",
    [
        _many_dtypes(),
        _many_dtypes().reset_index(drop=True),
        _many_dtypes().iloc[0:0],
        pd.DataFrame({c: pd.Series(dtype="object") for c in ["a", "b"]}),
        pd.DataFrame(index=pd.RangeIndex(3)).assign(a=1.0),
        pd.DataFrame({"a": [1, 2]}, index=pd.MultiIndex.from_tuples([("x", 1), ("y", 2)], names=["k", None])),
    ],
    ids=["many-dtypes", "range-index", "no-rows", "empty-object", "float", "multi-index"],
)
def test_frames_of_many_dtypes_round_trip(frame):
    view = service.View(articles=frame, kpis={"frame": "many"})
    assert_exact_view(decode_view(encode_view(view)), view)


def test_scalars_round_trip_with_their_types():
    kpis = {"first_published": pd.Timestamp("2025-03-03 10:31:00"), "latest_close_date": dt.date(2026, 1, 30),
            "mean": np.float64(300.0), "n_firms": np.int64(3), "none": None, "nan": math.nan, "ok": True,
            "tz": pd.Timestamp("2026-01-30", tz=zoneinfo.ZoneInfo("America/New_York")), "pair": (1, 2.0),
            "offset": pd.Timestamp("2026-01-30", tz=dt.timezone(dt.timedelta(hours=1))), "utc": pd.Timestamp(0, tz="UTC"),
            "fold": pd.Timestamp(dt.datetime(2025, 11, 2, 1, 30, fold=1), tz="America/New_York")}  # fmt: skip
    view = service.View(target_consensus={"currency": "USD"}, kpis=kpis, tally_text="x", limited={"shown": 1})
    assert_exact_view(decode_view(encode_view(view)), view)


class _Colour(enum.Enum):
    RED = "red"


@pytest.mark.parametrize("value", [{1, 2}, object(), _Colour.RED, b"bytes", dt.time(9, 30), pd.Timedelta(1),
                                   dt.datetime(2026, 1, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Paris"))])  # fmt: skip
def test_values_it_cannot_store_exactly_are_refused_when_encoding(value):
    with pytest.raises(ViewCodecError):
        encode_view(service.View(kpis={"x": value}))
    with pytest.raises(ViewCodecError):
        encode_view(service.View(articles=pd.DataFrame({"x": pd.Series([value], dtype=object)})))


@pytest.mark.parametrize("frame", [pd.DataFrame(), pd.DataFrame({1: [1.0]}), pd.DataFrame([[1, 2]], columns=["a", "a"]),
                                   pd.DataFrame({"__index_level_0__": [1]}, index=[5])])  # fmt: skip
def test_frames_whose_layout_would_change_are_refused_when_encoding(frame):
    with pytest.raises(ViewCodecError):
        encode_view(service.View(articles=frame))


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.dates()
    | st.datetimes() | st.datetimes().map(pd.Timestamp),
    lambda inner: st.lists(inner, max_size=4) | st.lists(inner, max_size=3).map(tuple)
    | st.dictionaries(st.text(max_size=3) | st.integers(), inner, max_size=4),
    max_leaves=20,
)  # fmt: skip


@given(_json_values)
def test_tagged_json_round_trips_any_value(value):
    import json

    back = from_json(json.loads(json.dumps(to_json(value), allow_nan=False)))
    assert repr(back) == repr(value)  # repr: NaN == NaN, and the types (int/float, tuple/list) must match too


# --------------------------------------------------------------------------- misses: corrupt, foreign, pickled


@pytest.fixture(scope="module")
def seed_payload() -> bytes:
    store = service.open_store(":memory:")
    store.ingest_paths(DATA / "seed_corpus")
    payload = encode_view(service.build_view(store.frames()))
    store.close()
    return payload


@given(st.binary(max_size=300), st.booleans())
def test_arbitrary_bytes_decode_as_a_miss(data, with_magic):
    with pytest.raises(ViewCodecError):
        decode_view(codec.MAGIC + data if with_magic else data)


@given(st.data())
def test_every_corrupted_or_truncated_payload_is_a_miss(seed_payload, data):
    i = data.draw(st.integers(0, len(seed_payload) - 1))
    delta = data.draw(st.integers(1, 255))
    flipped = seed_payload[:i] + bytes([seed_payload[i] ^ delta]) + seed_payload[i + 1 :]
    cut = data.draw(st.integers(0, len(seed_payload) - 1))
    for bad in (flipped, seed_payload[:cut], seed_payload + b"\x00"):
        with pytest.raises(ViewCodecError):
            decode_view(bad)


def test_a_payload_of_another_format_version_is_a_miss(seed_payload, monkeypatch):
    monkeypatch.setattr(codec, "FORMAT_VERSION", codec.FORMAT_VERSION + 1)
    assert not codec.is_current(seed_payload)
    with pytest.raises(ViewCodecError, match="format version"):
        decode_view(seed_payload)


@dataclasses.dataclass
class _Impostor:  # the View's field names with other types: a well-formed payload that is not a View
    articles: dict = dataclasses.field(default_factory=lambda: {"not": "a frame"})


def test_a_well_formed_payload_of_the_wrong_shape_is_a_miss():
    fields = {f.name: getattr(service.View(), f.name) for f in dataclasses.fields(service.View)}
    Impostor = dataclasses.make_dataclass("Impostor", [(n, object) for n in fields])
    wrong = Impostor(**(fields | {"articles": {"not": "a frame"}}))
    with pytest.raises(ViewCodecError, match="types"):
        decode_view(codec.encode_dataclass(wrong))
    with pytest.raises(ViewCodecError, match="differ"):
        decode_view(codec.encode_dataclass(_Impostor()))


class _Exploit:
    """Unpickling this runs a shell command that creates ``marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch '{self.marker}'",)


@pytest.fixture
def exploit(tmp_path, monkeypatch):
    """A live pickle exploit (proved once), then pickle made to fail loudly if anything unpickles again."""
    marker = tmp_path / "pwned"
    payload = pickle.dumps(_Exploit(marker), protocol=pickle.HIGHEST_PROTOCOL)
    pickle.loads(payload)  # proves the payload would run code
    assert marker.exists()
    marker.unlink()

    def refuse(*a, **kw):
        raise AssertionError("a saved view was unpickled")

    for name in ("loads", "load", "Unpickler"):
        monkeypatch.setattr(pickle, name, refuse)
    return marker, payload


def test_a_pickle_payload_is_never_unpickled(exploit, seed_payload):
    marker, payload = exploit
    old_view = pickle.dumps(service.View(), protocol=pickle.HIGHEST_PROTOCOL)  # what older versions saved
    for bad in (payload, old_view, codec.MAGIC + payload):
        assert not codec.is_current(bad)
        with pytest.raises(ViewCodecError):
            decode_view(bad)
    assert not marker.exists()


# --------------------------------------------------------------------------- the app path after a bad payload
