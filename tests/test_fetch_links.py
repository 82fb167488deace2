"""Links and feeds against a real HTTP server on 127.0.0.1 (tests/local_web.py): CLI ingest, records, provenance,
URLs, duplicates on re-run, the message of each bad case, the address guard, and ``watch``.

The guard tests use IP literals only (no DNS) and the guard refuses before connecting, so no packet goes anywhere
but 127.0.0.1."""

from __future__ import annotations

import ipaddress
import os
import re
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from local_web import ARTICLES

from data_layer.cli import main
from data_layer.fetch import FetchError, Policy, check_url, fetch, fetch_settings
from data_layer.fetch._http import HTML_TYPES
from data_layer.fetch.links import add_links, fetch_csv, ingest_feed
from data_layer.service import open_store
from data_layer.store import web as store_web

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def env(monkeypatch, tmp_path, web):
    """Fetching allowed to 127.0.0.1 only (the guard stays on for everything else); a 1 s timeout; 1 MB limit."""
    monkeypatch.setenv("NEWSDASH_FETCH_ALLOW", "127.0.0.1")
    monkeypatch.delenv("NEWSDASH_FETCH_PRIVATE", raising=False)
    monkeypatch.setenv("NEWSDASH_FETCH_TIMEOUT", "1")
    monkeypatch.setenv("NEWSDASH_MAX_FILE_MB", "1")
    monkeypatch.setenv("NEWSDASH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("NEWSDASH_FEEDS_FILE", str(tmp_path / "feeds.txt"))
    web.set_feed(["/markets/apple-target-raised", "/markets/siemens-cuts-jobs"])
    return tmp_path


def _store(tmp_path):
    return open_store(str(tmp_path / "s.duckdb"))


def test_cli_ingests_pages_with_metadata_records_and_provenance(env, web, capsys):
    store_file = str(env / "s.duckdb")
    a, b = web.url("/markets/apple-target-raised"), web.url("/markets/siemens-cuts-jobs")
    assert main(["ingest", a, b, "--store", store_file]) == 0
    out = capsys.readouterr().out
    assert out.count("added") >= 2 and "2 added, 0 duplicate, 0 rejected" in out
    with open_store(store_file) as s:
        arts = s.table("articles").set_index("url")
        row = arts.loc[a]
        assert row["title"] == ARTICLES["/markets/apple-target-raised"]["title"]
        assert row["source"] == "Harbour Street Ledger" and row["path"] == a and row["format"] == "html"
        assert str(row["published"]) == "2026-03-02 08:15:00" and row["utc_offset"] == "-05:00"
        body = row["body"]
        assert "raised its price target on Apple to $260" in body
        for junk in ("cookies", "Injected text", "Sign up", "All rights reserved", "Ten stocks"):
            assert junk not in body
        assert row["company"] == "Apple"
        targets = s.table("targets")
        t = targets[targets["article_id"] == row["article_id"]]
        assert t["target"].tolist() == [260.0] and t["firm"].tolist() == ["Morgan Stanley"]
        assert t["sentence"].str.contains("$260", regex=False).all()
        layoffs = s.table("layoffs")
        assert layoffs.loc[layoffs["article_id"] == arts.loc[b, "article_id"], "low"].tolist() == [1200]
    # a re-run stores nothing new
    assert main(["ingest", a, b, "--store", store_file]) == 0
    assert "0 added, 2 duplicate, 0 rejected" in capsys.readouterr().out


def test_redirect_chain_ends_at_canonical_url_and_duplicate(env, web):
    with _store(env) as s:
        first = add_links(s, [web.url("/markets/apple-target-raised")])
        again = add_links(s, [web.url("/r/1")])
        assert [r.status for r in first] == ["added"]
        assert [r.status for r in again] == ["duplicate"] and again[0].article_id == first[0].article_id
        assert s.n_articles() == 1


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/slow", "timed out"),
        ("/big", "larger than the 1 MB limit"),
        ("/gzip-bomb", "larger than the 1 MB limit"),
        ("/report.pdf", "not a web page or feed: the server sent application/pdf"),
        ("/missing", "the server answered 404"),
        ("/broken", "the server answered 500"),
        ("/loop/0", "too many redirects (more than 5)"),
        ("/no-text", "no article text found on the page"),
    ],
)
def test_bad_links_are_refused_with_reason(env, web, path, message):
    with _store(env) as s:
        (r,) = add_links(s, [web.url(path)])
        assert r.status == "rejected" and message in r.reason
        q = s.table("quarantine")
        assert q["name"].tolist() == [web.url(path)] and message in q["reason"].iloc[0]
        assert s.n_articles() == 0


def test_cli_reports_each_bad_case(env, web, capsys):
    code = main(["ingest", web.url("/report.pdf"), "ftp://127.0.0.1/x", "--store", str(env / "s.duckdb")])
    out = capsys.readouterr().out
    assert code == 1
    assert "application/pdf" in out and "only http and https links are fetched (scheme: 'ftp:')" in out


def test_rss_feed_entries_fetched_once(env, web, capsys):
    store_file = str(env / "s.duckdb")
    assert main(["ingest", "--feed", web.url("/rss.xml"), "--store", store_file]) == 0
    assert "2 added" in capsys.readouterr().out
    hits = len(web.hits)
    assert main(["ingest", "--feed", web.url("/rss.xml"), "--store", store_file]) == 0  # nothing new: nothing done
    assert "0 added, 0 duplicate, 0 rejected" in capsys.readouterr().out
    assert web.hits[hits:] == ["/rss.xml"]  # seen entries are not fetched again
    with open_store(store_file) as s:
        feeds = store_web.feeds(s)
        assert feeds["url"].tolist() == [web.url("/rss.xml")]
        assert feeds["title"].tolist() == ["Harbour Street Ledger: Markets"] and feeds["last_refresh"].notna().all()
        assert sorted(s.table("articles")["url"]) == sorted(web.url(p) for p in web.feed_paths)


def test_atom_full_text_entry_read_from_the_feed(env, web):
    with _store(env) as s:
        results, run = ingest_feed(s, web.url("/atom.xml"))
        assert [r.status for r in results] == ["added"] and run.title == "Quayside Wire"
        assert "/wire/unilever-oat-deal" not in web.hits  # the feed carried the text: the page is not fetched
        art = s.article(results[0].article_id)
        assert art.url == web.url("/wire/unilever-oat-deal") and art.source == "Quayside Wire"
        assert art.title == "Unilever to buy oat-drink maker for $1.3 billion" and "$1.3 billion in cash" in art.body
        assert art.published is not None and art.published.isoformat().startswith("2026-03-05T09:00")


def test_a_link_to_a_feed_is_added_as_a_feed(env, web):
    with _store(env) as s:
        results = add_links(s, [web.url("/rss.xml"), web.url("/markets/nvidia-new-entry")])
        assert [r.status for r in results] == ["added"] * 3
        assert store_web.feeds(s)["url"].tolist() == [web.url("/rss.xml")]


def test_market_csv_by_link(env, web):
    from ui.summary import read_market_csv

    df = read_market_csv(fetch_csv(web.url("/prices.csv")))
    assert df["close"].tolist() == [231.4, 234.1, 233.0]
    with pytest.raises(FetchError, match=re.escape("not a CSV file: the server sent application/pdf")):
        fetch_csv(web.url("/report.pdf"))


# --------------------------------------------------------------------------- the address guard


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:9/x", "127.0.0.1 is a loopback address"),
        ("http://10.1.2.3/x", "10.1.2.3 is a private network address"),
        ("http://192.168.1.20/x", "private network address"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a cloud metadata address"),
        ("http://[::1]:9/x", "::1 is a loopback address"),
        ("http://[::ffff:10.0.0.1]/x", "private network address"),
        ("http://0.0.0.0/x", "unspecified address"),
        ("file:///etc/passwd", "only http and https links are fetched"),
        ("gopher://127.0.0.1/x", "only http and https links are fetched"),
        ("http://user:pw@127.0.0.1/x", "user name or password"),
    ],
)
def test_guard_refuses_private_addresses(url, reason):
    with pytest.raises(FetchError, match=re.escape(reason)):
        check_url(url, Policy())


def test_guard_checks_after_dns():
    def resolver(host, port):
        assert host == "intranet.example"
        return ["10.9.8.7"]

    with pytest.raises(FetchError, match=re.escape("intranet.example resolves to 10.9.8.7, a private network address")):
        check_url("https://intranet.example/x", Policy(resolver=resolver))
    public = check_url("https://news.example/x", Policy(resolver=lambda h, p: ["93.184.215.14"]))
    assert public.address == "93.184.215.14" and public.host == "news.example"


def test_guard_allows_private_when_set():
    assert check_url("http://10.1.2.3/x", Policy(allow_private=True)).address == "10.1.2.3"
    allow = (ipaddress.ip_network("127.0.0.1/32"),)
    assert check_url("http://127.0.0.1:1/x", Policy(allow=allow)).address == "127.0.0.1"
    with pytest.raises(FetchError):
        check_url("http://127.0.0.2:1/x", Policy(allow=allow))


def test_guard_on_by_default_refuses_the_local_server(env, web, monkeypatch):
    monkeypatch.delenv("NEWSDASH_FETCH_ALLOW")
    hits = len(web.hits)
    with _store(env) as s:
        (r,) = add_links(s, [web.url("/markets/apple-target-raised")])
    assert r.status == "rejected" and "127.0.0.1 is a loopback address" in r.reason
    assert len(web.hits) == hits  # refused before connecting


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/to-private", "10.20.30.40 is a private network address"),
        ("/to-metadata", "169.254.169.254 is a cloud metadata address"),
        ("/to-ipv6-loopback", "::1 is a loopback address"),
    ],
)
def test_redirect_from_allowed_to_private_is_refused(env, web, path, reason):
    with pytest.raises(FetchError, match=re.escape(reason)):
        fetch(web.url(path), HTML_TYPES, fetch_settings())
    assert web.hits[-1] == path  # the allowed hop was fetched, the private one never connected to


# --------------------------------------------------------------------------- watch


def test_watch_ingests_new_entries_on_the_next_poll(env, web, capsys):
    store_file = str(env / "s.duckdb")
    (env / "feeds.txt").write_text(f"# markets\n{web.url('/rss.xml')}\n", encoding="utf-8")
    assert main(["watch", "--every", "1s", "--runs", "2", "--store", store_file]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and "2 added" in lines[0] and "0 new: 0 added" in lines[1]

    timer = threading.Timer(0.3, web.set_feed, [[*web.feed_paths, "/markets/nvidia-new-entry"]])
    timer.start()
    try:
        assert main(["watch", "--every", "1s", "--runs", "2", "--store", store_file]) == 0
    finally:
        timer.cancel()
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    assert "0 new: 0 added" in lines[0] or "1 new: 1 added" in lines[0]
    assert sum("1 new: 1 added" in x for x in lines) == 1
    with open_store(store_file) as s:
        assert s.n_articles() == 3 and web.url("/markets/nvidia-new-entry") in set(s.table("articles")["url"])


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_watch_stops_cleanly(env, web, sig):
    (env / "feeds.txt").write_text(web.url("/rss.xml") + "\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "data_layer", "watch", "--every", "1s", "--store", str(env / "s.duckdb")]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy(), cwd=ROOT
    )
    try:
        first = proc.stdout.readline()  # the first run's line
        assert "watch: 1 feed(s)" in first, (first, proc.stderr.read() if proc.poll() is not None else "")
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    assert proc.returncode == 0 and "Traceback" not in err, err
    assert "stopped after" in out


def test_closed_port_is_a_connection_error(env):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match=re.escape("cannot connect to 127.0.0.1: connection refused")):
        fetch(f"http://127.0.0.1:{port}/x", HTML_TYPES, fetch_settings())
