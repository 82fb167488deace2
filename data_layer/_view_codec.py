"""A data-only byte format for the saved views in the store's ``derived`` table (never pickle).

A payload is a dataclass of DataFrames and plain scalars (:class:`~data_layer.view.View`)::

    MAGIC | format version (u16) | codec (u8) | body length (u64) | CRC-32 | body, compressed with the codec
    body: header length (u32) | header JSON | per frame: length (u64) | Arrow IPC stream

* Each DataFrame is one Arrow IPC stream written by ``pyarrow.Table.from_pandas``, whose pandas metadata restores
  dtypes exactly: categoricals, ``datetime64[us]``, nullable ``Int64``/``boolean``, ``str``. The whole body is
  compressed at once (zstd), which also shrinks the many similar schemas.
* Columns of dtype ``object`` (Python values: text mixed with None/NaN, lists of source dicts, ...) are stored as
  one *tagged JSON* text per cell (:func:`to_json`), so None and NaN, ints and floats, tuples, dates and
  Timestamps all come back as the same Python values.
* The other (non-frame) fields are tagged JSON in the header.

Anything that cannot be written exactly raises :class:`ViewCodecError` when encoding (the view is then just not
saved); anything that does not decode (a pickle from older versions, corrupt or foreign bytes, another format
version, fields of other types than the View's) raises :class:`ViewCodecError` when decoding, and the caller
rebuilds the view. Decoding only parses JSON and Arrow: no code named in a payload is ever imported or run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import math
import struct
import types
import typing
import zlib
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

__all__ = [
    "FORMAT_VERSION",
    "MAGIC",
    "ViewCodecError",
    "decode_view",
    "encode_view",
    "from_json",
    "is_current",
    "to_json",
]

MAGIC = b"NDVIEW\x00"  # not a pickle opcode stream: old pickle payloads (b"\x80\x05...") fail the first check
FORMAT_VERSION = 1  # bump when the layout or the tags change: payloads of another version decode as a miss
_PREFIX = struct.Struct("<HBQ")  # format version, codec, body length
_CRC = struct.Struct("<I")  # CRC-32 of the prefix and the packed body: any corrupted byte is a miss
_CODECS = {0: None, 1: "zstd"}  # codec byte -> pyarrow codec name (0: stored as is)
_CODEC = 1 if pa.Codec.is_available("zstd") else 0
_MAX_RATIO = 200  # a body claiming to be more than this many times its compressed size is corrupt (never allocated)
_HEADER_LEN = struct.Struct("<I")
_LEN = struct.Struct("<Q")  # length of one frame's Arrow IPC stream
_JSON = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))  # strict: NaN is tagged
_TAG = "$"  # key marking a tagged value; dicts that use it as a key themselves are stored as tagged pairs
_NP_SCALARS = {"bool": np.bool_, "int8": np.int8, "int16": np.int16, "int32": np.int32, "int64": np.int64,
               "uint8": np.uint8, "uint16": np.uint16, "uint32": np.uint32, "uint64": np.uint64,
               "float32": np.float32, "float64": np.float64}  # fmt: skip


class ViewCodecError(ValueError):
    """A value that this format cannot hold exactly, or bytes that are not a payload of this format."""


# --------------------------------------------------------------------------- tagged JSON (one Python value)


def _float(x: float) -> Any:
    return x if math.isfinite(x) else {_TAG: "float", "v": repr(x)}  # "nan", "inf", "-inf"


def _timestamp(ts: pd.Timestamp) -> dict:
    tz = None if ts.tz is None else str(ts.tz)
    out = {_TAG: "ts", "v": ts.isoformat(), "unit": ts.unit, "tz": tz} | ({"fold": 1} if ts.fold else {})
    back = _from_tagged(out)
    if back != ts or str(back.tz) != str(ts.tz) or back.unit != ts.unit or back.fold != ts.fold:
        raise ViewCodecError(f"cannot store the Timestamp {ts!r} exactly")
    return out


def to_json(x: Any) -> Any:
    """``x`` as JSON-ready data that :func:`from_json` turns back into an equal value of the same types.

    >>> to_json({"a": (1, 2.0), "b": [None, float("nan")], "d": dt.date(2026, 1, 30)})
    {'a': {'$': 'tuple', 'v': [1, 2.0]}, 'b': [None, {'$': 'float', 'v': 'nan'}], 'd': {'$': 'date', 'v': '2026-01-30'}}
    >>> to_json({"$": 1, 2: "x"})  # keys that are not text, or that look like a tag: stored as pairs
    {'$': 'dict', 'v': [['$', 1], [2, 'x']]}
    >>> to_json(object())
    Traceback (most recent call last):
    data_layer._view_codec.ViewCodecError: cannot store a value of type object
    """
    t = type(x)  # exact types only: a subclass (an Enum, a str subclass) would not come back as itself
    if x is None or t in (str, bool, int):
        return x
    if t is float:
        return _float(x)
    if t is list:
        return [to_json(e) for e in x]
    if t is tuple:
        return {_TAG: "tuple", "v": [to_json(e) for e in x]}
    if t is dict:
        if all(type(k) is str for k in x) and _TAG not in x:
            return {k: to_json(v) for k, v in x.items()}
        return {_TAG: "dict", "v": [[to_json(k), to_json(v)] for k, v in x.items()]}
    if t is pd.Timestamp:
        return _timestamp(x)
    if x is pd.NaT:
        return {_TAG: "NaT"}
    if x is pd.NA:
        return {_TAG: "NA"}
    if t is dt.datetime and (x.tzinfo is None or type(x.tzinfo) is dt.timezone):
        return {_TAG: "datetime", "v": x.isoformat()} | ({"fold": 1} if x.fold else {})
    if t is dt.date:
        return {_TAG: "date", "v": x.isoformat()}
    if isinstance(x, np.generic) and x.dtype.name in _NP_SCALARS:
        return {_TAG: "np", "dtype": x.dtype.name, "v": to_json(x.item())}
    raise ViewCodecError(f"cannot store a value of type {t.__name__}")


def _from_tagged(d: dict, inner: Any = None) -> Any:
    """The value of a tagged dict; ``inner`` decodes the values inside it (:func:`from_json`; already decoded values
    as they are for :func:`loads`, which decodes from the inside out)."""
    inner = from_json if inner is None else inner
    tag = d[_TAG]
    if tag == "float":
        return float(d["v"]) if d["v"] in ("nan", "inf", "-inf") else _bad(f"float {d['v']!r}")
    if tag == "tuple":
        return tuple(inner(e) for e in d["v"])
    if tag == "dict":
        return {inner(k): inner(v) for k, v in d["v"]}
    if tag == "ts":
        ts = pd.Timestamp(d["v"]).as_unit(d["unit"])
        ts = ts if d["tz"] is None or str(ts.tz) == d["tz"] else ts.tz_convert(d["tz"])
        return ts.replace(fold=1) if d.get("fold") else ts
    if tag == "NaT":
        return pd.NaT
    if tag == "NA":
        return pd.NA
    if tag == "datetime":
        return dt.datetime.fromisoformat(d["v"]).replace(fold=1 if d.get("fold") else 0)
    if tag == "date":
        return dt.date.fromisoformat(d["v"])
    if tag == "np" and d["dtype"] in _NP_SCALARS:
        return _NP_SCALARS[d["dtype"]](inner(d["v"]))
    return _bad(f"tag {tag!r}")


def from_json(x: Any) -> Any:
    """The value :func:`to_json` was given.

    >>> v = {"a": (1, 2.0), "n": [None, float("inf")], "t": pd.Timestamp("2026-01-30 09:31"), 2: {"$": "x"}}
    >>> from_json(json.loads(json.dumps(to_json(v)))) == v
    True
    >>> from_json({"$": "pickle", "v": "..."})
    Traceback (most recent call last):
    data_layer._view_codec.ViewCodecError: not a view payload: tag 'pickle'
    """
    if isinstance(x, list):
        return [from_json(e) for e in x]
    if isinstance(x, dict):
        return _from_tagged(x) if _TAG in x else {k: from_json(v) for k, v in x.items()}
    return x


def _as_is(x: Any) -> Any:
    return x


def _object(d: dict) -> Any:
    return _from_tagged(d, _as_is) if _TAG in d else d


def loads(text: str) -> Any:
    """``from_json(json.loads(text))`` in one pass: each tagged object is decoded as the parser builds it (its
    values are decoded already), so the plain values are never walked again.

    >>> v = {"a": (1, {"$": 2}), "t": [pd.Timestamp("2026-01-30 09:31"), dt.date(2026, 1, 2)], "f": float("nan")}
    >>> text = json.dumps(to_json(v))
    >>> repr(loads(text)) == repr(from_json(json.loads(text)))
    True
    """
    return json.loads(text, object_hook=_object)


def _bad(what: str) -> Any:
    raise ViewCodecError(f"not a view payload: {what}")


# --------------------------------------------------------------------------- frames


def _encode_frame(df: pd.DataFrame) -> tuple[bytes, list[str]]:
    """One frame as an Arrow IPC stream, and the names of its object columns (stored as tagged JSON text);
    :class:`ViewCodecError` when Arrow would not give back the same columns, index and dtypes."""
    names = list(df.columns)
    if not all(type(c) is str for c in names) or len(set(names)) != len(names):
        raise ViewCodecError(f"frame columns must be distinct strings: {names!r}")
    if any(str(c).startswith("__index_level_") for c in names):
        raise ViewCodecError("a column name is reserved by Arrow")
    json_cols = [c for c, t in zip(names, df.dtypes, strict=True) if pd.api.types.is_object_dtype(t)]
    if json_cols:
        df = df.copy(deep=False)
        for c in json_cols:
            df[c] = pd.Series([_JSON.encode(to_json(v)) for v in df[c]], index=df.index, dtype=object)
    try:
        batch = pa.RecordBatch.from_pandas(df)  # one batch even without rows: it carries categoricals' categories
    except (pa.ArrowException, TypeError, ValueError) as e:
        raise ViewCodecError(f"frame cannot be stored as Arrow: {e}") from e
    if not _same_layout(batch.to_pandas(), df, skip=set(json_cols)):  # how _decode_frame will see it
        raise ViewCodecError("a frame's columns, index or dtypes would not come back the same")
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    return sink.getvalue().to_pybytes(), json_cols


def _same_layout(a: pd.DataFrame, b: pd.DataFrame, skip: set[str]) -> bool:
    """Same columns (and their index class), index and dtypes (categories, time zones and units included) but
    those of the ``skip`` columns."""
    return (
        type(a.columns) is type(b.columns)
        and a.columns.equals(b.columns)
        and a.columns.dtype == b.columns.dtype
        and type(a.index) is type(b.index)
        and a.index.equals(b.index)
        and a.index.dtype == b.index.dtype
        and all(x == y for c, x, y in zip(a.columns, a.dtypes, b.dtypes, strict=True) if c not in skip)
    )


def _decode_frame(data: bytes, json_cols: list[str]) -> pd.DataFrame:
    table = pa.ipc.open_stream(pa.py_buffer(data)).read_all()
    df = table.to_pandas()
    if not set(json_cols) <= set(df.columns):
        _bad("object columns missing from a frame")
    for c in json_cols:
        cells = table.column(c).to_pylist()
        values = json.loads("[" + ",".join(cells) + "]")  # one parse per column
        if len(values) != len(cells):
            _bad("a cell holds more than one value")
        df[c] = pd.Series([from_json(v) for v in values], index=df.index, dtype=object)
    return df


# --------------------------------------------------------------------------- views


def encode_dataclass(obj: Any) -> bytes:
    """A dataclass instance whose fields are DataFrames or tagged-JSON values, as one payload."""
    scalars: dict[str, Any] = {}
    frames: list[dict] = []
    blobs: list[bytes] = []
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, pd.DataFrame):
            blob, json_cols = _encode_frame(value)
            frames.append({"name": f.name, "json_columns": json_cols})
            blobs.append(blob)
        else:
            scalars[f.name] = to_json(value)
    header = _JSON.encode({"frames": frames, "scalars": scalars}).encode()
    parts = [_HEADER_LEN.pack(len(header)), header]
    for blob in blobs:
        parts += [_LEN.pack(len(blob)), blob]
    body = b"".join(parts)
    codec = _CODEC
    packed = pa.compress(body, codec=_CODECS[codec], asbytes=True) if _CODECS[codec] else body
    if not _plausible(len(body), len(packed)):  # extremely repetitive frames: keep them as they are
        codec, packed = 0, body
    prefix = _PREFIX.pack(FORMAT_VERSION, codec, len(body))
    return MAGIC + prefix + _CRC.pack(zlib.crc32(packed, zlib.crc32(prefix))) + packed


def _plausible(size: int, packed: int) -> bool:
    """Whether a body of ``size`` bytes may be stored as ``packed`` compressed bytes.

    >>> _plausible(120_000, 19_000), _plausible(1 << 40, 100)
    (True, False)
    """
    return size <= _MAX_RATIO * packed + 4096


def decode_dataclass(payload: bytes, cls: type) -> Any:
    """The ``cls`` instance :func:`encode_dataclass` wrote; :class:`ViewCodecError` for anything else."""
    try:
        return _decode(memoryview(payload), cls)
    except ViewCodecError:
        raise
    except Exception as e:  # truncated, corrupt or foreign bytes: never trusted, only reported as a miss
        raise ViewCodecError(f"not a view payload: {type(e).__name__}: {e}") from e


def _decode(buf: memoryview, cls: type) -> Any:
    if bytes(buf[: len(MAGIC)]) != MAGIC:
        _bad("wrong magic (an older pickle payload, or foreign bytes)")
    version, codec, size = _PREFIX.unpack_from(buf, len(MAGIC))
    if version != FORMAT_VERSION:
        _bad(f"format version {version}, expected {FORMAT_VERSION}")
    (crc,) = _CRC.unpack_from(buf, len(MAGIC) + _PREFIX.size)
    packed = buf[len(MAGIC) + _PREFIX.size + _CRC.size :]
    if crc != zlib.crc32(packed, zlib.crc32(buf[len(MAGIC) : len(MAGIC) + _PREFIX.size])):
        _bad("checksum")
    if codec not in _CODECS or not _plausible(size, len(packed)):
        _bad(f"codec {codec}, body of {size} bytes")
    body = pa.decompress(packed, size, codec=_CODECS[codec], asbytes=True) if _CODECS[codec] else bytes(packed)
    if len(body) != size:
        _bad("body length")
    return _decode_body(memoryview(body), cls)


def _decode_body(buf: memoryview, cls: type) -> Any:
    (n,) = _HEADER_LEN.unpack_from(buf, 0)
    pos = _HEADER_LEN.size
    header = json.loads(bytes(buf[pos : pos + n]))
    pos += n
    values = {name: from_json(v) for name, v in header["scalars"].items()}
    for meta in header["frames"]:
        (size,) = _LEN.unpack_from(buf, pos)
        pos += _LEN.size
        if pos + size > len(buf):
            _bad("truncated")
        values[meta["name"]] = _decode_frame(bytes(buf[pos : pos + size]), list(meta["json_columns"]))
        pos += size
    if pos != len(buf):
        _bad("trailing bytes")
    types = _field_types(cls)
    if set(values) != set(types):
        _bad(f"fields {sorted(set(values) ^ set(types))} differ from {cls.__name__}'s")
    wrong = [name for name, value in values.items() if not isinstance(value, types[name])]
    if wrong:
        _bad(f"fields {wrong} are not of {cls.__name__}'s types")
    return cls(**values)


@functools.cache
def _field_types(cls: type) -> dict[str, type]:
    """``cls``'s fields and their (outermost) annotated classes (an optional field: the union itself).

    >>> from data_layer.view import View
    >>> _field_types(View)["articles"].__name__, _field_types(View)["kpis"], _field_types(View)["tally_text"]
    ('DataFrame', <class 'dict'>, <class 'str'>)
    >>> isinstance(None, _field_types(View)["by_company"]), isinstance({}, _field_types(View)["by_company"])
    (True, False)
    """
    hints = typing.get_type_hints(cls)
    out = {}
    for f in dataclasses.fields(cls):
        origin = typing.get_origin(hints[f.name])
        out[f.name] = hints[f.name] if origin in (typing.Union, types.UnionType) else origin or hints[f.name]
    return out


def encode_view(view: Any) -> bytes:
    """A :class:`~data_layer.view.View` as bytes for the store (:func:`decode_view` reads it back equal).

    >>> from data_layer.view import View
    >>> payload = encode_view(View(tally_text="none", limited={"shown": 3, "total": 9}))
    >>> payload[:7], decode_view(payload).limited
    (b'NDVIEW\\x00', {'shown': 3, 'total': 9})
    """
    return encode_dataclass(view)


def is_current(payload: bytes) -> bool:
    """Whether ``payload`` starts like a payload of this format version (a cheap check, without decoding it).

    >>> is_current(MAGIC + _PREFIX.pack(FORMAT_VERSION, 0, 0)), is_current(b"\\x80\\x05")
    (True, False)
    """
    head = bytes(payload[: len(MAGIC) + _PREFIX.size])
    return len(head) == len(MAGIC) + _PREFIX.size and head.startswith(MAGIC) and _PREFIX.unpack_from(
        head, len(MAGIC))[0] == FORMAT_VERSION  # fmt: skip


def decode_view(payload: bytes) -> Any:
    """The View :func:`encode_view` wrote; :class:`ViewCodecError` for anything else (the caller rebuilds it).

    >>> import pickle
    >>> decode_view(pickle.dumps({"old": "payload"}))
    Traceback (most recent call last):
    data_layer._view_codec.ViewCodecError: not a view payload: wrong magic (an older pickle payload, or foreign bytes)
    """
    from .view import View

    return decode_dataclass(payload, View)
