from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from challenges.models import Challenge
from challenges.services import (
    IMPORT_COLUMNS,
    MemberImportError,
    members_import_csv,
)
from matching.selectors import members_matchable
from members.access import is_member_in_good_standing
from members.models import (
    Function,
    Industry,
    Membership,
    Organisation,
    Profile,
    SenioritySynonym,
    User,
)
from members.services import membership_cancel, profile_update, seniority_synonym_save
from tests import factories

pytestmark = pytest.mark.django_db

WITH_CONSENT = (*IMPORT_COLUMNS, "open_to_introductions")

SEEDED_INDUSTRIES = 18
SEEDED_FUNCTIONS = 12

ADA = {
    "email": "ada@example.org",
    "first_name": "Ada",
    "last_name": "Lovelace",
    "organization": "Analytical Engines Ltd",
    "industry": "healthcare",
    "function": "operations",
    "seniority": "Senior",
    "bio": "I keep the engines running.",
    "expertise": "budgeting; change management ;Budgeting",
    "challenge_title": "Keeping volunteers engaged",
    "challenge_description": "We lose half our volunteers within three months.",
}
GRACE = {
    "email": "grace@example.org",
    "first_name": "Grace",
    "last_name": "Hopper",
    "organization": "Compilers Inc",
    "industry": "Software & SaaS",
    "function": "Engineering & IT",
    "seniority": "executive",
}


def world_counts() -> dict[str, int]:
    return {
        "users": User.objects.count(),
        "profiles": Profile.objects.count(),
        "challenges": Challenge.objects.count(),
        "memberships": Membership.objects.count(),
        "organisations": Organisation.objects.count(),
        "industries": Industry.objects.count(),
        "functions": Function.objects.count(),
    }


# The service


def test_import_creates_member_with_profile_membership_and_challenge(plan, csv_text):
    # given a row for a new member, naming vocabulary terms in another case
    data = csv_text(ADA).encode()

    # when
    report = members_import_csv(data=data, plan=plan)

    # then
    assert report.errors == []
    assert (report.rows_ok, report.members_created, report.members_updated) == (1, 1, 0)
    assert (report.memberships_granted, report.challenges_created) == (1, 1)
    user = User.objects.get(email="ada@example.org")
    assert (user.first_name, user.last_name) == ("Ada", "Lovelace")
    assert not user.has_usable_password()
    profile = user.profile
    assert profile.organisation.name == "Analytical Engines Ltd"
    assert profile.industry.name == "Healthcare"
    assert profile.function.name == "Operations"
    assert profile.seniority == "senior"
    assert profile.bio == "I keep the engines running."
    assert profile.expertise == ["budgeting", "change management"]
    membership = user.memberships.get()
    assert (membership.plan, membership.status) == (plan, "active")
    assert is_member_in_good_standing(User.objects.get(pk=user.pk))
    challenge = user.challenges.get()
    assert challenge.title == "Keeping volunteers engaged"
    assert challenge.description == "We lose half our volunteers within three months."


def test_import_matches_vocabulary_case_insensitively_without_creating_terms(plan, csv_text):
    # given rows naming seeded industries and functions in odd case and spacing
    rows = [
        {**ADA, "industry": "HEALTHCARE", "function": "  operations "},
        {**GRACE, "industry": "software  &  saas", "function": "engineering & it"},
    ]

    # when
    report = members_import_csv(data=csv_text(*rows), plan=plan)

    # then the seeded terms are used and no term is created
    assert report.errors == []
    assert Industry.objects.count() == SEEDED_INDUSTRIES
    assert Function.objects.count() == SEEDED_FUNCTIONS
    ada = Profile.objects.get(user__email="ada@example.org")
    grace = Profile.objects.get(user__email="grace@example.org")
    assert (ada.industry.name, ada.function.name) == ("Healthcare", "Operations")
    assert (grace.industry.name, grace.function.name) == ("Software & SaaS", "Engineering & IT")


def test_import_member_on_several_rows_gets_one_account_and_all_challenges(plan, csv_text):
    # given one member on three rows with three challenges and more expertise on each
    rows = [
        {**ADA, "expertise": "budgeting"},
        {
            "email": "ADA@example.org",
            "expertise": "fundraising",
            "challenge_title": "Board reporting",
            "challenge_description": "Our board wants monthly numbers.",
        },
        {
            "email": "ada@example.org",
            "challenge_title": "Hiring a data lead",
            "challenge_description": "Nobody applies.",
        },
    ]

    # when
    report = members_import_csv(data=csv_text(*rows), plan=plan)

    # then
    assert report.errors == []
    assert (report.rows_ok, report.members_created, report.challenges_created) == (3, 1, 3)
    assert report.memberships_granted == 1
    user = User.objects.get(email="ada@example.org")
    assert User.objects.filter(email__iexact="ada@example.org").count() == 1
    assert set(user.challenges.values_list("title", flat=True)) == {
        "Keeping volunteers engaged",
        "Board reporting",
        "Hiring a data lead",
    }
    assert user.memberships.count() == 1
    assert user.profile.expertise == ["budgeting", "fundraising"]
    # blank cells on later rows do not clear what earlier rows set
    assert user.profile.organisation.name == "Analytical Engines Ltd"
    assert user.first_name == "Ada"


def test_import_reports_each_bad_row_with_its_line_and_imports_good_rows(plan, csv_text):
    # given good rows around one bad row of each kind (the header is line 1)
    rows = [
        ADA,  # line 2
        {**GRACE, "email": "grace.example.org"},  # 3
        {**GRACE, "email": "g1@example.org", "industry": "Basket Weaving"},  # 4
        {**GRACE, "email": "g2@example.org", "function": "Wizardry"},  # 5
        {**GRACE, "email": "g3@example.org", "seniority": "boss"},  # 6
        {**GRACE, "email": "g4@example.org", "challenge_title": "Lonely title"},  # 7
        {**GRACE, "email": "g5@example.org", "challenge_description": "No title"},  # 8
        GRACE,  # 9
    ]

    # when
    report = members_import_csv(data=csv_text(*rows), plan=plan)

    # then
    assert [line for line, _ in report.errors] == [3, 4, 5, 7, 8]
    reasons = dict(report.errors)
    assert "invalid e-mail" in reasons[3]
    assert 'unknown industry "Basket Weaving"' in reasons[4]
    assert 'unknown function "Wizardry"' in reasons[5]
    assert "challenge_title given without challenge_description" in reasons[7]
    assert "challenge_description given without challenge_title" in reasons[8]
    # an unknown seniority is no reason to turn a member away: a warning, not an error
    assert report.warnings == [
        (
            6,
            'unknown seniority "boss" not imported (left blank): neither a level '
            "(junior, mid, senior, director, executive) nor a seniority synonym",
        )
    ]
    assert report.rows_ok == 3
    assert set(User.objects.values_list("email", flat=True)) == {
        "ada@example.org",
        "g3@example.org",
        "grace@example.org",
    }
    assert Profile.objects.get(user__email="g3@example.org").seniority == ""
    assert not Industry.objects.filter(name="Basket Weaving").exists()
    assert not Function.objects.filter(name="Wizardry").exists()


def test_import_line_numbers_count_physical_lines_of_multiline_cells(plan, csv_text):
    # given a quoted bio spanning three lines, then a bad row
    rows = [{**ADA, "bio": "First line.\nSecond line.\nThird line."}, {"email": "nope"}]

    # when
    report = members_import_csv(data=csv_text(*rows), plan=plan)

    # then the bad row is reported on the line where it stands in the file
    assert report.errors == [(5, 'invalid e-mail "nope"')]
    assert User.objects.get(email="ada@example.org").profile.bio.count("\n") == 2


def test_import_unknown_terms_are_created_with_the_flag(plan, csv_text):
    # given
    row = {**ADA, "industry": "Basket Weaving", "function": "Wizardry"}

    # when
    report = members_import_csv(data=csv_text(row), plan=plan, create_unknown_terms=True)

    # then
    assert report.errors == []
    profile = Profile.objects.get(user__email="ada@example.org")
    assert profile.industry == Industry.objects.get(name="Basket Weaving", slug="basket-weaving")
    assert profile.function == Function.objects.get(name="Wizardry")
    assert Industry.objects.count() == SEEDED_INDUSTRIES + 1
    assert Function.objects.count() == SEEDED_FUNCTIONS + 1


def test_import_unknown_term_used_on_several_rows_is_created_once(plan, csv_text):
    # given
    rows = [
        {**ADA, "industry": "Basket Weaving"},
        {**GRACE, "industry": "basket weaving"},
    ]

    # when
    report = members_import_csv(data=csv_text(*rows), plan=plan, create_unknown_terms=True)

    # then
    assert report.errors == []
    assert Industry.objects.filter(name__iexact="basket weaving").count() == 1
    assert Profile.objects.filter(industry__name="Basket Weaving").count() == 2


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        pytest.param({"challenge_title": "t" * 141}, "title", id="challenge-title-too-long"),
        pytest.param(
            {"expertise": ";".join(f"e{i}" for i in range(21))}, "expertise", id="expertise"
        ),
    ],
)
def test_import_bad_row_writes_nothing(plan, csv_text, bad, reason):
    # given a row that only fails after the account would have been created,
    # naming a new industry and organisation that would also be created
    row = {**ADA, "industry": "Basket Weaving", **bad}
    before = world_counts()

    # when
    report = members_import_csv(data=csv_text(row), plan=plan, create_unknown_terms=True)

    # then the row is reported and nothing of it is left behind
    assert [line for line, _ in report.errors] == [2]
    assert reason in report.errors[0][1]
    assert report.rows_ok == 0
    assert (report.members_created, report.memberships_granted) == (0, 0)
    assert world_counts() == before
    assert not User.objects.filter(email="ada@example.org").exists()


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        pytest.param({"organization": "O" * 201}, "organization: Ensure", id="org-name-too-long"),
        pytest.param({"first_name": "F" * 151}, "first_name: Ensure", id="first-name-too-long"),
        pytest.param({"last_name": "L" * 151}, "last_name: Ensure", id="last-name-too-long"),
        pytest.param({"industry": "I" * 81}, "cannot create industry", id="industry-too-long"),
        pytest.param(
            {"function": "Operations!"}, 'cannot create function "Operations!"', id="slug-taken"
        ),
        pytest.param({"industry": "!!!"}, 'cannot create industry "!!!"', id="no-slug"),
    ],
)
def test_import_row_the_database_would_refuse_is_reported_not_fatal(plan, csv_text, bad, reason):
    # given a bad row between two good ones
    rows = [GRACE, {**ADA, **bad}, {**GRACE, "email": "grace2@example.org"}]
    before = world_counts()

    # when
    report = members_import_csv(data=csv_text(*rows), plan=plan, create_unknown_terms=True)

    # then the bad row is reported, the others land
    assert [line for line, _ in report.errors] == [3]
    assert reason in report.errors[0][1]
    assert report.rows_ok == 2
    assert not User.objects.filter(email="ada@example.org").exists()
    assert world_counts()["users"] == before["users"] + 2


def test_import_rerun_of_the_same_file_changes_nothing(plan, csv_text):
    # given a file that was imported once
    rows = [
        ADA,
        {**ADA, "challenge_title": "Board reporting", "challenge_description": "Monthly."},
        {**GRACE, "industry": "Basket Weaving"},
    ]
    data = csv_text(*rows).encode()
    first = members_import_csv(data=data, plan=plan, create_unknown_terms=True)
    assert first.errors == []
    before = world_counts()
    updated_at = dict(Profile.objects.values_list("pk", "updated_at"))
    membership_updated_at = dict(Membership.objects.values_list("pk", "updated_at"))

    # when
    again = members_import_csv(data=data, plan=plan, create_unknown_terms=True)

    # then
    assert again.errors == []
    assert again.rows_ok == 3
    assert (again.members_created, again.members_updated) == (0, 0)
    assert (again.challenges_created, again.memberships_granted) == (0, 0)
    assert not again.changed_anything
    assert world_counts() == before
    assert dict(Profile.objects.values_list("pk", "updated_at")) == updated_at
    assert dict(Membership.objects.values_list("pk", "updated_at")) == membership_updated_at


def test_import_challenge_title_matches_existing_case_insensitively(plan, csv_text):
    # given a member imported with a challenge
    members_import_csv(data=csv_text(ADA), plan=plan)

    # when the file is re-imported with the title in another case and spacing
    row = {**ADA, "challenge_title": "  keeping   VOLUNTEERS engaged "}
    report = members_import_csv(data=csv_text(row), plan=plan)

    # then
    assert report.errors == []
    assert report.challenges_created == 0
    assert Challenge.objects.filter(author__email="ada@example.org").count() == 1


def test_import_updates_existing_member_without_second_membership(plan, alice, csv_text):
    # given an existing member in good standing, named in the file with other case
    existing_membership = alice.memberships.get()
    row = {
        "email": alice.email.upper(),
        "bio": "A new bio.",
        "challenge_title": "Something new",
        "challenge_description": "Details.",
    }

    # when
    report = members_import_csv(data=csv_text(row), plan=plan)

    # then
    assert report.errors == []
    assert (report.members_created, report.members_updated) == (0, 1)
    assert report.memberships_granted == 0
    assert User.objects.filter(email__iexact=alice.email).count() == 1
    assert list(alice.memberships.all()) == [existing_membership]
    alice.profile.refresh_from_db()
    assert alice.profile.bio == "A new bio."
    assert alice.challenges.get().title == "Something new"


def test_import_leaves_an_existing_members_membership_to_staff(plan, lapsed, alice, csv_text):
    # given a lapsed member and a member whose membership staff cancelled
    membership_cancel(membership=alice.memberships.get())

    # when the roster is imported (again)
    report = members_import_csv(
        data=csv_text({"email": lapsed.email}, {"email": alice.email}), plan=plan
    )

    # then neither gets a membership behind staff's back
    assert report.memberships_granted == 0
    assert not is_member_in_good_standing(User.objects.get(pk=lapsed.pk))
    assert not is_member_in_good_standing(User.objects.get(pk=alice.pk))
    assert alice.memberships.get().status == "cancelled"


@pytest.mark.parametrize(
    ("seniority", "stored"),
    [
        ("junior", "junior"),
        ("Mid-level", "mid"),
        ("DIRECTOR", "director"),
        ("", ""),
        # the synonyms seeded for staff to edit
        ("Head", "director"),
        ("  team   LEAD ", "senior"),
        ("Manager", "mid"),
        ("vp", "executive"),
    ],
)
def test_import_accepts_seniority_values_labels_and_synonyms(plan, csv_text, seniority, stored):
    # when
    report = members_import_csv(data=csv_text({**ADA, "seniority": seniority}), plan=plan)

    # then
    assert (report.errors, report.warnings) == ([], [])
    assert Profile.objects.get(user__email="ada@example.org").seniority == stored


def test_import_maps_seniority_through_synonyms_staff_edit(plan, csv_text):
    # given staff add a synonym and change a seeded one
    seniority_synonym_save(synonym=SenioritySynonym(), name="Big Cheese", seniority="executive")
    seniority_synonym_save(
        synonym=SenioritySynonym.objects.get(name="Manager"), name="Manager", seniority="senior"
    )
    rows = [{**ADA, "seniority": "big cheese"}, {**GRACE, "seniority": "MANAGER"}]

    # when
    report = members_import_csv(data=csv_text(*rows), plan=plan)

    # then
    assert report.warnings == []
    assert Profile.objects.get(user__email="ada@example.org").seniority == "executive"
    assert Profile.objects.get(user__email="grace@example.org").seniority == "senior"


def test_import_unknown_seniority_keeps_an_existing_members_level(plan, csv_text, alice):
    # given a member whose profile says senior
    row = {"email": alice.email, "seniority": "Wizard", "bio": "New bio."}

    # when a file gives a seniority nobody knows
    report = members_import_csv(data=csv_text(row), plan=plan)

    # then the rest of the line lands, the level stays, and the line says why
    assert report.errors == []
    assert [line for line, _ in report.warnings] == [2]
    assert 'unknown seniority "Wizard" not imported' in report.warnings[0][1]
    profile = Profile.objects.get(user=alice)
    assert (profile.seniority, profile.bio) == ("senior", "New bio.")


def test_import_rejects_file_with_missing_column(plan, csv_text):
    # given a file without the industry and bio columns
    columns = tuple(c for c in ADA if c not in ("industry", "bio"))
    data = csv_text(ADA, columns=columns).encode()

    # when / then
    with pytest.raises(MemberImportError, match=r"Missing column\(s\): industry, bio\."):
        members_import_csv(data=data, plan=plan)
    assert not User.objects.exists()


def test_import_rejects_empty_file(plan):
    with pytest.raises(MemberImportError, match="Missing column"):
        members_import_csv(data=b"", plan=plan)


def test_import_rejects_non_utf8_file_as_a_whole(plan, csv_text):
    # given a Latin-1 file with a good first row
    data = csv_text(ADA, {**GRACE, "first_name": "José"}).encode("latin-1")

    # when / then
    with pytest.raises(MemberImportError, match="not UTF-8"):
        members_import_csv(data=data, plan=plan)
    assert not User.objects.exists()


def test_import_accepts_byte_order_mark_and_loose_header(plan, csv_text):
    # given a spreadsheet export: BOM, capitalised header with spaces, non-ASCII
    text = csv_text({**ADA, "first_name": "Zoë"})
    header, rest = text.split("\n", 1)
    header = ", ".join(name.title() for name in header.split(","))
    data = ("\ufeff" + header + "\n" + rest).encode("utf-8")

    # when
    report = members_import_csv(data=data, plan=plan)

    # then
    assert report.errors == []
    assert User.objects.get(email="ada@example.org").first_name == "Zoë"


def test_import_reports_row_with_more_values_than_columns(plan, csv_text):
    # given
    data = csv_text(ADA) + "grace@example.org,Grace,Hopper,,,,,,,,,surplus\n"

    # when
    report = members_import_csv(data=data, plan=plan)

    # then
    assert report.errors == [(3, "more values than columns")]
    assert report.rows_ok == 1
    assert not User.objects.filter(email="grace@example.org").exists()


def test_import_new_organisation_takes_the_row_industry(plan, csv_text):
    # given an existing organisation without an industry
    factories.OrganisationFactory(name="Compilers Inc", industry=None)

    # when
    members_import_csv(data=csv_text({**GRACE, "organization": "compilers inc"}), plan=plan)

    # then the organisation is reused and completed
    org = Organisation.objects.get(name__iexact="compilers inc")
    assert org.name == "Compilers Inc"
    assert org.industry.name == "Software & SaaS"
    assert Profile.objects.get(user__email="grace@example.org").organisation == org


# Consent to introductions (the optional open_to_introductions column)


@pytest.mark.parametrize(
    ("cell", "opted_in"),
    [
        ("yes", True),
        ("YES", True),
        ("True", True),
        ("1", True),
        (" no ", False),
        ("false", False),
        ("0", False),
        ("", False),
    ],
)
def test_import_consent_column_sets_whether_new_member_is_suggested(plan, csv_text, cell, opted_in):
    # when
    data = csv_text({**ADA, "open_to_introductions": cell}, columns=WITH_CONSENT)
    report = members_import_csv(data=data, plan=plan)

    # then the member is (or is not) one whom matching may suggest to peers
    assert report.errors == []
    ada = User.objects.get(email="ada@example.org")
    assert ada.profile.open_to_introductions is opted_in
    assert members_matchable().filter(pk=ada.pk).exists() is opted_in


def test_import_consent_is_recorded_as_given_through_an_import(plan, csv_text):
    # when
    data = csv_text({**ADA, "open_to_introductions": "yes"}, columns=WITH_CONSENT)
    members_import_csv(data=data, plan=plan)

    # then the profile says where the consent came from, and when
    profile = Profile.objects.get(user__email="ada@example.org")
    assert profile.consent_source == "import"
    assert profile.consent_changed_at is not None
    assert not profile.consent_is_members_own


def test_import_without_consent_column_leaves_new_members_closed(plan, csv_text):
    # when a file of the original format is imported
    report = members_import_csv(data=csv_text(ADA, GRACE), plan=plan)

    # then nobody is suggested until they opt in, and the report says so
    assert report.errors == []
    assert not Profile.objects.filter(open_to_introductions=True).exists()
    assert report.consent_summary == (
        "0 of 2 imported members are open to introductions: they can be suggested to other "
        "members and introduced. The other 2 are not suggested to anyone until they opt in "
        "themselves on their profile."
    )


def test_import_bad_consent_value_rejects_the_line_with_a_clear_message(plan, csv_text):
    # given
    rows = [{**ADA, "open_to_introductions": "maybe"}, {**GRACE, "open_to_introductions": "y"}]

    # when
    report = members_import_csv(data=csv_text(*rows, columns=WITH_CONSENT), plan=plan)

    # then
    assert report.errors == [
        (2, 'open_to_introductions must be yes or no (or true/false, 1/0), not "maybe"'),
        (3, 'open_to_introductions must be yes or no (or true/false, 1/0), not "y"'),
    ]
    assert not User.objects.exists()


def test_import_counts_the_imported_members_open_to_introductions(plan, csv_text):
    # given three members, two of them opted in; Ada on two rows
    rows = [
        {**ADA, "open_to_introductions": "yes"},
        {**ADA, "challenge_title": "Board reporting", "challenge_description": "Monthly."},
        {**GRACE, "open_to_introductions": "no"},
        {**GRACE, "email": "linus@example.org", "open_to_introductions": "1"},
        {**GRACE, "email": "bad", "open_to_introductions": "yes"},
    ]

    # when
    report = members_import_csv(data=csv_text(*rows, columns=WITH_CONSENT), plan=plan)

    # then
    assert (len(report.user_ids), report.open_to_introductions) == (3, 2)
    assert report.consent_summary == (
        "2 of 3 imported members are open to introductions: they can be suggested to other "
        "members and introduced. The other 1 is not suggested to anyone until they opt in "
        "themselves on their profile."
    )


def test_import_consent_summary_when_everyone_is_open(plan, csv_text):
    data = csv_text({**ADA, "open_to_introductions": "yes"}, columns=WITH_CONSENT)

    report = members_import_csv(data=data, plan=plan)

    assert report.consent_summary == (
        "All 1 imported member is open to introductions: they can be suggested to other "
        "members and introduced."
    )


def test_import_never_overrides_a_members_own_consent_choice(plan, csv_text):
    # given two members who chose on Confer: Alice opted in, Bob opted out
    alice = factories.member(open_to_introductions=False)
    bob = factories.member(open_to_introductions=False)
    profile_update(user=alice, open_to_introductions=True)
    profile_update(user=bob, open_to_introductions=True)
    profile_update(user=bob, open_to_introductions=False)
    rows = [
        {"email": alice.email, "open_to_introductions": "no"},
        {"email": bob.email, "open_to_introductions": "yes"},
    ]

    # when a file says the opposite
    report = members_import_csv(data=csv_text(*rows, columns=WITH_CONSENT), plan=plan)

    # then both lines import, their choices stand, and each line says why
    assert report.errors == []
    assert report.rows_ok == 2
    assert Profile.objects.get(user=alice).open_to_introductions is True
    assert Profile.objects.get(user=bob).open_to_introductions is False
    assert report.warnings == [
        (
            2,
            'open_to_introductions "no" not applied: the member chose to be open to '
            "introductions themselves on Confer",
        ),
        (
            3,
            'open_to_introductions "yes" not applied: the member chose to be not open to '
            "introductions themselves on Confer",
        ),
    ]


def test_import_may_change_consent_that_staff_recorded(plan, csv_text):
    # given a member whose consent came from an earlier import
    first = csv_text({**ADA, "open_to_introductions": "yes"}, columns=WITH_CONSENT)
    members_import_csv(data=first, plan=plan)

    # when a corrected file says no
    second = csv_text({**ADA, "open_to_introductions": "no"}, columns=WITH_CONSENT)
    report = members_import_csv(data=second, plan=plan)

    # then it is withdrawn
    assert report.warnings == []
    assert report.members_updated == 1
    assert Profile.objects.get(user__email="ada@example.org").open_to_introductions is False


def test_import_blank_consent_keeps_an_existing_members_consent(plan, csv_text):
    # given a member opted in by an earlier import
    members_import_csv(
        data=csv_text({**ADA, "open_to_introductions": "yes"}, columns=WITH_CONSENT), plan=plan
    )

    # when a file without the column (or with a blank cell) is imported
    members_import_csv(data=csv_text(ADA), plan=plan)
    members_import_csv(data=csv_text(ADA, columns=WITH_CONSENT), plan=plan)

    # then nothing is withdrawn
    assert Profile.objects.get(user__email="ada@example.org").open_to_introductions is True


def test_import_rerun_with_consent_changes_nothing(plan, csv_text):
    data = csv_text(
        {**ADA, "open_to_introductions": "yes"},
        {"email": ADA["email"], "open_to_introductions": "no"},
        columns=WITH_CONSENT,
    )
    assert members_import_csv(data=data, plan=plan).rows_ok == 2
    profile = Profile.objects.get(user__email="ada@example.org")

    again = members_import_csv(data=data, plan=plan)

    # the first row's value stands, as for every other field
    assert profile.open_to_introductions is True
    assert (again.members_updated, again.warnings, again.errors) == (0, [], [])
    assert Profile.objects.get(pk=profile.pk).updated_at == profile.updated_at


# The command


@pytest.fixture
def csv_file(tmp_path, csv_text):
    def write(*rows: dict[str, str], encoding: str = "utf-8", **kwargs) -> str:
        path = tmp_path / "members.csv"
        path.write_bytes(csv_text(*rows, **kwargs).encode(encoding))
        return str(path)

    return write


def run_import(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_members", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_command_imports_file_onto_plan(plan, csv_file):
    # given
    path = csv_file(ADA, GRACE)

    # when
    out, err = run_import(path, "--plan", "standard")

    # then
    assert "2 row(s) read: 2 member(s) created" in out
    assert "1 challenge(s) created" in out
    assert err == ""
    assert set(
        Membership.objects.filter(plan=plan, status="active").values_list("user__email", flat=True)
    ) == {"ada@example.org", "grace@example.org"}


def test_import_command_reports_bad_rows_with_line_numbers_on_stderr(plan, csv_file):
    # given
    path = csv_file(
        ADA,
        {**GRACE, "email": "not-an-email"},
        {**GRACE, "seniority": "boss"},
        {**GRACE, "email": "g1@example.org", "industry": "Basket Weaving"},
    )

    # when
    out, err = run_import(path, "--plan", "standard")

    # then
    assert "2 row(s) read: 2 member(s) created" in out
    assert 'line 3: invalid e-mail "not-an-email"' in err
    assert 'line 4: warning: unknown seniority "boss" not imported (left blank)' in err
    assert 'line 5: unknown industry "Basket Weaving"' in err
    assert "2 row(s) rejected" in err
    assert set(User.objects.values_list("email", flat=True)) == {
        "ada@example.org",
        "grace@example.org",
    }


def test_import_command_says_how_many_are_open_to_introductions(plan, csv_file):
    # given
    path = csv_file(
        {**ADA, "open_to_introductions": "yes"},
        {**GRACE, "open_to_introductions": "no"},
        columns=WITH_CONSENT,
    )

    # when
    out, _ = run_import(path, "--plan", "standard")

    # then
    assert (
        "1 of 2 imported members are open to introductions: they can be suggested to other "
        "members and introduced. The other 1 is not suggested to anyone until they opt in "
        "themselves on their profile."
    ) in out


def test_import_command_create_unknown_flag_creates_terms(plan, csv_file):
    # given
    path = csv_file({**ADA, "industry": "Basket Weaving"})

    # when run without, then with the flag
    _, err = run_import(path, "--plan", "standard")
    assert 'line 2: unknown industry "Basket Weaving"' in err
    assert not User.objects.exists()
    _, err = run_import(path, "--plan", "standard", "--create-unknown")

    # then
    assert err == ""
    assert Profile.objects.get(user__email="ada@example.org").industry.name == "Basket Weaving"


def test_import_command_rerun_reports_nothing_created(plan, csv_file):
    # given
    path = csv_file(ADA, GRACE)
    run_import(path, "--plan", "standard")
    before = world_counts()

    # when
    out, _ = run_import(path, "--plan", "standard")

    # then
    assert "Nothing to change: 2 row(s) already up to date." in out
    assert world_counts() == before


def test_import_command_rejects_unknown_plan_and_lists_plans(plan, csv_file):
    # given
    factories.PlanFactory(slug="patron", name="Patron")
    path = csv_file(ADA)

    # when / then
    with pytest.raises(CommandError) as excinfo:
        run_import(path, "--plan", "gold")
    message = str(excinfo.value)
    assert 'No plan "gold"' in message
    assert "standard" in message
    assert "patron" in message
    assert not User.objects.exists()


def test_import_command_rejects_missing_column(plan, csv_file):
    # given
    path = csv_file(GRACE, columns=("email", "first_name", "last_name"))

    # when / then
    with pytest.raises(CommandError, match=r"Missing column\(s\): organization, industry"):
        run_import(path, "--plan", "standard")
    assert not User.objects.exists()


def test_import_command_rejects_non_utf8_file(plan, csv_file):
    # given
    path = csv_file({**GRACE, "first_name": "Zoë"}, encoding="latin-1")

    # when / then
    with pytest.raises(CommandError, match="not UTF-8"):
        run_import(path, "--plan", "standard")
    assert not User.objects.exists()


def test_import_command_rejects_missing_file(plan, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        run_import(str(tmp_path / "absent.csv"), "--plan", "standard")


def test_import_rows_of_one_member_that_disagree_keep_the_first_value(plan, csv_text):
    # given two rows for Ada that name different organisations and bios
    data = csv_text(
        ADA,
        {
            **ADA,
            "organization": "Difference Engines",
            "bio": "Another bio",
            "challenge_title": "Second problem",
            "challenge_description": "More detail.",
        },
    )

    # when the file is imported twice
    first = members_import_csv(data=data, plan=plan)
    profile = User.objects.get(email=ADA["email"]).profile
    second = members_import_csv(data=data, plan=plan)

    # then the first row's values stand and the re-run changes nothing
    assert profile.organisation.name == "Analytical Engines Ltd"
    assert profile.bio == "I keep the engines running."
    assert first.challenges_created == 2
    assert (second.members_updated, second.challenges_created, second.errors) == (0, 0, [])
    assert User.objects.get(email=ADA["email"]).profile.updated_at == profile.updated_at
