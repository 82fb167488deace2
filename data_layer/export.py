"""Write DataFrames to CSV / Parquet / JSON, the format ``../shared/eval`` reads."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

FORMATS = ("csv", "parquet", "json")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# a sign followed by a plain number, percentage or time/UTC offset is a value, not a formula ("+00:00", "-2.5%")
_SIGNED_VALUE = re.compile(r"[+-](?:\d+(?:[.,]\d+)*%?|\d{1,2}:\d{2}(?::\d{2})?)")


def is_formula(v: object) -> bool:
    """True for a text cell a spreadsheet would read as a formula.

    >>> [is_formula(v) for v in ("=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "+00:00", "-2.5%", "ok", 3)]
    [True, True, True, True, False, False, False, False]
    """
    if not isinstance(v, str) or not v.startswith(_FORMULA_START):
        return False
    return not (v[0] in "+-" and _SIGNED_VALUE.fullmatch(v))


def csv_safe(df: pd.DataFrame) -> pd.DataFrame:
    """Neutralise text cells a spreadsheet would run as a formula; values that only start with a sign
    (``+00:00``, ``-1.5``) and numbers are left alone.

    >>> csv_safe(pd.DataFrame({"a": ["=HYPERLINK()", "ok", "+00:00"], "n": [-1.5, 2.0, 3.0]}))["a"].tolist()
    ["'=HYPERLINK()", 'ok', '+00:00']
    """
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or isinstance(out[col].dtype, pd.StringDtype):
            out[col] = out[col].map(lambda v: "'" + v if is_formula(v) else v)
    return out


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    return csv_safe(df).to_csv(index=False, date_format="%Y-%m-%dT%H:%M:%S").encode("utf-8")


def to_parquet_bytes(df: pd.DataFrame) -> bytes:
    return _parquet_ready(df).to_parquet(index=False)


def _parquet_ready(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(lambda v: None if v is None else str(v)).astype("string")
    return out


def write_tables(frames: dict[str, pd.DataFrame], out_dir: str | Path, fmt: str = "csv") -> list[Path]:
    """Write each frame as ``OUT_DIR/<name>.<fmt>``; returns the paths written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in frames.items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            path.write_bytes(to_csv_bytes(df))
        elif fmt == "parquet":
            path.write_bytes(to_parquet_bytes(df))
        else:
            df.to_json(path, orient="records", lines=True, date_format="iso", force_ascii=False)
        written.append(path)
    return written
