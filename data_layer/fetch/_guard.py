"""The address guard: which URLs may be fetched, decided before any connection is made.

A public dashboard that fetches any link a stranger pastes is a server-side request forgery risk: the link may
name (or redirect to, or resolve to) the machine itself, the private network behind it, or a cloud metadata
service. :func:`check_url` parses a URL, resolves its host (an IP literal is never looked up), and refuses it when
any address it resolves to is not a public one; the fetcher then connects to the address that was checked (no
second lookup that could answer differently), and checks every redirect again.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import SplitResult, urlsplit

from ._errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]

SCHEMES = {"http": 80, "https": 443}
# cloud instance metadata services (AWS/GCP/Azure/OpenStack, AWS over IPv6, Alibaba)
METADATA = frozenset(map(ipaddress.ip_address, ("169.254.169.254", "169.254.170.2", "fd00:ec2::254",
                                                 "100.100.100.200")))  # fmt: skip


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (the system resolver; /etc/hosts first)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise FetchError(f"cannot resolve the host '{host}'") from e
    return list(dict.fromkeys(str(info[4][0]).split("%", 1)[0] for info in infos))


@dataclass(frozen=True)
class Policy:
    """What may be fetched. ``allow_private`` switches the guard off (local use); ``allow`` lists networks that are
    allowed even with the guard on (a test server on 127.0.0.1, an intranet feed); ``resolver`` looks host names up."""

    allow_private: bool = False
    allow: tuple[Network, ...] = ()
    resolver: Resolver = field(default=resolve, compare=False)


@dataclass(frozen=True)
class Target:
    """A checked URL: where to connect (``address``) and what to ask for."""

    url: str
    scheme: str
    host: str  # as written (for the Host header and TLS), IPv6 without brackets
    port: int
    address: str  # the checked IP address the connection goes to
    path: str  # path and query, never empty

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == SCHEMES[self.scheme] else f"{host}:{self.port}"


def blocked_reason(ip: IPAddress) -> str | None:
    """Why an address may not be fetched from a public app, or None for a public address.

    >>> [blocked_reason(ipaddress.ip_address(a)) for a in ("127.0.0.1", "10.1.2.3", "169.254.169.254", "::1")]
    ['loopback address', 'private network address', 'cloud metadata address', 'loopback address']
    >>> ip = ipaddress.ip_address
    >>> blocked_reason(ip("::ffff:192.168.0.1")), blocked_reason(ip("93.184.215.14"))
    ('private network address', None)
    """
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if inner is not None:
            return blocked_reason(inner)
    if ip in METADATA:
        return "cloud metadata address"
    if ip.is_loopback:
        return "loopback address"
    if ip.is_link_local:
        return "link-local address"
    if ip.is_unspecified:
        return "unspecified address"
    if ip.is_multicast:
        return "multicast address"
    if ip.is_private:
        return "private network address"
    if ip.is_reserved or not ip.is_global:
        return "reserved or non-public address"
    return None


def parse_networks(text: str) -> tuple[Network, ...]:
    """Networks from a comma- or space-separated setting; bad entries are ignored.

    >>> parse_networks("127.0.0.1, ::1 10.0.0.0/8 junk")
    (IPv4Network('127.0.0.1/32'), IPv6Network('::1/128'), IPv4Network('10.0.0.0/8'))
    """
    out: list[Network] = []
    for part in text.replace(",", " ").split():
        try:
            out.append(ipaddress.ip_network(part.strip(), strict=False))
        except ValueError:
            continue
    return tuple(out)


def split_url(url: str) -> SplitResult:
    """A URL's parts, refusing what is not an absolute http(s) URL with a host."""
    url = (url or "").strip()
    if any(c in url for c in "\r\n\t\x00 "):
        raise FetchError("the link contains spaces or control characters")
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a bad port
    except ValueError as e:
        raise FetchError(f"not a valid link ({e})") from e
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        shown = f"'{scheme}:'" if scheme else "none"
        raise FetchError(f"only http and https links are fetched (scheme: {shown})")
    if not parts.hostname:
        raise FetchError("the link has no host name")
    if parts.username is not None or parts.password is not None:
        raise FetchError("links with a user name or password are refused")
    return parts


def check_url(url: str, policy: Policy) -> Target:
    """Parse ``url`` and decide whether it may be fetched; raises :class:`FetchError` with the reason.

    >>> check_url("http://127.0.0.1:8080/a?b=1", Policy()).address
    Traceback (most recent call last):
    ...
    data_layer.fetch._errors.FetchError: refused: 127.0.0.1 is a loopback address (private addresses are not fetched)
    >>> t = check_url("http://[::1]:8080/a?b=1", Policy(allow_private=True))
    >>> t.address, t.path, t.host_header
    ('::1', '/a?b=1', '[::1]:8080')
    """
    parts = split_url(url)
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    port = parts.port or SCHEMES[scheme]
    try:
        addresses = [str(ipaddress.ip_address(host))]  # an IP literal: no lookup
    except ValueError:
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError as e:
            raise FetchError(f"not a valid host name '{host}'") from e
        addresses = policy.resolver(host, port)
    if not addresses:
        raise FetchError(f"cannot resolve the host '{host}'")
    for a in addresses:
        _check_address(host, a, policy)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return Target(url=url.strip(), scheme=scheme, host=host, port=port, address=addresses[0], path=path)


def _check_address(host: str, address: str, policy: Policy) -> None:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError as e:
        raise FetchError(f"cannot resolve the host '{host}'") from e
    if policy.allow_private or _allowed(ip, policy.allow):
        return
    reason = blocked_reason(ip)
    if reason:
        shown = str(ip) if str(ip) == host else f"{host} resolves to {ip}, a"
        what = f"{shown} is a {reason}" if str(ip) == host else f"{shown} {reason}"
        raise FetchError(f"refused: {what} (private addresses are not fetched)")


def _allowed(ip: IPAddress, networks: Sequence[Network]) -> bool:
    return any(ip.version == n.version and ip in n for n in networks)
