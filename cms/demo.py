"""Deterministic demo community for Confer: a few hundred fictional members of a
professional community, spread over 18 industries and 12 functions, and the
challenges they are stuck on. Most challenges belong to a "problem family": the
same underlying problem restated by people in different industries, each in
their own sector's words, so that only the meaning links them. That is exactly
what the matching engine has to find, which makes this data useful for demos,
seed scripts and tests. Standard library only; every run gives the same result.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

INDUSTRIES: tuple[str, ...] = (
    "Healthcare",
    "Higher Education",
    "Financial Services",
    "Insurance",
    "Retail",
    "Manufacturing",
    "Logistics & Supply Chain",
    "Energy & Utilities",
    "Software & SaaS",
    "Telecommunications",
    "Public Sector",
    "Nonprofit & Charities",
    "Professional Services",
    "Media & Publishing",
    "Hospitality & Travel",
    "Construction & Real Estate",
    "Pharmaceuticals & Life Sciences",
    "Agriculture & Food",
)

FUNCTIONS: tuple[str, ...] = (
    "Executive Leadership",
    "Operations",
    "Finance",
    "Human Resources",
    "Marketing",
    "Sales & Business Development",
    "Product Management",
    "Engineering & IT",
    "Data & Analytics",
    "Customer Success & Service",
    "Legal & Compliance",
    "Strategy & Transformation",
)

SENIORITIES: tuple[str, ...] = ("junior", "mid", "senior", "director", "executive")

DEMO_MEMBER_EMAIL = "member@confer.example"


@dataclass(frozen=True)
class DemoMember:
    email: str
    first_name: str
    last_name: str
    organisation: str
    industry: str
    function: str
    seniority: str
    headline: str
    bio: str
    expertise: tuple[str, ...]
    goals: str
    location: str
    timezone: str
    open_to_introductions: bool
    plan: str


@dataclass(frozen=True)
class DemoChallenge:
    author_email: str
    title: str
    description: str
    tags: tuple[str, ...]
    status: str
    visibility: str
    problem_key: str | None


@dataclass(frozen=True)
class DemoCommunity:
    members: tuple[DemoMember, ...]
    challenges: tuple[DemoChallenge, ...]


class _Text(NamedTuple):
    """One hand-written challenge as it would be posted by someone in `industry`."""

    industry: str
    function: str
    title: str
    description: str
    tags: tuple[str, ...]


def _t(industry: str, function: str, title: str, description: str, *tags: str) -> _Text:
    return _Text(industry, function, title, " ".join(description.split()), tags)


# Short names keep the large data tables below readable.
HC, HE, FS, INS, RET, MFG = INDUSTRIES[0:6]
LOG, ENE, SAAS, TEL, PUB, NPO = INDUSTRIES[6:12]
PRO, MED, HOS, CON, PHA, AGR = INDUSTRIES[12:18]
EXEC, OPS, FIN, HR, MKT, SALES = FUNCTIONS[0:6]
PROD, ENG, DATA, CS, LEGAL, STRAT = FUNCTIONS[6:12]


# ---------------------------------------------------------------------------
# Places and people
# ---------------------------------------------------------------------------

# city -> (country, IANA timezone, name pool)
_CITIES: dict[str, tuple[str, str, str]] = {
    "London": ("United Kingdom", "Europe/London", "anglo"),
    "Manchester": ("United Kingdom", "Europe/London", "anglo"),
    "Leeds": ("United Kingdom", "Europe/London", "anglo"),
    "Sheffield": ("United Kingdom", "Europe/London", "anglo"),
    "Glasgow": ("United Kingdom", "Europe/London", "anglo"),
    "Bristol": ("United Kingdom", "Europe/London", "anglo"),
    "Birmingham": ("United Kingdom", "Europe/London", "anglo"),
    "Dublin": ("Ireland", "Europe/Dublin", "anglo"),
    "Cork": ("Ireland", "Europe/Dublin", "anglo"),
    "Amsterdam": ("Netherlands", "Europe/Amsterdam", "germanic"),
    "Rotterdam": ("Netherlands", "Europe/Amsterdam", "germanic"),
    "Berlin": ("Germany", "Europe/Berlin", "germanic"),
    "Munich": ("Germany", "Europe/Berlin", "germanic"),
    "Hamburg": ("Germany", "Europe/Berlin", "germanic"),
    "Stuttgart": ("Germany", "Europe/Berlin", "germanic"),
    "Zurich": ("Switzerland", "Europe/Zurich", "germanic"),
    "Basel": ("Switzerland", "Europe/Zurich", "germanic"),
    "Paris": ("France", "Europe/Paris", "french"),
    "Lyon": ("France", "Europe/Paris", "french"),
    "Madrid": ("Spain", "Europe/Madrid", "hispanic"),
    "Barcelona": ("Spain", "Europe/Madrid", "hispanic"),
    "Lisbon": ("Portugal", "Europe/Lisbon", "lusophone"),
    "Milan": ("Italy", "Europe/Rome", "italian"),
    "Copenhagen": ("Denmark", "Europe/Copenhagen", "nordic"),
    "Stockholm": ("Sweden", "Europe/Stockholm", "nordic"),
    "Oslo": ("Norway", "Europe/Oslo", "nordic"),
    "Helsinki": ("Finland", "Europe/Helsinki", "nordic"),
    "Warsaw": ("Poland", "Europe/Warsaw", "polish"),
    "Kraków": ("Poland", "Europe/Warsaw", "polish"),
    "New York": ("United States", "America/New_York", "american"),
    "Boston": ("United States", "America/New_York", "american"),
    "Atlanta": ("United States", "America/New_York", "american"),
    "Chicago": ("United States", "America/Chicago", "american"),
    "Minneapolis": ("United States", "America/Chicago", "american"),
    "Austin": ("United States", "America/Chicago", "american"),
    "Denver": ("United States", "America/Denver", "american"),
    "Seattle": ("United States", "America/Los_Angeles", "american"),
    "Los Angeles": ("United States", "America/Los_Angeles", "american"),
    "Toronto": ("Canada", "America/Toronto", "american"),
    "Montréal": ("Canada", "America/Toronto", "french"),
    "Vancouver": ("Canada", "America/Vancouver", "american"),
    "Halifax": ("Canada", "America/Halifax", "american"),
    "Mexico City": ("Mexico", "America/Mexico_City", "hispanic"),
    "Monterrey": ("Mexico", "America/Monterrey", "hispanic"),
    "Bogotá": ("Colombia", "America/Bogota", "hispanic"),
    "Santiago": ("Chile", "America/Santiago", "hispanic"),
    "São Paulo": ("Brazil", "America/Sao_Paulo", "lusophone"),
    "Lagos": ("Nigeria", "Africa/Lagos", "west_african"),
    "Accra": ("Ghana", "Africa/Accra", "west_african"),
    "Nairobi": ("Kenya", "Africa/Nairobi", "east_african"),
    "Kigali": ("Rwanda", "Africa/Kigali", "east_african"),
    "Cape Town": ("South Africa", "Africa/Johannesburg", "southern_african"),
    "Johannesburg": ("South Africa", "Africa/Johannesburg", "southern_african"),
    "Cairo": ("Egypt", "Africa/Cairo", "arabic"),
    "Dubai": ("United Arab Emirates", "Asia/Dubai", "arabic"),
    "Mumbai": ("India", "Asia/Kolkata", "south_asian"),
    "Bengaluru": ("India", "Asia/Kolkata", "south_asian"),
    "Pune": ("India", "Asia/Kolkata", "south_asian"),
    "Singapore": ("Singapore", "Asia/Singapore", "southeast_asian"),
    "Kuala Lumpur": ("Malaysia", "Asia/Kuala_Lumpur", "southeast_asian"),
    "Manila": ("Philippines", "Asia/Manila", "southeast_asian"),
    "Jakarta": ("Indonesia", "Asia/Jakarta", "southeast_asian"),
    "Tokyo": ("Japan", "Asia/Tokyo", "japanese"),
    "Osaka": ("Japan", "Asia/Tokyo", "japanese"),
    "Seoul": ("South Korea", "Asia/Seoul", "korean"),
    "Sydney": ("Australia", "Australia/Sydney", "anglo"),
    "Melbourne": ("Australia", "Australia/Melbourne", "anglo"),
    "Brisbane": ("Australia", "Australia/Brisbane", "anglo"),
    "Auckland": ("New Zealand", "Pacific/Auckland", "anglo"),
    "Wellington": ("New Zealand", "Pacific/Auckland", "anglo"),
}

# pool -> (first names, last names). Names are drawn mostly from the pool of the
# member's city and sometimes from any pool, as in any real workforce.
_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "anglo": (
        ("Oliver", "Hannah", "James", "Sophie", "Liam", "Grace", "Thomas", "Chloe",
         "Rory", "Megan", "Callum", "Fiona", "Ben", "Alice", "Niamh", "Owen"),
        ("Whitfield", "Harper", "Lowe", "Bennett", "Fraser", "Doyle", "Marsh",
         "Griffiths", "Holloway", "Pritchard", "Stewart", "Ellis", "Kerr",
         "Donnelly", "Ashworth", "Reid"),
    ),
    "american": (
        ("Marcus", "Jasmine", "Tyler", "Brianna", "Kevin", "Alyssa", "Jordan",
         "Renee", "Derek", "Natalie", "Andre", "Courtney", "Elena", "Sam"),
        ("Coleman", "Brooks", "Delgado", "Sullivan", "Whitaker", "Carver", "Hughes",
         "Franklin", "Ramsey", "Petrakis", "Morrison", "Greene", "Castellano"),
    ),
    "germanic": (
        ("Lukas", "Anna", "Jonas", "Lena", "Felix", "Sanne", "Daan", "Katrin",
         "Maximilian", "Femke", "Niklas", "Johanna"),
        ("Müller", "Schneider", "Becker", "de Vries", "Jansen", "Bakker", "Hoffmann",
         "Vogel", "van Dijk", "Keller", "Brandt", "Wagner"),
    ),
    "french": (
        ("Camille", "Julien", "Élodie", "Antoine", "Léa", "Mathieu", "Nicolas",
         "Margaux", "Théo", "Manon"),
        ("Lefèvre", "Moreau", "Girard", "Dubois", "Laurent", "Fontaine", "Rousseau",
         "Mercier", "Bonnet", "Chevalier", "Tremblay", "Gagnon"),
    ),
    "hispanic": (
        ("Valentina", "Mateo", "Camila", "Santiago", "Lucía", "Diego", "Isabela",
         "Andrés", "Daniela", "Javier", "Mariana", "Alejandro"),
        ("García", "Rodríguez", "Martínez", "Hernández", "López", "Morales",
         "Castillo", "Vargas", "Herrera", "Ortega", "Jiménez", "Navarro"),
    ),
    "lusophone": (
        ("João", "Beatriz", "Rafael", "Larissa", "Thiago", "Fernanda", "Gabriel",
         "Inês", "Lucas", "Carolina"),
        ("Silva", "Oliveira", "Souza", "Ferreira", "Costa", "Almeida", "Carvalho",
         "Pereira", "Rocha", "Ribeiro"),
    ),
    "italian": (
        ("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Alessandra",
         "Davide"),
        ("Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Conti"),
    ),
    "nordic": (
        ("Astrid", "Erik", "Ingrid", "Magnus", "Sofie", "Mikkel", "Freja", "Lars",
         "Sanna", "Oskar"),
        ("Lindqvist", "Andersen", "Nieminen", "Johansson", "Hansen", "Virtanen",
         "Berg", "Nilsson", "Christensen", "Halvorsen"),
    ),
    "polish": (
        ("Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Marta", "Paweł", "Zofia",
         "Michał"),
        ("Nowak", "Kaczmarek", "Wójcik", "Mazur", "Krawczyk", "Piątek", "Sikora",
         "Wróbel"),
    ),
    "west_african": (
        ("Chidi", "Ngozi", "Kwame", "Ama", "Tunde", "Folake", "Emeka", "Adaeze",
         "Kofi", "Efua", "Yaw", "Funmilayo"),
        ("Adeyemi", "Okonkwo", "Mensah", "Boateng", "Eze", "Balogun", "Asante",
         "Nwosu", "Owusu", "Adebayo", "Agyeman", "Oduya"),
    ),
    "east_african": (
        ("Wanjiru", "Baraka", "Achieng", "Amani", "Njeri", "Juma", "Zawadi", "Faith",
         "Brian", "Imani"),
        ("Otieno", "Mwangi", "Kamau", "Ochieng", "Wambui", "Kariuki", "Mutua",
         "Njoroge", "Uwimana", "Habimana"),
    ),
    "southern_african": (
        ("Thandiwe", "Sipho", "Lerato", "Pieter", "Naledi", "Johan", "Zanele",
         "Themba", "Anika", "Kagiso"),
        ("Dlamini", "Nkosi", "van der Merwe", "Botha", "Mokoena", "Khumalo",
         "Pillay", "Naidoo", "Molefe", "Jacobs"),
    ),
    "arabic": (
        ("Omar", "Layla", "Karim", "Yasmin", "Tarek", "Nour", "Hassan", "Rania",
         "Youssef", "Mariam"),
        ("Haddad", "El-Sayed", "Mansour", "Khalil", "Farouk", "Nasser", "Aziz",
         "Saleh", "Hamdan", "Barakat"),
    ),
    "south_asian": (
        ("Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Meera", "Sanjay",
         "Divya", "Nikhil", "Aisha", "Rahul"),
        ("Sharma", "Iyer", "Patel", "Reddy", "Menon", "Kulkarni", "Banerjee", "Nair",
         "Deshpande", "Chatterjee", "Gupta", "Rao"),
    ),
    "southeast_asian": (
        ("Wei Ling", "Jun Hao", "Siti", "Farid", "Maria Clara", "Paolo", "Dewi",
         "Budi", "Mei", "Hafiz", "Angelica", "Rizal"),
        ("Tan", "Lim", "Ong", "Rahman", "Santos", "Reyes", "Dela Cruz", "Wijaya",
         "Hidayat", "Abdullah", "Ng", "Goh"),
    ),
    "japanese": (
        ("Haruto", "Yui", "Kenji", "Aiko", "Daichi", "Hana", "Takeshi", "Emi"),
        ("Sato", "Tanaka", "Watanabe", "Kobayashi", "Yamamoto", "Nakamura", "Ito",
         "Mori"),
    ),
    "korean": (
        ("Min-jun", "Ji-woo", "Seo-yeon", "Do-hyun", "Ha-eun", "Ji-hoon"),
        ("Kim", "Park", "Choi", "Lee", "Jung", "Kang"),
    ),
}

# Fictional organisations: (industry, name, email domain, what it is, cities).
_ORGANISATIONS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    (HC, "Kestrel Valley Health", "kestrelvalleyhealth",
     "a regional hospital group with four sites and 6,500 staff", ("Leeds", "Sheffield")),
    (HC, "Lakeshore Community Clinics", "lakeshoreclinics",
     "a network of 22 community health centres", ("Toronto", "Halifax")),
    (HC, "Sunbird Medical Group", "sunbirdmedical",
     "a private hospital and diagnostics group", ("Singapore", "Kuala Lumpur")),
    (HC, "Harbourview Home Care", "harbourviewcare",
     "a home care and community nursing provider with 1,800 carers", ("Melbourne",)),
    (HC, "Mzuri Health Partners", "mzurihealth",
     "a group of outpatient clinics and maternity units", ("Nairobi", "Kigali")),
    (HE, "University of Westmarch", "westmarch",
     "a research university with 24,000 students", ("Manchester",)),
    (HE, "Calloway State College", "callowaystate",
     "a public college serving 15,000 mostly part-time students", ("Minneapolis",)),
    (HE, "Hochschule Lindenau", "hs-lindenau",
     "a university of applied sciences with strong industry ties", ("Stuttgart",)),
    (HE, "Southern Cross Polytechnic", "southerncrosspoly",
     "a polytechnic with six campuses and a large online school", ("Brisbane", "Sydney")),
    (HE, "Ashanti Ridge University", "ashantiridge",
     "a private university growing fast in West Africa", ("Accra", "Lagos")),
    (FS, "Northwind Credit Union", "northwindcu",
     "a member-owned credit union with 38 branches", ("Chicago", "Minneapolis")),
    (FS, "Blackfen Mutual Bank", "blackfenmutual",
     "a building society turned mutual bank", ("London", "Bristol")),
    (FS, "Solvara Payments", "solvara",
     "a payments and remittance fintech", ("Lagos", "Nairobi")),
    (FS, "Alpenrose Private Bank", "alpenrosebank",
     "a private bank and wealth manager", ("Zurich", "Basel")),
    (FS, "Marisol Consumer Finance", "marisolfinance",
     "a consumer lender with a mobile-first loan product", ("Mexico City", "Monterrey")),
    (INS, "Bramblegate Insurance", "bramblegate",
     "a general insurer covering home and motor", ("Birmingham", "Glasgow")),
    (INS, "Silverfir Mutual", "silverfirmutual",
     "a mutual life and pensions company", ("Dublin",)),
    (INS, "Copperleaf Specialty", "copperleafspecialty",
     "a specialty commercial underwriter", ("Toronto", "London")),
    (INS, "Lantern Bay Insurance", "lanternbay",
     "a direct-to-consumer insurer for home, pet and travel cover", ("Sydney", "Auckland")),
    (RET, "Greenhollow Markets", "greenhollow",
     "a grocery chain with 140 stores", ("Glasgow", "Manchester")),
    (RET, "Tandem Outfitters", "tandemoutfitters",
     "an outdoor clothing retailer with 60 stores and a big online business", ("Denver",)),
    (RET, "Casa Lumbre Home", "casalumbre",
     "a homeware retailer across Spain and Portugal", ("Madrid", "Lisbon")),
    (RET, "Brightcart", "brightcart",
     "an online grocery and quick-delivery business", ("Bengaluru", "Mumbai")),
    (MFG, "Brenner Antriebe", "brenner-antriebe",
     "a family-owned maker of industrial gearboxes", ("Munich",)),
    (MFG, "Ridgeway Precision Components", "ridgewayprecision",
     "a contract machining firm with 420 people", ("Sheffield",)),
    (MFG, "Solano Packaging Solutions", "solanopackaging",
     "a packaging manufacturer with three plants", ("Monterrey", "Mexico City")),
    (MFG, "Kaiyo Assembly Works", "kaiyoassembly",
     "an electronics contract manufacturer", ("Kuala Lumpur", "Osaka")),
    (MFG, "Skarvik Marine Systems", "skarvik",
     "a builder of propulsion and steering systems for ships", ("Oslo",)),
    (LOG, "Crosswind Freight", "crosswindfreight",
     "a road freight and warehousing company with 30 depots", ("Rotterdam", "Hamburg")),
    (LOG, "Pallas Last Mile", "pallaslastmile",
     "a parcel delivery business", ("London", "Birmingham")),
    (LOG, "Tamarind Cold Chain", "tamarindcoldchain",
     "a refrigerated logistics provider", ("Mumbai", "Pune")),
    (LOG, "Lone Pine Distribution", "lonepinedistribution",
     "a third-party logistics provider running 12 distribution centres", ("Atlanta", "Chicago")),
    (ENE, "Coldwater Regional Water", "coldwaterwater",
     "a water and wastewater utility serving 1.2 million people", ("Bristol",)),
    (ENE, "Elk Prairie Electric Cooperative", "elkprairie",
     "a rural electric cooperative", ("Minneapolis", "Denver")),
    (ENE, "Sonnfeld Energie", "sonnfeld",
     "a municipal energy supplier and grid operator", ("Hamburg",)),
    (ENE, "Kiri Renewables", "kirirenewables",
     "a solar and wind developer and operator", ("Wellington", "Sydney")),
    (ENE, "Ventoso Energía", "ventoso",
     "an energy retailer with 900,000 household customers", ("Barcelona",)),
    (SAAS, "Tallystack", "tallystack",
     "a bookkeeping platform for small businesses with 40,000 customers", ("Dublin",)),
    (SAAS, "Rosterloop", "rosterloop",
     "a workforce scheduling SaaS", ("Melbourne",)),
    (SAAS, "Fernhill Analytics", "fernhillanalytics",
     "a B2B analytics platform", ("Berlin", "Amsterdam")),
    (SAAS, "Orbitnest", "orbitnest",
     "a property-management SaaS", ("Austin", "Seattle")),
    (TEL, "Skylark Fibre", "skylarkfibre",
     "a regional fibre broadband provider", ("Cork", "Dublin")),
    (TEL, "Savanna Link Telecom", "savannalink",
     "a mobile operator with 9 million subscribers", ("Nairobi", "Kigali")),
    (TEL, "Östrand Telekom", "ostrand",
     "a fixed and mobile operator", ("Stockholm", "Helsinki")),
    (TEL, "Cascade Cable & Mobile", "cascadecable",
     "a cable, broadband and mobile provider", ("Seattle", "Vancouver")),
    (PUB, "Harrowfield District Council", "harrowfield",
     "a local council serving 310,000 residents", ("Manchester",)),
    (PUB, "Kalinda Regional Transport Authority", "kalindatransport",
     "a regional public transport authority", ("Melbourne",)),
    (PUB, "Civic Digital Agency", "civicdigital",
     "a government digital service agency", ("Wellington",)),
    (PUB, "Waterdal Municipality", "waterdal",
     "a mid-sized municipality", ("Rotterdam",)),
    (PUB, "Greyhawk County Human Services", "greyhawkcounty",
     "a county health and human services department", ("Denver",)),
    (NPO, "Brightwater Community Trust", "brightwatertrust",
     "a community charity running food, housing and youth programmes",
     ("Birmingham",)),
    (NPO, "Open Shelf Literacy", "openshelf",
     "a literacy charity working in 300 schools", ("Cape Town", "Johannesburg")),
    (NPO, "Riverlight Hospice Foundation", "riverlight",
     "a hospice charity that raises most of its own income", ("Dublin",)),
    (NPO, "Common Ground Food Network", "commongroundfood",
     "a network of food banks and community kitchens", ("Toronto",)),
    (NPO, "Amani Youth Trust", "amaniyouth",
     "a youth employment charity", ("Nairobi",)),
    (PRO, "Ashby Lowe", "ashbylowe",
     "a mid-sized law firm with 180 lawyers", ("London",)),
    (PRO, "Carraway Advisory", "carrawayadvisory",
     "a management consultancy with 250 consultants", ("New York", "Boston")),
    (PRO, "Pemberton & Iyer", "pembertoniyer",
     "an accounting and advisory firm", ("Mumbai", "Dubai")),
    (PRO, "Studio Veldt Architects", "studioveldt",
     "an architecture and engineering practice", ("Amsterdam", "Copenhagen")),
    (MED, "The Wexmoor Courier", "wexmoorcourier",
     "a regional news group with print and digital titles", ("Leeds",)),
    (MED, "Paperkite Books", "paperkite",
     "an independent book publisher", ("Melbourne", "London")),
    (MED, "Signal Bay Audio", "signalbay",
     "a podcast network", ("Los Angeles",)),
    (MED, "Lumen Trade Media", "lumentrade",
     "a B2B publisher running trade magazines and events", ("Berlin", "Milan")),
    (MED, "Ondas Media Group", "ondasmedia",
     "a radio, streaming and digital news group", ("São Paulo",)),
    (HOS, "Tidewell Hotels", "tidewellhotels",
     "a group of 26 mid-market hotels", ("Lisbon", "Barcelona")),
    (HOS, "Hanami Inns", "hanamiinns",
     "a collection of small traditional inns", ("Tokyo", "Osaka")),
    (HOS, "Bluecurrent Travel", "bluecurrenttravel",
     "a tour operator for small-group travel", ("Cape Town",)),
    (HOS, "Larkspur Venues", "larkspurvenues",
     "an events, venues and catering business", ("Glasgow",)),
    (HOS, "Sabana Resorts", "sabanaresorts",
     "a beach resort operator", ("Mexico City", "Bogotá")),
    (CON, "Greywacke Construction", "greywacke",
     "a commercial builder with 900 staff", ("Auckland",)),
    (CON, "Harlow & Quaid Developments", "harlowquaid",
     "a residential developer and landlord", ("London", "Manchester")),
    (CON, "Ironbark Civil", "ironbarkcivil",
     "a civil engineering contractor", ("Brisbane",)),
    (CON, "Ciudad Verde Inmobiliaria", "ciudadverde",
     "a developer of mixed-use housing", ("Bogotá", "Santiago")),
    (CON, "Kranhof Bau", "kranhof",
     "a general contractor and facilities manager", ("Berlin",)),
    (PHA, "Corvalis Therapeutics", "corvalis",
     "a clinical-stage biotech", ("Boston",)),
    (PHA, "Veridane Pharma", "veridane",
     "a generics manufacturer with three plants", ("Pune", "Mumbai")),
    (PHA, "Thornfield Diagnostics", "thornfielddx",
     "a diagnostics and lab-instrument company", ("Basel", "Lyon")),
    (PHA, "Nightjar Clinical Research", "nightjarcro",
     "a contract research organisation", ("Kraków", "Warsaw")),
    (AGR, "Riverbend Growers Cooperative", "riverbendgrowers",
     "a fruit and vegetable cooperative of 140 farms", ("Santiago",)),
    (AGR, "Oakmoor Dairy", "oakmoordairy",
     "a dairy processor buying milk from 600 farms", ("Cork",)),
    (AGR, "Terrazul Coffee Exporters", "terrazul",
     "a coffee exporter working with smallholders", ("Bogotá",)),
    (AGR, "Golden Sheaf Grain", "goldensheaf",
     "a grain handling and milling company", ("Minneapolis",)),
    (AGR, "Shamba Fresh Produce", "shambafresh",
     "a fresh produce grower and packer", ("Nairobi",)),
)

_ROLE_TITLES: dict[str, tuple[str, str, str, str, str]] = {
    EXEC: ("Executive Assistant to the CEO", "Executive Office Manager",
           "Chief of Staff", "Deputy Chief Executive", "Chief Executive"),
    OPS: ("Operations Coordinator", "Operations Manager", "Senior Operations Manager",
          "Director of Operations", "Chief Operating Officer"),
    FIN: ("Finance Analyst", "Finance Manager", "Senior Finance Business Partner",
          "Finance Director", "Chief Financial Officer"),
    HR: ("People Coordinator", "HR Business Partner", "Senior HR Business Partner",
         "Director of People", "Chief People Officer"),
    MKT: ("Marketing Executive", "Marketing Manager", "Senior Marketing Manager",
          "Director of Marketing", "Chief Marketing Officer"),
    SALES: ("Business Development Representative", "Account Manager",
            "Senior Business Development Manager", "Director of Sales",
            "Chief Commercial Officer"),
    PROD: ("Associate Product Manager", "Product Manager", "Senior Product Manager",
           "Director of Product", "Chief Product Officer"),
    ENG: ("Systems Analyst", "IT Manager", "Lead Systems Architect",
          "Director of Technology", "Chief Information Officer"),
    DATA: ("Data Analyst", "Analytics Manager", "Principal Data Scientist",
           "Head of Data", "Chief Data Officer"),
    CS: ("Customer Service Advisor", "Customer Success Manager",
         "Senior Customer Experience Manager", "Director of Customer Service",
         "Chief Customer Officer"),
    LEGAL: ("Compliance Analyst", "Compliance Manager", "Senior Legal Counsel",
            "Head of Legal and Compliance", "General Counsel"),
    STRAT: ("Strategy Analyst", "Transformation Manager", "Senior Programme Manager",
            "Director of Strategy and Transformation", "Chief Transformation Officer"),
}

# How an industry is named inside a sentence ("I've spent years in ...").
_INDUSTRY_PHRASES: dict[str, str] = {
    HC: "healthcare", HE: "higher education", FS: "financial services",
    INS: "insurance", RET: "retail", MFG: "manufacturing", LOG: "logistics",
    ENE: "energy and utilities", SAAS: "software", TEL: "telecoms",
    PUB: "the public sector", NPO: "the charity sector",
    PRO: "professional services", MED: "media and publishing", HOS: "hospitality",
    CON: "construction", PHA: "life sciences", AGR: "agriculture and food",
}

_FUNCTION_BIOS: dict[str, tuple[str, ...]] = {
    EXEC: (
        "I spend most of my time on strategy, the board and making sure we hire "
        "people better than me.",
        "My job is to set direction, keep the money and the culture healthy, and "
        "clear the way for the people doing the real work.",
        "I took over the organisation during a difficult period and have spent the "
        "last few years rebuilding trust with staff and funders.",
    ),
    OPS: (
        "Most of my week goes on keeping day-to-day delivery running and fixing the "
        "processes that make it harder than it should be.",
        "I look after the operational backbone: scheduling, facilities, suppliers and "
        "the systems nobody notices until they break.",
        "My job is turning plans into rotas, budgets and processes that people "
        "actually follow.",
    ),
    FIN: (
        "I run budgeting, forecasting and month-end, and I spend more time than I'd "
        "like reconciling numbers from different systems.",
        "I try to make finance a partner to the business rather than the department "
        "that says no.",
        "Most of my work is cash flow, investment cases and making sure the board "
        "sees numbers I'd stake my name on.",
    ),
    HR: (
        "I look after recruitment, retention and the slightly messy work of helping "
        "managers manage well.",
        "My focus is workforce planning and making this a place people want to stay.",
        "I moved into HR from the front line, so I care a lot about policies that "
        "work on a Tuesday night shift and not just on paper.",
    ),
    MKT: (
        "I run our brand, campaigns and digital channels with a small team and a "
        "budget that never quite matches the ambition.",
        "My work sits between customer insight and growth: who we talk to, what we "
        "say and whether it worked.",
        "I've built our marketing function up from two people, and now I'm trying to "
        "make it measurable.",
    ),
    SALES: (
        "I lead new business and key accounts, and I spend a lot of time on pricing "
        "conversations.",
        "My job is growing revenue without promising things operations can't "
        "deliver.",
        "I manage a team of account managers and own our pipeline forecast.",
    ),
    PROD: (
        "I own the roadmap for our customer-facing products and spend my days saying "
        "no to good ideas.",
        "I work between customers, engineers and leadership to decide what we build "
        "next and why.",
        "I moved into product from customer support, so I lean heavily on what "
        "customers actually do rather than what they say.",
    ),
    ENG: (
        "I look after our core systems, infrastructure and a team of engineers who "
        "keep the lights on while we modernise.",
        "Most of my job is deciding what to fix, what to replace and what to live "
        "with for another year.",
        "I run IT with a lean team, so security, vendor management and the service "
        "desk all land on my desk.",
    ),
    DATA: (
        "I lead reporting and analytics, which mostly means getting data out of "
        "systems that were never designed to talk to each other.",
        "I build the models and dashboards leadership uses, and I spend a lot of "
        "time on data quality nobody else wants to own.",
        "My team answers the questions the organisation didn't know it could ask, "
        "when the data lets us.",
    ),
    CS: (
        "I run our service teams and care a lot about fixing the causes of contact "
        "rather than just answering faster.",
        "My job is making sure customers get what they were promised, and telling "
        "the rest of the business when they don't.",
        "I manage a team handling thousands of contacts a week across phone, chat "
        "and email.",
    ),
    LEGAL: (
        "I cover regulatory compliance, contracts and the risk questions everyone "
        "else is hoping will go away.",
        "My job is keeping us on the right side of the rules without becoming the "
        "department of no.",
        "I came from private practice and now work in-house, where the questions are "
        "messier and more interesting.",
    ),
    STRAT: (
        "I lead our transformation portfolio and spend most of my time helping teams "
        "change how they work.",
        "My job is connecting strategy to the projects that are supposed to deliver "
        "it, and stopping the ones that won't.",
        "I run a small strategy and change team that works across every department.",
    ),
}

_FUNCTION_EXPERTISE: dict[str, tuple[str, ...]] = {
    EXEC: ("board relations", "turnaround leadership", "strategic planning",
           "mergers and integration", "executive team building", "stakeholder management",
           "organisational culture", "crisis communication"),
    OPS: ("process improvement", "lean operations", "workforce scheduling",
          "supplier management", "capacity planning", "service design",
          "facilities management", "KPI design"),
    FIN: ("cash-flow forecasting", "budgeting", "business cases", "cost reduction",
          "audit preparation", "month-end close", "pricing models", "procurement"),
    HR: ("recruitment", "retention strategy", "employee engagement", "workforce planning",
         "manager development", "employee relations", "reward and benefits",
         "onboarding"),
    MKT: ("brand strategy", "content marketing", "marketing attribution", "CRM campaigns",
          "customer research", "social media", "event marketing", "email marketing"),
    SALES: ("key account management", "pricing negotiations", "pipeline forecasting",
            "tender writing", "partnerships", "sales team coaching", "CRM hygiene",
            "contract renewals"),
    PROD: ("roadmap prioritisation", "user research", "product discovery",
           "pricing and packaging", "product analytics", "onboarding design",
           "stakeholder alignment", "experimentation"),
    ENG: ("cloud migration", "legacy modernisation", "cybersecurity", "integration",
          "IT service management", "vendor management", "ERP implementation",
          "incident response"),
    DATA: ("data warehousing", "dashboards", "forecasting models", "data quality",
           "data governance", "machine learning", "self-service BI", "data strategy"),
    CS: ("complaint handling", "contact-centre operations", "customer onboarding",
         "service recovery", "knowledge bases", "customer journey mapping",
         "churn reduction", "chatbots"),
    LEGAL: ("regulatory change", "contract negotiation", "data protection",
            "policy writing", "AI governance", "audits and inspections",
            "anti-fraud controls", "whistleblowing processes"),
    STRAT: ("change management", "programme management", "operating model design",
            "portfolio governance", "benefits realisation", "strategy workshops",
            "business process redesign", "OKRs"),
}

_INDUSTRY_EXPERTISE: dict[str, tuple[str, ...]] = {
    HC: ("patient flow", "clinical governance", "nurse workforce", "care pathways"),
    HE: ("student recruitment", "student retention", "research funding",
         "academic governance"),
    FS: ("credit risk", "branch networks", "payments", "financial crime"),
    INS: ("claims handling", "underwriting", "broker relationships", "pricing analytics"),
    RET: ("store operations", "merchandising", "ecommerce", "loyalty programmes"),
    MFG: ("shop-floor improvement", "S&OP", "quality systems", "automation"),
    LOG: ("warehouse operations", "transport planning", "last-mile delivery",
          "cold chain"),
    ENE: ("grid operations", "asset management", "tariff design", "field workforce"),
    SAAS: ("product-led growth", "B2B subscriptions", "SaaS metrics", "platform scaling"),
    TEL: ("network rollout", "subscriber retention", "billing systems", "field service"),
    PUB: ("public procurement", "service transformation", "policy delivery",
          "citizen engagement"),
    NPO: ("volunteer management", "grant funding", "fundraising", "impact reporting"),
    PRO: ("utilisation and billing", "client development", "partnership models",
          "knowledge management"),
    MED: ("subscriptions", "audience development", "editorial operations",
          "advertising sales"),
    HOS: ("revenue management", "guest experience", "seasonal staffing", "events"),
    CON: ("bid management", "site safety", "subcontractor management",
          "project controls"),
    PHA: ("GMP compliance", "clinical trials", "regulatory submissions",
          "quality management"),
    AGR: ("food safety", "cooperative governance", "supply contracts", "farm operations"),
}

_FUNCTION_GOALS: dict[str, tuple[str, ...]] = {
    EXEC: (
        "I want a few peers outside my sector I can be honest with about the hard "
        "calls.",
        "I'd like to learn how other leaders have handled growth without losing what "
        "made the organisation good.",
        "I'm looking for people who have led a transformation and lived to tell the "
        "tale.",
    ),
    OPS: (
        "I want to borrow proven fixes from other industries instead of reinventing "
        "them.",
        "I'm hoping to find people who have scaled operations without burning out "
        "their teams.",
        "I'd like a sounding board for operational changes before I put them in "
        "front of our leadership team.",
    ),
    FIN: (
        "I want to compare notes with finance leaders who have modernised reporting "
        "on a tight budget.",
        "I'd like to learn how others build forecasts the rest of the business "
        "actually trusts.",
        "I'm looking for peers who have been through a finance system change.",
    ),
    HR: (
        "I want to learn what has genuinely worked for retention elsewhere, not what "
        "looks good in a case study.",
        "I'd like peers to test people-strategy ideas with before we roll them out.",
        "I'm looking for HR leaders who have built a manager development programme "
        "that stuck.",
    ),
    MKT: (
        "I want to learn how others prove marketing's value to sceptical finance "
        "teams.",
        "I'd like to swap campaign ideas with people in completely different markets.",
        "I'm looking for peers who have rebuilt a brand without a big budget.",
    ),
    SALES: (
        "I want to learn how others have raised prices without losing their best "
        "customers.",
        "I'd like to compare sales team structures with peers outside my industry.",
        "I'm looking for people who have moved from relationship selling to a more "
        "repeatable process.",
    ),
    PROD: (
        "I want to see how other product teams decide what not to build.",
        "I'd like to learn from people who run discovery well in a regulated or "
        "slow-moving organisation.",
        "I'm looking for peers who have turned customer feedback into a roadmap "
        "without drowning in it.",
    ),
    ENG: (
        "I want to talk to people who have replaced a core system and would do it "
        "differently next time.",
        "I'd like peers to sanity-check architecture and vendor choices with.",
        "I'm looking for leaders who have improved security with a small team and a "
        "small budget.",
    ),
    DATA: (
        "I want to learn how others got leadership to trust one version of the "
        "numbers.",
        "I'd like to meet data people who have built a small team into something "
        "strategic.",
        "I'm looking for peers who have put machine learning into production "
        "responsibly.",
    ),
    CS: (
        "I want to learn how others reduce demand rather than just handle it faster.",
        "I'd like to compare service models with people who serve very different "
        "customers.",
        "I'm looking for peers who have made the voice of the customer matter in "
        "leadership decisions.",
    ),
    LEGAL: (
        "I want a network of compliance people who can tell me how they interpret "
        "new rules in practice.",
        "I'd like to learn how others keep policies short enough that people read "
        "them.",
        "I'm looking for peers thinking seriously about AI and data governance.",
    ),
    STRAT: (
        "I want to learn how others keep change programmes from stalling after the "
        "launch.",
        "I'd like peers who have built a transformation office that people don't "
        "resent.",
        "I'm looking for people who measure whether change actually stuck.",
    ),
}

_CAREER_NOTES: tuple[str, ...] = (
    "Before this I spent {years} years in {other}, which still shapes how I look at "
    "problems.",
    "I've worked in {industry} for {years} years and I'm still surprised how often "
    "the hard problems are about people rather than systems.",
    "I joined from {other} {years} years ago, so I'm used to being the outsider in "
    "the room.",
    "Outside work I mentor people early in their careers and sit on the board of a "
    "small local charity.",
    "I'm happiest when I can borrow an idea from a completely different sector and "
    "make it work here.",
)
