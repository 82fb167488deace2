"""Reliability round two (issue 15): hostile inputs and faults, one section per finding.

1. article identity never collides; 2. cost linear in the input; 3. symlinks; 4. crafted store files; 5. size
before reading; 6. one-line messages; 7. workers die with their parent; 8. Markdown escaping (tests in
``test_app_pages``-style AppTest below); 9. uploads are dropped; 10. small items.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from data_layer import cli
from data_layer.service import open_store

UNIT_CUTS = "cut 1,000 jobs and "
UNIT_PRICE = "shares rose 5% to $10.50 on Monday and "
UNIT_NAMES = "Apple Inc. (NASDAQ: AAPL) and "


def _repeat(unit: str, kb: int) -> str:
    return "Acme to cut jobs\n\n" + unit * (kb * 1000 // len(unit))


def _deep_html(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "Acme said it would cut 500 jobs." + "</div>" * depth + "</body></html>"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    monkeypatch.setenv("NEWSDASH_DATA_DIR", str(d))
    monkeypatch.delenv("NEWSDASH_STORE", raising=False)
    monkeypatch.delenv("NEWSDASH_MAX_FILE_MB", raising=False)
    return d


def _cli(capsys, *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


# --------------------------------------------------------------------------- 2. cost linear in the input


def test_layoff_date_lookups_run_once_per_sentence_not_once_per_figure(monkeypatch):
    from data_layer.extract import extract_article, layoffs
    from data_layer.ingest import read_bytes

    calls = []
    real = layoffs.find_dates
    monkeypatch.setattr(layoffs, "find_dates", lambda text, *a, **k: calls.append(len(text)) or real(text, *a, **k))
    (article,) = read_bytes("cuts.txt", ("Acme to cut jobs\n\nAcme said it would " + UNIT_CUTS * 40).encode())
    extract_article(article)
    assert 0 < len(calls) <= 2  # one look-up per sentence with figures (40 figures in one sentence)


@pytest.mark.parametrize("unit", [UNIT_CUTS, UNIT_NAMES, "word ", "x" * 50])
def test_no_sentence_an_extractor_sees_is_longer_than_the_cap(unit):
    from data_layer.text import split_sentences

    body = unit * 2000
    sents = split_sentences(body)
    assert sents and max(len(s.text) for s in sents) <= 1000
    assert all(body[s.start : s.end] == s.text for s in sents)
    assert sum(len(s.text) for s in sents) >= len(body.replace(" ", "")) // 2  # nothing dropped wholesale


def test_deep_html_nesting_is_cut_before_the_parser_sees_it(monkeypatch):
    from data_layer.ingest import _html

    seen = []
    real = _html.LexborHTMLParser
    monkeypatch.setattr(_html, "LexborHTMLParser", lambda html: seen.append(html) or real(html))
    parsed = _html.parse_html(_deep_html(5000))
    assert "Acme said it would cut 500 jobs." in " ".join(parsed.paragraphs)
    assert seen and seen[0].count("<div>") <= 300


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("cuts.txt", _repeat(UNIT_CUTS, 50)),
        ("names.txt", _repeat(UNIT_NAMES, 50)),
        ("deep.html", _deep_html(100_000)),
    ],
    ids=["50KB-cuts", "50KB-company-names", "100k-nested-divs"],
)
def test_pathological_inputs_are_stored_quickly(name, text):
    # before: 25 s, 6 s and 44 s; now well under a second each (timings: benchmarks/bench_hostile.py)
    with open_store(":memory:") as s:
        (r,) = s.ingest_upload(name, text.encode())
        assert r.status == "added", r


def test_an_article_over_its_time_budget_is_quarantined_with_the_reason(monkeypatch):
    monkeypatch.setenv("NEWSDASH_ARTICLE_SECONDS", "0.2")
    with open_store(":memory:") as s:
        (r,) = s.ingest_upload("slow.txt", _repeat(UNIT_PRICE, 300).encode())
        assert r.status == "rejected" and "0.2 s allowed per article" in r.reason
        q = s.table("quarantine")
        assert q["name"].tolist() == ["slow.txt"] and "allowed per article" in q["reason"].iloc[0]
        assert s.n_articles() == 0
        (ok,) = s.ingest_upload("fine.txt", b"Acme to cut jobs\n\nAcme said it would cut 500 jobs.")
        assert ok.status == "added"


def test_facts_per_article_are_capped():
    from data_layer.extract import MAX_FACTS_PER_KIND, extract_article
    from data_layer.ingest import read_bytes

    lines = "\n".join(f"Acme said it would cut {1000 + i} jobs in unit {i}." for i in range(MAX_FACTS_PER_KIND + 50))
    (article,) = read_bytes("many.txt", ("Acme to cut jobs\n\n" + lines).encode())
    recs = extract_article(article, budget=120)
    assert 0 < len(recs.layoffs) <= MAX_FACTS_PER_KIND


# --------------------------------------------------------------------------- 3. symbolic links and odd entries

GOOD = b"Acme Corp to cut 1,200 jobs\n\nAcme Corp said on Monday it would cut 1,200 jobs.\n"


def test_folder_scans_never_follow_links_and_report_what_they_skip(tmp_path, data_dir, capsys):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "good.txt").write_bytes(GOOD)
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret server file\n\nroot:x:0:0:root:/root:/bin/bash\n")
    (corpus / "passwd.txt").symlink_to(secret)
    (corpus / "loop").symlink_to(corpus)  # a link loop
    (corpus / "sub" / "notes.csv").write_text("a,b\n")
    locked = corpus / "locked"
    locked.mkdir()
    (locked / "x.txt").write_bytes(GOOD)
    locked.chmod(0)
    try:
        code, out = _cli(capsys, "ingest", str(corpus))
    finally:
        locked.chmod(0o755)
    assert code == 0 and "Traceback" not in out
    assert "1 added" in out and ("3 skipped" in out or "4 skipped" in out), out
    assert "passwd.txt (symbolic link, not followed)" in out and "loop (symbolic link, not followed)" in out
    assert "notes.csv (unsupported file type '.csv')" in out
    if os.geteuid() != 0:  # root reads any folder
        assert "locked (folder cannot be read" in out
    with open_store() as s:
        assert s.n_articles() == 1 and "root:x" not in " ".join(s.frames()["articles"]["title"])
    code, out = _cli(capsys, "extract", str(corpus), "--out", str(tmp_path / "out"))
    assert code == 0 and "skipped" in out and "passwd.txt" in out and "Traceback" not in out


# --------------------------------------------------------------------------- 4. crafted store files


def _crafted(path, sql: str) -> None:
    import duckdb

    from data_layer.store.migrations import migrate

    con = duckdb.connect(str(path))
    migrate(con)
    con.execute(sql)
    con.close()


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE VIEW leak AS SELECT * FROM read_text('/etc/passwd')",
        "CREATE MACRO m(x) AS x + 1",
        "CREATE TABLE extra (a INTEGER)",
        "CREATE SEQUENCE s",
    ],
    ids=["view", "macro", "table", "sequence"],
)
def test_a_store_holding_objects_newsdash_did_not_create_is_refused(tmp_path, data_dir, capsys, sql):
    from data_layer.store import StoreError

    data_dir.mkdir()
    _crafted(data_dir / "newsdash.duckdb", sql)
    with pytest.raises(StoreError, match="did not create"):
        open_store()
    code, out = _cli(capsys, "stats")
    assert code == 2 and "did not create" in out and "Traceback" not in out


def test_the_store_connection_cannot_read_files_urls_or_load_extensions():
    from data_layer.store.connection import connect

    con = connect(":memory:")
    for sql in ("SELECT * FROM read_text('/etc/passwd')", "SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')"):
        with pytest.raises(Exception, match="disabled"):
            con.execute(sql).fetchall()
    with pytest.raises(Exception, match="configuration"):
        con.execute("SET enable_external_access = true")
    assert con.execute("SELECT current_setting('autoinstall_known_extensions')").fetchone()[0] is False


# --------------------------------------------------------------------------- 5. size before reading


def test_an_oversized_file_is_refused_without_being_read(tmp_path, data_dir, monkeypatch, capsys):
    from data_layer.store import core

    monkeypatch.setenv("NEWSDASH_MAX_FILE_MB", "1")
    big = tmp_path / "in" / "big.txt"
    big.parent.mkdir()
    with open(big, "wb") as fh:  # sparse: 50 MB on paper
        fh.truncate(50 * 1024 * 1024)
    read = []
    monkeypatch.setattr(core, "_read_file", lambda path: read.append(path) or b"")
    code, out = _cli(capsys, "ingest", str(big.parent))
    assert code == 1 and "larger than the 1 MB limit" in out
    assert read == []


# --------------------------------------------------------------------------- 6. one-line messages


def test_a_store_damaged_in_a_later_block_gives_a_one_line_error(tmp_path, data_dir, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(30):
        (corpus / f"a{i}.txt").write_bytes(GOOD.replace(b"1,200", str(1000 + i).encode()) + b"x" * 20000 * i)
    assert _cli(capsys, "ingest", str(corpus))[0] == 0
    store = data_dir / "newsdash.duckdb"
    size = store.stat().st_size
    with open(store, "r+b") as fh:  # spoil every block after the first two
        for off in range(12288 + 2 * 262144 + 300, size, 262144):
            fh.seek(off)
            fh.write(b"\xff" * 64)
    for argv in (["stats"], ["export", "--out", str(tmp_path / "out")]):
        code, out = _cli(capsys, *argv)
        assert "Traceback" not in out
        if code:
            assert code == 2 and out.startswith("error: ") and len(out.strip().splitlines()) == 1, out


def test_a_data_dir_that_is_a_file_gives_a_one_line_error(tmp_path, monkeypatch, capsys):
    f = tmp_path / "not-a-folder"
    f.write_text("x")
    monkeypatch.setenv("NEWSDASH_DATA_DIR", str(f))
    monkeypatch.delenv("NEWSDASH_STORE", raising=False)
    code, out = _cli(capsys, "stats")
    assert code == 2 and out.startswith("error: ") and len(out.strip().splitlines()) == 1


def test_the_app_message_for_a_busy_store_names_no_server_path():
    from ui.state import public_message

    msg = public_message(
        "the store /srv/news/data/newsdash.duckdb is in use by another program; close it and try again (IO Error: "
        'Could not set lock on file "/srv/news/data/newsdash.duckdb": Conflicting lock is held in /usr/bin/python3)'
    )
    assert "/srv" not in msg and "/usr" not in msg and "newsdash.duckdb" not in msg and "in use" in msg


# --------------------------------------------------------------------------- 10. small items


def test_file_names_with_line_breaks_and_escape_codes_are_printed_safely(tmp_path, data_dir, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil\nadded   forged.txt").write_bytes(GOOD)
    (corpus / "red\x1b[31m.txt").write_bytes(b"")
    code, out = _cli(capsys, "ingest", str(corpus))
    assert code == 0
    assert "\x1b" not in out and "\\x1b[31m" in out
    assert not any(line.startswith("added   forged") for line in out.splitlines())
    assert "evil\\x0aadded   forged.txt" in out


# --------------------------------------------------------------------------- 7. workers die with their parent

_INGEST_CHILD = """
import sys
from data_layer.store import core
store = core.open_store(sys.argv[2])
store.ingest_paths(sys.argv[1], workers=2, progress=lambda done, total, name: print(done, flush=True))
"""


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ingest_workers_die_when_the_parent_is_killed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    slow = UNIT_PRICE * 60  # each file takes a while, so the workers are busy when the parent dies
    for i in range(300):
        (corpus / f"a{i:03d}.txt").write_text(f"Acme report {i}\n\n{slow}")
    root = Path(__file__).resolve().parent.parent
    child = subprocess.Popen(
        [sys.executable, "-c", _INGEST_CHILD, str(corpus), str(tmp_path / "s.duckdb")],
        cwd=root, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        workers: list[int] = []
        for _ in range(600):  # bounded: up to 60 s for the pool to start
            workers = [p for p in _children(child.pid) if p != child.pid]
            if len(workers) >= 2:
                break
            time.sleep(0.1)
        assert workers, "the ingest never started worker processes"
        time.sleep(2)  # let them start working
        workers = [p for p in _children(child.pid) if p != child.pid]
        descendants = set(workers) | {g for w in workers for g in _children(w)}
    finally:
        child.kill()
        child.wait()
    for _ in range(300):  # up to 30 s
        if not [p for p in descendants if _alive(p)]:
            break
        time.sleep(0.1)
    assert not [p for p in descendants if _alive(p)]


# --------------------------------------------------------------------------- 1. article identity


def test_two_folders_with_the_same_file_name_keep_both_articles(tmp_path, data_dir, capsys):
    corpus = tmp_path / "corpus"
    for desk, n in (("desk1", 1200), ("desk2", 3400)):
        (corpus / desk).mkdir(parents=True)
        (corpus / desk / "news.txt").write_bytes(GOOD.replace(b"1,200", f"{n:,}".encode()))
    code, out = _cli(capsys, "ingest", str(corpus))
    assert code == 0 and "2 added" in out and "replaced" not in out
    code, out = _cli(capsys, "ingest", str(corpus))
    assert "0 added, 2 duplicate" in out
    with open_store() as s:
        assert s.n_articles() == 2
        assert sorted(s.frames()["layoffs"]["low"].tolist()) == [1200, 3400]
    code, _ = _cli(capsys, "extract", str(corpus), "--out", str(tmp_path / "out"))
    ids = (tmp_path / "out" / "articles.csv").read_text().splitlines()[1:]
    ids = [line.split(",")[0] for line in ids]
    assert code == 0 and len(ids) == 2 and len(set(ids)) == 2


def test_an_upload_named_like_a_stored_article_or_with_its_json_id_only_adds(data_dir):
    real = b"Acme target\n\nRBC raised its price target on Acme Corp to $120 from $100."
    fake = b"Acme target\n\nRBC raised its price target on Acme Corp to $9,999 from $100."
    with open_store() as s:
        (first,) = s.ingest_upload("note.txt", real)
        (second,) = s.ingest_upload("note.txt", fake)
        (third,) = s.ingest_upload(
            "x.json", b'{"id": "note", "title": "Acme", "text": "' + fake.split(b"\n\n")[1] + b'"}'
        )
        assert [r.status for r in (first, second, third)] == ["added"] * 3
        assert len({first.article_id, second.article_id, third.article_id}) == 3
        targets = s.frames()["targets"]
        assert targets.loc[targets["article_id"] == "note", "target"].tolist() == [120.0]


def test_nul_bytes_after_the_first_64kb_are_not_stored():
    from data_layer.ingest import read_bytes

    data = b"Acme report\n\n" + b"Acme said it would cut 500 jobs. " * 2100 + b"\x00\x00Tail words here.\x00"
    (article,) = read_bytes("nul.txt", data)
    assert "\x00" not in article.body and "\x00" not in article.raw and "Tail words here." in article.body


def test_a_json_number_of_100000_digits_is_named_as_such():
    from data_layer.ingest import read_result

    r = read_result("num.json", b'{"id": "a", "title": "Acme", "text": "x", "n": ' + b"9" * 100_000 + b"}")
    assert r.error and "too long" in r.error and "nested" not in r.error


def test_csv_escapes_only_cells_that_would_be_formulas():
    import pandas as pd

    from data_layer.export import to_csv_bytes

    df = pd.DataFrame({"v": ["+00:00", "-05:30", "-2.5%", "+3", "=1+1", "+cmd|' /C calc'!A0", "@SUM(A1)", "-1+2"]})
    cells = to_csv_bytes(df).decode().splitlines()[1:]
    assert cells == ["+00:00", "-05:30", "-2.5%", "+3", "'=1+1", "'+cmd|' /C calc'!A0", "'@SUM(A1)", "'-1+2"]


# --------------------------------------------------------------------------- 8. Markdown from articles and file names

LINK = "[click me](https://evil.example/phish)"
IMAGE = "![pixel](https://evil.example/track.png)"
_LIVE = re.compile(r"(?<!\\)\]\(")  # "](" not escaped: a Markdown link or image


def test_markdown_in_titles_and_upload_names_is_escaped(data_dir, monkeypatch):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from data_layer.service import IngestResult
    from ui import sidebar

    monkeypatch.setenv("NEWSDASH_SAMPLE", "0")
    text = f"Acme {LINK} and {IMAGE}\n\nAcme Corp said it would cut 1,200 jobs. Its shares closed at $12.50."
    with open_store() as s:
        (r,) = s.ingest_upload("md.txt", text.encode())
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "dashboard.py"), default_timeout=120)
    at.session_state[sidebar._RESULTS] = [IngestResult(f"{IMAGE}{LINK}.txt", "rejected", f"bad {LINK}")]
    at.query_params["article"] = r.article_id
    at.switch_page("app_pages/sources.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    heads = [h.value for h in at.subheader if "click me" in h.value]
    captions = [c.value for c in at.caption if "click me" in c.value or "pixel" in c.value]
    assert heads and captions, ([h.value for h in at.subheader], [c.value for c in at.caption])
    assert not [v for v in heads + captions if _LIVE.search(v)], heads + captions
    st.cache_data.clear()
    st.cache_resource.clear()
