#!/usr/bin/env python3
"""Writes N synthetic but realistic English news articles for benchmarks.

Usage: scripts/gen-corpus.py N OUTDIR [--seed S]

Deterministic: the same N and seed give the same bytes. Standard library only.

What the corpus contains, so that every pipeline stage has real work:
- underlying stories (talks, attacks, floods, protests, votes, arrests, visits, ceasefires, agreements,
  fires, explosions, resignations, evacuations) each reported by one to six outlets, published on
  different days around the event, some of them with a date off by a day, and mentioned again as
  background in later articles, so the merge groups mentions from many documents;
- dates in every shape the tagger reads: "28 March", "March 28th", "Mar. 28", ISO, "between 28 and 30
  March", "March 28-30", "tomorrow", "on Monday", "last week", "two days ago", "the next day",
  "about two weeks", years, months;
- cities from the gazetteer (Sources/TimelineCore/Places/Resources/gazetteer.tsv), with the variant
  spellings it lists (Kiev/Kyiv), countries and their adjectives;
- publication dates from YAML front matter, from a sources.yaml sidecar, from a wire dateline
  ("Moscow, March 28 (dpa) -", "KYIV, Ukraine (Reuters) -", "Feb. 2 (UPI) --") or from nothing,
  so that the date must be inferred;
- attribution ("X said", "according to X") and modality (planned, expected, claimed).
Files go to subfolders of at most 1,000 articles.
"""
import argparse
import bisect
import datetime
import os
import pathlib
import random
import sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MON_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUM = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
DASH = "\u2013"   # en dash
MDASH = "\u2014"  # em dash

# name, dateline agency tag (None: no wire dateline), dateline style
OUTLETS = [
    ("Reuters", "Reuters", "upper"), ("Associated Press", "AP", "upper"), ("Agence France-Presse", "AFP", "upper"),
    ("dpa", "dpa", "dated"), ("Ghana News Agency (dpa)", "dpa/GNA", "dated"), ("UPI", "UPI", "dateonly"),
    ("Xinhua", "Xinhua", "dated"), ("Anadolu Agency", "AA", "dated"), ("Kyodo News", "Kyodo", "upper"),
    ("Yonhap", "Yonhap", "dated"), ("Interfax", "Interfax", "dated"), ("EFE", "EFE", "dated"),
    ("The Valley Herald", None, None), ("City A.M.", None, None), ("The Evening Courier", None, None),
    ("Northern Ledger", None, None), ("The Daily Meridian", None, None), ("Harbour Times", None, None),
    ("Continental Review", None, None), ("The Morning Dispatch", None, None), ("Riverside Gazette", None, None),
    ("Global Affairs Weekly", None, None), ("The Capital Observer", None, None), ("Coastal Post", None, None),
]

FIRST = ["Anna", "David", "Maria", "Olena", "James", "Fatima", "Carlos", "Mei", "Ahmed", "Sofia", "Pierre",
         "Ngozi", "Hiroshi", "Elena", "Kwame", "Laura", "Omar", "Ingrid", "Rahul", "Yusuf", "Chiara", "Tomasz",
         "Amara", "Daniel", "Leila", "Mikhail", "Grace", "Andrei", "Priya", "Samuel", "Nadia", "Lucas", "Aisha",
         "Viktor", "Hannah", "Jorge", "Zainab", "Felix", "Irina", "Kenji"]
LAST = ["Kovalenko", "Hartmann", "Okafor", "Rossi", "Nakamura", "Haddad", "Silva", "Novak", "Petrov", "Mensah",
        "Dubois", "Fischer", "Sato", "Ibrahim", "Kowalski", "Andersen", "Moreno", "Chen", "Singh", "Yilmaz",
        "Bianchi", "Okonkwo", "Lindqvist", "Marchetti", "Tanaka", "Abubakar", "Schneider", "Popescu", "Ferreira",
        "Volkov", "Osei", "Brennan", "Jansen", "Demir", "Horvat", "Castillo", "Nkosi", "Larsen", "Mahmoud", "Weber"]
ROLES = ["Foreign Minister", "Interior Minister", "Defence Minister", "Prime Minister", "President", "mayor",
         "regional governor", "police chief", "opposition leader", "army spokesperson", "government spokesperson",
         "union leader", "emergency services chief", "chief negotiator", "health minister", "ambassador"]
GROUPS = ["officials", "the government", "the army", "police", "rescue workers", "local authorities",
          "the interior ministry", "the foreign ministry", "witnesses", "residents", "aid agencies", "the military"]
ANALYSTS = ["analysts", "diplomats", "economists", "observers", "security experts", "aid workers"]

# kind: (headline, past lead, future lead, noun phrase, details...)
# placeholders: {city} {country} {adj} {p1} {p2} {r1} {r2} {n} {m} {cty2}
KINDS = {
    "talks": dict(
        head=["{adj} and {adj2} officials to resume talks in {city}", "Talks in {city} end without breakthrough",
              "Negotiators meet in {city} as pressure mounts"],
        past=["{adj} and {adj2} delegations held talks in {city} {date}", "negotiators from {country} and {country2} met in {city} {date}",
              "a new round of talks between {country} and {country2} began in {city} {date}"],
        fut=["{adj} and {adj2} delegations will resume talks in {city} {date}", "a new round of face-to-face negotiations is planned to start in {city} {date}",
             "negotiators from {country} and {country2} are expected to meet in {city} {date}"],
        noun="the talks in {city}"),
    "attack": dict(
        head=["Shelling hits {city} as fighting intensifies", "{city} struck by missiles overnight", "Attack on {city} kills {n}"],
        past=["forces shelled residential areas of {city} {date}", "a missile strike hit an industrial district of {city} {date}",
              "an attack on a checkpoint near {city} killed {n} people {date}"],
        fut=["further strikes on {city} are expected {date}", "the army plans to launch an offensive near {city} {date}"],
        noun="the attack on {city}"),
    "flood": dict(
        head=["Floods force evacuation of towns near {city}", "Heavy rain floods {city}", "{city} braces for more flooding"],
        past=["floods swept through low-lying districts of {city} {date}", "heavy flooding hit {city} and nearby villages {date}",
              "the river burst its banks in {city} {date}, flooding hundreds of homes"],
        fut=["more flooding is expected in {city} {date}", "forecasters warned that the river could flood {city} {date}"],
        noun="the floods in {city}"),
    "protest": dict(
        head=["Thousands protest in {city}", "Protesters rally in {city} against new law", "Police disperse protest in {city}"],
        past=["thousands of people protested in central {city} {date}", "demonstrators rallied outside parliament in {city} {date}",
              "a protest against rising prices drew large crowds in {city} {date}"],
        fut=["opposition groups plan to rally in {city} {date}", "a protest is planned in {city} {date}"],
        noun="the protest in {city}"),
    "vote": dict(
        head=["{country} votes in closely watched election", "Polls open across {country}", "{country} referendum result due"],
        past=["voters across {country} cast their ballots in a general election {date}", "lawmakers in {city} voted to approve the budget {date}",
              "{country} held a referendum on constitutional changes {date}"],
        fut=["{country} will hold a general election {date}", "parliament in {city} is expected to vote on the bill {date}"],
        noun="the vote in {country}"),
    "arrest": dict(
        head=["Police in {city} arrest suspects", "{r1} detained in {city}", "Arrests follow raid in {city}"],
        past=["police in {city} arrested {n} people suspected of fraud {date}", "authorities detained {p1}, a former {r1}, in {city} {date}",
              "investigators arrested a suspect in {city} {date}"],
        fut=["prosecutors in {city} are expected to indict {p1} {date}", "a court in {city} will rule on the detention of {p1} {date}"],
        noun="the arrests in {city}"),
    "visit": dict(
        head=["{r1} visits {city}", "{p1} arrives in {city} for two-day visit", "{r1} to travel to {city}"],
        past=["{r1} {p1} visited {city} {date}", "{p1} arrived in {city} {date} for meetings with {r2} {p2}",
              "{r1} {p1} travelled to {city} {date}"],
        fut=["{r1} {p1} will travel to {city} {date}", "{p1} is expected to visit {city} {date}", "{r1} {p1} plans to visit {city} {date}"],
        noun="the visit to {city}"),
    "ceasefire": dict(
        head=["Ceasefire takes hold around {city}", "Truce near {city} holds", "Ceasefire talks stall"],
        past=["a ceasefire took effect around {city} {date}", "both sides agreed to a truce near {city} {date}",
              "a temporary ceasefire was declared in {city} {date}"],
        fut=["a ceasefire is expected to take effect around {city} {date}", "a truce is planned to begin near {city} {date}"],
        noun="the ceasefire near {city}"),
    "agreement": dict(
        head=["{country} and {country2} sign trade deal", "Deal signed in {city}", "{adj} and {adj2} leaders agree on energy pact"],
        past=["{country} and {country2} signed a trade agreement in {city} {date}", "the two governments agreed on a gas deal in {city} {date}"],
        fut=["{country} and {country2} are expected to sign an agreement in {city} {date}", "the treaty will be signed in {city} {date}"],
        noun="the agreement signed in {city}"),
    "fire": dict(
        head=["Wildfire near {city} forces evacuations", "Blaze destroys warehouse in {city}", "Firefighters battle fire in {city}"],
        past=["a wildfire broke out in hills near {city} {date}", "a fire destroyed a warehouse in {city} {date}",
              "a large blaze swept through a market in {city} {date}"],
        fut=["the fire near {city} is expected to spread {date}", "officials warned that the blaze could reach {city} {date}"],
        noun="the fire near {city}"),
    "explosion": dict(
        head=["Explosion at factory in {city} kills {n}", "Blast rocks {city}", "Gas explosion in {city}"],
        past=["an explosion at a chemical plant in {city} killed {n} workers {date}", "a gas explosion damaged an apartment block in {city} {date}",
              "a blast near the port of {city} injured {n} people {date}"],
        fut=["investigators will inspect the site of the explosion in {city} {date}"],
        noun="the explosion in {city}"),
    "resignation": dict(
        head=["{r1} {p1} resigns", "{p1} steps down", "{r1} quits after scandal"],
        past=["{r1} {p1} resigned {date} after weeks of pressure", "{p1} announced {date} that he would resign as {r1}"],
        fut=["{r1} {p1} is expected to resign {date}", "{p1} will step down as {r1} {date}"],
        noun="the resignation of {p1}"),
    "evacuation": dict(
        head=["Thousands evacuated from {city}", "Evacuation of {city} under way", "{city} residents flee"],
        past=["authorities evacuated {n} hundred residents of {city} {date}", "buses evacuated civilians from {city} {date}"],
        fut=["officials plan to evacuate parts of {city} {date}", "the evacuation of {city} is expected to begin {date}"],
        noun="the evacuation of {city}"),
}
KIND_NAMES = sorted(KINDS)

QUOTES = [
    "\u201cWe are doing everything we can to help the people affected,\u201d {p} said.",
    "\u201cThis is a serious moment for the whole region,\u201d {p} told reporters.",
    "\u201cWe expect progress, but we cannot promise results,\u201d {p} said in a statement.",
    "\u201cThe situation remains difficult and it is changing every hour,\u201d {p} told local television.",
    "\u201cNobody should draw conclusions yet,\u201d {p} said, adding that more details would follow.",
    "\u201cOur priority is the safety of civilians,\u201d said {p}.",
    "\u201cWe will not accept any conditions that were not agreed before,\u201d {p} wrote on social media.",
]
FILLER = [
    "{Analysts} said the events could have consequences well beyond {country}.",
    "Officials in {city} did not respond to a request for comment.",
    "The region around {city} has a population of several million people and depends heavily on agriculture and trade.",
    "{Analysts} in {city} said the government was under growing pressure to act.",
    "Local media in {country} published images showing damaged buildings and crowded streets.",
    "The figures could not be independently verified.",
    "Prices for fuel and food have risen sharply across {country}, adding to public frustration.",
    "International organisations have called on all sides in {country} to show restraint.",
    "Opposition politicians in {city} accused the government of reacting too slowly.",
    "Residents of {city} said they had received little information from the authorities.",
    "The ministry said it would publish a full report once the investigation was complete.",
    "Several embassies advised their citizens to avoid unnecessary travel to {country}.",
    "Markets in {city} reopened, although many shops remained closed.",
    "{Analysts} noted that similar disputes in the past had taken months to resolve.",
    "The United Nations said it was following the situation in {country} closely.",
    "Some residents said they planned to leave {city} if the situation did not improve.",
]


def load_places(root):
    path = root / "Sources" / "TimelineCore" / "Places" / "Resources" / "gazetteer.tsv"
    cities, countries = [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 7:
                continue
            _, kind, cc, pop, _, name, aliases = cols[:7]
            adjs = cols[7] if len(cols) > 7 else ""
            if kind == "C":
                adj = adjs.split("|")[0].strip()
                countries[cc] = (name, adj.title() if adj else None)
            elif kind == "c" and pop.isdigit() and int(pop) >= 400000 and name.isascii():
                primary = aliases.split("||")[0].split("|")
                variants = [name] + [a.title() for a in primary if a and a.title() != name and a.isascii()]
                cities.append((name, cc, variants, int(pop)))
    cities = [c for c in cities if c[1] in countries and countries[c[1]][1]]
    cities.sort(key=lambda c: (-c[3], c[0]))
    return cities, countries


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class Writer:
    def __init__(self, rng, cities, countries):
        self.rng = rng
        self.cities = cities
        self.countries = countries

    # ---- dates -------------------------------------------------------------------------------------------
    def absolute(self, e, p, with_on=True):
        r = self.rng.random()
        year = e.year != p.year or abs((e - p).days) > 200 or r < 0.15
        m = e.month - 1
        choice = self.rng.randrange(7)
        if choice == 0:
            s = f"{e.day} {MONTHS[m]}" + (f" {e.year}" if year else "")
        elif choice == 1:
            s = f"{MONTHS[m]} {ordinal(e.day)}" + (f", {e.year}" if year else "")
        elif choice == 2:
            s = f"{MON_ABBR[m]} {e.day}" + (f", {e.year}" if year else "")
        elif choice == 3:
            s = e.isoformat()
        elif choice == 4:
            s = f"{MON_AP[m]} {e.day}" + (f", {e.year}" if year else "")
        elif choice == 5:
            s = f"{WEEKDAYS[e.weekday()]}, {MONTHS[m]} {e.day}" + (f", {e.year}" if year else "")
        else:
            s = f"{MONTHS[m]} {e.day}" + (f", {e.year}" if year else "")
        return ("on " + s) if with_on else s

    def when(self, e, p):
        """A date phrase for day e seen from publication day p, as it would close a clause."""
        d = (e - p).days
        rng = self.rng
        forms = []
        wd = WEEKDAYS[e.weekday()]
        if d == 0:
            forms += ["today", f"on {wd}", "earlier today", f"on {wd} morning"]
        elif d == -1:
            forms += ["yesterday", f"on {wd}", "late yesterday", f"on {wd} evening"]
        elif d == 1:
            forms += ["tomorrow", f"on {wd}", "tomorrow morning"]
        if -6 <= d <= 6 and d not in (0,):
            forms += [f"on {wd}"]
        if -12 <= d <= -2:
            forms += [f"{NUM[-d]} days ago"]
        if 2 <= d <= 12:
            forms += [f"in {NUM[d]} days"]
        pw = p.isocalendar()
        ew = e.isocalendar()
        if d < 0 and (p - datetime.timedelta(days=7)).isocalendar()[:2] == ew[:2]:
            forms += ["last week"]
        if d > 0 and (p + datetime.timedelta(days=7)).isocalendar()[:2] == ew[:2]:
            forms += ["next week"]
        if abs(d) > 45 and rng.random() < 0.3:
            return rng.choice([f"in {MONTHS[e.month - 1]} {e.year}", f"in {MONTHS[e.month - 1]}" if e.year == p.year else f"in {e.year}"])
        if forms and rng.random() < 0.55:
            return rng.choice(forms)
        return self.absolute(e, p)

    def range_phrase(self, a, b, p):
        rng = self.rng
        year = f" {a.year}" if a.year != p.year else ""
        if a.month == b.month:
            m = a.month - 1
            return rng.choice([f"between {a.day} and {b.day} {MONTHS[m]}{year}", f"from {MONTHS[m]} {a.day} to {b.day}",
                               f"on {MONTHS[m]} {a.day}{DASH}{b.day}", f"from {a.day}{DASH}{b.day} {MONTHS[m]}{year}"])
        return rng.choice([f"between {a.day} {MONTHS[a.month - 1]} and {b.day} {MONTHS[b.month - 1]}{year}",
                           f"from {MONTHS[a.month - 1]} {a.day} to {MONTHS[b.month - 1]} {b.day}"])

    def duration(self):
        rng = self.rng
        n = rng.randrange(2, 9)
        unit = rng.choice(["days", "weeks", "months"])
        return rng.choice([f"about {NUM[n]} {unit}", f"more than {NUM[n]} {unit}", f"{NUM[n]} {unit}",
                           "more than a month", "nearly a year", "several weeks"])

    # ---- names --------------------------------------------------------------------------------------------
    def city_name(self, city, outlet_idx):
        variants = city[2]
        if len(variants) == 1:
            return variants[0]
        # an outlet keeps its spelling; most use the main one
        return variants[0] if (outlet_idx * 7 + len(city[0])) % 4 else variants[1 + outlet_idx % (len(variants) - 1)]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


class Story:
    __slots__ = ("kind", "city", "cc2", "day", "end", "p1", "p2", "r1", "r2", "n", "claimed", "reports", "idx")


def make_stories(rng, cities, countries, n_articles, end_day):
    span = max(60, min(n_articles // 8, 3650 * 2))
    start = end_day - datetime.timedelta(days=span)
    codes = sorted({c[1] for c in cities})
    by_country = {}
    for c in cities:   # biggest first
        by_country.setdefault(c[1], []).append(c)
    # weight bigger cities: take from the first part of the list more often
    stories, total = [], 0
    while total < n_articles:
        s = Story()
        s.kind = rng.choice(KIND_NAMES)
        cl = by_country[rng.choice(codes)]
        s.city = cl[min(int(rng.paretovariate(1.2)) - 1, len(cl) - 1)]
        s.cc2 = rng.choice(codes)
        if s.cc2 == s.city[1]:
            s.cc2 = codes[(codes.index(s.cc2) + 1) % len(codes)]
        s.day = start + datetime.timedelta(days=rng.randrange(span))
        s.end = s.day + datetime.timedelta(days=rng.randrange(1, 4)) if s.kind in ("talks", "visit", "protest", "flood") else None
        s.p1, s.p2 = person(rng), person(rng)
        s.r1, s.r2 = rng.choice(ROLES), rng.choice(ROLES)
        s.n = rng.randrange(2, 60)
        s.claimed = rng.random() < 0.15
        s.reports = min(1 + int(rng.expovariate(1 / 2.2)), 8)
        total += s.reports
        stories.append(s)
    stories.sort(key=lambda s: (s.day, s.kind, s.city[0]))
    for i, s in enumerate(stories):
        s.idx = i
    return stories


def article(w, story, outlet_idx, p, reported_day, stories, days, rng):
    """Returns (headline, body paragraphs) for one report of story published on day p."""
    outlet = OUTLETS[outlet_idx]
    countries = w.countries
    cc = story.city[1]
    country, adj = countries[cc]
    country2, adj2 = countries[story.cc2]
    city = w.city_name(story.city, outlet_idx)
    k = KINDS[story.kind]
    fill = dict(city=city, country=country, adj=adj, country2=country2, adj2=adj2, p1=story.p1, p2=story.p2,
                r1=story.r1, r2=story.r2, n=story.n)
    head = rng.choice(k["head"]).format(**fill)
    head = head[0].upper() + head[1:]
    future = reported_day > p
    paras = []
    # lead
    when = w.when(reported_day, p)
    if story.end and rng.random() < 0.4 and not future:
        when = w.range_phrase(reported_day, story.end, p)
    clause = rng.choice(k["fut" if future else "past"]).format(date=when, **fill)
    src = rng.choice([f"{story.r1} {story.p1}", f"{adj} {rng.choice(GROUPS)}", f"the {adj} {rng.choice(['government', 'army', 'police', 'interior ministry'])}",
                      f"{story.p2}, the {story.r2},"])
    if story.claimed:
        lead = f"{src[0].upper() + src[1:]} claimed that {clause}."
    else:
        lead = rng.choice([f"{clause[0].upper() + clause[1:]}, {src} said.", f"According to {src.rstrip(',')}, {clause}.",
                           f"{clause[0].upper() + clause[1:]}.", f"{src[0].upper() + src[1:]} said {clause}."])
    paras.append(lead)
    # details anchored on the event day
    d1 = reported_day + datetime.timedelta(days=1)
    det = [
        f"The next day, {rng.choice(GROUPS)} said the situation in {city} remained tense.",
        f"Two days later, {story.p2} {'is expected to brief' if future else 'briefed'} lawmakers in the capital.",
        f"The following day, {rng.choice(['a second group', 'more officials', 'aid convoys', 'journalists'])} arrived in {city}.",
        f"It came after {w.duration()} of {rng.choice(['online negotiations', 'tension', 'heavy rain', 'political deadlock', 'preparations'])}.",
        f"{story.p1} had said {w.when(reported_day - datetime.timedelta(days=rng.randrange(2, 9)), p)} that {rng.choice(['a decision was close', 'no agreement had been reached', 'the situation was under control', 'more help was needed'])}.",
        f"A follow-up meeting is planned {w.when(d1 + datetime.timedelta(days=rng.randrange(2, 10)), p)}, according to {rng.choice(GROUPS)}.",
        f"Officials expect the work to last {w.duration()}.",
        f"{rng.choice(GROUPS).capitalize()} said at least {story.n} people had been affected in {city} and surrounding areas.",
        f"The {adj} {rng.choice(['government', 'foreign ministry', 'presidency'])} said it would respond {w.when(p + datetime.timedelta(days=rng.randrange(1, 6)), p)}.",
    ]
    rng.shuffle(det)
    paras += det[:rng.randrange(3, 6)]
    paras.append(rng.choice(QUOTES).format(p=f"{story.r1} {story.p1}" if rng.random() < 0.5 else story.p2))
    # background: earlier stories in the same country or nearby days, told again with their own dates
    target = rng.randrange(2000, 5000)
    lo = bisect.bisect_left(days, p - datetime.timedelta(days=90))
    hi = bisect.bisect_right(days, p)
    size = sum(len(x) for x in paras) + len(head)
    tries = 0
    used = {story.idx}
    fillers = rng.sample(FILLER, len(FILLER))
    quotes = rng.sample(QUOTES, len(QUOTES))
    while size < target and tries < 60:
        tries += 1
        r = rng.random()
        if r < 0.5 and hi > lo:
            other = stories[rng.randrange(lo, hi)]
            if other.idx in used or (other.city[1] != cc and rng.random() < 0.6):
                continue
            used.add(other.idx)
            oc, oadj = countries[other.city[1]]
            ofill = dict(city=w.city_name(other.city, outlet_idx), country=oc, adj=oadj, country2=countries[other.cc2][0],
                         adj2=countries[other.cc2][1], p1=other.p1, p2=other.p2, r1=other.r1, r2=other.r2, n=other.n)
            oday = other.day
            if rng.random() < 0.1:   # a report that gets the date of an earlier event wrong by a day
                oday += datetime.timedelta(days=rng.choice([-1, 1]))
            oc_clause = rng.choice(KINDS[other.kind]["past"]).format(date=w.when(oday, p), **ofill)
            s = rng.choice([f"Separately, {oc_clause}, {rng.choice(GROUPS)} said.", f"Earlier, {oc_clause}.",
                            f"According to {rng.choice(ANALYSTS)}, {oc_clause}.", f"{oc_clause[0].upper() + oc_clause[1:]}."])
        elif r < 0.65 and quotes:
            role = rng.choice(ROLES)
            s = quotes.pop().format(p=person(rng) + (", an " if role[0] in "aeioAEIO" else ", a ") + role + ",")
            s = s.replace(",,", ",").replace(",.", ".")
        elif fillers:
            s = fillers.pop().format(city=city, country=country, Analysts=rng.choice(ANALYSTS).capitalize())
        else:
            continue
        paras.append(s)
        size += len(s) + 1
    # paragraphing: one to three sentences a paragraph
    out, cur = [], []
    for s in paras:
        cur.append(s)
        if len(cur) >= rng.choice((1, 1, 2, 3)):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return head, out


def dateline(w, story, outlet_idx, p, mode):
    name, tag, style = OUTLETS[outlet_idx]
    city = w.city_name(story.city, outlet_idx)
    country = w.countries[story.city[1]][0]
    if mode == "dated":
        return rng_choice_dated(w.rng, city, p, tag or "dpa")
    if tag is None:
        return None
    if style == "upper":
        return f"{city.upper()}, {country} ({tag}) {MDASH}"
    if style == "dateonly":
        return f"{MON_AP[p.month - 1]} {p.day} ({tag}) --"
    return f"{city.upper()} ({tag}) -"


def rng_choice_dated(rng, city, p, tag):
    m = p.month - 1
    return rng.choice([f"{city}, {MONTHS[m]} {p.day} ({tag}) {DASH}", f"{city.upper()}, {MON_AP[m]} {p.day} ({tag}) -",
                       f"{city}, {MONTHS[m]} {p.day},({tag}) {DASH}", f"{MON_AP[m]} {p.day} ({tag}) --"])


def slug(s):
    out = []
    for ch in s.lower():
        out.append(ch if ch.isalnum() and ch.isascii() else "-")
    return "-".join(x for x in "".join(out).split("-") if x)[:48]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    root = pathlib.Path(__file__).resolve().parent.parent
    cities, countries = load_places(root)
    rng = random.Random(args.seed)
    w = Writer(rng, cities, countries)
    end_day = datetime.date(2024, 6, 30)
    stories = make_stories(rng, cities, countries, args.n, end_day)
    days = [s.day for s in stories]
    # one job per report: (story, outlet, publication day, reported event day)
    jobs = []
    for s in stories:
        outlets = rng.sample(range(len(OUTLETS)), min(s.reports, len(OUTLETS)))
        for o in outlets:
            off = rng.choice((-3, -2, -1, -1, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 5))
            p = s.day + datetime.timedelta(days=off)
            reported = s.day if rng.random() > 0.15 else s.day + datetime.timedelta(days=rng.choice((-1, 1)))
            jobs.append((s, o, p, reported))
    jobs = jobs[:args.n]
    rng.shuffle(jobs)
    out = pathlib.Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    per_folder = 1000
    sidecar = {}
    total = 0
    for i, (s, o, p, reported) in enumerate(jobs):
        folder = out / f"part-{i // per_folder:03d}"
        if i % per_folder == 0:
            folder.mkdir(exist_ok=True)
        has_sidecar_folder = (i // per_folder) % 3 == 1 or args.n <= per_folder
        head, paras = article(w, s, o, p, reported, stories, days, rng)
        oname, tag, _ = OUTLETS[o]
        r = rng.random()
        if has_sidecar_folder and r < 0.35:
            mode = "sidecar"
        elif r < 0.6:
            mode = "front"
        elif r < 0.85:
            mode = "dated"
        else:
            mode = "none"
        dl = dateline(w, s, o, p, mode) if mode != "none" or rng.random() < 0.5 else None
        if dl and mode == "none" and not tag:
            dl = None
        body = list(paras)
        if dl:
            body[0] = f"{dl} {body[0]}"
        ext = ".md" if rng.random() < 0.08 else ".txt"
        name = f"{i:06d}_{slug(head)}{ext}"
        parts = []
        if mode == "front":
            parts.append("---\n")
            parts.append(f"title: \"{head}\"\n")
            parts.append(f"source: {oname}\n")
            parts.append(f"published: {p.isoformat()}\n")
            if rng.random() < 0.5:
                parts.append(f"url: https://news.example.org/{p.year}/{p.month:02d}/{slug(head)}-{i}\n")
            parts.append("---\n")
            sep = "\n\n" if o % 2 else "\n"
            parts.append(sep.join(body) + "\n")
        else:
            sep = "\n\n" if o % 2 else "\n"
            parts.append(head + "\n" + sep.join(body) + "\n")
            if mode == "sidecar":
                sidecar.setdefault(folder, []).append(f"{name}:\n  source: {oname}\n  published: {p.isoformat()}\n")
        text = "".join(parts)
        data = text.encode("utf-8")
        total += len(data)
        with open(folder / name, "wb") as f:
            f.write(data)
    for folder, entries in sidecar.items():
        with open(folder / "sources.yaml", "w", encoding="utf-8") as f:
            f.write("# publication metadata for files without front matter\n")
            f.write("".join(entries))
    print(f"{len(jobs)} articles, {total / 1e6:.1f} MB, {len(stories)} stories, in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
