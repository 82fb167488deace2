"""Named rule data for the price and analyst-rating extractors (words, not code).

Patterns are plain strings here; :mod:`prices` and :mod:`targets` compile them once.
"""

from __future__ import annotations

from .._dates_rules import CALENDAR_WORDS

# --------------------------------------------------------------------------- share prices

# Words that make a sentence about a share price at all (cheap gate, case-insensitive).
SHARE_CUES = (  # one leading \b: the engine rejects most positions before trying the alternatives
    r"\b(?:(?<!per )(?<!a )shares?\b|stocks?\b|clos(?:ed|ing|e)\b|opened\b|trad(?:ed|ing|es)\b|intra-?day\b"
    r"|pre-?market\b|after[- ]?hours\b|session\b|share price\b|price per share\b|settl(?:ed|ing)\b|scrip\b|quoted\b"
    r"|quoting\s+at\b"
    r"|current\s+(?:share\s+|stock\s+)?price\s+(?:of|is|was)\b"  # "its current price of 1,461p", "is $71.84"
    r"|(?-i:Price)(?=\s*(?:[$€£¥₹]|[A-Z]{1,3}\$))"  # a research digest's line: "Buy Price $142.91 on Dec. 22"
    r"|(?:ended|finished)\s+the\s+(?:day|week)\b"  # "GCI ended the day at $9.81, up 65 cents"
    # "Trent hit a 52-week high of Rs 6,436": a company reaching a high or low is its share price; "reached during the
    # day a historic record of 22.5 euros"
    r"|(?:hit|touched|reached|scaled|struck)\s+(?:during\s+the\s+(?:day|session)\s+)?(?:a|an|its|their|the)\s+"
    r"(?:fresh\s+|new\s+|historic\s+)?(?:(?:52-week|record|all-time|lifetime|intra-?day|one-year|multi-year)\s+"
    r"(?:high|low)|record)\s+of\b"
    # an Indian report's word for the stock: "Last seen, the counter held firmly in green at Rs 132.65"
    r"|(?<=the\s)counter\b(?!\s+to\b)(?<!over-the-counter))"
)

# Cheap substring pre-check (lowercased text) before SHARE_CUES.
SHARE_CUE_WORDS = (
    "share", "stock", "clos", "open", "trad", "intraday", "intra-day", "market", "session", "settl", "scrip",
    "quoted", "quoting", "high of", "low of", "record of", "ended the", "finished the", "current", "price $", "price €",
    "price £", "counter",
)  # fmt: skip

# The words right before a share price: "closed at", "rose to", "close of", "as low as", "DATE: NOK 212.40".
PRICE_LINK = (
    # ("fell by as much as 25 cents to $1.05": the change, not a price)
    # ("rose 50 percent to reach C$0.66")
    r"(?:\b(?:at|to|of|near|around|about|hit|hits|hitting|striking|touched|touches|touching|reached|reaches|reaching|"
    r"reach|was|were|is|are|"
    r"(?<!much\s)as|"
    r"stood at|stands at|standing at|sat at|quoted|quoting|"
    r"(?:end(?:ed|ing)|finish(?:ed|ing))\s+the\s+(?:day|session|week)"
    # "to close the week on $78.75", "to close Friday on $0.10"
    r"|(?:clos(?:e|ed|ing)|end(?:ed|ing)?|finish(?:ed|ing)?)\s+(?:the\s+(?:day|week|session)\s+|[A-Z][a-z]+day\s+)?on)|[:=]"
    # a research digest's line: "Buy Price $142.91 on Dec. 22"
    r"|(?<![\w-])(?-i:Price)"
    # a second move with its "to" left out: "up 1.0 per cent to $29.16 and 0.7 per cent $76.62"
    r"|(?<=\d)\s*(?:per\s*cent|percent|%))\s*"
    # ("ending the day just below €5.87")
    r"(?:(?:about|around|roughly|approximately|nearly|almost|just|some|over|under|below|above|a|an|the|currently|now|"
    r"just\s+(?:below|above|under|over|shy\s+of))\s+)?"
    # "closed at a record $376.85", "rose to an unprecedented 43 shillings"
    r"(?:(?:record|new\s+record|fresh\s+record|unprecedented|historic|lifetime)\s+)?$"
)

# After a target/value phrase, only these words bring the text back to a share price.
PRICE_RESET = (
    r"(?<!average )(?<!mean )(?<!VWAP )\bclos(?:ed|ing|e)\b|\bopened\b|\btrad(?:ed|ing)\b|\bsession\b"
    r"|(?<!target )\bshare price\b|\bstock price\b"
    r"|\bprice per share\b(?=[^.;]{0,40}\b(?:stands?|stood|was|is|reached)\b)"
    r"|\bintra-?day\b"
    # "... after retaining its earnings guidance and Collins Foods rose 6.6 per cent to $10.36": another company's move
    # ("defied the rates outlook as property portal Brindle lifted 11p to 565.4p": a described one)
    r"|\b(?:and|while|but|whereas|as)\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,3}"
    r"\s+(?:rose|fell|jumped|slid"
    r"|dropped|gained|lost|climbed|advanced|declined|tumbled|surged|soared|plunged|slumped|rallied|edged|added|sank"
    r"|slipped|eased|firmed|dipped|shed|lifted|was\s+up|was\s+down|were\s+up|were\s+down)\b"
    # "... oil demand could pick up helped Origin, up by 2.1 per cent to $8.84": a named stock's own move
    # (the article's own name is blanked out before the veto is read: two spaces before the comma)
    r"|(?:(?-i:[A-Z])[\w&'’.-]*|\s\s),\s+(?:up|down)\s+(?:by\s+)?\d"
    # "A2 Milk led the index, up 3.8 percent to $8": a share that moved the index
    r"|\bled\s+the\s+(?:\w+\s+)?(?:index|market|benchmark|gainers|decliners|losers|fallers|risers|gains|losses)\b"
    # "Halcyon Bank contributed 1.055 points to the key index, after rising six sen to RM6.18": its move, told by
    # what it gave the index
    r"|\b(?:contributed|added|took|shaved|wiped|knocked)\s+(?:about\s+|nearly\s+|over\s+)?\d[\d.,]*\s+points?\s+"
    r"(?:to|from|off)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:index|benchmark|gauge)\b"
    # ("had caused the stock of Houston Gas to soar $11.75 to $58.62"; the article's own name is blanked)
    r"|\b(?:shares|stock)\s+(?:\w+\s+|(?:of|in)\s+(?:(?-i:[A-Z])[\w&'’.-]*(?:\s+[\w&'’.-]+){0,3}?\s+)?(?:to\s+)?)?"
    r"(?:rose|fell|were|was|are|is|had|have|jumped|slid|dropped|gained|lost|climbed"
    r"|reached|hit|touched|traded|ended|finished|advanced|declined|tumbled|surged|soared|plunged|slumped|rallied|edged"
    r"|added|sank|slipped|eased|firmed|dipped|rise|fall|jump|climb|drop|gain|slide|slip|dip|surge|soar|tumble|plunge)\b"
    # "leading its shares 3.5% or 77.5p higher at 2,266.5p": a share move resets an earlier "profits of"
    r"|\b(?:shares|stock)\s+(?:(?:up|down)\s+)?\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)"
)
# Amounts that are not a share price when these words precede them (after the last share cue).
NOT_PRICE_LEFT = (
    # (a deal's "bid target" or "takeover target" is the company, not a price target)
    # ("Rival Target was down 3.5 percent at $76.20": the retailer, a name; "Target price" still vetoes)
    # ("Price Target Increased to GBX 155", "Citi Elevates HKEX (00388.HK) TP to $490": a headline's target)
    r"\b(?:(?<!bid\s)(?<!takeover\s)(?<!acquisition\s)(?-i:targets?|TARGETS?|Targets?(?=\s+[Pp]rices?\b)|"
    r"(?<=[Pp]rice\s)Targets?|TPs?\b)|ratings?|objective"
    r"|goal|fair value"
    # a trading call's stop: "Cut loss at RM8.05", "stop-loss at Rs 1,200"
    r"|cut\s+loss|stop[-\s]?loss"
    # a forecast: "thinks TSLA stock could be headed to $500"; a commodity's or currency's price
    # (not the day's movers: "Among the stocks heading north, Healthlinx gained 6.33 percent to $0.084")
    r"|(?:headed|heading)(?!\s+(?:north|south)\b)|barrels?|Brent|WTI|crude|ounces?"
    # the Street's high or low estimate: "The street high sits at C$14"
    r"|street\s+(?:high|low)"
    r"|valu(?:e|ed|es|ing|ation)|turnover|paid-up|share\s+capital"
    r"|market (?:cap|value)"
    r"|capitali[sz]ation|worth"
    r"|dividends?|payout|distribution|earnings|eps|profits?|revenues?|sales|income|ebitda|cash|debt|loans?|bonus"
    r"|fees?|salary|offer(?:ing)?|bid(?!\s+targets?\b)|buy-?back|repurchas\w*|average|moving|consensus|estimates?|forecasts?|projections?"
    # (a commodity, not "Gold miner Harmony shed 2.34% to R20.83": its producers are companies)
    r"|guidance|strike|barrel|ounce|(?:crude|oil|gold|silver|copper)(?!\s+(?:and\s+gas\s+)?(?:miners?|mining|producers?|compan\w+|stocks?"
    r"|shares|majors?|groups?|explorers?|firms?|refiners?|drillers?)\b)|bitcoin|brent|index|yields?|costs?|ipo|priced"
    r"|funding|deal|acquisition|premium|rent|wages?|budget|spend\w*|investment|stake|list price|retail price"
    r"|tickets?|subscription|reports?|savings|charges?|severance|fine|settlement|penalty|tax|sees?|expects?"
    # (an analyst's upside, not a wrap's "On the downside, X led the laggards, dropping 0.84% to")
    r"|predicts?|projects?|forecasts?|(?<!on\sthe\s)upside|(?<!on\sthe\s)downside|sold|bought|purchased|buying|purchasing|acquiring|transaction"
    r"|exercise|outlook|diluted|upgrade[sd]?|downgrade[sd]?|pricing"
    # a raising's terms: "one option for every two shares, exercisable at 10 cents", "placement at 5c"
    r"|exercisable|warrants?|options?|placements?|placing|units?|entitlement|subscri\w*|issue\s+price|flow-through"
    # "has raised £3.0 million from 3.00 billion shares at 0.1p each", "issuing 7.5 million shares at 5p each"
    r"|issu(?:ed|ing)|raised|raising|new\s+(?:[A-Z][\w-]*\s+)?shares"
    r"|anticipat\w*|consideration|receive[sd]?|proceeds|(?<!price\s)per (?:\w+ ){0,3}share|a share|exchange ratio"
    r"|range|pt"
    # an index's level: "closed 106.54 points lower at 6,049.62p" (a stock's "up 3.06% or 0.070 points to 2.360" stays)
    r"|(?<=\d\s)points?\s+(?:higher|lower))\b"
)
# "UBS raised it to $73 from $70": "it" is the earlier clause's target (or value), not the share.
PRONOUN_LINK = (
    r"\b(?:rais|lift|lower|cut|trim|boost|increas|reduc|mov|set|upp|hik|nudg|slash|bump)\w*\s+it\s+(?:to|at)\s*"
    r"(?:about\s+)?$"
)
# A change, not a price: "a 12.6% rise of 14.2p to 126.9p", "a gain of $26.25, or 6.2 percent".
CHANGE_AMOUNT_LEFT = (
    r"\b(?:rise|gain|fall|drop|decline|increase|decrease|loss|jump|advance|move|climb|slide|dip|surge|plunge)s?"
    r"\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+)?$"
)
# A close named after its amount is a price even where a veto word came first: "a premium over the $40.28 closing
# price of its shares on Friday" ... unless it is an average's or an offer's ("the 30-day average closing price").
NAMED_CLOSE_AFTER = (
    r"\s+(?:closing\s+(?:share\s+)?price|close)\s+(?:of|on|for)\b"
    # "jumped 20% from Friday's $4.89-per-share close.", "above its $12.10 close on Monday"
    r"|(?:[-\s](?:per|a)[-\s]share)?\s+close\b(?=\s*(?:[,.;)]|$)|\s+(?:on|and|yesterday|last|the\s+(?:day|session)))"
    # "up from the previous €166 closing price, implying"
    r"|\s+closing\s+(?:share\s+)?price\b(?=\s*(?:[,.;)]|$))"
    # "far lower than the $375.10 level at which Tesla's shares closed on Tuesday"
    r"|\s+(?:level|mark)\s+(?:at\s+)?(?:which|where)\s+(?:[\w'’]+\s+){0,3}?(?:shares|stock)\s+(?:had\s+)?"
    r"(?:closed|ended|finished|settled)\b"
)
# (in the price's own clause: "set a price target of €220, up from the previous €166 closing price" is a close)
NOT_NAMED_CLOSE_BEFORE = r"\b(?:average|mean|moving|target|offer|index|VWAP|volume-weighted)\b[^.;,]*$"
# The day a comparison reaches back to is not the price's day: "the biggest increase since June 4", "its highest
# since Dec. 21, 2006", "its quarter, which ended May 4".
COMPARISON_DAY_BEFORE = (
    r"\b(?:since|until|till|(?:quarter|period|year|half|months?|weeks?),?\s+(?:which\s+|that\s+)?"
    r"(?:ended|ending|ends)"
    # "although it remains over 10 per cent lower than a week ago"
    r"|(?:higher|lower|more|less|above|below|better|worse|up|down)\s+than)\s+$"
)
# A currency as the subject of the sentence: an exchange rate, not a share price ("The dollar traded at 142.98 yen").
FX_SUBJECT = (
    # a briefing's currency line: "GBP: up at USD1.3480 (USD1.3475 at previous London equities close)"
    r"^\W*(?:GBP|EUR|USD|JPY|CHF|AUD|CAD|NZD|CNY|INR|SEK|NOK|DKK|HKD|SGD)\s*:\s*(?:up|down|flat|higher|lower|steady|"
    r"unchanged)\b|"
    # (after a lead-in: "On currency markets, the dollar ticked up to 119.45 yen")
    r"^\W*(?:(?:on|in|elsewhere\s+in|meanwhile\s+(?:on|in))\s+(?:the\s+)?(?:currency|foreign\s+exchange|forex|fx|"
    r"commodit(?:y|ies))\s+(?:markets?|trading|front)\s*,\s*"
    # ("At the opening, a barrel of Brent was trading higher, up to $84")
    r"|(?:at|by)\s+the\s+(?:opening|open|close|closing)\s*,\s*)?"
    r"(?:(?:the\s+)?(?:U\.?S\.?\s+|American\s+|single\s+)?(?:dollar|euro|yen|pound|sterling|rupee|yuan|franc|rand|won|"
    r"ringgit|greenback|loonie|Brent|WTI|West\s+Texas\s+Intermediate|(?:U\.?S\.?\s+)?crude|oil|gold|silver|copper|bitcoin"
    # "The local currency closed at 1,120.40 won against the US greenback"
    r"|local\s+(?:currency|unit))"
    # "A barrel of West Texas Intermediate is trading at $52.68": a commodity
    r"|(?:a|an|one)\s+(?:barrel|ounce|troy\s+ounce|tonne|ton|bushel)\s+of)"
    r"(?:\s+[\w-]+){0,3}?\s+(?:stood|traded|trades|was|is|fetched|bought|rose|fell|dropped|climbed|slipped|"
    r"edged|firmed|weakened|strengthened|eased|gained|lost|hit|touched|dipped|changed|jumped|slid|sank|rallied|inched|"
    r"crept|ticked|hovered|held|steadied|recovered|retreated|advanced|declined|plunged|surged|tumbled|soared|"
    # ("Bitcoin continued its slide yet again in Tuesday's premarket, down slightly at $27,388")
    r"bounced|settled|cost|costs|closed|ended|finished|opened|made|continued|extended|resumed|remained|stayed)\b"
)
# An exchange rate told by its counter-currency: "rising by 0.34 per cent against the dollar to $1.398".
FX_AGAINST = (
    r"\b(?:against|versus|vs\.?)\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:dollar|euro|pound|yen|greenback|sterling|yuan)\b"
    # a currency's own move in the clause: "while the euro rose slightly, to $1.71"
    r"|\b(?:the|China['’]s)\s+(?:(?:onshore|offshore|Canadian|Australian|U\.?S\.?)\s+)?(?:euro|pound|sterling|yen|yuan|rupee|franc|"
    r"rand|loonie|Aussie|greenback|dollar|local\s+currency)\s+(?:rose|fell|gained|slipped|climbed|dropped|edged|firmed|"
    r"eased|weakened|strengthened|traded|stood|was|closed|plummeted|plunged|jumped|managed)\b(?:\s+\w+){0,4},?\s+"
    r"(?:to|at)\s*(?:a\s+session\s+(?:high|low)\s+of\s*)?$"
)
# "closed at $218.16 per share" is still a share price.
PER_SHARE_OK = (
    r"(?:clos\w*|open\w*|trad\w*|ended|finished|settled|settle|rose|fell|gained|climbed|jumped|dropped|slid|declined|"
    r"advanced|surged|slipped|sank|tumbled|plunged|firmed|eased|edged|added|lost|shed|rallied|increased|decreased|"
    r"up|down|higher|lower|end|pulled|retreated|recovered|rebounded|bounced|dipped|shed|"
    r"plummeted|skidded|tanked|dived|dove|sagged|slumped|rocketed|spiked|leapt|leaped|zoomed|popped|"
    # an Indian price limit: "stuck in the upper circuit of 10% to Rs 129.70 per share"
    r"circuit|"
    # an infinitive's move: "had caused the stock to soar $11.75 to $58.62 a share"
    # a price the stock "is currently at"
    r"currently|now|unchanged|steady|flat|peaked|"
    r"soar|soared|rise|fall|jump|climb|drop|slide|sink|tumble|plunge|surge|gain|dip)\s+(?:[\w.,%$€£¥₹-]+\s+){0,10}?"
    # ("to trade at a price of 143.98 pesos per unit")
    r"(?:at|to|price\s+of|(?:high|low|peak)\s+of|reach(?:ing|ed)?|hit(?:ting)?)\s*(?:a\s+)?(?:(?:new\s+)?record\s+)?"
    r"(?:(?:nearly|about|around|almost|roughly|some|just\s+(?:over|under|below|above))\s+)?$"
    # the share price as the subject: "Kavya's share price hit Rs 53.7 per share during intraday"
    r"|\b(?:share\s+price|stock\s+price|shares|stock)\s+(?:hit|touched|reached|hitting|touching|reaching)\s+$"
)
NOT_PRICE_RIGHT = (
    # ("$68.14 each after closing at ..." is a share price: "each" alone is per share)
    r"\s*(?:(?:a|an|per)\s+(?!day\b|session\b)[a-z]+|each\s+(?:year|month|week|quarter|time|barrel|ounce|tonne)\b|/|"
    r"price target|target|(?:price )?objective|fair value"
    # a move's size: "dropping 22 cents of the 66 cent gain achieved on Friday"
    r"|(?:gain|rise|jump|fall|drop|loss|decline|increase|move|rally|slide)s?\b"
    # "compared to $4.69 before it announced its results": an earlier, undated price
    r"|,?\s*(?:before|prior\s+to)\s+(?:it|the\s+company|they|the\s+group)\s+(?:announced|reported|released|unveiled)\b"
    # an offer's price: "a share price of 1,300 yen, which is a premium of 45%"
    r"|,?\s*(?:which\s+(?:is|was|represents)\s+|representing\s+)?an?\s+(?:\d[\d.]*\s*(?:%|per\s*cent|percent)\s+)?"
    r"(?:premium|discount)\b"
    # an earlier time of the month or year: "trading at over $139 earlier in the month"
    r"|(?:earlier|late|early)\s+(?:in\s+the|this)\s+(?:month|year)\b|(?:last|this)\s+(?:month|year)\b"
    # a past period's price: "a three-year low of 14 euros in the first half of 2019", "a peak of $90 in March 2021"
    r"|in\s+(?:the\s+(?:first|second)\s+half\s+of\s+|(?:early|late|mid-?)\s*|(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b"
    r"|in (?:revenue|sales|cash|funding|dividends?|savings)|(?:annual(?:i[sz]ed)?|quarterly|final|interim|special)?\s*"
    r"dividend|earnings|worth|value|bonus|fee|off\b|(?:in )?cash\b|plus\b|(?:and|plus) [\d.]+ (?:\w+ )?shares?\b"
    # a level, not a trade: "almost touching the $98 mark"; a change told after its amount: "at $0.37 down from the
    # previous close"
    r"|(?:mark|level|threshold|barrier)\b|(?:down|up|lower|higher)\s+from\s+(?:the|its|their)\s+(?:previous|prior|"
    r"last)\b|(?:down|up)\b(?=\s*[,;]|\s+(?:which|or)\b)"
    # a face value: "divided into 15,598,176 shares of ₹2 each, the company said"
    r"|each\b(?=\s*[,;.]|\s*$))"
)

# Kind cues (case-insensitive); the cue nearest to the price wins.
CLOSE_CUES = (
    r"\bclos(?:ed|ing|e)\b|\bsettled\b|\bfinished\b|\bended (?:(?:the (?:(?:trading|regular) )?(?:day|session|week)|"
    r"(?:the day['’]s )?trading|(?:on )?"
    r"(?:Mon|Tues|Wednes|Thurs|Fri)day(?:[’']s session)?) )?(?:at|up|down|higher|lower)\b"
    # "the shares surged 3.74 per cent to end at Rs 200.95"
    r"|\bto end (?:the (?:day|session) )?at\b"
    # "reaching a low of $9.745 while ending the day at $10.11"
    r"|\bending the (?:(?:trading|regular) )?(?:day|session) at\b"
)
INTRADAY_CUES = (
    r"\bintra-?day\b|\bpre-?market\b|\bafter[- ]?hours\b|\bextended (?:electronic )?trading\b|\bearly trading\b"
    r"|\bmorning\b|\bmidday\b|\b(?:at|after)\s+the\s+(?:start|opening)\s+of\s+trading\b|\bas\s+much\s+as\b"
    r"|\bafternoon\b|\b(?:in|during) (?:(?:early|morning|mid-?morning|midday|mid-?day|lunchtime|afternoon|late|"
    r"pre-?market|after[- ]?hours|extended|overnight|intra-?day|mid-?session) )+trading\b"
    r"|\b(?:were|was|is|are|now) (?:trading|quoting)\b"
    r"|\btrading (?:at|up|down|higher|lower|as)\b|\bopen(?:ed|ing)\b|\bsession (?:low|high)\b|\bas (?:low|high) as\b"
    r"|\bduring the (?:session|day)\b"
    # ("hit" but not "earthquake-hit" nor "hit-and-run")
    r"|\bby \d{1,2}[:.]\d{2}\b(?!\s*(?:%|per\s?cent|percent|pc\b|pct\b))|\btouched\b|(?<![\w-])hit(?![\w-])"
    r"|\bat one point\b|\bfirst hour\b"
    r"|\d{1,2}[:.]\d{2}\s*[ap]\.?m\b"
    r"|\b(?:were|was|is|are) last\b|\blast (?:up|down|traded|trading|quoted)\b|\bchanging hands\b|\btime of writing\b"
)
# Cues that a price is from the publication day itself.
TODAY_CUES = (
    r"\btoday\b|\bthis morning\b|\bthis afternoon\b"
    r"|\b(?:early|morning|midday|afternoon|late|pre-?market|after[- ]?hours) trading\b"
    # ("by 10.30", not "surged by 7.02 per cent")
    r"|\bpre-?market\b|\bby \d{1,2}[:.]\d{2}\b(?!\s*(?:%|per\s?cent|percent|pc\b|pct\b))"
    r"|\b(?:at|as of) \d{1,2}[:.]\d{2}\b|\bintra-?day\b"
    r"|\bcurrently\b|\b(?:are|is|were|was|now) trading\b|\bmidday\b|\bso far\b|\b(?:were|was|is|are) last\b"
    r"|\bchanging hands\b|\btime of writing\b"
)
# "has a 52-week high of $X" is a statistic, not a price on a day (unless it was "touched" or "hit").
RANGE_STAT = (
    r"\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty-two)[- ]"
    r"(?:week|month|year|decade)|all-time|multi-year|year|yearly|annual|record)"
    r"\s+(?:high|low)s?\s+(?:of\s+(?:this|the|its)\s+(?:share|stock)\s+)?(?:of|is|was|at)\s*$"
    # "The 52-week high and low of the stock on the BSE are Rs 184.60 and Rs 122.60"
    r"|\b(?:52|fifty-two)[- ]week\s+high\s+and\s+low\b[^.;]{0,50}?\b(?:are|were|is|was|at|of|stand\s+at)\s*$"
    # "have traded between a low of $56.47 and a high of $72.89": a range, not the day's price
    r"|\bbetween\s+(?:a\s+)?(?:low|high)\s+of\s*$|^\s*(?:and|to)\s+(?:a\s+)?(?:low|high)\s+of\s*$"
    # "The stock has ranged from $19.73 to $32.19 over the past year", "has ranged from a low of $58.21 to a high of"
    r"|\branged\s+(?:from\s+|between\s+)?(?:an?\s+(?:low|high)\s+of\s+)?$"
)
#: A price a writer expects, not one traded: "MGM stock should hit $37 to $39 in the next 12 months".
EXPECTED_PRICE = (
    # ("are likely to reach US$20")
    r"\b(?:(?:should|could|would|will|may|might)\s+(?:\w+\s+)?|(?:likely|expected|set|poised|forecast|tipped)\s+to\s+)"
    r"(?:hit|reach|rise\s+to|climb\s+to|trade\s+(?:at|to)|be\s+worth)\s*$"
)
#: A past peak named by its month: "following its May peak of $79.24" (never the day's price, whatever the verb).
MONTH_PEAK = (
    r"\b(?:its|it['’]s|their|the)\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:peak|high|low|top|trough)\s+of\s*$"
)
RANGE_EVENT = (
    r"\b(?:touch\w*|hit\w*|reach\w*|set|sets|setting|struck|strik\w*|notch\w*|mark\w*|as (?:high|low) as"
    r"|clos(?:ed|ing)|ended|finished|settled|opened|rose|climbed|jumped|soared|surged|rallied|fell|dropped|slid|sank"
    r"|tumbled|plunged|slumped|zoomed|spurted|gained|advanced|leapt|leaped|rocketed|spiked|shot\s+up|firmed"
    # "went into a power dive to a record low of $1.20", "crashed to an all-time low of"
    r"|dive|dived|dove|nosedived|crashed|collapsed|sagged|skidded|tanked)\b"
)
# A move or close right before "... record high of $X" makes the high a price on a day (searched this far back).
RANGE_EVENT_WINDOW = 50
# Words that end the clause a price belongs to (its date and kind are looked for before these).
CLAUSE_END = (
    r",|;|\s[-–—]\s|\b(?:after|since|when|as|because|which|who|that|said|says|while|whereas|but|following|before"
    r"|adding|giving|valuing|bringing|compared|versus|vs)\b(?!-)"
)

DOWN_WORDS = (
    "down", "fell", "falling", "falls", "fall", "lost", "losing", "loses", "dropped", "dropping", "drops", "declined",
    "declining", "declines", "slumped", "slumping", "slid", "sliding", "slides", "sank", "sinking", "sinks", "shed",
    "shedding", "tumbled", "tumbling", "plunged", "plunging", "plunges", "retreated", "retreating", "lower", "weaker",
    "decreased", "slipped", "slipping", "eased", "easing", "dipped", "dipping", "skidded", "tanked", "cratered",
    "decline", "drop", "loss", "decrease", "slump", "plunge", "dip", "off", "dived", "dove", "diving",
    "pulled back", "gave up", "gave back", "descended", "inched down", "ticked down", "slipped back", "reversed",
    "plummeted", "nosedived", "sagged", "collapsed", "crashed", "weakened", "docked", "let go of", "shaved",
    "surrendered", "erasing", "erased", "halved", "scraped off",
    # a headline's or a market report's present tense: "Amec Foster Wheeler slumps 18% to 480p"
    "slumps", "tumbles", "sheds", "dives", "slips", "eases", "dips", "retreats", "plummets", "tanks", "sags",
    "edges down", "edges lower",
)  # fmt: skip
UP_WORDS = (
    "up", "rose", "rising", "rises", "rise", "gained", "gaining", "gains", "gain", "climbed", "climbing", "climbs",
    "jumped", "jumping", "jumps", "jump", "surged", "surging", "surges", "surge", "soared", "soaring", "soars",
    "added", "adding", "rallied", "rallying", "advanced", "advancing", "higher", "stronger", "increased", "increase",
    "firmed", "hardened", "rebounded", "popped", "spiked", "edged up", "edging up", "edged higher", "edging higher",
    "zoomed", "spurted", "leapt", "leaped", "rocketed", "shot up", "put on", "ascended", "climbed up", "picked up",
    "perked up", "inched up", "ticked up", "crept up", "jumped up", "lifted", "went up", "going up", "vaulted",
    "skyrocketed", "catapulted", "bounced", "bounced back", "recovered", "strengthened", "hiked", "tacked on",
    "galloped", "charged ahead", "charged forward", "charged forwards", "charged higher", "powered ahead",
    "forged ahead", "flying", "flew", "doubled", "tripled", "more than doubled", "more than tripled",
    "rallies", "advances", "firms", "rebounds", "leaps", "rockets", "spikes", "pops", "adds", "edges up",
    "edges higher",
)  # fmt: skip
# A percentage followed by these is not the day's change ("2.6% below its peak", "up 15% from ...").
NOT_DAILY_AFTER = (
    r"\s*(?:below|above|from|off|since|over|than|this year|so far|year|in the past|in \d{4}|for the (?:year|week|month)"
    r"|on the (?:week|month|year)|week|month|ytd|year-to-date)\b"
)
CONTEXT = (
    r"\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+(?:below|above|off|from|short of)\s+(?:its|their|the|a)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:peak|high|low|record(?: high| low)?)"
)
# Pipe/Markdown tables of daily prices: header names of the date, price and change columns.
TABLE_DATE_HEADERS = r"^(?:(?:trading |market )?(?:day|date|session)s?|week ?day|as of|period|when)\b"
TABLE_CLOSE_HEADERS = r"\b(?:close|closing|last|price|share price|stock price|settle(?:ment)?)\b"
TABLE_NOT_CLOSE_HEADERS = r"\b(?:open(?:ing)?|high|low|target|change|chg|volume|vol|%|adj(?:usted)?|market cap|eps)\b"
TABLE_CHANGE_HEADERS = (
    r"^(?:(?:daily |day(?:'s)? |% ?|pct |percent(?:age)? )?(?:change|chg|move)|%|\+/-|(?:daily )?return)"
)
# A currency named in a header: "Close ($)", "Price (EUR)", "Close, p".

# Lead cues that the whole article reports on a trading session in progress ("biggest moves midday").
LEAD_INTRADAY = (
    r"\b(?:mid-?day|midday|pre-?market|premarket|after[- ]?hours|extended trading|intra-?day"
    r"|(?:early|morning|afternoon|late|lunchtime) trading)\b"
)
# A lead about the opening of a session ("Tokyo shares opened slightly higher on Monday", "in the first few minutes of
# trading"): a report on a session in progress, unless the lead also says how the market closed.
LEAD_OPEN = (
    r"\b(?:(?:shares|stocks|equities|markets?|index|indices|bourse|Nikkei|Sensex|Nifty|Topix)\s+open(?:s|ed)?\s+"
    r"(?:\w+\s+)?(?:higher|lower|up|down|flat|firm|firmer|weak|weaker|strong|stronger|mixed)"
    r"|first (?:few )?(?:minutes|hour) of trading|opening (?:trade|deals|minutes))\b"
)
# "Micron Technology — The memory chip stock rose 2.1%": an item of a list of movers names its company first.
ITEM_HEAD = r"^(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z0-9][\w&'’.-]*){0,4})\s+[—–-]\s+(?=[A-Z\"“])"
#: A list item's name and ticker standing alone before its move: "Harte Minerals Ltd. (TSXV:HMX). Up 1.5 cents ..."
ITEM_NAME_LINE = (
    r"^(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z0-9][\w&'’.-]*){0,4}?)(?:,?\s+(?:Inc|Ltd|Corp|Co|Plc|Limited))?\.?"
    r"\s*\((?:[A-Za-z]{2,8}\s*:\s*)?[A-Z0-9][A-Z0-9.-]{0,9}\)\.?$"
)
# Capitalised words that start a sentence but never name a company.
#: English function words (determiners, pronouns, prepositions, conjunctions, sentence adverbs): a capitalised
#: one at the start of a sentence ("Despite recent share price volatility") is never a company name.
FUNCTION_WORDS = (
    "The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "It", "They", "Some",
    "Other", "Both", "All", "Each", "Every", "Any", "Such", "In", "On", "At", "After", "Before", "Since", "Until",
    "During", "Despite", "Amid", "Among", "Against", "Following", "With", "Without", "Within", "From", "By", "For",
    "Of", "Over", "Under", "Above", "Below", "Through", "Across", "Toward", "Towards", "Behind", "Beyond", "Per",
    "As", "Like", "Unlike", "And", "But", "Or", "Nor", "Yet", "So", "Although", "Though", "While", "Whereas",
    "When", "Whenever", "Where", "If", "Unless", "Because", "Once", "Still", "Also", "However", "Meanwhile",
    "Elsewhere", "Overall", "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Instead", "Indeed", "Thus",
    "Then", "Now", "Today", "Yesterday", "Recently", "Earlier", "Later", "Even", "Only", "Just", "Why", "What",
    "How", "Who", "Which",
)  # fmt: skip

# Currency words written next to an amount ("Rs 16,970 crore jumped", "a target price set at Rs 4,098"): never a
# company nor a firm.
CURRENCY_WORDS = (
    "Rs", "Rs.", "Re", "Rupees", "INR", "USD", "EUR", "GBP", "JPY", "AUD", "CAD", "CHF", "HKD", "Yen", "Won", "Euro",
    "Euros", "Pence",
)  # fmt: skip

NOT_SUBJECTS = (
    *FUNCTION_WORDS,
    "Shares", "Share", "Stock", "Stocks", "Analysts", "Investors", "Traders", "Wall", "Street", "Company",
    "Corporation", "Issuer",  # a press release's defined terms: "the Corporation's share price"
    "Group", "Revenue", "Sales", "Profit", "Earnings", "Net", "Operating", "Updated", "Published", "Photo",
    "Rival", "Peer", "Index", "Price", "Prices", "Key", "Related", "Read", "Note", "Update", "Consideration", "Another",
    "Bottom", "US", "U.S.", "UK", "Europe", "European", "American", "Asian", "Shareholders",
    *CURRENCY_WORDS,
    # exchanges a price is quoted on ("on the NSE the stock opened at")
    "NSE", "BSE", "NYSE", "LSE", "ASX", "TSX", "JSE", "SGX", "HKEX", "Xetra",
    *CALENDAR_WORDS,
)  # fmt: skip

# A number with no currency is a share price only in a share-move clause on a known market:
# "Toyota fell 4% to 3,020", "rose 6.48% or 1845.00 points to trade at 30323.25 at the close".
# The clause before the number must tell a move or a close ...
BARE_MOVE = (
    r"\b(?:rose|fell|gained|lost|jumped|climbed|dropped|declined|slid|slipped|sank|surged|soared|tumbled|plunged"
    r"|rallied|advanced|added|shed|eased|edged|dipped|firmed|rebounded|slumped|retreated|scraped off|was (?:up|down)"
    r"|were (?:up|down)|closed|ended|settled|finished|traded|trading|to trade|to end|to close|to settle|opened"
    # a participle clause after the stock: "Ryanair was the big mover, jumping 5.9pc to 14.50"
    r"|rising|falling|gaining|losing|jumping|climbing|dropping|declining|sliding|slipping|sinking|surging|soaring"
    r"|tumbling|plunging|rallying|advancing|adding|shedding|easing|edging|dipping|firming|rebounding|slumping)\b"
)
# ... the number must follow "to"/"at" ...
BARE_LINK = r"\b(?:to|at)\s+$"
# ... and must not be followed by a unit, a percentage or more of a noun phrase.
BARE_FOLLOW = (
    # ("fell to 52-week lows": a hyphen before a word makes a compound, no price)
    r"(?=\s*(?:$|[.,;:)\u2014\u2013](?!\d)|-(?![\w])|\s(?:on|in|at|after|while|whereas|and|as|by|from|but|before|during|"
    r"for|this|last|yesterday|today|with|following|apiece|each|per|a share|in (?:early|late|morning|afternoon)"
    r"|versus|vs|against|compared)\b))"
)
# Clauses about an index, a currency or a commodity are never share prices, with or without a currency.
NOT_SHARE_CLAUSE = (
    r"\b(?:index|indices|indexes|benchmark|gauge|barometer|Sensex|Nifty|Nikkei|Topix|FTSE|DAX|MDAX|SDAX|TecDAX"
    r"|CAC|AEX|IBEX|MIB|SMI|Stoxx|STOXX|Hang Seng|Kospi|KOSPI|Shanghai Composite|Shenzhen|S&P|Dow|Nasdaq Composite"
    r"|Composite|All Ordinaries|ASX ?200|TSX|Straits Times|STI|Midcap|Smallcap|Mid-?[Cc]ap|Small-?[Cc]ap|VIX"
    r"|CSI ?300|KLCI|Jakarta Composite|SET index|PSEi|Taiex|NZX ?50|JSE"
    # (not a company's trade: "oil and gas producer Woodside eased", "gold miner Newcrest")
    r"|rupee|yen|dollar|euro|pound|sterling|franc|yuan|renminbi|won|Brent|crude|bitcoin"
    r"|(?:oil|gold|silver|copper)(?!\s+(?:and\s+gas\s+)?(?:producers?|explorers?|miners?|mining|companies|company|"
    r"groups?|majors?|giants?|firms?|stocks?|shares|names|refiners?|drillers?|developers?))"
    r"|yields?|Treasur(?:y|ies)|bonds?|futures|points?|level|mark)\b"
    r"|\b[A-Z]{3}/[A-Z]{3}\b"  # a currency pair: "EUR/SEK was down 0.62% to 11.51"
    # counts, not prices: "paying customers have climbed to 12,000 from 2,200"
    r"|\b(?:customers|users|subscribers|clients|members|visitors|orders|units|employees|stores|deliveries)\b"
    # a session's trading: "the volume of shares dipped to 10,897,795", "turnover rose to 4,210 transactions"
    r"|\b(?:volumes?|transactions|turnover)\b"
)

# --------------------------------------------------------------------------- analyst ratings

# Rating words as written -> class. Multi-word forms are matched with flexible spaces/hyphens.
RATINGS: dict[str, str] = {
    "strong buy": "buy", "conviction buy": "buy", "speculative buy": "buy", "buy": "buy", "outperform": "buy",
    "overweight": "buy", "accumulate": "buy", "add": "buy", "positive": "buy", "top pick": "buy",
    "sector outperform": "buy", "market outperform": "buy", "outperformer": "buy", "long-term buy": "buy",
    "hold": "hold", "neutral": "hold", "equal weight": "hold", "market perform": "hold", "sector perform": "hold",
    "in-line": "hold", "in line": "hold", "peer perform": "hold", "sector weight": "hold", "market weight": "hold",
    "mixed": "hold", "perform": "hold", "sector neutral": "hold", "equalweight": "hold",
    "sell": "sell", "strong sell": "sell", "underperform": "sell", "underweight": "sell", "reduce": "sell",
    "negative": "sell", "sector underperform": "sell", "market underperform": "sell", "lighten": "sell",
    "underperformer": "sell",
    # RBC's and others' "-er" forms: "downgrades to sector performer"
    "sector performer": "hold", "market performer": "hold", "sector outperformer": "buy",
    "sector underperformer": "sell",
    # a French house's "performance en ligne avec le secteur" in English
    "perform in line with the sector": "hold", "perform in line with the market": "hold",
}  # fmt: skip
# Ratings unambiguous enough to count without quotes or a "rating" noun next to them.
DISTINCT_RATINGS = (
    "overweight", "underweight", "outperform", "underperform", "equal weight", "market perform", "sector perform",
    "peer perform", "sector outperform", "sector underperform", "market outperform", "market underperform",
    "sector weight", "market weight", "strong buy", "top pick", "conviction buy", "outperformer", "underperformer",
    "equalweight",
)  # fmt: skip
RATING_NOUNS = (
    r"(?:rating|ratings|recommendation|stance|call|view|position|opinion|grade|rated|coverage|note|signal|tag)"
)

# Verbs -> action. Target verbs only count as raised/lowered when a target is in the clause.
ACTIONS: tuple[tuple[str, str], ...] = (
    (r"\b(?:initiat\w*|start(?:s|ed|ing)? (?:coverage|covering)|began coverage|begins coverage|launch\w* coverage"
     r"|assum\w* coverage|resum\w* coverage|pick(?:s|ed)? up coverage|coverage (?:was |is )?(?:initiated|started))\b",
     "initiated"),
    (r"\b(?:raise[sd]?|raising|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing)"
     r"|bump(?:s|ed|ing)? up|up(?:s|ped|ping)|nudg(?:e|es|ed|ing) up|move[sd]? up|mov(?:e|es|ed|ing) (?:its|their|the)"
     r" (?:price )?target up)\b", "raised"),
    (r"\b(?:lower(?:s|ed|ing)?|cut(?:s|ting)?|trim(?:s|med|ming)?|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?"
     r"|pare[sd]?|paring|tak(?:e|es|en|ing) down|took down|move[sd]? down)\b", "lowered"),
    (r"\b(?:reiterat\w*|reaffirm\w*|confirm\w*|restat\w*|reissu\w*)\b", "reiterated"),
    (r"\b(?:maintain\w*|kept|keep(?:s|ing)?|retain\w*|stay(?:s|ed)? (?:at|with)|stick(?:s|ing)? with|held|holds"
     r"|left|leaves|leaving|unchanged)\b", "maintained"),
    (r"\bupgrad\w*\b", "upgraded"),
    (r"\bdowngrad\w*\b", "downgraded"),
)  # fmt: skip

# Verbs that make a capitalised name before them the acting brokerage.
FIRM_VERBS = (
    r"(?:raise[sd]?|raising|lift(?:s|ed)?|boost(?:s|ed)?|increase[sd]?|hike[sd]?|bump(?:s|ed)|upped|lower(?:s|ed)?"
    r"|cut(?:s)?|trim(?:s|med)?|reduce[sd]?|slash(?:es|ed)|pared|maintain(?:s|ed)?|kept|keeps|reiterat(?:es|ed)"
    r"|reaffirm(?:s|ed)|confirm(?:s|ed)|initiat(?:es|ed)|start(?:s|ed)|began|begins|resum(?:es|ed)|assum(?:es|ed)"
    r"|launch(?:es|ed)|upgrad(?:es|ed)|downgrad(?:es|ed)|rates?|rated|set(?:s)?|sees|has|have|had|moved|moves|placed"
    r"|put|added|adds|named|names|listed|lists|expects|values|says|said|stayed|stays|remains|remained|is|was"
    r"|reissu(?:es|ed)|restat(?:es|ed)|gave|give|offered|sees|cuts|upped|nudged|bumped|lifted"
    r"|issued|issues|gave|gives|assigned|assigns|reinstated|removed|took|takes|retain(?:s|ed)|recommend(?:s|ed)|revis(?:es|ed)|reiterat(?:e|ing)|suggest(?:s|ed))"
)

# After a name, a passive rating verb makes it the rated company, not the broker: "Macy's was downgraded to
# Underweight by Morgan Stanley", "McDonald's had its price target raised by Bernstein", "X is rated Buy at Y".
RATED_PASSIVE = (
    r"(?:'s|’s)?\s*(?:,[^,;]{1,80},\s*)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|gets|has\s+got)\s+"
    r"(?:(?:also|now|again|just|recently|then)\s+)?(?:upgraded|downgraded|initiated|rated|reiterated|raised|lowered|"
    r"cut|lifted|trimmed|added|removed|moved|named|placed|assigned|given|reaffirmed|started|kept|maintained|slashed|"
    r"demoted|elevated|boosted|bumped|reduced)\b"
    r"|had\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:target|rating|objective|price\s+goal|recommendation|coverage)\b"
    # "Macy's rating was cut to Sell at Citi": the agent follows ("at"/"by"), so the owner is the rated company
    r"|(?:'s|’s)\s+(?:price\s+)?(?:target|rating|recommendation|objective)\s+(?:was|has\s+been|had\s+been|is|got)\s+"
    r"(?:upgraded|downgraded|cut|raised|lowered|lifted|trimmed|reduced|increased|moved|set)\b[^.;]{0,60}?\b(?:by|at)\s"
    # a headline's passive without "was": "Commerzbank upgraded to 'Buy' by Deutsche Bank Research"
    r"|\s+(?:upgraded|downgraded|initiated|reiterated|cut|raised|lowered)\s+(?:to|at)\s+[^.;$€£¥\d]{1,40}?\b(?:by|at)\s+"
    r"(?-i:[A-Z]))"
)

# Words that cannot follow a possessive "'s": after "Campbell's" they show the "'s" ends the name ("a Buy rating
# on Campbell's with a price target of $40"), so it owns no target.
NOT_POSSESSED = r"(?:with|and|at|to|from|by|after|on|in|as|for|ahead|amid|following|despite|but|while|which|that)"

# Well-known brokerages (helps find and validate firms; sentence structure finds the rest).
BROKERAGES = (
    "Goldman Sachs", "Morgan Stanley", "JPMorgan", "J.P. Morgan", "JP Morgan", "J P Morgan", "Bank of America",
    "BofA Securities", "BofA", "Merrill Lynch", "Citigroup", "Citi", "Citibank", "Barclays", "Deutsche Bank", "UBS",
    "Credit Suisse", "Jefferies",
    "RBC Capital Markets", "RBC", "Wells Fargo", "Evercore ISI", "Evercore", "Bernstein", "Piper Sandler",
    "Raymond James", "Stifel", "KeyBanc", "Truist", "Mizuho", "Needham", "Oppenheimer", "TD Cowen", "Cowen", "Baird",
    "Wedbush", "Loop Capital", "Rosenblatt", "Benchmark", "BMO Capital Markets", "BMO", "Canaccord Genuity",
    "Cantor Fitzgerald", "Cantor", "HSBC", "BNP Paribas", "Exane", "Societe Generale", "Macquarie", "Nomura", "Daiwa",
    "CLSA",
    "Berenberg", "Kepler Cheuvreux", "Peel Hunt", "Numis", "Liberum", "Panmure Gordon", "Panmure Liberum",
    "Shore Capital", "Investec", "Commerzbank", "DZ Bank", "Warburg Research", "Hauck Aufhaeuser", "LBBW", "Baader",
    "Wolfe Research", "Guggenheim", "Roth Capital", "Roth MKM", "Craig-Hallum", "B. Riley", "Ladenburg Thalmann",
    "H.C. Wainwright", "HC Wainwright", "Maxim Group", "Telsey Advisory", "Argus", "Morningstar", "CFRA", "Redburn",
    "Bryan Garnier", "AlphaValue", "Oddo BHF", "Santander", "BBVA", "Itau BBA", "Scotiabank", "TD Securities",
    "CIBC", "National Bank", "Desjardins", "Seaport", "Melius", "Erste Group", "MoffettNathanson", "D.A. Davidson",
    "DA Davidson", "Northland", "JMP Securities", "Citizens JMP", "Lake Street", "William Blair", "Susquehanna",
    "Atlantic Equities", "Edward Jones", "Keefe, Bruyette & Woods", "KBW", "Compass Point", "Janney", "Stephens",
    "Roth", "Bank of Montreal", "Jefferies Financial", "Deutsche", "Goldman", "Morgan Stanley", "Capital One",
    "Arete", "New Street Research", "Tigress Financial", "Monness", "Ameriprise", "Vertical Research",
    "Deutsche Bank Research", "Kepler", "Mediobanca", "Intesa Sanpaolo", "Equita", "Jyske", "Danske Bank",
    "SEB", "Carnegie", "DNB Markets", "Pareto", "ABG Sundal Collier", "Nordea", "Handelsbanken", "Swedbank",
    "Natixis", "Credit Agricole", "Kempen", "ING", "ABN Amro", "Degroof Petercam", "KBC Securities",
    "Vontobel", "Zuercher Kantonalbank", "Bank Vontobel", "Octavian", "Jefferies & Co", "Morgan Stanley & Co",
    "Helvea", "Baader Helvea",
    "Citic Securities", "CICC", "Haitong", "Mirae Asset", "Samsung Securities", "SMBC Nikko", "Mitsubishi UFJ",
    "Macquarie Group", "Morgans", "Ord Minnett", "Wilsons", "Bell Potter", "Jarden", "Evans & Partners",
    "Stifel Nicolaus", "Cannonball Research", "Gabelli", "Zacks Investment Research", "Sanford C. Bernstein",
    "Bernstein Societe Generale", "Barrington Research", "Lake Street Capital", "Alliance Global Partners",
    "Chardan", "EF Hutton", "Benchmark Co", "Dougherty", "Wedbush Securities", "Loop Capital Markets",
    # rating services a MarketBeat digest lists among the brokers: "StockNews.com upgraded shares of Target"
    "StockNews.com", "Wall Street Zen", "Weiss Ratings",
    # India
    "Motilal Oswal", "MOFSL", "MOSL", "Kotak Institutional Equities", "Kotak Securities", "ICICI Securities",
    "HDFC Securities",
    "Nuvama", "Axis Securities", "Axis Capital", "Sharekhan", "Emkay", "Prabhudas Lilladher", "JM Financial",
    "Elara Capital", "Elara Securities", "Antique Stock Broking", "IIFL Securities", "IIFL", "Anand Rathi",
    "Geojit", "Centrum Broking", "Systematix", "Ventura Securities", "Yes Securities", "PhillipCapital",
    "Phillip Capital", "Dolat Capital", "Choice Broking", "Religare", "Nirmal Bang", "BOB Capital Markets",
    "InCred", "Ambit Capital", "Spark Capital", "Equirus", "B&K Securities", "Batlivala & Karani",
    "Arihant Capital", "Monarch Networth", "Edelweiss", "SBI Securities", "SBICAP Securities", "Asit C Mehta",
    "Investec India", "Jefferies India", "Goldman Sachs India",
    # Japan, Hong Kong, Singapore
    "Mitsubishi UFJ Morgan Stanley", "Okasan Securities", "Tokai Tokyo", "Ichiyoshi", "Iwai Cosmo",
    "Daiwa Securities", "Mizuho Securities", "CMB International", "Maybank Securities", "DBS", "OCBC",
    "UOB Kay Hian", "CGS International", "CGS-CIMB", "DBS Vickers", "OCBC Investment Research", "Phillip Securities",
    "Maybank Kim Eng",
    # Malaysia, Korea
    "RHB Investment Bank", "RHB IB", "RHB Research", "Kenanga Research", "Kenanga Investment Bank", "Maybank IB",
    "Maybank Investment Bank", "Hong Leong Investment Bank", "HLIB", "MIDF Research", "MIDF Amanah", "TA Securities",
    "AmInvestment Bank", "Public Investment Bank", "PublicInvest Research", "Affin Hwang Capital",
    "Korea Investment & Securities", "NH Investment & Securities", "KB Securities", "Kiwoom Securities",
    "Hana Securities", "Shinhan Investment", "Daishin Securities", "Meritz Securities", "Hyundai Motor Securities",
    # Australia, Canada
    "Shaw and Partners", "MST Marquee", "E&P", "Canaccord", "Taylor Collison", "Moelis Australia",
    "Argonaut Securities", "Euroz Hartleys", "Petra Capital", "Blue Ocean Equities", "Canaccord Genuity Australia",
    "RBC Dominion Securities", "CIBC World Markets", "National Bank Financial", "ATB Capital Markets",
    "Eight Capital", "Cormark", "Haywood", "Ventum", "Acumen Capital", "Paradigm Capital", "Laurentian Bank",
    "Echelon Wealth", "Beacon Securities", "Veritas Investment Research",
    # UK and Europe
    "Deutsche Numis", "Cavendish Securities", "Cavendish Capital Markets", "finnCap", "Singer Capital Markets",
    "N+1 Singer", "Canaccord Genuity UK", "WH Ireland", "Allenby Capital", "Stifel Nicolaus Europe",
    "Zeus Capital", "Edison Investment Research",
    "Goodbody", "Davy", "Exane BNP Paribas", "Metzler", "Hauck Aufhäuser", "Intermonte", "Renta 4", "ZKB",
    "Stifel Europe", "Jefferies International", "Oddo", "Portzamparc", "CIC Market Solutions", "Kepler Capital",
    "Danske", "Bankhaus Lampe", "Warburg", "Independent Research", "Mirabaud", "Alantra", "Banca Akros",
    "Nord/LB", "NORD/LB", "Norddeutsche Landesbank", "Helaba", "B.Riley", "B. Riley FBR", "B.Riley FBR",
    "FBR Capital Markets", "FBR Capital", "FBR & Co",
    # names of earlier years and research arms, still in archives and reprints
    "Piper Jaffray", "Sanford Bernstein", "Bear Stearns", "Lehman Brothers", "UBS Warburg", "Salomon Smith Barney",
    "Smith Barney", "Dresdner Kleinwort", "Cazenove", "JPMorgan Cazenove", "JP Morgan Cazenove",
    "J.P. Morgan Cazenove", "Collins Stewart", "Evolution Securities",
    "Arden Partners", "Cenkos", "Emkay Global", "Keefe Bruyette", "Friedman Billings Ramsey", "Thomas Weisel",
    "SunTrust Robinson Humphrey", "SunTrust", "A.G. Edwards", "Banc of America Securities", "Robert W. Baird",
    "Sterne Agee", "Pacific Crest", "Morgan Keegan", "Bank of America Merrill Lynch", "BofA Merrill Lynch",
    "BofA Global Research", "Merrill", "Deutsche Bank Securities", "JBWere", "Citi Research",
    "Credit Suisse First Boston", "CSFB", "Cowen and Company", "Leerink", "SVB Leerink", "Barclays Capital", "BTIG",
    "Scotia Capital", "Haywood Securities", "RBS", "Royal Bank of Scotland",
)  # fmt: skip
# How a firm is named whatever the writer's spacing: "J P Morgan Chase & Co" (a UK feed's spelling) is JPMorgan's.
BROKER_CANONICAL = {
    "J P Morgan": "JPMorgan",
    "JP Morgan Cazenove": "JPMorgan Cazenove",
    "J.P. Morgan Cazenove": "JPMorgan Cazenove",
}

# Never the firm: news agencies and outlets, data providers, indexes, regulators, generic words.
NOT_FIRMS = (
    "Reuters", "Bloomberg", "Dow Jones", "The Wall Street Journal", "Wall Street Journal", "WSJ", "CNBC", "GeekWire",
    "Newswire", "Associated Press", "AP", "AFP", "Financial Times", "FT", "MarketWatch", "Barron's", "Barrons",
    "Benzinga", "MarketBeat", "TipRanks", "Refinitiv", "LSEG", "FactSet", "Visible Alpha", "Zacks", "Seeking Alpha",
    "Motley Fool", "Yahoo Finance", "Investing.com", "dpa-AFX", "Dow Jones Newswires", "The Information",
    "S&P", "S&P 500", "Nasdaq", "Dow", "FTSE", "FTSE 100", "FTSE 250", "DAX", "MDAX", "SDAX", "TecDAX", "Stoxx",
    "Nikkei", "Russell", "NYSE", "SEC", "FDA", "FTC", "DOJ", "EU", "US", "U.S", "U.S.", "UK", "Wall Street", "Street",
    "City", "Analysts", "Analyst", "Brokers", "Broker", "Investors", "Shares", "Stock", "The", "It", "They", "He",
    "She", "We", "I", "Several", "Finally", "Meanwhile", "Separately", "Elsewhere", "Also", "Despite", "Even",
    "Still", "However", "Moreover", "Furthermore", "Overall", "Price", "Target", "Price Target", "Rating",
    "Buy", "Sell", "Hold", "Neutral", "Overweight", "Underweight", "Outperform", "Underperform", "Equal Weight",
    "Strong Buy", "Top Pick", "Consensus", "Moderate Buy", "Free Report", "Research", "Get", "Read", "Click",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "CEO", "CFO", "Chief",
    "Should", "Is", "Or", "Our", "Your", "This", "That", "These", "Those", "Its", "Their", "His", "Her",
    "Advertisement", "Ad", "Sponsored", "Note", "Disclosure", "Key", "Brokerage", "Bank", "Firm", "Inc", "Corp",
    # quantity words that open a sentence about rating moves: "More upgrades could be around the bend"
    "More", "Further", "Other", "Some", "Many", "Most", "Few", "Both", "All", "Any", "Such",
    # a mood that opens a tally: "Sentiment remains bullish, with nine analysts holding 'buy' calls"
    "Sentiment",
    # labels of a broker line: "Target $9.68. Equal-weight. Industry View: In-Line.", "Recommendation: Accumulate"
    "Industry View", "Sector View", "Recommendation", "Comment", "Report",
)  # fmt: skip
# Cheap substring pre-check (lowercased text) for sentences that may state a rating or target.
RATING_CUE_WORDS = (
    "target", "objective", "price goal", "rating", "rated", "rate ", "rates ", "upgrad", "downgrad", "coverage",
    "weight", "perform", "buy", "sell", "hold", "neutral", "pick", "reiterat", "analyst", "reduce", "accumulate",
    "add", "fair value", "positive", "negative", "mixed", " pt ", "price estimate", "price projection",
    "(to ",  # a firm's move in brackets: "increases came from BMO (to $128 from $107)"
)  # fmt: skip
# Words that make a sentence a consensus summary rather than one firm's view.
CONSENSUS = (
    # (not a firm's view against the consensus: "expects a marginal downside to consensus growth numbers")
    r"\bconsensus\s+(?:[\"'“‘]?[\w -]{1,20}?[\"'”’]?\s+)?(?:rating|recommendation|(?:price\s+)?target|call|view)s?\b"
    r"|\bconsensus\s+(?:among|of|from|is|was|remains)\b|\b(?:the|a|its)\s+consensus\s*[,.;:]"
    r"|\baverage (?:price )?target\b|\b(?:mean|median) (?:price )?target\b|\bon average\b"
    r"|\banalysts (?:polled|surveyed)\b|\bmoderate buy\b|\baverage rating\b|\bmost analysts\b"
)
# Phrases that introduce a firm: "analysts at X", "by X", "a top pick at X".
FIRM_INTRO = r"(?:analysts?|strategists?|team|researchers)\s+(?:at|from|with)\s+|\b(?:by|at|from|with|according to)\s+"
FIRM_SUFFIX = (
    r"\b(?:Capital|Securities|Research|Partners|Markets|Bank|Bankhaus|Banque|Financial|Advisors|Advisers|Equities"
    r"|Investments|Brokers|Sachs|Associates|Analytics|& Co\.?|Group|Cheuvreux|Paribas|Bancorp|Company)$"
)

#: A verb whose object is a pronoun for the last sentence's target: "Nomura has increased it to Rs 240" after
#: "Morgan Stanley has raised the target price to Rs 200" (a target, not a share price).
RAISED_IT = (
    r"\b(?:raised|increased|hiked|lifted|upped|cut|lowered|reduced|trimmed|revised|slashed|set)\s+(?P<it>it)\s+"
    r"(?:further\s+|again\s+)?(?:up\s+|down\s+)?to\b"
)
#: A word for a price target (read by targets, and by prices to leave a target's pronoun alone).
TARGET_WORD = (
    r"\btarget|\bobjective\b|\bprice goal\b|\bfair value\b|\bPT\b|\bTP\b|\bsees?\s+(?:the\s+)?(?:stock|shares)\b"
    # ("raised its share-price estimate to 160 francs", "lifted its price projection on the shares to NIS 37")
    r"|\b(?:share[-\s])?price\s+(?:estimate|projection)\b"
)
