"""Deterministic generator of realistic benchmark articles with their expected records.

    python benchmarks/make_corpus.py N --out DIR [--seed S]

Writes N articles under ``DIR/articles/`` (``.txt`` mostly, ~10% ``.html``, ~8% ``.md`` and ``.jsonl``
feeds holding several articles each), the records they state in ``DIR/expected_gold.json`` (the gold
format of ``tests/data/seed_gold.json``, scored with ``tests/data/score.py``) and ``DIR/manifest.json``.

Article ``i`` depends only on ``(seed, i)``: a 1k corpus is a prefix of a 100k one, and every run writes
the same bytes. Companies are real index constituents from ``pytickersymbols``; outlets, people and
private counterparties are invented. The phrase tables live in ``_corpus_phrases.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import json
import math
import os
import random
import re
import shutil
import string
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _corpus_phrases as P

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FIRST_DAY = dt.date(2025, 1, 2)
N_DAYS = 660  # publication dates spread over 2025 and most of 2026
FILES_PER_FOLDER = 1000
JSONL_BLOCK = 10  # articles i // JSONL_BLOCK share one .jsonl feed (the jsonl ones among them)

# style -> weight, and which file formats it is written in
STYLES = {"wire": 24, "ratings": 14, "movers": 10, "release": 9, "blog": 8, "boerse": 14, "dpa": 8, "uk": 9, "lay": 4}
# format chosen first (by weight), then a style that can be written in it
FORMATS = {"txt": 70, "html": 11, "md": 8, "jsonl": 11}
FORMAT_STYLES = {
    "txt": ("wire", "ratings", "movers", "release", "boerse", "dpa", "uk", "lay", "blog"),
    "html": ("wire", "ratings", "release", "movers", "lay"),
    "md": ("blog",),
    "jsonl": ("wire", "ratings", "movers", "lay"),
}
_RIC = {"NASDAQ": "O", "NYSE": "N"}


# --------------------------------------------------------------------------- companies


@dataclass(frozen=True)
class Co:
    name: str
    ticker: str
    exchange: str
    region: str  # us | eu | uk
    currency: str  # USD | EUR | GBX
    level: float  # typical share price in its currency
    isin: str
    sector: str


_LEGAL = re.compile(
    r"(?:,?\s+(?:Inc\.?|Corp\.?|Corporation|plc|PLC|SE|AG|N\.V\.|NV|S\.A\.|SA|Ltd\.?|Co\.|Group plc))+$"
)
_BAD_NAME = re.compile(r"[^A-Za-z .&'-]|\b(?:Class|Bank|Sachs|Morgan|Barclays|HSBC|UBS|Citigroup|Jefferies)\b")


def short_name(name: str) -> str:
    """A company name as news writes it: legal suffixes dropped.

    >>> short_name("Adobe Inc."), short_name("Anglo American plc"), short_name("Siemens Healthineers AG")
    ('Adobe', 'Anglo American', 'Siemens Healthineers')
    """
    return _LEGAL.sub("", name.strip()).strip()


def _level(name: str, lo: float, hi: float) -> float:
    """A stable, plausible price level for a company (log-uniform between lo and hi)."""
    h = int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return round(math.exp(math.log(lo) + h * (math.log(hi) - math.log(lo))), 2)


def load_companies(k: int = 320) -> list[Co]:
    """A deterministic pick of ~k listed companies (US, euro area, UK) from ``pytickersymbols``."""
    from pytickersymbols import PyTickerSymbols

    pts = PyTickerSymbols()
    pools = {
        "us": ["S&P 500"],
        "eu": ["DAX", "MDAX", "EURO STOXX 50", "AEX", "IBEX 35"],
        "uk": ["FTSE 100"],
    }
    nasdaq = {s["symbol"] for s in pts.get_stocks_by_index("NASDAQ 100")}
    out: dict[str, Co] = {}
    for region, indices in pools.items():
        for idx in indices:
            for s in pts.get_stocks_by_index(idx):
                name = short_name(s["name"])
                if not name or _BAD_NAME.search(name) or len(name.split()) > 3 or len(name) < 3 or name in out:
                    continue
                sym = s["symbol"].split(".")[0]
                if not re.fullmatch(r"[A-Z]{1,5}", sym):
                    continue
                isins = s.get("isins") or [""]
                sector = (s.get("industries") or ["industrial"])[0].lower()
                if region == "us":
                    co = Co(name, sym, "NASDAQ" if s["symbol"] in nasdaq else "NYSE", region, "USD",
                            _level(name, 8, 600), isins[0], sector)  # fmt: skip
                elif region == "uk":
                    co = Co(name, sym, "LSE", region, "GBX", _level(name, 90, 4200), isins[0], sector)
                else:
                    exch = "XETRA" if isins[0].startswith("DE") else "Euronext"
                    co = Co(name, sym, exch, region, "EUR", _level(name, 6, 450), isins[0], sector)
                out[name] = co
    names = sorted(out)
    picked = random.Random(20260130).sample(names, min(k, len(names)))
    return [out[n] for n in sorted(picked)]


# --------------------------------------------------------------------------- formatting helpers


def fmt_num(x: float, decimals: int = 2) -> str:
    """A number with thousands separators.

    >>> fmt_num(1234.5), fmt_num(968, 0), fmt_num(1001, 0)
    ('1,234.50', '968', '1,001')
    """
    return f"{x:,.{decimals}f}"


def fmt_price(x: float, currency: str, style: int = 0) -> str:
    """A share price as written: '$87.15', 'EUR 135.10', '€135.10', '968p' / '981.5p'.

    >>> fmt_price(87.15, "USD"), fmt_price(135.1, "EUR"), fmt_price(135.1, "EUR", 1), fmt_price(981.5, "GBX")
    ('$87.15', '€135.10', 'EUR 135.10', '981.5p')
    """
    if currency == "USD":
        return f"${fmt_num(x)}"
    if currency == "EUR":
        return f"EUR {fmt_num(x)}" if style else f"€{fmt_num(x)}"
    return f"{fmt_num(x, 0 if x == int(x) else 1)}p"


def fmt_usd(amount: float, style: int = 0) -> str:
    """A dollar amount as news writes it.

    >>> fmt_usd(2.35e9), fmt_usd(7.8e8), fmt_usd(1.2e9, 1), fmt_usd(4.5e8, 1), fmt_usd(3.96e8, 2)
    ('$2.35 billion', '$780 million', '$1.2bn', '$450m', 'USD 396 million')
    """
    if amount >= 1e9:
        v, long_, short = amount / 1e9, "billion", "bn"
    else:
        v, long_, short = amount / 1e6, "million", "m"
    num = f"{v:,.2f}".rstrip("0").rstrip(".")
    if style == 1:
        return f"${num}{short}"
    if style == 2:
        return f"USD {num} {long_}"
    return f"${num} {long_}"


def ordinal(d: int) -> str:
    """A day of the month as in "March 4th".

    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 22)]
    ['1st', '2nd', '3rd', '4th', '11th', '22nd']
    """
    suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix}"


def prev_trading_day(d: dt.date) -> dt.date:
    """The weekday before ``d`` (Friday for a Monday; weekends skipped).

    >>> prev_trading_day(dt.date(2025, 3, 3)), prev_trading_day(dt.date(2025, 3, 5))
    (datetime.date(2025, 2, 28), datetime.date(2025, 3, 4))
    """
    d -= dt.timedelta(days=1)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def _clock(t: dt.datetime, style: str) -> str:
    h12 = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    if style == "ampm":
        return f"{h12}:{t.minute:02d} {ampm}"
    if style == "apm":
        return f"{h12}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'}"
    return f"{t.hour:02d}:{t.minute:02d}"


# --------------------------------------------------------------------------- one article

_STRIDES = [k for k in range(1, len(P.FILLER)) if math.gcd(k, len(P.FILLER)) == 1]
_FILLER_FIELDS = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in P.FILLER]
_FILL_VALUES = {
    "emp": lambda r: fmt_num(r.choice((4, 9.8, 23.7, 61, 140, 350)) * 1000, 0),
    "x": lambda r: round(r.uniform(0.1, 2.0), 1),
    "y": lambda r: round(r.uniform(0.1, 2.5), 1),
    "p": lambda r: r.randint(3, 40),
    "idx": lambda r: fmt_num(r.uniform(480, 560)),
    "vol": lambda r: r.randint(3, 60),
    "sites": lambda r: r.randint(12, 90),
    "countries": lambda r: r.randint(8, 60),
}


def _fill(j: int, co: Co, r: random.Random) -> str:
    """Filler sentence ``j`` with its fields filled (only the ones it has)."""
    need = _FILLER_FIELDS[j]
    if not need:
        return P.FILLER[j]
    vals: dict[str, object] = {}
    for f in need:
        if f == "co":
            vals[f] = co.name
        elif f == "sector":
            vals[f] = co.sector if r.random() < 0.5 else r.choice(P.SECTORS)
        else:
            vals[f] = _FILL_VALUES[f](r)
    return P.FILLER[j].format_map(vals)


@dataclass
class Art:
    """An article being written: its paragraphs and the records it states."""

    rng: random.Random
    aid: str
    co: Co
    published: dt.datetime
    style: str
    fmt: str
    others: list[Co]  # companies of the same region (the article's own among them)
    outlet: str = ""
    paras: list[str] = field(default_factory=list)
    gold: dict[str, list[dict]] = field(
        default_factory=lambda: {k: [] for k in ("prices", "targets", "layoffs", "events")}
    )
    used_firms: set[str] = field(default_factory=set)
    filler_order: list[int] | None = None
    filler_pos: int = 0
    used_events: set[str] = field(default_factory=set)
    levels: dict[str, float] = field(default_factory=dict)

    @property
    def day(self) -> dt.date:
        return self.published.date()

    # ---------------------------------------------------------------- filler
    def filler(self, k: int, co: Co | None = None) -> list[str]:
        """Up to ``k`` filler sentences not used yet in this article (no facts in them)."""
        co = co or self.co
        if self.filler_order is None:  # a cheap permutation: a random start and a stride prime to the length
            nf = len(P.FILLER)
            start, step = self.rng.randrange(nf), self.rng.choice(_STRIDES)
            self.filler_order = [(start + k * step) % nf for k in range(nf)]
        picked = self.filler_order[self.filler_pos : self.filler_pos + k]
        self.filler_pos += len(picked)
        return [_fill(j, co, self.rng) for j in picked]

    def other_cos(self, k: int) -> list[Co]:
        """``k`` other companies of the same region (fewer if the region has fewer)."""
        return [c for c in self.rng.sample(self.others, min(k + 1, len(self.others))) if c is not self.co][:k]

    def person(self) -> str:
        return f"{self.rng.choice(P.FIRST_NAMES)} {self.rng.choice(P.LAST_NAMES)}"

    def private(self) -> str:
        return f"{self.rng.choice(P.PRIVATE_PREFIX)} {self.rng.choice(P.PRIVATE_SUFFIX)}"

    # ---------------------------------------------------------------- prices
    def _move(self, co: Co) -> tuple[float, float, bool]:
        """A price near the company's level of the moment, a daily change and its direction."""
        if co.name not in self.levels:
            self.levels[co.name] = co.level * math.exp(self.rng.gauss(0, 0.25))
        price = round(self.levels[co.name] * math.exp(self.rng.gauss(0, 0.025)), 2)
        if co.currency == "GBX":
            price = round(price * 2) / 2 if price < 1000 else float(round(price))
        chg = round(abs(self.rng.gauss(0, 3)) + 0.1, 1)
        return price, chg, self.rng.random() < 0.5

    def price(self, co: Co | None = None, kind: str | None = None, templates: tuple[str, ...] | None = None) -> str:
        co = co or self.co
        kind = kind or ("close" if self.rng.random() < 0.6 else "intraday")
        price, chg, up = self._move(co)
        if kind == "close":
            after_close = self.published.hour >= 16 and self.day.weekday() < 5
            date = self.day if after_close and self.rng.random() < 0.6 else prev_trading_day(self.day)
        else:
            date = self.day
        pool = templates or (P.PRICE_CLOSE if kind == "close" else P.PRICE_INTRADAY)
        tpl = self.rng.choice(pool)
        if "|" in tpl:
            tpl, forced = tpl.split("|")
            up = forced == "up"
        pxs = fmt_price(price, co.currency, self.rng.randrange(2))
        s = tpl.format(
            co=co.name, px=pxs, chg=chg, updown="up" if up else "down", rose="rose" if up else "fell",
            higher="higher" if up else "lower", gain="gain" if up else "loss", day=WEEKDAYS[date.weekday()],
            today=WEEKDAYS[self.day.weekday()], px_num=fmt_num(price), px_de=f"{price:.2f}".replace(".", ","),
            ddmmyyyy=f"{date:%d.%m.%Y}", clock=f"{self.rng.randint(9, 11)}:{self.rng.randint(0, 59):02d}",
        )  # fmt: skip
        has_chg = "{chg}" in tpl
        rec = {"article_id": self.aid, "date": date.isoformat(), "price": price, "currency": co.currency,
               "kind": "intraday" if "opened at" in tpl else kind,
               "change_pct": (chg if up else -chg) if has_chg else None}  # fmt: skip
        self.gold["prices"].append(rec)
        return s

    # ---------------------------------------------------------------- targets
    def target(self, co: Co | None = None, table: dict | None = None, action: str | None = None) -> str:
        co = co or self.co
        table = table or P.TARGETS
        firm = self.rng.choice([f for f in P.FIRMS if f not in self.used_firms])
        self.used_firms.add(firm)
        action = action if action is not None else self.rng.choice(list(table))
        klass = "buy" if action == "raised" else self.rng.choice(["buy", "buy", "hold", "sell"])
        if action == "lowered":
            klass = self.rng.choice(["hold", "sell", "buy"])
        rating = self.rng.choice(P.RATINGS[klass])
        tpl = self.rng.choice(table[action])
        base = co.level
        t = base * self.rng.uniform(0.8, 1.4)
        t = round(t) if t >= 20 else round(t, 1)
        step = max(1, round(t * self.rng.uniform(0.05, 0.15)))
        t0 = t - step if action == "raised" else t + step
        style = self.rng.randrange(2)
        art = "an" if rating[0] in "AEIOU" else "a"
        s = tpl.format(
            co=co.name, firm=firm, rating=rating, a_rating=f"{art} {rating}", a_rating_q=f'{art} "{rating}"',
            t=fmt_target(t, co.currency, style), t0=fmt_target(t0, co.currency, style),
            t_num=fmt_num(t, 0 if t == int(t) else 2), t0_num=fmt_num(t0, 0 if t0 == int(t0) else 2),
            analyst=self.person(), today=WEEKDAYS[self.day.weekday()],
        )  # fmt: skip
        has_t = "{t}" in tpl or "{t_num}" in tpl
        self.gold["targets"].append({
            "article_id": self.aid, "firm": firm, "rating_class": klass, "target": t if has_t else None,
            "currency": co.currency if has_t else None, "action": action or None,
        })  # fmt: skip
        return s

    # ---------------------------------------------------------------- layoffs
    def layoff(self, kind: str, tpl: str | None = None) -> str:
        co = self.co
        if kind == "range":
            lo, hi = self.rng.choice([(1001, 2500), (350, 500), (200, 400), (500, 1000), (2500, 5000), (100, 250)])
            tpl = tpl or self.rng.choice(P.LAYOFF_RANGE)
            s = tpl.format(co=co.name, lo=fmt_num(lo, 0), hi=fmt_num(hi, 0))
            self.gold["layoffs"].append({"article_id": self.aid, "low": lo, "high": hi, "kind": "round"})
            return s
        n = self.rng.choice([85, 120, 240, 350, 600, 900, 1100, 1500, 1900, 2400, 3000, 4600, 6000, 9000, 12000])
        if kind == "cumulative":
            n = n * self.rng.choice([2, 3, 4])
            tpl = tpl or self.rng.choice(P.LAYOFF_CUMULATIVE)
        else:
            tpl = tpl or self.rng.choice(P.LAYOFF_ROUND)
        s = tpl.format(
            co=co.name, n=fmt_num(n, 0), pct=self.rng.randint(2, 12), unit=self.rng.choice(P.BUSINESS_UNITS),
            year=self.day.year - self.rng.randint(1, 2), months=self.rng.choice((4, 6, 9, 12, 18)),
        )  # fmt: skip
        kind = "cumulative" if kind == "cumulative" else "round"
        self.gold["layoffs"].append({"article_id": self.aid, "low": n, "high": n, "kind": kind})
        return s

    # ---------------------------------------------------------------- events
    def event(self, etype: str, co: Co | None = None, choice: tuple[str, str] | None = None) -> str:
        co = co or self.co
        self.used_events.add(etype)
        tpl, status = choice or self.rng.choice(P.EVENTS[etype])
        rec: dict = {"article_id": self.aid, "type": etype}
        fields: dict = {"co": co.name, "today": WEEKDAYS[self.day.weekday()], "place": self.rng.choice(P.PLACES)}
        if "{cp}" in tpl:
            cp = self.private() if etype in ("acquisition", "funding_round") or self.rng.random() < 0.5 else (
                self.other_cos(1)[0].name)  # fmt: skip
            fields["cp"] = cp
            rec["counterparty"] = cp
        if "{person}" in tpl:
            fields["person"] = rec["counterparty"] = self.person()
        amount = _amount(self.rng, etype)
        if "{amt}" in tpl and etype != "guidance":
            eur = co.currency == "EUR" and etype == "investment" and self.rng.random() < 0.5
            fields["amt"] = f"€{fmt_num(amount / 1e6, 0)} million" if eur and amount < 1e9 else fmt_usd(
                amount, self.rng.choice((0, 0, 1, 2)))  # fmt: skip
            if not (eur and amount < 1e9):
                rec["amount_usd"] = amount
        if etype == "guidance":
            lo = amount
            fields.update(amt_lo=fmt_usd(lo), amt_hi=fmt_usd(lo * 1.05), amt=fmt_usd(lo * 1.12),
                          eps_lo=f"${lo / 1e9:.2f}", eps_hi=f"${lo / 1e9 * 1.05:.2f}")  # fmt: skip
        if etype == "financial_result":
            fields.update(amt_est=fmt_usd(amount * 0.97), chg=round(self.rng.uniform(2, 25), 1))
        if etype == "earnings_date":
            when = self.day + dt.timedelta(days=self.rng.randint(4, 50))
            fields["date"] = self.write_date(when)
            rec["date"] = when.isoformat()
        qi = self.rng.randrange(4)
        q = P.QUARTERS[qi]
        fields.update(q=q, q_cap=q.capitalize(), q_noun=q.replace("-", " "), series="ABCDE"[self.rng.randrange(5)],
                      n_sites=self.rng.choice([12, 19, 27, 35, 48, 140]), month=self.rng.choice(P.MONTHS),
                      year=self.day.year)  # fmt: skip
        if status:
            rec["status"] = status
        self.gold["events"].append(rec)
        return tpl.format(**fields)

    def write_date(self, when: dt.date) -> str:
        """A future date in one of the styles news uses (the year when it is not the publication year)."""
        same_year = when.year == self.day.year
        if self.style == "dpa":
            return f"{when:%d.%m.%Y}"
        if self.style in ("uk", "release") and self.rng.random() < 0.7:
            return f"{when.day} {P.MONTHS[when.month - 1]} {when.year}"
        choice = self.rng.randrange(4)
        month = P.MONTHS[when.month - 1]
        if choice == 0 and same_year:
            return f"{month} {when.day}"
        if choice == 1 and same_year:
            return f"{month} {ordinal(when.day)}"
        if choice == 2 and same_year:
            return f"{WEEKDAYS[when.weekday()]}, {month} {when.day}"
        return f"{month} {when.day}, {when.year}"


def fmt_target(t: float, currency: str, style: int) -> str:
    if currency == "GBX":
        return f"{fmt_num(t, 0)}p"
    if currency == "EUR":
        return f"EUR {fmt_num(t, 0 if t == int(t) else 2)}" if style else f"€{fmt_num(t, 0 if t == int(t) else 2)}"
    return f"${fmt_num(t, 0 if t == int(t) else 2)}" if style else f"${fmt_num(t)}"


def _amount(rng: random.Random, etype: str) -> float:
    """A round money amount of a plausible size for the event type."""
    if etype in ("funding_round", "legal"):
        return rng.choice([25, 40, 48.5, 95, 120, 150, 310, 450, 600]) * 1e6
    if etype == "guidance" or etype == "financial_result":
        return rng.choice([0.78, 1.2, 1.38, 2.0, 3.4, 6.1, 9.8, 14.2, 22.0]) * 1e9
    if rng.random() < 0.5:
        return rng.choice([180, 250, 396, 420, 540, 780, 850]) * 1e6
    return rng.choice([1.2, 1.5, 2.35, 3.1, 4.8, 6.5, 12.0, 35.0]) * 1e9


# --------------------------------------------------------------------------- styles: what each kind of story says

_MAIN_EVENTS = ("acquisition", "investment", "partnership", "partnership_end", "closure", "executive_change",
                "legal", "guidance", "financial_result", "funding_round")  # fmt: skip


def _sentences(a: Art, facts: list[str], k_filler: int) -> str:
    """A paragraph: the fact sentences with some filler mixed in after the first."""
    fill = a.filler(k_filler)
    out = facts[:1] + fill[:1] + facts[1:] + fill[1:]
    return " ".join(out)


def _pad(a: Art, size: int) -> None:
    """Add filler paragraphs of 1-4 sentences until the body is about ``size`` characters."""
    missing = size - sum(len(p) for p in a.paras)
    while missing > 0:
        more = a.filler(a.rng.randint(1, 4))
        if not more:
            return
        text = " ".join(more)
        a.paras.insert(a.rng.randint(1, max(1, len(a.paras))), text)
        missing -= len(text)


def _ticker_ref(co: Co) -> str:
    if co.region == "uk":
        return ""
    return f" ({co.exchange}: {co.ticker})"


def story(a: Art) -> tuple[str, list[str]]:
    """Fill ``a.paras`` for the article's style; returns (title, tail blocks)."""
    r, co = a.rng, a.co
    size = r.randint(2600, 3900)
    tails: list[str] = []
    if a.style in ("wire", "release"):
        main = r.choice(_MAIN_EVENTS)
        lede = a.event(main)
        if a.style == "release":
            lede = re.sub(rf"{re.escape(co.name)}(?!['’])", lambda m: m.group() + _ticker_ref(co), lede, count=1)
        a.paras.append(_sentences(a, [lede], 1))
        if r.random() < 0.75:
            facts = [a.price(kind="intraday")]
            if r.random() < 0.5:
                facts.append(a.price(kind="close"))
            a.paras.append(_sentences(a, facts, 1))
        second = r.choice([e for e in _MAIN_EVENTS if e not in a.used_events])
        if r.random() < 0.5:
            a.paras.append(_sentences(a, [a.event(second)], 2))
        if r.random() < 0.5 and a.style == "wire":
            a.paras.append(_sentences(a, [a.target()], 1))
        if r.random() < 0.25:
            a.paras.append(_sentences(a, [a.layoff("round")], 1))
        if r.random() < 0.6:
            a.paras.append(a.event("earnings_date"))
        title = r.choice(P.HEADLINES).format(co=co.name)
        if a.style == "wire":
            tails.append(f"(Reporting by {a.person()}; Editing by {a.person()})")
        else:
            tails += [t.format(co=co.name) for t in P.RELEASE_TAIL]
    elif a.style == "ratings":
        k = r.randint(2, 4)
        a.paras.append(_sentences(a, [a.target(action=r.choice(["raised", "lowered"]))], 1))
        a.paras.append(" ".join(a.target() for _ in range(k - 1)))
        a.paras.append(f"{co.name} Stock Performance")
        a.paras.append(_sentences(a, [a.price(kind="intraday", templates=(P.PRICE_INTRADAY[4],))], 2))
        if r.random() < 0.6:
            a.paras.append(_sentences(a, [a.event("financial_result")], 1))
        title = f"{co.name}{_ticker_ref(co)} Receives New Price Targets From Analysts"
        tails.append(P.AD_FOOTER[2].format(co=co.name))
    elif a.style == "movers":
        cos = [co, *a.other_cos(r.randint(2, 4))]
        for c in cos:
            facts = [a.price(c)]
            x = r.random()
            if x < 0.3:
                facts.append(a.target(c))
            elif x < 0.55 and c is co:
                facts.append(a.event(r.choice([e for e in _MAIN_EVENTS if e not in a.used_events]), c))
            a.paras.append(" ".join(facts + a.filler(1, c)))
        title = f"Stocks making the biggest moves: {', '.join(c.name for c in cos[:3])} and more"
    elif a.style == "blog":
        a.paras.append(_sentences(a, [a.price(kind="close")], 2))
        a.paras.append("## What happened")
        a.paras.append(_sentences(a, [a.event(r.choice(["guidance", "acquisition", "partnership", "closure"]))], 2))
        if r.random() < 0.7:
            a.paras.append(_sentences(a, [a.target(action=r.choice(["lowered", "raised", ""]))], 1))
        a.paras.append("## My position")
        title = f"Why I'm still holding {co.name} after a brutal week"
        tails += [f"*Disclosure: I am long {co.ticker}. Nothing here is investment advice.*",
                  f"> **Enjoying {a.outlet}?** Upgrade to Premium for $8/month (first month free) and get my "
                  "full model portfolio."]  # fmt: skip
    elif a.style == "boerse":
        main = r.choice(["investment", "acquisition", "closure", "partnership", "partnership_end"])
        a.paras.append(_sentences(a, [a.event(main)], 2))
        if r.random() < 0.5:
            facts = [a.layoff("round")]
            if r.random() < 0.5:
                facts.append(a.layoff("cumulative"))
            a.paras.append(_sentences(a, facts, 1))
        a.paras.append(P.AD_INLINE[r.randrange(len(P.AD_INLINE))].format(co=co.name))
        a.paras.append(r.choice(P.SUBHEADS))
        facts = [a.price(kind="close", templates=P.PRICE_CLOSE[:3])]
        facts += [a.target(action=r.choice(["maintained", "reiterated", ""])) for _ in range(r.randint(1, 2))]
        a.paras.append(" ".join(facts))
        if r.random() < 0.8:
            a.paras.append(_sentences(a, [a.event("earnings_date")], 1))
        title = (
            f"{co.name}'s Strategic Pivot: {r.choice(['AI Ambitions', 'Cost Discipline', 'New Markets'])} "
            f"Reshape the Group"
        )
        md = f"{P.MONTHS[a.day.month - 1]} {a.day.day}"
        tails.append(P.AD_FOOTER[0].format(co=co.name, month_day=md))
    elif a.style == "dpa":
        t = a.target(table=P.TARGETS_DPA, action=r.choice(["raised", "lowered"]))
        a.paras.append(f"FRANKFURT ({a.outlet}) - {t} " + " ".join(a.filler(2)))
        a.paras.append(a.price(kind="intraday", templates=P.PRICE_DPA_INTRADAY) + " "
                       + a.price(kind="close", templates=P.PRICE_DPA_CLOSE))  # fmt: skip
        if r.random() < 0.6:
            a.paras.append(_sentences(a, [a.event("investment")], 1))
        a.paras.append(_sentences(a, [a.event("earnings_date")], 1))
        title = f"{co.name}: analysts adjust targets after the latest figures"
        tails.append(P.AD_FOOTER[1])
        tails.append("Note: Authors and the publisher may hold positions in the securities mentioned. "
                     "No investment advice.")  # fmt: skip
    elif a.style == "uk":
        a.paras.append(_sentences(a, [a.price(kind="close", templates=P.PRICE_UK_CLOSE)], 1))
        a.paras.append(_sentences(a, [a.price(kind="intraday", templates=P.PRICE_UK_INTRADAY)], 1))
        if r.random() < 0.5:
            a.paras.append(_sentences(a, [a.event(r.choice(["acquisition", "executive_change", "closure"]))], 1))
        ts = [a.target(table=P.TARGETS_UK) for _ in range(r.randint(1, 2))]
        a.paras.append("Brokers were split. " + " ".join(ts))
        title = f"{co.name} shares {r.choice(['slide', 'rally', 'wobble'])} as investors digest the update"
    else:  # lay: a layoffs story
        a.paras.append(_sentences(a, [a.layoff("round")], 1))
        if r.random() < 0.5:
            a.paras.append(_sentences(a, [a.layoff("range")], 1))
        if r.random() < 0.6:
            a.paras.append(_sentences(a, [a.layoff("cumulative")], 1))
        if r.random() < 0.5:
            a.paras.append(_sentences(a, [a.event("closure")], 1))
        a.paras.append(_sentences(a, [a.price(kind="close")], 1))
        if r.random() < 0.5:
            a.paras.append(a.event("earnings_date"))
        title = f"{co.name} to cut jobs as it {r.choice(['restructures', 'slims down', 'reshapes its business'])}"
    _pad(a, size)
    return title, tails


# --------------------------------------------------------------------------- writing one article in its format


def _header_date(a: Art) -> str:
    """The dateline of a txt/md article, in the outlet's style."""
    t, d = a.published, a.day
    wd, month = WEEKDAYS[d.weekday()], P.MONTHS[d.month - 1]
    if a.style == "wire":
        abbr = P.MONTHS_ABBR[d.month - 1]
        return f"{abbr} {d.day}, {d.year} {_clock(t, 'ampm')} ET" if a.rng.random() < 0.5 else (
            f"{month[:3]} {d.day}, {d.year} {_clock(t, 'ampm')} EST")  # fmt: skip
    if a.style == "ratings":
        return f"Written by {a.outlet} | {wd}, {month} {ordinal(d.day)}, {d.year}"
    if a.style == "movers":
        return f"{wd}, {month} {d.day}, {d.year}, {_clock(t, 'apm')} ET"
    if a.style == "uk":
        return f"{wd} {d.day} {month[:3]} {d.year} {_clock(t, '24')} GMT"
    if a.style == "dpa":
        return f"{d:%d.%m.%Y} | {_clock(t, '24')} | {a.outlet}"
    if a.style == "lay":
        return f"Published {month} {d.day}, {d.year}"
    return f"{month} {d.day}, {d.year}"


def render_txt(a: Art, title: str, tails: list[str]) -> str:
    co = a.co
    if a.style == "boerse":  # timestamp glued to the first paragraph, single newlines
        stamp = a.published.strftime("%d.%m.%Y - %H:%M:%S")
        return "\n".join([title, stamp + a.paras[0], *a.paras[1:], *tails]) + "\n"
    if a.style == "release":
        abbr = P.MONTHS_ABBR[a.day.month - 1]
        city = a.rng.choice(P.CITIES).title()
        first = f"{city}, {abbr} {a.day.day}, {a.day.year} /{a.outlet}/ -- {a.paras[0]}"
        return "\n\n".join([title, first, *a.paras[1:], *tails]) + "\n"
    head = [title]
    if a.style == "uk":
        head = [a.rng.choice(P.SECTIONS), title, f"By {a.person()}, Markets Reporter\n{_header_date(a)}"]
    elif a.style == "wire":
        head = [title, f"By {a.person()}\n{_header_date(a)}"]
        city = a.rng.choice(P.CITIES)
        a.paras[0] = f"{city}, {P.MONTHS[a.day.month - 1]} {a.day.day} ({a.outlet}) - {a.paras[0]}"
    elif a.style == "dpa":
        head = [title, _header_date(a), f"{co.name} | ISIN: {co.isin} | Symbol: {co.ticker}"]
    elif a.style == "lay":
        return "\n\n".join([title, *a.paras, *tails, _header_date(a)]) + "\n"
    else:
        head.append(_header_date(a))
    return "\n\n".join([*head, *a.paras, *tails]) + "\n"


def render_md(a: Art, title: str, tails: list[str]) -> str:
    d = a.day
    meta = f"*Posted {P.MONTHS[d.month - 1]} {d.day}, {d.year} by {a.person()} · {a.outlet} · 6 min read*"
    ref = f" ({a.co.exchange}: **{a.co.ticker}**)"
    first = re.sub(rf"{re.escape(a.co.name)}(?!['’])", lambda m: m.group() + ref, a.paras[0], count=1)
    return "\n\n".join([f"# {title}", meta, first, *a.paras[1:], "---", *tails]) + "\n"


def render_html(a: Art, title: str, tails: list[str]) -> str:
    iso = a.published.isoformat()
    e = html.escape
    paras = []
    for k, p in enumerate(a.paras):
        tag = "h2" if len(p) < 60 and not p.endswith(".") else "p"
        paras.append(f"      <{tag}>{e(p)}</{tag}>")
        if k == 1:
            paras.append('      <aside class="ad-slot"><p class="ad-label">Advertisement</p>'
                         "<p>This $2 stock could rise 300% before summer. Our top analyst names it free - join "
                         "90,000 readers today.</p></aside>")  # fmt: skip
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(title)} | {e(a.outlet)}</title>
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{iso}">
  <link rel="canonical" href="https://www.example.com/markets/{a.day:%Y/%m/%d}/{slug}">
  <script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({{"pageType": "article"}});</script>
</head>
<body>
  <header class="site-header"><a class="logo" href="/">{e(a.outlet)}</a>
    <nav><a href="/markets">Markets</a> | <a href="/tech">Tech</a> | <a href="/subscribe">Subscribe</a></nav>
  </header>
  <main>
    <article class="story">
      <h1>{e(title)}</h1>
      <p class="byline">By <span class="author">{e(a.person())}</span> &middot; <time datetime="{iso}">{e(_header_date(a))}</time></p>
{chr(10).join(paras)}
    </article>
    <section class="newsletter"><p>Sign up for our free morning newsletter to get the day's market news.</p></section>
  </main>
  <footer class="site-footer"><p>&copy; {a.day.year} {e(a.outlet)}. All rights reserved. Quotes delayed at least 15 minutes.</p></footer>
</body>
</html>
"""  # noqa: E501


def render_jsonl_obj(a: Art, title: str, tails: list[str]) -> dict:
    return {"id": a.aid, "title": title, "published": a.published.isoformat() + "Z", "source": a.outlet,
            "url": f"https://wire.example.com/{a.aid}", "text": "\n\n".join(a.paras)}  # fmt: skip


# --------------------------------------------------------------------------- the corpus


def _weighted(rng: random.Random, table: dict[str, int]) -> str:
    return rng.choices(list(table), weights=list(table.values()))[0]


@dataclass
class Generated:
    index: int
    fmt: str
    path: str  # relative to DIR/articles
    text: str  # file text (for jsonl: one line)
    gold: dict[str, list[dict]]
    article: dict


_POOL_CACHE: dict[int, tuple[list[Co], dict[str, list[Co]]]] = {}


def _pools(companies: list[Co]) -> dict[str, list[Co]]:
    """The companies by region (computed once per company list)."""
    hit = _POOL_CACHE.get(id(companies))
    if hit is None or hit[0] is not companies:
        by: dict[str, list[Co]] = {}
        for c in companies:
            by.setdefault(c.region, []).append(c)
        hit = _POOL_CACHE[id(companies)] = (companies, by)
    return hit[1]


def generate(i: int, seed: int, companies: list[Co]) -> Generated:
    """Article ``i`` of the corpus with seed ``seed``: a pure function of (seed, i)."""
    rng = random.Random(seed * 1_000_003 + i)
    fmt = _weighted(rng, FORMATS)
    allowed = FORMAT_STYLES[fmt]
    style = _weighted(rng, {s: w for s, w in STYLES.items() if s in allowed})
    regional = {"dpa": ("eu",), "uk": ("uk",), "boerse": ("us", "eu")}.get(style, ("us", "us", "us", "eu", "uk"))
    region = rng.choice(regional)
    pool = _pools(companies).get(region) or companies
    co = rng.choice(pool)
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(N_DAYS))
    if style != "blog":
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
    hour = 16 + rng.randrange(3) if style == "movers" else rng.randint(6, 18)
    published = dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))
    outlet_key = fmt if fmt in ("html", "jsonl") else style if style in P.OUTLETS else "wire"
    outlet = rng.choice(P.OUTLETS[outlet_key])
    slug = re.sub(r"[^a-z0-9]+", "_", co.name.lower()).strip("_")[:24]
    folder = f"{i // FILES_PER_FOLDER:03d}"
    if fmt == "jsonl":
        aid = f"{re.sub(r'[^a-z]+', '', outlet.lower())[:6]}-{day:%Y%m%d}-{i:06d}"
        path = f"{folder}/feed_{i // JSONL_BLOCK:05d}.jsonl"
    else:
        aid = f"{i:06d}_{style}_{slug}"
        path = f"{folder}/{aid}.{fmt}"
    a = Art(rng, aid, co, published, style, fmt, pool, outlet=outlet)
    title, tails = story(a)
    if fmt == "txt":
        text = render_txt(a, title, tails)
    elif fmt == "md":
        text = render_md(a, title, tails)
    elif fmt == "html":
        text = render_html(a, title, tails)
    else:
        text = json.dumps(render_jsonl_obj(a, title, tails), ensure_ascii=False) + "\n"
    art = {"article_id": aid, "published": published.isoformat(), "company": co.name, "ticker": co.ticker}
    return Generated(i, fmt, path, text, a.gold, art)


def iter_corpus(n: int, seed: int = 0) -> Iterator[Generated]:
    companies = load_companies()
    for i in range(n):
        yield generate(i, seed, companies)


def write_corpus(n: int, out: Path, seed: int = 0) -> dict:
    """Write the corpus, its gold and its manifest; returns the manifest plus ``seconds`` taken."""
    art_dir = out / "articles"
    if art_dir.exists():
        shutil.rmtree(art_dir)
    art_dir.mkdir(parents=True)
    t0 = time.perf_counter()
    counts: Counter = Counter()
    tables = ("prices", "targets", "layoffs", "events")
    n_bytes = files = 0
    open_jsonl: tuple[str, object] | None = None
    gold_path = out / "expected_gold.json"
    with gold_path.open("w", encoding="utf-8") as gf:
        parts: dict[str, list[str]] = {t: [] for t in ("articles", *tables)}
        made: set[str] = set()
        for g in iter_corpus(n, seed):
            counts[g.fmt] += 1
            data = g.text.encode("utf-8")
            n_bytes += len(data)
            target = art_dir / g.path
            if target.parent.name not in made:
                target.parent.mkdir(exist_ok=True)
                made.add(target.parent.name)
            if g.fmt == "jsonl":
                if open_jsonl is None or open_jsonl[0] != g.path:
                    if open_jsonl is not None:
                        open_jsonl[1].close()  # type: ignore[attr-defined]
                    open_jsonl = (g.path, target.open("ab"))
                    files += 1
                open_jsonl[1].write(data)  # type: ignore[attr-defined]
            else:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
                os.write(fd, data)
                os.close(fd)
                files += 1
            parts["articles"].append(json.dumps(g.article, ensure_ascii=False))
            for t in tables:
                counts[t] += len(g.gold[t])
                parts[t].extend(json.dumps(r, ensure_ascii=False) for r in g.gold[t])
        if open_jsonl is not None:
            open_jsonl[1].close()  # type: ignore[attr-defined]
        gf.write('{"corpus": ' + json.dumps(f"generated-n{n}-seed{seed}"))
        for key, rows in parts.items():
            gf.write(f',\n"{key}": [\n' + ",\n".join(rows) + "\n]")
        gf.write("}\n")
    manifest = {
        "n": n, "seed": seed, "bytes": n_bytes,
        "formats": {k: counts[k] for k in FORMATS},
        "records": {t: counts[t] for t in tables},
        "files": files,
    }  # fmt: skip
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return {**manifest, "seconds": time.perf_counter() - t0}  # the timing is not written: the files stay identical


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("--out", required=True, type=Path, help="output folder (articles/, expected_gold.json)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    m = write_corpus(args.n, args.out, args.seed)
    secs = m["seconds"]
    rate = args.n / secs if secs else float("inf")
    print(f"{args.n} articles, {m['bytes'] / 1e6:.1f} MB, {secs:.2f} s ({rate:,.0f} articles/s) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
