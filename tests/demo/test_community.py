"""Checks on the demo community and its data files; pure Python, no database."""

import hashlib
import os
import re
import subprocess
import sys
import tomllib
import zoneinfo
from collections import Counter, defaultdict
from pathlib import Path

from demo import community

COMMUNITY = community.build_community()
MEMBERS = COMMUNITY.members
CHALLENGES = COMMUNITY.challenges
BY_EMAIL = {member.email: member for member in MEMBERS}
FAMILY_CHALLENGES = [c for c in CHALLENGES if c.problem_key is not None]
SENIOR_POSTS = ("director", "executive")


def test_constants_match_the_specification():
    assert len(community.INDUSTRIES) == 18
    assert community.INDUSTRIES[0] == "Healthcare"
    assert community.INDUSTRIES[-1] == "Agriculture & Food"
    assert len(community.FUNCTIONS) == 12
    assert community.FUNCTIONS[0] == "Executive Leadership"
    assert community.FUNCTIONS[-1] == "Strategy & Transformation"
    assert community.SENIORITIES == ("junior", "mid", "senior", "director", "executive")
    assert community.DEMO_MEMBER_EMAIL == "member@confer.example"


def test_members_number_at_least_220():
    assert len(MEMBERS) >= 220


def test_challenges_number_at_least_400():
    assert len(CHALLENGES) >= 400


def test_members_each_have_one_to_four_challenges():
    per_author = Counter(c.author_email for c in CHALLENGES)
    assert all(1 <= per_author[m.email] <= 4 for m in MEMBERS)


def test_industries_all_used_with_at_least_eight_members():
    per_industry = Counter(m.industry for m in MEMBERS)
    assert set(per_industry) == set(community.INDUSTRIES)
    assert min(per_industry.values()) >= 8


def test_functions_all_used():
    assert {m.function for m in MEMBERS} == set(community.FUNCTIONS)


def test_members_have_valid_industry_function_and_seniority():
    for member in MEMBERS:
        assert member.industry in community.INDUSTRIES
        assert member.function in community.FUNCTIONS
        assert member.seniority in community.SENIORITIES
        assert member.plan in ("standard", "leadership")
        assert 3 <= len(member.expertise) <= 6
        assert len(member.headline) <= 160
        assert member.first_name and member.last_name and member.bio and member.goals


def test_members_emails_unique_and_lowercase():
    emails = [m.email for m in MEMBERS]
    assert len(emails) == len(set(emails))
    assert all(email == email.lower() and email.endswith(".example") for email in emails)


def test_organisations_belong_to_one_industry_three_to_six_per_industry():
    industries_of = defaultdict(set)
    for member in MEMBERS:
        industries_of[member.organisation].add(member.industry)
    assert all(len(industries) == 1 for industries in industries_of.values())
    per_industry = Counter(next(iter(i)) for i in industries_of.values())
    assert all(3 <= per_industry[industry] <= 6 for industry in community.INDUSTRIES)


def test_organisations_never_have_two_people_in_the_same_senior_post():
    posts = Counter((m.organisation, m.headline) for m in MEMBERS if m.seniority in SENIOR_POSTS)
    assert max(posts.values()) == 1


def test_challenges_titles_unique_per_author():
    pairs = [(c.author_email, c.title) for c in CHALLENGES]
    assert len(pairs) == len(set(pairs))


def test_challenges_share_no_title_or_description():
    # Identical texts would show up as "similarity 1.000" between strangers.
    def folded(text: str) -> str:
        return " ".join(text.split()).casefold()

    for field in ("title", "description"):
        texts = [getattr(c, field) for c in CHALLENGES]
        assert len(texts) == len(set(texts)), field
        assert len(texts) == len({folded(text) for text in texts}), field


def test_challenges_authors_exist():
    assert all(c.author_email in BY_EMAIL for c in CHALLENGES)


def test_challenges_have_valid_fields():
    tag = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    for challenge in CHALLENGES:
        assert 0 < len(challenge.title) <= 140
        assert 2 <= len(re.findall(r"[.?!](?=\s|$)", challenge.description)) <= 5
        assert 2 <= len(challenge.tags) <= 4
        assert all(tag.match(t) and len(t) <= 40 for t in challenge.tags)
        assert challenge.status in ("open", "exploring", "solved", "archived")
        assert challenge.visibility in ("members", "staff")


def test_challenges_status_and_visibility_roughly_follow_the_mix():
    statuses = Counter(c.status for c in CHALLENGES)
    assert 0.6 <= statuses["open"] / len(CHALLENGES) <= 0.8
    assert statuses["exploring"] and statuses["solved"] and statuses["archived"]
    staff_only = sum(c.visibility == "staff" for c in CHALLENGES)
    assert 0 < staff_only / len(CHALLENGES) <= 0.1


def test_members_plan_and_introductions_roughly_follow_the_mix():
    leadership = sum(m.plan == "leadership" for m in MEMBERS) / len(MEMBERS)
    open_to_intros = sum(m.open_to_introductions for m in MEMBERS) / len(MEMBERS)
    assert 0.12 <= leadership <= 0.28
    assert 0.75 <= open_to_intros <= 0.95


def test_first_member_is_the_demo_member_with_three_challenges():
    first = MEMBERS[0]
    assert first.email == community.DEMO_MEMBER_EMAIL
    assert (first.industry, first.function, first.seniority) == (
        "Nonprofit & Charities",
        "Operations",
        "director",
    )
    assert first.plan == "standard" and first.open_to_introductions
    own = [c for c in CHALLENGES if c.author_email == first.email]
    assert len(own) == 3
    assert sum(c.problem_key is not None for c in own) >= 2


def test_problem_families_number_about_forty():
    assert 35 <= len({c.problem_key for c in FAMILY_CHALLENGES}) <= 50


def test_problem_families_each_span_at_least_four_industries():
    industries = defaultdict(set)
    for challenge in FAMILY_CHALLENGES:
        industries[challenge.problem_key].add(BY_EMAIL[challenge.author_email].industry)
    assert min(len(found) for found in industries.values()) >= 4


def test_problem_families_hold_between_45_and_65_percent_of_challenges():
    assert 0.45 <= len(FAMILY_CHALLENGES) / len(CHALLENGES) <= 0.65


def test_family_variants_within_a_family_have_distinct_titles():
    titles = defaultdict(set)
    for challenge in FAMILY_CHALLENGES:
        titles[challenge.problem_key].add(challenge.title)
    per_family = Counter(c.problem_key for c in FAMILY_CHALLENGES)
    assert all(len(titles[key]) >= 4 for key in per_family)


def test_family_files_parse_with_statements_from_at_least_three_industries():
    paths = sorted((community.DATA_DIR / "families").glob("*.toml"))
    assert len(paths) >= 35
    for path in paths:
        with path.open("rb") as file:
            statements = tomllib.load(file)["statement"]
        assert {s["industry"] for s in statements} <= set(community.INDUSTRIES), path.name
        assert {s["function"] for s in statements} <= set(community.FUNCTIONS), path.name
        assert len({s["industry"] for s in statements}) >= 3, path.name


def test_members_timezones_are_valid():
    for member in MEMBERS:
        zoneinfo.ZoneInfo(member.timezone)
        assert ", " in member.location


def test_build_is_deterministic():
    # build_community is cached; build afresh through the undecorated function.
    assert community.build_community.__wrapped__() == COMMUNITY


def test_build_does_not_depend_on_hash_seed():
    root = str(Path(community.__file__).resolve().parent.parent)
    script = (
        "import hashlib; from demo.community import build_community; "
        "print(hashlib.sha256(repr(build_community()).encode()).hexdigest())"
    )

    def digest(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": root}
        run = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        return run.stdout.strip()

    expected = hashlib.sha256(repr(COMMUNITY).encode()).hexdigest()
    assert digest("1") == digest("2") == expected
