"""One GET, politely and within limits: every hop checked by the address guard before it is connected to, the
connection made to the checked address, redirects capped, timeouts on connect, on each read and on the whole
fetch, the body streamed and cut off at the size limit, and the content type checked before the body is read.

urllib3 (already in the lock through streamlit's requests) is used at the connection-pool level because that is
where the address can be pinned: ``HTTPSConnectionPool(ip, server_hostname=host)`` verifies the certificate for
the host name while connecting to the address the guard approved.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from urllib.parse import urljoin

import urllib3
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import NewConnectionError, ReadTimeoutError, SSLError
from urllib3.exceptions import TimeoutError as Urllib3Timeout

from ._config import FetchSettings, fetch_settings
from ._errors import FetchError
from ._guard import check_url

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
              "application/feed+xml")  # fmt: skip
CSV_TYPES = ("text/csv", "application/csv", "text/plain", "application/vnd.ms-excel", "application/octet-stream",
             "text/comma-separated-values")  # fmt: skip
_REDIRECTS = {301, 302, 303, 307, 308}
_CHUNK = 16 * 1024  # compressed bytes read at a time: a gzip bomb expands by at most ~1000x one chunk before the check


@dataclass(frozen=True)
class Fetched:
    """A fetched body: the URL asked for, the URL it ended at (after redirects), its type and bytes."""

    url: str
    final_url: str
    status: int
    content_type: str  # lower case, without parameters
    charset: str | None
    data: bytes
    redirects: tuple[str, ...] = field(default_factory=tuple)


def media_type(header: str | None) -> tuple[str, str | None]:
    """``(type, charset)`` of a Content-Type header.

    >>> media_type("Text/HTML; charset=ISO-8859-1"), media_type(None)
    (('text/html', 'iso-8859-1'), ('', None))
    """
    parts = [p.strip() for p in (header or "").split(";")]
    charset = next((p.split("=", 1)[1].strip(" \"'").lower() for p in parts[1:] if p.lower().startswith("charset=")),
                   None)  # fmt: skip
    return parts[0].lower(), charset or None


def fetch(url: str, accept: tuple[str, ...], conf: FetchSettings | None = None, what: str = "web page") -> Fetched:
    """GET ``url``; raises :class:`FetchError` with the reason when the guard, the server or a limit says no.

    ``accept`` lists the content types wanted; another type is refused (``what`` names the kind in the message).
    """
    conf = conf or fetch_settings()
    deadline = time.monotonic() + 3 * conf.timeout
    current, hops = url.strip(), []
    for _ in range(conf.max_redirects + 1):
        target = check_url(current, conf.policy)  # before any connection, on every hop
        resp, pool = _open(target, conf)
        try:
            if resp.status in _REDIRECTS:
                location = resp.headers.get("Location")
                if not location:
                    raise FetchError(f"the server sent a redirect ({resp.status}) without a target")
                hops.append(current)
                current = urljoin(current, location.strip())
                continue
            if resp.status >= 400:
                raise FetchError(f"the server answered {resp.status} {_reason(resp)}".rstrip())
            if resp.status != 200:
                raise FetchError(f"the server answered {resp.status} (no page to read)")
            ctype, charset = media_type(resp.headers.get("Content-Type"))
            if ctype not in accept:
                raise FetchError(f"not a {what}: the server sent {ctype or 'no content type'}")
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > conf.max_bytes:
                raise FetchError(_too_big(conf, int(length)))
            data = _read(resp, conf, deadline)
            return Fetched(url.strip(), current, resp.status, ctype, charset, data, tuple(hops))
        finally:
            resp.release_conn()
            resp.close()
            pool.close()
    raise FetchError(f"too many redirects (more than {conf.max_redirects})")


def _reason(resp) -> str:
    reason = getattr(resp, "reason", "") or ""
    return "".join(c for c in reason if c.isprintable())[:60]


def _too_big(conf: FetchSettings, size: int) -> str:
    return f"the page is larger than the {conf.max_mb:g} MB limit ({size / 1048576:.3g} MB)"


def _open(target, conf: FetchSettings):
    timeout = urllib3.Timeout(connect=conf.timeout, read=conf.timeout)
    common = {"timeout": timeout, "retries": False, "maxsize": 1, "block": False}
    if target.scheme == "https":
        tls = {"server_hostname": target.host, "assert_hostname": target.host, "cert_reqs": "CERT_REQUIRED"}
        pool = urllib3.HTTPSConnectionPool(target.address, target.port, **tls, **common)
    else:
        pool = urllib3.HTTPConnectionPool(target.address, target.port, **common)
    headers = {
        "Host": target.host_header,
        "User-Agent": conf.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/csv;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
    }
    try:
        resp = pool.urlopen("GET", target.path, headers=headers, redirect=False, retries=False,
                            preload_content=False, assert_same_host=False)  # fmt: skip
    except NewConnectionError as e:  # (a subclass of the connect timeout in urllib3 2: caught first)
        pool.close()
        raise FetchError(f"cannot connect to {target.host}: {_short(e)}") from e
    except (ReadTimeoutError, Urllib3Timeout) as e:
        pool.close()
        raise FetchError(f"timed out: {target.host} did not answer within {conf.timeout:g} s") from e
    except SSLError as e:
        pool.close()
        raise FetchError(f"secure connection to {target.host} failed (certificate or TLS error)") from e
    except Urllib3Error as e:
        pool.close()
        raise FetchError(f"cannot connect to {target.host}: {_short(e)}") from e
    return resp, pool


def _short(e: Exception) -> str:
    text = str(getattr(e, "reason", None) or e)
    if "refused" in text.lower():
        return "connection refused"
    return text.split(": ", 1)[-1][:120]


def _read(resp, conf: FetchSettings, deadline: float) -> bytes:
    """The (decompressed) body, refusing it once it passes the size limit or the whole-fetch deadline."""
    buf = bytearray()
    try:
        while True:
            chunk = resp.read(_CHUNK, decode_content=True)
            if not chunk:
                break
            buf += chunk
            if len(buf) > conf.max_bytes:
                raise FetchError(_too_big(conf, len(buf)).replace("MB)", "MB read before stopping)"))
            if time.monotonic() > deadline:
                raise FetchError(f"timed out: the page took longer than {3 * conf.timeout:g} s to arrive")
    except (ReadTimeoutError, Urllib3Timeout) as e:
        raise FetchError(f"timed out: the server stopped sending for {conf.timeout:g} s") from e
    except Urllib3Error as e:
        raise FetchError(f"the download broke off: {_short(e)}") from e
    return bytes(buf)
