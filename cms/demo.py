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


def _t(industry: str, function: str, title: str, description: str, tags: str) -> _Text:
    """Build a _Text; `tags` is space-separated, the description is re-flowed."""
    return _Text(industry, function, title, " ".join(description.split()), tuple(tags.split()))


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

# pool -> (first names, last names), comma-separated. Names are drawn mostly
# from the pool of the member's city and sometimes from any pool, as in any real
# workforce.
_NAMES: dict[str, tuple[str, str]] = {
    "anglo": (
        (
            "Oliver, Hannah, James, Sophie, Liam, Grace, Thomas, Chloe, Rory, Megan, Callum, "
            "Fiona, Ben, Alice, Niamh, Owen"
        ),
        (
            "Whitfield, Harper, Lowe, Bennett, Fraser, Doyle, Marsh, Griffiths, Holloway, "
            "Pritchard, Stewart, Ellis, Kerr, Donnelly, Ashworth, Reid"
        ),
    ),
    "american": (
        (
            "Marcus, Jasmine, Tyler, Brianna, Kevin, Alyssa, Jordan, Renee, Derek, Natalie, "
            "Andre, Courtney, Elena, Sam"
        ),
        (
            "Coleman, Brooks, Delgado, Sullivan, Whitaker, Carver, Hughes, Franklin, Ramsey, "
            "Petrakis, Morrison, Greene, Castellano"
        ),
    ),
    "germanic": (
        (
            "Lukas, Anna, Jonas, Lena, Felix, Sanne, Daan, Katrin, Maximilian, Femke, Niklas, "
            "Johanna"
        ),
        (
            "Müller, Schneider, Becker, de Vries, Jansen, Bakker, Hoffmann, Vogel, van Dijk, "
            "Keller, Brandt, Wagner"
        ),
    ),
    "french": (
        "Camille, Julien, Élodie, Antoine, Léa, Mathieu, Nicolas, Margaux, Théo, Manon",
        (
            "Lefèvre, Moreau, Girard, Dubois, Laurent, Fontaine, Rousseau, Mercier, Bonnet, "
            "Chevalier, Tremblay, Gagnon"
        ),
    ),
    "hispanic": (
        (
            "Valentina, Mateo, Camila, Santiago, Lucía, Diego, Isabela, Andrés, Daniela, Javier, "
            "Mariana, Alejandro"
        ),
        (
            "García, Rodríguez, Martínez, Hernández, López, Morales, Castillo, Vargas, Herrera, "
            "Ortega, Jiménez, Navarro"
        ),
    ),
    "lusophone": (
        "João, Beatriz, Rafael, Larissa, Thiago, Fernanda, Gabriel, Inês, Lucas, Carolina",
        "Silva, Oliveira, Souza, Ferreira, Costa, Almeida, Carvalho, Pereira, Rocha, Ribeiro",
    ),
    "italian": (
        "Giulia, Marco, Francesca, Luca, Chiara, Matteo, Alessandra, Davide",
        "Rossi, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Conti",
    ),
    "nordic": (
        "Astrid, Erik, Ingrid, Magnus, Sofie, Mikkel, Freja, Lars, Sanna, Oskar",
        (
            "Lindqvist, Andersen, Nieminen, Johansson, Hansen, Virtanen, Berg, Nilsson, "
            "Christensen, Halvorsen"
        ),
    ),
    "polish": (
        "Katarzyna, Piotr, Agnieszka, Tomasz, Marta, Paweł, Zofia, Michał",
        "Nowak, Kaczmarek, Wójcik, Mazur, Krawczyk, Piątek, Sikora, Wróbel",
    ),
    "west_african": (
        "Chidi, Ngozi, Kwame, Ama, Tunde, Folake, Emeka, Adaeze, Kofi, Efua, Yaw, Funmilayo",
        (
            "Adeyemi, Okonkwo, Mensah, Boateng, Eze, Balogun, Asante, Nwosu, Owusu, Adebayo, "
            "Agyeman, Oduya"
        ),
    ),
    "east_african": (
        "Wanjiru, Baraka, Achieng, Amani, Njeri, Juma, Zawadi, Faith, Brian, Imani",
        "Otieno, Mwangi, Kamau, Ochieng, Wambui, Kariuki, Mutua, Njoroge, Uwimana, Habimana",
    ),
    "southern_african": (
        "Thandiwe, Sipho, Lerato, Pieter, Naledi, Johan, Zanele, Themba, Anika, Kagiso",
        ("Dlamini, Nkosi, van der Merwe, Botha, Mokoena, Khumalo, Pillay, Naidoo, Molefe, Jacobs"),
    ),
    "arabic": (
        "Omar, Layla, Karim, Yasmin, Tarek, Nour, Hassan, Rania, Youssef, Mariam",
        "Haddad, El-Sayed, Mansour, Khalil, Farouk, Nasser, Aziz, Saleh, Hamdan, Barakat",
    ),
    "south_asian": (
        ("Priya, Arjun, Ananya, Rohan, Kavya, Vikram, Meera, Sanjay, Divya, Nikhil, Aisha, Rahul"),
        (
            "Sharma, Iyer, Patel, Reddy, Menon, Kulkarni, Banerjee, Nair, Deshpande, Chatterjee, "
            "Gupta, Rao"
        ),
    ),
    "southeast_asian": (
        (
            "Wei Ling, Jun Hao, Siti, Farid, Maria Clara, Paolo, Dewi, Budi, Mei, Hafiz, "
            "Angelica, Rizal"
        ),
        "Tan, Lim, Ong, Rahman, Santos, Reyes, Dela Cruz, Wijaya, Hidayat, Abdullah, Ng, Goh",
    ),
    "japanese": (
        "Haruto, Yui, Kenji, Aiko, Daichi, Hana, Takeshi, Emi",
        "Sato, Tanaka, Watanabe, Kobayashi, Yamamoto, Nakamura, Ito, Mori",
    ),
    "korean": (
        "Min-jun, Ji-woo, Seo-yeon, Do-hyun, Ha-eun, Ji-hoon",
        "Kim, Park, Choi, Lee, Jung, Kang",
    ),
}

# Fictional organisations: (industry, name, email domain, what it is, cities).
_ORGANISATIONS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    (
        HC,
        "Kestrel Valley Health",
        "kestrelvalleyhealth",
        "a regional hospital group with four sites and 6,500 staff",
        ("Leeds", "Sheffield"),
    ),
    (
        HC,
        "Lakeshore Community Clinics",
        "lakeshoreclinics",
        "a network of 22 community health centres",
        ("Toronto", "Halifax"),
    ),
    (
        HC,
        "Sunbird Medical Group",
        "sunbirdmedical",
        "a private hospital and diagnostics group",
        ("Singapore", "Kuala Lumpur"),
    ),
    (
        HC,
        "Harbourview Home Care",
        "harbourviewcare",
        "a home care and community nursing provider with 1,800 carers",
        ("Melbourne",),
    ),
    (
        HC,
        "Mzuri Health Partners",
        "mzurihealth",
        "a group of outpatient clinics and maternity units",
        ("Nairobi", "Kigali"),
    ),
    (
        HE,
        "University of Westmarch",
        "westmarch",
        "a research university with 24,000 students",
        ("Manchester",),
    ),
    (
        HE,
        "Calloway State College",
        "callowaystate",
        "a public college serving 15,000 mostly part-time students",
        ("Minneapolis",),
    ),
    (
        HE,
        "Hochschule Lindenau",
        "hs-lindenau",
        "a university of applied sciences with strong industry ties",
        ("Stuttgart",),
    ),
    (
        HE,
        "Southern Cross Polytechnic",
        "southerncrosspoly",
        "a polytechnic with six campuses and a large online school",
        ("Brisbane", "Sydney"),
    ),
    (
        HE,
        "Ashanti Ridge University",
        "ashantiridge",
        "a private university growing fast in West Africa",
        ("Accra", "Lagos"),
    ),
    (
        FS,
        "Northwind Credit Union",
        "northwindcu",
        "a member-owned credit union with 38 branches",
        ("Chicago", "Minneapolis"),
    ),
    (
        FS,
        "Blackfen Mutual Bank",
        "blackfenmutual",
        "a building society turned mutual bank",
        ("London", "Bristol"),
    ),
    (FS, "Solvara Payments", "solvara", "a payments and remittance fintech", ("Lagos", "Nairobi")),
    (
        FS,
        "Alpenrose Private Bank",
        "alpenrosebank",
        "a private bank and wealth manager",
        ("Zurich", "Basel"),
    ),
    (
        FS,
        "Marisol Consumer Finance",
        "marisolfinance",
        "a consumer lender with a mobile-first loan product",
        ("Mexico City", "Monterrey"),
    ),
    (
        INS,
        "Bramblegate Insurance",
        "bramblegate",
        "a general insurer covering home and motor",
        ("Birmingham", "Glasgow"),
    ),
    (INS, "Silverfir Mutual", "silverfirmutual", "a mutual life and pensions company", ("Dublin",)),
    (
        INS,
        "Copperleaf Specialty",
        "copperleafspecialty",
        "a specialty commercial underwriter",
        ("Toronto", "London"),
    ),
    (
        INS,
        "Lantern Bay Insurance",
        "lanternbay",
        "a direct-to-consumer insurer for home, pet and travel cover",
        ("Sydney", "Auckland"),
    ),
    (
        RET,
        "Greenhollow Markets",
        "greenhollow",
        "a grocery chain with 140 stores",
        ("Glasgow", "Manchester"),
    ),
    (
        RET,
        "Tandem Outfitters",
        "tandemoutfitters",
        "an outdoor clothing retailer with 60 stores and a big online business",
        ("Denver",),
    ),
    (
        RET,
        "Casa Lumbre Home",
        "casalumbre",
        "a homeware retailer across Spain and Portugal",
        ("Madrid", "Lisbon"),
    ),
    (
        RET,
        "Brightcart",
        "brightcart",
        "an online grocery and quick-delivery business",
        ("Bengaluru", "Mumbai"),
    ),
    (
        MFG,
        "Brenner Antriebe",
        "brenner-antriebe",
        "a family-owned maker of industrial gearboxes",
        ("Munich",),
    ),
    (
        MFG,
        "Ridgeway Precision Components",
        "ridgewayprecision",
        "a contract machining firm with 420 people",
        ("Sheffield",),
    ),
    (
        MFG,
        "Solano Packaging Solutions",
        "solanopackaging",
        "a packaging manufacturer with three plants",
        ("Monterrey", "Mexico City"),
    ),
    (
        MFG,
        "Kaiyo Assembly Works",
        "kaiyoassembly",
        "an electronics contract manufacturer",
        ("Kuala Lumpur", "Osaka"),
    ),
    (
        MFG,
        "Skarvik Marine Systems",
        "skarvik",
        "a builder of propulsion and steering systems for ships",
        ("Oslo",),
    ),
    (
        LOG,
        "Crosswind Freight",
        "crosswindfreight",
        "a road freight and warehousing company with 30 depots",
        ("Rotterdam", "Hamburg"),
    ),
    (
        LOG,
        "Pallas Last Mile",
        "pallaslastmile",
        "a parcel delivery business",
        ("London", "Birmingham"),
    ),
    (
        LOG,
        "Tamarind Cold Chain",
        "tamarindcoldchain",
        "a refrigerated logistics provider",
        ("Mumbai", "Pune"),
    ),
    (
        LOG,
        "Lone Pine Distribution",
        "lonepinedistribution",
        "a third-party logistics provider running 12 distribution centres",
        ("Atlanta", "Chicago"),
    ),
    (
        ENE,
        "Coldwater Regional Water",
        "coldwaterwater",
        "a water and wastewater utility serving 1.2 million people",
        ("Bristol",),
    ),
    (
        ENE,
        "Elk Prairie Electric Cooperative",
        "elkprairie",
        "a rural electric cooperative",
        ("Minneapolis", "Denver"),
    ),
    (
        ENE,
        "Sonnfeld Energie",
        "sonnfeld",
        "a municipal energy supplier and grid operator",
        ("Hamburg",),
    ),
    (
        ENE,
        "Kiri Renewables",
        "kirirenewables",
        "a solar and wind developer and operator",
        ("Wellington", "Sydney"),
    ),
    (
        ENE,
        "Ventoso Energía",
        "ventoso",
        "an energy retailer with 900,000 household customers",
        ("Barcelona",),
    ),
    (
        SAAS,
        "Tallystack",
        "tallystack",
        "a bookkeeping platform for small businesses with 40,000 customers",
        ("Dublin",),
    ),
    (SAAS, "Rosterloop", "rosterloop", "a workforce scheduling SaaS", ("Melbourne",)),
    (
        SAAS,
        "Fernhill Analytics",
        "fernhillanalytics",
        "a B2B analytics platform",
        ("Berlin", "Amsterdam"),
    ),
    (SAAS, "Orbitnest", "orbitnest", "a property-management SaaS", ("Austin", "Seattle")),
    (
        TEL,
        "Skylark Fibre",
        "skylarkfibre",
        "a regional fibre broadband provider",
        ("Cork", "Dublin"),
    ),
    (
        TEL,
        "Savanna Link Telecom",
        "savannalink",
        "a mobile operator with 9 million subscribers",
        ("Nairobi", "Kigali"),
    ),
    (TEL, "Östrand Telekom", "ostrand", "a fixed and mobile operator", ("Stockholm", "Helsinki")),
    (
        TEL,
        "Cascade Cable & Mobile",
        "cascadecable",
        "a cable, broadband and mobile provider",
        ("Seattle", "Vancouver"),
    ),
    (
        PUB,
        "Harrowfield District Council",
        "harrowfield",
        "a local council serving 310,000 residents",
        ("Manchester",),
    ),
    (
        PUB,
        "Kalinda Regional Transport Authority",
        "kalindatransport",
        "a regional public transport authority",
        ("Melbourne",),
    ),
    (
        PUB,
        "Civic Digital Agency",
        "civicdigital",
        "a government digital service agency",
        ("Wellington",),
    ),
    (PUB, "Waterdal Municipality", "waterdal", "a mid-sized municipality", ("Rotterdam",)),
    (
        PUB,
        "Greyhawk County Human Services",
        "greyhawkcounty",
        "a county health and human services department",
        ("Denver",),
    ),
    (
        NPO,
        "Brightwater Community Trust",
        "brightwatertrust",
        "a community charity running food, housing and youth programmes",
        ("Birmingham",),
    ),
    (
        NPO,
        "Open Shelf Literacy",
        "openshelf",
        "a literacy charity working in 300 schools",
        ("Cape Town", "Johannesburg"),
    ),
    (
        NPO,
        "Riverlight Hospice Foundation",
        "riverlight",
        "a hospice charity that raises most of its own income",
        ("Dublin",),
    ),
    (
        NPO,
        "Common Ground Food Network",
        "commongroundfood",
        "a network of food banks and community kitchens",
        ("Toronto",),
    ),
    (NPO, "Amani Youth Trust", "amaniyouth", "a youth employment charity", ("Nairobi",)),
    (PRO, "Ashby Lowe", "ashbylowe", "a mid-sized law firm with 180 lawyers", ("London",)),
    (
        PRO,
        "Carraway Advisory",
        "carrawayadvisory",
        "a management consultancy with 250 consultants",
        ("New York", "Boston"),
    ),
    (
        PRO,
        "Pemberton & Iyer",
        "pembertoniyer",
        "an accounting and advisory firm",
        ("Mumbai", "Dubai"),
    ),
    (
        PRO,
        "Studio Veldt Architects",
        "studioveldt",
        "an architecture and engineering practice",
        ("Amsterdam", "Copenhagen"),
    ),
    (
        MED,
        "The Wexmoor Courier",
        "wexmoorcourier",
        "a regional news group with print and digital titles",
        ("Leeds",),
    ),
    (MED, "Paperkite Books", "paperkite", "an independent book publisher", ("Melbourne", "London")),
    (MED, "Signal Bay Audio", "signalbay", "a podcast network", ("Los Angeles",)),
    (
        MED,
        "Lumen Trade Media",
        "lumentrade",
        "a B2B publisher running trade magazines and events",
        ("Berlin", "Milan"),
    ),
    (
        MED,
        "Ondas Media Group",
        "ondasmedia",
        "a radio, streaming and digital news group",
        ("São Paulo",),
    ),
    (
        HOS,
        "Tidewell Hotels",
        "tidewellhotels",
        "a group of 26 mid-market hotels",
        ("Lisbon", "Barcelona"),
    ),
    (
        HOS,
        "Hanami Inns",
        "hanamiinns",
        "a collection of small traditional inns",
        ("Tokyo", "Osaka"),
    ),
    (
        HOS,
        "Bluecurrent Travel",
        "bluecurrenttravel",
        "a tour operator for small-group travel",
        ("Cape Town",),
    ),
    (
        HOS,
        "Larkspur Venues",
        "larkspurvenues",
        "an events, venues and catering business",
        ("Glasgow",),
    ),
    (HOS, "Sabana Resorts", "sabanaresorts", "a beach resort operator", ("Mexico City", "Bogotá")),
    (
        CON,
        "Greywacke Construction",
        "greywacke",
        "a commercial builder with 900 staff",
        ("Auckland",),
    ),
    (
        CON,
        "Harlow & Quaid Developments",
        "harlowquaid",
        "a residential developer and landlord",
        ("London", "Manchester"),
    ),
    (CON, "Ironbark Civil", "ironbarkcivil", "a civil engineering contractor", ("Brisbane",)),
    (
        CON,
        "Ciudad Verde Inmobiliaria",
        "ciudadverde",
        "a developer of mixed-use housing",
        ("Bogotá", "Santiago"),
    ),
    (CON, "Kranhof Bau", "kranhof", "a general contractor and facilities manager", ("Berlin",)),
    (PHA, "Corvalis Therapeutics", "corvalis", "a clinical-stage biotech", ("Boston",)),
    (
        PHA,
        "Veridane Pharma",
        "veridane",
        "a generics manufacturer with three plants",
        ("Pune", "Mumbai"),
    ),
    (
        PHA,
        "Thornfield Diagnostics",
        "thornfielddx",
        "a diagnostics and lab-instrument company",
        ("Basel", "Lyon"),
    ),
    (
        PHA,
        "Nightjar Clinical Research",
        "nightjarcro",
        "a contract research organisation",
        ("Kraków", "Warsaw"),
    ),
    (
        AGR,
        "Riverbend Growers Cooperative",
        "riverbendgrowers",
        "a fruit and vegetable cooperative of 140 farms",
        ("Santiago",),
    ),
    (
        AGR,
        "Oakmoor Dairy",
        "oakmoordairy",
        "a dairy processor buying milk from 600 farms",
        ("Cork",),
    ),
    (
        AGR,
        "Terrazul Coffee Exporters",
        "terrazul",
        "a coffee exporter working with smallholders",
        ("Bogotá",),
    ),
    (
        AGR,
        "Golden Sheaf Grain",
        "goldensheaf",
        "a grain handling and milling company",
        ("Minneapolis",),
    ),
    (AGR, "Shamba Fresh Produce", "shambafresh", "a fresh produce grower and packer", ("Nairobi",)),
)

_ROLE_TITLES: dict[str, tuple[str, str, str, str, str]] = {
    EXEC: (
        "Executive Assistant to the CEO",
        "Executive Office Manager",
        "Chief of Staff",
        "Deputy Chief Executive",
        "Chief Executive",
    ),
    OPS: (
        "Operations Coordinator",
        "Operations Manager",
        "Senior Operations Manager",
        "Director of Operations",
        "Chief Operating Officer",
    ),
    FIN: (
        "Finance Analyst",
        "Finance Manager",
        "Senior Finance Business Partner",
        "Finance Director",
        "Chief Financial Officer",
    ),
    HR: (
        "People Coordinator",
        "HR Business Partner",
        "Senior HR Business Partner",
        "Director of People",
        "Chief People Officer",
    ),
    MKT: (
        "Marketing Executive",
        "Marketing Manager",
        "Senior Marketing Manager",
        "Director of Marketing",
        "Chief Marketing Officer",
    ),
    SALES: (
        "Business Development Representative",
        "Account Manager",
        "Senior Business Development Manager",
        "Director of Sales",
        "Chief Commercial Officer",
    ),
    PROD: (
        "Associate Product Manager",
        "Product Manager",
        "Senior Product Manager",
        "Director of Product",
        "Chief Product Officer",
    ),
    ENG: (
        "Systems Analyst",
        "IT Manager",
        "Lead Systems Architect",
        "Director of Technology",
        "Chief Information Officer",
    ),
    DATA: (
        "Data Analyst",
        "Analytics Manager",
        "Principal Data Scientist",
        "Head of Data",
        "Chief Data Officer",
    ),
    CS: (
        "Customer Service Advisor",
        "Customer Success Manager",
        "Senior Customer Experience Manager",
        "Director of Customer Service",
        "Chief Customer Officer",
    ),
    LEGAL: (
        "Compliance Analyst",
        "Compliance Manager",
        "Senior Legal Counsel",
        "Head of Legal and Compliance",
        "General Counsel",
    ),
    STRAT: (
        "Strategy Analyst",
        "Transformation Manager",
        "Senior Programme Manager",
        "Director of Strategy and Transformation",
        "Chief Transformation Officer",
    ),
}

# How an industry is named inside a sentence ("I've spent years in ...").
_INDUSTRY_PHRASES: dict[str, str] = {
    HC: "healthcare",
    HE: "higher education",
    FS: "financial services",
    INS: "insurance",
    RET: "retail",
    MFG: "manufacturing",
    LOG: "logistics",
    ENE: "energy and utilities",
    SAAS: "software",
    TEL: "telecoms",
    PUB: "the public sector",
    NPO: "the charity sector",
    PRO: "professional services",
    MED: "media and publishing",
    HOS: "hospitality",
    CON: "construction",
    PHA: "life sciences",
    AGR: "agriculture and food",
}

# (needs a senior role, sentence): a junior analyst doesn't "run a team".
_FUNCTION_BIOS: dict[str, tuple[tuple[bool, str], ...]] = {
    EXEC: (
        (
            True,
            "I spend most of my time on strategy, the board and making sure we hire "
            "people better than me.",
        ),
        (
            True,
            "My job is to set direction, keep the money and the culture healthy, and "
            "clear the way for the people doing the real work.",
        ),
        (
            True,
            "I took over the organisation during a difficult period and have spent the "
            "last few years rebuilding trust with staff and funders.",
        ),
    ),
    OPS: (
        (
            False,
            "Most of my week goes on keeping day-to-day delivery running and fixing "
            "the processes that make it harder than it should be.",
        ),
        (
            False,
            "I look after the operational backbone: scheduling, facilities, suppliers "
            "and the systems nobody notices until they break.",
        ),
        (
            False,
            "My job is turning plans into rotas, budgets and processes that people "
            "actually follow.",
        ),
    ),
    FIN: (
        (
            False,
            "I work on budgeting, forecasting and month-end, and I spend more time "
            "than I'd like reconciling numbers from different systems.",
        ),
        (
            False,
            "I try to make finance a partner to the business rather than the "
            "department that says no.",
        ),
        (
            True,
            "Most of my work is cash flow, investment cases and making sure the board "
            "sees numbers I'd stake my name on.",
        ),
    ),
    HR: (
        (
            False,
            "I look after recruitment, retention and the slightly messy work of "
            "helping managers manage well.",
        ),
        (True, "My focus is workforce planning and making this a place people want to stay."),
        (
            False,
            "I moved into HR from the front line, so I care a lot about policies that "
            "work on a Tuesday night shift and not just on paper.",
        ),
    ),
    MKT: (
        (
            False,
            "I work across our brand, campaigns and digital channels in a small team "
            "with a budget that never quite matches the ambition.",
        ),
        (
            False,
            "My work sits between customer insight and growth: who we talk to, what "
            "we say and whether it worked.",
        ),
        (
            True,
            "I've built our marketing function up from two people, and now I'm trying "
            "to make it measurable.",
        ),
    ),
    SALES: (
        (
            False,
            "I work on new business and key accounts, and I spend a lot of time in "
            "pricing conversations.",
        ),
        (False, "My job is growing revenue without promising things operations can't deliver."),
        (True, "I manage a team of account managers and own our pipeline forecast."),
    ),
    PROD: (
        (
            False,
            "I work on the roadmap for our customer-facing products and spend my "
            "days saying no to good ideas.",
        ),
        (
            False,
            "I work between customers, engineers and leadership to decide what we "
            "build next and why.",
        ),
        (
            False,
            "I moved into product from customer support, so I lean heavily on what "
            "customers actually do rather than what they say.",
        ),
    ),
    ENG: (
        (
            True,
            "I look after our core systems, infrastructure and a team of engineers "
            "who keep the lights on while we modernise.",
        ),
        (
            True,
            "Most of my job is deciding what to fix, what to replace and what to live "
            "with for another year.",
        ),
        (
            True,
            "I run IT with a lean team, so security, vendor management and the service "
            "desk all land on my desk.",
        ),
        (
            False,
            "I spend my days keeping our core systems running, untangling "
            "integrations and quietly modernising what I can.",
        ),
    ),
    DATA: (
        (
            False,
            "I work on reporting and analytics, which mostly means getting data out "
            "of systems that were never designed to talk to each other.",
        ),
        (
            False,
            "I build the models and dashboards leadership uses, and I spend a lot of "
            "time on data quality nobody else wants to own.",
        ),
        (
            True,
            "My team answers the questions the organisation didn't know it could ask, "
            "when the data lets us.",
        ),
    ),
    CS: (
        (
            True,
            "I run our service teams and care a lot about fixing the causes of "
            "contact rather than just answering faster.",
        ),
        (
            False,
            "My job is making sure customers get what they were promised, and telling "
            "the rest of the business when they don't.",
        ),
        (
            True,
            "I manage a team handling thousands of contacts a week across phone, chat and email.",
        ),
        (
            False,
            "I spend my days close to customer conversations, and I keep a list of "
            "every problem we could fix at the source.",
        ),
    ),
    LEGAL: (
        (
            False,
            "I cover regulatory compliance, contracts and the risk questions everyone "
            "else is hoping will go away.",
        ),
        (
            False,
            "My job is keeping us on the right side of the rules without becoming the "
            "department of no.",
        ),
        (
            False,
            "I came from private practice and now work in-house, where the questions "
            "are messier and more interesting.",
        ),
    ),
    STRAT: (
        (
            True,
            "I lead our transformation portfolio and spend most of my time helping "
            "teams change how they work.",
        ),
        (
            False,
            "My job is connecting strategy to the projects that are supposed to "
            "deliver it, and stopping the ones that won't.",
        ),
        (True, "I run a small strategy and change team that works across every department."),
        (
            False,
            "I work on our transformation programme, mostly helping teams redesign "
            "processes and check whether changes stick.",
        ),
    ),
}

_FUNCTION_EXPERTISE: dict[str, tuple[str, ...]] = {
    EXEC: (
        "board relations",
        "turnaround leadership",
        "strategic planning",
        "mergers and integration",
        "executive team building",
        "stakeholder management",
        "organisational culture",
        "crisis communication",
    ),
    OPS: (
        "process improvement",
        "lean operations",
        "workforce scheduling",
        "supplier management",
        "capacity planning",
        "service design",
        "facilities management",
        "KPI design",
    ),
    FIN: (
        "cash-flow forecasting",
        "budgeting",
        "business cases",
        "cost reduction",
        "audit preparation",
        "month-end close",
        "pricing models",
        "procurement",
    ),
    HR: (
        "recruitment",
        "retention strategy",
        "employee engagement",
        "workforce planning",
        "manager development",
        "employee relations",
        "reward and benefits",
        "onboarding",
    ),
    MKT: (
        "brand strategy",
        "content marketing",
        "marketing attribution",
        "CRM campaigns",
        "customer research",
        "social media",
        "event marketing",
        "email marketing",
    ),
    SALES: (
        "key account management",
        "pricing negotiations",
        "pipeline forecasting",
        "tender writing",
        "partnerships",
        "sales team coaching",
        "CRM hygiene",
        "contract renewals",
    ),
    PROD: (
        "roadmap prioritisation",
        "user research",
        "product discovery",
        "pricing and packaging",
        "product analytics",
        "onboarding design",
        "stakeholder alignment",
        "experimentation",
    ),
    ENG: (
        "cloud migration",
        "legacy modernisation",
        "cybersecurity",
        "integration",
        "IT service management",
        "vendor management",
        "ERP implementation",
        "incident response",
    ),
    DATA: (
        "data warehousing",
        "dashboards",
        "forecasting models",
        "data quality",
        "data governance",
        "machine learning",
        "self-service BI",
        "data strategy",
    ),
    CS: (
        "complaint handling",
        "contact-centre operations",
        "customer onboarding",
        "service recovery",
        "knowledge bases",
        "customer journey mapping",
        "churn reduction",
        "chatbots",
    ),
    LEGAL: (
        "regulatory change",
        "contract negotiation",
        "data protection",
        "policy writing",
        "AI governance",
        "audits and inspections",
        "anti-fraud controls",
        "whistleblowing processes",
    ),
    STRAT: (
        "change management",
        "programme management",
        "operating model design",
        "portfolio governance",
        "benefits realisation",
        "strategy workshops",
        "business process redesign",
        "OKRs",
    ),
}

_INDUSTRY_EXPERTISE: dict[str, tuple[str, ...]] = {
    HC: ("patient flow", "clinical governance", "nurse workforce", "care pathways"),
    HE: ("student recruitment", "student retention", "research funding", "academic governance"),
    FS: ("credit risk", "branch networks", "payments", "financial crime"),
    INS: ("claims handling", "underwriting", "broker relationships", "pricing analytics"),
    RET: ("store operations", "merchandising", "ecommerce", "loyalty programmes"),
    MFG: ("shop-floor improvement", "S&OP", "quality systems", "automation"),
    LOG: ("warehouse operations", "transport planning", "last-mile delivery", "cold chain"),
    ENE: ("grid operations", "asset management", "tariff design", "field workforce"),
    SAAS: ("product-led growth", "B2B subscriptions", "SaaS metrics", "platform scaling"),
    TEL: ("network rollout", "subscriber retention", "billing systems", "field service"),
    PUB: ("public procurement", "service transformation", "policy delivery", "citizen engagement"),
    NPO: ("volunteer management", "grant funding", "fundraising", "impact reporting"),
    PRO: (
        "utilisation and billing",
        "client development",
        "partnership models",
        "knowledge management",
    ),
    MED: ("subscriptions", "audience development", "editorial operations", "advertising sales"),
    HOS: ("revenue management", "guest experience", "seasonal staffing", "events"),
    CON: ("bid management", "site safety", "subcontractor management", "project controls"),
    PHA: ("GMP compliance", "clinical trials", "regulatory submissions", "quality management"),
    AGR: ("food safety", "cooperative governance", "supply contracts", "farm operations"),
}

_FUNCTION_GOALS: dict[str, tuple[str, ...]] = {
    EXEC: (
        "I want a few peers outside my sector I can be honest with about the hard calls.",
        "I'd like to learn how other leaders have handled growth without losing what "
        "made the organisation good.",
        "I'm looking for people who have led a transformation and lived to tell the tale.",
    ),
    OPS: (
        "I want to borrow proven fixes from other industries instead of reinventing them.",
        "I'm hoping to find people who have scaled operations without burning out their teams.",
        "I'd like a sounding board for operational changes before I put them in "
        "front of our leadership team.",
    ),
    FIN: (
        "I want to compare notes with finance leaders who have modernised reporting "
        "on a tight budget.",
        "I'd like to learn how others build forecasts the rest of the business actually trusts.",
        "I'm looking for peers who have been through a finance system change.",
    ),
    HR: (
        "I want to learn what has genuinely worked for retention elsewhere, not what "
        "looks good in a case study.",
        "I'd like peers to test people-strategy ideas with before we roll them out.",
        "I'm looking for HR leaders who have built a manager development programme that stuck.",
    ),
    MKT: (
        "I want to learn how others prove marketing's value to sceptical finance teams.",
        "I'd like to swap campaign ideas with people in completely different markets.",
        "I'm looking for peers who have rebuilt a brand without a big budget.",
    ),
    SALES: (
        "I want to learn how others have raised prices without losing their best customers.",
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
        "I'm looking for leaders who have improved security with a small team and a small budget.",
    ),
    DATA: (
        "I want to learn how others got leadership to trust one version of the numbers.",
        "I'd like to meet data people who have built a small team into something strategic.",
        "I'm looking for peers who have put machine learning into production responsibly.",
    ),
    CS: (
        "I want to learn how others reduce demand rather than just handle it faster.",
        "I'd like to compare service models with people who serve very different customers.",
        "I'm looking for peers who have made the voice of the customer matter in "
        "leadership decisions.",
    ),
    LEGAL: (
        "I want a network of compliance people who can tell me how they interpret "
        "new rules in practice.",
        "I'd like to learn how others keep policies short enough that people read them.",
        "I'm looking for peers thinking seriously about AI and data governance.",
    ),
    STRAT: (
        "I want to learn how others keep change programmes from stalling after the launch.",
        "I'd like peers who have built a transformation office that people don't resent.",
        "I'm looking for people who measure whether change actually stuck.",
    ),
}

_CAREER_NOTES: tuple[str, ...] = (
    "Before this I spent {years} years in {other}, which still shapes how I look at problems.",
    "I've worked in {industry} for {years} years and I'm still surprised how often "
    "the hard problems are about people rather than systems.",
    "I joined from {other} {years} years ago, so I'm used to being the outsider in the room.",
    "Outside work I mentor people early in their careers and sit on the board of a "
    "small local charity.",
    "I'm happiest when I can borrow an idea from a completely different sector and "
    "make it work here.",
)


# ---------------------------------------------------------------------------
# Problem families: one shared problem, told in each industry's own words.
# Written by hand on purpose: only the meaning links the variants, never a
# shared template, so matching has to work on meaning as real posts would.
# ---------------------------------------------------------------------------

_FAMILIES: dict[str, tuple[_Text, ...]] = {
    "frontline-staff-turnover": (
        _t(
            HC,
            HR,
            "Newly qualified nurses are leaving within their first year",
            """Around 28% of our newly qualified nurses resign before their first
            anniversary, and the exit interviews keep saying they felt alone on shift
            far too early. We introduced a twelve-week preceptorship, but the wards
            are so stretched that preceptors rarely get protected time with them. I
            want to know how others have kept new-starter support alive when rotas
            are already at breaking point.""",
            "nursing retention preceptorship",
        ),
        _t(
            LOG,
            OPS,
            "Warehouse pickers quit before peak season even starts",
            """We hire about 400 pickers every September and roughly a third have
            gone by mid-November, right when volumes double. We raised the hourly
            rate twice and added a completion bonus payable in January, which barely
            moved it. The people who stay say the first two weeks on the pick face
            are brutal and nobody checks on them. How do you make the first month on
            the floor survivable?""",
            "warehousing peak-season attrition",
        ),
        _t(
            HOS,
            HR,
            "Our seasonal hotel staff don't come back the next year",
            """Every spring we rebuild housekeeping and front-of-house teams almost
            from scratch: last year only 14% of seasonal staff returned. Recruiting
            and training 300 people each season costs us weeks of lost service
            quality. We tried a returner bonus and early contract offers in autumn,
            but most people had already committed elsewhere. I'd like to hear how
            others turn seasonal workers into a loyal repeat workforce.""",
            "seasonal-staff rehiring housekeeping",
        ),
        _t(
            FS,
            HR,
            "New branch tellers resign soon after we finish training them",
            """We invest six weeks of training in every new teller, and about 40%
            leave within nine months, often to a competitor that poaches them once
            they're qualified. Pay is in line with the market. Exit surveys point to
            repetitive work, difficult customers at the counter and no visible path
            to an advisor role. I'm looking for ways to make the first year feel
            like a career rather than a holding pattern.""",
            "branch-staff retention career-paths",
        ),
        _t(
            RET,
            OPS,
            "Store colleagues are gone before they've learned the tills",
            """Our shop-floor turnover is running at 65% a year, and most leavers go
            within their first eight weeks. Store managers spend half their time
            interviewing rather than running the store. We shortened the induction
            and introduced a buddy scheme, but in busy stores the buddy is usually
            on another task. Has anyone cracked early attrition for hourly retail
            staff without simply paying more?""",
            "store-staff early-attrition induction",
        ),
        _t(
            AGR,
            OPS,
            "Harvest crews leave mid-season for better-paying farms",
            """During apple harvest we need about 250 pickers, and every year a
            chunk of the crew walks off in week three when a neighbouring grower
            offers a little more per bin. That leaves fruit on the trees at exactly
            the wrong moment. We added accommodation upgrades and a season-completion
            payment, with mixed results. I'd like ideas on loyalty for short-term
            crews when the next job is literally across the fence.""",
            "harvest-labour seasonal-work retention",
        ),
        _t(
            TEL,
            CS,
            "Call-centre agents burn out and leave within months",
            """Our contact centre loses about half of its new agents within the
            first six months, and it takes roughly three months for someone to
            handle billing calls confidently. Average handling time goes up every
            time a new cohort starts. We've tried gamified targets and a nesting
            team for new joiners, but people still describe the job as relentless.
            How have others made the first months on the phones sustainable?""",
            "contact-centre agent-attrition burnout",
        ),
    ),
    "volunteer-retention": (
        _t(
            NPO,
            OPS,
            "Volunteers drop off after their first few shifts",
            """We recruit around 120 new volunteers a quarter for our food and
            youth programmes, but fewer than 40% are still active after three
            months. The people who leave usually stop replying rather than telling
            us why. We tried a welcome call and a WhatsApp group per site, which
            helped a little at the bigger sites and not at all at the small ones.
            I'd love to learn how others keep volunteers engaged past the first
            month without a dedicated volunteer coordinator at every site.""",
            "volunteers retention engagement",
        ),
        _t(
            HC,
            OPS,
            "Our hospital volunteer programme shrinks every year",
            """We once had 600 volunteers doing ward visiting, wayfinding and
            patient transport, and we're down to about 230, most of them over 70.
            Younger people sign up, complete the safeguarding checks, do a couple of
            shifts and disappear. We've simplified the onboarding paperwork and
            offered flexible shifts. What has worked elsewhere to make unpaid roles
            feel worth coming back to?""",
            "hospital-volunteers onboarding retention",
        ),
        _t(
            HE,
            MKT,
            "Student ambassadors stop turning up after the first open day",
            """We rely on around 150 student ambassadors to run campus tours and
            open days, and attendance at shifts falls off a cliff after October.
            They're paid a small hourly rate, but many tell us the scheduling is
            chaotic and they never feel part of a team. We tried a points scheme
            with rewards, which a handful of keen ambassadors dominated. How do
            you keep a casual, mostly unpaid student workforce committed all year?""",
            "student-ambassadors open-days engagement",
        ),
        _t(
            PUB,
            OPS,
            "Fewer people are staying on as community first responders",
            """Our community first-responder scheme trains local residents to
            attend emergencies before an ambulance arrives. Sign-ups are fine, but
            about half stop taking shifts within a year, and rural areas are
            hardest hit. Volunteers say they feel disconnected from the service and
            rarely hear what happened to the patients they helped. I'm interested
            in how others build belonging and recognition into volunteer roles that
            sit inside big institutions.""",
            "first-responders community belonging",
        ),
        _t(
            SAAS,
            PROD,
            "Our community champions go quiet after a few months",
            """We have a champions programme of about 90 power users who answer
            questions in our community forum and run local user groups. Most are
            very active for a quarter and then quietly stop. We give them early
            access to features and some swag, and surveys say they want more
            recognition and direct contact with the product team, which we've
            struggled to provide consistently. How do you keep unpaid community
            contributors motivated over years rather than months?""",
            "community champions-programme user-groups",
        ),
        _t(
            HOS,
            OPS,
            "Festival volunteers sign up but don't show on the day",
            """We run a food and music festival that relies on about 800 volunteers
            across three days. We get enough sign-ups, but no-shows are running at
            25% and many of last year's best volunteers didn't return. We've tried
            free tickets in exchange for shifts and a deposit scheme, which put
            people off. I'd like to hear how other event organisers make
            volunteering feel like part of the experience rather than a chore.""",
            "event-volunteers no-shows festivals",
        ),
    ),
    "legacy-system-migration": (
        _t(
            INS,
            ENG,
            "Moving policy administration off a 30-year-old mainframe",
            """Our home and motor policies still live on a mainframe policy
            administration system written in the early nineties, and only four
            people really understand its batch jobs. We started a big-bang
            replacement three years ago and stopped it after costs doubled. Now
            we're considering moving product lines one at a time, but running two
            systems in parallel scares the finance team. I'd like to speak to
            anyone who has migrated a core system incrementally and what they'd
            never do again.""",
            "mainframe core-systems migration",
        ),
        _t(
            FS,
            ENG,
            "Our core banking platform is holding back every new product",
            """Every new savings or lending product takes nine to twelve months
            because the core banking platform needs vendor changes for even simple
            rate rules. We've wrapped it in an API layer to move faster at the
            edges, but the data model underneath still dictates what we can sell.
            The board is nervous after hearing about other banks' failed
            replacements. How did you decide between a full core swap and
            progressively hollowing out the old one?""",
            "core-banking modernisation apis",
        ),
        _t(
            PUB,
            ENG,
            "Replacing the COBOL system that pays housing benefits",
            """The system that calculates housing and council tax support was
            built in COBOL in 1996, and the last contractor who knew it well is
            retiring next year. Policy changes now take months to code and test.
            We've documented the business rules by reading the code, which surfaced
            rules nobody in the service knew existed. I want to hear from others who
            have replaced an old rules engine that pays people money, and how they
            handled parallel running.""",
            "cobol benefits legacy-systems",
        ),
        _t(
            MFG,
            ENG,
            "Our 1990s ERP won't survive another upgrade",
            """We run production planning, purchasing and invoicing on an ERP
            installed in 1998 with more than 300 customisations. The vendor has
            ended support for our version and our one in-house developer is the
            only person who understands the custom code. A full replacement was
            quoted at roughly two years. I'm trying to work out how much of the
            customisation we really need and how others cut over without stopping
            the shop floor.""",
            "erp customisation cutover",
        ),
        _t(
            HE,
            ENG,
            "Student records system replacement keeps slipping",
            """We're three years into replacing our student records system and the
            go-live has moved twice. Every faculty has its own exceptions for
            assessment rules and progression, and the old system silently
            accommodated them through manual workarounds. Testing exam-board
            scenarios is taking far longer than planned. Has anyone managed to
            standardise academic rules enough to make a packaged product work?""",
            "student-records implementation process-standardisation",
        ),
        _t(
            TEL,
            ENG,
            "Migrating customers off three legacy billing stacks",
            """After several acquisitions we bill customers from three different
            billing platforms, one of which runs on hardware the vendor no longer
            supports. Each migration wave has caused bill shock complaints because
            of rounding and proration differences. We've started dual-running bills
            for a sample of accounts before cutting them over. I'd love to learn
            how others sequence customer migrations and reconcile old and new
            outputs at scale.""",
            "billing migration reconciliation",
        ),
        _t(
            LOG,
            ENG,
            "Replacing our warehouse management system without losing peak",
            """Our warehouse management system is fifteen years old, runs on
            on-premise servers and can't support the automation we want to add. The
            only safe window to switch is January to March, and we've already
            missed one because testing with real scanners ran late. I'm weighing a
            site-by-site rollout against one big switch. How did others run a
            system change in live distribution centres without missing shipments?""",
            "wms go-live distribution-centres",
        ),
    ),
    "data-silos-reporting": (
        _t(
            NPO,
            OPS,
            "Donor, volunteer and programme data live in three systems",
            """Our fundraising team uses one CRM, volunteers are managed in a
            separate scheduling tool and programme attendance sits in spreadsheets
            at each site. When a funder asks how many families we supported and how
            many of them also volunteer, it takes me two weeks of copying and
            de-duplicating to answer. We looked at moving everything into one
            platform but can't afford the migration. How have small organisations
            joined up their data without an expensive new system?""",
            "crm data-integration funder-reporting",
        ),
        _t(
            HC,
            DATA,
            "Every department counts patients differently",
            """Our emergency department, theatres and community services each
            report activity from their own systems, and the numbers never
            reconcile at board level. Last month three reports gave three different
            totals for delayed discharges. We built a data warehouse, but
            departments still prefer their local extracts because they trust them.
            How did you get everyone to agree on shared definitions and then
            actually use the central data?""",
            "data-warehouse definitions board-reporting",
        ),
        _t(
            RET,
            DATA,
            "Online and store sales can't be seen together",
            """Our ecommerce platform, the point-of-sale system and the loyalty
            database each hold part of the customer picture, and we can't reliably
            link a shopper's online and in-store purchases. Merchandising decisions
            are made on store data alone because it's the cleanest. We trialled a
            customer data platform, but matching rates were under 50%. I'm looking
            for practical approaches to a single view of sales that don't require a
            two-year programme.""",
            "omnichannel customer-data single-view",
        ),
        _t(
            CON,
            FIN,
            "Project cost reports come from six different sources",
            """Each of our projects tracks costs in a mix of the accounting system,
            the estimating tool, subcontractor payment applications and site
            managers' own spreadsheets. Producing the monthly cost-to-complete
            report takes my team eight working days, and it's out of date as soon
            as it's published. We've tried standard templates, but every project
            adapts them. How have others built one reliable view of project
            financials?""",
            "project-costs reporting cost-to-complete",
        ),
        _t(
            PRO,
            OPS,
            "We can't see utilisation and pipeline in one place",
            """Timesheets, resourcing and the sales pipeline all sit in different
            tools, so when partners ask whether we can staff a new engagement
            nobody can answer without a round of emails. Our weekly resourcing
            meeting runs on a spreadsheet one coordinator rebuilds every Monday
            morning. We've been sold several professional-services automation
            suites but worry about another big implementation. How did you connect
            people, projects and pipeline data?""",
            "utilisation resourcing psa",
        ),
        _t(
            AGR,
            DATA,
            "Farm data is scattered across paper, apps and agronomists",
            """Our member farms record spraying, yields and soil tests in a mix of
            paper diaries, three different farm apps and agronomists' reports. The
            cooperative needs this data for certification and for customer
            sustainability questionnaires, and every audit season we chase it by
            phone. We offered farmers a free app, which only a third adopted. How
            have others pulled together data from many independent producers?""",
            "farm-data certification data-collection",
        ),
    ),
    "middle-manager-burnout": (
        _t(
            SAAS,
            HR,
            "Engineering managers are drowning and asking to go back to coding",
            """Four of our fourteen engineering managers have asked to step back
            into individual contributor roles this year. They describe back-to-back
            one-to-ones, hiring loops and incident follow-ups, with no time left to
            think. We introduced a manager training programme, but it added
            sessions to already full calendars. How have you reduced the load on
            first-line managers rather than just teaching them to cope with it?""",
            "engineering-managers burnout span-of-control",
        ),
        _t(
            HC,
            HR,
            "Ward managers are exhausted by admin and staffing gaps",
            """Our ward managers spend most of their week filling rota gaps,
            answering emails and completing audits, and several have told me they
            no longer have time to be on the ward with their teams. Sickness among
            band 7 nurses has doubled in two years. We added a ward administrator
            role on a few wards, which helped, but the funding isn't permanent.
            What have others taken off the plate of clinical managers that made a
            real difference?""",
            "ward-managers admin-burden wellbeing",
        ),
        _t(
            PHA,
            HR,
            "Lab team leaders are squeezed between scientists and deadlines",
            """Our lab team leaders are expected to run experiments, manage six to
            ten scientists, sign off documentation and hit programme milestones.
            Two have resigned in six months, both citing workload. We offered
            leadership coaching, but the complaint is time, not skill. I'd like to
            understand how other science-heavy organisations design team lead
            roles so they're actually doable.""",
            "team-leaders workload role-design",
        ),
        _t(
            RET,
            OPS,
            "Store managers are running on empty",
            """Our store managers are responsible for sales, staffing, stock,
            safety and now online order fulfilment from the back room. Absence
            among store managers is the highest in the business, and we've lost
            eleven of them to competitors this year. Head office keeps adding
            reports and initiatives. I'm looking for examples of retailers who have
            genuinely simplified the store manager job.""",
            "store-managers burnout simplification",
        ),
        _t(
            PUB,
            HR,
            "Team leaders feel crushed between policy and the front line",
            """Our team leaders in housing and social care manage caseworkers,
            absorb complaints from residents and implement a steady flow of policy
            changes from above. Staff surveys show they're the least engaged grade
            in the organisation, and many tell us they don't want to progress
            further. We've run resilience workshops, which they found patronising.
            How have other public bodies made middle management sustainable?""",
            "team-leaders engagement public-service",
        ),
        _t(
            PRO,
            EXEC,
            "Our senior managers are carrying the firm and burning out",
            """The senior managers in our consulting practice are running client
            delivery, developing juniors, writing proposals and still billing
            around 85% of their time. Three of our best left this year, all saying
            the partner track wasn't worth the cost to their health. We've
            discussed lowering utilisation targets but worry about margins. I'd
            like to hear how other firms rebalanced the load on that crucial layer
            below partner.""",
            "senior-managers utilisation partner-track",
        ),
    ),
    "pricing-increase-churn": (
        _t(
            SAAS,
            SALES,
            "Renewals are slipping after our first price rise",
            """We increased list prices by 18% this year, our first rise in four
            years, and grandfathered existing customers for six months. Now that
            renewals at the new price are arriving, churn on small accounts has
            nearly doubled and the sales team is discounting to save deals. I'd
            like to learn how others communicated a price increase, handled
            pushback and decided when to hold the line.""",
            "pricing renewals churn",
        ),
        _t(
            TEL,
            MKT,
            "Customers leave when the annual price rise hits their bill",
            """Our contracts include an inflation-linked price rise each April, and
            every year we see a spike in cancellations and porting requests in the
            following six weeks. This year the rise was 8.5% and churn in April
            reached twice the monthly average. We've tried pre-rise emails and
            loyalty offers, which mainly went to customers who weren't leaving
            anyway. How do you target retention effort at the people who are
            genuinely at risk?""",
            "price-rise churn retention-offers",
        ),
        _t(
            MED,
            MKT,
            "Subscribers cancel as soon as the introductory offer ends",
            """About 60% of our digital subscribers join on a discounted first-year
            offer, and close to half cancel when they step up to the full price. We
            tried stepping the price up gradually, which reduced the cliff but
            lowered revenue overall. Some competitors have gone the other way with
            permanent low prices. I'm trying to work out a pricing path that keeps
            readers without training them to expect discounts.""",
            "subscriptions pricing cancellations",
        ),
        _t(
            ENE,
            CS,
            "Tariff increases are triggering waves of switching and complaints",
            """When wholesale costs forced us to raise our standard tariff, we lost
            around 6% of customers in two months and complaint volumes tripled. A
            lot of the contact was about confusing bill projections rather than the
            price itself. We've since rewritten our letters, but the regulator
            expects further rises to be communicated even more clearly. How do
            others explain price increases so people feel informed rather than
            ambushed?""",
            "tariffs switching customer-communication",
        ),
        _t(
            PRO,
            SALES,
            "Clients push back hard on our new hourly rates",
            """We raised our hourly rates by 9% in January and several long-standing
            clients asked for fixed fees or threatened to tender their work. Our
            partners are negotiating one by one, so we now have dozens of different
            effective rates. I'm keen to hear how other firms introduced a rate
            increase consistently and whether moving to value-based pricing helped
            the conversation.""",
            "rates client-relationships value-pricing",
        ),
        _t(
            NPO,
            MKT,
            "Members let their membership lapse after we raised the fee",
            """We increased our annual supporter membership fee for the first time
            in seven years, from a symbolic amount to something closer to what it
            costs us. Renewals fell from 78% to 64%, mostly among people who'd been
            members the longest. We explained the rise in the newsletter and kept a
            concession rate. I'd like to understand how other membership
            organisations raised fees without losing their most loyal
            supporters.""",
            "membership fees supporter-retention",
        ),
    ),
    "ai-adoption-governance": (
        _t(
            PRO,
            LEGAL,
            "Lawyers are pasting client documents into public AI tools",
            """We discovered that several associates were using a public chatbot to
            summarise client documents, which could breach confidentiality and our
            insurance terms. A blanket ban felt unrealistic, so we're evaluating a
            private AI tool, but the partners disagree on what should be allowed.
            I need a practical policy: what tasks are acceptable, how we supervise
            output, and how we tell clients. How have other firms approached
            this?""",
            "generative-ai confidentiality acceptable-use",
        ),
        _t(
            HC,
            LEGAL,
            "Clinicians want to use AI scribes before we have any rules",
            """A group of consultants has started trialling ambient AI note-taking
            in clinics, and the results on documentation time look great. But we
            haven't done a data protection impact assessment, patients aren't
            always asked for consent, and nobody has checked how often the notes
            contain errors. I'm trying to set up a light-touch approval process
            that doesn't kill the enthusiasm. What governance have others put
            around clinical AI tools?""",
            "ai-scribes clinical-safety data-protection",
        ),
        _t(
            HE,
            EXEC,
            "Nobody agrees what generative AI means for assessment",
            """Half our academics want to ban AI tools outright and the other half
            are redesigning assignments around them, so students get completely
            different rules from one module to the next. Our academic integrity
            cases have tripled, and we don't trust the AI detection tools. Senate
            wants an institutional position by next term. How have other
            universities set a consistent stance while leaving room for
            disciplines to differ?""",
            "generative-ai assessment academic-integrity",
        ),
        _t(
            FS,
            LEGAL,
            "Model risk rules don't fit the AI tools our teams want",
            """Our model risk framework was written for credit scorecards, with
            annual validation and detailed documentation. Now teams want to use
            large language models for complaint triage and document review, and
            the framework either blocks everything or doesn't apply at all. The
            regulator is asking how we govern AI. I'm looking for examples of
            proportionate AI governance inside a regulated firm.""",
            "model-risk ai-governance regulation",
        ),
        _t(
            MED,
            EXEC,
            "Should our newsroom use AI to write anything at all?",
            """Some of our editors want to use AI to draft match reports, summaries
            and headlines, and our commercial team wants AI-generated product
            round-ups. Reporters worry about accuracy and jobs, and readers have
            already complained about a competitor's AI errors. We paused
            everything while we write guidelines. I'd love to see how other
            publishers decided where AI is allowed and how they disclose it.""",
            "generative-ai editorial-standards disclosure",
        ),
        _t(
            INS,
            DATA,
            "Using machine learning in claims without unfair outcomes",
            """We built a model that predicts which claims can be fast-tracked, and
            it cut handling time by a third in the pilot. But our compliance team
            asked whether it treats some postcodes or age groups unfairly, and we
            realised we had no process for testing that. We're now running
            fairness checks by hand. How do others monitor bias and explain
            automated decisions to customers and regulators?""",
            "machine-learning fairness claims",
        ),
    ),
    "hybrid-work-culture": (
        _t(
            SAAS,
            HR,
            "Our culture is fading now that we're mostly remote",
            """We went remote-first in 2020 and have since doubled to 220 people,
            most of whom have never met in person. Engagement scores are fine, but
            people increasingly describe the company as transactional, and
            cross-team collaboration has dropped. We fund quarterly meetups, but
            attendance is patchy. How have other distributed companies built a
            sense of belonging for people who joined remotely?""",
            "remote-work culture belonging",
        ),
        _t(
            PRO,
            HR,
            "Junior staff aren't learning because the seniors work from home",
            """Our graduates come into the office three days a week, but the
            senior people they'd learn from are usually at home. Trainees tell us
            they feel invisible and are learning slower than previous cohorts. We
            tried anchor days, but partners still schedule client meetings from
            home. I'm looking for ways to recreate the apprenticeship model of
            learning-by-overhearing in a hybrid firm.""",
            "hybrid-work graduates learning",
        ),
        _t(
            FS,
            EXEC,
            "Our return-to-office mandate is driving good people away",
            """We asked everyone to be in the office three days a week, and within
            six months we lost several strong people in technology and risk, who
            found fully remote roles elsewhere. Those who stayed comply on paper but
            the offices feel like people on video calls at different desks. I want
            to find a hybrid model with real reasons to be together, not just
            attendance targets.""",
            "return-to-office hybrid-work attrition",
        ),
        _t(
            INS,
            HR,
            "Office days feel pointless for our hybrid teams",
            """Our underwriting and claims teams come in two days a week, but they
            pick different days, so people commute to sit on video calls. Managers
            are frustrated and some want to reintroduce fixed attendance rules. We
            trialled team-agreed anchor days in two departments with better
            results. How have others designed in-office time around collaboration
            rather than counting badge swipes?""",
            "hybrid-work office-attendance team-norms",
        ),
        _t(
            MED,
            EXEC,
            "Newsroom camaraderie disappeared with hybrid working",
            """Our newsroom used to be loud, collaborative and a bit chaotic, and
            that's where a lot of our best stories came from. Since going hybrid,
            reporters file from home and editors manage by chat, and the younger
            journalists tell me they don't feel part of a team. We've tried daily
            in-person news conferences on two days a week. What have other creative
            teams done to recover that energy?""",
            "hybrid-work newsroom collaboration",
        ),
        _t(
            RET,
            HR,
            "Head office is hybrid but stores can't be, and it's causing resentment",
            """Our support centre staff work from home two or three days a week,
            while store colleagues obviously can't. Store teams increasingly see
            head office as out of touch, and the staff survey gap between the two
            groups has widened. We've introduced store visits for head office
            staff, but they feel performative. How have others kept fairness and
            connection between office and frontline workers?""",
            "hybrid-work fairness frontline",
        ),
    ),
    "knowledge-loss-retirement": (
        _t(
            ENE,
            OPS,
            "Our most experienced linesmen retire with decades of know-how",
            """About 30% of our field engineers and linesmen will be eligible to
            retire within five years. Much of what they know about our older
            network, such as which substations behave oddly and where cables really
            run, isn't in any system. We've paired apprentices with veterans, but
            work pressures mean they're rarely on the same jobs. How have others
            captured tacit field knowledge before it walks out of the door?""",
            "retirements tacit-knowledge field-engineering",
        ),
        _t(
            MFG,
            OPS,
            "Only two toolmakers know how to keep our presses running",
            """Two toolmakers in their sixties know how to set up and repair our
            older presses, and when one was off sick for a month, scrap rates
            jumped. They're generous with their time but nothing is written down,
            and they find documentation tedious. We tried recording videos of
            setups, which helped for routine jobs but not for fault finding. I'm
            looking for ways to transfer deep craft knowledge to younger staff.""",
            "skills-transfer toolmaking retirement",
        ),
        _t(
            PUB,
            OPS,
            "Planning officers are retiring and taking local knowledge with them",
            """Our planning department will lose four of its most senior officers
            in the next two years. They know the history of sites, past appeal
            decisions and the quirks of local policy in a way no database holds.
            We've asked them to write handover notes, but the notes read like lists
            of files. I'd like to hear how others have captured institutional
            memory in a way successors actually use.""",
            "institutional-memory succession planning",
        ),
        _t(
            AGR,
            EXEC,
            "Our farm managers are retiring and nobody knows their fields like they do",
            """Three of our farm managers will retire in the next few years, each
            with over thirty years on the same land. They know which fields flood,
            which drains are blocked and how each crop behaves in a wet spring.
            Our yield maps and soil data only capture part of it. We're
            considering overlapping their successors by a full season. Has anyone
            structured knowledge handover in a business this seasonal?""",
            "succession farm-management local-knowledge",
        ),
        _t(
            TEL,
            ENG,
            "Hardly anyone left understands our copper network",
            """We're years away from switching off copper, but the engineers who
            designed and maintained our exchange and copper network are leaving
            faster than we can replace them. Records are incomplete and faults are
            taking longer to fix. We built a wiki, which is mostly empty. I'd like
            to know how others kept a legacy network running while the people who
            understand it retire.""",
            "legacy-network knowledge-capture workforce",
        ),
        _t(
            CON,
            OPS,
            "Site managers with 30 years of experience are leaving the industry",
            """Our best site managers are in their late fifties, and the younger
            people coming through are capable but haven't seen enough projects go
            wrong. Every time a veteran leaves, programme slippage and rework rise
            on their next sites. We've tried formal mentoring, but nobody has time
            on a live project. How have other contractors passed on judgement rather
            than just procedures?""",
            "site-management mentoring experience",
        ),
    ),
    "vendor-consolidation": (
        _t(
            LOG,
            OPS,
            "We use 40 different hauliers and can't manage them properly",
            """Our transport network relies on about 40 subcontracted hauliers,
            from one-truck operators to large fleets. Service levels vary hugely,
            invoicing is a mess and we can't negotiate volume rates with anyone. We
            want to cut to a core panel of about ten without losing flexibility at
            peak. How have others rationalised a long tail of carriers and what did
            it cost in resilience?""",
            "carriers supplier-rationalisation transport",
        ),
        _t(
            HE,
            FIN,
            "Departments buy their own software and we pay for duplicates",
            """An audit found we hold 700 software subscriptions, including eleven
            survey tools and six project management tools bought separately by
            departments. Many renew automatically on cards. Central IT wants to
            standardise, but academics defend their preferred tools fiercely. I'm
            looking for ways to consolidate licences without a painful central
            mandate.""",
            "software-licences procurement cost-control",
        ),
        _t(
            SAAS,
            FIN,
            "Our own SaaS sprawl is eating our margins",
            """Ironically, as a software company we've accumulated more than 180
            tools, and our software spend per head has grown 40% in two years.
            Teams expense tools, trials turn into paid plans and nobody owns
            offboarding licences when people leave. We tried a spend management
            tool, which showed the problem but didn't fix it. How have others set up
            ownership and renewal discipline for internal tools?""",
            "saas-spend licences cost-management",
        ),
        _t(
            MFG,
            OPS,
            "Too many suppliers for the same raw materials",
            """We buy similar steel grades and fasteners from more than 25
            suppliers, because each plant built its own relationships. Quality
            issues are hard to trace and we have little negotiating power. Our
            first attempt to consolidate caused a shortage when the preferred
            supplier couldn't meet a spike in demand. I'd like to understand how
            others balance consolidation with supply security.""",
            "suppliers sourcing supply-risk",
        ),
        _t(
            HOS,
            FIN,
            "Each hotel has its own suppliers and contracts",
            """Our hotels were acquired over time, and each one still buys food,
            linen and cleaning supplies from its own local suppliers. We have more
            than 300 active suppliers and prices for the same items differ by up to
            30% between sites. General managers value their local relationships and
            resist central contracts. How have other multi-site groups
            consolidated purchasing without alienating site leaders?""",
            "purchasing multi-site supplier-contracts",
        ),
        _t(
            PHA,
            OPS,
            "We're managing too many contract research partners",
            """Our clinical programmes use nine different contract research
            organisations, each with different reporting formats, systems and
            governance meetings. Our small clinical operations team spends more
            time managing vendors than studies. We're considering a preferred
            partner model, but worry about dependence and capacity. I'd welcome
            experiences of moving from many vendors to a few strategic
            partners.""",
            "cro-management outsourcing partnerships",
        ),
    ),
    "regulatory-change-tracking": (
        _t(
            FS,
            LEGAL,
            "We keep finding out about new rules too late",
            """Between the conduct regulator, the prudential regulator, payments
            rules and data protection, we track hundreds of publications a year.
            Our process is a shared inbox and a spreadsheet, and twice this year a
            business area learned about a rule change weeks before the deadline.
            We've trialled a regulatory feed service, but it produces too much
            noise to triage. How do you filter, assign and evidence regulatory
            change with a small compliance team?""",
            "regulatory-change horizon-scanning compliance",
        ),
        _t(
            PHA,
            LEGAL,
            "Keeping up with diverging guidance across markets",
            """We file in the US, the EU, the UK and several Asian markets, and
            guidance on things like labelling, pharmacovigilance and trial
            transparency keeps diverging. Our regulatory affairs team relies on
            individual experts watching their own markets, so we miss
            interactions between changes. We've started a monthly cross-market
            review, which helps but isn't systematic. I'd love to compare
            approaches to multi-market regulatory intelligence.""",
            "regulatory-affairs intelligence multi-market",
        ),
        _t(
            ENE,
            LEGAL,
            "Network licence conditions change faster than our processes",
            """Our regulator consults on licence modifications and new reporting
            requirements several times a year, and each change touches operations,
            finance and customer teams. Last year we nearly missed a new reporting
            obligation because nobody owned it. We now have an obligations
            register, but keeping it current is a part-time job nobody has time
            for. How do other regulated utilities manage their obligations?""",
            "licence-conditions obligations-register regulation",
        ),
        _t(
            INS,
            LEGAL,
            "Translating consumer duty rules into day-to-day practice",
            """New consumer protection rules require us to evidence fair value and
            good outcomes across every product, but the guidance is principles-based
            and each business unit interprets it differently. We've produced
            hundreds of pages of assessments that nobody reads. I'm looking for
            ways to turn regulatory principles into a small number of practical
            tests teams can actually apply.""",
            "consumer-duty fair-value interpretation",
        ),
        _t(
            AGR,
            LEGAL,
            "Pesticide and labelling rules keep changing under our feet",
            """Approved crop protection products are being withdrawn every season,
            and our export customers each have their own residue limits on top of
            national rules. Growers rely on us to tell them what they can use, and
            a single mistake can reject a whole shipment. We currently track this in
            a shared document maintained by one agronomist. How do others keep
            producers on top of shifting chemical and labelling rules?""",
            "pesticides residue-limits exports",
        ),
        _t(
            TEL,
            LEGAL,
            "Security and consumer regulations pile up faster than we can implement",
            """In the last two years we've had new telecom security requirements,
            rules on switching, mid-contract price rises and accessibility, each
            with different deadlines. Our legal team interprets them, but engineering
            and product teams struggle to translate them into backlogs. We've tried
            a regulatory programme board, which became a reporting exercise. I'd like
            to know how others connect regulatory interpretation with delivery.""",
            "telecoms-regulation implementation governance",
        ),
    ),
    "customer-onboarding-dropoff": (
        _t(
            SAAS,
            CS,
            "Trial users sign up but never set up their account",
            """About 70% of trial sign-ups never complete the first key step,
            connecting their bank feed, and almost none of those convert to paid.
            We've added product tours, onboarding emails and a setup checklist,
            which moved activation by only a couple of points. Calls with new users
            suggest they're unsure the setup is safe. I'd like to learn what has
            genuinely improved early activation for others.""",
            "activation trials onboarding",
        ),
        _t(
            FS,
            PROD,
            "Most people abandon our account opening journey",
            """Our digital current account application has a 62% drop-off, mostly
            at identity verification and income questions. We've shortened the form
            and added progress indicators, but regulations limit how much we can
            remove. Applicants who drop off rarely come back. How have others made
            identity and affordability checks feel quick and trustworthy?""",
            "account-opening kyc conversion",
        ),
        _t(
            INS,
            PROD,
            "People get a quote and then disappear",
            """Thousands of people get a home insurance quote from us each week,
            but fewer than 8% go on to buy, and most abandon at the point where we
            ask detailed questions about their property. We've tried pre-filling
            data from property databases, which helped where the data was right and
            confused people where it wasn't. What has helped others keep customers
            moving from quote to policy?""",
            "quote-conversion digital-journey abandonment",
        ),
        _t(
            TEL,
            CS,
            "New broadband customers cancel before installation day",
            """Around 15% of new fibre orders are cancelled between sale and
            installation, which can take three to five weeks. Customers hear
            nothing from us in that gap except appointment reminders, and
            competitors target them with faster offers. We've trialled progress
            texts, which reduced cancellations slightly. How do others keep new
            customers committed during a long wait before the service starts?""",
            "installations cancellations order-journey",
        ),
        _t(
            HE,
            MKT,
            "Students accept their offer but never enrol",
            """Last year about 18% of students who accepted an offer didn't turn up
            in September, most without telling us. Our summer communications are
            mainly administrative emails about accommodation and fees. We've
            piloted peer messaging with current students, which looked promising.
            I'd like to understand how others keep new students excited and
            committed between saying yes and actually starting.""",
            "summer-melt enrolment student-recruitment",
        ),
        _t(
            ENE,
            CS,
            "Solar and heat pump customers drop out before installation",
            """We sell home solar and heat pump installations, and around 30% of
            customers who sign a contract pull out before the survey or install.
            The process involves several surveys, network applications and
            paperwork that customers don't understand. We appointed a single
            project coordinator for each customer in a pilot, which roughly halved
            cancellations but is expensive. How have others simplified a complex
            multi-step onboarding?""",
            "heat-pumps solar customer-journey",
        ),
    ),
    "sales-marketing-misalignment": (
        _t(
            SAAS,
            SALES,
            "Sales says marketing leads are rubbish, marketing says sales ignores them",
            """Our marketing team hit its lead target last quarter, yet sales
            accepted fewer than 20% of those leads and closed almost none. Each
            team blames the other, and our CRM data is too inconsistent to settle
            the argument. We've tried a shared lead scoring model, but sales
            doesn't trust it. How have others agreed on a definition of a good lead
            and shared targets between the two teams?""",
            "lead-quality sales-alignment crm",
        ),
        _t(
            PRO,
            MKT,
            "Our partners ignore the thought leadership we produce",
            """We publish reports, webinars and articles every month, but partners
            rarely use them in client conversations and say they don't generate
            work. Marketing has no visibility of which relationships partners are
            developing. We tried a monthly content briefing for partners, which
            few attended. I'm looking for ways to connect marketing with how
            professional services work is actually won.""",
            "thought-leadership business-development alignment",
        ),
        _t(
            MFG,
            SALES,
            "Our trade show leads never turn into orders",
            """We spend a big share of our marketing budget on three trade shows a
            year and come back with hundreds of badge scans. The sales engineers
            follow up only the ones they already know, and the rest go cold. Marketing
            sees the shows as a success; sales sees them as a distraction. How have
            other industrial companies turned event leads into a proper pipeline?""",
            "trade-shows lead-follow-up industrial-sales",
        ),
        _t(
            INS,
            MKT,
            "Our broker campaigns don't match what brokers actually need",
            """We sell mostly through brokers, and marketing runs campaigns aimed at
            them, but our broker managers say the materials are irrelevant and
            brokers never use them. Nobody in marketing has spoken to a broker in
            months. We tried inviting broker managers to campaign planning, but
            they rarely turned up. How have others aligned marketing with the
            people managing intermediary relationships?""",
            "brokers intermediaries campaign-alignment",
        ),
        _t(
            MED,
            SALES,
            "Our ad sales team and audience team pull in opposite directions",
            """The ad sales team sells sponsorships based on audience segments
            that our audience and marketing team doesn't actually build or measure.
            Advertisers then complain about delivery and we give away make-good
            inventory. Each team has different targets and reports. I want to find
            a way to plan and sell against the same audience numbers.""",
            "advertising-sales audience-data targets",
        ),
        _t(
            CON,
            SALES,
            "Bid team and marketing work as if they were separate companies",
            """Our bid team writes around 60 tenders a year, mostly from scratch,
            while marketing produces case studies and brochures the bid writers
            say they can't use. Win rates have fallen to about 22%. We've started a
            shared library of project case studies, but keeping it current is
            nobody's job. How do others connect marketing content with bid
            writing?""",
            "tenders bid-management case-studies",
        ),
    ),
    "handoff-friction": (
        _t(
            HC,
            OPS,
            "Patients get stuck between the emergency department and the wards",
            """Patients wait an average of nine hours in our emergency department
            after a decision to admit, partly because the handover to wards is full
            of friction: bed status is out of date, ward teams want more
            information and porters aren't available. We introduced a bed
            management meeting three times a day, which helped visibility but not
            speed. How have other hospitals smoothed handovers between
            departments?""",
            "patient-flow handover bed-management",
        ),
        _t(
            CON,
            OPS,
            "Design changes reach site too late and cause rework",
            """Our designers, commercial team and site teams each work from
            different drawing versions, and changes agreed with clients often reach
            site after the work is built. Rework costs us several percent of
            project value. We adopted a common data environment, but people still
            email PDFs around. I'm interested in how others made the handover from
            design to construction reliable.""",
            "design-changes rework document-control",
        ),
        _t(
            MFG,
            PROD,
            "New products get thrown over the wall from engineering to production",
            """When our engineering team releases a new product, production often
            discovers it's hard to assemble or needs tooling nobody ordered. Launch
            dates slip and the first batches have high scrap rates. We've tried
            design-for-manufacture reviews, but they happen too late to change
            anything. How have others involved the shop floor early enough?""",
            "new-product-introduction design-for-manufacture launches",
        ),
        _t(
            SAAS,
            PROD,
            "Support learns about new features from angry customers",
            """We ship features weekly, and our support team regularly hears about
            changes for the first time when customers call confused. Release notes
            go out, but they're written for developers. Support feels like an
            afterthought and product feels slowed down by requests for training. I
            want a lightweight way to bring support into the release process
            without adding bureaucracy.""",
            "release-management support-enablement communication",
        ),
        _t(
            MED,
            OPS,
            "Stories get lost between editorial, design and digital teams",
            """A story typically passes through reporters, sub-editors, designers,
            the digital desk and social media, each using different tools and
            deadlines. Things fall through the cracks: pictures missing, headlines
            rewritten without checking, corrections not carried across platforms.
            We introduced a shared planning board, which half the newsroom ignores.
            How have others made content handovers smoother?""",
            "workflow newsroom cross-team",
        ),
        _t(
            LOG,
            OPS,
            "Sales promises deliveries our operations team can't make",
            """Our sales team regularly agrees delivery windows and special
            handling with customers without checking capacity, and operations
            finds out when the first orders arrive. It leads to failed deliveries,
            overtime and friction between the teams. We've tried a sign-off step
            for new contracts, which sales sees as slowing deals. How have others
            joined up commercial commitments with operational reality?""",
            "sales-operations customer-commitments capacity",
        ),
    ),
    "impact-measurement": (
        _t(
            NPO,
            DATA,
            "Funders want outcome data we don't know how to collect",
            """Our funders increasingly ask for evidence of long-term outcomes,
            such as whether young people we support are in work a year later, but
            we lose contact with most participants once a programme ends. We
            currently report outputs like sessions delivered and attendance. We
            tried a follow-up survey with a voucher incentive and got a 12%
            response. How do other charities measure outcomes credibly on a small
            budget?""",
            "outcomes evaluation funders",
        ),
        _t(
            PUB,
            STRAT,
            "We can't show whether our prevention programmes work",
            """We fund early-help programmes for families, and the theory is that
            they reduce costlier interventions later. But data sits across
            children's services, health and schools, and outcomes take years to
            show. Members want evidence at budget time every year. We've started a
            small evaluation with a university, but it won't report for two years.
            How have others evidenced the value of preventive services?""",
            "prevention evaluation value-for-money",
        ),
        _t(
            HE,
            DATA,
            "Proving what students actually gain from their degree",
            """We're asked to evidence learning gain and graduate outcomes, but our
            measures are mostly satisfaction surveys and salary data collected
            15 months after graduation. Academics are sceptical of any metric that
            reduces education to earnings. We've piloted skills self-assessments at
            entry and exit. I'm looking for better ways to measure the value we add
            that staff and regulators both accept.""",
            "learning-gain graduate-outcomes metrics",
        ),
        _t(
            MED,
            DATA,
            "Page views don't tell us whether our journalism matters",
            """Our dashboards are built around page views and time on page, which
            push editors towards clickable stories. Our mission is local
            accountability journalism, and we have no way of measuring whether it
            changes anything. We tried tagging stories that led to a policy change
            or official response, but it's manual and inconsistent. How do others
            measure impact beyond audience numbers?""",
            "impact metrics journalism",
        ),
        _t(
            HC,
            STRAT,
            "We measure activity, not whether patients are better off",
            """Our contracts and dashboards count appointments, admissions and
            waiting times, but not whether patients' health or quality of life
            improved. Clinicians are keen to collect outcome measures, yet response
            rates to patient-reported questionnaires are below 20%. We've embedded
            questions in our patient app for one service. How have others made
            outcome measurement routine rather than a research project?""",
            "patient-outcomes proms value-based-care",
        ),
        _t(
            PRO,
            EXEC,
            "Clients ask us to prove the value of our advice",
            """Procurement teams at our clients increasingly want evidence of the
            return on their consulting spend, and we struggle to show impact months
            after a project ends. Our case studies are anecdotal. We've started
            agreeing success measures at the start of engagements, but clients
            rarely share the follow-up data. How do others demonstrate the lasting
            impact of advisory work?""",
            "value-demonstration client-outcomes case-studies",
        ),
    ),
    "change-fatigue": (
        _t(
            HC,
            STRAT,
            "Staff roll their eyes at yet another improvement programme",
            """In the past five years our staff have been through three
            improvement methodologies, two restructures and a new electronic
            patient record. When we launched our latest quality programme, the
            reaction was open cynicism. Clinicians say every initiative adds work
            and then disappears. How have other organisations rebuilt trust in
            change after years of initiative overload?""",
            "change-fatigue improvement engagement",
        ),
        _t(
            PUB,
            STRAT,
            "Transformation programmes come and go and nothing sticks",
            """Our organisation has had four transformation programmes in eight
            years, each with new branding and consultants. Staff have learned to
            wait them out. We're now asked to deliver savings through digital
            change, and I want to avoid another cycle. I'm interested in how others
            have made change feel continuous and owned rather than imposed.""",
            "transformation change-management ownership",
        ),
        _t(
            FS,
            STRAT,
            "Too many concurrent change projects are overwhelming the business",
            """We currently have 46 change initiatives running, many of them
            regulatory, and the same subject-matter experts are needed for most of
            them. Business teams complain they can't do their day jobs. Our
            portfolio board approves projects individually but never looks at the
            total load. How have others limited work in progress for change and
            said no to worthy projects?""",
            "portfolio-management capacity prioritisation",
        ),
        _t(
            MFG,
            STRAT,
            "Our lean programme has lost momentum on the shop floor",
            """We launched a lean programme four years ago with training,
            visual boards and daily stand-ups. The boards are still on the walls,
            but half of them haven't been updated in months and operators call it
            'head office stuff'. Supervisors were never really bought in. I'd like
            to hear how others revived a continuous improvement culture after the
            initial enthusiasm faded.""",
            "lean continuous-improvement sustainment",
        ),
        _t(
            ENE,
            STRAT,
            "Field teams are tired of new systems every year",
            """In three years our field workforce has moved to new mobile devices,
            a new work management system and a new safety reporting app. Each
            rollout was painful and adoption is patchy, with people keeping paper
            backups. Now we need to introduce another tool for asset data. How have
            others paced technology change for frontline teams and rebuilt their
            confidence?""",
            "field-workforce technology-adoption change-fatigue",
        ),
        _t(
            INS,
            STRAT,
            "Restructure after restructure has left people disengaged",
            """We've reorganised our claims and underwriting functions three times
            in four years, and the latest engagement survey shows trust in
            leadership at an all-time low. People are nervous about what comes next
            and reluctant to put forward improvement ideas. We've promised a period
            of stability, but we still need to change how we work. How do you
            change without it feeling like another restructure?""",
            "restructuring trust engagement",
        ),
    ),
    "specialist-hiring-shortage": (
        _t(
            ENE,
            HR,
            "We can't hire enough grid and protection engineers",
            """We have 35 open roles for power systems and protection engineers,
            some vacant for over a year. Universities produce few graduates in this
            area, and we compete with renewables developers who pay more. We've
            started converting engineers from other disciplines with a training
            programme, which is slow. How have others built a pipeline for scarce
            technical skills?""",
            "engineering-talent skills-shortage training",
        ),
        _t(
            MFG,
            HR,
            "Skilled CNC machinists and welders are impossible to find",
            """We turn away work because we can't staff second shifts. Experienced
            CNC machinists and coded welders are scarce locally, agencies send
            people who don't pass our trade tests, and younger people don't see
            manufacturing as a career. We've started an apprenticeship scheme, but
            it takes four years to produce a skilled operator. What has worked for
            others?""",
            "skilled-trades apprenticeships recruitment",
        ),
        _t(
            PUB,
            HR,
            "Government salaries can't compete for data and digital talent",
            """We're trying to build an in-house digital and data team, but our
            pay scales are about 30% below the private sector for engineers and
            data scientists. Roles stay open for months and contractors cost us
            more than permanent staff would. We can't change pay bands quickly.
            How have other public bodies attracted and kept specialist
            talent?""",
            "digital-talent public-sector-pay recruitment",
        ),
        _t(
            CON,
            HR,
            "There aren't enough electricians and site supervisors to deliver our pipeline",
            """We've won more work than we can resource, and we're relying on
            agency electricians and supervisors who move from job to job. Quality
            and safety suffer when crews change mid-project. We sponsor a few
            apprentices each year, but the numbers don't come close. I'd like to
            know how others have secured a stable skilled workforce.""",
            "trades labour-shortage workforce-planning",
        ),
        _t(
            AGR,
            HR,
            "We can't attract agronomists and farm technicians to rural areas",
            """Our cooperative needs agronomists, precision-farming technicians and
            machinery mechanics, but young graduates don't want to move to remote
            areas, and the ones who come leave within two years. We offer housing
            support but not city salaries. How have other rural employers
            attracted and kept specialist staff?""",
            "rural-recruitment agronomy retention",
        ),
        _t(
            TEL,
            HR,
            "Fibre splicers and network engineers are in short supply",
            """Our fibre rollout targets depend on skilled splicers and field
            engineers, and every operator in the country is chasing the same
            people. Contractors have doubled their day rates in two years. We've
            set up an academy to train people from other sectors, but trainees are
            poached as soon as they qualify. How do others build and keep a
            technical field workforce?""",
            "fibre-rollout field-engineers training-academy",
        ),
        _t(
            PHA,
            HR,
            "Qualified persons and validation specialists are almost impossible to hire",
            """Our plants need qualified persons, validation engineers and
            experienced QA staff, and the market for them is tiny. Roles take six
            to nine months to fill, which delays product releases. We've tried
            internal development programmes, but becoming a qualified person takes
            years. I'm looking for creative approaches to scarce regulated
            roles.""",
            "quality-assurance scarce-skills talent-development",
        ),
    ),
    "ransomware-readiness": (
        _t(
            HE,
            ENG,
            "Are we ready for a ransomware attack? Honestly, no",
            """Several universities near us have been hit by ransomware, with
            weeks of disruption to teaching and research. We have an open network
            culture, thousands of unmanaged devices and researchers running their
            own servers. Our small security team has done a tabletop exercise,
            which exposed gaps in backups and decision-making. How have others
            improved resilience in an environment they can't lock down?""",
            "ransomware cyber-resilience incident-response",
        ),
        _t(
            HC,
            ENG,
            "Keeping clinical services running if our systems are encrypted",
            """If ransomware took out our patient record system, most of our
            clinical teams would be working blind. Our downtime procedures are
            paper-based and untested for anything longer than a few hours. We ran
            a simulation last year that showed we couldn't print patient lists
            from backups. I'd like to learn how others planned and tested
            extended downtime for critical services.""",
            "downtime-procedures ransomware business-continuity",
        ),
        _t(
            NPO,
            ENG,
            "We're a small charity with sensitive data and no security team",
            """We hold sensitive information about vulnerable people, and our IT
            is one person plus an outsourced provider. Our insurer now requires
            multi-factor authentication, immutable backups and an incident
            response plan before they'll renew our cyber cover. We're working
            through it, but it's daunting. How have other small organisations
            prioritised security on a tiny budget?""",
            "cybersecurity small-teams cyber-insurance",
        ),
        _t(
            PHA,
            ENG,
            "Protecting lab and manufacturing systems from a cyber attack",
            """Our production and lab systems run on older validated software that
            we can't easily patch, and many are connected to the corporate network
            for data transfer. A ransomware incident could stop batch release for
            weeks. We're segmenting the network, but revalidation makes every
            change slow. I'm keen to hear how others secure validated, unpatchable
            systems.""",
            "ot-security validated-systems segmentation",
        ),
        _t(
            PUB,
            ENG,
            "A ransomware attack on a neighbouring council has spooked our members",
            """After a nearby authority lost access to its systems for months, our
            elected members want assurance that we'd cope. Honestly, our recovery
            plans assume backups work and key staff are available. We've never
            restored our main systems from scratch. How have other public bodies
            tested recovery for real and explained residual risk to politicians?""",
            "ransomware disaster-recovery assurance",
        ),
        _t(
            LOG,
            ENG,
            "One cyber incident could stop every truck we run",
            """Our transport management, warehouse and customer booking systems
            are tightly connected, and a competitor recently lost a week of
            operations to ransomware. We've improved endpoint protection, but we
            have no idea how we'd plan routes or load trucks without the systems.
            I'd like to learn how others built manual fallback operations for a
            cyber incident.""",
            "ransomware operational-resilience fallback-procedures",
        ),
        _t(
            PRO,
            ENG,
            "Clients now demand proof of our cyber resilience",
            """Our larger clients send detailed security questionnaires and some
            now want evidence of tested incident response, not just policies. Law
            and accounting firms are obvious targets because of the client data we
            hold. Our IT team is five people. We've started working towards a
            recognised security certification. How have other professional firms
            built credible resilience without a big security department?""",
            "client-assurance security-questionnaires certification",
        ),
    ),
    "demand-forecasting-volatility": (
        _t(
            RET,
            DATA,
            "Our stock forecasts fall apart whenever the weather turns",
            """Our replenishment system uses last year's sales plus a trend, and it
            fails whenever weather, promotions or local events shift demand. Last
            summer we ran out of fans and outdoor furniture in two weeks while
            holding piles of winter stock. We've tested adding weather data to our
            models, with mixed results. How do others forecast demand when history
            is a poor guide?""",
            "forecasting replenishment weather",
        ),
        _t(
            AGR,
            OPS,
            "Planning what to plant when prices and weather are so unpredictable",
            """We have to commit to planting plans six to nine months ahead, but
            supermarket orders, export prices and weather have all been erratic.
            Last year we overplanted broccoli and had to plough a field back in.
            Contracts with buyers give us little certainty on volumes. How do
            other growers plan production and share risk with buyers?""",
            "crop-planning volatility buyer-contracts",
        ),
        _t(
            HOS,
            DATA,
            "Booking patterns no longer look like pre-pandemic years",
            """Our revenue management relied on booking curves from previous years,
            but guests now book much later and cancel more. Last-minute demand
            swings make it hard to set rates and schedule staff. We've started
            using shorter windows of recent data, which is noisy. I'd like to hear
            how others rebuilt forecasting when historical patterns broke.""",
            "revenue-management booking-curves forecasting",
        ),
        _t(
            ENE,
            DATA,
            "Electric vehicles and rooftop solar are wrecking our load forecasts",
            """Our load forecasting models were built for a world where demand
            followed temperature and time of day. Rooftop solar now makes midday
            demand dip sharply and EV charging creates new evening peaks in some
            streets. We don't have good data on where the EVs and panels are. How
            have other network operators adapted forecasting to new distributed
            energy?""",
            "load-forecasting electric-vehicles distributed-energy",
        ),
        _t(
            LOG,
            OPS,
            "Customers can't give us reliable volume forecasts",
            """Our contract customers give us weekly volume forecasts that are
            routinely 30% off, which means we either have idle agency staff or
            can't cope. Customers say their own demand is unpredictable. We've
            started building our own forecasts from their order history. How do
            other logistics providers plan labour when customer forecasts are
            unreliable?""",
            "volume-forecasting labour-planning customers",
        ),
        _t(
            MFG,
            OPS,
            "Our sales and operations plan is wrong by the time it's approved",
            """We run a monthly sales and operations planning cycle, but by the
            time the plan is agreed, demand has shifted and production ignores it.
            Sales forecasts are optimistic and operations pads everything. We've
            invested in a planning tool, but the meetings are still arguments about
            numbers. How have others made S&OP a useful decision process?""",
            "s-and-op planning demand",
        ),
    ),
    "service-backlog": (
        _t(
            TEL,
            CS,
            "Our complaint backlog keeps growing despite hiring",
            """Open complaints have grown from 4,000 to 11,000 in a year, and we're
            breaching the regulator's eight-week deadline on a growing share. We've
            hired 60 extra agents, but most complaints need input from billing or
            network teams who don't prioritise them. How have others tackled the
            root causes and the internal handoffs behind a complaints backlog?""",
            "complaints backlog root-cause",
        ),
        _t(
            ENE,
            CS,
            "Customers wait weeks for billing queries to be resolved",
            """Our billing queries backlog peaked at 45,000 after a system change,
            and average resolution time is now 27 days. Call volumes rise as people
            chase their cases, which makes the backlog worse. We've put in
            overtime and a temporary team, but the cases keep coming. I want to
            understand how others broke the cycle of failure demand.""",
            "billing-queries failure-demand backlog",
        ),
        _t(
            INS,
            CS,
            "Claims backlog after a storm season has overwhelmed us",
            """Two severe storms brought us three months of claims in three weeks.
            Customers are waiting six weeks for a loss adjuster and complaints are
            climbing. We've brought in external adjusters and triaged simple claims
            to a fast track, but the complex ones are stuck. How do others plan
            surge capacity for catastrophe events?""",
            "claims surge-capacity catastrophe-events",
        ),
        _t(
            PUB,
            CS,
            "Residents can't get through and our casework queue keeps growing",
            """Our contact centre answers fewer than 60% of calls and the backlog
            of casework on housing repairs and council tax is at a record high.
            Staff are demoralised by angry residents. We've launched online forms,
            but many of the submissions are duplicates of phone enquiries. How have
            other public services reduced demand instead of just processing it?""",
            "contact-centre casework channel-shift",
        ),
        _t(
            SAAS,
            CS,
            "Support ticket queue is out of control as we scale",
            """We've grown from 5,000 to 14,000 customers in eighteen months, and
            support tickets grew even faster. First response time has gone from
            two hours to two days. We've added a help centre and a chatbot, but
            deflection rates are low. I'd like to learn how others reduced ticket
            volume at the source while scaling.""",
            "support-tickets deflection scaling",
        ),
        _t(
            RET,
            CS,
            "Refund and returns queries are swamping customer service",
            """Since online sales grew, refund and returns enquiries make up nearly
            half of all customer contact. Customers chase refunds that are stuck
            between the warehouse, the carrier and finance. We've added tracking
            emails, which cut some contacts. How have others fixed the process
            behind returns rather than adding agents?""",
            "returns refunds customer-contact",
        ),
    ),
    "board-micromanagement": (
        _t(
            NPO,
            EXEC,
            "Our trustees keep getting involved in operational decisions",
            """Several of our trustees are former managers who like to get
            involved in operational detail, from rota decisions to the wording of
            social media posts. Board meetings run four hours and strategic items
            get squeezed to the end. Staff are confused about who they answer to.
            We've drafted a scheme of delegation but haven't adopted it. How have
            other leaders reset the boundary with their board respectfully?""",
            "trustees governance delegation",
        ),
        _t(
            HE,
            EXEC,
            "Governing body papers run to 400 pages and nobody reads them",
            """Our board of governors receives enormous packs, and meetings
            become line-by-line questioning of operational reports rather than
            discussion of risks and strategy. Executives spend weeks preparing
            papers. We tried a shorter cover sheet format, but governors asked for
            the detail anyway. How have others reshaped board reporting so it
            supports real oversight?""",
            "board-papers governance oversight",
        ),
        _t(
            FS,
            EXEC,
            "Our member-elected board wants to approve everything",
            """As a member-owned institution, our board includes elected directors
            with strong views and limited financial services experience. They ask
            to approve marketing campaigns and small supplier contracts, which
            slows everything down. The regulator expects the board to challenge
            risk, not run the business. How have other mutuals built a board that
            is both engaged and strategic?""",
            "board-governance mutuals decision-rights",
        ),
        _t(
            SAAS,
            EXEC,
            "Investors on our board are second-guessing every hire",
            """Since our last funding round, two board members regularly weigh in on
            individual hires, product decisions and even pricing experiments.
            Their intentions are good, but my leadership team feels undermined and
            decisions slow down while we wait for board feedback. How have other
            founders set healthy boundaries with investors without damaging the
            relationship?""",
            "investors board-relations founder",
        ),
        _t(
            AGR,
            EXEC,
            "Our cooperative board is full of farmers who want to run the business",
            """Our board is made up of member farmers who are understandably
            passionate about the cooperative, but meetings focus on operational
            complaints like milk collection times rather than strategy. Big
            decisions like investing in a new plant have stalled for two years. We
            tried board training, which was well received but didn't change the
            dynamic. How have other cooperatives evolved their governance?""",
            "cooperative-governance board strategy",
        ),
        _t(
            HOS,
            EXEC,
            "Family shareholders keep overriding hotel managers",
            """Our hotel group is owned by a family, several of whom sit on the
            board and drop into hotels to give instructions directly to staff. It
            undermines general managers and creates confusion about priorities.
            Our leadership team is mostly from outside the family, and we feel
            second-guessed at every turn. I'd welcome advice from others who've
            brought professional governance into a family-owned business.""",
            "family-business governance professionalisation",
        ),
    ),
    "leadership-succession": (
        _t(
            AGR,
            EXEC,
            "None of our children want to take over the farm business",
            """We've built a mixed farming and packing business over forty years,
            and neither of our children wants to run it. Our managers are good
            operators, but none has led the whole business. We've considered
            selling, bringing in an outside chief executive or converting to
            employee ownership. I'd love to talk to people who've navigated
            succession in a founder-led business.""",
            "succession family-business ownership",
        ),
        _t(
            PRO,
            EXEC,
            "Our founding partners are retiring and nobody is ready",
            """Three of our five founding partners will retire within four years,
            and they hold most of the key client relationships. The next generation
            of partners are excellent technically but have rarely led client
            relationships. We've started pairing them on major accounts. How have
            other firms transferred relationships and leadership across a
            generation?""",
            "partner-succession client-relationships transition",
        ),
        _t(
            NPO,
            EXEC,
            "Our founder is stepping back and staff are anxious",
            """Our charity was founded twenty years ago by a charismatic leader
            who is still the public face of the organisation and holds key funder
            relationships. She has announced she'll step down next year. Staff are
            worried, and some funders have asked what happens next. How have
            others managed a founder transition without losing momentum or
            funding?""",
            "founder-transition succession funders",
        ),
        _t(
            MFG,
            EXEC,
            "Handing over a family manufacturing business to professional management",
            """Our firm has been run by the same family for three generations, and
            the current owner-manager wants to step back within five years. The
            board wants an external managing director, but many of our 300 staff
            have worked here for decades and are loyal to the family rather than
            to any manager. How have other family businesses introduced non-family
            leaders successfully?""",
            "family-business succession professional-management",
        ),
        _t(
            HOS,
            EXEC,
            "Who runs the hotels when the general managers retire?",
            """Five of our general managers will retire in the next three years,
            and our deputy managers haven't had exposure to budgets, owners or
            sales. External hires have struggled with our culture. We've started a
            development programme, but it's slow. How have others built a bench of
            future site leaders?""",
            "general-managers succession-planning leadership-development",
        ),
        _t(
            CON,
            EXEC,
            "Our business depends on two directors who want to retire",
            """Two directors, both in their sixties, personally hold our most
            important client relationships and approve every bid. They want to
            retire, but we have no obvious successors and our bank is asking about
            key-person risk. We've started delegating bid approval, which has been
            uncomfortable for everyone. How have others managed this transition?""",
            "key-person-risk succession delegation",
        ),
    ),
    "engagement-survey-inaction": (
        _t(
            RET,
            HR,
            "Staff say nothing changes after the engagement survey",
            """Response rates to our annual staff survey dropped from 71% to 48% in
            three years, and the comments say it's pointless because nothing
            happens. Store managers get results but have no time or support to act.
            We've tried 'you said, we did' posters. How have others turned survey
            results into visible action that staff believe in?""",
            "engagement-survey action-planning trust",
        ),
        _t(
            HC,
            HR,
            "Our staff survey results get worse and action plans sit in drawers",
            """Every year we publish staff survey results, ask each department for
            an action plan and then lose track of them. Scores on workload and
            feeling valued keep falling. Managers see action planning as another
            form to fill in. How have others made survey follow-up meaningful at
            team level?""",
            "staff-survey action-plans accountability",
        ),
        _t(
            HE,
            HR,
            "Academic staff have stopped filling in our surveys",
            """Our staff survey response rate among academics is below 30%, and
            those who respond are mostly unhappy. Many see it as a management
            exercise disconnected from real issues like workload models and
            promotion criteria. We tried pulse surveys, which were ignored. How
            have other universities rebuilt staff voice?""",
            "staff-voice academics surveys",
        ),
        _t(
            NPO,
            HR,
            "Our team is too small for anonymous surveys to feel safe",
            """We're a team of 45, and staff tell us they don't answer the
            engagement survey honestly because they can easily be identified. The
            results are therefore unreliably positive, while people share concerns
            privately. We've tried external facilitators for listening sessions.
            How do small organisations get honest feedback?""",
            "anonymity feedback small-organisations",
        ),
        _t(
            TEL,
            HR,
            "Engagement survey scores are falling and managers shrug",
            """Our engagement index fell eight points this year, mostly in network
            operations and retail stores. Managers receive detailed dashboards but
            say they don't know what to do with them. HR business partners can't
            support 300 managers. How have others equipped managers to act on
            engagement data themselves?""",
            "engagement managers dashboards",
        ),
        _t(
            PUB,
            HR,
            "Survey fatigue across the organisation",
            """Staff are surveyed about wellbeing, inclusion, hybrid working and
            engagement, often by different teams, and response rates are dropping.
            The overall message is that we ask a lot and act little. We want to
            consolidate into one listening strategy. How have others reduced survey
            fatigue while still hearing from staff?""",
            "survey-fatigue employee-voice listening",
        ),
    ),
    "late-payment-cashflow": (
        _t(
            CON,
            FIN,
            "Main contractors pay us late and hold back retentions for years",
            """As a specialist subcontractor, we wait on average 74 days for
            payment and have retentions worth several months' profit held by main
            contractors, some for completed jobs years ago. Chasing payment damages
            relationships. We've started negotiating payment terms at tender
            stage. How have others improved cash flow without losing work?""",
            "retentions late-payments cash-flow",
        ),
        _t(
            PRO,
            FIN,
            "Clients take 90 days to pay and our cash flow is suffering",
            """Our large corporate clients routinely pay invoices in 90 days or
            more, and their procurement portals reject invoices for small format
            issues. Work-in-progress and debtor days are climbing. We've introduced
            monthly billing and tighter engagement letters. How have other firms
            reduced lock-up without upsetting clients?""",
            "lock-up debtor-days billing",
        ),
        _t(
            AGR,
            FIN,
            "Our income arrives once a year but costs come every month",
            """We get paid for most of our crop after harvest, but seed, fertiliser,
            fuel and labour costs come throughout the year, and buyers are pushing
            for longer payment terms. Our overdraft is at its limit by early
            summer. We've explored forward contracts and seasonal finance. How do
            others manage cash flow in such a seasonal business?""",
            "seasonal-cash-flow working-capital financing",
        ),
        _t(
            MED,
            FIN,
            "Advertisers and agencies pay us months late",
            """Our advertising revenue comes mostly through media agencies who pay
            on 90 to 120 day terms, while we pay freelancers and printers within
            30 days. Cash is tight every quarter. We've tried prepayment discounts
            for direct advertisers. How do other publishers manage the gap between
            earning and being paid?""",
            "advertising agencies cash-flow",
        ),
        _t(
            NPO,
            FIN,
            "Grant payments arrive in arrears and we're funding the gap",
            """Most of our government and foundation grants are paid quarterly in
            arrears, and some are delayed by months while reports are reviewed. We
            have to pay staff from reserves meanwhile, and reserves are low. We've
            asked funders for payment in advance, with limited success. How have
            other charities managed the cash flow risk of grant funding?""",
            "grants reserves cash-flow",
        ),
        _t(
            HOS,
            FIN,
            "Corporate event clients pay long after the event",
            """Our events business takes deposits, but large corporate clients
            often pay the balance 60 days after the event, while we pay caterers
            and staff immediately. A few bad debts last year wiped out our margin.
            We're considering stricter deposit terms but fear losing bookings. How
            do other event businesses protect cash flow?""",
            "events deposits bad-debt",
        ),
    ),
    "scope3-emissions-data": (
        _t(
            MFG,
            STRAT,
            "Customers want our product carbon footprints and we can't calculate them",
            """Our largest customers now ask for product-level carbon footprints,
            and one has made it a condition for next year's contract. Most of our
            emissions are in purchased materials, and our suppliers can't give us
            reliable data. We've used industry averages, which customers say are
            too generic. How have others gathered supplier emissions data?""",
            "carbon-footprint suppliers scope-3",
        ),
        _t(
            RET,
            STRAT,
            "Most of our emissions sit with suppliers we barely influence",
            """Over 90% of our emissions come from the products we sell, made by
            thousands of suppliers. We've committed to net-zero targets, but we
            have real data from fewer than 10% of suppliers by spend. Supplier
            surveys get low response rates. How have other retailers engaged their
            supply base on emissions?""",
            "net-zero supplier-engagement emissions",
        ),
        _t(
            LOG,
            STRAT,
            "Customers want emissions per shipment and our data isn't good enough",
            """Shippers increasingly ask for emissions per consignment, and tenders
            now score carbon reporting. Our subcontracted hauliers don't share fuel
            data, and our own fleet data is patchy. We've used distance-based
            estimates, which customers question. How have other logistics firms
            built credible shipment-level carbon data?""",
            "shipment-emissions carbon-reporting hauliers",
        ),
        _t(
            CON,
            STRAT,
            "Measuring embodied carbon in our buildings",
            """Clients and planners now want embodied carbon figures for our
            projects, but material suppliers provide inconsistent environmental
            data and our estimating tools don't handle carbon. We've trialled a
            carbon calculator on two projects, which took weeks. How have others
            made carbon assessment part of normal project workflows?""",
            "embodied-carbon materials planning",
        ),
        _t(
            HOS,
            OPS,
            "Our guests and corporate clients ask for carbon data we don't have",
            """Corporate travel buyers increasingly want carbon per room night and
            per event, and some require it to be listed as a preferred supplier.
            Our energy data comes from different utility bills for each property,
            and food and laundry emissions are unknown. How have others measured
            hospitality emissions credibly?""",
            "carbon-data corporate-travel sustainability",
        ),
        _t(
            FS,
            DATA,
            "Measuring financed emissions across our loan book",
            """We need to report the emissions associated with our lending, but we
            have little emissions data from our business borrowers, especially
            small firms. We're using sector averages, which makes our numbers move
            with methodology changes rather than real progress. How have other
            lenders gathered better client data?""",
            "financed-emissions climate-reporting lending",
        ),
        _t(
            AGR,
            STRAT,
            "Food brands want farm-level emissions data from our growers",
            """Our brand customers have set supply chain emission targets and want
            carbon data from each farm. Our growers are small, busy and wary of
            data requests. We trialled a carbon calculator with 20 farms, which
            took hours per farm. How have others collected farm emissions data at
            scale?""",
            "farm-emissions supply-chain data-collection",
        ),
    ),
    "consent-data-privacy": (
        _t(
            MED,
            LEGAL,
            "Cookie consent changes wiped out our ad revenue",
            """After we implemented a compliant consent banner, only about half of
            visitors accepted tracking, and our programmatic ad revenue fell by a
            third. The commercial team wants us to use design tricks to increase
            consent, which I'm not comfortable with. How have other publishers
            balanced compliance with revenue?""",
            "cookie-consent advertising privacy",
        ),
        _t(
            RET,
            MKT,
            "We can't use our loyalty data without clearer consent",
            """Our loyalty scheme has three million members, but consent was
            collected under different wording over the years, so legal has blocked
            personalised offers for most of them. Re-permissioning campaigns get
            poor response. How have others rebuilt consent while keeping customers
            engaged?""",
            "loyalty consent personalisation",
        ),
        _t(
            PHA,
            LEGAL,
            "Can we reuse clinical trial data for new research?",
            """Our research teams want to reuse data from completed trials to
            develop new hypotheses, but the original consent forms vary and some
            didn't anticipate secondary use. Different countries interpret this
            differently. We've set up a data access committee, but it's slow. How
            have others enabled responsible data reuse?""",
            "clinical-data consent secondary-use",
        ),
        _t(
            SAAS,
            LEGAL,
            "Enterprise customers send us endless data protection questionnaires",
            """As we move upmarket, every enterprise deal comes with a 300-question
            security and privacy questionnaire and a custom data processing
            agreement. Our sales cycle has lengthened by weeks, and legal is a
            bottleneck. We've built a trust centre page with standard answers. How
            have others streamlined privacy due diligence?""",
            "data-protection enterprise-sales dpa",
        ),
        _t(
            NPO,
            MKT,
            "Our donor database has consent records nobody trusts",
            """We merged with another charity two years ago, and our donor
            database has records with unclear or missing consent for email and
            phone contact. We're nervous about fundraising calls. We ran a
            re-consent campaign, but only 15% responded. How have other
            fundraisers cleaned up consent without losing their supporter base?""",
            "donor-consent fundraising data-protection",
        ),
        _t(
            HE,
            LEGAL,
            "Learning analytics and student privacy",
            """We want to use data from our learning platform to identify students
            at risk of dropping out, but the student union has raised privacy
            concerns and we're unsure what students consented to. Some academics
            are uneasy about surveillance. How have other universities introduced
            learning analytics with student trust?""",
            "learning-analytics student-privacy consent",
        ),
    ),
    "meeting-overload": (
        _t(
            MED,
            OPS,
            "Our editors spend more time in meetings than editing",
            """Section editors now attend morning conference, afternoon planning,
            digital performance meetings and commercial check-ins. They tell me
            they edit copy in the evening. We tried cutting one daily meeting,
            which was quickly replaced by ad hoc calls. How have others protected
            focused time for people who produce the work?""",
            "meetings focus-time editorial",
        ),
        _t(
            PRO,
            OPS,
            "Internal meetings eat into billable time",
            """Our consultants spend a surprising number of hours in internal
            meetings: practice updates, pipeline reviews and committees. Non-billable
            time is rising, but every meeting has a defender. We've introduced
            meeting-free Fridays, which were ignored within a month. How have other
            firms reduced meeting load for real?""",
            "meetings productivity utilisation",
        ),
        _t(
            CON,
            OPS,
            "Site managers are pulled into too many coordination meetings",
            """On a large project, our site managers attend client progress
            meetings, design team meetings, subcontractor coordination and
            internal reviews. Less time on site means more safety and quality
            issues. We've tried combining meetings, but each party wants its own
            forum. How have others streamlined project governance?""",
            "project-meetings coordination site-time",
        ),
        _t(
            HE,
            OPS,
            "Committee culture is slowing every decision",
            """A decision to change a module's assessment can pass through
            department, faculty and university committees, taking months.
            Professional services staff spend a lot of time servicing committees.
            We've reviewed terms of reference, but every committee resists being
            merged. How have others simplified institutional governance?""",
            "committees decision-making bureaucracy",
        ),
        _t(
            FS,
            OPS,
            "Our calendars are full of status meetings that could be emails",
            """Managers in our operations teams spend more than 60% of their week in
            meetings, many of them status updates and governance forums. We did an
            audit and found 40 recurring meetings about the same project. We've
            started replacing some with written updates. How have others changed
            meeting habits across a large organisation?""",
            "meetings status-reporting ways-of-working",
        ),
        _t(
            PHA,
            OPS,
            "Scientists have no time for science between meetings",
            """Our senior scientists sit on project teams, governance boards and
            functional meetings, and some have fewer than ten hours a week free for
            lab or analysis work. Programme timelines are slipping. We've tried
            no-meeting mornings at one site. How have other R&D organisations freed
            up time for deep work?""",
            "deep-work r-and-d meetings",
        ),
    ),
    "project-overruns-estimation": (
        _t(
            CON,
            OPS,
            "Every project finishes late and over budget",
            """Over the last three years our projects have finished an average of
            14% over budget and four months late, mostly from design changes,
            ground conditions and optimistic programmes set at bid stage. We've
            added risk allowances, which make us uncompetitive. How have others
            improved early estimating and risk management?""",
            "cost-overruns estimating risk-management",
        ),
        _t(
            ENE,
            OPS,
            "Capital projects keep coming in late",
            """Our capital programme for treatment works and pipe replacement runs
            at about 70% of planned delivery each year, and costs are rising. Delays
            often come from permits, land access and supplier lead times. We've set
            up a project management office, but reporting improved more than
            delivery. How have others improved capital delivery?""",
            "capital-programme delivery pmo",
        ),
        _t(
            PUB,
            FIN,
            "IT projects always cost twice the business case",
            """Our last three major IT projects each cost roughly double the
            approved budget, and benefits were never measured. The business cases
            are written to get approval rather than to be accurate. We're
            introducing stage gates and independent reviews. How have others made
            business cases honest and projects accountable?""",
            "business-cases it-projects stage-gates",
        ),
        _t(
            HC,
            OPS,
            "Our new hospital wing is a year late",
            """Our new outpatient and day-surgery building is a year behind
            schedule and significantly over budget, largely because clinical
            requirements changed during construction. Services have been planned
            around the old opening date. How have other health organisations kept
            clinical input early and stable on capital projects?""",
            "capital-projects clinical-requirements delays",
        ),
        _t(
            TEL,
            OPS,
            "Network rollout keeps missing its targets",
            """Our fibre rollout has hit about 65% of its quarterly targets for
            three quarters running. Wayleaves, permits and contractor capacity are
            the usual causes, but our plans assume everything goes right. We've
            started building plans with buffers by region. How do others plan
            large rollouts realistically?""",
            "rollout planning contractors",
        ),
        _t(
            PHA,
            OPS,
            "Our new manufacturing line is months behind",
            """A new fill-finish line was supposed to be operational last spring,
            but equipment delivery, qualification and documentation delays have
            pushed it back nine months. Commercial forecasts depended on it. We've
            added weekly escalation meetings, which create more reporting than
            progress. How have others run complex facility projects?""",
            "facility-projects qualification delays",
        ),
    ),
    "digital-adoption-older-customers": (
        _t(
            FS,
            PROD,
            "Older members won't use the app and we're closing branches",
            """We're reducing our branch network, and about 35% of our members over
            70 haven't logged in to online or mobile banking. They're worried about
            scams and find the app confusing. We've run digital skills sessions in
            branches, which were well attended but didn't lead to much ongoing use.
            How have others supported older customers through a digital shift?""",
            "digital-inclusion older-customers branch-closures",
        ),
        _t(
            ENE,
            CS,
            "Customers without internet access struggle with our new processes",
            """We've moved meter reads, payments and account changes online, but a
            significant share of our customers, many elderly or on low incomes,
            don't use the internet. Calls from these customers take longer and
            complaints are rising. We kept a phone line but reduced its hours. How
            have others designed for digitally excluded customers?""",
            "digital-exclusion vulnerable-customers channel-strategy",
        ),
        _t(
            PUB,
            CS,
            "Residents who can't use online forms are being left behind",
            """We've moved most council services to online forms, which works for
            many residents, but older and disabled residents are struggling and
            library staff are helping them fill in forms. Our assisted digital
            support is patchy. How have others provided inclusive access while
            shifting to digital?""",
            "assisted-digital accessibility channel-shift",
        ),
        _t(
            TEL,
            PROD,
            "Our self-service app is confusing for older customers",
            """Our app handles plan changes, bills and troubleshooting, but
            customers over 65 use it far less and call us instead. Usability tests
            showed they struggle with navigation and jargon. We've introduced a
            simple mode in beta. How have others designed self-service for less
            confident users?""",
            "self-service usability older-customers",
        ),
        _t(
            HC,
            PROD,
            "Patients aren't using our patient portal",
            """We launched a patient portal for appointments, test results and
            messaging, but only 18% of patients have registered, and registration is
            lowest among older patients with the most appointments. Clinicians
            still phone patients. How have others increased portal adoption
            across age groups?""",
            "patient-portal digital-adoption access",
        ),
        _t(
            INS,
            MKT,
            "Our older policyholders don't trust online renewals",
            """We want renewals to happen online, but policyholders over 60 still
            call to renew, and many ask for paper documents. They tell us they
            worry about making mistakes online. We've tried call-back support for
            online renewals. How have others built confidence in digital channels
            for older customers?""",
            "renewals digital-trust older-customers",
        ),
    ),
    "critical-spreadsheet-risk": (
        _t(
            FS,
            FIN,
            "Our capital planning depends on a spreadsheet one person understands",
            """Our capital and liquidity forecasts are produced in a spreadsheet
            with 40 tabs and macros built by an analyst who has since been promoted.
            Auditors flagged it as a key risk. We've documented it, but
            replacing it would take months. How have others moved critical
            spreadsheets into controlled tools?""",
            "spreadsheets end-user-computing audit",
        ),
        _t(
            INS,
            DATA,
            "Pricing models live in spreadsheets nobody can audit",
            """Our pricing actuaries maintain rating models in complex spreadsheets
            with manual copy-and-paste between versions. We recently found an
            error that had mispriced a segment for months. We're moving to a
            pricing platform, but actuaries resist losing flexibility. How have
            others balanced control and flexibility?""",
            "pricing-models model-risk spreadsheets",
        ),
        _t(
            LOG,
            OPS,
            "Our transport planning runs on a giant Excel file",
            """Every evening our planners build the next day's routes in a
            spreadsheet that links to customer orders and driver availability. It
            crashes regularly and only two planners know how to fix it. We trialled
            route optimisation software, but planners overrode most suggestions.
            How have others moved planning off spreadsheets?""",
            "route-planning spreadsheets optimisation",
        ),
        _t(
            ENE,
            FIN,
            "Regulatory reporting is built on fragile spreadsheets",
            """Our regulatory returns are compiled from dozens of linked
            spreadsheets with manual adjustments. Each submission involves long
            nights and version confusion. We've improved documentation, but errors
            still appear in review. How have other regulated companies automated
            their reporting?""",
            "regulatory-reporting spreadsheets automation",
        ),
        _t(
            PHA,
            DATA,
            "Batch release data is tracked in spreadsheets",
            """Our quality team tracks batch records, deviations and release
            status in spreadsheets because our quality management system is
            clunky. Inspectors have asked about data integrity. We've locked cells
            and added audit logs, but it's not enough. How have others moved to
            validated systems without slowing release?""",
            "data-integrity batch-release spreadsheets",
        ),
        _t(
            HOS,
            FIN,
            "Our revenue forecasts are a web of property spreadsheets",
            """Each hotel submits its forecast in its own version of a spreadsheet
            template, and my team spends days consolidating them. Formulas get
            broken and properties change the template. We want a planning tool but
            have a small budget. How have other multi-site businesses
            consolidated forecasting?""",
            "forecasting consolidation spreadsheets",
        ),
        _t(
            AGR,
            OPS,
            "Our whole harvest logistics plan lives in one spreadsheet",
            """Harvest scheduling, truck bookings and intake at our packhouse are
            all managed in one shared spreadsheet built by our operations manager.
            When she was ill during harvest, nobody could update it confidently.
            We've talked about farm management software, but none fits our
            cooperative model. How have others reduced dependence on one person's
            spreadsheet?""",
            "harvest-logistics key-person-risk spreadsheets",
        ),
    ),
    "shift-scheduling-gaps": (
        _t(
            HC,
            OPS,
            "We fill rota gaps with expensive agency nurses every week",
            """Our wards have a 12% gap between planned and available nursing
            hours, filled largely by agency staff at high rates. Rotas are
            published late, so staff pick up agency shifts elsewhere. We've
            introduced e-rostering but wards still work around it. How have others
            made rostering work for staff and reduce agency use?""",
            "rostering agency-staff nursing",
        ),
        _t(
            RET,
            OPS,
            "Last-minute absences leave stores short-staffed",
            """Stores often open with fewer colleagues than planned because of
            last-minute sickness, and managers spend mornings ringing around for
            cover. Customer queues and lost sales follow. We're piloting an app
            where colleagues can pick up extra shifts across nearby stores. How
            have others built flexible cover?""",
            "shift-cover absence scheduling",
        ),
        _t(
            HOS,
            OPS,
            "Kitchen and housekeeping shifts are impossible to fill",
            """We regularly run kitchens and housekeeping short, especially at
            weekends, and rely on staff doing double shifts. Agency staff don't
            know our standards. We've tried a pool of on-call casuals, which
            dwindled over time. How have others kept shifts covered without
            burning out core staff?""",
            "scheduling housekeeping kitchens",
        ),
        _t(
            LOG,
            OPS,
            "Night shift absence is killing our dispatch times",
            """Unplanned absence on night shifts averages 11%, and we often find out
            an hour before the shift starts. Dispatch cut-offs get missed and day
            shift inherits the backlog. We've introduced attendance bonuses, which
            help for a few weeks. How have others improved shift reliability?""",
            "night-shifts absence dispatch",
        ),
        _t(
            MFG,
            OPS,
            "We can't cover production lines when people call in sick",
            """Our lines need certified operators on specific machines, and when
            two people call in sick, a line stops. Cross-training has been slow
            because supervisors don't want to release people. We've built a skills
            matrix that shows the gaps. How have others built flexible,
            multi-skilled shift teams?""",
            "cross-training skills-matrix absence",
        ),
        _t(
            PUB,
            OPS,
            "Bus services are cancelled because we can't roster enough drivers",
            """We cancel around 4% of scheduled bus services because of driver
            shortages and absence, which damages public trust. Our rostering rules
            are complex and driven by agreements with unions. We've started a
            conversation about more flexible rosters. How have other transport
            operators improved service reliability?""",
            "rostering driver-shortage service-reliability",
        ),
    ),
    "roadmap-prioritisation": (
        _t(
            SAAS,
            PROD,
            "Our biggest customers are dictating the roadmap",
            """Half of our roadmap is now commitments made to large customers
            during sales or renewal conversations. Each request makes sense on its
            own, but together they're pulling the product in different directions
            and small customers are neglected. We've introduced a scoring model,
            but exceptions keep being made. How have others said no to big
            customers?""",
            "roadmap prioritisation enterprise-customers",
        ),
        _t(
            TEL,
            PROD,
            "Every department wants its own feature in our app",
            """Marketing wants promotions, customer service wants self-service
            troubleshooting, finance wants payment features and sales wants
            upgrade prompts. Our app team has a backlog of 400 items and nobody
            agrees on priorities. We've set up a quarterly prioritisation forum,
            which became a negotiation. How have others created a shared product
            strategy?""",
            "backlog stakeholders product-strategy",
        ),
        _t(
            FS,
            PROD,
            "Regulatory work crowds out everything customers ask for",
            """Nearly 70% of our digital team's capacity goes on regulatory and
            risk-driven changes, leaving little for improvements customers ask
            for. Customer satisfaction with our app is falling. We've tried
            reserving capacity for customer improvements, but it gets raided when
            deadlines loom. How do other regulated firms balance the two?""",
            "capacity-allocation regulatory-work customer-experience",
        ),
        _t(
            MED,
            PROD,
            "We can't decide what to build for readers versus advertisers",
            """Our product team is torn between features readers ask for, like
            fewer ads and better navigation, and features the commercial team needs,
            like new ad formats. Each quarter feels like a tug of war. We've tried
            shared goals based on revenue per reader. How have other media product
            teams set priorities?""",
            "product-priorities readers advertising",
        ),
        _t(
            INS,
            PROD,
            "Our product backlog is full of broker requests",
            """Brokers send us dozens of requests for changes to our trading
            platform, and our broker managers escalate each one as urgent. Meanwhile
            we're not improving the direct customer journey. We've started grouping
            requests into themes. How have other intermediated businesses managed
            competing demands on the roadmap?""",
            "brokers platform prioritisation",
        ),
        _t(
            LOG,
            PROD,
            "Customer portal requests keep jumping the queue",
            """Our customer tracking portal gets change requests from account
            managers almost daily, often promised to customers already. The
            development team is constantly interrupted and the bigger improvements
            never get done. We've introduced a monthly release window. How have
            others protected product focus in a service business?""",
            "customer-portal change-requests focus",
        ),
    ),
    "senior-diversity-pipeline": (
        _t(
            CON,
            HR,
            "Women leave before they reach site leadership roles",
            """Women make up 30% of our graduate intake but only 6% of our project
            directors. Many leave in their early thirties, citing site hours,
            inflexible roles and a macho culture. We've introduced flexible working
            for office roles, but site roles haven't changed. How have other
            contractors retained women into senior positions?""",
            "gender-diversity retention leadership-pipeline",
        ),
        _t(
            ENE,
            HR,
            "Our leadership doesn't reflect the communities we serve",
            """Our workforce is reasonably diverse at entry level, but our senior
            leadership is almost entirely white and male. Promotions rely heavily
            on informal sponsorship. We've launched a mentoring programme, but
            participants say it hasn't changed who gets promoted. How have others
            made progression more equitable?""",
            "diversity promotion sponsorship",
        ),
        _t(
            FS,
            HR,
            "Ethnic minority staff stall at middle management",
            """Our data shows ethnic minority colleagues are well represented in
            junior roles but under-represented above middle management, and
            promotion rates differ significantly. Leaders agree it's a problem but
            disagree on causes. We've started reviewing promotion decisions for
            patterns. How have others closed progression gaps?""",
            "ethnic-diversity progression inclusion",
        ),
        _t(
            PRO,
            HR,
            "Our partner group is far less diverse than our trainees",
            """Our trainee intake is balanced in gender and ethnicity, but our
            partner group remains overwhelmingly male and white. Partner promotion
            depends on business cases that favour people with existing networks.
            We've introduced sponsorship, but it's early days. How have other
            firms diversified partnership?""",
            "partnership diversity networks",
        ),
        _t(
            SAAS,
            HR,
            "We can't hire or keep senior women engineers",
            """Only 9% of our senior engineers are women, and the few we hire tend
            to leave within two years. Exit interviews mention being the only woman
            on a team and being passed over for technical leadership. We've
            changed job ads and interview panels. How have others built an
            inclusive engineering culture at senior levels?""",
            "women-in-tech engineering-culture retention",
        ),
        _t(
            MED,
            HR,
            "Our senior editors don't reflect our audience",
            """Our newsroom has become more diverse at entry level, but section
            editors and above remain very homogeneous, which affects which stories
            we tell. Promotions often go to people with the right connections. We've
            started a development programme. How have other publishers diversified
            editorial leadership?""",
            "editorial-leadership diversity newsroom",
        ),
    ),
    "recurring-quality-defects": (
        _t(
            MFG,
            OPS,
            "The same defects keep reaching our customers",
            """We've had recurring customer complaints about the same dimensional
            defects for a year. Each time, we contain the issue, write a corrective
            action and close it, and then it happens again. Root cause analysis is
            done in a hurry by people who weren't involved. How have others made
            corrective actions actually stick?""",
            "quality root-cause corrective-action",
        ),
        _t(
            PHA,
            OPS,
            "We keep having the same deviations in manufacturing",
            """Our plant raises about 200 deviations a year, and many are repeats:
            documentation errors, environmental monitoring excursions and
            equipment issues. Investigations often conclude 'human error' and
            retraining. Inspectors have noticed. How have others improved
            investigation quality and prevented recurrence?""",
            "deviations capa gmp",
        ),
        _t(
            HC,
            OPS,
            "Medication errors keep happening for the same reasons",
            """Our incident reports show recurring medication errors linked to
            interruptions, similar drug names and handovers. We've done training,
            added checklists and used tabards during drug rounds, but the same
            incident types keep appearing. How have others achieved lasting
            reductions in repeat safety incidents?""",
            "patient-safety medication-errors learning",
        ),
        _t(
            LOG,
            OPS,
            "Mis-picks are costing us customers",
            """Our mis-pick rate has hovered around 0.8% for a year, which sounds
            low but means thousands of wrong items a month and a key customer
            threatening to leave. We've added barcode checks at packing, but they
            slow throughput. How have others reduced picking errors without
            sacrificing speed?""",
            "mis-picks accuracy warehouse",
        ),
        _t(
            CON,
            OPS,
            "Snagging lists at handover are far too long",
            """Our homes average more than 80 snags at handover, and customers are
            leaving poor reviews. The same issues recur across sites: paint finish,
            sealant and door alignment. We've introduced quality inspections at key
            stages, but subcontractors rush to meet programme. How have others
            built quality in rather than inspecting it out?""",
            "snagging handover-quality subcontractors",
        ),
        _t(
            SAAS,
            ENG,
            "Bugs we fixed keep coming back in later releases",
            """Customers keep reporting bugs we've already fixed, because fixes
            aren't covered by automated tests and later changes reintroduce them.
            Our test suite is slow and flaky, so engineers skip it. We've started a
            rule that every bug fix needs a regression test. How have others
            improved release quality without slowing delivery?""",
            "regressions testing release-quality",
        ),
    ),
    "revenue-concentration-risk": (
        _t(
            NPO,
            FIN,
            "Almost half our income comes from one funder",
            """A single government contract provides 46% of our income, and it's up
            for retender next year. If we lose it, we'd have to close two
            programmes. We've tried to grow individual giving and corporate
            partnerships, but progress is slow. How have other charities
            diversified their income?""",
            "income-diversification funding-risk fundraising",
        ),
        _t(
            MED,
            EXEC,
            "One platform drives most of our traffic and it keeps changing the rules",
            """More than half of our audience arrives through a single search and
            social platform, and every algorithm change knocks our traffic by 20%
            or more. We're trying to build direct relationships through newsletters
            and apps. How have other publishers reduced their dependence on big
            platforms?""",
            "platform-dependence audience direct-relationships",
        ),
        _t(
            MFG,
            SALES,
            "One customer accounts for 40% of our sales",
            """Our largest customer, an automotive supplier, accounts for 40% of
            our revenue and keeps asking for annual price reductions. We know the
            dependency is risky, but diversification into new sectors needs
            certifications and new sales skills. How have others reduced customer
            concentration?""",
            "customer-concentration diversification new-markets",
        ),
        _t(
            PRO,
            EXEC,
            "Our practice lives or dies by two big clients",
            """Two clients account for over half of our fee income. Both are
            reviewing their panels next year. We've tried to win more mid-sized
            clients, but partners are busy serving the big two. How have others
            built a broader client base while serving key accounts?""",
            "client-concentration business-development risk",
        ),
        _t(
            AGR,
            SALES,
            "We sell almost everything to one supermarket",
            """Around 70% of our produce goes to a single supermarket chain, which
            sets specifications and prices each season. We've tried exporting and
            selling to food service, but volumes are small. How have others
            diversified away from a dominant buyer?""",
            "buyer-power market-diversification supermarkets",
        ),
        _t(
            HE,
            FIN,
            "We rely too heavily on international student fees",
            """International tuition fees make up more than 40% of our income, and
            visa policy changes have hit recruitment hard this year. Our domestic
            fee income doesn't cover the cost of teaching. We're exploring online
            programmes and short courses. How have other universities reduced
            exposure to one income stream?""",
            "international-students income-risk diversification",
        ),
    ),
    "marketing-attribution": (
        _t(
            RET,
            MKT,
            "We can't tell which marketing drives store sales",
            """We spend across TV, social, search and printed leaflets, but we can
            only measure online conversions. Most of our sales happen in stores,
            and the finance team wants proof of return before approving next year's
            budget. We've tested geo-based campaigns. How have others measured
            marketing's effect on offline sales?""",
            "attribution offline-sales marketing-roi",
        ),
        _t(
            HOS,
            MKT,
            "Booking platforms take credit for guests we attracted",
            """We invest in social media and content to inspire travel, but many
            guests then book through online travel agents, who charge high
            commissions and take credit for the booking. We can't see how much of
            our own marketing drives those bookings. How have other hospitality
            brands measured and grown direct bookings?""",
            "direct-bookings attribution ota-commission",
        ),
        _t(
            SAAS,
            MKT,
            "Our attribution model tells a different story every month",
            """We've switched between first-touch, last-touch and multi-touch
            attribution, and each tells a different story about which channels
            work. Deals take six months and involve many people, which makes
            tracking hard. The board wants to know where to invest. How have others
            made sense of marketing impact in long B2B sales cycles?""",
            "attribution b2b pipeline",
        ),
        _t(
            FS,
            MKT,
            "We can't prove our brand campaigns bring in new members",
            """Our brand campaign raised awareness in surveys, but we can't link it
            to account openings, and the finance director sees it as a cost. We've
            tried promo codes, but few people use them. How have others
            demonstrated the commercial value of brand marketing?""",
            "brand-marketing measurement member-acquisition",
        ),
        _t(
            MED,
            MKT,
            "Which campaigns actually drive paying subscribers?",
            """We run campaigns across social, podcasts, partnerships and our own
            site, but subscribers often convert weeks later through a different
            route. We can't tell which campaigns are worth continuing. We've tried
            holdout tests on a couple of channels. How do other subscription
            businesses measure acquisition properly?""",
            "subscriber-acquisition attribution testing",
        ),
        _t(
            HE,
            MKT,
            "We don't know which recruitment activity brings students in",
            """We invest in open days, school visits, recruitment fairs, digital ads
            and agents, but applicants rarely tell us what influenced them. Budget
            conversations are based on opinion rather than evidence. We've started
            tagging enquiries by source. How have others measured the return on
            student recruitment activity?""",
            "student-recruitment attribution marketing-roi",
        ),
    ),
    "asset-tracking-loss": (
        _t(
            HC,
            OPS,
            "We keep losing infusion pumps and wheelchairs",
            """Nurses spend a surprising amount of time searching for infusion pumps,
            wheelchairs and monitors, and we regularly buy replacements for
            equipment that's just misplaced. An audit found 20% of pumps couldn't
            be located. We've trialled tracking tags on a few wards. How have
            others kept track of mobile equipment?""",
            "equipment-tracking medical-devices efficiency",
        ),
        _t(
            CON,
            OPS,
            "Tools and plant go missing between sites",
            """We lose a significant value of tools and small plant every year,
            through theft, loss and things simply left at old sites. Hire costs
            rise because we can't find our own kit. We've tried barcoding, but
            people don't scan. How have others tracked tools across many
            sites?""",
            "tool-tracking plant site-logistics",
        ),
        _t(
            LOG,
            OPS,
            "We lose thousands of pallets and roll cages a year",
            """Our pallets, roll cages and returnable crates disappear into customer
            sites and never come back, costing us a lot in replacements. Customers
            dispute our counts. We've introduced deposits for some customers, which
            caused friction. How have others managed returnable assets?""",
            "returnable-assets pallets customers",
        ),
        _t(
            ENE,
            OPS,
            "We don't know where half our spare parts are",
            """Our spares are spread across depots, vans and contractors, and our
            asset system doesn't match reality. Engineers sometimes wait days for
            parts we actually have. We've done stock counts, but they're out of
            date quickly. How have others kept spare parts visible across a
            distributed operation?""",
            "spare-parts inventory field-service",
        ),
        _t(
            TEL,
            OPS,
            "Returned routers and set-top boxes vanish",
            """When customers leave, we ask them to return routers and set-top
            boxes, but fewer than half come back, and those that do often sit in
            warehouses untested. We've tried prepaid return bags and charging for
            non-returns. How have others improved equipment recovery and
            refurbishment?""",
            "equipment-returns refurbishment circular-economy",
        ),
        _t(
            PHA,
            OPS,
            "Lab equipment and samples are hard to track",
            """Our labs share expensive instruments and thousands of samples, and
            we regularly lose track of where samples are stored or which equipment
            is free. Scientists waste time searching and duplicate purchases. We've
            started using a sample management system. How have others improved lab
            asset tracking?""",
            "sample-management lab-equipment efficiency",
        ),
    ),
    "deskless-worker-comms": (
        _t(
            RET,
            HR,
            "Store colleagues never see our internal communications",
            """Our internal communications go out by email and intranet, but most
            store colleagues don't have company email, so news arrives through
            managers inconsistently. Engagement surveys show frontline staff feel
            uninformed. We've tried printed noticeboards and a messaging app pilot.
            How have others reached colleagues who don't sit at a desk?""",
            "internal-comms frontline engagement",
        ),
        _t(
            LOG,
            HR,
            "Drivers are on the road and never hear what's going on",
            """Our drivers spend most of their time alone in their cabs and feel
            disconnected from the company. They hear about changes through rumours
            or at depot briefings they often miss. We tried a driver app with news,
            but usage is low. How have others engaged mobile workers?""",
            "drivers communication engagement",
        ),
        _t(
            MFG,
            HR,
            "Shop floor staff feel disconnected from company decisions",
            """Our production workers learn about company news from their
            supervisors, if at all. Many don't use email and some have limited
            written English. We've installed screens in canteens, but messages are
            ignored. How have others built two-way communication with shop floor
            teams?""",
            "shop-floor two-way-communication multilingual",
        ),
        _t(
            HOS,
            HR,
            "Hotel staff on different shifts never get the same message",
            """With three shifts and high turnover, important information like
            policy changes or service standards rarely reaches everyone. Briefings
            at shift start are rushed. We've tried WhatsApp groups, but they
            created privacy concerns and noise. How have others communicated
            reliably with shift-based teams?""",
            "shift-briefings communication hospitality",
        ),
        _t(
            AGR,
            HR,
            "Farm workers across remote sites rarely hear from head office",
            """Our farm and packhouse workers are spread across remote sites, many
            seasonal and speaking different languages. Head office messages about
            safety, pay or changes often don't reach them. We've tried posters and
            supervisor briefings. How have others communicated with a dispersed,
            multilingual workforce?""",
            "remote-workforce multilingual safety-communication",
        ),
        _t(
            ENE,
            OPS,
            "Field engineers miss safety updates and procedure changes",
            """Our field engineers spend most of their time on sites, and safety
            bulletins are emailed to inboxes they rarely check. After a recent
            near miss, we found half the team hadn't seen a changed procedure.
            We've tried toolbox talks, but they're inconsistent. How have others
            made sure critical updates reach field teams?""",
            "field-teams safety-bulletins communication",
        ),
    ),
    "slow-approval-bureaucracy": (
        _t(
            PUB,
            FIN,
            "Procurement rules make simple purchases take months",
            """Buying anything above a modest threshold requires three quotes,
            several sign-offs and sometimes a formal tender, even for low-risk
            purchases. Teams wait months for tools they need, and some work around
            the rules. We're reviewing thresholds but auditors are cautious. How
            have others simplified procurement while staying compliant?""",
            "procurement approvals compliance",
        ),
        _t(
            HE,
            FIN,
            "Research grant spending gets stuck in approval queues",
            """Researchers complain that purchasing equipment or hiring on their
            grants takes months because of approval chains designed for central
            budgets. Some grants underspend and have to return money. We've set up
            a research finance team, but bottlenecks remain. How have others sped
            up research spending?""",
            "research-grants purchasing approvals",
        ),
        _t(
            PHA,
            FIN,
            "Contract approvals slow down our trials",
            """Every contract with a trial site or supplier goes through legal,
            finance, compliance and business approval, taking eight weeks on
            average. This delays study start-up. We've introduced templates, but
            each reviewer still makes changes. How have others accelerated contract
            approvals?""",
            "contracts study-start-up approvals",
        ),
        _t(
            NPO,
            FIN,
            "Our approval process is designed for a much bigger organisation",
            """Any spend over a small amount needs two signatures and trustee
            approval above a higher limit, which means small decisions wait for
            board meetings. Staff feel disempowered and opportunities are missed.
            We want to update our financial delegation but trustees are worried.
            How have others set proportionate controls?""",
            "financial-controls delegation trustees",
        ),
        _t(
            TEL,
            FIN,
            "Capex approvals take longer than the projects themselves",
            """Network projects need capital approval through several committees,
            and the process takes longer than building the network. By the time
            projects are approved, the market has moved. We've introduced
            programme-level approvals for some areas. How have others streamlined
            capital approval?""",
            "capex governance approvals",
        ),
        _t(
            INS,
            OPS,
            "Policy exceptions need so many sign-offs that brokers go elsewhere",
            """When a broker asks us to cover an unusual risk, the request passes
            through underwriting, pricing, reinsurance and compliance, which can
            take a week. Competitors respond in a day. We've introduced delegated
            authorities for some lines. How have others sped up decisions while
            keeping control?""",
            "underwriting delegated-authority turnaround-time",
        ),
    ),
    "fraud-false-positives": (
        _t(
            INS,
            DATA,
            "Our fraud checks flag too many genuine claims",
            """Our claims fraud rules flag about 15% of claims for investigation,
            but fewer than one in twenty turn out to be fraudulent. Honest
            customers wait longer and complain, while investigators are swamped.
            We've trialled a machine learning model, which was better but harder to
            explain. How have others reduced false positives?""",
            "fraud-detection false-positives claims",
        ),
        _t(
            FS,
            DATA,
            "Fraud alerts block legitimate customer payments",
            """Our payment fraud system blocks many genuine transactions, and
            customers get frustrated when payments are held while they're trying to
            buy something important. But authorised push payment scams are rising,
            so we can't loosen controls. How have others improved fraud detection
            accuracy and customer experience together?""",
            "payment-fraud scams customer-friction",
        ),
        _t(
            RET,
            OPS,
            "Returns fraud is rising and our checks annoy honest customers",
            """We've seen more fraudulent returns, like wardrobing and empty box
            returns, but tightening our returns policy upset genuine customers and
            led to complaints. Store staff don't feel confident challenging
            people. How have others reduced returns fraud without punishing honest
            shoppers?""",
            "returns-fraud loss-prevention customer-experience",
        ),
        _t(
            HOS,
            OPS,
            "Chargebacks and booking fraud are eating our margin",
            """We've had a surge in fraudulent bookings with stolen cards and
            chargebacks after stays. Our checks at check-in slow down arrivals and
            annoy genuine guests. We've introduced pre-authorisation, which
            increased complaints. How have others cut fraud without hurting the
            guest experience?""",
            "chargebacks booking-fraud payments",
        ),
        _t(
            TEL,
            DATA,
            "SIM swap fraud checks are frustrating genuine customers",
            """To prevent SIM swap fraud, we've added identity checks for SIM
            changes, but genuine customers who lose their phones now face long
            delays and store visits. Complaints have risen. We're exploring
            risk-based checks. How have others balanced fraud prevention with
            convenience?""",
            "sim-swap identity-verification fraud-prevention",
        ),
        _t(
            PUB,
            FIN,
            "Grant fraud checks slow down payments to genuine businesses",
            """After fraud in an earlier grant scheme, we added extensive checks,
            which now delay payments to legitimate small businesses by weeks. Local
            businesses complain, and politicians want faster payments. We're
            exploring data matching with other agencies. How have others designed
            proportionate fraud controls for public funds?""",
            "grant-fraud payment-controls public-funds",
        ),
    ),
    "internal-mobility-attrition": (
        _t(
            PHA,
            HR,
            "Scientists leave because they can't see a next role here",
            """Our scientists often leave after three or four years, saying they
            couldn't see a next step without becoming managers. We have internal
            vacancies, but managers hold on to good people. We've introduced a
            technical career ladder, but it's not well understood. How have others
            made internal moves easier than external ones?""",
            "career-paths internal-mobility scientists",
        ),
        _t(
            INS,
            HR,
            "Our best people leave for promotions we could have offered",
            """Exit interviews show many of our high performers leave for promotions
            at competitors, even though we had similar roles open. Internal
            candidates are often unaware of vacancies or feel they'd upset their
            manager by applying. We've started advertising all roles internally
            first. How have others built a culture of internal mobility?""",
            "talent-mobility retention career-development",
        ),
        _t(
            RET,
            HR,
            "Shop floor staff don't see a route into head office",
            """Our stores are full of capable colleagues, but very few move into
            head office roles, which are usually filled externally. Store staff
            see head office as a different world. We've piloted secondments into
            buying and marketing. How have others created career paths from the
            front line?""",
            "career-paths frontline-talent secondments",
        ),
        _t(
            PRO,
            HR,
            "Associates leave because moving practice areas is impossible",
            """Our associates sometimes want to switch practice areas or move into
            business roles, but partners resist losing them. They leave for
            competitors instead. We're exploring an internal talent marketplace.
            How have other firms encouraged internal moves across practices?""",
            "internal-mobility associates talent-marketplace",
        ),
        _t(
            LOG,
            HR,
            "Warehouse supervisors can't progress without leaving",
            """Our supervisors hit a ceiling because site manager roles rarely come
            up and we recruit externally for planning and commercial roles. Good
            supervisors leave for competitors. We've started a development
            programme for high-potential staff. How have others built career paths
            in operations?""",
            "progression supervisors development",
        ),
        _t(
            NPO,
            HR,
            "Our small team offers no career progression",
            """With 60 staff and flat structures, there are few promotion
            opportunities, so talented people leave after two or three years. We
            can't create management roles just to keep people. We've tried
            stretch projects and training budgets. How have other small
            organisations kept ambitious staff?""",
            "career-growth small-organisations retention",
        ),
    ),
    "contractor-dependency": (
        _t(
            MED,
            OPS,
            "We depend on freelancers who could disappear any day",
            """About 40% of our content is produced by freelance writers, editors
            and photographers. They're talented, but turnover is high, quality
            varies and we're exposed when key freelancers go elsewhere. We've
            started retainer agreements with some. How have others built a stable
            freelance network?""",
            "freelancers content-production retention",
        ),
        _t(
            CON,
            FIN,
            "Subcontractor failures keep disrupting our projects",
            """We subcontract most trades, and several subcontractors have gone
            bust mid-project in the last two years, leaving us to find replacements
            at higher cost. Our due diligence focuses on price. We've started
            checking financial health more carefully. How have others managed
            supply chain insolvency risk?""",
            "subcontractors insolvency supply-chain-risk",
        ),
        _t(
            HOS,
            OPS,
            "Agency staff run our kitchens and standards are slipping",
            """Over a third of our kitchen shifts are covered by agency chefs who
            don't know our menus or standards. Costs are high and guest complaints
            about food have increased. We're trying to build our own bank of
            casual staff. How have others reduced dependence on agency labour?""",
            "agency-staff kitchens quality",
        ),
        _t(
            AGR,
            OPS,
            "Labour providers control whether our crops get picked",
            """We rely on labour providers for most of our seasonal pickers and
            packers, and when they can't supply enough people, crops go unpicked.
            We have little control over conditions or quality. We've considered
            direct recruitment, but visas and housing are complex. How have others
            reduced dependence on labour providers?""",
            "labour-providers seasonal-work recruitment",
        ),
        _t(
            PUB,
            STRAT,
            "Consultants design our services and then leave",
            """Our transformation programmes rely heavily on consultants, who
            design new services and then leave, taking the knowledge with them.
            Internal teams struggle to sustain changes. We've tried requiring
            knowledge transfer in contracts. How have others built internal
            capability while using consultants?""",
            "consultants capability-building knowledge-transfer",
        ),
        _t(
            PHA,
            STRAT,
            "Too much critical work is outsourced to contractors",
            """Our validation, data management and regulatory writing are mostly
            done by contractors, and we're exposed when they leave mid-project.
            Institutional knowledge is thin. We've started converting some roles to
            permanent positions. How have others decided which capabilities to
            keep in-house?""",
            "outsourcing core-capabilities contractors",
        ),
    ),
}


# ---------------------------------------------------------------------------
# One-off challenges: real problems that have no cross-industry family here.
# ---------------------------------------------------------------------------

_ONE_OFFS: tuple[_Text, ...] = (
    # Nonprofit & Charities (the first one belongs to the demo member)
    _t(
        NPO,
        OPS,
        "One van, twelve sites: our food deliveries don't scale",
        """We deliver surplus food to twelve community sites with one van and two
        part-time drivers, and routes are planned on a whiteboard each morning.
        Donations have grown 40% this year, so food now sits in our store longer
        than it should. We've asked a supermarket partner about sharing their
        transport, without luck so far. I'd like to know how others scaled
        distribution before they could afford a second vehicle.""",
        "food-distribution logistics scaling",
    ),
    _t(
        NPO,
        MKT,
        "Starting a gifts-in-wills programme from nothing",
        """Gifts in wills make up about a third of income for charities our size, yet
        they bring us less than 2% because we've never asked. Our trustees worry that
        raising the topic will feel ghoulish to supporters, and nobody on our team of
        four fundraisers has done it before. We've drafted a gentle leaflet and a web
        page, but haven't sent anything yet. What were the first practical steps that
        worked for others?""",
        "legacy-giving fundraising supporters",
    ),
    _t(
        NPO,
        SALES,
        "Corporate partners only want volunteering days",
        """We get about 30 requests a year from companies wanting team volunteering days,
        and each one takes a staff member two or three days to organise for a donation
        that rarely covers the cost. We'd much rather have three-year partnerships
        with real funding, but we're not sure what to offer in return. This year we
        started charging a fee per volunteering day, which filtered out some
        enquiries. How have others turned corporate interest into meaningful
        partnerships?""",
        "corporate-partnerships fundraising volunteering-days",
    ),
    _t(
        NPO,
        EXEC,
        "Exploring a merger with a smaller charity",
        """A smaller charity working with the same communities has asked whether we'd
        consider merging. Their reserves cover about two months of costs, but their
        local relationships and volunteers are excellent. Our board is cautious and
        staff on both sides are nervous about jobs and identity. I'd like to hear from
        leaders who've been through a charity merger about due diligence, timing and
        culture.""",
        "merger governance partnership",
    ),
    _t(
        NPO,
        LEGAL,
        "Safeguarding standards across our partner organisations",
        """We fund and work alongside about thirty small community groups, and their
        safeguarding policies range from excellent to nonexistent. If something goes
        wrong with a child or vulnerable adult, it's our name on the programme. We
        offered free training last year, and only the eight groups that were already
        confident attended. How have others raised standards across partners without
        being heavy-handed?""",
        "safeguarding partners risk",
    ),
    _t(
        NPO,
        ENG,
        "Running IT on donated laptops and goodwill",
        """Most of our 35 laptops are donated, spanning four operating system versions,
        and our IT support is a retired volunteer who comes in on Thursdays. Staff
        lose hours every week to printer, login and backup problems that a proper
        setup would prevent. We've applied for a capacity-building grant to fund
        managed IT for a year. How have other small charities built a basic, secure
        setup cheaply and kept it running?""",
        "it-infrastructure donated-equipment capacity",
    ),
    _t(
        NPO,
        STRAT,
        "Funding offers that would pull us off our mission",
        """We've been offered a large contract to deliver a service that's
        adjacent to our mission, and it would solve our cash problems for three
        years. Staff worry we'd become a contractor rather than a charity. The
        trustees are split. How have others decided when to say no to money?""",
        "mission-drift strategy funding",
    ),
    _t(
        NPO,
        MKT,
        "Our social media fundraising appeals have stopped working",
        """Two years ago our emergency appeals on social media raised a
        meaningful share of our winter income, and this year the same approach
        raised less than half. Organic reach has collapsed and paid ads are
        expensive for us. We've tried video and supporter stories. What's working
        for other small charities online now?""",
        "digital-fundraising social-media appeals",
    ),
    # Healthcare
    _t(
        HC,
        DATA,
        "Predicting which patients will miss outpatient appointments",
        """About 9% of our outpatient appointments are missed, and those slots are
        wasted. We've built a simple model using past attendance, age and
        distance, which predicts no-shows reasonably well. Clinicians are wary of
        overbooking based on it. How have others used prediction to reduce missed
        appointments fairly?""",
        "no-shows prediction outpatients",
    ),
    _t(
        HC,
        FIN,
        "Making the financial case for a virtual ward",
        """Our clinicians want to expand a 20-bed virtual ward that monitors patients at
        home, and the first six months suggest around 300 avoided admissions. Finance
        can't see any cash savings, because the freed beds are immediately filled by
        other patients. We've tried presenting it as reduced corridor care and shorter
        waits, which the board liked but didn't fund. How have others built a business
        case for services that release capacity rather than cash?""",
        "virtual-wards business-case capacity",
    ),
    _t(
        HC,
        CS,
        "Car parking complaints dominate our patient feedback",
        """More than a quarter of our patient complaints are about parking: lack of
        spaces, charges and fines. It colours how people feel about the whole
        visit. We've added a park-and-ride shuttle and better signage. Has anyone
        found a fix that made a visible difference?""",
        "patient-experience parking complaints",
    ),
    _t(
        HC,
        LEGAL,
        "Subject access requests for medical records have tripled",
        """Requests for copies of medical records have tripled in three years, many
        from solicitors, and we're breaching the one-month deadline regularly.
        Redaction is manual and slow. We've trialled redaction software. How have
        others handled the volume without adding a large team?""",
        "subject-access-requests medical-records data-protection",
    ),
    _t(
        HC,
        ENG,
        "Clinicians log in to fourteen systems a day",
        """Our doctors and nurses juggle separate logins for the patient record, results,
        prescribing, imaging and about ten other systems, and a time-and-motion study
        found they lose around 40 minutes a shift to it. Single sign-on has been on
        the roadmap for three years but keeps slipping because several older
        applications don't support it. We've started with tap-to-login badges on two
        wards. How did others prioritise which systems to integrate first?""",
        "single-sign-on clinical-systems usability",
    ),
    _t(
        HC,
        MKT,
        "Launching a private physiotherapy service in a busy market",
        """We're launching a self-pay physiotherapy service using evening and weekend
        clinic capacity, up against a dozen established private practices nearby. Our
        brand is trusted, but people associate us with long waiting lists rather than
        quick private appointments. Three months of local search ads brought about 40
        bookings, far below plan. How have others marketed a new self-pay service from
        inside a public-facing organisation?""",
        "self-pay service-launch local-marketing",
    ),
    _t(
        HC,
        PROD,
        "Designing a digital triage tool clinicians will trust",
        """We're building an online triage form for our clinics, and every clinical
        review adds questions to make it safer; it has grown from 12 to 47 questions.
        About 60% of patients now abandon it halfway and phone instead. We've tested a
        shorter version with a clinician reviewing every submission within two hours,
        which clinicians accepted. How have others balanced safety and usability in
        digital triage?""",
        "digital-triage clinical-safety user-research",
    ),
    _t(
        HC,
        EXEC,
        "Merging two clinical teams with very different cultures",
        """We're bringing together two community nursing teams of about 40 people each
        after a service reorganisation. One team works in fixed patches with
        long-standing patients; the other runs a flexible rota across the whole
        district, and each thinks its way is safer. Early joint meetings have been
        tense and two senior nurses have already asked about transfers. I'd welcome
        advice on merging clinical teams without losing good people.""",
        "team-merger culture integration",
    ),
    # Higher Education
    _t(
        HE,
        SALES,
        "Selling short courses to employers",
        """We've developed about 20 short professional courses, but we sold fewer than
        200 places to employers last year. Our academics are great at teaching but
        uncomfortable selling, and employers tell us our contracting and invoicing
        feel bureaucratic. We've hired one business development manager and simplified
        the booking form. How have others built a viable executive education business
        inside a university?""",
        "short-courses employer-partnerships executive-education",
    ),
    _t(
        HE,
        CS,
        "Building a single front door for student enquiries",
        """Students contact faculty offices, central services and the library with the
        same questions, and our data shows a typical enquiry is passed on 2.4 times
        before it's answered. We're creating a single student hub with one case
        system. Faculties worry about losing direct contact with their students and
        are reluctant to hand over their inboxes. How have others designed a central
        student service that still feels personal?""",
        "student-services enquiries service-design",
    ),
    _t(
        HE,
        LEGAL,
        "Freedom of information requests about research partnerships",
        """We received about 150 information requests about research partnerships with
        companies and overseas universities last year, triple the number three years
        ago, and some appear to be coordinated campaigns. Each one takes academic time
        to answer and raises questions about commercial confidentiality. We've written
        a standard position on what we publish proactively. How have others handled
        these requests consistently and without alienating partners?""",
        "foi-requests research-partnerships transparency",
    ),
    _t(
        HE,
        ENG,
        "Lecture recording storage costs are spiralling",
        """We record almost every lecture, about 60,000 hours a year, and our storage
        bill has grown fourfold in three years. Viewing data shows most recordings are
        barely watched after the exam period. Academics resist deletion policies,
        partly because some reuse recordings in later years. How have others set
        retention rules for lecture capture that staff accepted?""",
        "lecture-capture storage retention-policy",
    ),
    _t(
        HE,
        PROD,
        "Our online course pages are a mess of inconsistent layouts",
        """Every one of our roughly 1,800 modules on the learning platform is structured
        differently, and students say they can't find assessment briefs or reading
        lists. We created a recommended template two years ago, but adoption is
        voluntary and sits at about 25%. Some academics see any template as
        interference with how they teach. How have others introduced consistency
        without upsetting academic freedom?""",
        "vle course-design student-experience",
    ),
    _t(
        HE,
        STRAT,
        "Consolidating from four campuses to three",
        """We need to close one of our four campuses to save around 8% of our estates
        costs, and the local community, staff and the local MP are strongly opposed.
        The financial case is clear, but the campus serves many mature students who
        can't easily travel further. We've started a consultation and are looking at
        keeping a small learning centre in the town. How have others managed a campus
        consolidation?""",
        "campus-consolidation estates stakeholder-engagement",
    ),
    _t(
        HE,
        OPS,
        "Timetabling rooms for 24,000 students",
        """Our timetable is built department by department, and we have overbooked
        seminar rooms alongside lecture theatres that sit 30% empty. Students face
        clashes between optional modules and long gaps between classes. We bought
        central timetabling software, but departments still submit their own preferred
        slots and rooms. How have others moved to genuinely centralised timetabling?""",
        "timetabling space-utilisation scheduling",
    ),
    _t(
        HE,
        DATA,
        "Nobody trusts our student number forecasts",
        """Our forecasts of student numbers have been wrong by up to 10% in recent
        years, with big budget consequences. Departments make their own estimates,
        which are optimistic. We've started building a central forecast with
        application data. How do others forecast enrolments?""",
        "enrolment-forecasting planning budgets",
    ),
    # Financial Services
    _t(
        FS,
        SALES,
        "Mortgage brokers have stopped sending us business",
        """Broker-introduced mortgage applications fell by a third this year. Our
        rates are competitive, but brokers say our underwriting is slow and
        inconsistent. We've added a broker support line. How have others rebuilt
        broker relationships?""",
        "mortgages brokers underwriting",
    ),
    _t(
        FS,
        CS,
        "Treating vulnerable customers consistently",
        """Our staff identify customers in vulnerable circumstances, such as bereavement,
        illness or financial difficulty, but how they record and respond varies
        widely: an audit found the same situation handled five different ways. The
        regulator expects consistently good outcomes. We've introduced training and a
        flag in our customer system, which is used in under half the cases it should
        be. How have others embedded vulnerability support in everyday service?""",
        "vulnerable-customers consumer-protection training",
    ),
    _t(
        FS,
        DATA,
        "Our credit models were trained on a different economy",
        """Our credit scorecards were built on data from a decade of low interest rates
        and low inflation, and we're not sure they still predict well. Arrears are
        rising in segments the models rated as low risk, particularly younger renters.
        We've moved to monthly performance monitoring and added manual overlays, which
        our auditors dislike. How have others recalibrated credit models when the
        economy shifts under them?""",
        "credit-risk model-monitoring arrears",
    ),
    _t(
        FS,
        ENG,
        "Our open banking APIs keep falling over",
        """Third parties connecting through our open banking APIs report frequent
        timeouts, and our availability sat at 97.8% last quarter, which is published
        for everyone to see. The APIs sit on top of older systems that were never
        designed for this volume of traffic. We've added caching and rate limiting,
        which helped at peak. How have others improved API reliability on legacy back
        ends?""",
        "open-banking apis reliability",
    ),
    _t(
        FS,
        MKT,
        "Attracting members under 30",
        """The average age of our members is 58, and fewer than 10% of new accounts last
        year were opened by people under 30. Younger people tell us we look
        old-fashioned and don't know we exist. We've launched a savings-goal feature
        in the app and ran social media campaigns, with small gains. How have other
        member-owned institutions attracted a younger generation?""",
        "young-customers brand membership",
    ),
    _t(
        FS,
        LEGAL,
        "Sanctions screening alerts are overwhelming our team",
        """Since sanctions lists expanded, our screening system generates thousands
        of alerts a week, almost all false matches. The team is working overtime
        and payments are delayed. We've tuned thresholds cautiously. How have
        others managed screening volumes?""",
        "sanctions screening financial-crime",
    ),
    _t(
        FS,
        EXEC,
        "Integrating a smaller credit union after a merger",
        """We've agreed to merge with a credit union about a fifth of our size, and their
        18,000 members are worried about losing their local branch and identity. Staff
        on both sides are anxious about roles, and their systems need migrating within
        a year. We've promised to keep their branch open for at least two years. How
        have others integrated a merger partner while keeping member trust?""",
        "merger integration member-trust",
    ),
    _t(
        FS,
        STRAT,
        "Deciding which branches to keep open",
        """Branch footfall has halved in five years, but closures attract fierce
        local opposition and media coverage. We need a transparent way to decide.
        We've considered shared banking hubs. How have others approached branch
        network decisions?""",
        "branch-network closures community-impact",
    ),
    # Insurance
    _t(
        INS,
        SALES,
        "Growing small business cover through brokers",
        """We want to grow in small commercial insurance, but brokers see these policies
        as low value and time-consuming: our average premium is small and about 40% of
        quotes need an underwriter referral. We've launched a digital trading platform
        with instant quotes for simple trades. Take-up has been slow outside a few
        enthusiastic brokers. How have others made small commercial business
        attractive to brokers?""",
        "sme-insurance brokers distribution",
    ),
    _t(
        INS,
        CS,
        "Bereaved families have a terrible experience claiming",
        """When a policyholder dies, their family contacts us on average seven times,
        sends the same documents more than once and waits about five weeks for
        payment. The complaints we get are distressing to read. We've created a
        dedicated bereavement team, which improved tone but not speed because the
        process behind it hasn't changed. How have others redesigned bereavement
        journeys end to end?""",
        "bereavement claims-experience empathy",
    ),
    _t(
        INS,
        ENG,
        "Real-time pricing for comparison sites strains our systems",
        """Comparison websites send us around four million quote requests a month, and
        our rating engine struggles at peak times, so about 3% of requests time out
        and we simply don't appear. We've added cloud capacity, which works but has
        doubled our hosting bill. We're now looking at caching quotes for common risk
        profiles. How have others scaled quote engines efficiently?""",
        "aggregators rating-engine scalability",
    ),
    _t(
        INS,
        FIN,
        "Reinsurance costs have jumped and squeezed our margins",
        """Our property reinsurance renewal came in about 35% higher after a run of
        global catastrophe losses, and we can't pass all of that to customers. We're
        reviewing our retention levels and whether to buy less cover. Our capital team
        and underwriters disagree on how much risk we can keep. How have others
        managed sharply rising reinsurance costs?""",
        "reinsurance margins capital",
    ),
    _t(
        INS,
        DATA,
        "Pricing flood risk for new-build homes",
        """Our flood pricing leans on historical claims, but new housing estates have no
        history and some sit on former floodplains with new defences. We currently
        load new builds with a flat margin, which makes us uncompetitive on the safe
        ones. We're testing external flood models at property level. How have others
        priced risk for properties with no claims history?""",
        "flood-risk pricing catastrophe-modelling",
    ),
    _t(
        INS,
        PROD,
        "Launching a pet insurance product",
        """We're adding pet insurance to our range, a crowded market with high claims
        frequency and vets' fees rising about 10% a year. We need to decide on cover
        levels, pricing and whether to handle claims ourselves or outsource them. Our
        first customer research suggests people buy on brand trust more than price.
        How have others launched a new line into a competitive market?""",
        "pet-insurance product-launch pricing",
    ),
    _t(
        INS,
        EXEC,
        "Balancing our mutual purpose with commercial growth",
        """As a mutual, we exist for our members, but growth needs investment in
        technology and competitive pricing that can feel at odds with our values. At
        our last annual meeting, members asked why we spend money on advertising at
        all. We've started publishing a yearly member value statement. How have other
        mutuals explained their strategy to members?""",
        "mutual purpose growth",
    ),
    _t(
        INS,
        MKT,
        "Standing out on comparison sites where only price matters",
        """About 70% of our new customers come through comparison sites, where we're
        ranked by price and our strong service reputation is invisible. We added
        features like courtesy cars as standard, but the sites barely display them.
        Lowering prices further would hurt our margins. How have others differentiated
        beyond price in a comparison-driven market?""",
        "comparison-sites differentiation brand",
    ),
    # Retail
    _t(
        RET,
        SALES,
        "Launching trade accounts for small businesses",
        """We want to sell to tradespeople and small businesses, but our systems are
        built for consumers. Credit accounts, bulk pricing and invoicing are new to
        us. We've started with a pilot in ten stores. How have others built a B2B
        offer inside a consumer retailer?""",
        "b2b trade-accounts new-revenue",
    ),
    _t(
        RET,
        PROD,
        "Click-and-collect orders are often not ready",
        """Customers arrive to collect online orders and wait because orders aren't
        picked or can't be found. Stores treat online orders as secondary. We've
        added collection lockers at two stores. How have others made
        click-and-collect reliable?""",
        "click-and-collect fulfilment store-operations",
    ),
    _t(
        RET,
        ENG,
        "Self-checkouts fail when we need them most",
        """Our self-checkouts go down several times a month, usually on Saturday
        afternoons, and the queues that follow make our customer scores drop. The
        vendor blames our store network and our network team blames the vendor. We've
        added monitoring and now have data showing failures cluster around software
        updates. How have others improved the reliability of in-store technology with
        multiple vendors?""",
        "self-checkout in-store-tech reliability",
    ),
    _t(
        RET,
        FIN,
        "Markdowns on seasonal ranges are destroying margin",
        """We end each season with around 25% of seasonal stock unsold and clear it at
        heavy discounts, which cost us several points of margin last year. Buying
        decisions are made nine months ahead with little data. We've tested smaller
        first orders with options to repeat the best sellers, which helped in two
        categories. How have others reduced markdown losses?""",
        "markdowns buying inventory",
    ),
    _t(
        RET,
        LEGAL,
        "Shoplifting is rising and staff feel unsafe",
        """Theft has risen by about 40% in two years, and colleagues report verbal abuse
        and threats when they intervene. We've introduced body-worn cameras and
        security guards in our 20 worst-affected stores. Staff appreciate the cameras
        but still don't feel safe on late shifts. How have others protected staff and
        stock without turning stores into fortresses?""",
        "shoplifting staff-safety security",
    ),
    _t(
        RET,
        EXEC,
        "Deciding which stores to close",
        """About 15 of our stores are unprofitable on their own numbers, but they support
        online sales and returns in their areas and have loyal customers. Closing one
        last year led to a fall in online sales nearby. We're building a model of each
        store's total contribution. How have others made store closure decisions with
        omnichannel effects in mind?""",
        "store-estate closures omnichannel",
    ),
    _t(
        RET,
        DATA,
        "Ranging stores by local demand",
        """Our stores mostly carry the same range, but demand varies a lot: some lines
        sell ten times better in city stores than in retail parks. We've started
        clustering stores with sales and local demographic data. Store managers like
        the idea but warehouse and planning teams worry about complexity. How have
        others localised ranges at scale?""",
        "ranging clustering localisation",
    ),
    _t(
        RET,
        CS,
        "Live chat advisers can't answer product questions",
        """Customers use live chat to ask detailed questions about fit, materials and
        compatibility, but our advisers are trained on orders and returns rather than
        products, so answers are generic. Conversion from chat sessions is about half
        what it is for in-store conversations. We've given advisers access to buyers'
        product notes. How have others given service teams real product knowledge?""",
        "live-chat product-knowledge conversion",
    ),
    # Manufacturing
    _t(
        MFG,
        ENG,
        "Getting data out of 30-year-old machines",
        """We want to measure overall equipment effectiveness across our 70 machines, but
        about half are more than 20 years old and have no digital interfaces.
        Operators record downtime on paper sheets, which are filled in at the end of
        the shift from memory. We've retrofitted current sensors on five machines,
        which already showed far more micro-stoppages than the paper sheets. How have
        others connected legacy equipment cost-effectively?""",
        "industrial-iot oee retrofit",
    ),
    _t(
        MFG,
        FIN,
        "Energy costs have wiped out our margin",
        """Our energy bill has more than doubled in two years, and energy is now our
        third-largest cost after materials and labour. Customers won't accept matching
        price increases. We've started an efficiency programme, fixing compressed air
        leaks and scheduling heavy loads off-peak, which saved about 8%. How have
        others handled energy cost shocks in energy-intensive production?""",
        "energy-costs margins efficiency",
    ),
    _t(
        MFG,
        LEGAL,
        "Export controls on components with dual use",
        """Some of our precision components could have military applications, and export
        control rules have tightened in several of our markets. We ship to about 40
        countries and aren't always sure which customers and products need a licence.
        A shipment was held at customs for three weeks last year. How have others
        built practical export compliance in a mid-sized manufacturer?""",
        "export-controls compliance dual-use",
    ),
    _t(
        MFG,
        CS,
        "Spare part quotes take customers days to receive",
        """Customers needing spare parts wait four days on average for a quote, because
        part information is spread across our ERP, old drawings and engineers'
        memories. We know we're losing aftermarket revenue to copy-part suppliers.
        We've started building a catalogue for our 500 most-ordered parts. How have
        others sped up spare parts quoting?""",
        "aftermarket spare-parts quoting",
    ),
    _t(
        MFG,
        DATA,
        "Our predictive maintenance pilot never got past the pilot",
        """We ran a predictive maintenance pilot on two machines that caught three
        failures early, but scaling it across the plant stalled. Sensor data from
        older machines is patchy, and the maintenance team is sceptical of alerts they
        can't explain. The pilot's data scientist has since left. How have others
        taken analytics pilots into everyday use?""",
        "predictive-maintenance analytics scaling",
    ),
    _t(
        MFG,
        MKT,
        "Building one brand after acquiring three companies",
        """We've acquired three smaller manufacturers over five years, each with loyal
        customers and a respected brand. We'd like one brand for efficiency and
        cross-selling, but customers and sales teams are attached to the old names. A
        first attempt to rebrand one company's product range lost us two distributors.
        How have others consolidated brands after acquisitions?""",
        "brand-consolidation acquisitions industrial-marketing",
    ),
    _t(
        MFG,
        PROD,
        "Customers want configured products at standard prices",
        """Around 60% of our orders now involve some customer-specific variation, and
        each takes engineering time that we rarely charge for. Our margins on custom
        work are unclear because engineering hours aren't tracked per order. We've
        started defining a modular range with standard options. How have others
        standardised options without losing customers who want something special?""",
        "configurability modular-design product-strategy",
    ),
    _t(
        MFG,
        STRAT,
        "Should we bring production back from Asia?",
        """About half of our components are made by partners in Asia, and supply
        disruptions plus customer demands for shorter lead times make us consider
        moving some production closer to home. Our costing says unit costs would rise
        around 15%, but we'd hold far less stock. We've started with one product
        family. How have others made and staged reshoring decisions?""",
        "reshoring supply-chain strategy",
    ),
    # Logistics & Supply Chain
    _t(
        LOG,
        SALES,
        "Pricing contracts for e-commerce clients with wild volumes",
        """Our e-commerce clients have peaks four or five times their average volume, and
        they often overestimate forecasts to secure capacity. Our standard pricing
        assumes steady volumes, so we lose money on idle space and staff in quiet
        months. We've tried minimum volume commitments, which clients push back on
        hard. How have others priced contracts with volatile volumes?""",
        "contract-pricing ecommerce volume-risk",
    ),
    _t(
        LOG,
        CS,
        "Customers don't hear about failed deliveries until they complain",
        """When a delivery fails, the recipient often finds out only when they chase us,
        and about 30% of our customer service contacts are about exactly that. Drivers
        record the exception on their handhelds, but it doesn't reach customer service
        for hours. We've started sending an automatic text when a driver marks a
        failed attempt. How have others automated exception communication end to end?""",
        "delivery-exceptions proactive-communication tracking",
    ),
    _t(
        LOG,
        FIN,
        "Our fuel surcharge formula is out of date",
        """Our fuel surcharge mechanism was set eight years ago against a baseline fuel
        price that no longer reflects our costs, and we absorbed most of the last
        price spike. Customers resist any change to contract terms mid-contract. We've
        drafted a new index-linked formula with a quarterly review. How have others
        updated surcharge mechanisms fairly?""",
        "fuel-surcharge pricing contracts",
    ),
    _t(
        LOG,
        DATA,
        "We collect telematics data and use almost none of it",
        """All 180 of our vehicles generate telematics data on speed, idling and routes,
        but we only look at it after an accident or complaint. We estimate idling
        alone costs us a meaningful share of our fuel bill. A driver league table we
        tried was seen as surveillance and dropped. How have others turned telematics
        into improvements drivers accept?""",
        "telematics fleet-efficiency analytics",
    ),
    _t(
        LOG,
        LEGAL,
        "Keeping on top of driver hours compliance",
        """Tachograph infringements have crept up to about 40 a month across our fleet,
        and a bad roadside check could put our operator licence at risk. Our
        monitoring is a weekly manual download and review by one transport clerk. Most
        infringements are small, but a few drivers repeat them. How have others
        improved drivers' hours compliance?""",
        "drivers-hours tachographs compliance",
    ),
    _t(
        LOG,
        EXEC,
        "Electrifying our van fleet without breaking the business",
        """Several customers now require zero-emission deliveries in city centres, but
        electric vans cost about 50% more up front and three of our depots lack the
        grid capacity for charging. We've trialled ten vans for a year: drivers like
        them, but winter range was a problem on rural routes. How have others planned
        fleet electrification alongside depot power upgrades?""",
        "electric-vehicles fleet charging",
    ),
    _t(
        LOG,
        MKT,
        "Nobody has heard of us outside our existing customers",
        """We've grown to 30 depots almost entirely through word of mouth and never
        invested in marketing. Our retention is excellent, but new business has
        stalled, and in two recent tenders the buyer had never heard of us. We've
        hired our first marketing manager and built a new website. How have other B2B
        logistics firms built awareness on a modest budget?""",
        "b2b-marketing awareness growth",
    ),
    _t(
        LOG,
        STRAT,
        "Automating a warehouse we only lease for five more years",
        """Goods-to-person automation would lift productivity at our largest site by an
        estimated 30%, but the payback period is about six years and our lease runs
        for only five. The landlord won't commit to an extension yet. We're looking at
        modular robotics that could move with us. How have others justified automation
        in leased sites?""",
        "automation business-case leases",
    ),
    # Energy & Utilities
    _t(
        ENE,
        SALES,
        "Selling demand flexibility to business customers",
        """We want business customers to shift their energy use away from peaks, and
        we'll pay them for it, but most facility managers don't understand the offer
        or worry it will disrupt operations. We've piloted with six large sites, which
        earned meaningful payments without any disruption. Scaling beyond enthusiasts
        has been hard. How have others sold flexibility services?""",
        "demand-response flexibility b2b-energy",
    ),
    _t(
        ENE,
        ENG,
        "Smart meter data is overwhelming our systems",
        """Half-hourly smart meter readings from about 400,000 meters have multiplied our
        data volumes, and our billing and analytics systems weren't designed for it.
        Overnight batch jobs now run into the working day. We've moved the raw
        readings to a cloud data platform, but billing still depends on the old
        database. How have others architected for meter data at scale?""",
        "smart-meters data-architecture scalability",
    ),
    _t(
        ENE,
        DATA,
        "Finding leaks in our water network faster",
        """We lose roughly 20% of the water we treat through leaks, and finding them
        still relies largely on crews listening at night. We've deployed acoustic
        loggers in one district, which found 30 hidden leaks in three months. Rolling
        them out everywhere isn't affordable. How have others used data to prioritise
        where to look?""",
        "leakage water-network sensors",
    ),
    _t(
        ENE,
        MKT,
        "Local opposition to our wind farm proposal",
        """Our eight-turbine onshore wind project faces organised local opposition,
        mostly about visual impact and construction traffic. We've offered a community
        benefit fund and a share offer for residents, which got little attention. The
        planning decision is due next year. How have others built genuine local
        support for renewable projects?""",
        "community-engagement wind-energy planning",
    ),
    _t(
        ENE,
        PROD,
        "Designing a time-of-use tariff customers understand",
        """We're designing a tariff with cheaper off-peak prices to reward people who can
        shift usage, but in research two thirds of customers couldn't work out whether
        they'd save money. Our first draft had four price bands. We're now testing a
        simpler two-band version with an online savings checker. How have others
        designed time-of-use tariffs that people understand?""",
        "time-of-use tariff-design customer-research",
    ),
    _t(
        ENE,
        EXEC,
        "Rebuilding trust after a pollution incident",
        """A sewage overflow into a popular river got national media coverage last
        summer, and local trust in us has collapsed. We've apologised, published spill
        data and committed significant investment, but each new spill restarts the
        story. Staff feel ashamed to wear our uniform in public. How have others
        rebuilt public trust after an environmental incident?""",
        "reputation environmental-incident trust",
    ),
    _t(
        ENE,
        FIN,
        "Customer debt is at record levels",
        """About one in eight of our customers is in arrears, and bad debt has roughly
        doubled in two years. We want to help people who genuinely can't pay without
        encouraging those who can to stop paying. We've introduced affordable payment
        plans and referral to debt advice. How have others balanced support and
        collection?""",
        "customer-debt collections affordability",
    ),
    _t(
        ENE,
        STRAT,
        "Our renewable projects are stuck in the grid connection queue",
        """Four of our solar projects have been offered grid connection dates seven or
        more years away. Investors are getting impatient, and some land options will
        expire before then. We're looking at adding battery storage and sharing
        connections with other developers. How have others navigated grid constraints?""",
        "grid-connection renewables project-pipeline",
    ),
    # Software & SaaS
    _t(
        SAAS,
        ENG,
        "Our cloud bill doubled while revenue grew 20%",
        """Our infrastructure costs have doubled in eighteen months, and nobody owns
        them: teams spin up environments and forget them. Gross margin is now a
        board topic. We've tagged resources and set budgets per team, which showed
        the waste but hasn't cut it much. How have others built lasting cost
        discipline in engineering?""",
        "cloud-costs finops gross-margin",
    ),
    _t(
        SAAS,
        DATA,
        "Using product usage data to predict churn",
        """We have detailed usage data for all 14,000 customers, yet churn predictions
        still come from account managers' gut feel. Our first model flagged around a
        quarter of accounts as at risk, most of them healthy, and customer success
        stopped looking at it. We're now testing a simpler health score based on a few
        key actions. How have others built churn signals that teams act on?""",
        "churn-prediction product-analytics customer-success",
    ),
    _t(
        SAAS,
        MKT,
        "Our messaging works for small firms but not enterprises",
        """We built our brand on simplicity for small businesses, and now we want about
        30% of new revenue to come from enterprise customers. Enterprise buyers tell
        us our website makes us look like a tool for freelancers. We've created a
        separate enterprise section with security and integration content. How have
        others repositioned upmarket without alienating their base?""",
        "positioning enterprise messaging",
    ),
    _t(
        SAAS,
        OPS,
        "Processes that worked at 80 people are breaking at 200",
        """We grew from 80 to 200 people in a year, and everything from expense approvals
        to how decisions get made is creaking. The founders still approve too much,
        and new managers don't know the unwritten rules. We've started writing an
        operating handbook and a simple decision-rights table. How have others scaled
        internal operations at this stage?""",
        "scaling operating-model startup-growth",
    ),
    _t(
        SAAS,
        LEGAL,
        "Open-source licence compliance in our codebase",
        """An enterprise customer's due diligence flagged open-source components
        with licences that might conflict with our commercial terms. We had no
        inventory of our dependencies. We've run a scanning tool and found 2,300
        packages. How have others set sensible open-source policies?""",
        "open-source licensing due-diligence",
    ),
    _t(
        SAAS,
        STRAT,
        "Should we open our product up as a platform?",
        """Around 50 partners have asked to build integrations and add-ons on our
        product, and a marketplace could become a real revenue line. But it would need
        public APIs, partner support and review processes we don't have, and it would
        slow our core roadmap for at least two quarters. We've opened APIs to three
        trusted partners as a trial. How did others decide when to become a platform?""",
        "platform-strategy ecosystem partners",
    ),
    _t(
        SAAS,
        FIN,
        "Revenue recognition for multi-year deals with ramps",
        """Our enterprise deals now include ramped pricing, implementation services and
        usage credits, and our billing system can't calculate revenue recognition for
        them. My team maintains the schedules by hand, and month-end close has
        stretched to twelve working days. Our auditors flagged it last year. How have
        others automated complex revenue schedules?""",
        "revenue-recognition billing month-end",
    ),
    _t(
        SAAS,
        SALES,
        "Enterprise procurement is adding months to our deals",
        """Our champions love the product, but procurement and legal reviews add
        three to five months to every large deal, and some stall entirely. We've
        prepared standard contract positions and a security pack. How have others
        shortened enterprise procurement cycles?""",
        "enterprise-sales procurement sales-cycle",
    ),
    # Telecommunications
    _t(
        TEL,
        SALES,
        "Selling business broadband to small firms that only compare price",
        """Small businesses treat connectivity as a commodity and choose on price,
        but our margins depend on adding services like security and phone
        systems. Our sales team of twelve struggles to have that conversation.
        We've trialled bundles. How have others sold value to small businesses?""",
        "sme-sales bundles value-selling",
    ),
    _t(
        TEL,
        MKT,
        "Relaunching our brand after a merger",
        """After merging two operators, we're retiring the smaller brand, which has about
        1.5 million customers who chose it precisely because it wasn't the big one.
        Research shows many are anxious about price rises and worse service. We've
        planned a phased transition with reassurance messaging and a price guarantee
        for a year. How have others migrated customers to a new brand without spiking
        churn?""",
        "rebrand merger customer-migration",
    ),
    _t(
        TEL,
        STRAT,
        "Negotiating a network sharing deal with a competitor",
        """We're discussing sharing about 1,500 rural mast sites with a competitor to cut
        costs and improve coverage for both of us. Our engineers worry about losing
        control over upgrades and about giving away our coverage advantage. Legal and
        competition questions add months. How have others structured and governed
        network sharing?""",
        "network-sharing partnerships rural-coverage",
    ),
    _t(
        TEL,
        EXEC,
        "Public backlash against new mast installations",
        """Communities object to new masts, sometimes with misinformation about
        health risks, and some of our engineers have been harassed. Planning delays
        have stalled coverage improvements in 40 areas. How have others engaged
        communities constructively?""",
        "community-opposition masts misinformation",
    ),
    _t(
        TEL,
        DATA,
        "Predicting network faults before customers notice",
        """We collect telemetry from thousands of network elements but still mostly react
        to customer complaints. A pilot model predicted around 40% of faults a day
        ahead, but operations teams didn't trust it enough to send engineers on a
        prediction. We've started showing predictions alongside live alarms. How have
        others built confidence in predictive operations?""",
        "predictive-maintenance network-operations telemetry",
    ),
    _t(
        TEL,
        PROD,
        "Do streaming bundles actually reduce churn?",
        """We bundle streaming subscriptions with our top plans, which costs us a
        significant amount per customer, and we're not sure it reduces churn or just
        attracts deal-seekers. Customers with bundles churn less, but they were
        already our most loyal segment. We're setting up a proper holdout experiment.
        How have others measured the value of bundled content?""",
        "bundling churn partnerships",
    ),
    _t(
        TEL,
        ENG,
        "Switching off our 3G network",
        """We plan to switch off 3G next year, but around 200,000 devices, including
        alarms, card terminals and older phones, still depend on it. We've written to
        affected customers twice, and fewer than a third have responded. Some are
        vulnerable people with care alarms. How have others managed network
        switch-offs responsibly?""",
        "3g-switch-off legacy-devices migration",
    ),
    _t(
        TEL,
        OPS,
        "Engineers arrive and can't get access to the property",
        """About 12% of installation and repair visits fail because the customer
        isn't home or access isn't possible. Each failure wastes an engineer slot.
        We've introduced reminders and on-the-way texts. How have others reduced
        failed visits?""",
        "field-service failed-visits appointments",
    ),
    # Public Sector
    _t(
        PUB,
        DATA,
        "Sharing data between agencies to support vulnerable families",
        """Social care, health, police and schools each hold information about the same
        families, and sharing is slow and cautious. Two recent case reviews both
        pointed to signals that were known to one agency but not another. We've
        drafted a data sharing agreement that has been with lawyers for eight months.
        How have others built safe, lawful data sharing that works in practice?""",
        "data-sharing safeguarding multi-agency",
    ),
    _t(
        PUB,
        LEGAL,
        "Freedom of information requests are overwhelming a small team",
        """Information requests have doubled in three years, many from journalists
        and campaigners, and our team of three is missing deadlines. Services find
        responding a burden. We're publishing more data proactively. How have
        others managed request volume?""",
        "foi transparency workload",
    ),
    _t(
        PUB,
        MKT,
        "Residents don't respond to our consultations",
        """Our public consultations get a few hundred responses from a population
        of 300,000, mostly from the same voices. We want to hear from younger
        people and minority communities. We've tried pop-up events. How have
        others broadened participation?""",
        "consultation civic-participation inclusion",
    ),
    _t(
        PUB,
        EXEC,
        "Closing a 9% budget gap without cutting frontline services",
        """We need to save 9% of our budget over two years, and most easy savings
        have gone. Politicians want protection for visible services. We're looking
        at demand management and shared services. How have other public bodies
        approached deep savings?""",
        "budget-gap savings service-redesign",
    ),
    _t(
        PUB,
        PROD,
        "Redesigning our parking permit service",
        """Residents apply for parking permits through a paper-based process that takes
        up to three weeks, and it generates around 1,000 calls a month. We're building
        a digital service, but rules differ across 24 zones and many have exceptions.
        Simplifying them needs political sign-off. How have others simplified
        policy-heavy digital services?""",
        "digital-services permits service-design",
    ),
    _t(
        PUB,
        CS,
        "Serving residents who speak more than 90 languages",
        """Our residents speak over 90 languages, and interpreting costs are
        rising. Written information is mostly in English. We've tested machine
        translation for web content. How have others provided inclusive language
        support?""",
        "translation accessibility inclusion",
    ),
    _t(
        PUB,
        ENG,
        "Moving to the cloud under strict data residency rules",
        """We want to move about 60 applications to the cloud, but data residency and
        security rules limit our options and each approval takes months. Our data
        centre lease ends in three years. We've moved a few low-risk services to prove
        the model. How have other public bodies navigated cloud adoption?""",
        "cloud-adoption data-residency security",
    ),
    _t(
        PUB,
        OPS,
        "Temporary accommodation costs are out of control",
        """Spending on temporary accommodation for homeless households has tripled in
        three years, and some families stay more than a year in single rooms far from
        their children's schools. We've started leasing properties directly from
        landlords, which is cheaper and better but slow to scale. How have others
        reduced reliance on expensive emergency accommodation?""",
        "homelessness temporary-accommodation housing",
    ),
    # Professional Services
    _t(
        PRO,
        SALES,
        "Our practices won't refer clients to each other",
        """Clients of our tax practice rarely hear about our advisory services, and
        partners are protective of relationships. Cross-selling targets haven't
        worked. We're exploring shared client teams for our top 30 clients. How
        have others encouraged collaboration across practices?""",
        "cross-selling key-accounts collaboration",
    ),
    _t(
        PRO,
        FIN,
        "Moving from hourly billing to fixed fees",
        """About 40% of our work is now on fixed fees at client request, but our pricing
        and time recording are built around hours, and about a quarter of fixed-fee
        matters lost money last year. Partners price by instinct. We're building a
        small pricing team and collecting data on past matters. How have others made
        fixed fees profitable?""",
        "fixed-fees pricing profitability",
    ),
    _t(
        PRO,
        DATA,
        "We can never find our own previous work",
        """Consultants regularly recreate analyses and proposals that already exist
        somewhere among our two million documents. Search is poor and nobody tags
        documents consistently. We're testing an AI search tool on one practice's
        files, with promising but uneven results. How have others built knowledge
        management that people actually use?""",
        "knowledge-management search reuse",
    ),
    _t(
        PRO,
        LEGAL,
        "Conflict checks are delaying new client instructions",
        """Our conflict checks take up to a week for complex matters, and we've lost at
        least two instructions because clients wouldn't wait. The process relies on
        manual database searches and emails to partners who reply slowly. We've
        introduced a 48-hour reply rule, which is often ignored. How have other firms
        sped up conflict checks?""",
        "conflicts client-intake risk-management",
    ),
    _t(
        PRO,
        MKT,
        "Standing out against the big firms",
        """We compete with much larger firms for mid-market clients, and when we put our
        website next to theirs, the messages are almost identical. We lose about half
        of competitive pitches, usually on perceived depth. We're exploring a niche
        positioning around two sectors where we have strong credentials. How have
        other mid-sized firms differentiated?""",
        "positioning mid-market differentiation",
    ),
    _t(
        PRO,
        STRAT,
        "Opening an office in a new country",
        """We're opening our first office abroad to serve existing clients who are
        expanding there. We're unsure whether to hire locally, relocate two of our
        partners or acquire a small local firm. Our first attempt to recruit a local
        leader stalled after six months. How have others approached international
        expansion in a partnership?""",
        "international-expansion new-office growth",
    ),
    _t(
        PRO,
        CS,
        "Clients only tell us they're unhappy when they leave",
        """We lost two major clients last year without warning. We don't have a
        structured feedback process, and partners are uncomfortable asking. We've
        started client listening interviews. How have others built client feedback
        programmes?""",
        "client-feedback retention relationship-management",
    ),
    _t(
        PRO,
        PROD,
        "Turning our advice into a subscription product",
        """We want to package our regulatory advice into a subscription with updates,
        templates and quarterly briefings, and about 20 clients have said they'd pay
        for it. Our partners think in projects and are unsure who owns a product.
        We've built a prototype with one sector team. How have others built
        productised services inside a consulting firm?""",
        "productised-services subscription innovation",
    ),
    # Media & Publishing
    _t(
        MED,
        ENG,
        "Replacing our content management system",
        """Our content management system is ten years old and every product change takes
        months, but migrating about a million articles, their URLs and our editorial
        workflows is daunting. A previous migration attempt lost search traffic for
        weeks. We're evaluating headless options and planning to move one title first.
        How have others handled CMS migrations?""",
        "cms migration publishing-technology",
    ),
    _t(
        MED,
        LEGAL,
        "Legal risk from fast-moving live blogs",
        """Our live coverage of court cases and breaking news can run to 200 updates a
        day, and lawyers can't review each one for defamation or contempt risk. We had
        two near misses last year. We've introduced training and a list of red-flag
        situations that require a call to the duty lawyer. How have others managed
        legal risk in real-time publishing?""",
        "defamation live-coverage editorial-risk",
    ),
    _t(
        MED,
        CS,
        "Subscribers struggle to cancel and then complain publicly",
        """Our cancellation process requires a phone call during office hours, and angry
        subscribers regularly post about it online. Regulators are also taking a
        closer look at cancellation practices. We're considering online cancellation
        with a single retention offer, but finance worries about losing around 15% of
        saves. How have others handled cancellations fairly?""",
        "cancellations subscriber-experience regulation",
    ),
    _t(
        MED,
        STRAT,
        "When do we stop printing the daily paper?",
        """Print still brings in a large share of revenue, but circulation falls
        about 12% a year and costs are rising. Loyal readers are older and
        vocal. We're modelling moving to weekly print. How have others timed and
        managed a print transition?""",
        "print-decline digital-transition strategy",
    ),
    _t(
        MED,
        DATA,
        "Podcast audience numbers we can't trust",
        """Download numbers for the same episode differ by up to 40% across hosting and
        listening platforms, and advertisers question our audience figures. We can't
        tell how many people actually listen to the end. We've adopted an industry
        measurement standard, which lowered our numbers. How have other audio
        publishers reported audiences credibly?""",
        "podcasts audience-measurement advertising",
    ),
    _t(
        MED,
        SALES,
        "Event sponsorship sales haven't recovered",
        """Sponsors are spending less on our trade events and demanding more proof
        of leads. Attendance is fine, but sponsorship revenue is down 30%. How have
        others redesigned sponsorship packages?""",
        "sponsorship events b2b-media",
    ),
    _t(
        MED,
        PROD,
        "Which newsletters should we keep?",
        """We've launched 25 newsletters over the years, and eleven of them have fewer
        than 2,000 subscribers and low open rates. Each takes an editor a few hours a
        week. Editors are attached to them and argue they build loyalty even if the
        numbers are small. How have others decided which products to close?""",
        "newsletters portfolio product-decisions",
    ),
    _t(
        MED,
        FIN,
        "Paper and print costs are squeezing our book margins",
        """Paper and printing prices have risen about 30% in three years, and we can't
        raise cover prices enough to match. Our backlist titles are most affected
        because they print in small runs. We're reviewing print runs, formats and
        print-on-demand for slow sellers. How have other publishers protected margins?""",
        "print-costs margins book-publishing",
    ),
    # Hospitality & Travel
    _t(
        HOS,
        SALES,
        "Corporate travel bookings haven't come back",
        """Corporate travel used to be about 40% of our weekday business, and it's still
        running at around two thirds of previous levels. Midweek occupancy has
        suffered most. We've targeted small businesses and companies bringing hybrid
        teams together for a few days, with some success. How have others replaced
        lost corporate demand?""",
        "corporate-travel midweek-demand sales-strategy",
    ),
    _t(
        HOS,
        ENG,
        "Guest Wi-Fi complaints keep coming",
        """Wi-Fi is now the most common complaint in our guest reviews, especially from
        business travellers, and it appears in about one in ten negative reviews. Our
        older properties have thick walls and aging network equipment. A full upgrade
        across all sites isn't affordable this year. How have others prioritised
        network upgrades across properties?""",
        "wifi guest-experience infrastructure",
    ),
    _t(
        HOS,
        DATA,
        "Dynamic pricing for restaurant tables",
        """Our restaurants are full on Friday and Saturday and run at about 35% occupancy
        from Monday to Wednesday. We're considering variable pricing, set menus or
        incentives for early-week bookings. Our chefs worry that discounting will
        cheapen the brand. How have others used pricing to shift restaurant demand?""",
        "dynamic-pricing restaurants demand-management",
    ),
    _t(
        HOS,
        CS,
        "Responding to online reviews at scale",
        """We receive hundreds of reviews a week across platforms, and responses
        are inconsistent and slow. Managers see it as a chore. We've trialled a
        central team. How have others managed online reputation?""",
        "online-reviews reputation guest-feedback",
    ),
    _t(
        HOS,
        LEGAL,
        "Allergen information across changing menus",
        """Our menus change seasonally and specials change daily across 12 kitchens, and
        keeping allergen information accurate is hard. A near miss last year, where a
        dish was served with an undeclared ingredient, scared us all. We've introduced
        a recipe management system, but kitchens still substitute ingredients on busy
        nights. How have others ensured allergen compliance?""",
        "allergens food-safety compliance",
    ),
    _t(
        HOS,
        STRAT,
        "Converting a hotel to serviced apartments",
        """One of our city hotels has struggled at around 60% occupancy since corporate
        travel fell, and we're considering converting it to longer-stay serviced
        apartments. The conversion would take about a year and change our staffing
        model completely. We've trialled 20 rooms as monthly lets. How have others
        assessed and executed a change of hospitality model?""",
        "serviced-apartments repositioning asset-strategy",
    ),
    _t(
        HOS,
        PROD,
        "Getting guests to book through our own app",
        """We built a booking app to reduce commission costs, but it has fewer than
        20,000 active users, and most guests delete it after one stay. Online travel
        agents still account for over half of our bookings. We've added app-only rates
        and mobile check-in. How have others made a hospitality app worth keeping?""",
        "mobile-app direct-bookings loyalty",
    ),
    _t(
        HOS,
        EXEC,
        "Tension with residents over tourism in our town",
        """Residents in one destination where we operate several properties are
        protesting about overtourism, and the local authority is considering limits on
        short-term stays. We want to be part of the solution rather than a target.
        We've joined a local tourism forum and started hiring more locally. How have
        others worked with communities on sustainable tourism?""",
        "overtourism community-relations sustainable-tourism",
    ),
    # Construction & Real Estate
    _t(
        CON,
        ENG,
        "Subcontractors won't use our digital models",
        """We invest heavily in building information models, but many of our
        subcontractors still work from printed drawings on site. The coordination
        benefits are lost at the point of construction, and clashes we resolved
        digitally reappear physically. We've offered free tablets and training to two
        key trades. How have others brought their supply chain into digital working?""",
        "bim digital-construction subcontractors",
    ),
    _t(
        CON,
        LEGAL,
        "Preparing for new building safety regulations",
        """New building safety rules add approval gateways and a digital record of every
        decision for higher-risk buildings. Three of our upcoming projects fall under
        them, and we're unsure how to evidence compliance day to day. One project has
        already been delayed at the first gateway. How have others prepared their
        teams and systems?""",
        "building-safety regulation golden-thread",
    ),
    _t(
        CON,
        CS,
        "Tenants wait too long for repairs",
        """Our residents wait an average of three weeks for non-urgent repairs, and
        complaints have risen. Contractor performance varies. We've introduced a
        repairs tracking portal. How have others improved responsive repairs?""",
        "repairs tenant-experience contractors",
    ),
    _t(
        CON,
        DATA,
        "We don't know the energy performance of our portfolio",
        """New rules will require minimum energy ratings for rented properties within a
        few years, and our data on our 2,500 homes is incomplete and often ten years
        out of date. We can't plan a retrofit programme without it. We've commissioned
        surveys on a sample of 200 properties. How have others built a reliable
        picture of portfolio energy performance?""",
        "energy-performance portfolio-data regulation",
    ),
    _t(
        CON,
        MKT,
        "Off-plan apartment sales have slowed",
        """Higher mortgage rates have slowed off-plan sales on our current scheme to
        about half the planned rate, and our marketing relied on investors who have
        become cautious. We're now targeting first-time buyers with deposit support.
        Our lenders are watching pre-sale levels closely. How have others adapted
        their sales strategy?""",
        "off-plan property-sales first-time-buyers",
    ),
    _t(
        CON,
        STRAT,
        "Is modular construction worth it for us?",
        """We're considering modular construction to improve speed and quality, but the
        factory costs mean we'd need a steady pipeline of similar buildings, and our
        projects vary a lot. A factory visit was impressive but the supplier needed
        commitment to 300 units. We've shortlisted one residential scheme as a pilot.
        How have others decided whether to adopt modular methods?""",
        "modular-construction offsite innovation",
    ),
    _t(
        CON,
        SALES,
        "Getting onto public sector frameworks",
        """Much public work is now awarded through frameworks, and we've missed out on
        places in three of the last four we bid for. Feedback says our technical
        answers are strong but our social value commitments are vague. We've hired a
        social value lead. How have others improved framework bids?""",
        "frameworks public-procurement social-value",
    ),
    _t(
        CON,
        FIN,
        "Fixed-price contracts and volatile material costs",
        """We signed fixed-price contracts before material prices spiked, and four
        projects are now loss-making. Clients resist fluctuation clauses in new
        contracts. We've started pricing in contingencies, which makes us
        uncompetitive. How have others shared price risk with clients?""",
        "fixed-price inflation contract-risk",
    ),
    # Pharmaceuticals & Life Sciences
    _t(
        PHA,
        SALES,
        "Launching in markets where we have no sales team",
        """We're launching our first product in about ten smaller markets where we can't
        justify our own sales force. Options include distributors, a co-promotion
        partner or a small remote team. Our board wants launches within a year. How
        have others chosen launch models for smaller markets?""",
        "market-access distributors launch",
    ),
    _t(
        PHA,
        MKT,
        "Doctors ignore our digital engagement",
        """Physicians are overwhelmed with information, and our emails and webinars get
        open rates below 10%. Rep visits are harder to secure than a few years ago.
        We've started producing short case-based content with practising clinicians.
        How have others engaged clinicians in a way they value?""",
        "hcp-engagement omnichannel medical-marketing",
    ),
    _t(
        PHA,
        DATA,
        "Handling data from decentralised trials",
        """Our decentralised trial collects data from wearables, a patient app and home
        nursing visits, and integrating three vendors' data takes weeks each month.
        Data quality varies, especially from the wearables. We've appointed a data
        integration lead. How have others managed data from remote trials?""",
        "decentralised-trials data-integration wearables",
    ),
    _t(
        PHA,
        CS,
        "Medical information enquiries are piling up",
        """Our medical information team receives about 30% more enquiries than last year,
        from clinicians, pharmacists and patients, and response times are slipping
        past our targets. Many questions are repeats. We've started publishing
        standard responses on our professional website. How have others scaled medical
        information services?""",
        "medical-information enquiries scaling",
    ),
    _t(
        PHA,
        EXEC,
        "Partner or go alone for our phase 3 trial?",
        """We're a 60-person biotech with promising phase 2 results, and we must decide
        whether to partner with a larger company or raise around three times our
        current funding to run phase 3 ourselves. Partnering means giving up most of
        the upside; going alone means a lot of execution risk. Our board is split and
        we've started early talks with two potential partners. How have others made
        this decision?""",
        "partnering financing clinical-development",
    ),
    _t(
        PHA,
        PROD,
        "Aligning a drug and its companion diagnostic",
        """Our therapy depends on a companion diagnostic developed by a partner, and the
        diagnostic's regulatory path is running about nine months behind ours. The two
        companies have different priorities and review cycles. We've set up a joint
        steering group. How have others managed co-development?""",
        "companion-diagnostics co-development regulatory-strategy",
    ),
    _t(
        PHA,
        ENG,
        "Lab informatics systems don't talk to each other",
        """Our electronic lab notebooks, LIMS and instrument software are separate, and
        scientists re-enter data manually, which we estimate takes several hours per
        scientist per week. Transcription errors show up in audits. We've started
        integrating one instrument type as a pilot. How have others integrated lab
        informatics?""",
        "lab-informatics integration lims",
    ),
    _t(
        PHA,
        OPS,
        "Patient enrolment in our trials is far too slow",
        """Our current trial is enrolling at about half the planned rate, and a third of
        our 45 sites have enrolled nobody in six months. Sites say eligible patients
        are hard to find and the protocol's visit schedule puts people off. We've
        added sites and slightly relaxed one inclusion criterion. How have others
        accelerated recruitment?""",
        "patient-recruitment clinical-trials site-performance",
    ),
    # Agriculture & Food
    _t(
        AGR,
        DATA,
        "Using satellite imagery to predict yields",
        """We're testing satellite and drone imagery to predict yields across 140 member
        farms, but accuracy varies a lot by crop and season. Last year predictions
        were within 5% for wheat but far off for potatoes. Farmers are sceptical until
        it's proven. How have others made remote sensing reliable enough for planning?""",
        "remote-sensing yield-prediction precision-agriculture",
    ),
    _t(
        AGR,
        ENG,
        "No mobile signal on most of our farms",
        """Our digital plans depend on connectivity, but about two thirds of our farms
        have little or no mobile signal in the fields. Sensors, tractor telematics and
        apps all need a connection. We're looking at private networks and satellite
        options. How have others connected remote farms affordably?""",
        "rural-connectivity iot infrastructure",
    ),
    _t(
        AGR,
        MKT,
        "Building a consumer brand for our coffee",
        """We export green coffee as a commodity and capture only a small share of the
        final retail price. We'd like to build a consumer brand to sell roasted coffee
        directly, starting online. We have a great story and quality, but no retail or
        marketing experience. How have other producers built consumer brands?""",
        "branding coffee direct-to-consumer",
    ),
    _t(
        AGR,
        LEGAL,
        "Our water abstraction licences are under review",
        """Regulators are reviewing water abstraction licences in our catchment, and our
        irrigation could be cut by up to 30% in dry years. Several of our crops depend
        on summer irrigation. We're investing in winter storage reservoirs and drip
        irrigation. How have others prepared for water restrictions?""",
        "water-rights irrigation regulation",
    ),
    _t(
        AGR,
        CS,
        "Farmers don't understand their payment statements",
        """Our member farmers receive monthly statements showing deductions for quality,
        transport and levies, and about 200 call each month to query them. Disputes
        are rising. We've redesigned the statement once, with little effect. How have
        others made payment statements clear?""",
        "farmer-payments transparency member-service",
    ),
    _t(
        AGR,
        PROD,
        "Launching a plant-based product line",
        """We're a dairy business exploring plant-based drinks, and some farmer-members
        see it as a betrayal. Market research is positive, and a retailer has offered
        a trial listing. We've proposed a separate brand to keep it distinct. How have
        others diversified without alienating their base?""",
        "plant-based diversification product-development",
    ),
    _t(
        AGR,
        STRAT,
        "Helping our farmers transition to regenerative practices",
        """Our buyers want regenerative agriculture, but farmers expect lower yields for
        the first three to five years of transition. We're considering premium
        payments, advice and shared equipment. Twelve farms have volunteered for a
        pilot. How have others supported farmers through this change?""",
        "regenerative-agriculture farmer-support sustainability",
    ),
    _t(
        AGR,
        FIN,
        "Financing a new packhouse",
        """We need a new packhouse to meet retailer standards, and the investment is
        several times our annual profit. Banks want personal guarantees from members,
        which many won't give. We're exploring member loans and regional grants. How
        have others financed major investments in a cooperative?""",
        "capital-investment cooperative-finance packhouse",
    ),
)


# ---------------------------------------------------------------------------
# Building the community
# ---------------------------------------------------------------------------

_SEED = 20261122

# The demo member's three challenges: two in families so the demo shows matches.
_DEMO_TITLES = (
    "Volunteers drop off after their first few shifts",
    "Donor, volunteer and programme data live in three systems",
    "One van, twelve sites: our food deliveries don't scale",
)

# Share of challenges that should be one-offs; one-off texts are reused by a
# second member of the same industry to get there.
_ONE_OFF_SHARE = 0.45

# Range of the average number of challenges per member within one industry and
# function. Many such groups hold a single challenge and still need a member,
# so the community ends up at around 300 members.
_ITEMS_PER_MEMBER = (1.6, 2.6)

_SENIORITY_WEIGHTS = (8, 30, 32, 20, 10)
_EXECUTIVE_SENIORITY_WEIGHTS = (0, 0, 10, 25, 65)
# Chance of the leadership plan by seniority; gives roughly 20% overall.
_LEADERSHIP_CHANCE = {
    "junior": 0.0,
    "mid": 0.05,
    "senior": 0.13,
    "director": 0.32,
    "executive": 0.65,
}
# Plausible years of experience for a career note at each seniority.
_CAREER_YEARS = {
    "junior": (2, 4),
    "mid": (4, 9),
    "senior": (7, 15),
    "director": (10, 20),
    "executive": (12, 25),
}
_STATUSES = ("open", "exploring", "solved", "archived")
_STATUS_WEIGHTS = (70, 20, 8, 2)

_Item = tuple[str | None, _Text]  # (problem_key, text)


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_name.lower())


def _interleave(*lists: list[_Item]) -> list[_Item]:
    """Round-robin merge, so members get a mix of family and one-off problems."""
    merged: list[_Item] = []
    for i in range(max((len(items) for items in lists), default=0)):
        merged.extend(items[i] for items in lists if i < len(items))
    return merged


def _personas(rng: random.Random, items: list[_Item]) -> list[list[_Item]]:
    """Split one industry's challenges into the challenge lists of its members."""
    family = [item for item in items if item[0] is not None]
    one_offs = [item for item in items if item[0] is None]
    target = round(len(family) * _ONE_OFF_SHARE / (1 - _ONE_OFF_SHARE))
    reused = one_offs[: max(0, min(len(one_offs), target - len(one_offs)))]
    groups: list[list[_Item]] = []
    for function in FUNCTIONS:
        pending = _interleave(
            [i for i in family if i[1].function == function],
            [i for i in one_offs if i[1].function == function],
            [i for i in reused if i[1].function == function],
        )
        if not pending:
            continue
        count = max(1, round(len(pending) / rng.uniform(*_ITEMS_PER_MEMBER)))
        personas: list[list[_Item]] = [[] for _ in range(count)]
        for n, item in enumerate(pending):
            # Deal round-robin; a reused one-off never lands twice on one member.
            candidates = personas[n % count :] + personas[: n % count] + [[]]
            chosen = next(p for p in candidates if all(i[1].title != item[1].title for i in p))
            if chosen is candidates[-1]:
                personas.append(chosen)
            chosen.append(item)
        groups.extend(personas)
    return groups


def _pick_name(rng: random.Random, city: str, taken: set[tuple[str, str]]) -> tuple[str, str]:
    pools = sorted(_NAMES)
    while True:
        pool = _CITIES[city][2] if rng.random() < 0.65 else rng.choice(pools)
        first_names, last_names = (names.split(", ") for names in _NAMES[pool])
        name = (rng.choice(first_names), rng.choice(last_names))
        if name not in taken:
            taken.add(name)
            return name


def _member(
    rng: random.Random,
    organisation: tuple[str, str, str, str, tuple[str, ...]],
    function: str,
    seniority: str,
    taken_names: set[tuple[str, str]],
    taken_emails: set[str],
) -> DemoMember:
    industry, org_name, domain, descriptor, cities = organisation
    city = rng.choice(cities)
    first, last = _pick_name(rng, city, taken_names)
    email = f"{_slug(first)}.{_slug(last)}@{domain}.example"
    n = 2
    while email in taken_emails:
        email = f"{_slug(first)}.{_slug(last)}{n}@{domain}.example"
        n += 1
    taken_emails.add(email)

    title = _ROLE_TITLES[function][SENIORITIES.index(seniority)]
    senior = seniority not in ("junior", "mid")
    if seniority in ("director", "executive"):
        article = "the"
    else:
        article = "an" if title[0] in "AEIOU" else "a"
    sentences = [
        f"I'm {article} {title} at {org_name}, {descriptor}.",
        rng.choice(
            [text for senior_only, text in _FUNCTION_BIOS[function] if senior or not senior_only]
        ),
    ]
    if rng.random() < 0.7:
        other = rng.choice([i for i in INDUSTRIES if i != industry])
        sentences.append(
            rng.choice(_CAREER_NOTES).format(
                years=rng.randint(*_CAREER_YEARS[seniority]),
                other=_INDUSTRY_PHRASES[other],
                industry=_INDUSTRY_PHRASES[industry],
            )
        )
    expertise = rng.sample(_FUNCTION_EXPERTISE[function], rng.randint(2, 4)) + rng.sample(
        _INDUSTRY_EXPERTISE[industry], rng.randint(1, 2)
    )
    country, timezone, _ = _CITIES[city]
    return DemoMember(
        email=email,
        first_name=first,
        last_name=last,
        organisation=org_name,
        industry=industry,
        function=function,
        seniority=seniority,
        headline=f"{title} at {org_name}",
        bio=" ".join(sentences),
        expertise=tuple(expertise),
        goals=rng.choice(_FUNCTION_GOALS[function]),
        location=f"{city}, {country}",
        timezone=timezone,
        open_to_introductions=rng.random() < 0.85,
        plan="leadership" if rng.random() < _LEADERSHIP_CHANCE[seniority] else "standard",
    )


def _demo_member() -> DemoMember:
    return DemoMember(
        email=DEMO_MEMBER_EMAIL,
        first_name="Maya",
        last_name="Okafor",
        organisation="Brightwater Community Trust",
        industry=NPO,
        function=OPS,
        seniority="director",
        headline="Director of Operations at Brightwater Community Trust",
        bio=(
            "I'm the Director of Operations at Brightwater Community Trust, where we "
            "run food, housing and youth programmes across twelve neighbourhoods. I "
            "look after our sites, our van, our systems and about 400 volunteers, "
            "with a core team of nine. Before this I spent eight years in retail "
            "logistics, which is why I can't stop drawing process maps."
        ),
        expertise=(
            "volunteer management",
            "process improvement",
            "food distribution logistics",
            "service design",
        ),
        goals=(
            "I want to find people outside the charity sector who have solved the "
            "problems we keep circling, and borrow what worked."
        ),
        location="Birmingham, United Kingdom",
        timezone="Europe/London",
        open_to_introductions=True,
        plan="standard",
    )


def _challenge(rng: random.Random, email: str, item: _Item) -> DemoChallenge:
    problem_key, text = item
    return DemoChallenge(
        author_email=email,
        title=text.title,
        description=text.description,
        tags=text.tags,
        status=rng.choices(_STATUSES, _STATUS_WEIGHTS)[0],
        visibility="staff" if rng.random() < 0.05 else "members",
        problem_key=problem_key,
    )


def build_community() -> DemoCommunity:
    """Build the whole demo community. Pure and deterministic."""
    rng = random.Random(_SEED)
    items: list[_Item] = [(key, text) for key, texts in _FAMILIES.items() for text in texts]
    items += [(None, text) for text in _ONE_OFFS]
    demo_items = [item for title in _DEMO_TITLES for item in items if item[1].title == title]

    demo = _demo_member()
    members = [demo]
    challenges = [
        DemoChallenge(DEMO_MEMBER_EMAIL, t.title, t.description, t.tags, "open", "members", k)
        for k, t in demo_items
    ]
    taken_names = {(demo.first_name, demo.last_name)}
    taken_emails = {demo.email}
    # (organisation, title) pairs already held at director level and above, so
    # an organisation never gets two chief executives.
    senior_posts = {(demo.organisation, demo.headline)}

    for industry in INDUSTRIES:
        organisations = [org for org in _ORGANISATIONS if org[0] == industry]
        pool = [item for item in items if item[1].industry == industry]
        pool = [item for item in pool if item not in demo_items]
        for n, persona in enumerate(_personas(rng, pool)):
            function = persona[0][1].function
            weights = _EXECUTIVE_SENIORITY_WEIGHTS if function == EXEC else _SENIORITY_WEIGHTS
            seniority = rng.choices(SENIORITIES, weights)[0]
            title = _ROLE_TITLES[function][SENIORITIES.index(seniority)]
            start = n % len(organisations)
            rotated = organisations[start:] + organisations[:start]
            organisation = next(
                (
                    org
                    for org in rotated
                    if seniority not in ("director", "executive")
                    or (org[1], f"{title} at {org[1]}") not in senior_posts
                ),
                rotated[0],
            )
            member = _member(rng, organisation, function, seniority, taken_names, taken_emails)
            senior_posts.add((member.organisation, member.headline))
            members.append(member)
            challenges.extend(_challenge(rng, member.email, item) for item in persona)

    return DemoCommunity(members=tuple(members), challenges=tuple(challenges))
