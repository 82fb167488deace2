"""Write DataFrames to CSV / Parquet / JSON, the format ``../shared/eval`` reads."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

FORMATS = ("csv", "parquet", "json")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(df: pd.DataFrame) -> pd.DataFrame:
    """Neutralise text cells a spreadsheet would run as a formula (numbers are left alone).

    >>> csv_safe(pd.DataFrame({"a": ["=HYPERLINK()", "ok"], "n": [-1.5, 2.0]}))["a"].tolist()
    ["'=HYPERLINK()", 'ok']
    """
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or isinstance(out[col].dtype, pd.StringDtype):
            out[col] = out[col].map(lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v)
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
