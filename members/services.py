"""Writes to members, profiles, vocabularies and memberships."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from challenges.services import challenge_create
from members.models import (
    Function,
    Industry,
    Membership,
    MembershipPlan,
    MembershipStatus,
    Organisation,
    Profile,
    Seniority,
    User,
)


class MembershipError(Exception):
    """A membership change that is not allowed."""


PROFILE_FIELDS = Profile.EDITABLE_FIELDS


def expertise_normalise(items: list[str]) -> list[str]:
    """Trimmed, de-duplicated (case-insensitively) expertise phrases in the order given."""
    result: list[str] = []
    seen: set[str] = set()
    for item in items:
        clean = " ".join(item.split())[:80]
        if clean and clean.lower() not in seen:
            seen.add(clean.lower())
            result.append(clean)
    return result


def profile_ensure(*, user: User) -> Profile:
    """The user's profile, created empty if they have none yet."""
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


@transaction.atomic
def profile_update(
    *,
    user: User,
    first_name: str | None = None,
    last_name: str | None = None,
    organisation_name: str | None = None,
    **changes,
) -> Profile:
    """Update the user's own profile (and name); all or nothing.

    ``organisation_name`` finds or creates the organisation (blank clears it).
    Raises ValidationError with field messages and writes nothing on bad input.
    """
    unknown = set(changes) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"Not profile fields: {', '.join(sorted(unknown))}")
    profile = profile_ensure(user=user)
    if "expertise" in changes:
        changes["expertise"] = expertise_normalise(changes["expertise"])
    if organisation_name is not None:
        changes["organisation"] = (
            organisation_get_or_create(name=organisation_name, industry=changes.get("industry"))
            if organisation_name.strip()
            else None
        )
    for name, value in changes.items():
        setattr(profile, name, value)
    if first_name is not None:
        user.first_name = first_name.strip()
    if last_name is not None:
        user.last_name = last_name.strip()
    errors: dict[str, list[str]] = {}
    for obj in (user, profile):
        try:
            obj.full_clean(validate_unique=False)
        except ValidationError as error:
            errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)
    user.save(update_fields=["first_name", "last_name"])
    profile.save()
    return profile


@transaction.atomic
def member_create(
    *,
    email: str,
    first_name: str = "",
    last_name: str = "",
    password: str | None = None,
    is_staff: bool = False,
) -> User:
    """Create an account and its empty profile. Without a password the account can
    only be entered through a password reset."""
    user = User.objects.create_user(
        email=email,
        password=password,
        first_name=first_name,
        last_name=last_name,
        is_staff=is_staff,
    )
    if password is None:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    profile_ensure(user=user)
    return user


def organisation_get_or_create(*, name: str, industry: Industry | None = None) -> Organisation:
    name = " ".join(name.split())
    org = Organisation.objects.filter(name__iexact=name).first()
    if org is None:
        org = Organisation(name=name, industry=industry)
        org.full_clean()
        org.save()
    elif org.industry_id is None and industry is not None:
        org.industry = industry
        org.save(update_fields=["industry"])
    return org


# Memberships


def membership_current(*, user: User) -> Membership | None:
    return Membership.objects.in_good_standing().filter(user=user).first()


@transaction.atomic
def membership_grant(
    *,
    user: User,
    plan: MembershipPlan,
    starts_on: date | None = None,
    ends_on: date | None = None,
    note: str = "",
    external_reference: str = "",
) -> Membership:
    """Give ``user`` a membership on ``plan``. The end date defaults to one plan period."""
    if Membership.objects.filter(user=user, status__in=["active", "grace"]).exists():
        raise MembershipError(f"{user} already has a current membership; extend it instead.")
    starts_on = starts_on or timezone.localdate()
    if ends_on is None and plan.period_length is not None:
        ends_on = starts_on + plan.period_length
    membership = Membership(
        user=user,
        plan=plan,
        starts_on=starts_on,
        ends_on=ends_on,
        status=MembershipStatus.ACTIVE,
        note=note,
        external_reference=external_reference,
    )
    membership.full_clean()
    membership.save()
    return membership


@transaction.atomic
def membership_extend(
    *, membership: Membership, ends_on: date | None, note: str | None = None
) -> Membership:
    """Move the end date (None: no end) and make the membership active again.

    ``note``, when given, replaces the staff note.
    """
    if membership.status == MembershipStatus.CANCELLED:
        raise MembershipError("A cancelled membership cannot be extended; grant a new one.")
    if ends_on is not None and ends_on < timezone.localdate():
        raise MembershipError("The new end date is in the past.")
    membership.ends_on = ends_on
    membership.status = MembershipStatus.ACTIVE
    if note is not None:
        membership.note = note
    membership.full_clean()
    membership.save(update_fields=["ends_on", "status", "note", "updated_at"])
    return membership


@transaction.atomic
def membership_cancel(*, membership: Membership, note: str = "") -> Membership:
    """End a membership now; the member loses access at once."""
    if membership.status == MembershipStatus.CANCELLED:
        raise MembershipError("This membership is already cancelled.")
    membership.status = MembershipStatus.CANCELLED
    membership.ends_on = max(timezone.localdate(), membership.starts_on)
    if note:
        membership.note = note
    membership.save(update_fields=["status", "ends_on", "note", "updated_at"])
    return membership


@dataclass
class StatusRefresh:
    to_grace: int = 0
    to_lapsed: int = 0


@transaction.atomic
def memberships_refresh_status(*, today: date | None = None) -> StatusRefresh:
    """Move memberships past their end date into grace, and past grace into lapsed.

    Safe to run any number of times a day.
    """
    today = today or timezone.localdate()
    grace_floor = today - timedelta(days=settings.MEMBERSHIP_GRACE_DAYS)
    lapsed = Membership.objects.filter(
        status__in=["active", "grace"], ends_on__lt=grace_floor
    ).update(status=MembershipStatus.LAPSED, updated_at=timezone.now())
    to_grace = Membership.objects.filter(
        status=MembershipStatus.ACTIVE, ends_on__lt=today, ends_on__gte=grace_floor
    ).update(status=MembershipStatus.GRACE, updated_at=timezone.now())
    return StatusRefresh(to_grace=to_grace, to_lapsed=lapsed)


# CSV import

IMPORT_COLUMNS = (
    "email",
    "first_name",
    "last_name",
    "organization",
    "industry",
    "function",
    "seniority",
    "bio",
    "expertise",
    "challenge_title",
    "challenge_description",
)


@dataclass
class ImportReport:
    members_created: int = 0
    members_updated: int = 0
    challenges_created: int = 0
    memberships_granted: int = 0
    rows_ok: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def changed_anything(self) -> bool:
        return bool(
            self.members_created
            or self.members_updated
            or self.challenges_created
            or self.memberships_granted
        )

    def add_counts(self, other: ImportReport) -> None:
        for name in (
            "members_created",
            "members_updated",
            "challenges_created",
            "memberships_granted",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))


class MemberImportError(Exception):
    """The file as a whole cannot be read (encoding, header)."""


class _RowError(Exception):
    pass


def _vocabulary_term(model, name: str, *, create_unknown: bool, label: str):
    name = " ".join(name.split())
    if not name:
        return None
    term = model.objects.filter(name__iexact=name).first()
    if term is None:
        if not create_unknown:
            raise _RowError(f'unknown {label} "{name}"')
        # Validated first: a name too long, or whose slug is taken, is a bad row, not a crash.
        term = model(name=name, slug=slugify(name))
        try:
            term.full_clean()
        except ValidationError as error:
            raise _RowError(f'cannot create {label} "{name}": {" ".join(error.messages)}') from None
        term.save()
    return term


def _seniority(value: str) -> str:
    value = value.strip().lower()
    if not value:
        return ""
    for choice, label in Seniority.choices:
        if value in (choice, label.lower()):
            return choice
    raise _RowError(f'unknown seniority "{value}" (use one of: {", ".join(Seniority.values)})')


def _import_row(
    row: dict[str, str], *, create_unknown_terms: bool, plan: MembershipPlan, report: ImportReport
) -> None:
    email = (row.get("email") or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise _RowError(f'invalid e-mail "{email}"') from None
    industry = _vocabulary_term(
        Industry, row.get("industry") or "", create_unknown=create_unknown_terms, label="industry"
    )
    function = _vocabulary_term(
        Function, row.get("function") or "", create_unknown=create_unknown_terms, label="function"
    )
    seniority = _seniority(row.get("seniority") or "")
    title = " ".join((row.get("challenge_title") or "").split())
    description = (row.get("challenge_description") or "").strip()
    if description and not title:
        raise _RowError("challenge_description given without challenge_title")
    if title and not description:
        raise _RowError("challenge_title given without challenge_description")

    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        first_name = (row.get("first_name") or "").strip()
        last_name = (row.get("last_name") or "").strip()
        # member_create does not validate; an over-long name would abort the whole import.
        User(email=email, first_name=first_name, last_name=last_name).clean_fields(
            exclude=["password"]
        )
        user = member_create(email=email, first_name=first_name, last_name=last_name)
        report.members_created += 1
        created = True
    else:
        created = False
    profile = profile_ensure(user=user)
    changes: dict[str, object] = {}
    org_name = (row.get("organization") or "").strip()
    if org_name:
        try:
            org = organisation_get_or_create(name=org_name, industry=industry)
        except ValidationError as error:
            raise ValidationError({"organization": error.messages}) from None
        if profile.organisation_id != org.pk:
            changes["organisation"] = org
    for name, value in (("industry", industry), ("function", function)):
        if value is not None and getattr(profile, f"{name}_id") != value.pk:
            changes[name] = value
    if seniority and profile.seniority != seniority:
        changes["seniority"] = seniority
    bio = (row.get("bio") or "").strip()
    if bio and profile.bio != bio:
        changes["bio"] = bio
    expertise = expertise_normalise(profile.expertise + (row.get("expertise") or "").split(";"))
    if expertise != profile.expertise:
        changes["expertise"] = expertise
    names = {}
    for name in ("first_name", "last_name"):
        value = (row.get(name) or "").strip()
        if value and getattr(user, name) != value:
            names[name] = value
    if changes or names:
        profile_update(user=user, **names, **changes)
        if not created:
            report.members_updated += 1
    if not Membership.objects.filter(user=user, status__in=["active", "grace"]).exists():
        membership_grant(user=user, plan=plan, note="Imported from CSV")
        report.memberships_granted += 1
    if title and not user.challenges.filter(title__iexact=title).exists():
        challenge_create(author=user, title=title, description=description)
        report.challenges_created += 1


def members_import_csv(
    *, data: bytes | str, plan: MembershipPlan, create_unknown_terms: bool = False
) -> ImportReport:
    """Import members (and their challenges) from CSV text with a header row.

    Each row is imported on its own: a bad row is reported with its line number and
    writes nothing; good rows land. Re-importing the same file changes nothing.
    """
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise MemberImportError(f"The file is not UTF-8 text ({error.reason}).") from error
    reader = csv.DictReader(io.StringIO(data))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in IMPORT_COLUMNS if c not in header]
    if missing:
        raise MemberImportError(f"Missing column(s): {', '.join(missing)}.")
    reader.fieldnames = header
    report = ImportReport()
    for row in reader:
        line = reader.line_num
        if None in row:
            report.errors.append((line, "more values than columns"))
            continue
        row_counts = ImportReport()
        try:
            with transaction.atomic():
                _import_row(
                    row, create_unknown_terms=create_unknown_terms, plan=plan, report=row_counts
                )
        except _RowError as error:
            report.errors.append((line, str(error)))
        except ValidationError as error:
            messages = "; ".join(
                f"{name}: {' '.join(msgs)}" for name, msgs in error.message_dict.items()
            )
            report.errors.append((line, messages))
        else:
            report.add_counts(row_counts)
            report.rows_ok += 1
    return report
