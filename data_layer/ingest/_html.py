"""HTML pages -> :class:`Parsed`, with selectolax (a parser only: nothing is ever executed or fetched).

Page chrome (scripts, styles, navigation, asides, footers, forms, embeds) and containers whose
class or id names advertising, promos, newsletters, related links, sharing or cookies are dropped
before the text is read. Metadata comes from ``<meta>``, JSON-LD and ``<time>``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import _boilerplate as B
from ._text import Parsed, classify_header, clean_line, parse_published

# elements never read
_MARKUP = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<[^<>]{0,500}>", re.IGNORECASE | re.DOTALL)
_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
    "form", "button", "select", "input", "textarea", "nav", "aside", "footer", "header", "figure", "picture",
    "img", "link", "meta", "dialog", "menu",
)  # fmt: skip
# class/id tokens that mark a container as not-the-article
_JUNK_TOKENS = frozenset(
    [
        "ad",
        "ads",
        "adv",
        "advert",
        "advertisement",
        "advertising",
        "adslot",
        "adunit",
        "ad-slot",
        "dfp",
        "gpt",
        "sponsor",
        "sponsored",
        "promo",
        "promoted",
        "promotion",
        "newsletter",
        "newsletters",
        "signup",
        "sign-up",
        "subscribe",
        "subscription",
        "paywall",
        "related",
        "recommended",
        "recirculation",
        "share",
        "sharing",
        "social",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "outbrain",
        "taboola",
        "most-read",
        "mostread",
        "popular",
        "trending",
        "breadcrumb",
        "breadcrumbs",
        "sidebar",
        "rail",
        "comments",
        "comment",
        "disqus",
        "byline",
        "kicker",
        "dateline",
        "timestamp",
        "author-bio",
        "bio",
        "tags",
        "tag-list",
        "caption",
        "credit",
        "toolbar",
        "skip",
        "modal",
        "popup",
        "overlay",
        "ticker-strip",
        "market-data",
    ]
)
_JUNK_SUBSTR = re.compile(r"advert|sponsor|newsletter|promo|subscri|cookie|outbrain|taboola|social-?share", re.I)
_TOKEN_SPLIT = re.compile(r"[\s_]+")
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "tr",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "br",
        "hr",
        "address",
        "details",
        "summary",
        "center",
        "body",
        "html",
    ]
)
_CELL_TAGS = frozenset({"td", "th"})
_TITLE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::|·)\s+([^|–—·]{2,60})$")
_ROOTS = ("[itemprop=articleBody]", "article", "[role=main]", "main", "#content", ".article-body", "body")


# Deepest element nesting handed to the HTML parser. Building the tree costs time that grows with the square of
# the nesting depth (100,000 nested <div>s took 44 s); real pages nest a few dozen levels. Tags below this depth
# are dropped (their text is kept), which bounds the parser's work per input byte.
MAX_DEPTH = 256
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)(?:\s[^<>]*)?>")
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]
)


def limit_depth(html: str, limit: int = MAX_DEPTH) -> str:
    """``html`` with the start and end tags nested deeper than ``limit`` removed (text kept); unchanged when it
    nests less deeply (one regular-expression pass, linear in the input).

    >>> limit_depth("<div><div><div>x</div></div></div><p>y</p>", 2)
    '<div><div>x</div></div><p>y</p>'
    """
    if html.count("<") <= limit:
        return html
    depth, dropped, cuts = 0, {}, []
    for m in _TAG.finditer(html):
        closing, name = m.group(1), m.group(2).lower()
        if name in _VOID or m.group().endswith("/>"):
            continue
        if closing:
            if dropped.get(name):
                dropped[name] -= 1
                cuts.append(m.span())
            else:
                depth = max(0, depth - 1)
        elif depth >= limit:
            dropped[name] = dropped.get(name, 0) + 1
            cuts.append(m.span())
        else:
            depth += 1
    if not cuts:
        return html
    parts, pos = [], 0
    for a, b in cuts:
        parts.append(html[pos:a])
        pos = b
    parts.append(html[pos:])
    return "".join(parts)


def parse_html(html: str) -> Parsed:
    tree = LexborHTMLParser(limit_depth(html))
    meta = _meta(tree)
    ld = _json_ld(tree)
    out = Parsed()
    out.url = _first(_attr(tree, "link[rel=canonical]", "href"), meta.get("og:url"), ld.get("url"))
    page_title = _text(tree.css_first("title"))
    og_title = meta.get("og:title") or meta.get("twitter:title")
    suffix = _TITLE_SUFFIX.search(page_title or "")
    out.source = _first(
        meta.get("og:site_name"), meta.get("application-name"), _name(ld.get("publisher")),
        suffix.group(1).strip() if suffix else None,
    )  # fmt: skip
    out.author = _first(meta.get("author"), meta.get("article:author"), _name(ld.get("author")), meta.get("byl"))
    if out.author and out.author.startswith("http"):
        out.author = None
    when = _first(
        meta.get("article:published_time"), meta.get("og:published_time"), ld.get("datePublished"),
        meta.get("datepublished"), meta.get("pubdate"), meta.get("publishdate"), meta.get("publish-date"),
        meta.get("date"), meta.get("dc.date"), meta.get("dc.date.issued"), meta.get("sailthru.date"),
        _attr(tree, "[itemprop=datePublished]", "datetime"), _attr(tree, "[itemprop=datePublished]", "content"),
    )  # fmt: skip
    out.published = parse_published(when) if when else None
    for key in ("keywords", "news_keywords", "article:tag", "parsely-tags"):
        if meta.get(key):
            out.hints.append(meta[key])
    out.hints += _ld_hints(ld)

    h1 = _text(tree.css_first("article h1") or tree.css_first("main h1") or tree.css_first("h1"))
    removed = _strip_junk(tree)
    root = next((n for sel in _ROOTS if (n := tree.css_first(sel)) is not None and _text(n)), None)
    title = og_title or (page_title[: suffix.start()] if suffix and page_title else page_title) or ""
    if h1 and (not title or _similar(h1, title)):
        title = h1
    out.title = clean_line(_MARKUP.sub(" ", title))  # <title> is raw text: "<script>" in it is not a headline
    if out.published is None:  # a <time datetime> inside the article
        t = root.css_first("time[datetime]") if root is not None else None
        out.published = parse_published(t.attributes.get("datetime") or "") if t is not None else None
    paragraphs = _paragraphs(root) if root is not None else []
    if not paragraphs and isinstance(ld.get("articleBody"), str):
        paragraphs = [clean_line(p) for p in ld["articleBody"].split("\n")]
    paragraphs = [p for p in paragraphs if p and p != out.title]
    body: list[str] = []
    for k, p in enumerate(paragraphs):
        h = classify_header(p) if k < 4 else None
        if h is None:
            body.append(p)
            continue
        out.header.append(p)
        out.published = out.published or h.published
        out.author = out.author or h.author
    out.paragraphs, out.boilerplate = B.split_boilerplate(body)
    out.boilerplate = removed + out.boilerplate
    return out


# --------------------------------------------------------------------------- helpers


def _text(node: LexborNode | None) -> str:
    return clean_line(node.text(separator=" ")) if node is not None else ""


def _attr(tree: LexborHTMLParser, sel: str, attr: str) -> str | None:
    n = tree.css_first(sel)
    return (n.attributes.get(attr) or None) if n is not None else None


def _first(*values: Any) -> Any:
    return next(
        (v.strip() if isinstance(v, str) else v for v in values if v and (not isinstance(v, str) or v.strip())), None
    )


def _similar(a: str, b: str) -> bool:
    a, b = a.lower().strip(), b.lower().strip()
    return a.startswith(b[:40]) or b.startswith(a[:40])


def _meta(tree: LexborHTMLParser) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in tree.css("meta"):
        a = m.attributes
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
        val = a.get("content")
        if key and val and key not in out:
            out[key] = val.strip()
    return out


def _json_ld(tree: LexborHTMLParser) -> dict[str, Any]:
    """The first Article-like object in the page's JSON-LD (``@graph`` and lists searched)."""
    found: list[dict[str, Any]] = []
    for s in tree.css("script[type='application/ld+json']"):
        try:
            data = json.loads(s.text() or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            d = stack.pop(0)
            if isinstance(d, list):
                stack += d
            elif isinstance(d, dict):
                if "@graph" in d:
                    stack += d["@graph"] if isinstance(d["@graph"], list) else [d["@graph"]]
                kind = d.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "Report")) for k in kinds):
                    found.append(d)
    return found[0] if found else {}


def _name(v: Any) -> str | None:
    if isinstance(v, str):
        return v
    if isinstance(v, dict):
        return v.get("name") if isinstance(v.get("name"), str) else None
    if isinstance(v, list) and v:
        names = [n for n in map(_name, v) if n]
        return ", ".join(names) or None
    return None


def _ld_hints(ld: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for key in ("keywords", "about", "mentions"):
        v = ld.get(key)
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, list):
            out += [s for s in (x if isinstance(x, str) else _name(x) for x in v) if s]
        elif isinstance(v, dict) and _name(v):
            out.append(_name(v) or "")
    return out


def _is_junk(node: LexborNode) -> bool:
    a = node.attributes
    names = " ".join(v for k in ("class", "id") if (v := a.get(k))).lower()
    if not names:
        return False
    tokens = set(_TOKEN_SPLIT.split(names))
    parts = {p for t in tokens for p in t.split("-")}
    return bool(tokens & _JUNK_TOKENS or parts & {"ad", "ads", "advert", "promo", "sponsored", "newsletter"}) or bool(
        _JUNK_SUBSTR.search(names)
    )


def _strip_junk(tree: LexborHTMLParser) -> list[str]:
    """Remove chrome and ad containers from the tree; returns the text of removed ad/promo blocks."""
    for tag in _DROP_TAGS:
        for n in tree.css(tag):
            n.decompose()
    body = tree.body
    if body is None:
        return []
    junk: list[LexborNode] = []
    stack = [body]
    while stack:  # top-down, not descending into a container already marked
        node = stack.pop()
        for child in node.iter(include_text=False):
            if _is_junk(child):
                junk.append(child)
            else:
                stack.append(child)
    removed = [t for n in junk if (t := _text(n))]
    for n in junk:
        n.decompose()
    return removed


def _paragraphs(root: LexborNode) -> list[str]:
    """Text of ``root`` split at block elements, one paragraph per block (iterative: deep pages are fine)."""
    out: list[str] = []
    buf: list[str] = []
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        if closing:
            if tag in _BLOCK_TAGS:
                out.append(clean_line("".join(buf)))
                buf = []
            elif tag in _CELL_TAGS:
                buf.append(" | ")
            continue
        if tag == "-text":
            buf.append(node.text_content or "")
            continue
        if tag in _BLOCK_TAGS:
            out.append(clean_line("".join(buf)))
            buf = []
        stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack += [(c, False) for c in reversed(children)]
    out.append(clean_line("".join(buf)))
    return [p.strip(" |") for p in out if p.strip(" |")]
