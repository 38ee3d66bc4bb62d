"""Importing members and their challenges from CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from challenges.services.challenges import challenge_create
from members.models import (
    ConsentSource,
    Function,
    Industry,
    Membership,
    MembershipPlan,
    Profile,
    Seniority,
    User,
)
from members.selectors import seniority_terms
from members.services.memberships import membership_grant
from members.services.profiles import (
    expertise_normalise,
    member_create,
    organisation_get_or_create,
    profile_ensure,
    profile_update,
    vocabulary_term_save,
)

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
OPTIONAL_COLUMNS = ("open_to_introductions",)
"""Columns a file may leave out: an absent column reads as blank cells."""

CONSENT_VALUES = {
    "yes": True,
    "true": True,
    "1": True,
    "no": False,
    "false": False,
    "0": False,
}


@dataclass
class ImportReport:
    members_created: int = 0
    members_updated: int = 0
    challenges_created: int = 0
    memberships_granted: int = 0
    rows_ok: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    # Lines that imported with a caveat (a value left blank or not applied), and why.
    warnings: list[tuple[int, str]] = field(default_factory=list)
    # Accounts of the rows that imported, and how many of them may now be suggested.
    user_ids: set[int] = field(default_factory=set)
    open_to_introductions: int = 0

    @property
    def changed_anything(self) -> bool:
        return bool(
            self.members_created
            or self.members_updated
            or self.challenges_created
            or self.memberships_granted
        )

    @property
    def summary(self) -> str:
        """One line for staff: what changed, or that nothing needed to."""
        if self.changed_anything:
            text = (
                f"{self.rows_ok} row(s) read: {self.members_created} member(s) created, "
                f"{self.members_updated} updated, {self.memberships_granted} membership(s) "
                f"granted, {self.challenges_created} challenge(s) created"
            )
        else:
            text = f"Nothing to change: {self.rows_ok} row(s) already up to date"
        if self.errors:
            text += f"; {len(self.errors)} row(s) rejected"
        if self.warnings:
            text += f"; {len(self.warnings)} warning(s)"
        return text + "."

    @property
    def consent_summary(self) -> str:
        """What the file means for introductions: who will be suggested to peers."""
        total, open_ = len(self.user_ids), self.open_to_introductions
        if not total:
            return ""
        members = "member is" if total == 1 else "members are"
        if open_ == total:
            return (
                f"All {total} imported {members} open to introductions: they can be "
                "suggested to other members and introduced."
            )
        others = total - open_
        return (
            f"{open_} of {total} imported {members} open to introductions: they can be "
            "suggested to other members and introduced. "
            f"The other {others} {'is' if others == 1 else 'are'} not suggested to anyone "
            "until they opt in themselves on their profile."
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
        try:
            term = vocabulary_term_save(term=model(), name=name)
        except ValidationError as error:
            raise _RowError(f'cannot create {label} "{name}": {" ".join(error.messages)}') from None
    return term


def _seniority(value: str, *, terms: dict[str, str], warnings: list[str]) -> str:
    """The level ``value`` names, directly or through a staff synonym; blank, with a
    warning, when it names none (the rest of the line still imports)."""
    value = " ".join(value.split())
    if not value:
        return ""
    level = terms.get(value.lower())
    if level is None:
        warnings.append(
            f'unknown seniority "{value}" not imported (left blank): neither a level '
            f"({', '.join(Seniority.values)}) nor a seniority synonym"
        )
        return ""
    return level


def _consent(value: str) -> bool | None:
    value = value.strip().lower()
    if not value:
        return None
    if value not in CONSENT_VALUES:
        raise _RowError(
            f'open_to_introductions must be yes or no (or true/false, 1/0), not "{value}"'
        )
    return CONSENT_VALUES[value]


def _import_row(
    row: dict[str, str],
    *,
    create_unknown_terms: bool,
    plan: MembershipPlan,
    report: ImportReport,
    taken: set[str],
    seniority_words: dict[str, str],
    warnings: list[str],
) -> tuple[Profile, set[str]]:
    """Import one row; returns the profile and the fields the row gave a value for.

    ``taken`` are the fields an earlier row of the same file already set for this
    e-mail: the first value in a file wins, so re-running it changes nothing. What is
    imported with a caveat is explained in ``warnings``.
    """
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
    seniority = _seniority(row.get("seniority") or "", terms=seniority_words, warnings=warnings)
    consent = _consent(row.get("open_to_introductions") or "")
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
    changes: dict[str, Any] = {}
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
    if (
        consent is not None
        and consent != profile.open_to_introductions
        and "open_to_introductions" not in taken
    ):
        if profile.consent_is_members_own:
            # A member's own choice on Confer outranks what a file says they agreed to.
            state = "open" if profile.open_to_introductions else "not open"
            warnings.append(
                f'open_to_introductions "{row["open_to_introductions"].strip()}" not applied: '
                f"the member chose to be {state} to introductions themselves on Confer"
            )
        else:
            changes["open_to_introductions"] = consent
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
    given = {
        name
        for name, value in (
            ("organisation", org_name),
            ("industry", industry),
            ("function", function),
            ("seniority", seniority),
            ("open_to_introductions", consent is not None),
            ("bio", bio),
            ("first_name", (row.get("first_name") or "").strip()),
            ("last_name", (row.get("last_name") or "").strip()),
        )
        if value
    }
    changes = {k: v for k, v in changes.items() if k not in taken}
    names = {k: v for k, v in names.items() if k not in taken}
    if changes or names:
        profile_update(user=user, consent_source=ConsentSource.IMPORT, **names, **changes)
        if not created:
            report.members_updated += 1
    # Only members new to Confer get a membership: a lapsed or cancelled one is staff's call.
    if not Membership.objects.filter(user=user).exists():
        membership_grant(user=user, plan=plan, note="Imported from CSV")
        report.memberships_granted += 1
    if title and not user.challenges.filter(title__iexact=title).exists():
        challenge_create(author=user, title=title, description=description)
        report.challenges_created += 1
    return profile, given


def members_import_csv(
    *, data: bytes | str, plan: MembershipPlan, create_unknown_terms: bool = False
) -> ImportReport:
    """Import members (and their challenges) from CSV text with a header row.

    Each row is imported on its own: a bad row is reported with its line number and
    writes nothing; good rows land. Re-importing the same file changes nothing.

    ``open_to_introductions`` (optional column) carries over consent members gave
    elsewhere; it is recorded as set by an import and never overrides a choice the
    member made on Confer. Blank or absent: new members are not open to introductions,
    existing ones keep what they have.

    A seniority that is neither a level nor one of staff's synonyms ("Head" means
    director; Community > Seniority synonyms) is left blank with a warning on its line.
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
    taken: dict[str, set[str]] = {}
    terms = seniority_terms()
    for row in reader:
        line = reader.line_num
        if None in row:
            report.errors.append((line, "more values than columns"))
            continue
        row_counts = ImportReport()
        warnings: list[str] = []
        try:
            with transaction.atomic():
                email = (row.get("email") or "").strip().lower()
                profile, given = _import_row(
                    row,
                    create_unknown_terms=create_unknown_terms,
                    plan=plan,
                    report=row_counts,
                    taken=taken.get(email, set()),
                    seniority_words=terms,
                    warnings=warnings,
                )
        except _RowError as error:
            report.errors.append((line, str(error)))
        except ValidationError as error:
            messages = "; ".join(
                f"{name}: {' '.join(msgs)}" for name, msgs in error.message_dict.items()
            )
            report.errors.append((line, messages))
        else:
            taken.setdefault(email, set()).update(given)
            report.add_counts(row_counts)
            report.rows_ok += 1
            report.user_ids.add(profile.user_id)
            report.warnings.extend((line, warning) for warning in warnings)
    report.open_to_introductions = Profile.objects.filter(
        user_id__in=report.user_ids, open_to_introductions=True
    ).count()
    return report
