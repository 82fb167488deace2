"""Markdown -> plain lines (syntax stripped) -> :class:`Parsed`; YAML-style front matter read too."""

from __future__ import annotations

import re

from ._text import Parsed, clean_line, parse_plain, parse_published

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_KV = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s{0,3}(?:[-*_=]\s*){3,}$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_BULLET = re.compile(r"^\s*[-*+]\s+")

# inline syntax, applied in order: (name, pattern, replacement)
_INLINE: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("image", re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    ("link", re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)"), r"\1"),
    ("ref_link", re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    ("autolink", re.compile(r"<(?:https?|mailto):[^>]+>"), ""),
    ("html_tag", re.compile(r"</?[A-Za-z][^>]{0,200}>"), ""),
    ("code", re.compile(r"`([^`]+)`"), r"\1"),
    ("strong", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    ("strike", re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    ("em_star", re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    ("em_under", re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])"), r"\1"),
    ("escape", re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),
)


def strip_inline(text: str) -> str:
    """Markdown inline syntax -> text.

    >>> strip_inline("Veyra (NYSE: **VYRA**) [fell](https://x.example/a) *hard* ![chart](c.png)")
    'Veyra (NYSE: VYRA) fell hard'
    """
    for _, pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return clean_line(text)


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """``(fields, rest)`` for a leading ``---`` block of ``key: value`` lines."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    fields: dict[str, str] = {}
    for line in m.group(1).split("\n"):
        kv = _FRONT_KV.match(line.strip())
        if kv:
            fields[kv.group(1).lower()] = kv.group(2).strip().strip("'\"")
    if not fields:
        return {}, text
    return fields, text[m.end() :]


def to_lines(text: str) -> tuple[str | None, list[str]]:
    """``(title, lines)``: the first level-1 heading before any prose is the title."""
    title: str | None = None
    lines: list[str] = []
    seen_prose = False
    for raw in text.split("\n"):
        if _FENCE.match(raw) or _REF_DEF.match(raw) or (_TABLE_SEP.match(raw) and "|" in raw):
            continue
        if _RULE.match(raw):
            lines.append("---")
            continue
        line = _QUOTE.sub("", raw)
        h = _HEADING.match(line)
        if h:
            text_ = strip_inline(h.group(2))
            if h.group(1) == "#" and title is None and not seen_prose:
                title = text_
            else:
                lines.append(text_)
            continue
        bullet = _BULLET.match(line)
        if bullet:
            line = "- " + line[bullet.end() :]
        if line.strip().startswith("|") and line.strip().endswith("|"):
            line = " | ".join(c.strip() for c in line.strip().strip("|").split("|"))
        line = strip_inline(line)
        if line:
            seen_prose = True
        lines.append(line)
    return title, lines


def parse_markdown(text: str) -> Parsed:
    fields, rest = front_matter(text)
    title, lines = to_lines(rest)
    title = fields.get("title") or title
    # a setext underline turned into "---" right after the first line: that line is the title
    out = parse_plain("\n".join(lines), title=title)
    out.paragraphs = [p for p in out.paragraphs if p != "---"]
    when = fields.get("date") or fields.get("published") or fields.get("published_at") or fields.get("pubdate")
    if when:
        out.published = parse_published(when) or out.published
    out.author = fields.get("author") or out.author
    out.source = fields.get("source") or fields.get("outlet") or fields.get("publisher") or out.source
    out.url = fields.get("url") or fields.get("canonical") or fields.get("canonical_url") or out.url
    for key in ("ticker", "tickers", "symbol", "symbols", "company", "companies", "tags", "keywords"):
        if fields.get(key):
            out.hints.append(fields[key].strip("[]"))
    return out
