"""A real HTTP server on 127.0.0.1 for the link and feed tests: article pages built like real ones (scripts, a
cookie banner, JSON-LD, meta dates, a canonical link), an RSS and an Atom feed, a redirect chain, a slow endpoint,
an oversize page, a PDF, a 404 and a 500. All article text is written for these tests.

``web.routes`` maps a path to ``(status, content type, body, extra headers)`` and can be changed while the server
runs (the watch test adds a feed entry). The server answers in daemon threads and stops with the fixture.
"""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SLOW_SECONDS = 3.0  # the slow endpoint waits this long (tests set the fetch timeout below it)

ARTICLES = {
    "/markets/apple-target-raised": {
        "title": "Morgan Stanley lifts Apple price target on services strength",
        "date": "2026-03-02T08:15:00-05:00",
        "outlet": "Harbour Street Ledger",
        "paras": [
            "Morgan Stanley raised its price target on Apple to $260 from $240 on Monday, keeping an overweight "
            "rating on the iPhone maker.",
            "The broker said subscriptions and payments would grow faster than hardware over the next two years, "
            "and that margins in the services arm kept widening.",
            "Apple shares closed at $231.40 on Friday.",
        ],
    },
    "/markets/siemens-cuts-jobs": {
        "title": "Siemens to cut 1,200 jobs in factory automation unit",
        "date": "2026-03-03T10:00:00+01:00",
        "outlet": "Harbour Street Ledger",
        "paras": [
            "Siemens said on Tuesday it would cut 1,200 jobs in its factory automation business as orders from "
            "machine builders stayed weak.",
            "The company said most of the reductions would fall in Germany and would be completed by the end of "
            "next year, with talks with worker representatives starting this month.",
        ],
    },
    "/markets/nvidia-new-entry": {
        "title": "Nvidia shares slip after record run",
        "date": "2026-03-04T15:30:00-05:00",
        "outlet": "Harbour Street Ledger",
        "paras": [
            "Nvidia shares fell 2.1% to $118.20 on Wednesday as investors booked profits after a record run in the "
            "chip designer's stock.",
            "Traders said the move followed a week of steady gains and did not reflect any change in the "
            "company's outlook.",
        ],
    },
}


def article_html(path: str, base: str) -> str:
    a = ARTICLES[path]
    paras = "\n".join(f"<p>{p}</p>" for p in a["paras"])
    return f"""<!doctype html>
<html lang="en"><head>
<meta charset="utf-8"><title>{a["title"]} | {a["outlet"]}</title>
<link rel="canonical" href="{base}{path}">
<meta property="og:site_name" content="{a["outlet"]}">
<meta property="og:title" content="{a["title"]}">
<meta property="article:published_time" content="{a["date"]}">
<script>window.dataLayer = window.dataLayer || []; document.write("<p>Injected text must never be read</p>");</script>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "{a["title"]}", "datePublished": "{a["date"]}", "publisher": {{"@type": "Organization",
 "name": "{a["outlet"]}"}}}}</script>
<style>.cookie-banner{{position:fixed}}</style>
</head><body>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience. Accept all cookies
or manage your preferences.</p><button>Accept</button></div>
<header><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav></header>
<main><article>
<h1>{a["title"]}</h1>
<div class="byline">By Rowan Pellegrini</div>
{paras}
<div class="newsletter-signup"><p>Sign up for the morning markets briefing.</p></div>
</article>
<aside class="related"><h3>Related</h3><ul><li>Ten stocks to watch this week</li></ul></aside>
</main>
<footer><p>© 2026 {a["outlet"]}. All rights reserved.</p></footer>
<script src="/static/app.js"></script>
</body></html>"""


def rss(base: str, paths: list[str]) -> str:
    items = "".join(
        f"<item><title>{ARTICLES[p]['title']}</title><link>{base}{p}</link><guid>{base}{p}</guid>"
        f"<pubDate>Mon, 02 Mar 2026 13:15:00 GMT</pubDate><description>Short teaser.</description></item>"
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Street Ledger: Markets'
        f"</title><link>{base}/markets</link><description>Markets news</description>{items}</channel></rss>"
    )


ATOM_TEXT = (
    "<p>Unilever agreed to buy a Swedish oat-drink maker for $1.3 billion in cash, its largest purchase in three "
    "years, the consumer goods group said on Thursday.</p><p>The deal is expected to close in the second quarter "
    "and will be paid for from existing cash and new debt, Unilever said, adding that the brand would keep its "
    "own management and factories in Sweden.</p>"
)


def atom(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Quayside Wire</title><id>{base}/atom.xml</id>
<updated>2026-03-05T09:00:00Z</updated>
<entry><title>Unilever to buy oat-drink maker for $1.3 billion</title><id>urn:quayside:1</id>
<link href="{base}/wire/unilever-oat-deal"/><updated>2026-03-05T09:00:00Z</updated>
<content type="html">{ATOM_TEXT.replace("<", "&lt;").replace(">", "&gt;")}</content></entry>
</feed>"""


class LocalWeb:
    def __init__(self) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.web = self  # type: ignore[attr-defined]
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.hits: list[str] = []
        self.routes: dict[str, tuple[int, str, bytes, dict]] = {}
        self.feed_paths = ["/markets/apple-target-raised", "/markets/siemens-cuts-jobs"]
        self._build()
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def _build(self) -> None:
        html, b = "text/html; charset=utf-8", self.base
        r = {p: (200, html, article_html(p, b).encode(), {}) for p in ARTICLES}
        r["/rss.xml"] = (200, "application/rss+xml", rss(b, self.feed_paths).encode(), {})
        r["/atom.xml"] = (200, "application/atom+xml; charset=utf-8", atom(b).encode(), {})
        r["/r/1"] = (302, html, b"", {"Location": "/r/2"})
        r["/r/2"] = (301, html, b"", {"Location": b + "/r/3"})
        r["/r/3"] = (307, html, b"", {"Location": "/markets/apple-target-raised?utm_source=chain"})
        for i in range(10):
            r[f"/loop/{i}"] = (302, html, b"", {"Location": f"/loop/{i + 1}"})
        r["/to-private"] = (302, html, b"", {"Location": "http://10.20.30.40/internal"})
        r["/to-metadata"] = (302, html, b"", {"Location": "http://169.254.169.254/latest/meta-data/"})
        r["/to-ipv6-loopback"] = (302, html, b"", {"Location": "http://[::1]:9/admin"})
        r["/big"] = (
            200,
            html,
            b"<html><body><article>" + b"<p>Filler paragraph of text.</p>" * 40000 + b"</article></body></html>",
            {},
        )
        bomb = gzip.compress(b"<html><body><p>" + b" " * (8 << 20) + b"</p></body></html>")  # 8 MB in ~8 KB
        r["/gzip-bomb"] = (200, html, bomb, {"Content-Encoding": "gzip"})
        r["/report.pdf"] = (200, "application/pdf", b"%PDF-1.4\n% a tiny test document\n", {})
        r["/missing"] = (404, html, b"<h1>Not found</h1>", {})
        r["/broken"] = (500, html, b"<h1>Internal error</h1>", {})
        r["/no-text"] = (200, html, b"<html><head><title></title></head><body><script>x()</script></body></html>", {})
        r["/prices.csv"] = (200, "text/csv", b"Date,Open,High,Low,Close,Volume\n2026-03-02,229,233,228,231.4,100\n"
                            b"2026-03-03,231,235,230,234.1,120\n2026-03-04,234,236,232,233.0,90\n", {})  # fmt: skip
        self.routes = r

    def set_feed(self, paths: list[str]) -> None:
        self.feed_paths = list(paths)
        self.routes["/rss.xml"] = (200, "application/rss+xml", rss(self.base, self.feed_paths).encode(), {})

    def __enter__(self) -> LocalWeb:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        web: LocalWeb = self.server.web  # type: ignore[attr-defined]
        path = self.path.split("?", 1)[0]
        web.hits.append(self.path)
        if path == "/slow":
            time.sleep(SLOW_SECONDS)
            route = (200, "text/html", article_html("/markets/apple-target-raised", web.base).encode(), {})
        else:
            route = web.routes.get(path, (404, "text/html", b"<h1>Not found</h1>", {}))
        status, ctype, body, headers = route
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            if path == "/big":  # no length announced: the client must stop reading at the limit itself
                self.send_header("Connection", "close")
                self.close_connection = True
            else:
                self.send_header("Content-Length", str(len(body)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass
