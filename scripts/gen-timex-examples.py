#!/usr/bin/env python3
"""Writes the tagger's example corpus: each rule's examples beside the rule, in
Sources/TimelineCore/Time/Rules/<Family>+Examples.swift (the rule values name these lists), and the sentences
in which nothing may be tagged in Tests/TimelineCoreTests/Time/TimexNonExamples.swift.

Expected values are computed here with Python's datetime, independently of the Swift tagger.
Each row: sentence, the expression in it, reference date (DCT), expected type, value, mod, and the rule it
exemplifies (a key of RULES below). Every example is a test (TimexExampleTests).
"""
import datetime as dt, os

rows = []
nones = []
def none(sentence, word, dct):
    """A sentence in which `word` is part of no temporal expression (a name, an idiom)."""
    assert word in sentence, (sentence, word)
    nones.append((sentence, word, dct.isoformat()))

# rule key -> (file in Sources/TimelineCore/Time/Rules, enum, list the rule value names)
RULES = {
    "number": ("Numbers", "NumberRules", "examples"),
    "clock": ("Clock", "ClockRules", "examples"),
    "dayTurn": ("Clock", "ClockRules", "dayTurnExamples"),
    "duration": ("Durations", "DurationRules", "examples"),
    "modifiedDuration": ("Durations", "DurationRules", "modifiedExamples"),
    "relative": ("Relative", "RelativeRules", "examples"),
    "month": ("Months", "MonthRules", "examples"),
    "weekday": ("Weekdays", "WeekdayRules", "examples"),
    "pairOfRecurringDays": ("Weekdays", "WeekdayRules", "pairExamples"),
    "recurringDay": ("Weekdays", "WeekdayRules", "recurringExamples"),
    "holiday": ("Holidays", "HolidayRules", "examples"),
    "relativeHoliday": ("Holidays", "HolidayRules", "relativeExamples"),
    "deictic": ("DeicticWords", "DeicticRules", "examples"),
    "soon": ("DeicticWords", "DeicticRules", "soonExamples"),
    "elliptical": ("DeicticWords", "DeicticRules", "ellipticalExamples"),
    "overnight": ("DeicticWords", "DeicticRules", "overnightExamples"),
    "nightOfADay": ("DeicticWords", "DeicticRules", "nightOfADayExamples"),
    "half": ("PeriodParts", "PeriodPartRules", "halfExamples"),
    "periodPart": ("PeriodParts", "PeriodPartRules", "partExamples"),
}

def add(sentence, expr, dct, typ, value, mod="", rule=None):
    assert expr in sentence, (sentence, expr)
    assert rule in RULES, (sentence, rule)
    rows.append((sentence, expr, dct.isoformat(), typ, value, mod, rule))

D = dt.date
dcts = [D(2022, 3, 27), D(2022, 3, 28), D(1998, 1, 8), D(2019, 12, 31), D(2020, 2, 29), D(2024, 7, 3)]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
abbr = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
wdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
         12: "twelve", 15: "fifteen", 20: "twenty", 24: "twenty-four"}

def week(d):
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"

# deictic words
for d in dcts:
    add("The minister spoke today in parliament.", "today", d, "DATE", d.isoformat(), rule="deictic")
    add("The talks ended yesterday without a deal.", "yesterday", d, "DATE", (d - dt.timedelta(1)).isoformat(), rule="deictic")
    add("The delegations will meet tomorrow in Geneva.", "tomorrow", d, "DATE", (d + dt.timedelta(1)).isoformat(), rule="deictic")
    add("The committee met last week to discuss it.", "last week", d, "DATE", week(d - dt.timedelta(7)), rule="relative")
    add("The committee meets next week in Paris.", "next week", d, "DATE", week(d + dt.timedelta(7)), rule="relative")
    add("Prices rose sharply this week, traders said.", "this week", d, "DATE", week(d), rule="relative")
    add("Sales fell last year, the firm said.", "last year", d, "DATE", str(d.year - 1), rule="relative")
    add("Elections are due next year.", "next year", d, "DATE", str(d.year + 1), rule="relative")
    add("Growth slowed this year.", "this year", d, "DATE", str(d.year), rule="relative")
    pm = (d.replace(day=1) - dt.timedelta(1))
    add("Inflation jumped last month.", "last month", d, "DATE", f"{pm.year}-{pm.month:02d}", rule="relative")
    nm = (d.replace(day=28) + dt.timedelta(7))
    add("The law takes effect next month.", "next month", d, "DATE", f"{nm.year}-{nm.month:02d}", rule="relative")
    add("Rents climbed this month.", "this month", d, "DATE", f"{d.year}-{d.month:02d}", rule="relative")
    add("The plant is now closed.", "now", d, "DATE", "PRESENT_REF", rule="deictic")
    add("The group recently changed its name.", "recently", d, "DATE", "PAST_REF", rule="deictic")
    add("The company is currently hiring.", "currently", d, "DATE", "PRESENT_REF", rule="deictic")
    add("She arrived tonight in Kyiv.", "tonight", d, "TIME", d.isoformat() + "TNI", rule="deictic")
    add("The strike began this morning.", "this morning", d, "TIME", d.isoformat() + "TMO", rule="relative")
    for n in (2, 3, 10):
        add(f"The ship sank {words[n]} days ago.", f"{words[n]} days ago", d, "DATE", (d - dt.timedelta(n)).isoformat(), rule="duration")
        add(f"The mayor resigned {n} years ago.", f"{n} years ago", d, "DATE", str(d.year - n), rule="number")

# weekdays: past by default or with a past verb, future with a future cue
for d in dcts:
    for i, name in enumerate(wdays):
        back = (d.isoweekday() - (i + 1)) % 7
        fwd = ((i + 1) - d.isoweekday()) % 7
        add(f"Officials said on {name} that the border stayed shut.", name, d, "DATE", (d - dt.timedelta(back)).isoformat(), rule="weekday")
        add(f"The leaders will meet on {name} in Istanbul.", name, d, "DATE", (d + dt.timedelta(fwd)).isoformat(), rule="weekday")

# absolute dates in many forms
for y, m, day in [(2022, 3, 28), (1998, 1, 8), (2014, 2, 22), (1986, 4, 26), (2001, 9, 11), (2020, 12, 31), (1999, 10, 5)]:
    dct = D(2022, 3, 27)
    iso = f"{y}-{m:02d}-{day:02d}"
    add(f"The accident happened on {day} {months[m-1]} {y}.", f"{day} {months[m-1]} {y}", dct, "DATE", iso, rule="number")
    add(f"The accident happened on {months[m-1]} {day}, {y}, officials said.", f"{months[m-1]} {day}, {y}", dct, "DATE", iso, rule="month")
    add(f"The accident happened on {abbr[m-1]} {day}, {y}, officials said.", f"{abbr[m-1]} {day}, {y}", dct, "DATE", iso, rule="month")
    add(f"The file is dated {iso} in the archive.", iso, dct, "DATE", iso, rule="number")
    add(f"The accident happened in {months[m-1]} {y}.", f"{months[m-1]} {y}", dct, "DATE", f"{y}-{m:02d}", rule="month")
    add(f"The plant opened in {y} near the river.", str(y), dct, "DATE", str(y), rule="number")
    add(f"On the {day}th of {months[m-1]} {y} the treaty was signed.", f"{day}th of {months[m-1]} {y}", dct, "DATE", iso, rule="number")

# day and month without a year: nearest to the DCT
for dct in [D(2022, 3, 27), D(2021, 11, 15), D(2000, 1, 6)]:
    for m, day in [(3, 28), (1, 14), (12, 2), (10, 23), (6, 1)]:
        cands = [D(y, m, day) for y in (dct.year - 1, dct.year, dct.year + 1)]
        best = min(cands, key=lambda c: abs((c - dct).days))
        add(f"The hearing is on {months[m-1]} {day}.", f"{months[m-1]} {day}", dct, "DATE", best.isoformat(), rule="month")
        add(f"The hearing is on {day} {months[m-1]}.", f"{day} {months[m-1]}", dct, "DATE", best.isoformat(), rule="number")

# durations
units = [("day", "D"), ("week", "W"), ("month", "M"), ("year", "Y")]
for n in (2, 3, 5, 9, 12, 20, 24):
    for u, code in units:
        add(f"The siege lasted {words[n]} {u}s.", f"{words[n]} {u}s", D(2022, 3, 27), "DURATION", f"P{n}{code}", rule="duration")
    add(f"The vote took {n} hours.", f"{n} hours", D(2022, 3, 27), "DURATION", f"PT{n}H", rule="number")
for n in (31, 45, 90):
    add(f"They have waited {n} days for help.", f"{n} days", D(2022, 3, 27), "DURATION", f"P{n}D", rule="number")
for mod_words, mod in [("about", "APPROX"), ("more than", "MORE_THAN"), ("nearly", "APPROX"), ("less than", "LESS_THAN"), ("at least", "EQUAL_OR_MORE")]:
    for q, u, code in [("two", "weeks", "P2W"), ("a", "month", "P1M"), ("three", "years", "P3Y"), ("ten", "days", "P10D")]:
        add(f"The talks went on for {mod_words} {q} {u}.", f"{mod_words} {q} {u}", D(2022, 3, 28), "DURATION", code, mod, rule="modifiedDuration")

# quarters, decades, seasons, sets
for y in (1989, 1997, 2021):
    for q, o in enumerate(["first", "second", "third", "fourth"], 1):
        add(f"Profit rose in the {o} quarter of {y}.", f"the {o} quarter of {y}", D(2022, 3, 27), "DATE", f"{y}-Q{q}", rule="relative")
for dec in (1960, 1980, 1990):
    add(f"The city grew fast in the {dec}s.", f"the {dec}s", D(2022, 3, 27), "DATE", str(dec // 10), rule="relative")
for s, code in [("summer", "SU"), ("winter", "WI"), ("spring", "SP"), ("autumn", "FA")]:
    add(f"The festival returns in {s} 2023.", f"{s} 2023", D(2022, 3, 27), "DATE", f"2023-{code}", rule="relative")
for u, code in [("week", "P1W"), ("month", "P1M"), ("year", "P1Y"), ("day", "P1D")]:
    add(f"Inspectors visit every {u}.", f"every {u}", D(2022, 3, 27), "SET", code, rule="relative")
add("The paper is published daily.", "daily", D(2022, 3, 27), "SET", "P1D", rule="deictic")
add("The board meets weekly.", "weekly", D(2022, 3, 27), "SET", "P1W", rule="deictic")
add("Results are reported annually.", "annually", D(2022, 3, 27), "SET", "P1Y", rule="deictic")
add("The bridge will open soon.", "soon", D(2022, 3, 27), "DATE", "FUTURE_REF", rule="deictic")
add("We will need help in the future.", "the future", D(2022, 3, 27), "DATE", "FUTURE_REF", rule="relative")
# early/mid/late
for w_, mod in [("early", "START"), ("mid-", "MID"), ("late", "END")]:
    for y in (1990, 2015):
        sep = "" if w_.endswith("-") else " "
        add(f"Work started in {w_}{sep}{y}.", f"{w_}{sep}{y}", D(2022, 3, 27), "DATE", str(y), mod, rule="relative")
    add(f"Work started in {w_}{sep}March 2020.", f"{w_}{sep}March 2020", D(2022, 3, 27), "DATE", "2020-03", mod, rule="relative")
# times
for h, ap, v in [(3, "p.m.", "15:00"), (10, "a.m.", "10:00"), (12, "p.m.", "12:00"), (9, "pm", "21:00")]:
    add(f"The blast happened at {h} {ap} local time.", f"{h} {ap}", D(2022, 3, 27), "TIME", f"2022-03-27T{v}", rule="number")
add("The blast happened at 15:30 on the square.", "15:30", D(2022, 3, 27), "TIME", "2022-03-27T15:30", rule="number")
add("The rally began at noon on the square.", "noon", D(2022, 3, 28), "TIME", "2022-03-28T12:00", rule="clock")
add("The ultimatum will expire at noon Tuesday.", "noon Tuesday", D(2022, 3, 28), "TIME", "2022-03-29T12:00", rule="clock")
d = D(2024, 11, 4); fri = d - dt.timedelta(days=(d.weekday() - 4) % 7)
add("The quake struck shortly before midnight on Friday.", "midnight on Friday", d, "TIME", fri.isoformat() + "T24", rule="clock")
add("Talks resume at noon on March 3.", "noon on March 3", D(2022, 3, 1), "TIME", "2022-03-03T12:00", rule="clock")
add("Screens froze at about 11 p.m. on Saturday, March 1. By midnight nurses were writing by hand.", "midnight", D(2025, 3, 6), "TIME", "2025-03-01T24", rule="clock")
# the day's turns: dawn and dusk on the date in focus
add("The fire broke out on Tuesday, Oct. 14. By sunrise the county had ordered 6,000 people to leave.", "sunrise", D(2025, 10, 24), "TIME", "2025-10-14TMO", rule="dayTurn")
add("Troops entered the town at dawn on Friday.", "dawn on Friday", D(2024, 11, 4), "TIME", fri.isoformat() + "TMO", rule="dayTurn")
add("Rescuers worked until dusk.", "dusk", D(2022, 3, 28), "TIME", "2022-03-28TEV", rule="dayTurn")
add("Demand peaked on Monday, July 14. The next afternoon, at 4:52, a transformer burst into flames.", "4:52", D(2025, 7, 25), "TIME",
    "2025-07-15T16:52", rule="clock")
add("Demand peaked on Monday, July 14. The next morning, at 4:52, a transformer burst into flames.", "4:52", D(2025, 7, 25), "TIME",
    "2025-07-15T04:52", rule="clock")
# so is one right before an afternoon or an evening named after it
add("The board met on Monday, March 2. The chairman quit at 4:30 that afternoon.", "4:30", D(2026, 3, 13), "TIME",
    "2026-03-02T16:30", rule="clock")
add("The board met on Monday, March 2. The chairman quit at 6:15 the same evening.", "6:15", D(2026, 3, 13), "TIME",
    "2026-03-02T18:15", rule="clock")
add("The board met on Monday, March 2. The chairman quit at 5:10 that morning.", "5:10", D(2026, 3, 13), "TIME",
    "2026-03-02T05:10", rule="clock")
# a clock time right before a day told from the date in focus is of that day
add("The board met on Monday, March 2. The chairman quit at about 2:30 the next morning.", "2:30 the next morning", D(2026, 3, 13),
    "TIME", "2026-03-03T02:30", rule="clock")
add("The ferry left on Saturday, May 9. It docked at 7:15 the following evening.", "7:15 the following evening", D(2026, 5, 20),
    "TIME", "2026-05-10T19:15", rule="clock")
# a clock time's day after "local time" or a part of the day named by its date
add("The rupture began at 10:48 a.m. local time on March 10 at a depth of 38 km.", "10:48 a.m. local time on March 10", D(2026, 3, 19), "TIME",
    "2026-03-10T10:48", rule="clock")
add("Police arrested the driver at 9:30 p.m. Eastern Time on Oct. 6 near the border.", "9:30 p.m. Eastern Time on Oct. 6", D(2026, 10, 8), "TIME",
    "2026-10-06T21:30", rule="clock")
add("The outage began at 02:10 Greenwich Mean Time on Tuesday.", "02:10 Greenwich Mean Time on Tuesday", D(2026, 10, 8), "TIME",
    "2026-10-06T02:10", rule="clock")
add("At 10:48 on the morning of Tuesday, March 10, the ground began to shake.", "10:48 on the morning of Tuesday, March 10", D(2026, 3, 20),
    "TIME", "2026-03-10T10:48", rule="clock")
add("The ship sank at 4:15 on the afternoon of 3 June 2021.", "4:15 on the afternoon of 3 June 2021", D(2022, 3, 28), "TIME",
    "2021-06-03T16:15", rule="clock")
add("The tanker ran aground on Tuesday, November 3. By first light a plane had found a slick.", "first light", D(2026, 12, 11), "TIME", "2026-11-03TMO", rule="dayTurn")
add("The storm reached the coast on March 3. By nightfall the river had burst its banks.", "nightfall", D(2022, 3, 10), "TIME", "2022-03-03TEV", rule="dayTurn")
none("It was the dawn of a new era for the company.", "dawn", D(2022, 3, 28))
none("Sunset Boulevard was closed to traffic.", "Sunset", D(2022, 3, 28))
# anaphora
add("Troops arrived on 3 March 2022. The next day they left.", "The next day", D(2022, 3, 27), "DATE", "2022-03-04", rule="relative")
add("Troops arrived on 3 March 2022. Two days later they left.", "Two days later", D(2022, 3, 27), "DATE", "2022-03-05", rule="duration")
add("Troops arrived on 3 March 2022. The following week they left.", "The following week", D(2022, 3, 27), "DATE", "2022-W10", rule="relative")
add("Troops arrived on 3 March 2022. That day they left.", "That day", D(2022, 3, 27), "DATE", "2022-03-03", rule="relative")
add("The pact was signed on Jan. 5, 1998. A year earlier talks had failed.", "A year earlier", D(1998, 1, 8), "DATE", "1997", rule="duration")
add("Zelensky spoke over the weekend.", "the weekend", D(2022, 3, 27), "DATE", "2022-W12-WE", rule="relative")
add("Zelensky spoke over the weekend.", "the weekend", D(2022, 3, 28), "DATE", "2022-W12-WE", rule="relative")
# the weekend a past day of a story narrated weeks back looked ahead to ("would") is that day's, not the one after publication
add("On Tuesday, April 7, the ship ran aground. The next day tugs failed to free her. A day later the authority promised that the ship would be afloat by the weekend.",
    "the weekend", D(2026, 5, 8), "DATE", "2026-W15-WE", rule="relative")
add("The minister said on Wednesday that the bill would pass by the weekend.", "the weekend", D(2026, 5, 6), "DATE", "2026-W19-WE", rule="relative")
add("Turnout was low in the 1990s and the past three years.", "the past three years", D(2022, 3, 27), "DURATION", "P3Y", rule="duration")
# tense cues: a passive after "will", past perfect plans, irregular past verbs, reporting periods
add("Collins will be named commander for a mission in December.", "December", D(1998, 3, 4), "DATE", "1998-12", rule="month")
add("The offer had been scheduled to expire Friday.", "Friday", D(1989, 10, 30), "DATE", "1989-10-27", rule="weekday")
add("In January, the firm brought in a new chief.", "January", D(1998, 10, 25), "DATE", "1998-01", rule="month")
add("The talks are supposed to conclude by May.", "May", D(1998, 3, 22), "DATE", "1998-05", rule="month")
add("Revenue was $76 million for the year ended March 31.", "the year", D(1989, 11, 1), "DURATION", "P1Y", rule="relative")
add("Shares fell after lower-than-expected earnings after the market closed Wednesday.", "Wednesday", D(1989, 10, 27), "DATE", "1989-10-25", rule="weekday")
add("Ten people were wounded in the blasts next to the embassy on Friday.", "Friday", D(1998, 8, 8), "DATE", "1998-08-07", rule="weekday")
# A story narrated in sequence from a day of the week before last goes on in its own week; a date named outright and
# then a weekday is news of the last week.
narrated = D(2025, 7, 14)
add("Demand peaked on Monday, July 14. The next afternoon a transformer burst into flames. The governor declared an emergency on Tuesday night.",
    "Tuesday night", D(2025, 7, 25), "DATE", (narrated + dt.timedelta(1)).isoformat() + "TNI", rule="weekday")
add("Demand peaked on Monday, July 14. The next afternoon a transformer burst into flames. Santa Fe was reconnected on Wednesday.",
    "Wednesday", D(2025, 7, 25), "DATE", (narrated + dt.timedelta(2)).isoformat(), rule="weekday")
add("The quake struck on November 2. Schools in the quake zone reopened on Monday.", "Monday", D(2024, 11, 12), "DATE",
    (D(2024, 11, 12) - dt.timedelta(1)).isoformat(), rule="weekday")
# a weekday followed by the week it lies in: that week's day, whatever the tense
add("The ship grounded on Tuesday last week, the agency said.", "Tuesday last week", D(2026, 4, 16), "DATE", "2026-04-07", rule="weekday")
add("Two carriers began diverting ships on Wednesday of last week.", "Wednesday of last week", D(2026, 4, 16), "DATE", "2026-04-08", rule="weekday")
add("The talks will resume on Friday next week.", "Friday next week", D(2026, 4, 16), "DATE", "2026-04-24", rule="weekday")
add("The minister resigned on Monday this week.", "Monday this week", D(2026, 4, 16), "DATE", "2026-04-13", rule="weekday")
add("Relatives would look for ways to get around Wednesday's ruling.", "Wednesday", D(2000, 1, 7), "DATE", "2000-01-05", rule="weekday")
add("Hundreds gathered on Wednesday evening for a vigil for the two people killed in Saturday's shooting.", "Saturday", D(2024, 6, 13), "DATE", "2024-06-08", rule="weekday")
add("Voters are looking ahead to Sunday's election.", "Sunday", D(2000, 1, 7), "DATE", "2000-01-09", rule="weekday")
add("The group claimed the attack on March 5, and the chief executive refused to pay two days later, on Friday.", "Friday", D(2025, 3, 14), "DATE", "2025-03-07", rule="weekday")
add("A contractor who had been burned died on Oct. 16. Hours later, on Thursday afternoon, the judge ended the evacuation.", "Thursday afternoon", D(2025, 10, 24), "DATE", "2025-10-16TAF", rule="weekday")
add("Rescuers reached the village on Sunday, Oct. 5. Hours later, on Monday, the road reopened.", "Monday", D(2025, 10, 17), "DATE", "2025-10-06", rule="weekday")
add("The judge lifted the order on Thursday, two days after the explosion.", "two days", D(2025, 10, 17), "DURATION", "P2D", rule="duration")
add("Firefighters put out the fire on Wednesday, Oct. 15, and the order to stay indoors was lifted the same morning.", "the same morning", D(2025, 10, 24), "TIME", "2025-10-15TMO", rule="relative")
add("Herbicide use was delayed earlier in the year by rain.", "the year", D(1989, 10, 26), "DATE", "1989", rule="relative")
add("It expects sales in the current fiscal year to rise.", "the current fiscal year", D(1989, 11, 2), "DATE", "1989", rule="relative")
add("Prices rose to a high in June from $29.75 in March.", "March", D(1989, 10, 30), "DATE", "1989-03", rule="month")
add("The case will be heard in May.", "May", D(2000, 3, 29), "DATE", "2000-05", rule="month")
add("For the quarter ended Sept. 30, net income rose.", "the quarter", D(1989, 10, 26), "DATE", "1989-Q3", rule="relative")
add("Net rose in the quarter ended Sept. 30 from $5 million a year earlier.", "a year earlier", D(1989, 10, 26), "DATE", "1988-Q3", rule="duration")
add("For the nine months, net rose from $9 million a year earlier.", "a year earlier", D(1989, 10, 26), "DATE", "1988", rule="duration")
add("It earned $376,000 in the 1988 quarter.", "the 1988 quarter", D(1989, 10, 30), "DATE", "1988-Q3", rule="relative")
add("In the 1988 third quarter, the company posted a loss.", "the 1988 third quarter", D(1989, 10, 26), "DATE", "1988-Q3", rule="relative")
add("Sales fell in the third quarter of last year.", "the third quarter of last year", D(2025, 9, 16), "DATE", "2024-Q3", rule="relative")
add("Regulators should approve the deal by the end of the first quarter of next year.", "the end of the first quarter of next year", D(2025, 9, 16), "DATE", "2026-Q1", mod="END", rule="periodPart")
add("His promise to halve unemployment by the year two thousand was abandoned.", "the year two thousand", D(1998, 2, 5), "DATE", "2000", rule="relative")
add("The firm must pay down its bridge loan by February.", "February", D(1989, 10, 30), "DATE", "1990-02", rule="month")
add("The bank agreed to acquire the holding company in January.", "January", D(1989, 11, 2), "DATE", "1990-01", rule="month")
add("He was shot to death last Oct. 23 at his home.", "last Oct. 23", D(1999, 4, 19), "DATE", "1998-10-23", rule="relative")
add("The price is a premium over Thursday's closing price.", "Thursday", D(1989, 10, 30), "DATE", "1989-10-26", rule="weekday")
# holidays (dates computed by Python's datetime / the Gregorian Easter rule)
add("Elian was found on Thanksgiving Day clinging to an inner tube.", "Thanksgiving Day", D(2000, 3, 29), "DATE", "1999-11-25", rule="holiday")
add("The boy was rescued last Thanksgiving.", "last Thanksgiving", D(2000, 3, 29), "DATE", "1999-11-25", rule="relativeHoliday")
add("Voters will go to the polls on Election Day.", "Election Day", D(1998, 10, 26), "DATE", "1998-11-03", rule="holiday")
add("Pilgrims will gather in Rome for Easter.", "Easter", D(2022, 3, 27), "DATE", "2022-04-17", rule="holiday")
add("The shops closed early on Christmas Eve.", "Christmas Eve", D(2022, 1, 10), "DATE", "2021-12-24", rule="holiday")
add("The sale ends after Labor Day.", "Labor Day", D(2022, 8, 1), "DATE", "2022-09-05", rule="holiday")
add("In the latest quarter, it lost $23 million, compared with earnings of $33 million last year.", "last year", D(1989, 10, 30), "DATE", "1988-Q3", rule="relative")
add("Sales rose 5% last year, the company said.", "last year", D(1989, 10, 30), "DATE", "1988", rule="relative")
add("The company scrapped the unit this past spring.", "past spring", D(1989, 10, 30), "DATE", "1989-SP", rule="relative")
add("Troops arrived on 3 March 2022. The next morning they left.", "The next morning", D(2022, 3, 27), "TIME", "2022-03-04TMO", rule="relative")
add("It was among the great events of the 20th century.", "the 20th century", D(1989, 11, 1), "DATE", "19", rule="relative")
add("Eight trading days after the crash, the index recovered.", "Eight trading days", D(1989, 10, 30), "DURATION", "P8D", rule="duration")
add("The father will leave at 4 in the morning.", "4 in the morning", D(2000, 4, 5), "TIME", "2000-04-05T04:00", rule="number")
add("Just over an hour later, he was declared dead.", "over an hour", D(1998, 10, 25), "DURATION", "PT1H", "MORE_THAN", rule="modifiedDuration")
add("Vietnam may one day join the group.", "one day", D(1998, 3, 3), "DATE", "FUTURE_REF", rule="duration")
add("The feud became a decades-long struggle.", "a decades-long", D(1998, 3, 3), "DURATION", "PXY", rule="duration")
add("It recently returned to profit after several quarters of losses.", "several quarters", D(1989, 10, 30), "DURATION", "PXM", rule="duration")
add("In the first nine months, net was $306 million, compared with a loss in the 1988 period.", "the 1988 period", D(1989, 11, 2), "DATE", "1988", rule="relative")
add("The stock would be redeemed in five years.", "five years", D(1989, 11, 2), "DATE", "1994", rule="duration")
add("The vote will be held in three weeks.", "three weeks", D(2022, 3, 27), "DATE", "2022-W15", rule="duration")
add("It was the first rise in five years.", "five years", D(2022, 3, 27), "DURATION", "P5Y", rule="duration")
add("Angkor Wat is near the fabled 11th century temple.", "11th century", D(1998, 2, 19), "DATE", "10", rule="number")
add("Prosecutors have told him that they may soon seek an indictment.", "soon", D(1989, 10, 27), "DATE", "FUTURE_REF", rule="deictic")
add("Dealers placed heavy buy orders in the morning.", "the morning", D(1989, 10, 27), "TIME", "1989-10-27TMO", rule="relative")
add("By mid afternoon, official sources reported clashes.", "mid afternoon", D(1998, 3, 6), "TIME", "1998-03-06TAF", rule="relative")
add("Sell programs seem to hurt market makers more these days.", "these days", D(1989, 10, 27), "DATE", "PRESENT_REF", rule="relative")
add("The company will raise funds at a later date.", "a later date", D(1989, 10, 26), "DATE", "FUTURE_REF", rule="relative")
add("They will have to live without it for a while.", "a while", D(1998, 3, 3), "DURATION", "PXX", rule="relative")
add("Slepian was shot on Oct. 23, 1998. He died at 10 p.m. in his kitchen.", "10 p.m.", D(1999, 4, 19), "TIME", "1998-10-23T22:00", rule="number")
add("It posted a third-quarter loss. For the quarter a year ago, it reported earnings.", "the quarter a year ago", D(1989, 10, 26), "DATE", "1988-Q3", rule="relative")
add("He fled to Florida in June 1998 and returned to Cuba later that year.", "later that year", D(2000, 1, 28), "DATE", "1998", "END", rule="relative")
add("Imports were $37.3 million in 1988, a small share of all imports that year.", "that year", D(1989, 11, 2), "DATE", "1988", rule="relative")
# a season back-refers, as a month or a year does, to the last date named at that scale or finer
add("New York has required registration since August 2015, after the outbreak of that summer.", "that summer", D(2025, 9, 12), "DATE", "2015-SU", rule="relative")
add("The storm hit in March 2019. That winter, the river froze.", "That winter", D(2025, 9, 12), "DATE", "2019-WI", rule="relative")
add("Investors urged a sale in March 1989. The following month, the company put itself up for sale.", "The following month", D(1989, 10, 27), "DATE", "1989-04", rule="relative")
add("Orangemen march each July from their church.", "each July", D(1998, 3, 22), "SET", "XXXX-07", rule="relative")
add("Trains to the coast run every Tuesday night.", "every Tuesday night", D(1998, 3, 22), "SET", "XXXX-WXX-2TNI", rule="relative")
add("Tourists flock to the island every summer.", "every summer", D(1998, 3, 22), "SET", "XXXX-SU", rule="relative")
add("The museum is closed on Mondays.", "Mondays", D(1998, 3, 22), "SET", "XXXX-WXX-1", rule="recurringDay")
add("Two new flights will leave Bombay on Tuesday nights.", "Tuesday nights", D(1998, 2, 13), "SET", "XXXX-WXX-2TNI", rule="recurringDay")
# clause bounds, deadlines, negated modals, halves, seasons of a year, holiday weeks
add("First of America will acquire the Peoria, Ill., bank holding company in January.", "January", D(1989, 11, 2), "DATE", "1990-01", rule="month")
add("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", "Jan. 31", D(1989, 10, 31), "DATE", "1989-01-31", rule="month")
add("The spokesman could not be reached for comment Wednesday.", "Wednesday", D(2000, 1, 6), "DATE", "2000-01-05", rule="weekday")
add("Neither he nor his parents could be located Wednesday.", "Wednesday", D(2000, 1, 6), "DATE", "2000-01-05", rule="weekday")
add("The vote could take place on Tuesday.", "Tuesday", D(2022, 3, 28), "DATE", "2022-03-29", rule="weekday")
add("Until Thursday, they had not called him a suspect.", "Thursday", D(1999, 5, 7), "DATE", "1999-05-06", rule="weekday")
add("The store is closed until Thursday.", "Thursday", D(1999, 5, 7), "DATE", "1999-05-13", rule="weekday")
add("The agency has given the family until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", D(2000, 4, 3), "TIME", "2000-04-04T09:00", rule="number")
add("Lenders have extended loans to the company through January.", "January", D(1989, 10, 30), "DATE", "1990-01", rule="month")
add("Sales changed little this year through August.", "August", D(1989, 10, 27), "DATE", "1989-08", rule="month")
add("The offensive began as previously planned Saturday night.", "Saturday night", D(1991, 2, 25), "DATE", "1991-02-23TNI", rule="weekday")
add("Prices fell in the winter of 1994.", "the winter of 1994", D(1998, 2, 23), "DATE", "1994-WI", rule="relative")
add("Prices fell in the summer of nineteen ninety-six.", "the summer of nineteen ninety-six", D(1998, 2, 23), "DATE", "1996-SU", rule="relative")
add("Trading halted in mid-afternoon yesterday.", "mid-afternoon yesterday", D(1989, 11, 2), "TIME", "1989-11-01TAF", rule="relative")
add("The then-current chairman resigned.", "current", D(1989, 10, 26), "DATE", "PAST_REF", rule="deictic")
add("Losses will continue in the first two quarters of 1990.", "the first two quarters of 1990", D(1989, 10, 26), "DATE", "1990-H1", rule="half")
add("Sales rose in the last half of 1989.", "the last half of 1989", D(1989, 10, 26), "DATE", "1989-H2", rule="half")
add("Output will recover in the second half of next year.", "the second half of next year", D(2022, 3, 27), "DATE", "2023-H2", rule="half")
add("The insurer forecast a fourth-quarter charge. Earnings fell 59% in the latest quarter.", "the latest quarter", D(1989, 11, 2), "DATE", "1989-Q3", rule="relative")
add("Bush set the deadline a week or so ago.", "a week or so ago", D(1991, 2, 25), "DATE", week(D(1991, 2, 18)), "APPROX", rule="duration")
add("Bethlehem expects losses through the third quarter of 1990. In the year-ago period, it earned $101 million.", "the year-ago period", D(1989, 10, 26), "DATE", "1988-Q3", rule="relative")
add("It lost $8 million in the third quarter. That compares with a profit in the corresponding period last year.", "the corresponding period last year", D(1989, 11, 1), "DATE", "1988-Q3", rule="relative")
add("Sales for the year rose 4% from the same period a year earlier.", "the same period a year earlier", D(1989, 11, 1), "DATE", "1988", rule="relative")
add("Doctors were killed, most recently last October. His name was crossed out that same day.", "same day", D(1999, 2, 6), "DATE", "1998-10-XX", rule="relative")
add("On Tuesday, the National Abortion Rights Action League plans to hold a news conference.", "Tuesday", D(1998, 10, 26), "DATE", "1998-10-27", rule="weekday")
add("On Friday, when she set aside vacation plans for the hastily planned trip, the ban was lifted.", "Friday", D(1998, 8, 17), "DATE", "1998-08-14", rule="weekday")
add("Police gathered evidence in the October slaying of the doctor.", "October", D(1999, 4, 19), "DATE", "1998-10", rule="month")
add("The March accession will enable the three to attend the summit.", "March", D(1999, 2, 10), "DATE", "1999-03", rule="month")
none("Thousands marched in the March of the Combatant Mothers.", "March", D(2000, 1, 15))
add("The film High Noon helped us, and for Poland high noon comes today.", "today", D(1999, 3, 12), "DATE", "1999-03-12", rule="deictic")
none("Baker spoke on ABC News' \"This Week\" program.", "This Week", D(1990, 8, 13))
none("This is VOA Today.", "Today", D(1998, 3, 31))
none("Erling Haaland scored twice in the first half and Phil Foden added a third after the break.", "first half", D(2025, 3, 10))
add("Operating profit rose 12 percent in the first half, the company said.", "the first half", D(2025, 9, 16), "DATE", "2025-H1", rule="relative")
none("The film High Noon helped us.", "Noon", D(1999, 3, 12))
none("She reads USA Today every morning.", "Today", D(1999, 3, 12))
none("If I were choosing the people of tomorrow, I would choose them.", "tomorrow", D(1989, 11, 2))
none("The case of Elian is for today's youth what the blockade was for their parents.", "today", D(2000, 1, 7))
none("Chips of choice in many of today's personal computers.", "today", D(1989, 10, 27))
add("A few days later, American Medical announced the deal.", "A few days", D(1989, 10, 27), "DURATION", "PXD", rule="duration")
none("The clinic is guarded 24 hours a day, seven days a week.", "24 hours", D(1998, 10, 25))
add("Today's meeting was cancelled.", "Today", D(1998, 10, 25), "DATE", "1998-10-25", rule="deictic")
add("As of today, the law applies.", "today", D(1989, 11, 2), "DATE", "1989-11-02", rule="deictic")
add("Today is the eighth day of the blockade.", "the eighth day", D(1990, 8, 15), "DATE", "1990-08-15", rule="relative")
add("It's the second day of an offensive by the police.", "the second day", D(1998, 3, 6), "DATE", "1998-03-06", rule="relative")
add("We're there to stay for a fairly lengthy period.", "a fairly lengthy period", D(1990, 8, 16), "DURATION", "PXX", rule="relative")
add("Funds will sell their holdings in the weeks ahead.", "the weeks ahead", D(1989, 10, 27), "DURATION", "PXW", rule="relative")
add("The merger follows months of twists and turns.", "months", D(1989, 10, 27), "DURATION", "PXM", rule="relative")
add("Police arrested him in the early hours of Thursday morning.", "Thursday morning", D(1999, 10, 8), "DATE", "1999-10-07TMO", rule="weekday")
add("The stock rose to a high for the year of $42.875 a share.", "the year", D(1989, 10, 30), "DATE", "1989", rule="relative")
add("Stocks closed on Friday. London shares were down 4.5% from the previous Friday.", "the previous Friday", D(1989, 10, 30), "DATE", "1989-10-20", rule="relative")
add("Sun earned $1 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose from the 1988 period.", "the 1988 period", D(1989, 10, 26), "DATE", "1988-Q3", rule="relative")
add("Sun earned $1 million in the fiscal first quarter ended Sept. 29. Sales rose 39%, and Sun shipped 28,000 systems in the quarter.", "the quarter", D(1989, 10, 26), "DATE", "1989-Q1", rule="relative")
add("Losses will last through at least the first two quarters of 1990.", "the first two quarters of 1990", D(1989, 10, 26), "DATE", "1990-H1", rule="half")
add("Neither he nor the boy's four grandparents could be located Wednesday.", "Wednesday", D(2000, 1, 6), "DATE", "2000-01-05", rule="weekday")
add("It lost $8 million in the third quarter ended Sept. 30. This quarter's loss includes charges.", "This quarter", D(1989, 11, 1), "DATE", "1989-Q3", rule="relative")
add("There were sell programs in past years, too.", "past years", D(1989, 10, 30), "DATE", "PAST_REF", rule="relative")
add("Two new flights would leave Bombay on Monday and Tuesday nights.", "Monday", D(1998, 2, 13), "SET", "XXXX-WXX-1TNI", rule="pairOfRecurringDays")
none("Now for today's geography quiz.", "Now", D(1998, 1, 21))
none("She joined the March for Our Lives rally.", "March", D(2022, 3, 28))
none("He spoke at the March on Washington.", "March", D(2022, 3, 28))
add("Sales should recover within two to three weeks.", "two to three weeks", D(1989, 10, 30), "DURATION", "P2W", "EQUAL_OR_MORE", rule="duration")
add("Prices will rise during the next 12 to 18 months.", "the next 12 to 18 months", D(1989, 10, 30), "DURATION", "PXM", rule="duration")
add("You may, in a year or two, save a few more lives.", "a year or two", D(1998, 3, 31), "DATE", "FUTURE_REF", rule="duration")
add("The talks stalled a day or two ago.", "a day or two ago", D(1998, 3, 31), "DATE", "PAST_REF", rule="duration")
add("The strike lasted two or three days.", "two or three days", D(1998, 3, 31), "DURATION", "P2D", "APPROX", rule="duration")
add("The company expects to close the sale by year-end.", "year-end", D(1989, 11, 2), "DATE", "1989-12-31", rule="relative")
add("The percentage change is since year-end.", "year-end", D(1989, 10, 30), "DATE", "1988-12-31", rule="relative")
add("Geremek said it was a great day for Poland.", "a great day", D(1999, 3, 13), "DATE", "1999-03-13", rule="relative")
add("In the quarter ended July 31, Jayark had 5.6 million shares outstanding.", "the quarter", D(1989, 10, 30), "DATE", "1989-Q2", rule="relative")
add("In the comparable year-ago quarter, the second quarter ended Oct. 31, the company lost $12 million.", "the second quarter", D(1989, 10, 27), "DATE", "1988-Q2", rule="relative")
add("In the comparable year-ago quarter, the second quarter ended Oct. 31, the company lost $12 million.", "Oct. 31", D(1989, 10, 27), "DATE", "1988-10-31", rule="month")
add("Eight trading days after Oct. 12, the day before the plunge, the index had fallen.", "the day", D(1989, 10, 30), "DATE", "1989-10-12", rule="relative")
add("He has been arrested at this march in each of the last three years.", "the last three years", D(1999, 1, 22), "SET", "P1Y", rule="duration")
add("Slepian was shot to death on Oct. 23 at his home. A jogger saw the car there 10 days before the murder.", "10 days", D(1999, 5, 5), "DATE", "1998-10-13", rule="number")
add("Slepian was shot to death on Oct. 23 at his home. A jogger saw the car at 6 a.m. ten days before the shooting.", "6 a.m.", D(1999, 5, 5), "TIME", "1998-10-13T06:00", rule="number")
add("Slepian was shot to death last Oct. 23. The police chief spoke on April 8. Slepian was shot at 10 p.m. in his kitchen.", "10 p.m.", D(1999, 4, 19), "TIME", "1998-10-23T22:00", rule="number")
add("Officials discussed the Oct. 23 killing of the doctor. Two men came to the house the day after his death.", "the day after", D(1998, 11, 21), "DATE", "1998-10-24", rule="relative")
add("The vote was held on Sunday. Two days before the election, the minister resigned.", "Two days", D(2022, 3, 28), "DATE", "2022-03-25", rule="duration")
add("Talks will resume two days before the vote.", "two days", D(2022, 3, 28), "DURATION", "P2D", rule="duration")
add("Glassmakers have kept their secrets for more than two thousand years.", "more than two thousand years", D(1998, 1, 21), "DURATION", "P2000Y", "MORE_THAN", rule="modifiedDuration")
add("The first convoy should arrive by the end of the month.", "the end of the month", D(2022, 3, 28), "DATE", "2022-03", "END", rule="periodPart")
add("Troops will stay until the end of March.", "the end of March", D(2022, 3, 28), "DATE", "2022-03", "END", rule="periodPart")
add("Elections are due at the beginning of next year.", "the beginning of next year", D(2022, 3, 28), "DATE", "2023", "START", rule="periodPart")
add("Kharkiv was shelled overnight, officials said.", "overnight", D(2022, 3, 28), "TIME", "2022-03-27TNI", rule="overnight")
none("An overnight curfew was imposed.", "overnight", D(2022, 3, 28))
# "overnight on 7 September", "overnight on Sunday, Sept. 7": the night of the day named ("the night of Oct. 23" stays
# the day, as TimeBank marks it).
for d in dcts:
    day = d - dt.timedelta(9)
    add(f"The two men broke out overnight on {day.day} {months[day.month - 1]}.", f"overnight on {day.day} {months[day.month - 1]}", d, "DATE", day.isoformat() + "TNI", rule="nightOfADay")
    add(f"The two men broke out overnight on {wdays[day.weekday()]}, {abbr[day.month - 1]} {day.day}, police said.", f"overnight on {wdays[day.weekday()]}, {abbr[day.month - 1]} {day.day}", d, "DATE", day.isoformat() + "TNI", rule="nightOfADay")
none("Earnings were $4.1556 per share.", "1556", D(2000, 5, 1))
none("The Orion 1980 model was recalled.", "1980", D(2000, 5, 1))
none("A cross-sectional survey of 1709 schoolchildren was carried out.", "1709", D(2006, 2, 23))
none("Nearly 1500 people were evacuated from the town.", "1500", D(2015, 5, 18))
none("The army sent some 2000 troops to the border.", "2000", D(2022, 3, 28))
add("Two weeks after the invasion began on Feb. 24, the first corridors opened.", "Two weeks", D(2022, 3, 28), "DATE", week(D(2022, 3, 10)), rule="duration")
add("A new round is expected to start on Tuesday and last until Wednesday.", "Wednesday", D(2022, 3, 28), "DATE", "2022-03-30", rule="weekday")
add("The exchange of prisoners took place on the 25th.", "25th", D(2022, 3, 28), "DATE", "2022-03-25", rule="number")
add("The exchange of prisoners took place on the 30th.", "30th", D(2022, 3, 28), "DATE", "2022-01-30", rule="number")
add("The deadline for bids is the 3rd, and the winner will be named on the 5th.", "5th", D(2022, 3, 28), "DATE", "2022-04-05", rule="number")
add("The summit is planned for mid-May but could slip to June.", "mid-May", D(2022, 3, 28), "DATE", "2022-05", "MID", rule="relative")
none("Prime Minister Theresa May met Johnson and May spoke later.", "May", D(2022, 3, 28))
none("Firefighters searched the hills above Viña del Mar.", "Mar", D(2024, 2, 5))
none("The festival in Mar del Plata opened.", "Mar", D(2024, 2, 5))
add("Kyiv has been under curfew since 8 p.m. on Saturday.", "8 p.m. on Saturday", D(2022, 3, 28), "TIME", "2022-03-26T20:00", rule="number")
add("Markets Rally Again This Week As Investors Return\n\nStocks rose on Monday.", "This Week", D(2022, 3, 28), "DATE", "2022-W13", rule="relative")
add("Auction business is usually conducted in the second and fourth quarters.", "fourth quarters", D(1989, 10, 26), "SET", "XXXX-Q4", rule="relative")
add("Sales rose in the first and second quarters of 1988.", "the first", D(1989, 10, 26), "DATE", "1988-Q1", rule="relative")
add("Sales rose in the first and second quarters of 1988.", "second quarters of 1988", D(1989, 10, 26), "DATE", "1988-Q2", rule="relative")
add("Holders get nearly twice as high a dividend this year as last.", "last", D(1989, 10, 26), "DATE", "1988", rule="elliptical")
add("Sales are lower this month than last, the chain said.", "last", D(2022, 3, 28), "DATE", "2022-02", rule="elliptical")
add("Ralston reported a 47% decline in fourth-quarter earnings. It earned $45 million, compared with $85 million a year earlier.", "a year earlier", D(1989, 11, 2), "DATE", "1988-Q4", rule="duration")
add("Kimberly-Clark posted a gain in third-quarter net income. After a flat second quarter, it cut costs. Charges were taken in the year-earlier period.", "the year-earlier period", D(1989, 11, 1), "DATE", "1988-Q3", rule="relative")
add("Travelers said the earthquake will result in a fourth-quarter charge. Earnings fell in the latest quarter.", "the latest quarter", D(1989, 11, 2), "DATE", "1989-Q3", rule="relative")
none("That is very important to the future of our peoples.", "future", D(1998, 2, 18))
add("The quarter was terrible, and the future looks anything but encouraging.", "the future", D(1989, 10, 30), "DATE", "FUTURE_REF", rule="relative")
add("Whether this proves positive in the future is yet to be seen.", "the future", D(1998, 5, 1), "DATE", "FUTURE_REF", rule="relative")
none("The rifle was buried in the days before the shooting.", "days", D(1999, 5, 5))
none("Slepian was shot to death on the night of Oct. 23. The killer buried the rifle in the days before the shooting.", "days", D(1999, 5, 5))
# an amount of recorded media, measured in playing time, is no stretch of time
none("The 30GB model stores 75 hours of video at a resolution of 320 by 240.", "hours", D(2005, 10, 13))
none("The player holds 40 minutes of music and costs $99.", "minutes", D(2006, 9, 12))
none("Investigators reviewed 200 hours of footage from the station's cameras.", "hours", D(2013, 4, 20))
none("On the larger model, 150 hours can be stored.", "hours", D(2005, 10, 13))
none("Up to 90 minutes could be recorded on one tape.", "minutes", D(1998, 8, 1))
add("The suspects can be held for 48 hours without charge.", "48 hours", D(1998, 8, 1), "DURATION", "PT48H", rule="duration")
add("The festival offered two days of music in the park.", "two days", D(1998, 8, 1), "DURATION", "P2D", rule="duration")
add("Negotiators met for 20 hours of talks before the deal.", "20 hours", D(1998, 8, 1), "DURATION", "PT20H", rule="duration")
# digits after a decimal point are no year
none("The company earned $4.1556 per share in the quarter.", "1556", D(1989, 10, 25))
none("The dollar fell to 1.8300 marks from 1.8412.", "8412", D(1989, 10, 25))
add("5,500 prisoners were taken in the first hours of the ground war.", "the first hours", D(1991, 2, 25), "DURATION", "PTXH", rule="relative")
none("Police arrested him in the early hours of Thursday morning.", "hours", D(1999, 10, 8))
# a weekday before a noun of a publication is a kind ("a Sunday newspaper"), one between "the" and a capitalised word
# a title ("the Sunday Times"); read as days they had put a retrospective's story in the week before publication
none("It all started with a Sunday tabloid.", "Sunday", D(2026, 3, 13))
none("The letter was printed by the Sunday Courier.", "Sunday", D(2026, 3, 13))
none("The Sunday Times first reported the letter.", "Sunday", D(2026, 3, 13))
none("The story ran in the Saturday edition.", "Saturday", D(2026, 3, 13))
add("It all started with a Sunday tabloid. On Sunday, March 1, the Sunday Courier printed the letter. The next morning the mayor "
    "apologised. The council met on Tuesday, March 3, and the police opened a file the same day. On Wednesday the contract was frozen.",
    "Wednesday", D(2026, 3, 13), "DATE", "2026-03-04", rule="weekday")
for (y, m, day) in [(2000, 4, 17), (2022, 4, 12), (2019, 4, 25)]:
    d = D(y, m, day)
    a, b = d.year % 19, d.year // 100
    c = d.year % 100; dd = b // 4; e = b % 4; f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - dd - g + 15) % 30; i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7; mm = (a + 11 * h + 22 * l) // 451
    easter = D(d.year, (h + l - 7 * mm + 114) // 31, (h + l - 7 * mm + 114) % 31 + 1)
    add("Protesters prayed as Easter week began.", "Easter week", d, "DATE", week(easter), rule="holiday")
for y in [2021, 2022, 2023]:
    may31 = D(y, 5, 31); memorial = may31 - dt.timedelta(may31.weekday())
    add("Traffic is heavy over the Memorial Day weekend.", "Memorial Day weekend", memorial - dt.timedelta(3), "DATE", week(memorial - dt.timedelta(1)) + "-WE", rule="holiday")
    nov1 = D(y, 11, 1); thanks = nov1 + dt.timedelta((3 - nov1.weekday()) % 7 + 21)
    add("Shoppers are out for the Thanksgiving weekend.", "Thanksgiving weekend", thanks - dt.timedelta(2), "DATE", week(thanks) + "-WE", rule="holiday")
# a week or a day named by a date in it or next to it
for y, m, day in [(2000, 3, 6), (2022, 3, 28), (1998, 12, 31), (2021, 1, 1)]:
    d = D(y, m, day)
    add(f"A hearing is set for the week of {months[m - 1]} {day}, {y}.", f"the week of {months[m - 1]} {day}, {y}", D(2000, 2, 24), "DATE", week(d), rule="relative")
    add(f"The deal was signed the day before {day} {months[m - 1]} {y}.", f"the day before {day} {months[m - 1]} {y}", D(2022, 3, 27), "DATE", (d - dt.timedelta(1)).isoformat(), rule="relative")
    add(f"Markets reopened the day after {months[m - 1]} {day}, {y}.", f"the day after {months[m - 1]} {day}, {y}", D(2022, 3, 27), "DATE", (d + dt.timedelta(1)).isoformat(), rule="relative")
for d in dcts:
    last_tue = d - dt.timedelta((d.weekday() - 1) % 7 or 7)
    add("The day before last Tuesday's hearing, he visited the house.", "The day before last Tuesday", d, "DATE", (last_tue - dt.timedelta(1)).isoformat(), rule="relative")
    add("Shops stayed shut the day after Christmas Day.", "the day after Christmas Day", d, "DATE", D(d.year - 1 if (d.month, d.day) < (12, 26) else d.year, 12, 26).isoformat(), rule="relative")

here = os.path.dirname(os.path.abspath(__file__))
rules_dir = os.path.join(here, "..", "Sources", "TimelineCore", "Time", "Rules")
def q(s): return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
files = {}
for key, (fname, enum, lst) in RULES.items():
    files.setdefault((fname, enum), []).append((lst, [r for r in rows if r[6] == key]))
for (fname, enum), lists in sorted(files.items()):
    path = os.path.join(rules_dir, fname + "+Examples.swift")
    with open(path, "w") as f:
        f.write("// Generated by scripts/gen-timex-examples.py (expected values computed with Python's datetime). Do not edit by hand.\n")
        f.write("// The examples of the rules in " + fname + ".swift: sentence, expression, reference date, type, value, mod.\n")
        f.write("extension " + enum + " {\n")
        for lst, rs in lists:
            f.write("    static let " + lst + ": [TimexExample] = [\n")
            for r in rs:
                f.write(f"        TimexExample({q(r[0])}, {q(r[1])}, {q(r[2])}, {q(r[3])}, {q(r[4])}{', ' + q(r[5]) if r[5] else ''}),\n")
            f.write("    ]\n")
        f.write("}\n")
out = os.path.join(here, "..", "Tests", "TimelineCoreTests", "Time", "TimexNonExamples.swift")
with open(out, "w") as f:
    f.write("// Generated by scripts/gen-timex-examples.py. Do not edit by hand.\n")
    f.write("// Sentences in which a word belongs to no temporal expression (names, idioms, generic uses): sentence, word, reference date.\n")
    f.write("let timexNonExamples: [TimexNonExample] = [\n")
    for r in nones:
        f.write(f"    TimexNonExample({q(r[0])}, {q(r[1])}, {q(r[2])}),\n")
    f.write("]\n")
print(len(rows), "examples in", len(files), "files of", os.path.normpath(rules_dir), "and", len(nones), "non-examples in", os.path.normpath(out))
