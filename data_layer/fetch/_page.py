"""A fetched web page -> an :class:`Article`: text and metadata from two readers, the better of each kept.

The house HTML reader (``ingest._html``, selectolax) and trafilatura were compared on the HTML of the shared dev
corpus (2 pages): the body text was the same on both; the house reader kept the whole headline (trafilatura cut
one at a comma), the time of day and UTC offset of the publication (trafilatura keeps the day), and the outlet's
name (trafilatura gave the host name), and it left the kicker and a repeated headline out of the body. So files
keep the house reader, and a fetched page is read by both: the house reader's text unless trafilatura finds
clearly more (pages built differently from the ones the house reader was written for), and each metadata field
from the first reader that has it, htmldate last for the date. Nothing in the page is executed or fetched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from ..companies import resolve_companies
from ..ingest import IngestError
from ..ingest._decode import decode
from ..ingest._html import parse_html
from ..ingest._text import Parsed, clean_line, parse_published
from ..ingest.readers import plausible_published
from ..models import Article
from ._errors import FetchError
from ._http import Fetched

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|ref|ref_src)$", re.I)
_SLUG = re.compile(r"[^a-z0-9]+")
MIN_SHARE = 0.5  # the house reader's text is kept unless it is less than half of trafilatura's


def canonical_url(url: str) -> str:
    """A URL as an identity: lower-case scheme and host, no default port, fragment or tracking parameters.

    >>> canonical_url("HTTPS://WWW.Example.com:443/markets/a-b?utm_source=x&id=3#top")
    'https://www.example.com/markets/a-b?id=3'
    >>> canonical_url("http://[::1]:8080")
    'http://[::1]:8080/'
    """
    p = urlsplit(url.strip())
    scheme = p.scheme.lower()
    host = (p.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = p.port
    netloc = host if port is None or port == {"http": 80, "https": 443}.get(scheme) else f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(p.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((scheme, netloc, p.path or "/", query, ""))


def _site(host: str) -> str:
    """The last two labels of a host name (a rough registrable domain; IP literals whole).

    >>> _site("www.markets.example.co"), _site("127.0.0.1")
    ('example.co', '127.0.0.1')
    """
    if host.replace(".", "").isdigit() or ":" in host:
        return host
    return ".".join(host.split(".")[-2:])


def page_identity(declared: str | None, final_url: str) -> str:
    """The canonical URL of a page: the one it declares when it is an http(s) URL on the same site as the URL it was
    fetched from (a page cannot claim another site's identity), else the URL it was fetched from.

    >>> page_identity("/a/story", "https://news.example.com/a/story?utm_medium=rss")
    'https://news.example.com/a/story'
    >>> page_identity("https://other.example.org/x", "https://news.example.com/a/story")
    'https://news.example.com/a/story'
    """
    final = canonical_url(final_url)
    if not declared:
        return final
    try:
        url = canonical_url(urljoin(final_url, declared.strip()))
    except ValueError:
        return final
    here, there = urlsplit(final), urlsplit(url)
    if there.scheme not in ("http", "https") or _site(there.hostname or "") != _site(here.hostname or ""):
        return final
    return url


def url_article_id(canonical: str) -> str:
    """A readable article id from a canonical URL: host, the last path segment, and a hash of the whole URL.

    >>> url_article_id("https://www.news.example/markets/acme-beats-forecasts?id=3")
    'news-example_acme-beats-forecasts_80200a6fcd'
    """
    p = urlsplit(canonical)
    host = (p.hostname or "link").removeprefix("www.")
    last = next((s for s in reversed(p.path.split("/")) if s), "")
    slug = _SLUG.sub("-", last.lower().rsplit(".", 1)[0]).strip("-")[:60]
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:10]
    return "_".join(x for x in (_SLUG.sub("-", host).strip("-"), slug, digest) if x)


def text_hash(title: str, body: str) -> str:
    """The identity of an article's content: its words, whatever page chrome, scripts or ads came with them."""
    words = " ".join(f"{title}\n{body}".split()).lower()
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


def html_text(f: Fetched, max_mb: float) -> str:
    """The page as text: the charset the server named, else detected."""
    if f.charset:
        try:
            return f.data.decode(f.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode(f.data, max_mb)[0]
    except IngestError as e:
        raise FetchError(str(e).replace("file", "page")) from e


def read_html(html: str, final_url: str) -> Parsed:
    """Title, text and metadata of a page's HTML (see the module docstring for how the two readers combine)."""
    ours = parse_html(html)
    traf = _trafilatura(html, final_url)
    if traf is not None:
        t_lines = [clean_line(x) for x in (traf.text or "").split("\n")]
        t_lines = [x for x in t_lines if x]
        ours_len = sum(map(len, ours.paragraphs))
        if t_lines and ours_len < MIN_SHARE * sum(map(len, t_lines)):
            title = ours.title or clean_line(traf.title or "")
            ours.paragraphs = [x for x in t_lines if x != title]
        ours.title = ours.title or clean_line(traf.title or "")
        ours.author = ours.author or (clean_line(traf.author) if traf.author else None)
        ours.source = ours.source or (traf.sitename if traf.sitename and "." not in traf.sitename else None)
        ours.url = ours.url or traf.url
        if ours.published is None and traf.date:
            ours.published = parse_published(str(traf.date))
    if ours.published is None:
        ours.published = _htmldate(html, final_url)
    if ours.published is not None and not plausible_published(ours.published):
        ours.published = None
    if not ours.source:
        ours.source = (urlsplit(final_url).hostname or "").removeprefix("www.") or None
    return ours


def _trafilatura(html: str, url: str):
    import trafilatura

    try:
        return trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=True, include_images=False)  # fmt: skip
    except Exception:  # a page trafilatura cannot read is read by the house reader alone
        return None


def _htmldate(html: str, url: str) -> dt.datetime | None:
    from htmldate import find_date

    try:
        found = find_date(html, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:
        return None
    return dt.datetime.strptime(found, "%Y-%m-%d") if found else None


def page_article(f: Fetched, max_mb: float) -> Article:
    """The article in a fetched page; :class:`FetchError` when there is none."""
    html = html_text(f, max_mb)
    parsed = read_html(html, f.final_url)
    if not parsed.paragraphs:
        raise FetchError("no article text found on the page")
    canonical = page_identity(parsed.url, f.final_url)
    return make_article(parsed, canonical, html, "html", source_url=f.url)


def make_article(p: Parsed, canonical: str, raw: str, fmt: str, source_url: str) -> Article:
    """An :class:`Article` for a page or feed entry: id and url from the canonical URL, the content hash from its
    text, ``path`` the link it was added by (provenance)."""
    body = p.body()
    return Article(
        id=url_article_id(canonical),
        title=p.title,
        body=body,
        raw=raw,
        published=p.published,
        source=p.source,
        url=canonical,
        author=p.author,
        companies=resolve_companies(p.title, body, p.hints),
        boilerplate=tuple(b for b in p.boilerplate if b),
        format=fmt,
        content_hash=text_hash(p.title, body),
        path=source_url,
    )
