"""A store built from ratings digests: each lists the day's action, then firms' earlier actions with their dates.

The same action repeated by several digests (and sites) is one claim with several sources; an April target
repeated in an August digest never wins over the firm's real August target; the consensus is the latest action per
firm. Every article is written for this test (a fictional company, fictional firms).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from data_layer.service import load_view

_HEAD = "---\nsource: {site}\ndate: {date}\n---\n# {title}\n\n"

DIGESTS = {
    "crvf_a": (
        "Ledger Wire",
        "2024-04-29",
        "Corvell Foods (NYSE:CRVF) Price Target Cut to $40.00",
        "Corvell Foods (NYSE:CRVF) had its price target cut by Harlow Securities from $44.00 to $40.00 in a report on "
        'Friday, April 26th. The brokerage currently has a "neutral" rating on the stock.\n\n'
        "Several other analysts have also commented on CRVF. Fenwick Partners raised their price objective on "
        'Corvell Foods from $30.00 to $36.00 and gave the company a "buy" rating in a report on Monday, April 15th. '
        'Quillon Research reissued an "outperform" rating and a $50.00 price target on shares of Corvell Foods in a '
        "research note on Tuesday, April 23rd. Four analysts have rated the stock with a hold rating and two have "
        'given a buy rating. Corvell Foods has an average rating of "Hold" and a consensus price target of $41.50.',
    ),
    "crvf_b": (
        "Market Tickers Daily",
        "2024-05-10",
        "Corvell Foods (NYSE:CRVF) Given New $39.00 Price Target",
        "Corvell Foods (NYSE:CRVF) had its price target raised by Fenwick Partners from $36.00 to $39.00 in a "
        'research note on Thursday. The firm presently has a "buy" rating on the stock.\n\n'
        "Other research firms have also weighed in. Harlow Securities lowered their target price on Corvell Foods "
        'from $44.00 to $40.00 and set a "neutral" rating in a report on Friday, April 26th. Quillon Research '
        'reissued an "outperform" rating and a $50.00 price target on shares of Corvell Foods in a research note on '
        'Tuesday, April 23rd. Corvell Foods has an average rating of "Moderate Buy" and a consensus price target '
        "of $43.00.",
    ),
    "crvf_c": (
        "Equity Briefs",
        "2024-08-14",
        "Corvell Foods (NYSE:CRVF) Price Target Raised to $45.00",
        "Corvell Foods (NYSE:CRVF) had its price target raised by Harlow Securities from $38.00 to $45.00 in a note "
        'issued to investors on Tuesday. The brokerage now has a "buy" rating on the shares.\n\n'
        "A number of other analysts have also issued reports on CRVF. Fenwick Partners raised their price objective "
        'on Corvell Foods from $36.00 to $39.00 and gave the company a "buy" rating in a report on Thursday, May '
        "9th. Marlow Capital started coverage on Corvell Foods in a research note on Monday, July 1st. They set an "
        '"underweight" rating and a $28.00 price target. Five analysts have rated the stock with a hold rating and '
        "three have given a buy rating.",
    ),
    # published the same day as crvf_c, but only repeating Harlow's April note: history, not a conflict
    "crvf_d": (
        "Stock Observer Online",
        "2024-08-14",
        "Corvell Foods (NYSE:CRVF) Shares Gap Up",
        "Shares of Corvell Foods (NYSE:CRVF) gapped up before the market opened on Wednesday.\n\n"
        "Wall Street analysts have weighed in on the stock. Harlow Securities lowered their target price on Corvell "
        'Foods from $44.00 to $40.00 and set a "neutral" rating in a report on Friday, April 26th. Quillon Research '
        'reissued an "outperform" rating and a $50.00 price target on shares of Corvell Foods in a research note on '
        'Tuesday, April 23rd. Corvell Foods has an average rating of "Hold" and an average target price of $42.00.',
    ),
    # a day later, the April target again without its date: the same April action, not a newer one
    "crvf_e": (
        "Daily Markets Note",
        "2024-08-15",
        "Corvell Foods (NYSE:CRVF) Trading Down 1.2%",
        "Corvell Foods (NYSE:CRVF) traded down 1.2% during mid-day trading on Thursday.\n\n"
        'Harlow Securities has a "neutral" rating and a $40.00 price objective on the stock.',
    ),
}


@pytest.fixture
def digests(store):
    for aid, (site, date, title, body) in DIGESTS.items():
        store.ingest_upload(f"{aid}.md", (_HEAD.format(site=site, date=date, title=title) + body).encode())
    return store


def test_latest_action_per_firm_and_consensus(digests):
    v = load_view(digests, "Corvell Foods")
    latest = v.latest_targets.set_index("firm_key")
    assert sorted(latest.index) == ["fenwick", "harlow", "marlow", "quillon"]
    got = {k: (latest.loc[k, "target"], latest.loc[k, "date"].date().isoformat()) for k in latest.index}
    assert got == {
        "harlow": (45.0, "2024-08-13"),  # not the April $40 repeated by an August digest
        "fenwick": (39.0, "2024-05-09"),
        "quillon": (50.0, "2024-04-23"),
        "marlow": (28.0, "2024-07-01"),
    }
    assert set(latest["date_basis"]) == {"stated"}
    assert latest.loc["quillon", "n_sources"] == 3  # one action, three digests
    c = v.target_consensus
    assert (c["low"], c["median"], c["high"], c["n_firms"]) == (28.0, 42.0, 50.0, 4)
    assert (c["first_action"], c["last_action"]) == (dt.date(2024, 4, 23), dt.date(2024, 8, 13))
    assert c["basis"] == "latest action per firm"


def test_a_stated_previous_target_that_differs_from_the_last_seen_is_kept_with_the_gap(digests):
    harlow = load_view(digests, "Corvell Foods").latest_targets.set_index("firm_key").loc["harlow"]
    assert harlow["previous_target"] == 38.0  # as Harlow's August note states it
    assert harlow["last_seen_target"] == 40.0 and harlow["last_seen_date"] == pd.Timestamp("2024-04-26")
    assert bool(harlow["previous_gap"])
    fenwick = load_view(digests, "Corvell Foods").latest_targets.set_index("firm_key").loc["fenwick"]
    assert fenwick["previous_target"] == 36.0 and not bool(fenwick["previous_gap"])


def test_repeated_actions_are_one_claim_with_several_sources_and_no_conflict(digests):
    v = load_view(digests, "Corvell Foods")
    claims = v.target_claims.assign(fk=v.target_claims["firm"].str.split().str[0])
    harlow_40 = claims[(claims["fk"] == "Harlow") & (claims["target"] == 40.0)]
    assert len(harlow_40) == 1 and harlow_40["n_sources"].iloc[0] == 4
    assert pd.Timestamp(harlow_40["date"].iloc[0]) == pd.Timestamp("2024-04-26")
    assert not claims["conflict"].any()
    assert not any(c["kind"] == "target" for c in v.conflicts.to_dict("records")) if len(v.conflicts) else True


def test_digest_tallies_and_consensus_lines_are_no_firm(digests):
    v = load_view(digests, "Corvell Foods")
    firms = set(v.targets["firm"])
    assert not any(f.split()[0].lower() in {"four", "five", "two", "three", "corvell"} for f in firms)
    assert 41.5 not in set(v.targets["target"]) and 42.0 not in set(v.targets["target"])


def test_the_seed_targets_stay(seeded_store):
    latest = load_view(seeded_store, "Amazon").latest_targets.set_index("firm_key")
    assert {k: latest.loc[k, "target"] for k in ("rbc", "jpmorgan", "roth")} == {
        "rbc": 300.0,
        "jpmorgan": 305.0,
        "roth": 295.0,
    }
