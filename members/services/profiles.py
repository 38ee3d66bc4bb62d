"""Writes to accounts, profiles, organisations and vocabularies."""

from __future__ import annotations

from allauth.account.utils import has_verified_email
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from rest_framework.authtoken.models import Token

from core.text import text_clean
from members.listeners import RenamedField, member_listeners
from members.models import (
    ConsentSource,
    Industry,
    Organisation,
    Profile,
    Seniority,
    SenioritySynonym,
    User,
)

PROFILE_FIELDS = Profile.EDITABLE_FIELDS


def expertise_normalise(items: list[str]) -> list[str]:
    """Trimmed, de-duplicated (case-insensitively) expertise phrases in the order given."""
    result: list[str] = []
    seen: set[str] = set()
    for item in items:
        clean = " ".join(text_clean(item).split())[:80]
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
    consent_source: ConsentSource = ConsentSource.MEMBER,
    **changes,
) -> Profile:
    """Update the user's own profile (and name); all or nothing.

    ``organisation_name`` finds or creates the organisation (blank clears it). A change
    of ``open_to_introductions`` is recorded with its time and ``consent_source``: the
    member themselves unless staff changed it for them (admin, import).
    Raises ValidationError with field messages and writes nothing on bad input.
    """
    unknown = set(changes) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"Not profile fields: {', '.join(sorted(unknown))}")
    profile = profile_ensure(user=user)
    changes = {
        name: text_clean(value) if isinstance(value, str) else value
        for name, value in changes.items()
    }
    if "expertise" in changes:
        changes["expertise"] = expertise_normalise(changes["expertise"])
    if organisation_name is not None:
        changes["organisation"] = (
            organisation_get_or_create(name=organisation_name, industry=changes.get("industry"))
            if organisation_name.strip()
            else None
        )
    consent = changes.get("open_to_introductions")
    if consent is not None and consent != profile.open_to_introductions:
        profile.consent_changed_at = timezone.now()
        profile.consent_source = consent_source
    for name, value in changes.items():
        setattr(profile, name, value)
    if first_name is not None:
        user.first_name = text_clean(first_name).strip()
    if last_name is not None:
        user.last_name = text_clean(last_name).strip()
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
    # A withdrawn consent or a new organisation counts for matching at once.
    member_listeners.notify.members_standing_changed(user_ids=[user.pk])
    member_listeners.notify.profile_saved(profile_id=profile.pk)
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


@transaction.atomic
def organisation_save(
    *, organisation: Organisation, name: str, industry: Industry | None, website: str = ""
) -> Organisation:
    """Create or edit an organisation. Raises ValidationError on the name when another
    organisation has it (any case); a rename shows in suggestions of its members."""
    name = " ".join(name.split())
    clash = Organisation.objects.filter(name__iexact=name).exclude(pk=organisation.pk).first()
    if clash is not None:
        raise ValidationError({"name": [f'"{clash.name}" already exists.']})
    renamed = organisation.pk is not None and organisation.name != name
    organisation.name, organisation.industry, organisation.website = name, industry, website
    organisation.full_clean()
    organisation.save()
    if renamed:
        member_listeners.notify.term_renamed(field="organisation", object_id=organisation.pk)
    return organisation


def vocabulary_term_save(*, term, name: str):
    """Name an industry or function; the slug follows the name.

    Raises ValidationError on the name when it has no letters or digits, or when it
    reads the same as another term (same slug).
    """
    name = " ".join(name.split())
    slug = slugify(name)
    if name and not slug:
        raise ValidationError({"name": ["Use letters or digits in the name."]})
    clash = type(term).objects.filter(slug=slug).exclude(pk=term.pk).first()
    if clash is not None:
        raise ValidationError({"name": [f'Too close to the existing "{clash.name}".']})
    renamed = term.pk is not None and term.name != name
    term.name, term.slug = name, slug
    term.full_clean()
    term.save()
    if renamed:
        field: RenamedField = "industry" if isinstance(term, Industry) else "function"
        member_listeners.notify.term_renamed(field=field, object_id=term.pk)
    return term


def vocabulary_term_get_or_create(*, model, name: str):
    """The industry or function with this name (any case), created if missing."""
    existing = model.objects.filter(name__iexact=" ".join(name.split())).first()
    return existing or vocabulary_term_save(term=model(), name=name)


def seniority_synonym_save(
    *, synonym: SenioritySynonym, name: str, seniority: str
) -> SenioritySynonym:
    """Create or edit a seniority synonym ("Head" means director).

    Raises ValidationError on the name when it is blank, is a seniority level already,
    or another synonym reads the same in any case.
    """
    name = " ".join(name.split())
    levels = {spelling.lower() for choice in Seniority.choices for spelling in choice}
    if name.lower() in levels:
        raise ValidationError({"name": [f'"{name}" is a seniority level already.']})
    clash = SenioritySynonym.objects.filter(name__iexact=name).exclude(pk=synonym.pk).first()
    if clash is not None:
        raise ValidationError(
            {"name": [f'"{clash.name}" already means {clash.get_seniority_display()}.']}
        )
    synonym.name, synonym.seniority = name, seniority
    synonym.full_clean()
    synonym.save()
    return synonym


class ApiTokenError(Exception):
    """An API token cannot be issued."""


def api_token_issue(*, user: User) -> Token:
    """The member's API token, created on first use.

    Where e-mail verification is mandatory, an unverified account gets none, as it
    could not log in on the site either.
    """
    if settings.ACCOUNT_EMAIL_VERIFICATION == "mandatory" and not has_verified_email(user):
        raise ApiTokenError("Verify your e-mail address first; we sent you a link.")
    token, _ = Token.objects.get_or_create(user=user)
    return token


@transaction.atomic
def api_token_regenerate(*, user: User) -> Token:
    """Replace the member's API token; the old one stops working at once."""
    Token.objects.filter(user=user).delete()
    return Token.objects.create(user=user)
