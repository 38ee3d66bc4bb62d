"""Deterministic demo community for Confer, built from the data files in demo/data.

A few hundred fictional members of a professional community, spread over 18 industries
and 12 functions, and the challenges they are stuck on. Most challenges belong to a
"problem family": the same problem restated by people in different industries, each in
their own sector's words, so that only the meaning links them, which is exactly what the
matching engine has to find. The words live in TOML files (see demo/data/README.md); this
module only deals them out to members. Standard library only; every run gives the same
result.
"""

from __future__ import annotations

import functools
import random
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

DATA_DIR = Path(__file__).resolve().parent / "data"


@functools.cache
def _read(name: str) -> dict[str, Any]:
    """Parse one data file, `name` relative to DATA_DIR; callers must not mutate it."""
    with (DATA_DIR / name).open("rb") as file:
        return tomllib.load(file)


_COMMUNITY = _read("community.toml")

INDUSTRIES: tuple[str, ...] = tuple(_COMMUNITY["industries"])
FUNCTIONS: tuple[str, ...] = tuple(_COMMUNITY["functions"])
SENIORITIES: tuple[str, ...] = tuple(_COMMUNITY["seniorities"])
DEMO_MEMBER_EMAIL: str = _COMMUNITY["demo_member"]["email"]

# Seniorities that hold a post: an organisation has one of each such title.
_TOP_SENIORITIES = ("director", "executive")


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


_Item = tuple[str | None, _Text]  # (problem_key, text)


def _flow(text: str) -> str:
    """Join a multi-line string from a data file into one paragraph."""
    return " ".join(text.split())


def _text(entry: dict[str, Any], where: str) -> _Text:
    # A misspelt name would otherwise drop the text silently, since texts are
    # dealt out by industry and function.
    if entry["industry"] not in INDUSTRIES or entry["function"] not in FUNCTIONS:
        raise ValueError(f"{where}: unknown industry or function in {entry['title']!r}")
    return _Text(
        **{**entry, "description": _flow(entry["description"]), "tags": tuple(entry["tags"])}
    )


@functools.cache
def _items() -> tuple[_Item, ...]:
    """Every challenge text: the families in community.toml order, then the one-offs."""
    listed = _COMMUNITY["families"]
    files = {path.stem for path in (DATA_DIR / "families").glob("*.toml")}
    if odd := sorted(files ^ set(listed)):
        raise ValueError(f"families {odd} each need a file and an entry in community.toml")
    items: list[_Item] = [
        (key, _text(statement, f"families/{key}.toml"))
        for key in listed
        for statement in _read(f"families/{key}.toml")["statement"]
    ]
    for path in sorted((DATA_DIR / "one_offs").glob("*.toml")):
        data = _read(f"one_offs/{path.name}")
        items += [
            (None, _text({"industry": data["industry"], **entry}, f"one_offs/{path.name}"))
            for entry in data["challenge"]
        ]
    return tuple(items)


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
    per_member = _COMMUNITY["members"]["challenges_per_member"]
    groups: list[list[_Item]] = []
    for function in FUNCTIONS:
        pending = _interleave(
            [i for i in family if i[1].function == function],
            [i for i in one_offs if i[1].function == function],
        )
        if pending:
            count = max(1, round(len(pending) / rng.uniform(*per_member)))
            # Dealt round-robin, so each member gets a mix of family and one-off texts.
            groups.extend(pending[k::count] for k in range(count))
    return groups


def _pick_name(rng: random.Random, city: str, taken: set[tuple[str, str]]) -> tuple[str, str]:
    people = _read("people.toml")
    pools = sorted(people["names"])
    while True:
        if rng.random() < _COMMUNITY["members"]["home_name_pool_chance"]:
            pool = people["cities"][city]["names"]
        else:
            pool = rng.choice(pools)
        names = people["names"][pool]
        name = (rng.choice(names["first"]), rng.choice(names["last"]))
        if name not in taken:
            taken.add(name)
            return name


def _member(
    rng: random.Random,
    organisation: dict[str, Any],
    function: str,
    seniority: str,
    taken_names: set[tuple[str, str]],
    taken_emails: set[str],
) -> DemoMember:
    config, roles = _COMMUNITY["members"], _read("roles.toml")
    industry, org_name = organisation["industry"], organisation["name"]
    city = rng.choice(organisation["cities"])
    first, last = _pick_name(rng, city, taken_names)
    domain = organisation["email_domain"]
    email = f"{_slug(first)}.{_slug(last)}@{domain}.example"
    n = 2
    while email in taken_emails:
        email = f"{_slug(first)}.{_slug(last)}{n}@{domain}.example"
        n += 1
    taken_emails.add(email)

    role = roles["functions"][function]
    title = role["titles"][seniority]
    senior = seniority not in ("junior", "mid")
    article = "the" if seniority in _TOP_SENIORITIES else "an" if title[0] in "AEIOU" else "a"
    sentences = [
        f"I'm {article} {title} at {org_name}, {organisation['description']}.",
        rng.choice([bio["text"] for bio in role["bios"] if senior or not bio["senior_only"]]),
    ]
    if rng.random() < config["career_note_chance"]:
        other = rng.choice([i for i in INDUSTRIES if i != industry])
        notes = roles["career_notes"]
        sentences.append(
            rng.choice(notes["sentences"]).format(
                years=rng.randint(*notes["years"][seniority]),
                other=roles["industries"][other]["phrase"],
                industry=roles["industries"][industry]["phrase"],
            )
        )
    expertise = rng.sample(role["expertise"], rng.randint(*config["function_expertise"]))
    expertise += rng.sample(
        roles["industries"][industry]["expertise"], rng.randint(*config["industry_expertise"])
    )
    place = _read("people.toml")["cities"][city]
    leadership_chance = config["leadership_plan_chance"][seniority]
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
        goals=rng.choice(role["goals"]),
        location=f"{city}, {place['country']}",
        timezone=place["timezone"],
        open_to_introductions=rng.random() < config["open_to_introductions_chance"],
        plan="leadership" if rng.random() < leadership_chance else "standard",
    )


def _demo_member() -> DemoMember:
    fields = {k: v for k, v in _COMMUNITY["demo_member"].items() if k != "challenges"}
    fields.update(bio=_flow(fields["bio"]), goals=_flow(fields["goals"]))
    return DemoMember(**{**fields, "expertise": tuple(fields["expertise"])})


def _challenge(rng: random.Random, email: str, item: _Item) -> DemoChallenge:
    problem_key, text = item
    config = _COMMUNITY["challenges"]
    statuses = config["status_weights"]
    return DemoChallenge(
        author_email=email,
        title=text.title,
        description=text.description,
        tags=text.tags,
        status=rng.choices(list(statuses), list(statuses.values()))[0],
        visibility="staff" if rng.random() < config["staff_only_chance"] else "members",
        problem_key=problem_key,
    )


@functools.cache
def build_community() -> DemoCommunity:
    """Build the whole demo community from demo/data. Pure and deterministic."""
    rng = random.Random(_COMMUNITY["seed"])
    items, titles = _items(), _COMMUNITY["demo_member"]["challenges"]
    demo_items = [item for title in titles for item in items if item[1].title == title]

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
    seniority_weights = _COMMUNITY["members"]["seniority_weights"]
    all_organisations = _read("organisations.toml")["organisation"]

    for industry in INDUSTRIES:
        organisations = [o for o in all_organisations if o["industry"] == industry]
        pool = [i for i in items if i[1].industry == industry and i not in demo_items]
        for n, persona in enumerate(_personas(rng, pool)):
            function = persona[0][1].function
            weights = seniority_weights.get(function, seniority_weights["default"])
            seniority = rng.choices(SENIORITIES, [weights[s] for s in SENIORITIES])[0]
            title = _read("roles.toml")["functions"][function]["titles"][seniority]
            start = n % len(organisations)
            rotated = organisations[start:] + organisations[:start]
            free = [
                org
                for org in rotated
                if seniority not in _TOP_SENIORITIES
                or (org["name"], f"{title} at {org['name']}") not in senior_posts
            ]
            organisation = (free or rotated)[0]
            member = _member(rng, organisation, function, seniority, taken_names, taken_emails)
            senior_posts.add((member.organisation, member.headline))
            members.append(member)
            challenges.extend(_challenge(rng, member.email, item) for item in persona)

    return DemoCommunity(members=tuple(members), challenges=tuple(challenges))
